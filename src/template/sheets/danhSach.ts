/**
 * The optional rosters: “Thành viên” (STT, Họ và tên, Chức vụ/Bộ phận, one Có/Không column per member indicator)
 * and “Người học” (STT, Họ và tên, Lớp, Công dân học tập). When used, the counts of the Bảng tổng hợp are formulas
 * over these columns, so one member's row changes the level live, with or without the add-in.
 */
import { CO_KHONG, COT_CHUNG, RULE_SETS, type DanhSach, type RuleSet } from "../../rules";
import { VALIDATION } from "../validations";
import { SheetBuilder, cot } from "../sheetBuilder";
import { chuoi } from "../formulas";

export const TEN_SHEET_THANH_VIEN = "Thành viên";
export const TEN_SHEET_NGUOI_HOC = "Người học";
/** Rows left with validations below the data, for members added by hand. */
const DONG_THEM = 1000;

export function tenSheetDanhSach(ds: DanhSach): string {
  return ds.loai === "thanh-vien" ? TEN_SHEET_THANH_VIEN : TEN_SHEET_NGUOI_HOC;
}

/** Column letter of an indicator in a roster sheet (STT, name, group, then the indicators). */
export function cotChiTieuDanhSach(ds: DanhSach, id: string): string {
  return cot(4 + ds.chiTieu.indexOf(id));
}

/** COUNTIF over the whole column, so rows added later count too. */
export function congThucDemDanhSach(ds: DanhSach, id: string): { soDat: string; tongSo: string } {
  const sheet = `'${tenSheetDanhSach(ds).replace(/'/g, "''")}'`;
  const c = cotChiTieuDanhSach(ds, id);
  return { soDat: `COUNTIF(${sheet}!$${c}:$${c},${chuoi(CO_KHONG.co)})`, tongSo: `COUNTA(${sheet}!$B:$B)-1` };
}


export function sheetDanhSach(ruleSet: RuleSet, ds: DanhSach): SheetBuilder {
  // A data-entry sheet: not protected, so rows can be added and sorted freely.
  const b = new SheetBuilder(tenSheetDanhSach(ds), [7, 30, 24, ...ds.chiTieu.map(() => 16)], { landscape: true, titleRows: "1:1" }, false);
  const defs = ds.chiTieu.map((id) => RULE_SETS[ruleSet.id].chiTieu.find((d) => d.id === id)!);
  const header = [COT_CHUNG.stt, COT_CHUNG.hoTen, ds.loai === "thanh-vien" ? COT_CHUNG.chucVu : COT_CHUNG.lop, ...defs.map((d) => ("cotDanhSach" in d ? d.cotDanhSach : d.id))];
  header.forEach((h, i) => b.set({ ref: `${cot(i + 1)}1`, value: h, style: "header" }));
  ds.nguoi.forEach((n, i) => {
    const r = i + 2;
    b.set({ ref: `A${r}`, value: i + 1 });
    b.set({ ref: `B${r}`, value: n.hoTen });
    b.set({ ref: `C${r}`, value: n.nhom || null });
    ds.chiTieu.forEach((id, j) => b.set({ ref: `${cot(4 + j)}${r}`, value: n.dat[id] ? CO_KHONG.co : CO_KHONG.khong }));
  });
  const last = ds.nguoi.length + 1 + DONG_THEM;
  b.spec.rangeValidations = ds.chiTieu.map((id) => ({ range: `${cotChiTieuDanhSach(ds, id)}2:${cotChiTieuDanhSach(ds, id)}${last}`, validation: VALIDATION.coKhong }));
  b.spec.freeze = { row: 2, col: 3 };
  return b;
}

