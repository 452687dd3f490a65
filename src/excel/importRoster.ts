/**
 * Importing a roster into the open workbook from the pane. The roster sheet and the counts of the Bảng tổng hợp come
 * from the same layout as `dvht tao-mau --thanh-vien/--nguoi-hoc` (src/template: sheetDanhSach, and the form's
 * count cells built with the roster), rendered by the Office.js renderer: same validations with their prompts,
 * locking, widths, print setup. The rows are written in batches (one sync each, so Excel on the web stays responsive
 * and a progress bar moves). The roster is read and checked entirely before anything is written: nothing half-way.
 */
import { RULE_SETS, type DanhSach, type HoSo } from "../rules";
import { TEN_SHEET_BANG_TONG_HOP, TEN_SHEET_THANH_VIEN, buildWorkbookSpec, sheetDanhSach, tenTruongChiTieu, type CellSpec } from "../template";
import { tachO } from "./addresses";
import { ghiCacO, ghiKhungSheet, khoaSheet } from "./renderLayoutWithOfficeJs";

export const DONG_MOI_LAN = 2000;

/** The names of the counts a roster of this kind feeds. */
function tenCacODem(ds: DanhSach): Set<string> {
  const [dat, tong] = ds.loai === "thanh-vien" ? (["soDat", "tongSo"] as const) : (["nguoiHocDat", "tongNguoiHoc"] as const);
  return new Set(ds.chiTieu.flatMap((id) => [tenTruongChiTieu(id, dat), tenTruongChiTieu(id, tong)]));
}

export async function nhapDanhSachVaoSo(
  context: Excel.RequestContext,
  hoSo: HoSo,
  ds: DanhSach,
  tienDo: (xong: number, tong: number) => void = () => undefined,
): Promise<number> {
  const ruleSet = RULE_SETS[hoSo.boTieuChi];
  const sheet = sheetDanhSach(ruleSet, ds).spec;
  // The form as tao-mau builds it with this roster: its count cells are formulas over the roster's columns.
  const layout = buildWorkbookSpec(hoSo, "cong-thuc-goc", ds.loai === "thanh-vien" ? { thanhVien: ds } : { nguoiHoc: ds });
  const form = layout.sheets.find((s) => s.name === TEN_SHEET_BANG_TONG_HOP)!;
  const dem = tenCacODem(ds);
  const oDem = form.cells.filter((c) => c.name !== undefined && dem.has(c.name));

  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  let syncs = 1;
  if (sheets.items.some((s) => s.name === sheet.name)) context.workbook.worksheets.getItem(sheet.name).delete();
  const ws = context.workbook.worksheets.add(sheet.name);
  // Where tao-mau puts it: after the layout sheet before it (after “Thành viên” for “Người học”, when both exist).
  const coSan = sheets.items.map((s) => s.name).filter((n) => n !== sheet.name);
  const thuTu = layout.sheets.map((s) => s.name);
  const truoc = [...(ds.loai === "nguoi-hoc" ? [TEN_SHEET_THANH_VIEN] : []), ...thuTu.slice(0, thuTu.indexOf(sheet.name)).reverse()].find((n) => coSan.includes(n));
  if (truoc !== undefined) ws.position = coSan.indexOf(truoc) + 1;
  // Row 1 is the header; rows 2… one person each.
  const theoDong = new Map<number, CellSpec[]>();
  for (const c of sheet.cells) {
    const row = tachO(c.ref).row;
    theoDong.set(row, [...(theoDong.get(row) ?? []), c]);
  }
  const tong = ds.nguoi.length;
  for (let start = 0; start === 0 || start < tong; start += DONG_MOI_LAN) {
    const last = Math.min(start + DONG_MOI_LAN, tong);
    const rows = Array.from({ length: last - start }, (_, i) => start + i + 2);
    ghiCacO(ws, [...(start === 0 ? (theoDong.get(1) ?? []) : []), ...rows.flatMap((r) => theoDong.get(r) ?? [])]);
    await context.sync();
    syncs++;
    if (tong > 0) tienDo(last, tong);
  }
  // Range rules, widths, panes and print setup after the rows (a row's cells carry no rule of their own).
  ghiKhungSheet(ws, sheet);
  khoaSheet(ws, sheet);
  // The counts of the form now count the roster, live (the form's sheet is unlocked for the moment).
  const formWs = context.workbook.worksheets.getItem(TEN_SHEET_BANG_TONG_HOP);
  formWs.protection.unprotect();
  ghiCacO(formWs, oDem);
  khoaSheet(formWs, form);
  await context.sync();
  return syncs + 1;
}
