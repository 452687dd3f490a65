/**
 * Native Excel formulas that follow SPEC §2 exactly, generated from the rule data so that a workbook without
 * the add-in computes what the engine computes. English function names, comma separators; no LET or dynamic
 * arrays, so Excel 2010+, Excel on the web and LibreOffice all evaluate them. IF is lazy in all three, which
 * the guards rely on: a value is type-checked before any arithmetic touches it.
 */
import { CHUA_RO, CO_KHONG, DAU_PHAN_CACH, DAU_PHAN_CACH_CHUAN, DUNG_SAI_DIEM_PHAN_TRAM, KHONG_HOP_LE, KY_TU_TRANG, XEP_LOAI, type ChiTieuDef, type PhamViApDung, LOAI_DON_VI } from "../rules";
import { DV, tenNguong, tenTruongChiTieu } from "./names";

/**
 * The engine's 1e-9 point tolerance for typed rates, written as a plain decimal: every spreadsheet engine parses
 * 0.000000001, not all parse the exponent form 1E-9.
 */
export const DUNG_SAI = DUNG_SAI_DIEM_PHAN_TRAM.toFixed(9);

/** Names of the lists on the Ngưỡng sheet. */
export const DM = { loai: "DM_LOAI", loaiTen: "DM_LOAI_TEN", cds: "DM_CDS", coKhong: "DM_COKHONG" } as const;

