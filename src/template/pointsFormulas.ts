/**
 * Native formulas of a points-based rule set (TT22, seed 004), generated from the rule data like formulas.ts:
 * the points of an indicator, the sum of a criterion, the total and its class. Bands, points and class limits are
 * read from the Ngưỡng sheet by name, so a council member can follow every number back to its source.
 */
import { KHONG_HOP_LE, XEP_LOAI, type ChamDiem, type ChiTieuDef } from "../rules";
import { DUNG_SAI, X, canhGacCoKhong, canhGacThanhVien, chuoi, diemPhanTramFormula, khongMinhChungFormula } from "./formulas";
import { tenDanhMucLuaChon, tenNguong, tenNguongXepLoai, tenTruongChiTieu } from "./names";

interface DiemFormula {
  thieu: string[];
  hopLe: string[];
  diem: string;
}

/** Bands from the highest: the first reached gives its points, below all of them 0. */
function theoBac(soBac: number, dat: (nguong: string) => string, id: string): string {
  let f = "0";
  for (let k = soBac; k >= 1; k--) f = `IF(${dat(tenNguong(id, `B${k}`))},${tenNguong(id, `D${k}`)},${f})`;
  return f;
}

function theoKieu(def: ChiTieuDef): DiemFormula {
  const n = (t: Parameters<typeof tenTruongChiTieu>[1]) => tenTruongChiTieu(def.id, t);
  switch (def.kieu) {
    case "dat":
      return { ...canhGacCoKhong(n("dat")), diem: `IF(${n("dat")}=${X.co},${tenNguong(def.id, "D1")},0)` };
    case "lua-chon": {
      const o = n(def.truong);
      const hang = `MATCH(${o},${tenDanhMucLuaChon(def.id, "TEN")},0)`;
      return { thieu: [`${o}=""`], hopLe: [`NOT(ISNA(${hang}))`], diem: `INDEX(${tenDanhMucLuaChon(def.id, "DIEM")},${hang})` };
    }
    case "ty-le-diem": {
      const [sd, ts, tn] = [n("soDat"), n("tongSo"), n("tyLe")];
      const p = diemPhanTramFormula(tn);
      // Counts compared in integers (100% only when every member); a typed rate with the 1e-9 point tolerance.
      const tuDem = theoBac(def.bac.length, (b) => `${sd}*100>=${b}*${ts}`, def.id);
      const tuNhap = theoBac(def.bac.length, (b) => `${p}>=${b}-${DUNG_SAI}`, def.id);
      return { ...canhGacThanhVien(sd, ts, tn), diem: `IF(${tn}="",${tuDem},${tuNhap})` };
    }
    default:
      throw new Error(`chỉ tiêu ${def.id} không tính bằng điểm`);
  }
}

/**
 * Points of one indicator, or the reason there are none, in the order of SPEC §2 as for levels: not applicable to
 * the unit → “Không áp dụng” (no points, like the engine), missing inputs → “Chưa đủ dữ liệu”, inputs the engine
 * would refuse → “Dữ liệu không hợp lệ”, no evidence → 0 (seed 004, III.1: “có minh chứng cụ thể”).
 */
export function diemFormula(def: ChiTieuDef): string {
  const k = theoKieu(def);
  const ad = tenNguong(def.id, "APDUNG");
  const mc = tenTruongChiTieu(def.id, "minhChung");
  const coMinhChung = `IF(${khongMinhChungFormula(mc)},0,${k.diem})`;
  const hopLe = k.hopLe.reduceRight((inner, guard) => `IF(${guard},${inner},${X.loi})`, coMinhChung);
  return `IF(${ad}=${X.khong},${X.khongApDung},IF(OR(${ad}<>${X.co},${k.thieu.join(",")}),${X.chuaDu},${hopLe}))`;
}

/** Sum of the points in a range; an invalid input anywhere shows instead (the engine refuses the whole hồ sơ). */
export function tongDiemFormula(range: string): string {
  return `IF(COUNTIF(${range},${X.loi})>0,${X.loi},SUM(${range}))`;
}

/** The class of the total (seed 004, mục III.2), “Chưa đủ dữ liệu” while any indicator lacks data. */
export function xepLoaiDiemFormula(chamDiem: ChamDiem, range: string, tong: string): string {
  const bac = chamDiem.xepLoai;
  let hang = chuoi(bac[bac.length - 1].ten);
  for (let i = bac.length - 2; i >= 0; i--) hang = `IF(${tong}>=${tenNguongXepLoai(bac[i].ma)},${chuoi(bac[i].ten)},${hang})`;
  return `IF(COUNTIF(${range},${chuoi(KHONG_HOP_LE)})>0,${X.loi},IF(COUNTIF(${range},${chuoi(XEP_LOAI["chua-du-du-lieu"])})>0,${X.chuaDu},${hang}))`;
}
