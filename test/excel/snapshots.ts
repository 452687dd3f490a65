/**
 * One comparable picture of a workbook, made three ways: from the layout itself (src/template), from what ExcelJS
 * wrote (the file renderer, read back from the saved file) and from what the recording fake recorded (the Office.js
 * renderer). Every property of the layout has its place in the picture; LAYOUT_PATHS says where, and the parity
 * test fails on a layout property that is not listed there.
 */
import ExcelJS from "exceljs";
import { FONT, SHEET_PROTECTION, styleOf, type CellSpec, type HeaderFooterSpec, type SheetSpec, type ValidationSpec, type WorkbookSpec } from "../../src/template";
import { cot } from "../../src/template/sheetBuilder";
import { doRongCot } from "../../src/excel/renderLayoutWithOfficeJs";
import type { FakeExcel, FakeSheet } from "./fakeExcel";
import { expand } from "./fakeExcel";
import { congThucHienThi } from "../../src/template";

export interface CellPicture {
  v: string | number | boolean | null;
  isFormula: boolean;
  numFmt: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  size?: number;
  font?: string;
  fontColor?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap: boolean;
  border: boolean;
  locked: boolean;
}

export interface ValidationPicture {
  type: string;
  operator?: string;
  formulae: string[];
  allowBlank: boolean;
  prompt: { show: boolean; title: string; message: string };
  error: { show: boolean; style: string; title: string; message: string };
}

export interface PrintPicture {
  orientation: string;
  paper: string;
  fitTo: string;
  centerHorizontally: boolean;
  margins: Record<string, number>;
  titleRows?: string;
  printArea?: string;
  header: HeaderFooterSpec;
  footer: HeaderFooterSpec;
  differentFirst: boolean;
  firstPageNumber?: number;
  blackAndWhite: boolean;
  rowBreaks: number[];
}

export interface ProtectionPicture {
  formatColumns: boolean;
  formatRows: boolean;
  selectLockedCells: boolean;
  selectUnlockedCells: boolean;
}

export interface SheetPicture {
  cells: Record<string, CellPicture>;
  validations: Record<string, ValidationPicture>;
  merges: string[];
  conditionalFormats: string[];
  freeze?: string;
  /** Column letter → width in points (as Excel stores it for Office.js). */
  columns: Record<string, number>;
  rowHeights: Record<string, number>;
  print: PrintPicture;
  protection?: ProtectionPicture;
  tabColor?: string;
}

export interface WorkbookPicture {
  sheets: string[];
  bySheet: Record<string, SheetPicture>;
  names: Record<string, string>;
  properties: Record<string, string>;
}

/**
 * Every property path a layout can hold, and where the picture compares it (or why it cannot be compared). The
 * parity test walks every spec it builds and fails on a path missing here: a property added to the layout must be
 * rendered by both renderers and given its place in the picture, or be listed with the reason it is not.
 */
