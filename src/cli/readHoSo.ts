/** Reads a hồ sơ from a file and validates it; every failure is a LoiNhap with Vietnamese lines. */
import { readFileSync } from "node:fs";
import { THONG_BAO, validateHoSo, type HoSo } from "../rules";
import { LoiNhap } from "./io";

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new LoiNhap([`${file}: ${THONG_BAO.khongDocDuocTep(file, lyDoHeThong(e))}`]);
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new LoiNhap([`${file}: ${THONG_BAO.tepRong}`]);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LoiNhap([`${file}: ${THONG_BAO.khongDocDuocJson((e as Error).message)}`]);
  }
}

export function readHoSoJson(file: string): HoSo {
  const checked = validateHoSo(readJsonFile(file));
  if (!checked.ok) throw new LoiNhap(checked.loi);
  return checked.hoSo;
}

function lyDoHeThong(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "không tìm thấy tệp";
  if (code === "EISDIR") return "đây là thư mục, không phải tệp";
  if (code === "EACCES") return "không có quyền đọc";
  return (e as Error).message;
}
