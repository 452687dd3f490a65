/**
 * Locking the data (“Chốt số liệu”): a SHA-256 fingerprint of every input value of the unit, with the rule set,
 * its version and the time, kept in a protected sheet together with the values themselves, so a later check can
 * say exactly which input changed (old → new). Pure: hashing is handed in (Node crypto, or Web Crypto in the pane).
 */
import { RULE_SETS, TEN_TRUONG, THONG_BAO_CHOT, gioViet, isBoTieuChiId, type BoTieuChiId, type RuleSet } from "../rules";
import { DV, HAU_TO_TRUONG } from "./names";
import { tenCacONhap, type GiaTriO } from "./readInputs";
import { SheetBuilder } from "./sheetBuilder";
import type { SheetSpec } from "./model";

export const TEN_SHEET_CHOT = "Chốt số liệu";
export const CHOT = { maBam: "CHOT_MA_BAM", thoiDiem: "CHOT_THOI_DIEM", boTieuChi: "CHOT_BO_TIEU_CHI", phienBan: "CHOT_PHIEN_BAN" } as const;
export const DONG_DAU_CHOT = 8;

export type Bam = (text: string) => Promise<string>;

export interface BanChot {
  boTieuChi: BoTieuChiId;
  phienBan: string;
  /** ISO 8601 in UTC (“…Z”), machine-readable; people are shown gioViet(thoiDiem). */
  thoiDiem: string;
  maBam: string;
  giaTri: Map<string, GiaTriO>;
  /** Why the lock sheet cannot be trusted as read (an unknown rule set, say); the check reports it as edited. */
  hong?: string;
}

/** The unit's inputs (not the council's: the council reviews after the data is locked). */
export function tenCacONhapChot(ruleSet: RuleSet): string[] {
  return tenCacONhap(ruleSet).filter((n) => !n.includes("_HOIDONG") && n !== DV.cap && n !== DV.boTieuChi);
}

