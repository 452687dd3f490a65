/** `dvht chot` / `dvht kiem-tra` on files: write the lock sheet into a workbook, and check a workbook against it. */
import { createHash } from "node:crypto";
import { TEN_SHEET_CHOT, giaTriNiemPhong, sheetChot, taoBanChot, type BanChot, type OKetQuaKhac } from "../template";
import { giaTriHienTai, kiemTraSoDaMo, ruleSetCua, type KetQuaKiemTra } from "./lockCheck";
import { LoiSo, docSoDaMo, moSo } from "./readWorkbook";
import { renderSheet } from "./renderWorkbook";
import { writeWorkbookAtomic } from "./writeFile";

export { kiemTraSoDaMo, type KetQuaKiemTra };

export const sha256 = async (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export async function chotSo(file: string, thoiDiem?: string): Promise<BanChot> {
  const so = await moSo(file);
  const ruleSet = ruleSetCua(so, file);
  const ban = await taoBanChot(ruleSet, giaTriHienTai(so, giaTriNiemPhong(ruleSet)), sha256, thoiDiem);
  const cu = so.wb.getWorksheet(TEN_SHEET_CHOT);
  if (cu) so.wb.removeWorksheet(cu.id);
  await renderSheet(so.wb, sheetChot(ban, so.viTri), { ketQua: true });
  // The documents show the fingerprint through the new names (CHOT_MA_BAM, CHOT_GIO_VIET): Excel recomputes them on open.
  so.wb.calcProperties = { ...so.wb.calcProperties, fullCalcOnLoad: true };
  await writeWorkbookAtomic(so.wb, file);
  return ban;
}

export async function kiemTraSo(file: string): Promise<KetQuaKiemTra> {
  return kiemTraSoDaMo(await moSo(file), file, sha256);
}

/**
 * `dvht kiem-tra`: the lock, and the stored results that are not what the inputs give. `loiKetQua`: why the results
 * could not be checked (inputs the rules refuse), in place of the list.
 */
export async function kiemTraSoVaKetQua(file: string): Promise<{ chot: KetQuaKiemTra; oKetQuaKhac: OKetQuaKhac[]; loiKetQua?: string }> {
  const so = await moSo(file);
  const chot = await kiemTraSoDaMo(so, file, sha256);
  try {
    return { chot, oKetQuaKhac: docSoDaMo(so, file).oKetQuaKhac };
  } catch (e) {
    if (e instanceof LoiSo) return { chot, oKetQuaKhac: [], loiKetQua: e.loi.join("; ") };
    throw e;
  }
}
