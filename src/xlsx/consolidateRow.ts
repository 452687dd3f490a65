/** One unit's receipt read from a workbook file (Node): opens the file, then the shared core does the rest. */
import { basename } from "node:path";
import { THONG_BAO_SO } from "../rules";
import { banNhanTuSo, type BanDoc, type TepLoi } from "./consolidateCore";
import { sha256 } from "./lockWorkbook";
import { LoiSo, moSo } from "./readWorkbook";

export type { BanDoc, TepLoi };

export async function docBanNhan(file: string): Promise<BanDoc | TepLoi> {
  try {
    return await banNhanTuSo(await moSo(file, basename(file)), file, basename(file), sha256);
  } catch (e) {
    if (e instanceof LoiSo) return { tep: file, lyDo: e.loi.join("; ") };
    return { tep: file, lyDo: THONG_BAO_SO.loiKhiDoc((e as Error).message) };
  }
}
