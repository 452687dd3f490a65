/** Reads a roster file (CSV or .xlsx, header in the first row) into rows of text for the shared roster reader. */
import ExcelJS from "exceljs";
import { existsSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { docBangDanhSach, docCsv, type KetQuaDanhSach, type LoaiDanhSach, type RuleSet } from "../rules";
import { giaTriO } from "./openWorkbook";

export async function docTepDanhSach(file: string, ruleSet: RuleSet, loai: LoaiDanhSach): Promise<KetQuaDanhSach> {
  const ten = basename(file);
  if (!existsSync(file)) return { ok: false, loi: [`${file}: không tìm thấy tệp`] };
  const ext = extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".txt") return docBangDanhSach(docCsv(readFileSync(file, "utf8")), ruleSet, loai, ten);
  if (ext !== ".xlsx") return { ok: false, loi: [`${file}: cần tệp .csv hoặc .xlsx`] };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    return { ok: false, loi: [`${file}: không đọc được sổ Excel (tệp hỏng hoặc không phải .xlsx)`] };
  }
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws?.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = giaTriO(row.getCell(c));
      cells.push(v === null ? "" : typeof v === "object" ? `#${v.loi}` : String(v));
    }
    rows[r - 1] = cells;
  });
  return docBangDanhSach(Array.from(rows, (r) => r ?? []), ruleSet, loai, ten);
}
