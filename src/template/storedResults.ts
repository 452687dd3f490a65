/**
 * Results never come from stored cells: the result cells a workbook stores (levels of indicators and criteria, the
 * conclusion, the council's computed levels, the Tổng hợp counts; TT22's points and class) compared with what the
 * rules give from its inputs. A cell typed over (“Đạt mức độ 2” on a failing unit), or a cached result that is not
 * what its formula gives, is listed; every reader (danh-gia, kiem-tra, in, the pane, the council's register) says so.
 * Pure: the reader hands in a lookup by name.
 */
import { THONG_BAO_KET_QUA_LUU, danhGiaHoiDong, type DemMucDo, type KetQuaDanhGia, type RuleSet } from "../rules";
import { KET_LUAN_HOI_DONG, tenTieuChiHoiDong, tenTongHop } from "./names";
import { tenCacKetQua, type GiaTriO, type NguonTheoTen, type ViTri } from "./readInputs";
import { ketQuaTheoTen } from "./results";

/** A stored result that is not what the inputs give: its name, what the cell holds, what the rules give. */
export interface KetQuaLuuKhac {
  ten: string;
  daLuu: string;
  tinhLai: string;
}

/** The same with its cell, "'Bảng tổng hợp'!L12" (the `oKetQuaKhac` key of `danh-gia --json`). */
export interface OKetQuaKhac {
  ten: string;
  o: string;
  daLuu: string;
  tinhLai: string;
}

const DEM: readonly (readonly ["APDUNG" | "KHONGDAT" | "MUCDO1" | "MUCDO2" | "CHUADU", keyof DemMucDo])[] = [
  ["APDUNG", "apDung"],
  ["KHONGDAT", "khongDat"],
  ["MUCDO1", "mucDo1"],
  ["MUCDO2", "mucDo2"],
  ["CHUADU", "chuaDuDuLieu"],
];

/** Every stored result name of a rule set's workbook this check reads. */
export function tenKetQuaLuu(ruleSet: RuleSet): string[] {
  const ten = tenCacKetQua(ruleSet);
  if (!ruleSet.chamDiem) for (const nhom of ["CT", "TC"] as const) for (const [dem] of DEM) ten.push(tenTongHop(nhom, dem));
  return ten;
}

/** What each stored result must read, by name. */
function ketQuaDung(ketQua: KetQuaDanhGia, ruleSet: RuleSet): Map<string, string | number> {
  const dung = ketQuaTheoTen(ketQua);
  if (ruleSet.chamDiem) return dung;
  if (!ketQua.hoiDong) {
    // No council input yet: the council's cells still compute (“Chưa đủ dữ liệu” where the indicator applies).
    const hd = danhGiaHoiDong(ruleSet, ketQua, { chiTieu: {} });
    for (const tc of ruleSet.tieuChi) dung.set(tenTieuChiHoiDong(tc.id), hd.tieuChi[tc.id].xepLoai);
    dung.set(KET_LUAN_HOI_DONG, hd.ketLuan.xepLoai);
  }
  for (const [nhom, dem] of [["CT", ketQua.tongHop.chiTieu], ["TC", ketQua.tongHop.tieuChi]] as const) {
    for (const [hauTo, khoa] of DEM) dung.set(tenTongHop(nhom, hauTo), dem[khoa]);
  }
  return dung;
}

/** A number typed as text ("10", "2,5") reads as the number it shows. */
function soCua(v: GiaTriO): number {
  if (typeof v === "number") return v;
  return typeof v === "string" && /^\s*-?\d+([.,]\d+)?\s*$/.test(v) ? Number(v.replace(",", ".")) : NaN;
}

function khop(luu: GiaTriO, dung: string | number): boolean {
  if (typeof dung === "number") return Math.abs(soCua(luu) - dung) < 1e-9;
  return typeof luu === "string" && luu.normalize("NFC").trim() === dung;
}

/**
 * Stored results that disagree with the rules' results from the inputs. Skipped: a cell without a value (a formula
 * never calculated, as a file written by another program leaves it: nothing is claimed) and an Excel error (#NAME?
 * where the add-in's functions are not loaded, #BUSY! while they compute: no level is claimed either).
 */
export function ketQuaLuuKhac(nguon: NguonTheoTen, ketQua: KetQuaDanhGia, ruleSet: RuleSet): KetQuaLuuKhac[] {
  const dung = ketQuaDung(ketQua, ruleSet);
  const khac: KetQuaLuuKhac[] = [];
  for (const ten of tenKetQuaLuu(ruleSet)) {
    const tinhLai = dung.get(ten);
    if (tinhLai === undefined || !nguon.has(ten)) continue;
    const luu = nguon.get(ten);
    if (luu === null || typeof luu === "object") continue;
    if (!khop(luu, tinhLai)) khac.push({ ten, daLuu: String(luu), tinhLai: String(tinhLai) });
  }
  return khac;
}

/** The list with each cell's address ("'Bảng tổng hợp'!L12"; the name itself when it points nowhere). */
export function kemO(khac: readonly KetQuaLuuKhac[], viTri: ReadonlyMap<string, ViTri>): OKetQuaKhac[] {
  return khac.map(({ ten, daLuu, tinhLai }) => {
    const v = viTri.get(ten);
    return { ten, o: v ? `'${v.sheet}'!${v.address}` : ten, daLuu, tinhLai };
  });
}

/** One line naming the cell: "CT_2_1_MUCDO ('Bảng tổng hợp'!L12) ghi “Đạt mức độ 2”, bộ quy tắc cho “Không đạt”". */
export function moTaKetQuaKhac(k: OKetQuaKhac): string {
  return THONG_BAO_KET_QUA_LUU.dong(k.o === k.ten ? k.ten : `${k.ten} (${k.o})`, k.daLuu, k.tinhLai);
}
