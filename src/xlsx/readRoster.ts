/** Reads a roster file (CSV or .xlsx, header in the first row) into rows of text for the shared roster reader. */
import { existsSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { docBangDanhSach, docCsv, type KetQuaDanhSach, type LoaiDanhSach, type RuleSet } from "../rules";
import { lyDoKhongMoDuoc } from "./openWorkbook";
import { hangTuSo } from "./rosterRows";

export async function docTepDanhSach(file: string, ruleSet: RuleSet, loai: LoaiDanhSach): Promise<KetQuaDanhSach> {
  const ten = basename(file);
  if (!existsSync(file)) return { ok: false, loi: [`${file}: không tìm thấy tệp`] };
  const ext = extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".txt") return docBangDanhSach(docCsv(readFileSync(file, "utf8")), ruleSet, loai, ten);
  if (ext !== ".xlsx") return { ok: false, loi: [`${file}: cần tệp .csv hoặc .xlsx`] };
  const data = readFileSync(file);
  const rows = await hangTuSo(data);
  if (!rows) return { ok: false, loi: [`${file}: ${lyDoKhongMoDuoc(data)}`] };
  return docBangDanhSach(rows, ruleSet, loai, ten);
}