export const LAYOUT_PATHS: Record<string, string> = {
  "sheet.name": "sheets, bySheet",
  "sheet.columns[]": "columns",
  "sheet.rowHeights": "rowHeights",
  "sheet.cells[].ref": "cells (key)",
  "sheet.cells[].value": "cells.v",
  "sheet.cells[].formula": "cells.v, cells.isFormula",
  "sheet.cells[].result":
    "not compared: the cached answer beside a formula (ExcelJS stores it only with ketQua; Excel computes it itself)",
  "sheet.cells[].style": "cells: font, size, colours, alignment, wrap, border, numFmt (style.* below)",
  "sheet.cells[].name": "names",
  "sheet.cells[].input": "cells.locked",
  "sheet.cells[].validation.type": "validations.type",
  "sheet.cells[].validation.list[]": "validations.formulae",
  "sheet.cells[].validation.listRange": "validations.formulae",
  "sheet.cells[].validation.min": "validations.formulae",
  "sheet.cells[].validation.max": "validations.formulae",
  "sheet.cells[].validation.formula": "validations.formulae",
  "sheet.cells[].validation.allowBlank": "validations.allowBlank",
  "sheet.cells[].validation.promptTitle": "validations.prompt",
  "sheet.cells[].validation.prompt": "validations.prompt",
  "sheet.cells[].validation.errorTitle": "validations.error",
  "sheet.cells[].validation.error": "validations.error",
  "sheet.merges[]": "merges",
  "sheet.conditionalFormats[].range": "conditionalFormats",
  "sheet.conditionalFormats[].rules[].formula": "conditionalFormats",
  "sheet.conditionalFormats[].rules[].style": "conditionalFormats (font colour, bold, fill)",
  "sheet.protect": "protection",
  "sheet.freeze.row": "freeze",
  "sheet.freeze.col": "freeze",
  "sheet.print.landscape": "print.orientation",
  "sheet.print.paper": "print.paper",
  "sheet.print.fitTo.width": "print.fitTo",
  "sheet.print.fitTo.height": "print.fitTo",
  "sheet.print.centerHorizontally": "print.centerHorizontally",
  "sheet.print.margins.left": "print.margins",
  "sheet.print.margins.right": "print.margins",
  "sheet.print.margins.top": "print.margins",
  "sheet.print.margins.bottom": "print.margins",
  "sheet.print.margins.header": "print.margins",
  "sheet.print.margins.footer": "print.margins",
  "sheet.print.titleRows": "print.titleRows",
  "sheet.print.header.left": "print.header",
  "sheet.print.header.center": "print.header",
  "sheet.print.header.right": "print.header",
  "sheet.print.footer.left": "print.footer",
  "sheet.print.footer.center": "print.footer",
  "sheet.print.footer.right": "print.footer",
  "sheet.print.differentFirst": "print.differentFirst",
  "sheet.print.firstPageNumber": "print.firstPageNumber",
  "sheet.print.blackAndWhite": "print.blackAndWhite",
  "sheet.printArea": "print.printArea",
  "sheet.rowBreaks[]": "print.rowBreaks",
  "sheet.charts[].*": "not compared: ExcelJS cannot write charts; the Office.js chart is checked in inject.test.ts",
  "sheet.rangeNames[].name": "names",
  "sheet.rangeNames[].range": "names",
  "sheet.rangeValidations[].range": "validations (every cell of the range)",
  "sheet.rangeValidations[].validation.type": "validations.type",
  "sheet.rangeValidations[].validation.list[]": "validations.formulae",
  "sheet.rangeValidations[].validation.listRange": "validations.formulae",
  "sheet.rangeValidations[].validation.min": "validations.formulae",
  "sheet.rangeValidations[].validation.max": "validations.formulae",
  "sheet.rangeValidations[].validation.formula": "validations.formulae",
  "sheet.rangeValidations[].validation.allowBlank": "validations.allowBlank",
  "sheet.rangeValidations[].validation.promptTitle": "validations.prompt",
  "sheet.rangeValidations[].validation.prompt": "validations.prompt",
  "sheet.rangeValidations[].validation.errorTitle": "validations.error",
  "sheet.rangeValidations[].validation.error": "validations.error",
  "sheet.tabColor": "tabColor",
  "sheet.dongTheoChu": "not drawn: the rows the pane and dvht in size to their text before printing (template/rowFit)",
  "style.font.size": "cells.size",
  "style.font.bold": "cells.bold, conditionalFormats",
  "style.font.italic": "cells.italic",
  "style.font.underline": "cells.underline",
  "style.font.color": "cells.fontColor, conditionalFormats",
  "style.fill": "cells.fill, conditionalFormats",
  "style.align.h": "cells.hAlign",
  "style.align.v": "cells.vAlign",
  "style.align.wrap": "cells.wrap",
  "style.border": "cells.border",
  "style.numFmt": "cells.numFmt",
  "workbook.properties.title": "properties",
  "workbook.properties.subject": "properties",
  "workbook.properties.keywords": "properties",
  "workbook.properties.category": "properties",
};

