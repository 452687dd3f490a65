/**
 * Office.js renderer of the template layout (src/template): the same cells, names, validations, formats and
 * formulas, sizes, page setup (headers/footers with page numbers, margins, breaks, print titles and area) and
 * protection as the ExcelJS renderer, in at most three context.sync calls whatever the number of indicators:
 * (1) which sheets and names exist, (2) the values and formulas under our input names, (3) every write in one batch.
 * Values a user typed under an input name are written back where the (possibly upgraded) layout puts that name; a
 * formula there (a count linked to a roster) is left alone; nothing outside the layout's cells, sheets and names is
 * touched.
 */
import { FONT, SHEET_PROTECTION, styleOf, type CellSpec, type SheetSpec, type StyleName, type StyleSpec, type ValidationSpec, type WorkbookSpec } from "../template";
import { chiaDiaChi, gopThanhDai, tachO, tenCot } from "./addresses";
import { giuLaChu } from "./plainText";
import { viTriTuCongThuc } from "./readWorkbookOfficeJs";

/** Workbook settings that mark a dvht template (read when the pane opens a workbook). */
export const CAI_DAT_MAU = "dvht.mau";
/** Opens the pane with the document (AutoShowTaskpaneWithDocument), so live checks start at once. */
export const CAI_DAT_TU_MO = "Office.AutoShowTaskpaneWithDocument";

export interface KetQuaChen {
  /** Input values kept from the workbook, by name (a formula as its text, "=…"). */
  giuLai: Record<string, unknown>;
  soLanSync: number;
}

type Matrix = (string | number | boolean | null)[][];

function giaTriGhi(c: CellSpec): string | number | boolean | null {
  if (c.formula !== undefined) return `=${c.formula}`;
  return c.value === undefined ? null : giuLaChu(c.value);
}

function khungBao(cells: readonly CellSpec[]): { top: number; left: number; bottom: number; right: number } {
  // A loop, not Math.min(...): a roster sheet has hundreds of thousands of cells, more than a call takes arguments.
  const box = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
  for (const c of cells) {
    const { row, col } = tachO(c.ref);
    box.top = Math.min(box.top, row);
    box.left = Math.min(box.left, col);
    box.bottom = Math.max(box.bottom, row);
    box.right = Math.max(box.right, col);
  }
  return box;
}

/** Excel column width in points for a width in characters (as ExcelJS writes it: 7 px per char + 5 px padding). */
export function doRongCot(kyTu: number): number {
  return Math.round((kyTu * 7 + 5) * 0.75 * 100) / 100;
}

function quyTacKiemTra(v: ValidationSpec): Excel.DataValidationRule {
  switch (v.type) {
    case "list":
      return { list: { inCellDropDown: true, source: v.listRange ? `=${v.listRange}` : (v.list ?? []).join(",") } };
    case "whole":
      return { wholeNumber: { formula1: v.min ?? 0, formula2: v.max ?? 0, operator: "Between" } };
    case "decimal":
      return { decimal: { formula1: v.min ?? 0, formula2: v.max ?? 0, operator: "Between" } };
    case "custom":
      return { custom: { formula: `=${v.formula ?? "TRUE"}` } };
  }
}

/** One validation with its Vietnamese input message and error alert (replacing whatever was there). */
function ghiKiemTra(dv: Excel.DataValidation, v: ValidationSpec): void {
  dv.clear();
  dv.rule = quyTacKiemTra(v);
  dv.ignoreBlanks = v.allowBlank;
  dv.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
  dv.errorAlert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.error };
}

/** One named style on a range: font, fill, alignment, borders (the number format goes with the values). */
function apDungKieu(f: Excel.RangeFormat, st: StyleSpec): void {
  f.font.name = FONT;
  if (st.font?.size) f.font.size = st.font.size;
  f.font.bold = Boolean(st.font?.bold);
  f.font.italic = Boolean(st.font?.italic);
  if (st.font?.underline) f.font.underline = "Single";
  if (st.font?.color) f.font.color = `#${st.font.color.slice(2)}`;
  if (st.fill) f.fill.color = `#${st.fill.slice(2)}`;
  if (st.align?.h) f.horizontalAlignment = ({ left: "Left", center: "Center", right: "Right" } as const)[st.align.h];
  if (st.align?.v) f.verticalAlignment = ({ top: "Top", middle: "Center", bottom: "Bottom" } as const)[st.align.v];
  if (st.align?.wrap) f.wrapText = true;
  if (st.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.color = "#7F7F7F";
    }
  }
}

