/** One comparable picture of a workbook, from ExcelJS (the file renderer) or from the recording fake (Office.js). */
import ExcelJS from "exceljs";
import type { FakeExcel } from "./fakeExcel";
import { expand } from "./fakeExcel";
import { congThucHienThi } from "../../src/template";

export interface CellPicture {
  v: string | number | boolean | null;
  numFmt: string;
  bold: boolean;
  italic: boolean;
  size?: number;
  font?: string;
  fontColor?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap: boolean;
  border: boolean;
  locked: boolean;
  validation?: string;
}

export interface WorkbookPicture {
  sheets: string[];
  cells: Record<string, CellPicture>;
  merges: string[];
  names: Record<string, string>;
  conditionalFormats: string[];
  freeze: Record<string, string | undefined>;
  print: Record<string, string>;
  protectedSheets: string[];
}

const hex = (argb?: string) => (argb ? `#${argb.slice(-6).toUpperCase()}` : undefined);
const align = (a?: string) => (a === "middle" ? "center" : a?.toLowerCase());

function validationText(v: { type: string; formulae?: unknown[] } | undefined): string | undefined {
  if (!v) return undefined;
  const f = (v.formulae ?? []).map((x) => String(x).replace(/^"(.*)"$/, "$1").replace(/^=/, ""));
  return `${v.type}:${f.join("|")}`;
}

export async function pictureFromExcelJs(wb: ExcelJS.Workbook): Promise<WorkbookPicture> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  const pic: WorkbookPicture = { sheets: [], cells: {}, merges: [], names: {}, conditionalFormats: [], freeze: {}, print: {}, protectedSheets: [] };
  back.eachSheet((ws) => {
    pic.sheets.push(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const style = cell.style ?? {};
        if (cell.type === ExcelJS.ValueType.Merge) return; // the master cell holds a merged range's value and style
        if (!style.font && cell.value === null) return;
        const v = cell.type === ExcelJS.ValueType.Formula ? `=${congThucHienThi(cell.formula)}` : (cell.value as string | number | boolean | null);
        pic.cells[`${ws.name}!${cell.address}`] = {
          v: v ?? null,
          numFmt: style.numFmt ?? "General",
          bold: Boolean(style.font?.bold),
          italic: Boolean(style.font?.italic),
          size: style.font?.size,
          font: style.font?.name,
          fontColor: hex(style.font?.color?.argb),
          fill: hex((style.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb),
          hAlign: align(style.alignment?.horizontal),
          vAlign: align(style.alignment?.vertical),
          wrap: Boolean(style.alignment?.wrapText),
          border: Boolean(style.border?.top),
          locked: style.protection?.locked !== false,
          validation: validationText(cell.dataValidation as { type: string; formulae?: unknown[] } | undefined),
        };
      }),
    );
    for (const m of Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges)) {
      const range = (ws as unknown as { _merges: Record<string, { range: string }> })._merges[m].range;
      pic.merges.push(`${ws.name}!${range}`);
    }
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
    for (const cf of cfs) for (const r of cf.rules) pic.conditionalFormats.push(`${ws.name}!${cf.ref} ${r.formulae[0]} ${hex(r.style.fill.bgColor.argb)}`);
    const view = ws.views[0] as { state?: string; xSplit?: number; ySplit?: number };
    pic.freeze[ws.name] = view?.state === "frozen" ? `${view.xSplit}/${view.ySplit}` : undefined;
    pic.print[ws.name] = `${ws.pageSetup.orientation}|A4|${ws.pageSetup.printTitlesRow ?? ""}`;
    if ((ws as unknown as { sheetProtection?: { sheet: boolean } }).sheetProtection?.sheet) pic.protectedSheets.push(ws.name);
  });
  for (const { name, ranges } of back.definedNames.model as { name: string; ranges: string[] }[]) pic.names[name] = ranges.join(",");
  pic.merges.sort();
  pic.conditionalFormats.sort();
  return pic;
}

export function pictureFromFake(fake: FakeExcel): WorkbookPicture {
  const pic: WorkbookPicture = { sheets: [...fake.sheetOrder], cells: {}, merges: [], names: {}, conditionalFormats: [], freeze: {}, print: {}, protectedSheets: [] };
  for (const s of fake.sheets.values()) {
    for (const [ref, c] of s.cells) {
      const rule = c.validation?.rule as Record<string, Record<string, unknown>> | undefined;
      let validation: string | undefined;
      if (rule?.list) validation = `list:${String(rule.list.source).replace(/^=/, "")}`;
      else if (rule?.custom) validation = `custom:${String(rule.custom.formula).replace(/^=/, "")}`;
      else if (rule?.wholeNumber) validation = `whole:${rule.wholeNumber.formula1}|${rule.wholeNumber.formula2}`;
      else if (rule?.decimal) validation = `decimal:${rule.decimal.formula1}|${rule.decimal.formula2}`;
      pic.cells[`${s.name}!${ref}`] = {
        v: c.v === undefined ? null : c.v,
        numFmt: c.numFmt ?? "General",
        bold: Boolean(c.font.bold),
        italic: Boolean(c.font.italic),
        size: c.font.size as number | undefined,
        font: c.font.name as string | undefined,
        fontColor: c.font.color as string | undefined,
        fill: c.fill,
        hAlign: c.hAlign?.toLowerCase(),
        vAlign: c.vAlign?.toLowerCase(),
        wrap: Boolean(c.wrap),
        border: Boolean(c.border),
        locked: c.locked,
        validation,
      };
    }
    for (const m of s.merges) pic.merges.push(`${s.name}!${m}`);
    for (const cf of s.conditionalFormats) pic.conditionalFormats.push(`${s.name}!${cf.range} ${cf.formula?.replace(/^=/, "")} ${cf.fill}`);
    if (s.freeze?.startsWith("rows:")) pic.freeze[s.name] = `0/${s.freeze.slice(5)}`;
    else if (s.freeze) {
      const last = expand(s.freeze.split(":")[1])[0][0];
      const m = /^([A-Z]+)(\d+)$/.exec(last)!;
      pic.freeze[s.name] = `${m[1].charCodeAt(0) - 64}/${m[2]}`;
    } else pic.freeze[s.name] = undefined;
    pic.print[s.name] = `${String(s.page.orientation).toLowerCase()}|${s.page.paperSize}|${String(s.page.printTitleRows ?? "").replace(/\$/g, "")}`;
    if (s.protected) pic.protectedSheets.push(s.name);
  }
  for (const [name, ref] of fake.names) pic.names[name] = ref.replace(/^=/, "");
  pic.merges.sort();
  pic.conditionalFormats.sort();
  return pic;
}
