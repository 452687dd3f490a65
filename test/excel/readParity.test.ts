/**
 * The ExcelJS reader (files) and the Office.js reader (inside Excel) read every cell the same way: the corpus of bad
 * cells and the variants clerks and other programs leave (test/corpus/badCells.ts) are written into templates, then
 * read through docSoDaMo and through docTrangThaiSo over a minimal fake of Excel's NamedItem.arrayValues, which
 * gives values the way Excel does (a date as its serial number, an error as its text typed "Error", a blank as "").
 */
import ExcelJS from "exceljs";
import { BO_TIEU_CHI, type BoTieuChiId } from "../../src/rules";
import { buildWorkbookSpec, hoSoTrong } from "../../src/template";
import { docTrangThaiSo } from "../../src/excel/readWorkbookOfficeJs";
import { LoiSo, moSoDaNap, moTaVanDe, napSo } from "../../src/xlsx/openWorkbook";
import { docSoDaMo } from "../../src/xlsx/readWorkbook";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { BAD_CELLS, CELL_VARIANTS, LOAI_MAU } from "../corpus/badCells";

const mau = new Map<BoTieuChiId, ExcelJS.Workbook>();

beforeAll(async () => {
  for (const bo of BO_TIEU_CHI) mau.set(bo, await renderWorkbook(buildWorkbookSpec(hoSoTrong(bo, { loai: LOAI_MAU[bo], congLap: true }), "cong-thuc-goc")));
}, 60_000);

/** What Excel gives for a cell in NamedItem.arrayValues: [value, valueType]. */
function nhuExcel(cell: ExcelJS.Cell): [unknown, string] {
  let v: unknown = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (v && typeof v === "object" && "richText" in v) v = (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
  if (v && typeof v === "object" && "hyperlink" in v) v = (v as ExcelJS.CellHyperlinkValue).text;
  if (v instanceof Date) v = (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (v && typeof v === "object" && "error" in v) return [(v as ExcelJS.CellErrorValue).error, "Error"];
  if (v === null || v === undefined || v === "") return ["", "Empty"];
  return [v, typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String"];
}

function fakeContext(wb: ExcelJS.Workbook): Excel.RequestContext {
  const items = (wb.definedNames.model as { name: string; ranges: string[] }[]).map(({ name, ranges }) => {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?$/.exec(ranges[0])!;
    const sheet = (m[1] ?? m[2]).replace(/''/g, "'");
    const ws = wb.getWorksheet(sheet)!;
    const cells: ExcelJS.Cell[] = [];
    if (m[4]) {
      const a = ws.getCell(m[3].replace(/\$/g, ""));
      const b = ws.getCell(m[4].replace(/\$/g, ""));
      for (let r = Number(a.row); r <= Number(b.row); r++) cells.push(ws.getCell(r, a.col as unknown as number));
    } else cells.push(ws.getCell(m[3].replace(/\$/g, "")));
    const pairs = cells.map(nhuExcel);
    return { name, formula: `='${sheet.replace(/'/g, "''")}'!${m[3]}${m[4] ? `:${m[4]}` : ""}`, arrayValues: { values: pairs.map((p) => [p[0]]), types: pairs.map((p) => [p[1]]) } };
  });
  const names = { items, load: () => names };
  return { workbook: { names }, sync: async () => undefined } as unknown as Excel.RequestContext;
}

/** What each reader makes of a workbook: every single-cell name's value, and the hồ sơ or the problem lines. */
async function haiCachDoc(wb: ExcelJS.Workbook) {
  const so = moSoDaNap(wb);
  const giaTriExcelJs = Object.fromEntries([...so.viTri.keys()].map((ten) => [ten, so.get(ten)]));
  let exceljs: unknown;
  try {
    exceljs = { hoSo: docSoDaMo(so, "sổ này").hoSo };
  } catch (e) {
    if (!(e instanceof LoiSo)) throw e;
    exceljs = { loi: e.loi.map((l) => l.replace(/^sổ này: /, "")) };
  }
  const tt = await docTrangThaiSo(fakeContext(wb));
  const officeJs = tt.hoSo ? { hoSo: tt.hoSo } : { loi: tt.vanDe.map((v) => moTaVanDe(v, tt.viTri).replace(/^sổ này: /, "")) };
  return { exceljs: { giaTri: giaTriExcelJs, ...(exceljs as object) }, officeJs: { giaTri: Object.fromEntries(tt.giaTri), ...officeJs } };
}

async function voiGiaTri<T>(wb: ExcelJS.Workbook, sua: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
  const so = moSoDaNap(wb);
  const cells = Object.keys(sua).map((ten) => {
    const v = so.viTri.get(ten)!;
    return wb.getWorksheet(v.sheet)!.getCell(v.address);
  });
  const cu = cells.map((c) => c.value);
  Object.values(sua).forEach((v, i) => (cells[i].value = v as ExcelJS.CellValue));
  try {
    return await fn();
  } finally {
    cells.forEach((c, i) => (c.value = cu[i]));
  }
}

test.each([...BAD_CELLS, ...CELL_VARIANTS].map((c) => [c.ten, c] as const))("%s: both readers read the same", async (_ten, c) => {
  const wb = mau.get(c.bo)!;
  const { exceljs, officeJs } = await voiGiaTri(wb, c.sua, () => haiCachDoc(wb));
  expect(officeJs).toEqual(exceljs);
});

test.each(CELL_VARIANTS.map((c) => [c.ten, c] as const))("%s: the same after a round trip through a file", async (_ten, c) => {
  const wb = mau.get(c.bo)!;
  const { truoc, sau } = await voiGiaTri(wb, c.sua, async () => {
    const truoc = await haiCachDoc(wb);
    const loaded = await napSo(Buffer.from(await wb.xlsx.writeBuffer()));
    return { truoc, sau: await haiCachDoc(loaded!) };
  });
  expect(sau.officeJs).toEqual(sau.exceljs);
  expect(sau.exceljs).toEqual(truoc.exceljs);
}, 30_000);

test("the converter's cases that matter on the sheet: a date is its serial number, NFD text reads as NFC", async () => {
  const [c] = CELL_VARIANTS.filter((v) => v.ten.endsWith("the year as a date"));
  const wb = mau.get(c.bo)!;
  const { exceljs } = await voiGiaTri(wb, c.sua, () => haiCachDoc(wb));
  expect(exceljs.giaTri.DV_NAM).toBe(45809);
  const [d] = CELL_VARIANTS.filter((v) => v.ten.endsWith("Có typed with a combining accent"));
  const r = await voiGiaTri(mau.get(d.bo)!, d.sua, () => haiCachDoc(mau.get(d.bo)!));
  expect(r.exceljs.giaTri.DV_CONGLAP).toBe("Có");
  expect((r.exceljs as { hoSo?: { donVi: { congLap?: boolean } } }).hoSo?.donVi.congLap).toBe(true);
});
