/** One unit's line read from a workbook file (Node): opens the file, then the shared core does the rest. */
import { basename } from "node:path";
import { THONG_BAO_SO, type NgayThang } from "../rules";
import { dongTuSo, type DongTongHop, type TepLoi } from "./consolidateCore";
import { sha256 } from "./lockWorkbook";
import { LoiSo, moSo } from "./readWorkbook";

export type { DongTongHop, TepLoi };

export async function docDongTongHop(file: string, homNay: NgayThang): Promise<DongTongHop | TepLoi> {
  try {
    return await dongTuSo(await moSo(file, basename(file)), file, basename(file), homNay, sha256);
  } catch (e) {
    if (e instanceof LoiSo) return { tep: file, lyDo: e.loi.join("; ") };
    return { tep: file, lyDo: THONG_BAO_SO.loiKhiDoc((e as Error).message) };
  }
}
