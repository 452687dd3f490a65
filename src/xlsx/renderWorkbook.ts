/** ExcelJS renderer of the template layout (src/template): one thin pass from the model to a workbook. */
import "./defaultFont";
import ExcelJS from "exceljs";
import { FONT, SHEET_PROTECTION, congThucTrongTep, styleOf, type CellSpec, type HeaderFooterSpec, type SheetSpec, type StyleSpec, type ValidationSpec, type WorkbookSpec } from "../template";

export interface RenderOptions {
  /**
   * Store the engine's answer beside every formula, so viewers that do not recalculate (previews, some
   * LibreOffice settings) show the right level. Tests turn it off to prove the formulas compute by themselves.
   */
  ketQua: boolean;
}

function argb(color: string) {
  return { argb: color };
}

function toStyle(s: StyleSpec): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: FONT,
      size: s.font?.size,
      bold: s.font?.bold,
      italic: s.font?.italic,
      ...(s.font?.underline ? { underline: true } : {}),
      ...(s.font?.color ? { color: argb(s.font.color) } : {}),
    },
  };
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: argb(s.fill) };
  if (s.align) style.alignment = { horizontal: s.align.h, vertical: s.align.v, wrapText: s.align.wrap };
  if (s.border) {
    const thin = { style: "thin" as const, color: argb("FF7F7F7F") };
    style.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.numFmt) style.numFmt = s.numFmt;
  return style;
}

function toValidation(v: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: v.allowBlank,
    showInputMessage: true,
    promptTitle: v.promptTitle,
    prompt: v.prompt,
    showErrorMessage: true,
    errorStyle: "stop" as const,
    errorTitle: v.errorTitle,
    error: v.error,
  };
  switch (v.type) {
    case "list":
      return { ...common, type: "list", formulae: [v.listRange ?? `"${(v.list ?? []).join(",")}"`] };
    case "whole":
    case "decimal":
      return { ...common, type: v.type, operator: "between", formulae: [v.min ?? 0, v.max ?? 0] };
    case "custom":
      return { ...common, type: "custom", formulae: [v.formula ?? "TRUE"] };
  }
}

function renderCell(ws: ExcelJS.Worksheet, c: CellSpec, options: RenderOptions): void {
  const cell = ws.getCell(c.ref);
  if (c.formula !== undefined) {
    cell.value = options.ketQua && c.result !== undefined && c.result !== null
      ? ({ formula: congThucTrongTep(c.formula), result: c.result } as ExcelJS.CellFormulaValue)
      : ({ formula: congThucTrongTep(c.formula) } as ExcelJS.CellFormulaValue);
  } else if (c.value !== undefined && c.value !== null) {
    cell.value = c.value;
  }
  if (c.style) cell.style = toStyle(styleOf(c.style));
  cell.protection = { locked: !c.input };
  if (c.name) cell.name = c.name;
  if (c.validation) cell.dataValidation = toValidation(c.validation);
}

/**
 * A print area as ExcelJS must be given it: ExcelJS puts one "$" before each corner ("A1" → "$A1", a reference
 * LibreOffice ignores as a print area), so each row gets its own "$" here ("A$1" → "$A$1").
 */
export function vungInTuyetDoi(area: string): string {
  return area.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$1$$$2");
}

/** Excel's paper size codes (ECMA-376 §18.3.1.63). */
const PAPER = { A4: 9 } as const;

/** "&L…&C…&R…": one header or footer line of the file. */
function headerFooterText(h: HeaderFooterSpec): string | undefined {
  const text = [["&L", h.left], ["&C", h.center], ["&R", h.right]].filter(([, t]) => t).map(([code, t]) => `${code}${t}`).join("");
  return text || undefined;
}

export async function renderSheet(wb: ExcelJS.Workbook, s: SheetSpec, options: RenderOptions): Promise<void> {
  const p = s.print;
  const header = headerFooterText(p.header);
  const footer = headerFooterText(p.footer);
  const ws = wb.addWorksheet(s.name, {
    pageSetup: {
      paperSize: PAPER[p.paper],
      orientation: p.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: p.fitTo.width,
      fitToHeight: p.fitTo.height,
      horizontalCentered: p.centerHorizontally,
      ...(p.blackAndWhite ? { blackAndWhite: true } : {}),
      margins: { ...p.margins },
    },
    // differentFirst with no first-page texts: the first page prints without header or footer.
    headerFooter: { ...(p.differentFirst ? { differentFirst: true } : {}), ...(header ? { oddHeader: header } : {}), ...(footer ? { oddFooter: footer } : {}) },
    views: s.freeze ? [{ state: "frozen", xSplit: s.freeze.col - 1, ySplit: s.freeze.row - 1 }] : [{}],
    ...(s.tabColor ? { properties: { tabColor: argb(s.tabColor) } } : {}),
    ...(s.hidden ? { state: "hidden" as const } : {}),
  });
  if (p.firstPageNumber !== undefined) ws.pageSetup.firstPageNumber = p.firstPageNumber;
  if (p.titleRows) ws.pageSetup.printTitlesRow = p.titleRows;
  if (s.printArea) ws.pageSetup.printArea = vungInTuyetDoi(s.printArea);
  for (const r of s.rowBreaks ?? []) ws.getRow(r).addPageBreak();
  ws.columns = s.columns.map((width) => ({ width }));
  // ExcelJS leaves out a column whose width equals its own default (9), and Excel then draws it 8.43 wide: say it is set.
  s.columns.forEach((_, i) => Object.defineProperty(ws.getColumn(i + 1), "isCustomWidth", { get: () => true }));
  for (const [row, height] of Object.entries(s.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  for (const range of s.merges) ws.mergeCells(range);
  for (const c of s.cells) renderCell(ws, c, options);
  for (const { name, range } of s.rangeNames) {
    const [from, to] = range.replace(/\$/g, "").split(":");
    const a = ws.getCell(from);
    const b = ws.getCell(to ?? from);
    for (let r = Number(a.row); r <= Number(b.row); r++) {
      for (let col = Number(a.col); col <= Number(b.col); col++) ws.getCell(r, col).addName(name);
    }
  }
  // A range rule (not on the typings, but part of ExcelJS): one <dataValidation sqref="D2:D21001"> instead of one per cell.
  const dvs = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const { range, validation } of s.rangeValidations ?? []) dvs.add(range, toValidation(validation));
  let priority = 1;
  for (const f of s.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: f.range,
      rules: f.rules.map((r) => {
        const st = styleOf(r.style);
        return {
          type: "expression" as const,
          priority: priority++,
          formulae: [r.formula],
          // Only what the style says: the rule leaves the rest of the cell's look as it is (as in Office.js).
          style: {
            font: { ...(st.font?.color ? { color: argb(st.font.color) } : {}), ...(st.font?.bold ? { bold: true } : {}) },
            ...(st.fill ? { fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: argb(st.fill) } } : {}),
          },
        };
      }),
    });
  }
  // No password: anyone may unprotect to inspect, but nobody overwrites a formula by accident.
  if (s.protect) await ws.protect("", { ...SHEET_PROTECTION });
}

export async function renderWorkbook(spec: WorkbookSpec, options: RenderOptions = { ketQua: true }): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "dvht";
  wb.title = spec.properties.title;
  wb.subject = spec.properties.subject;
  wb.keywords = spec.properties.keywords;
  wb.category = spec.properties.category;
  // Excel recalculates everything on open, so typed values and formulas can never disagree there.
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const s of spec.sheets) await renderSheet(wb, s, options);
  return wb;
}
