/**
 * Reads a roster file (CSV or tab-separated text in any of the encodings clerks save, or .xlsx; the header within
 * the first rows) into rows of text for the shared roster reader.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { THONG_BAO_SO, docBangDanhSach, docCsvTuByte, moTaCachDocCsv, type KetQuaDanhSach, type LoaiDanhSach, type RuleSet } from "../rules";
import { lyDoKhongMoDuoc } from "./openWorkbook";
import { hangTuSo } from "./rosterRows";

export async function docTepDanhSach(file: string, ruleSet: RuleSet, loai: LoaiDanhSach): Promise<KetQuaDanhSach> {
  const ten = basename(file);
  if (!existsSync(file)) return { ok: false, loi: [`${file}: ${THONG_BAO_SO.khongTimThayTep}`] };
  const ext = extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") {
    const csv = docCsvTuByte(readFileSync(file));
    return docBangDanhSach(csv.rows, ruleSet, loai, ten, moTaCachDocCsv(csv));
  }
  if (ext !== ".xlsx") return { ok: false, loi: [`${file}: ${THONG_BAO_SO.canCsvHoacXlsx}`] };
  const data = readFileSync(file);
  const rows = await hangTuSo(data);
  if (!rows) return { ok: false, loi: [`${file}: ${lyDoKhongMoDuoc(data)}`] };
  return docBangDanhSach(rows, ruleSet, loai, ten);
}