export function chuoi(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The result strings as formula literals. */
export const X = {
  khongApDung: chuoi(XEP_LOAI["khong-ap-dung"]),
  chuaDu: chuoi(XEP_LOAI["chua-du-du-lieu"]),
  khongDat: chuoi(XEP_LOAI["khong-dat"]),
  mucDo1: chuoi(XEP_LOAI["muc-do-1"]),
  mucDo2: chuoi(XEP_LOAI["muc-do-2"]),
  loi: chuoi(KHONG_HOP_LE),
  co: chuoi(CO_KHONG.co),
  khong: chuoi(CO_KHONG.khong),
  chuaRo: chuoi(CHUA_RO),
};

function laMotTrong(loai: readonly string[]): string {
  return `OR(${loai.map((l) => `${DV.loai}=${chuoi(l)}`).join(",")})`;
}

/**
 * Functions newer than the file format's first version: an .xlsx stores them as `_xlfn.NAME(` (ECMA-376 Part 1,
 * 18.17.7 "future functions"), otherwise Excel shows #NAME?. Typed into Excel (Office.js) they keep their plain name.
 */
const HAM_MOI = ["UNICHAR"] as const;

/** A formula as stored in an .xlsx file: each newer function with its `_xlfn.` prefix. */
export function congThucTrongTep(formula: string): string {
  return formula.replace(new RegExp(`(?<![\\w.])(${HAM_MOI.join("|")})\\(`, "g"), "_xlfn.$1(");
}

/** A formula read from an .xlsx file as Excel shows it (and Office.js reads it): without the `_xlfn.` prefixes. */
export function congThucHienThi(formula: string): string {
  return formula.replace(/_xlfn\./g, "");
}

/**
 * One character as a formula: the control characters through CHAR (the same in every code page), the others through
 * UNICHAR (Excel 2013+, LibreOffice, Gnumeric, HyperFormula), plain ones as literals a reader can see.
 */
export function kyTuFormula(cp: number): string {
  if (cp < 0x20) return `CHAR(${cp})`;
  if (cp < 0x7f) return chuoi(String.fromCodePoint(cp));
  return `UNICHAR(${cp})`;
}

/** `text` with every character of `cps` replaced by `thay` (a formula literal), as nested SUBSTITUTEs. */
export function thayKyTuFormula(text: string, cps: readonly number[], thay: string): string {
  return cps.reduce((inner, cp) => `SUBSTITUTE(${inner},${kyTuFormula(cp)},${thay})`, text);
}

/** TRUE when a Minh chứng cell cites no code: nothing left once blanks and separators are removed (rules/evidence). */
export function khongMinhChungFormula(mc: string): string {
  return `${thayKyTuFormula(`${mc}&""`, [...KY_TU_TRANG, ...DAU_PHAN_CACH], '""')}=""`;
}

/** A code in the form codes are compared in (rules/evidence khoaMaMinhChung): no blanks, lower case. */
export function khoaMaFormula(ma: string): string {
  return `LOWER(${thayKyTuFormula(`${ma}&""`, KY_TU_TRANG, '""')})`;
}

/**
 * Every code cited by the given Minh chứng cells as one text ",ma1,ma2,…,", each code in its compared form, so that
 * FIND(","&key&",", …) is an exact match of a whole code ("MC1" is not found in ",mc10,").
 */
export function maTrichDanFormula(cacO: readonly string[]): string {
  const sep = chuoi(DAU_PHAN_CACH_CHUAN);
  const noi = cacO.join(`&${sep}&`);
  const chuan = thayKyTuFormula(thayKyTuFormula(noi, KY_TU_TRANG, '""'), DAU_PHAN_CACH.filter((cp) => String.fromCodePoint(cp) !== DAU_PHAN_CACH_CHUAN), sep);
  return `${sep}&LOWER(${chuan})&${sep}`;
}

/** TRUE when the code key `khoa` is one of the codes of a `maTrichDanFormula` text. */
export function coMaFormula(khoa: string, trichDan: string): string {
  const sep = chuoi(DAU_PHAN_CACH_CHUAN);
  return `ISNUMBER(FIND(${sep}&${khoa}&${sep},${trichDan}))`;
}

/** "Có" / "Không" / "Chưa rõ" / "Dữ liệu không hợp lệ": does the indicator apply to the unit described on the Thông tin sheet? */
export function apDungFormula(pham: PhamViApDung): string {
  const congLap = pham.chiCongLap ?? [];
  const luon = pham.loai.filter((l) => !congLap.includes(l));
  const theoCongLap = `IF(${DV.congLap}=${X.co},${X.co},IF(${DV.congLap}=${X.khong},${X.khong},${X.chuaRo}))`;
  let body: string;
  if (luon.length === LOAI_DON_VI.length) body = X.co;
  else {
    const nhanhCongLap = congLap.length > 0 ? `IF(${laMotTrong(congLap)},${theoCongLap},${X.khong})` : X.khong;
    body = luon.length > 0 ? `IF(${laMotTrong(luon)},${X.co},${nhanhCongLap})` : nhanhCongLap;
  }
  // Blank: not known yet. Typed but not a type of this cấp (DM_LOAI): invalid, as the engine refuses it.
  return `IF(${DV.loai}="",${X.chuaRo},IF(ISNA(MATCH(${DV.loai},${DM.loai},0)),${X.loi},${body}))`;
}

/** A Có/Không cell: blank is missing, anything but Có/Không invalid. */
export function canhGacCoKhong(o: string): { thieu: string[]; hopLe: string[] } {
  return { thieu: [`${o}=""`], hopLe: [`OR(${o}=${X.co},${o}=${X.khong})`] };
}

/** Member counts, or a typed rate when the unit has no counts; never both (the engine refuses both). */
export function canhGacThanhVien(sd: string, ts: string, tn: string): { thieu: string[]; hopLe: string[] } {
  const [g1, g2] = demHopLe(sd, ts);
  return {
    thieu: [`AND(${tn}="",OR(${sd}="",${ts}=""))`],
    hopLe: [`OR(${tn}="",AND(${sd}="",${ts}=""))`, `IF(${tn}="",${g1},ISNUMBER(${tn}))`, `IF(${tn}="",${g2},AND(${tn}>=0,${tn}<=100))`],
  };
}

interface KieuFormula {
  /** TRUE when an input is blank. */
  thieu: string[];
  /** Guards, checked in order with nested IFs, each TRUE when the inputs are valid so far. */
  hopLe: string[];
  /** The level string, evaluated only when everything above passed. */
  mucDo: string;
}

function capDoDem(soDat: string, tongSo: string, m1: string, m2: string): string {
  return `IF(${soDat}*100>=${m2}*${tongSo},2,IF(${soDat}*100>=${m1}*${tongSo},1,0))`;
}

/** A number in [0, 1] is a fraction, in (1, 100] points (SPEC §2 rule 8); 1e-9 points absorb binary noise. */
export function diemPhanTramFormula(tyLe: string): string {
  return `IF(${tyLe}<=1,${tyLe}*100,${tyLe})`;
}

function capDoTyLe(tyLe: string, m1: string, m2: string): string {
  const p = diemPhanTramFormula(tyLe);
  return `IF(${p}>=${m2}-${DUNG_SAI},2,IF(${p}>=${m1}-${DUNG_SAI},1,0))`;
}

/** Two guards for a pair of counts: both numbers; then whole, 0 ≤ số đạt ≤ tổng số, tổng số ≥ 1. */
export function demHopLe(soDat: string, tongSo: string): [string, string] {
  return [
    `AND(ISNUMBER(${soDat}),ISNUMBER(${tongSo}))`,
    `AND(${soDat}=INT(${soDat}),${tongSo}=INT(${tongSo}),${soDat}>=0,${tongSo}>=1,${soDat}<=${tongSo})`,
  ];
}

function theoKieu(def: ChiTieuDef): KieuFormula {
  // Points-based kinds have their own formulas (pointsFormulas.ts); they never reach the level formula.
  if (def.kieu === "lua-chon" || def.kieu === "ty-le-diem") throw new Error(`chỉ tiêu ${def.id} tính bằng điểm`);
  const n = (t: Parameters<typeof tenTruongChiTieu>[1]) => tenTruongChiTieu(def.id, t);
  switch (def.kieu) {
    case "dat":
      return { ...canhGacCoKhong(n("dat")), mucDo: `IF(${n("dat")}=${X.co},${X.mucDo2},${X.khongDat})` };
    case "muc-cds": {
      const hang = (x: string) => `MATCH(${x},${DM.cds},0)`;
      const cds = n("mucChuyenDoiSo");
      return {
        thieu: [`${cds}=""`],
        hopLe: [`NOT(ISNA(${hang(cds)}))`],
        mucDo: `IF(${hang(cds)}>=${hang(tenNguong(def.id, "M2"))},${X.mucDo2},IF(${hang(cds)}>=${hang(tenNguong(def.id, "M1"))},${X.mucDo1},${X.khongDat}))`,
      };
    }
    case "ty-le": {
      const [sd, ts, tn] = [n("soDat"), n("tongSo"), n("tyLe")];
      const thanhVien = `IF(${tn}="",${capDoDem(sd, ts, tenNguong(def.id, "M1"), tenNguong(def.id, "M2"))},${capDoTyLe(tn, tenNguong(def.id, "M1"), tenNguong(def.id, "M2"))})`;
      const { thieu, hopLe } = canhGacThanhVien(sd, ts, tn);
      if (!def.nguoiHoc) {
        return { thieu, hopLe, mucDo: `CHOOSE(${thanhVien}+1,${X.khongDat},${X.mucDo1},${X.mucDo2})` };
      }
      // The learner part, generated like the member one: counts, or a typed rate when there are no counts.
      const [hd, ht, tnh] = [n("nguoiHocDat"), n("tongNguoiHoc"), n("tyLeNguoiHoc")];
      const ad = tenNguong(def.id, "NH_APDUNG");
      const [nhM1, nhM2] = [tenNguong(def.id, "NH_M1"), tenNguong(def.id, "NH_M2")];
      const nh = canhGacThanhVien(hd, ht, tnh);
      const nguoiHoc = `IF(${tnh}="",${capDoDem(hd, ht, nhM1, nhM2)},${capDoTyLe(tnh, nhM1, nhM2)})`;
      return {
        thieu: [...thieu, `AND(${ad}=${X.co},${nh.thieu[0]})`],
        hopLe: [...hopLe, ...nh.hopLe.map((g) => `IF(${ad}=${X.co},${g},TRUE)`)],
        mucDo: `CHOOSE(MIN(${thanhVien},IF(${ad}=${X.co},${nguoiHoc},2))+1,${X.khongDat},${X.mucDo1},${X.mucDo2})`,
      };
    }
  }
}

/**
 * The Mức độ of one indicator. Order of SPEC §2: not applicable → missing inputs → invalid inputs →
 * no evidence (“không có minh chứng phù hợp được đánh giá là không đạt”) → the level the inputs reach.
 */
export function mucDoFormula(def: ChiTieuDef): string {
  const k = theoKieu(def);
  const ad = tenNguong(def.id, "APDUNG");
  const mc = tenTruongChiTieu(def.id, "minhChung");
  const coMinhChung = `IF(${khongMinhChungFormula(mc)},${X.khongDat},${k.mucDo})`;
  const hopLe = k.hopLe.reduceRight((inner, guard) => `IF(${guard},${inner},${X.loi})`, coMinhChung);
  return `IF(${ad}=${X.loi},${X.loi},IF(${ad}=${X.khong},${X.khongApDung},IF(OR(${ad}<>${X.co},${k.thieu.join(",")}),${X.chuaDu},${hopLe})))`;
}

/**
 * The rate shown, rounded down to 2 decimals of a percent, as a fraction for a 0.00% cell; blank until valid.
 * From counts when there are counts, else from the typed rate (if any).
 */
export function tyLeFormula(soDat: string, tongSo: string, tyLeNhap?: string): string {
  const tuDem = `IF(AND(ISNUMBER(${soDat}),ISNUMBER(${tongSo})),IF(AND(${tongSo}>=1,${soDat}>=0,${soDat}<=${tongSo}),QUOTIENT(${soDat}*10000,${tongSo})/10000,""),"")`;
  if (!tyLeNhap) return tuDem;
  const tuNhap = `IF(ISNUMBER(${tyLeNhap}),IF(AND(${tyLeNhap}>=0,${tyLeNhap}<=100),INT((${diemPhanTramFormula(tyLeNhap)}+${DUNG_SAI})*100)/10000,""),"")`;
  return `IF(AND(${soDat}="",${tongSo}=""),${tuNhap},${tuDem})`;
}

/** Criterion / unit level over a range of levels (SPEC §2 rule 6). */
export function gopMucDoFormula(range: string): string {
  const co = (x: string) => `COUNTIF(${range},${x})>0`;
  return `IF(${co(X.loi)},${X.loi},IF(${co(X.khongDat)},${X.khongDat},IF(${co(X.chuaDu)},${X.chuaDu},IF(${co(X.mucDo1)},${X.mucDo1},IF(${co(X.mucDo2)},${X.mucDo2},${X.khongApDung})))))`;
}

/** "x" in the mark column of a level. */
export function danhDauFormula(cell: string, xepLoai: string): string {
  return `IF(${cell}=${chuoi(xepLoai)},"x","")`;
}

export function demFormula(range: string, xepLoai: string): string {
  return `COUNTIF(${range},${chuoi(xepLoai)})`;
}

export function demApDungFormula(range: string): string {
  return `ROWS(${range})-COUNTIF(${range},${X.khongApDung})`;
}

/** A share of the applicable items in percentage points, rounded down to two decimals. */
export function tyLeTongHopFormula(count: string, apDung: string): string {
  return `IF(${apDung}=0,"",QUOTIENT(${count}*10000,${apDung})/100)`;
}

/**
 * The same Mức độ through the DVHT.MUCDO custom function (live mode inside Excel with the add-in). Blank cells
 * are passed as "" so the function sees “not typed”, exactly as the native formula does.
 */
export function mucDoFormulaDvht(def: ChiTieuDef): string | undefined {
  if (def.kieu !== "ty-le") return undefined;
  const n = (t: Parameters<typeof tenTruongChiTieu>[1]) => tenTruongChiTieu(def.id, t);
  const oTrong = (ten: string) => `IF(${ten}="","",${ten})`;
  const nh = def.nguoiHoc ? [oTrong(n("nguoiHocDat")), oTrong(n("tongNguoiHoc")), oTrong(n("tyLeNguoiHoc"))] : ['""', '""', '""'];
  return `DVHT.MUCDO(${oTrong(n("soDat"))},${oTrong(n("tongSo"))},${chuoi(def.id)},${DV.boTieuChi},${DV.loai},${n("minhChung")}&"",${DV.congLap}&"",${nh[0]},${nh[1]},${oTrong(n("tyLe"))},${nh[2]})`;
}

/** "Khác" when the council recorded a level for an applicable indicator and it differs from the unit's. */
export function khacBietFormula(mucDoDonVi: string, hoiDong: string): string {
  return `IF(AND(${mucDoDonVi}<>${X.khongApDung},${hoiDong}<>"",${hoiDong}<>${mucDoDonVi}),"Khác","")`;
}

/**
 * The council's criterion level from its per-indicator levels (same rule as the unit's, SPEC §2 rule 6):
 * indicators not applicable to the unit are left out; an unreviewed applicable indicator lacks data.
 */
export function hoiDongTieuChiFormula(dsMucDo: string, dsHoiDong: string): string {
  const apDung = (tieuChuan: string) => `COUNTIFS(${dsMucDo},"<>"&${X.khongApDung},${dsHoiDong},${tieuChuan})>0`;
  const hopLe = [X.khongDat, X.mucDo1, X.mucDo2].map((x) => `(${dsHoiDong}<>${x})`).join("*");
  const khongHopLe = `SUMPRODUCT((${dsMucDo}<>${X.khongApDung})*(${dsHoiDong}<>"")*${hopLe})>0`;
  return `IF(${khongHopLe},${X.loi},IF(${apDung(X.khongDat)},${X.khongDat},IF(${apDung('""')},${X.chuaDu},IF(${apDung(X.mucDo1)},${X.mucDo1},IF(${apDung(X.mucDo2)},${X.mucDo2},${X.khongApDung})))))`;
}

/**
 * A share as Vietnamese text, "85,71%", rounded down to two decimals, built from integers so it reads the same in
 * every locale (TEXT()'s format codes depend on the reader's decimal separator).
 */
export function phanTramVietFormula(count: string, total: string): string {
  return `IF(${total}=0,"—",QUOTIENT(${count}*100,${total})&","&RIGHT("0"&MOD(QUOTIENT(${count}*10000,${total}),100),2)&"%")`;
}