/** Every property path a spec holds (a chart as one entry: ExcelJS cannot write it). */
export function layoutPaths(spec: WorkbookSpec): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, path: string) => {
    if (path === "sheet.charts[]") {
      out.add(`${path}.*`);
      return;
    }
    if (path === "sheet.rowHeights") {
      out.add(path);
      return;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return;
      if (v.every((x) => typeof x !== "object" || x === null)) out.add(`${path}[]`);
      else for (const x of v) walk(x, `${path}[]`);
    } else if (v !== null && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) if (x !== undefined) walk(x, `${path}.${k}`);
    } else out.add(path);
  };
  walk(spec.properties, "workbook.properties");
  for (const s of spec.sheets) {
    walk(s, "sheet");
    for (const c of s.cells) if (c.style) walk(styleOf(c.style), "style");
    for (const f of s.conditionalFormats) for (const r of f.rules) walk(styleOf(r.style), "style");
  }
  return out;
}

const hex = (argb?: string) => (argb ? `#${argb.slice(-6).toUpperCase()}` : undefined);
const align = (a?: string) => (a === "middle" ? "center" : a?.toLowerCase());
const round = (n: number) => Math.round(n * 1e6) / 1e6;
const noDollar = (s: string) => s.replace(/\$/g, "");
const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

const EMPTY_CELL: CellPicture = { v: null, isFormula: false, numFmt: "General", bold: false, italic: false, underline: false, wrap: false, border: false, locked: true };
const isEmpty = (c: CellPicture) => JSON.stringify(c) === JSON.stringify(EMPTY_CELL);

function emptySheet(): SheetPicture {
  return {
    cells: {},
    validations: {},
    merges: [],
    conditionalFormats: [],
    columns: {},
    rowHeights: {},
    print: { orientation: "", paper: "", fitTo: "", centerHorizontally: false, margins: {}, header: {}, footer: {}, differentFirst: false, blackAndWhite: false, rowBreaks: [] },
  };
}

function cleanHeaderFooter(h: HeaderFooterSpec): HeaderFooterSpec {
  return Object.fromEntries(Object.entries(h).filter(([, v]) => v)) as HeaderFooterSpec;
}

function sortSheet(p: SheetPicture): SheetPicture {
  p.merges.sort();
  p.conditionalFormats.sort();
  for (const [ref, c] of Object.entries(p.cells)) if (isEmpty(c)) delete p.cells[ref];
  p.print.header = cleanHeaderFooter(p.print.header);
  p.print.footer = cleanHeaderFooter(p.print.footer);
  p.print.rowBreaks.sort((a, b) => a - b);
  return p;
}

// ---- from the layout ----

function validationFromSpec(v: ValidationSpec): ValidationPicture {
  const formulae =
    v.type === "list" ? [v.listRange ?? (v.list ?? []).join(",")] : v.type === "custom" ? [v.formula ?? "TRUE"] : [String(v.min ?? 0), String(v.max ?? 0)];
  return {
    type: v.type,
    ...(v.type === "whole" || v.type === "decimal" ? { operator: "between" } : {}),
    formulae,
    allowBlank: v.allowBlank,
    prompt: { show: true, title: v.promptTitle, message: v.prompt },
    error: { show: true, style: "stop", title: v.errorTitle, message: v.error },
  };
}

function cellFromSpec(c: CellSpec): CellPicture {
  const st = c.style ? styleOf(c.style) : undefined;
  return {
    v: c.formula !== undefined ? `=${c.formula}` : (c.value ?? null),
    isFormula: c.formula !== undefined,
    numFmt: st?.numFmt ?? "General",
    bold: Boolean(st?.font?.bold),
    italic: Boolean(st?.font?.italic),
    underline: Boolean(st?.font?.underline),
    size: st?.font?.size,
    font: st ? FONT : undefined,
    fontColor: hex(st?.font?.color),
    fill: hex(st?.fill),
    hAlign: align(st?.align?.h),
    vAlign: align(st?.align?.v),
    wrap: Boolean(st?.align?.wrap),
    border: Boolean(st?.border),
    locked: !c.input,
  };
}