/** The layout's protection options (SHEET_PROTECTION) in Office.js terms. */
export function tuyChonKhoa(): Excel.WorksheetProtectionOptions {
  const p = SHEET_PROTECTION;
  return {
    allowFormatColumns: p.formatColumns,
    allowFormatRows: p.formatRows,
    selectionMode: p.selectLockedCells ? "Normal" : p.selectUnlockedCells ? "Unlocked" : "None",
  };
}

/** A formula read under an input name, kept as a formula (not as the value it shows). */
class CongThucGiuLai {
  constructor(readonly congThuc: string) {}
}

/**
 * range.formulas gives a formula's text and a constant's value; a text that merely looks like a formula (typed with
 * Excel's apostrophe) reads the same through both, a formula never does (its value is its result).
 */
function laCongThuc(formula: unknown, value: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

/** Two name formulas ("='Sheet'!$D$12", "=Sheet!D12") point at the same cell. */
function cungO(a: string | undefined, b: string | undefined): boolean {
  const chuan = (f: string | undefined) => {
    const v = f ? viTriTuCongThuc(f.replace(/\$/g, "")) : undefined;
    return v ? `${v.sheet}!${v.address}` : undefined;
  };
  return chuan(a) !== undefined && chuan(a) === chuan(b);
}

/** What re-injection keeps of a cell under an input name: a value (rewritten in place) or a formula (left alone). */
export interface GiuO {
  giaTri: Record<string, unknown>;
  /** Names whose cell holds a formula where the layout puts the name: that cell is not written at all. */
  congThucTaiCho: ReadonlySet<string>;
}

const KHONG_GIU: GiuO = { giaTri: {}, congThucTaiCho: new Set() };

/**
 * The layout's cells: values or formulas, number formats, styles, locking and validations, in one batch whatever
 * their number. Cells outside `cells` are not touched.
 */
export function ghiCacO(ws: Excel.Worksheet, cells: readonly CellSpec[], giu: GiuO = KHONG_GIU): void {
  const ghi = cells.filter((c) => !(c.name !== undefined && c.input && giu.congThucTaiCho.has(c.name)));
  if (ghi.length === 0) return;
  const { top, left, bottom, right } = khungBao(ghi);
  const width = right - left + 1;
  const formulas: Matrix = Array.from({ length: bottom - top + 1 }, () => Array(width).fill(null));
  const formats: Matrix = Array.from({ length: bottom - top + 1 }, () => Array(width).fill(null));
  const byStyle = new Map<StyleName, string[]>();
  const unlocked: string[] = [];
  const locked: string[] = [];
  const noValidation: string[] = [];
  for (const c of ghi) {
    const { row, col } = tachO(c.ref);
    const kept = c.name !== undefined && c.input ? giu.giaTri[c.name] : undefined;
    // A kept value is what range.values read: a text there was text, and must not come back as a formula; a kept
    // formula (its cell moved in an upgraded layout) is written as the formula it was.
    formulas[row - top][col - left] = kept === undefined ? giaTriGhi(c) : kept instanceof CongThucGiuLai ? kept.congThuc : giuLaChu(kept as string | number | boolean);
    if (c.style) {
      byStyle.set(c.style, byStyle.get(c.style) ?? []);
      byStyle.get(c.style)!.push(c.ref);
      formats[row - top][col - left] = styleOf(c.style).numFmt ?? "General";
    }
    (c.input ? unlocked : locked).push(c.ref);
    if (!c.validation) noValidation.push(c.ref);
  }
  const area = `${tenCot(left)}${top}:${tenCot(right)}${bottom}`;
  // null entries leave a cell untouched: only the layout's own cells are written.
  ws.getRange(area).numberFormat = formats as string[][];
  ws.getRange(area).formulas = formulas as string[][];
  for (const [name, refs] of byStyle) {
    for (const addresses of chiaDiaChi(gopThanhDai(refs))) apDungKieu(ws.getRanges(addresses).format, styleOf(name));
  }
  for (const addresses of chiaDiaChi(gopThanhDai(unlocked))) ws.getRanges(addresses).format.protection.locked = false;
  for (const addresses of chiaDiaChi(gopThanhDai(locked))) ws.getRanges(addresses).format.protection.locked = true;
  // A cell the layout gives no rule has none (an older layout's rule, or a typed count that became a formula).
  for (const addresses of chiaDiaChi(gopThanhDai(noValidation))) ws.getRanges(addresses).dataValidation.clear();
  for (const c of ghi) if (c.validation) ghiKiemTra(ws.getRange(c.ref).dataValidation, c.validation);
}

/** Printed headers and footers, page setup and page breaks of one sheet. */
function ghiTrangIn(ws: Excel.Worksheet, s: SheetSpec): void {
  const p = s.print;
  const page = ws.pageLayout;
  page.orientation = p.landscape ? "Landscape" : "Portrait";
  page.paperSize = p.paper;
  page.zoom = { horizontalFitToPages: p.fitTo.width, verticalFitToPages: p.fitTo.height };
  page.centerHorizontally = p.centerHorizontally;
  page.blackAndWhite = p.blackAndWhite;
  page.setPrintMargins("Inches", { ...p.margins });
  if (p.titleRows) page.setPrintTitleRows(`$${p.titleRows.replace(":", ":$")}`);
  if (s.printArea) page.setPrintArea(s.printArea);
  const hf = page.headersFooters.defaultForAllPages;
  hf.leftHeader = p.header.left ?? "";
  hf.centerHeader = p.header.center ?? "";
  hf.rightHeader = p.header.right ?? "";
  hf.leftFooter = p.footer.left ?? "";
  hf.centerFooter = p.footer.center ?? "";
  hf.rightFooter = p.footer.right ?? "";
  // A document's first page carries no number (NĐ 30/2020): its own, empty, first-page header and footer.
  page.headersFooters.state = p.differentFirst ? "FirstAndDefault" : "Default";
  page.firstPageNumber = p.firstPageNumber ?? "";
  if (s.rowBreaks) {
    // Ours: replaced, not stacked, on re-injection. A break goes before the top-left cell of the range given.
    ws.horizontalPageBreaks.removePageBreaks();
    for (const r of s.rowBreaks) ws.horizontalPageBreaks.add(`A${r + 1}`);
  }
}

/** Everything of a sheet but its cells: merges, sizes, range rules, conditional formats, panes, printing, charts. */
export function ghiKhungSheet(ws: Excel.Worksheet, s: SheetSpec): void {
  if (s.cells.length > 0) {
    const { top, left, bottom, right } = khungBao(s.cells);
    // Re-injection: clear what we own on this area before writing it again, so nothing is duplicated.
    ws.getRange(`${tenCot(left)}${top}:${tenCot(right)}${bottom}`).conditionalFormats.clearAll();
  }
  for (const range of s.merges) ws.getRange(range).merge(false);
  s.columns.forEach((w, i) => (ws.getRange(`${tenCot(i + 1)}:${tenCot(i + 1)}`).format.columnWidth = doRongCot(w)));
  for (const [row, h] of Object.entries(s.rowHeights ?? {})) ws.getRange(`${row}:${row}`).format.rowHeight = h;
  for (const { range, validation } of s.rangeValidations ?? []) ghiKiemTra(ws.getRange(range).dataValidation, validation);
  for (const cf of s.conditionalFormats) {
    for (const rule of cf.rules) {
      const st = styleOf(rule.style);
      const f = ws.getRange(cf.range).conditionalFormats.add("Custom");
      f.custom.rule.formula = `=${rule.formula}`;
      if (st.font?.color) f.custom.format.font.color = `#${st.font.color.slice(2)}`;
      if (st.font?.bold) f.custom.format.font.bold = true;
      if (st.fill) f.custom.format.fill.color = `#${st.fill.slice(2)}`;
    }
  }
  if (s.freeze && s.freeze.col <= 1) ws.freezePanes.freezeRows(s.freeze.row - 1);
  else if (s.freeze) ws.freezePanes.freezeAt(`A1:${tenCot(s.freeze.col - 1)}${s.freeze.row - 1}`);
  if (s.tabColor) ws.tabColor = `#${s.tabColor.slice(-6)}`;
  if (s.hidden) ws.visibility = "Hidden";
  ghiTrangIn(ws, s);
  for (const c of s.charts ?? []) {
    // Re-injection replaces our chart rather than stacking copies: it is found again by its name.
    ws.charts.getItemOrNullObject(c.title).delete();
    const chart = ws.charts.add(c.type, ws.getRange(c.range), "Columns");
    chart.name = c.title;
    chart.title.text = c.title;
    chart.setPosition(c.anchor);
  }
}

/** Protects the sheet if the layout says so, with the layout's options. */
export function khoaSheet(ws: Excel.Worksheet, s: Pick<SheetSpec, "protect">): void {
  if (s.protect) ws.protection.protect(tuyChonKhoa());
}

function ghiSheet(ws: Excel.Worksheet, s: SheetSpec, giu: GiuO): void {
  ghiCacO(ws, s.cells, giu);
  // Range rules after the cells: a cell the layout leaves without a rule may sit inside a range that has one.
  ghiKhungSheet(ws, s);
}

/** The names the layout owns: one cell each, plus the lists. */
export function tenCuaBoCuc(spec: WorkbookSpec): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of spec.sheets) {
    const q = `'${s.name.replace(/'/g, "''")}'`;
    for (const c of s.cells) {
      if (c.name) {
        const { col, row } = tachO(c.ref);
        out.set(c.name, `=${q}!$${tenCot(col)}$${row}`);
      }
    }
    for (const r of s.rangeNames) out.set(r.name, `=${q}!${r.range}`);
  }
  return out;
}

