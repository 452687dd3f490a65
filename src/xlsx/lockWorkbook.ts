/** `dvht chot` / `dvht kiem-tra` on files: write the lock sheet into a workbook, and check a workbook against it. */
import { createHash } from "node:crypto";
import { TEN_SHEET_CHOT, sheetChot, taoBanChot, tenCacONhapChot, type BanChot } from "../template";
import { giaTriHienTai, kiemTraSoDaMo, ruleSetCua, type KetQuaKiemTra } from "./lockCheck";
import { moSo } from "./readWorkbook";
import { renderSheet } from "./renderWorkbook";
import { writeWorkbookAtomic } from "./writeFile";

export { kiemTraSoDaMo, type KetQuaKiemTra };

export const sha256 = async (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export async function chotSo(file: string, thoiDiem?: string): Promise<BanChot> {
  const so = await moSo(file);
  const ruleSet = ruleSetCua(so, file);
  const ban = await taoBanChot(ruleSet, giaTriHienTai(so, tenCacONhapChot(ruleSet)), sha256, thoiDiem);
  const cu = so.wb.getWorksheet(TEN_SHEET_CHOT);
  if (cu) so.wb.removeWorksheet(cu.id);
  await renderSheet(so.wb, sheetChot(ban, so.viTri), { ketQua: true });
  await writeWorkbookAtomic(so.wb, file);
  return ban;
}

export async function kiemTraSo(file: string): Promise<KetQuaKiemTra> {
  return kiemTraSoDaMo(await moSo(file), file, sha256);
}