export function sheetFromSpec(s: SheetSpec): SheetPicture {
  const p = emptySheet();
  for (const c of s.cells) {
    p.cells[c.ref] = cellFromSpec(c);
    if (c.validation) p.validations[c.ref] = validationFromSpec(c.validation);
  }
  for (const { range, validation } of s.rangeValidations ?? []) for (const ref of expand(range).flat()) p.validations[ref] = validationFromSpec(validation);
  p.merges = [...s.merges];
  for (const f of s.conditionalFormats) {
    for (const r of f.rules) {
      const st = styleOf(r.style);
      p.conditionalFormats.push(`${f.range} ${r.formula} font=${hex(st.font?.color)} bold=${Boolean(st.font?.bold)} fill=${hex(st.fill)}`);
    }
  }
  if (s.freeze) p.freeze = `${s.freeze.col - 1}/${s.freeze.row - 1}`;
  s.columns.forEach((w, i) => (p.columns[cot(i + 1)] = doRongCot(w)));
  for (const [row, h] of Object.entries(s.rowHeights ?? {})) p.rowHeights[row] = h;
  const pr = s.print;
  p.print = {
    orientation: pr.landscape ? "landscape" : "portrait",
    paper: pr.paper,
    fitTo: `${pr.fitTo.width}x${pr.fitTo.height}`,
    centerHorizontally: pr.centerHorizontally,
    margins: Object.fromEntries(Object.entries(pr.margins).map(([k, v]) => [k, round(v)])),
    ...(pr.titleRows ? { titleRows: pr.titleRows } : {}),
    ...(s.printArea ? { printArea: noDollar(s.printArea) } : {}),
    header: { ...pr.header },
    footer: { ...pr.footer },
    differentFirst: pr.differentFirst,
    blackAndWhite: pr.blackAndWhite,
    ...(pr.firstPageNumber !== undefined ? { firstPageNumber: pr.firstPageNumber } : {}),
    rowBreaks: [...(s.rowBreaks ?? [])],
  };
  if (s.protect) p.protection = { ...SHEET_PROTECTION };
  if (s.tabColor) p.tabColor = hex(s.tabColor);
  return sortSheet(p);
}

export function pictureFromSpec(spec: WorkbookSpec): WorkbookPicture {
  const names: Record<string, string> = {};
  for (const s of spec.sheets) {
    for (const c of s.cells) {
      if (!c.name) continue;
      const m = /^([A-Z]+)(\d+)$/.exec(c.ref)!;
      names[c.name] = `${quoted(s.name)}!$${m[1]}$${m[2]}`;
    }
    for (const r of s.rangeNames) names[r.name] = `${quoted(s.name)}!${r.range}`;
  }
  return {
    sheets: spec.sheets.map((s) => s.name),
    bySheet: Object.fromEntries(spec.sheets.map((s) => [s.name, sheetFromSpec(s)])),
    names,
    properties: { ...spec.properties },
  };
}

// ---- from ExcelJS ----

type ExcelJsValidation = { type: string; operator?: string; formulae?: unknown[]; allowBlank?: boolean; showInputMessage?: boolean; promptTitle?: string; prompt?: string; showErrorMessage?: boolean; errorStyle?: string; errorTitle?: string; error?: string };

function validationFromExcelJs(v: ExcelJsValidation): ValidationPicture {
  return {
    type: v.type,
    ...(v.operator ? { operator: v.operator.toLowerCase() } : {}),
    formulae: (v.formulae ?? []).map((x) => String(x).replace(/^"(.*)"$/, "$1")),
    allowBlank: Boolean(v.allowBlank),
    prompt: { show: Boolean(v.showInputMessage), title: v.promptTitle ?? "", message: v.prompt ?? "" },
    error: { show: Boolean(v.showErrorMessage), style: v.errorStyle ?? "stop", title: v.errorTitle ?? "", message: v.error ?? "" },
  };
}

