/**
 * Importing a roster into the open workbook from the pane: the sheet is written in batches (one sync each, so
 * Excel on the web stays responsive and a progress bar moves), then the counts of the Bảng tổng hợp become
 * formulas over it. The roster is read and checked entirely before anything is written: nothing half-way.
 */
import { CO_KHONG, COT_CHUNG, RULE_SETS, type DanhSach, type RuleSet } from "../rules";
import { STYLES, TEN_SHEET_BANG_TONG_HOP, congThucDemDanhSach, tenSheetDanhSach, tenTruongChiTieu } from "../template";
import { giuLaChu } from "./plainText";

export const DONG_MOI_LAN = 2000;

export async function nhapDanhSachVaoSo(
  context: Excel.RequestContext,
  ruleSet: RuleSet,
  ds: DanhSach,
  tienDo: (xong: number, tong: number) => void = () => undefined,
): Promise<number> {
  const ten = tenSheetDanhSach(ds);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  let syncs = 1;
  if (sheets.items.some((s) => s.name === ten)) context.workbook.worksheets.getItem(ten).delete();
  const ws = context.workbook.worksheets.add(ten);
  const defs = ds.chiTieu.map((id) => RULE_SETS[ruleSet.id].chiTieu.find((d) => d.id === id)!);
  const header = [COT_CHUNG.stt, COT_CHUNG.hoTen, ds.loai === "thanh-vien" ? COT_CHUNG.chucVu : COT_CHUNG.lop, ...defs.map((d) => ("cotDanhSach" in d ? d.cotDanhSach : d.id))];
  ws.getRangeByIndexes(0, 0, 1, header.length).values = [header];
  ws.getRangeByIndexes(0, 0, 1, header.length).format.font.bold = true;
  for (let start = 0; start < ds.nguoi.length; start += DONG_MOI_LAN) {
    const chunk = ds.nguoi.slice(start, start + DONG_MOI_LAN);
    const range = ws.getRangeByIndexes(start + 1, 0, chunk.length, header.length);
    // Names stay text even when they look like a formula ("=HYPERLINK(…)", "-2+3") or a number.
    range.numberFormat = chunk.map(() => header.map((_, j) => (j === 0 ? "0" : "@")));
    range.values = chunk.map((n, i) => [start + i + 1, giuLaChu(n.hoTen), giuLaChu(n.nhom), ...ds.chiTieu.map((id) => (n.dat[id] ? CO_KHONG.co : CO_KHONG.khong))]);
    await context.sync();
    syncs++;
    tienDo(Math.min(start + chunk.length, ds.nguoi.length), ds.nguoi.length);
  }
  ds.chiTieu.forEach((id, j) => {
    const dv = ws.getRangeByIndexes(1, 3 + j, ds.nguoi.length + 1000, 1).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: `${CO_KHONG.co},${CO_KHONG.khong}` } };
  });
  ws.freezePanes.freezeRows(1);
  // The counts of the form now count the roster, live (the form's sheet is unlocked for the moment).
  const form = context.workbook.worksheets.getItem(TEN_SHEET_BANG_TONG_HOP);
  form.protection.unprotect();
  for (const id of ds.chiTieu) {
    const dem = congThucDemDanhSach(ds, id);
    const [dat, tong] = ds.loai === "thanh-vien" ? (["soDat", "tongSo"] as const) : (["nguoiHocDat", "tongNguoiHoc"] as const);
    const names = context.workbook.names;
    for (const [truong, formula] of [[dat, dem.soDat], [tong, dem.tongSo]] as const) {
      const cell = names.getItem(tenTruongChiTieu(id, truong)).getRange();
      cell.formulas = [[`=${formula}`]];
      cell.format.fill.color = `#${STYLES.countFormula.fill.slice(2)}`;
    }
  }
  form.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" });
  await context.sync();
  return syncs + 1;
}