/** Input names of the layout: their values are the user's and survive re-injection. */
export function tenONhapCuaBoCuc(spec: WorkbookSpec): string[] {
  return spec.sheets.flatMap((s) => s.cells.filter((c) => c.input && c.name).map((c) => c.name!));
}

export interface InjectOptions {
  /** Names whose value in the layout wins over the workbook's (the unit fields chosen in the pane). */
  ghiDe?: readonly string[];
  /** Mark the workbook as a dvht template (false when adding one sheet, such as the lock sheet). */
  danhDauMau?: boolean;
}

export async function renderLayoutWithOfficeJs(context: Excel.RequestContext, spec: WorkbookSpec, options: InjectOptions = {}): Promise<KetQuaChen> {
  let soLanSync = 0;
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name");
  const names = wb.names.load("items/name,items/formula");
  await context.sync();
  soLanSync++;

  const coSheet = new Set(sheets.items.map((w) => w.name));
  const coTen = new Map(names.items.map((n) => [n.name, n.formula]));
  const cuaBoCuc = tenCuaBoCuc(spec);
  const nhap = tenONhapCuaBoCuc(spec).filter((n) => coTen.has(n));
  const giuLai: Record<string, unknown> = {};
  const congThucTaiCho = new Set<string>();
  if (nhap.length > 0) {
    // Formulas too, not only values: a count linked to a roster (or any formula the user put there) stays a formula.
    const ranges = nhap.map((n) => wb.names.getItem(n).getRange().load("values,formulas"));
    await context.sync();
    soLanSync++;
    nhap.forEach((n, i) => {
      if (options.ghiDe?.includes(n)) return;
      const v = ranges[i].values[0]?.[0];
      const f = ranges[i].formulas[0]?.[0];
      if (laCongThuc(f, v)) {
        giuLai[n] = new CongThucGiuLai(f);
        if (cungO(coTen.get(n), cuaBoCuc.get(n))) congThucTaiCho.add(n);
      } else if (v !== "" && v !== null && v !== undefined) giuLai[n] = v;
    });
  }

  for (const s of spec.sheets) {
    const ws = coSheet.has(s.name) ? wb.worksheets.getItem(s.name) : wb.worksheets.add(s.name);
    if (coSheet.has(s.name)) ws.protection.unprotect();
    ghiSheet(ws, s, { giaTri: giuLai, congThucTaiCho });
  }
  // Names are ours: point them at the (possibly moved) cells of this layout.
  for (const [name, ref] of cuaBoCuc) {
    if (coTen.has(name)) wb.names.getItem(name).delete();
    wb.names.add(name, ref);
  }
  for (const s of spec.sheets) khoaSheet(wb.worksheets.getItem(s.name), s);
  if (options.danhDauMau !== false) {
    wb.settings.add(CAI_DAT_MAU, spec.properties.keywords);
    wb.settings.add(CAI_DAT_TU_MO, true);
    const p = wb.properties;
    p.title = spec.properties.title;
    p.subject = spec.properties.subject;
    p.keywords = spec.properties.keywords;
    p.category = spec.properties.category;
  }
  wb.worksheets.getItem(spec.sheets[1]?.name ?? spec.sheets[0].name).activate();
  await context.sync();
  soLanSync++;
  const giaTri = Object.fromEntries(Object.entries(giuLai).map(([n, v]) => [n, v instanceof CongThucGiuLai ? v.congThuc : v]));
  return { giuLai: giaTri, soLanSync };
}