/** "&L…&C…&R…" → its three parts. */
function headerFooterFromFile(text: string | undefined): HeaderFooterSpec {
  const out: HeaderFooterSpec = {};
  const key = { L: "left", C: "center", R: "right" } as const;
  for (const m of (text ?? "").matchAll(/&([LCR])((?:[^&]|&[^LCR])*)/g)) out[key[m[1] as "L" | "C" | "R"]] = m[2];
  return out;
}

/** The picture of a workbook written by ExcelJS, read back from the bytes it saves (row breaks, which ExcelJS does not read back, from the workbook itself). */
export async function pictureFromExcelJs(wb: ExcelJS.Workbook): Promise<WorkbookPicture> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  const pic: WorkbookPicture = {
    sheets: [],
    bySheet: {},
    names: {},
    properties: { title: back.title, subject: back.subject, keywords: back.keywords, category: back.category },
  };
  back.eachSheet((ws) => {
    pic.sheets.push(ws.name);
    const p = emptySheet();
    ws.eachRow({ includeEmpty: true }, (row) => {
      if (row.height !== undefined) p.rowHeights[String(row.number)] = row.height;
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return; // the master cell holds a merged range's value and style
        const style = cell.style ?? {};
        // Excel's default font (no font of the layout's own) reads back as the workbook's Calibri 11.
        // The workbook's default font (src/xlsx/defaultFont.ts) is what a cell with no style of its own shows.
        const font = (style.font?.name === "Calibri" || (style.font?.name === FONT && (style.font.color as { theme?: number } | undefined)?.theme === 1)) && style.font.size === 11 && !style.font.bold && !style.font.italic && !style.font.color?.argb ? undefined : style.font;
        const isFormula = cell.type === ExcelJS.ValueType.Formula;
        p.cells[cell.address] = {
          v: isFormula ? `=${congThucHienThi(cell.formula)}` : ((cell.value as string | number | boolean | null) ?? null),
          isFormula,
          numFmt: style.numFmt ?? "General",
          bold: Boolean(font?.bold),
          italic: Boolean(font?.italic),
          underline: Boolean(font?.underline),
          size: font?.size,
          font: font?.name,
          fontColor: hex(font?.color?.argb),
          fill: hex((style.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb),
          hAlign: align(style.alignment?.horizontal),
          vAlign: align(style.alignment?.vertical),
          wrap: Boolean(style.alignment?.wrapText),
          border: Boolean(style.border?.top),
          locked: style.protection?.locked !== false,
        };
      });
    });
    const dvs = (ws as unknown as { dataValidations: { model: Record<string, ExcelJsValidation> } }).dataValidations.model;
    for (const [ref, v] of Object.entries(dvs)) p.validations[ref] = validationFromExcelJs(v);
    for (const m of Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges)) p.merges.push(m.range);
    type Cf = { ref: string; rules: { formulae: string[]; style: { font?: { color?: { argb: string }; bold?: boolean }; fill?: { bgColor?: { argb: string } } } }[] };
    for (const cf of (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings) {
      for (const r of cf.rules) {
        p.conditionalFormats.push(`${cf.ref} ${r.formulae[0]} font=${hex(r.style.font?.color?.argb)} bold=${Boolean(r.style.font?.bold)} fill=${hex(r.style.fill?.bgColor?.argb)}`);
      }
    }
    const view = ws.views[0] as { state?: string; xSplit?: number; ySplit?: number };
    if (view?.state === "frozen") p.freeze = `${view.xSplit ?? 0}/${view.ySplit ?? 0}`;
    (ws.columns ?? []).forEach((c, i) => {
      if (c.width !== undefined && c.width !== null) p.columns[cot(i + 1)] = doRongCot(c.width);
    });
    const ps = ws.pageSetup;
    const paper: Record<number, string> = { 9: "A4" };
    p.print = {
      orientation: String(ps.orientation),
      paper: paper[ps.paperSize ?? 0] ?? String(ps.paperSize),
      fitTo: ps.fitToPage ? `${ps.fitToWidth}x${ps.fitToHeight}` : "none",
      centerHorizontally: Boolean(ps.horizontalCentered),
      margins: Object.fromEntries(Object.entries(ps.margins ?? {}).map(([k, v]) => [k, round(v as number)])),
      ...(ps.printTitlesRow ? { titleRows: noDollar(ps.printTitlesRow) } : {}),
      ...(ps.printArea ? { printArea: noDollar(ps.printArea.replace(/^.*!/, "")) } : {}),
      header: headerFooterFromFile(ws.headerFooter?.oddHeader),
      footer: headerFooterFromFile(ws.headerFooter?.oddFooter),
      differentFirst: Boolean(ws.headerFooter?.differentFirst),
      blackAndWhite: Boolean(ps.blackAndWhite),
      // ExcelJS reads a missing firstPageNumber as 1: only a numbering the file says it uses counts.
      ...((ps as { useFirstPageNumber?: boolean }).useFirstPageNumber ? { firstPageNumber: ps.firstPageNumber } : {}),
      rowBreaks: ((wb.getWorksheet(ws.name) as unknown as { rowBreaks: { id: number }[] }).rowBreaks ?? []).map((b) => b.id),
    };
    const prot = (ws as unknown as { sheetProtection?: Record<string, boolean | undefined> }).sheetProtection;
    if (prot?.sheet) {
      p.protection = {
        formatColumns: Boolean(prot.formatColumns),
        formatRows: Boolean(prot.formatRows),
        selectLockedCells: prot.selectLockedCells !== false,
        selectUnlockedCells: prot.selectUnlockedCells !== false,
      };
    }
    const tab = (ws.properties as { tabColor?: { argb?: string } }).tabColor?.argb;
    if (tab) p.tabColor = hex(tab);
    pic.bySheet[ws.name] = sortSheet(p);
  });
  for (const { name, ranges } of back.definedNames.model as { name: string; ranges: string[] }[]) pic.names[name] = ranges.join(",");
  return pic;
}

