/** Checking a workbook against its lock sheet: browser-safe (hashing handed in), used by the CLI and consolidation. */
import { RULE_SETS, THONG_BAO_SO } from "../rules";
import {
  DONG_DAU_CHOT,
  DV,
  TEN_SHEET_CHOT,
  docBanChot,
  docBoTieuChi,
  noiDungBam,
  soSanhChot,
  tenCacONhapChot,
  type Bam,
  type BanChot,
  type GiaTriO,
  type ThayDoi,
} from "../template";
import { LoiSo, type SoMo } from "./openWorkbook";

export function ruleSetCua(so: SoMo, tenTep: string) {
  if (!so.viTri.has(DV.loai)) throw new LoiSo([THONG_BAO_SO.khongPhaiMau(tenTep, `tên ${DV.loai}`)]);
  const bo = docBoTieuChi(so.get(DV.boTieuChi), so.get(DV.cap));
  if (!bo) throw new LoiSo([`${tenTep}: ${THONG_BAO_SO.khongRoBo(Object.keys(RULE_SETS))}`]);
  return RULE_SETS[bo];
}

export function giaTriHienTai(so: SoMo, names: readonly string[]): Map<string, GiaTriO> {
  return new Map(names.filter((n) => so.viTri.has(n)).map((n) => [n, so.get(n)]));
}

export type KetQuaKiemTra =
  | { trangThai: "chua-chot" }
  | { trangThai: "bang-chot-bi-sua"; ban: BanChot; lyDo?: string }
  | { trangThai: "khop" | "thay-doi"; ban: BanChot; thayDoi: ThayDoi[]; phienBanHienTai: string };

/** The same check on a workbook already open (consolidation reads each file once); hashing handed in. */
export async function kiemTraSoDaMo(so: SoMo, file: string, bam: Bam): Promise<KetQuaKiemTra> {
  const ruleSet = ruleSetCua(so, file);
  const dong = so.dongSheet(TEN_SHEET_CHOT, DONG_DAU_CHOT, 4);
  const ban = dong ? docBanChot({ has: (t) => so.viTri.has(t), get: so.get }, dong) : undefined;
  if (!ban) return { trangThai: "chua-chot" };
  if (ban.hong) return { trangThai: "bang-chot-bi-sua", ban, lyDo: ban.hong };
  // The lock sheet protects itself: its values must still give its fingerprint.
  if ((await bam(noiDungBam(ban.boTieuChi, ban.phienBan, ban.giaTri))) !== ban.maBam) return { trangThai: "bang-chot-bi-sua", ban };
  const thayDoi = soSanhChot(ban, giaTriHienTai(so, tenCacONhapChot(ruleSet)));
  return { trangThai: thayDoi.length ? "thay-doi" : "khop", ban, thayDoi, phienBanHienTai: ruleSet.phienBan };
}
