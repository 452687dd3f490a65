/** Writing never leaves a half-written file: the old file stays whole when writing fails, and no temporary file remains. */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ghiTepNguyenVen, writeWorkbookAtomic } from "../../src/xlsx/writeFile";

test("a workbook whose serialisation fails halfway leaves the previous file untouched and nothing else", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dvht-atomic-"));
  const file = join(dir, "so.xlsx");
  writeFileSync(file, "bản cũ");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("A").getCell("A1").value = 1;
  (wb.xlsx as unknown as { writeBuffer: () => Promise<never> }).writeBuffer = async () => {
    throw new Error("đĩa đầy");
  };
  await expect(writeWorkbookAtomic(wb, file)).rejects.toThrow("đĩa đầy");
  expect(readFileSync(file, "utf8")).toBe("bản cũ");
  expect(readdirSync(dir)).toEqual(["so.xlsx"]);
});

test("a writer that dies after writing part of the temporary file leaves no partial target and no temporary file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dvht-atomic-"));
  const file = join(dir, "ho-so.pdf");
  await expect(
    ghiTepNguyenVen(file, (tmp) => {
      writeFileSync(tmp, "%PDF-1.7 nửa tệp");
      throw new Error("LibreOffice dừng");
    }),
  ).rejects.toThrow("LibreOffice dừng");
  expect(readdirSync(dir)).toEqual([]);
});

test("a successful write replaces the file in one step", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dvht-atomic-"));
  const file = join(dir, "so.xlsx");
  writeFileSync(file, "bản cũ");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("A").getCell("A1").value = "mới";
  await writeWorkbookAtomic(wb, file);
  expect(readdirSync(dir)).toEqual(["so.xlsx"]);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  expect(back.getWorksheet("A")!.getCell("A1").value).toBe("mới");
});