// ---- from the recording fake (Office.js) ----

function validationFromFake(v: Record<string, unknown>): ValidationPicture {
  const rule = v.rule as Record<string, Record<string, unknown>>;
  const prompt = (v.prompt ?? {}) as { showPrompt?: boolean; title?: string; message?: string };
  const alert = (v.errorAlert ?? {}) as { showAlert?: boolean; style?: string; title?: string; message?: string };
  const strip = (x: unknown) => String(x).replace(/^=/, "");
  let type = "";
  let formulae: string[] = [];
  let operator: string | undefined;
  if (rule?.list) [type, formulae] = ["list", [strip(rule.list.source)]];
  else if (rule?.custom) [type, formulae] = ["custom", [strip(rule.custom.formula)]];
  else if (rule?.wholeNumber) [type, formulae, operator] = ["whole", [strip(rule.wholeNumber.formula1), strip(rule.wholeNumber.formula2)], String(rule.wholeNumber.operator)];
  else if (rule?.decimal) [type, formulae, operator] = ["decimal", [strip(rule.decimal.formula1), strip(rule.decimal.formula2)], String(rule.decimal.operator)];
  return {
    type,
    ...(operator ? { operator: operator.toLowerCase() } : {}),
    formulae,
    allowBlank: Boolean(v.ignoreBlanks),
    prompt: { show: Boolean(prompt.showPrompt), title: prompt.title ?? "", message: prompt.message ?? "" },
    error: { show: Boolean(alert.showAlert), style: (alert.style ?? "").toLowerCase(), title: alert.title ?? "", message: alert.message ?? "" },
  };
}

