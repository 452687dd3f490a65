/** Checking a workbook against its lock sheet: browser-safe (hashing handed in), used by the CLI and consolidation. */
import { RULE_SETS, THONG_BAO_CHOT, THONG_BAO_SO } from "../rules";
import {
  CHOT,
  DONG_DAU_CHOT,
  DV,
  TEN_SHEET_CHOT,
  docBanChot,
  docBoTieuChi,
  giaTriNiemPhong,
  noiDungBamCua,
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
  /** The names of a lock are still defined but its sheet is gone under its name (deleted, or renamed). */
  | { trangThai: "bang-chot-bi-xoa" }
  /** `ban` is absent when the sheet is there but the names that read it are not. */
  | { trangThai: "bang-chot-bi-sua"; ban?: BanChot; lyDo?: string }
  | { trangThai: "khop" | "thay-doi"; ban: BanChot; thayDoi: ThayDoi[]; phienBanHienTai: string };

/** The names every lock has (way 1 and 2). */
const TEN_CHOT_CHINH = [CHOT.maBam, CHOT.thoiDiem, CHOT.boTieuChi, CHOT.phienBan];

/** The same check on a workbook already open (consolidation reads each file once); hashing handed in. */
export async function kiemTraSoDaMo(so: SoMo, file: string, bam: Bam): Promise<KetQuaKiemTra> {
  const ruleSet = ruleSetCua(so, file);
  const coTen = (t: string) => so.coTen?.(t) ?? so.viTri.has(t);
  const conTen = Object.values(CHOT).filter(coTen);
  const dong = so.dongSheet(TEN_SHEET_CHOT, DONG_DAU_CHOT, 4);
  if (!dong) return conTen.length ? { trangThai: "bang-chot-bi-xoa" } : { trangThai: "chua-chot" };
  // The sheet is there: every name of the lock must still point into it.
  const hong = TEN_CHOT_CHINH.filter((t) => so.viTri.get(t)?.sheet !== TEN_SHEET_CHOT);
  if (hong.length) return { trangThai: "bang-chot-bi-sua", lyDo: THONG_BAO_CHOT.thieuTen(hong) };
  const ban = docBanChot({ has: (t) => so.viTri.get(t)?.sheet === TEN_SHEET_CHOT, get: so.get }, dong);
  if (!ban) return { trangThai: "chua-chot" };
  if (ban.hong) return { trangThai: "bang-chot-bi-sua", ban, lyDo: ban.hong };
  // The lock sheet protects itself: its values (and, way 2, its time) must still give its fingerprint.
  if ((await bam(noiDungBamCua(ban))) !== ban.maBam) return { trangThai: "bang-chot-bi-sua", ban };
  // Way 2 covers cấp and bộ tiêu chí: read what the locked rule set names too, so a changed rule set lists what moved.
  const names = ban.cachBam === 2 ? [...new Set([...ban.giaTri.keys(), ...giaTriNiemPhong(ruleSet)])] : tenCacONhapChot(ruleSet);
  const thayDoi = soSanhChot(ban, giaTriHienTai(so, names));
  return { trangThai: thayDoi.length ? "thay-doi" : "khop", ban, thayDoi, phienBanHienTai: ruleSet.phienBan };
}
