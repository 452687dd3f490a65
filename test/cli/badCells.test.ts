/**
 * The corpus of bad cells (test/corpus/badCells.ts) in templates written by `dvht tao-mau`: every case read with the
 * command's own reader (docSoDaMo, what `danh-gia sổ.xlsx` runs), in memory; a sample, and a filled template, through
 * `dvht danh-gia sổ.xlsx --json` as a process. Every line names the cell and its address, in Vietnamese.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { BO_TIEU_CHI, type BoTieuChiId } from "../../src/rules";
import { LoiSo, moSoDaNap } from "../../src/xlsx/openWorkbook";
import { docSoDaMo } from "../../src/xlsx/readWorkbook";
import { BAD_CELLS, LOAI_MAU, type BadCell, type GiaTriO } from "../corpus/badCells";
import { hoSoDayDu } from "../helpers/hoSo";
import { CO_DAU, TIENG_ANH } from "../corpus/tiengViet";
import { runDvht, tempDir, writeTemp } from "./processHelpers";

const dir = tempDir();
const mau = new Map<BoTieuChiId, { file: string; wb: ExcelJS.Workbook }>();

beforeAll(async () => {
  for (const bo of BO_TIEU_CHI) {
    const file = join(dir, `${bo}.xlsx`);
    const r = runDvht(["tao-mau", "--bo", bo, "--loai", LOAI_MAU[bo], "--cong-lap", "--out", file]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    mau.set(bo, { file, wb });
  }
}, 180_000);

function oCua(wb: ExcelJS.Workbook, ten: string): ExcelJS.Cell {
  const v = moSoDaNap(wb).viTri.get(ten);
  if (!v) throw new Error(`the template has no name ${ten}`);
  return wb.getWorksheet(v.sheet)!.getCell(v.address);
}

/** Runs `fn` with the case's values in the workbook, then puts the template's values back. */
async function voiGiaTri<T>(wb: ExcelJS.Workbook, sua: Record<string, GiaTriO>, fn: () => T | Promise<T>): Promise<T> {
  const cu = Object.keys(sua).map((ten) => [oCua(wb, ten), oCua(wb, ten).value] as const);
  Object.entries(sua).forEach(([ten, v]) => (oCua(wb, ten).value = v as ExcelJS.CellValue));
  try {
    return await fn();
  } finally {
    for (const [cell, v] of cu) cell.value = v;
  }
}

function docLoi(wb: ExcelJS.Workbook, tenTep: string): readonly string[] | undefined {
  try {
    docSoDaMo(moSoDaNap(wb), tenTep);
    return undefined;
  } catch (e) {
    if (e instanceof LoiSo) return e.loi;
    throw e;
  }
}

function kiemTraDong(c: BadCell, wb: ExcelJS.Workbook, lines: readonly string[] | undefined): void {
  const v = moSoDaNap(wb).viTri.get(c.o)!;
  expect(lines?.length).toBeGreaterThan(0);
  for (const line of lines ?? []) {
    expect(line.startsWith(`${c.o} ('${v.sheet}'!${v.address}): `) ? "" : line).toBe("");
    expect(line).toMatch(CO_DAU);
    expect(line).not.toMatch(TIENG_ANH);
  }
}

test("the valid templates read without a problem (so each case's problem is its own)", () => {
  for (const bo of BO_TIEU_CHI) expect(docLoi(mau.get(bo)!.wb, "x.xlsx")).toBeUndefined();
});

test.each(BAD_CELLS.map((c) => [c.ten, c] as const))("%s", async (_ten, c) => {
  const { wb } = mau.get(c.bo)!;
  kiemTraDong(c, wb, await voiGiaTri(wb, c.sua, () => docLoi(wb, "x.xlsx")));
});

test("a sample through `dvht danh-gia sổ.xlsx --json`: exit 2, nothing on stdout, the same lines", async () => {
  const sample = BAD_CELLS.filter((_c, i) => i % Math.ceil(BAD_CELLS.length / 9) === 0);
  for (const [i, c] of sample.entries()) {
    const { wb } = mau.get(c.bo)!;
    const file = join(dir, `sai-${i}.xlsx`);
    const inProcess = await voiGiaTri(wb, c.sua, async () => {
      await wb.xlsx.writeFile(file);
      return docLoi(wb, file);
    });
    kiemTraDong(c, wb, inProcess);
    const r = runDvht(["danh-gia", file, "--json"]);
    expect([c.ten, r.code, r.stdout, r.stderr]).toEqual([c.ten, 2, "", `${inProcess!.join("\n")}\n`]);
  }
});

test("a filled template: a count changed by hand past its total is named with its cell", async () => {
  const json = writeTemp(dir, "day-du.json", hoSoDayDu("tt24-huyen", "pho-thong"));
  const file = join(dir, "day-du.xlsx");
  expect(runDvht(["tao-mau", json, "--out", file]).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  oCua(wb, "CT_2_1_SODAT").value = 200;
  oCua(wb, "DV_NAM").value = "năm nay";
  await wb.xlsx.writeFile(file);
  const r = runDvht(["danh-gia", file, "--json"]);
  expect([r.code, r.stdout]).toEqual([2, ""]);
  expect(r.stderr).toBe(`DV_NAM ('Thông tin'!B7): năm đánh giá phải là số (nhận được "năm nay")\nCT_2_1_SODAT ('Bảng tổng hợp'!D12): số đạt (200) lớn hơn tổng số (100)\n`);
});