export function sheetFromFake(s: FakeSheet): SheetPicture {
  const p = emptySheet();
  for (const [ref, c] of s.cells) {
    p.cells[ref] = {
      v: c.v === undefined ? null : c.v,
      isFormula: Boolean(c.formula),
      numFmt: c.numFmt ?? "General",
      bold: Boolean(c.font.bold),
      italic: Boolean(c.font.italic),
      underline: c.font.underline === "Single",
      size: c.font.size as number | undefined,
      font: c.font.name as string | undefined,
      fontColor: (c.font.color as string | undefined)?.toUpperCase(),
      fill: c.fill?.toUpperCase(),
      hAlign: c.hAlign?.toLowerCase(),
      vAlign: c.vAlign?.toLowerCase(),
      wrap: Boolean(c.wrap),
      border: Boolean(c.border),
      locked: c.locked,
    };
    if (c.validation) p.validations[ref] = validationFromFake(c.validation);
  }
  p.merges = [...s.merges];
  for (const cf of s.conditionalFormats) p.conditionalFormats.push(`${cf.range} ${cf.formula?.replace(/^=/, "")} font=${cf.fontColor?.toUpperCase()} bold=${Boolean(cf.bold)} fill=${cf.fill?.toUpperCase()}`);
  if (s.freeze?.startsWith("rows:")) p.freeze = `0/${s.freeze.slice(5)}`;
  else if (s.freeze) {
    const m = /^([A-Z]+)(\d+)$/.exec(expand(s.freeze.split(":")[1])[0][0])!;
    p.freeze = `${m[1].charCodeAt(0) - 64}/${m[2]}`;
  }
  for (const [range, w] of s.columnWidths) p.columns[range.split(":")[0]] = w;
  for (const [range, h] of s.rowHeights) p.rowHeights[range.split(":")[0]] = h;
  const page = s.page as {
    orientation?: string;
    paperSize?: string;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number };
    centerHorizontally?: boolean;
    margins?: Record<string, number | string>;
    printTitleRows?: string;
    printArea?: string;
    headerFooter?: Record<string, string>;
    headersFootersState?: string;
    blackAndWhite?: boolean;
    firstPageNumber?: number | string;
    breaks?: string[];
  };
  const hf = page.headerFooter ?? {};
  const inches = page.margins?.unit === "Inches" ? 1 : 1 / 72;
  p.print = {
    orientation: String(page.orientation).toLowerCase(),
    paper: String(page.paperSize),
    fitTo: page.zoom ? `${page.zoom.horizontalFitToPages}x${page.zoom.verticalFitToPages}` : "none",
    centerHorizontally: Boolean(page.centerHorizontally),
    margins: Object.fromEntries(Object.entries(page.margins ?? {}).filter(([k]) => k !== "unit").map(([k, v]) => [k, round(Number(v) * inches)])),
    ...(page.printTitleRows ? { titleRows: noDollar(page.printTitleRows) } : {}),
    ...(page.printArea ? { printArea: noDollar(page.printArea) } : {}),
    header: { left: hf.leftHeader, center: hf.centerHeader, right: hf.rightHeader },
    footer: { left: hf.leftFooter, center: hf.centerFooter, right: hf.rightFooter },
    differentFirst: page.headersFootersState === "FirstAndDefault",
    blackAndWhite: Boolean(page.blackAndWhite),
    ...(typeof page.firstPageNumber === "number" ? { firstPageNumber: page.firstPageNumber } : {}),
    // A break is added before the top-left cell of its range: the row above it ends a page.
    rowBreaks: (page.breaks ?? []).map((a) => Number(/\d+$/.exec(a)![0]) - 1),
  };
  if (s.protected) {
    const o = (s.protectOptions ?? {}) as { allowFormatColumns?: boolean; allowFormatRows?: boolean; selectionMode?: string };
    const mode = o.selectionMode ?? "Normal";
    p.protection = { formatColumns: Boolean(o.allowFormatColumns), formatRows: Boolean(o.allowFormatRows), selectLockedCells: mode === "Normal", selectUnlockedCells: mode !== "None" };
  }
  if (s.tabColor) p.tabColor = s.tabColor.toUpperCase();
  return sortSheet(p);
}

export function pictureFromFake(fake: FakeExcel): WorkbookPicture {
  const names: Record<string, string> = {};
  for (const [name, ref] of fake.names) names[name] = ref.replace(/^=/, "");
  return {
    sheets: [...fake.sheetOrder],
    bySheet: Object.fromEntries(fake.sheetOrder.map((n) => [n, sheetFromFake(fake.sheets.get(n)!)])),
    names,
    properties: { ...fake.properties },
  };
}