/** The exact text that is hashed: rule set, version and every value, sorted by name. */
export function noiDungBam(boTieuChi: string, phienBan: string, giaTri: ReadonlyMap<string, GiaTriO>): string {
  const entries = [...giaTri.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({ boTieuChi, phienBan, giaTri: entries });
}

export async function taoBanChot(ruleSet: RuleSet, giaTri: Map<string, GiaTriO>, bam: Bam, thoiDiem = new Date().toISOString()): Promise<BanChot> {
  return { boTieuChi: ruleSet.id, phienBan: ruleSet.phienBan, thoiDiem, maBam: await bam(noiDungBam(ruleSet.id, ruleSet.phienBan, giaTri)), giaTri };
}

/** What a clerk calls an input: "Chỉ tiêu 2.1 — số đạt", "Thông tin — loại đơn vị". */
export function moTaTen(ten: string): string {
  const dv = Object.entries(DV).find(([, v]) => v === ten);
  if (dv) return `Thông tin — ${TEN_TRUONG[dv[0]] ?? dv[0]}`;
  const m = /^CT_(\d+)_(\d+)_(.+)$/.exec(ten);
  const truong = m && Object.entries(HAU_TO_TRUONG).find(([, v]) => v === m[3]);
  return m && truong ? `Chỉ tiêu ${m[1]}.${m[2]} — ${TEN_TRUONG[truong[0]] ?? truong[0]}` : ten;
}

export function sheetChot(ban: BanChot, viTri: ReadonlyMap<string, { sheet: string; address: string }>): SheetSpec {
  const b = new SheetBuilder(TEN_SHEET_CHOT, [26, 34, 26, 30], { landscape: false, titleRows: `${DONG_DAU_CHOT - 1}:${DONG_DAU_CHOT - 1}` });
  b.merged("A1", "D1", { value: "CHỐT SỐ LIỆU TỰ ĐÁNH GIÁ", style: "title" });
  b.set({ ref: "A2", value: "Mã băm SHA-256", style: "labelBold" });
  b.merged("B2", "D2", { value: ban.maBam, style: "label", name: CHOT.maBam });
  // People read the time in Việt Nam (B3); the name CHOT_THOI_DIEM keeps the ISO text for programs (C3).
  b.set({ ref: "A3", value: "Thời điểm chốt (giờ Việt Nam)", style: "labelBold" });
  b.set({ ref: "B3", value: gioViet(ban.thoiDiem), style: "label" });
  b.set({ ref: "C3", value: ban.thoiDiem, style: "label", name: CHOT.thoiDiem });
  b.set({ ref: "A4", value: "Bộ tiêu chí", style: "labelBold" });
  b.set({ ref: "B4", value: ban.boTieuChi, style: "label", name: CHOT.boTieuChi });
  b.set({ ref: "A5", value: "Phiên bản quy tắc", style: "labelBold" });
  b.set({ ref: "B5", value: ban.phienBan, style: "label", name: CHOT.phienBan });
  ["Tên", "Nội dung", "Ô", "Giá trị đã chốt (JSON)"].forEach((h, i) => b.set({ ref: `${"ABCD"[i]}${DONG_DAU_CHOT - 1}`, value: h, style: "header" }));
  let r = DONG_DAU_CHOT;
  for (const [ten, v] of [...ban.giaTri.entries()].sort(([a], [c]) => (a < c ? -1 : 1))) {
    const o = viTri.get(ten);
    b.set({ ref: `A${r}`, value: ten, style: "text" });
    b.set({ ref: `B${r}`, value: moTaTen(ten), style: "text" });
    b.set({ ref: `C${r}`, value: o ? `'${o.sheet}'!${o.address}` : "", style: "text" });
    b.set({ ref: `D${r}`, value: JSON.stringify(v), style: "text" });
    r++;
  }
  return b.spec;
}

/** Rows of the lock sheet back into a BanChot; undefined when the workbook was never locked. */
export function docBanChot(
  nguon: { has(ten: string): boolean; get(ten: string): GiaTriO },
  dong: readonly (readonly GiaTriO[])[],
): BanChot | undefined {
  if (!nguon.has(CHOT.maBam)) return undefined;
  const giaTri = new Map<string, GiaTriO>();
  for (const [ten, , , json] of dong) {
    if (typeof ten !== "string" || !ten || typeof json !== "string") continue;
    try {
      giaTri.set(ten, JSON.parse(json) as GiaTriO);
    } catch {
      giaTri.set(ten, { loi: "giá trị đã chốt không đọc được" });
    }
  }
  const bo = String(nguon.get(CHOT.boTieuChi) ?? "");
  // Never a fallback: a lock naming a rule set we do not have ("constructor", a typo) is not a lock of ours.
  const hong = isBoTieuChiId(bo) ? undefined : THONG_BAO_CHOT.boKhongCo(bo, Object.keys(RULE_SETS));
  return {
    ...(hong ? { hong } : {}),
    boTieuChi: bo as BoTieuChiId,
    phienBan: String(nguon.get(CHOT.phienBan) ?? ""),
    thoiDiem: String(nguon.get(CHOT.thoiDiem) ?? ""),
    maBam: String(nguon.get(CHOT.maBam) ?? ""),
    giaTri,
  };
}

export interface ThayDoi {
  ten: string;
  cu: GiaTriO;
  moi: GiaTriO;
}

const bang = (a: GiaTriO, b: GiaTriO) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Inputs whose value differs from the locked one (an input added or removed since counts as changed). */
export function soSanhChot(ban: BanChot, hienTai: ReadonlyMap<string, GiaTriO>): ThayDoi[] {
  const names = [...new Set([...ban.giaTri.keys(), ...hienTai.keys()])];
  return names
    .filter((n) => !bang(ban.giaTri.get(n) ?? null, hienTai.get(n) ?? null))
    .map((ten) => ({ ten, cu: ban.giaTri.get(ten) ?? null, moi: hienTai.get(ten) ?? null }));
}

export function hienGiaTri(v: GiaTriO): string {
  if (v === null || v === "") return "(trống)";
  if (typeof v === "object") return `lỗi ${v.loi}`;
  return typeof v === "string" ? `“${v}”` : String(v);
}
