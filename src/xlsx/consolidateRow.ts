/** One unit's receipt read from a workbook file (Node): opens the file, then the shared core does the rest. */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { inflateRawSync } from "node:zlib";
import { THONG_BAO_SO } from "../rules";
import { banNhanTuSo, type BanDoc, type TepLoi } from "./consolidateCore";
import { sha256 } from "./lockWorkbook";
import { lyDoKhongMoDuoc } from "./openWorkbook";
import { moSoNhanhTuByte } from "./readLight";
import { LoiSo, moSo, type SoMo } from "./readWorkbook";

export type { BanDoc, TepLoi };

const giaiNen = (raw: Uint8Array) => inflateRawSync(raw);

/**
 * Opens a workbook file for reading its names: the light reader first (only the parts the names need), the full one
 * (ExcelJS) when the light one cannot — so a file that is not a readable .xlsx gets moSo's message. Throws LoiSo.
 */
export async function moSoNhanh(file: string): Promise<SoMo> {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return moSo(file, basename(file)); // its message: not found, a folder, no permission
  }
  // A sheet found broken only when read (parts are inflated then) gets the message the full reader gives the file.
  const loiHong = () => new LoiSo([`${basename(file)}: ${lyDoKhongMoDuoc(data)}`]);
  return moSoNhanhTuByte(data, basename(file), { giaiNen, loiHong });
}

export async function docBanNhan(file: string): Promise<BanDoc | TepLoi> {
  try {
    return await banNhanTuSo(await moSoNhanh(file), file, basename(file), sha256);
  } catch (e) {
    if (e instanceof LoiSo) return { tep: file, lyDo: e.loi.join("; ") };
    return { tep: file, lyDo: THONG_BAO_SO.loiKhiDoc((e as Error).message) };
  }
}
