/**
 * Office.js renderer of the template layout (src/template): the same cells, names, validations, formats and
 * formulas as the ExcelJS renderer, in at most three context.sync calls whatever the number of indicators:
 * (1) which sheets and names exist, (2) the values under our input names, (3) every write in one batch.
 * Values a user typed under an input name are written back where the (possibly upgraded) layout puts that name;
 * nothing outside the layout's cells, sheets and names is touched.
 */
import { FONT, styleOf, type CellSpec, type SheetSpec, type StyleName, type ValidationSpec, type WorkbookSpec } from "../template";
import { chiaDiaChi, gopThanhDai, tachO, tenCot } from "./addresses";
import { giuLaChu } from "./plainText";

/** Workbook settings that mark a dvht template (read when the pane opens a workbook). */
export const CAI_DAT_MAU = "dvht.mau";
/** Opens the pane with the document (AutoShowTaskpaneWithDocument), so live checks start at once. */
export const CAI_DAT_TU_MO = "Office.AutoShowTaskpaneWithDocument";

export interface KetQuaChen {
  /** Input values kept from the workbook, by name. */
  giuLai: Record<string, unknown>;
  soLanSync: number;
}

type Matrix = (string | number | boolean | null)[][];

function giaTriGhi(c: CellSpec): string | number | boolean | null {
  if (c.formula !== undefined) return `=${c.formula}`;
  return c.value === undefined ? null : giuLaChu(c.value);
}

function khungBao(cells: readonly CellSpec[]): { top: number; left: number; bottom: number; right: number } {
  const pos = cells.map((c) => tachO(c.ref));
  return {
    top: Math.min(...pos.map((p) => p.row)),
    left: Math.min(...pos.map((p) => p.col)),
    bottom: Math.max(...pos.map((p) => p.row)),
    right: Math.max(...pos.map((p) => p.col)),
  };
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

function ghiSheet(ws: Excel.Worksheet, s: SheetSpec, giuLai: Record<string, unknown>): void {
  const { top, left, bottom, right } = khungBao(s.cells);
  const width = right - left + 1;
  const formulas: Matrix = Array.from({ length: bottom - top + 1 }, () => Array(width).fill(null));
  const formats: Matrix = Array.from({ length: bottom - top + 1 }, () => Array(width).fill(null));
  const byStyle = new Map<StyleName, string[]>();
  const unlocked: string[] = [];
  for (const c of s.cells) {
    const { row, col } = tachO(c.ref);
    const kept = c.name !== undefined && c.input ? giuLai[c.name] : undefined;
    // A kept value is what range.values read: a text there was text, and must not come back as a formula.
    formulas[row - top][col - left] = kept !== undefined ? giuLaChu(kept as string | number | boolean) : giaTriGhi(c);
    if (c.style) {
      byStyle.set(c.style, [...(byStyle.get(c.style) ?? []), c.ref]);
      formats[row - top][col - left] = styleOf(c.style).numFmt ?? "General";
    }
    if (c.input) unlocked.push(c.ref);
  }
  const area = `${tenCot(left)}${top}:${tenCot(right)}${bottom}`;
  // Re-injection: clear what we own on this area before writing it again, so nothing is duplicated.
  ws.getRange(area).conditionalFormats.clearAll();
  for (const range of s.merges) ws.getRange(range).merge(false);
  // null entries leave a cell untouched: only the layout's own cells are written.
  ws.getRange(area).numberFormat = formats as string[][];
  ws.getRange(area).formulas = formulas as string[][];

  s.columns.forEach((w, i) => (ws.getRange(`${tenCot(i + 1)}:${tenCot(i + 1)}`).format.columnWidth = doRongCot(w)));
  for (const [row, h] of Object.entries(s.rowHeights ?? {})) ws.getRange(`${row}:${row}`).format.rowHeight = h;

  for (const [name, refs] of byStyle) {
    const st = styleOf(name);
    for (const addresses of chiaDiaChi(gopThanhDai(refs))) {
      const f = ws.getRanges(addresses).format;
      f.font.name = FONT;
      if (st.font?.size) f.font.size = st.font.size;
      f.font.bold = Boolean(st.font?.bold);
      f.font.italic = Boolean(st.font?.italic);
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
  }
  for (const addresses of chiaDiaChi(gopThanhDai(unlocked))) ws.getRanges(addresses).format.protection.locked = false;
  for (const c of s.cells) if (c.validation) ghiKiemTra(ws.getRange(c.ref).dataValidation, c.validation);
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
  const page = ws.pageLayout;
  page.orientation = s.print.landscape ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (s.print.titleRows) page.setPrintTitleRows(`$${s.print.titleRows.replace(":", ":$")}`);
  if (s.print.margins) {
    const pt = (inch: number) => Math.round(inch * 72 * 100) / 100;
    page.leftMargin = pt(s.print.margins.left);
    page.rightMargin = pt(s.print.margins.right);
    page.topMargin = pt(s.print.margins.top);
    page.bottomMargin = pt(s.print.margins.bottom);
  }
  if (s.printArea) page.setPrintArea(s.printArea);
  for (const r of s.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${r + 1}`);
  for (const c of s.charts ?? []) {
    // Re-injection replaces our chart rather than stacking copies: it is found again by its name.
    ws.charts.getItemOrNullObject(c.title).delete();
    const chart = ws.charts.add(c.type, ws.getRange(c.range), "Columns");
    chart.name = c.title;
    chart.title.text = c.title;
    chart.setPosition(c.anchor);
  }
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
  const names = wb.names.load("items/name");
  await context.sync();
  soLanSync++;

  const coSheet = new Set(sheets.items.map((w) => w.name));
  const coTen = new Set(names.items.map((n) => n.name));
  const nhap = tenONhapCuaBoCuc(spec).filter((n) => coTen.has(n));
  const giuLai: Record<string, unknown> = {};
  if (nhap.length > 0) {
    const ranges = nhap.map((n) => wb.names.getItem(n).getRange().load("values"));
    await context.sync();
    soLanSync++;
    nhap.forEach((n, i) => {
      const v = ranges[i].values[0]?.[0];
      if (v !== "" && v !== null && v !== undefined && !options.ghiDe?.includes(n)) giuLai[n] = v;
    });
  }

  for (const s of spec.sheets) {
    const ws = coSheet.has(s.name) ? wb.worksheets.getItem(s.name) : wb.worksheets.add(s.name);
    if (coSheet.has(s.name)) ws.protection.unprotect();
    ghiSheet(ws, s, giuLai);
  }
  // Names are ours: point them at the (possibly moved) cells of this layout.
  for (const [name, ref] of tenCuaBoCuc(spec)) {
    if (coTen.has(name)) wb.names.getItem(name).delete();
    wb.names.add(name, ref);
  }
  for (const s of spec.sheets) {
    if (s.protect) wb.worksheets.getItem(s.name).protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" });
  }
  if (options.danhDauMau !== false) {
    wb.settings.add(CAI_DAT_MAU, spec.properties.keywords);
    wb.settings.add(CAI_DAT_TU_MO, true);
  }
  wb.worksheets.getItem(spec.sheets[1]?.name ?? spec.sheets[0].name).activate();
  await context.sync();
  soLanSync++;
  return { giuLai, soLanSync };
}
