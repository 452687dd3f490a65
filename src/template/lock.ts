/**
 * Locking the data (“Chốt số liệu”): a SHA-256 fingerprint of every input value of the unit, with the rule set,
 * its version and the time, kept in a protected sheet together with the values themselves, so a later check can
 * say exactly which input changed (old → new). Pure: hashing is handed in (Node crypto, or Web Crypto in the pane).
 *
 * Two ways of hashing (CHOT_CACH_BAM): 1, the first, covered the indicators and the unit's name, type, public
 * status and year, with the rule set and version; 2, today's, covers every input that decides the result (cấp and
 * bộ tiêu chí too) and the lock time. A lock without CHOT_CACH_BAM is of way 1 and still checks as it did.
 * The hash has no key: it proves the lock sheet agrees with itself, not who made it (see README, “Chốt số liệu và
 * niêm phong”); only the council's register, which keeps the fingerprint as received, detects one made again.
 */
import { RULE_SETS, TEN_TRUONG, THONG_BAO_CHOT, gioViet, isBoTieuChiId, type BoTieuChiId, type RuleSet } from "../rules";
import { DV, HAU_TO_TRUONG } from "./names";
import { tenCacONhap, type GiaTriO } from "./readInputs";
import { SheetBuilder } from "./sheetBuilder";
import type { SheetSpec } from "./model";

export const TEN_SHEET_CHOT = "Chốt số liệu";
export const CHOT = {
  maBam: "CHOT_MA_BAM",
  /** ISO 8601 (UTC), for programs; covered by the way-2 fingerprint. */
  thoiDiem: "CHOT_THOI_DIEM",
  boTieuChi: "CHOT_BO_TIEU_CHI",
  phienBan: "CHOT_PHIEN_BAN",
  /** The way of hashing (2); absent on a lock of way 1. */
  cachBam: "CHOT_CACH_BAM",
  /** The lock time as people read it (“dd/mm/yyyy hh:mm”, Việt Nam): what the printed documents show. */
  gioViet: "CHOT_GIO_VIET",
} as const;
export const DONG_DAU_CHOT = 8;
/** The way `taoBanChot` hashes today. */
export const CACH_BAM = 2;

export type Bam = (text: string) => Promise<string>;

export interface BanChot {
  /** 1: the first way (no cấp, bộ tiêu chí, time); 2: today's (noiDungBamV2). */
  cachBam: 1 | 2;
  boTieuChi: BoTieuChiId;
  phienBan: string;
  /** ISO 8601 in UTC (“…Z”), machine-readable; people are shown gioViet(thoiDiem). */
  thoiDiem: string;
  maBam: string;
  giaTri: Map<string, GiaTriO>;
  /** Why the lock sheet cannot be trusted as read (an unknown rule set, say); the check reports it as edited. */
  hong?: string;
}

/** The inputs a lock of way 1 covers: the unit's, without the council's, cấp and bộ tiêu chí (also the audit log's). */
export function tenCacONhapChot(ruleSet: RuleSet): string[] {
  return tenCacONhap(ruleSet).filter((n) => !n.includes("_HOIDONG") && n !== DV.cap && n !== DV.boTieuChi);
}

/**
 * The inputs a lock of way 2 covers: every input that decides the result — the unit's fields (name, type, public,
 * year, cấp, bộ tiêu chí) and every indicator's — and not the council's (the council reviews after the data is locked).
 */
export function giaTriNiemPhong(ruleSet: RuleSet): string[] {
  return tenCacONhap(ruleSet).filter((n) => !n.includes("_HOIDONG"));
}

const theoTen = (giaTri: ReadonlyMap<string, GiaTriO>) => [...giaTri.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The exact text hashed by a lock of way 1: rule set, version and every value, sorted by name. */
export function noiDungBam(boTieuChi: string, phienBan: string, giaTri: ReadonlyMap<string, GiaTriO>): string {
  return JSON.stringify({ boTieuChi, phienBan, giaTri: theoTen(giaTri) });
}

/** The exact text hashed by a lock of way 2: the way itself, rule set, version, lock time (ISO) and every value by name. */
export function noiDungBamV2(boTieuChi: string, phienBan: string, thoiDiem: string, giaTri: ReadonlyMap<string, GiaTriO>): string {
  return JSON.stringify({ cachBam: 2, boTieuChi, phienBan, thoiDiem, giaTri: theoTen(giaTri) });
}

/** The text a lock's fingerprint must be the hash of, by its way. */
export function noiDungBamCua(ban: Pick<BanChot, "cachBam" | "boTieuChi" | "phienBan" | "thoiDiem" | "giaTri">): string {
  return ban.cachBam === 2 ? noiDungBamV2(ban.boTieuChi, ban.phienBan, ban.thoiDiem, ban.giaTri) : noiDungBam(ban.boTieuChi, ban.phienBan, ban.giaTri);
}

/** A lock of today's way (2); `giaTri` holds the values of giaTriNiemPhong(ruleSet) the workbook has. */
export async function taoBanChot(ruleSet: RuleSet, giaTri: Map<string, GiaTriO>, bam: Bam, thoiDiem = new Date().toISOString()): Promise<BanChot> {
  const ban = { cachBam: CACH_BAM, boTieuChi: ruleSet.id, phienBan: ruleSet.phienBan, thoiDiem, giaTri } as const;
  return { ...ban, maBam: await bam(noiDungBamCua(ban)) };
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
  b.set({ ref: "B3", value: gioViet(ban.thoiDiem), style: "label", ...(ban.cachBam === 2 ? { name: CHOT.gioViet } : {}) });
  b.set({ ref: "C3", value: ban.thoiDiem, style: "label", name: CHOT.thoiDiem });
  b.set({ ref: "A4", value: "Bộ tiêu chí", style: "labelBold" });
  b.set({ ref: "B4", value: ban.boTieuChi, style: "label", name: CHOT.boTieuChi });
  b.set({ ref: "A5", value: "Phiên bản quy tắc", style: "labelBold" });
  b.set({ ref: "B5", value: ban.phienBan, style: "label", name: CHOT.phienBan });
  if (ban.cachBam === 2) {
    b.set({ ref: "A6", value: THONG_BAO_CHOT.tieuDeCachBam, style: "labelBold" });
    b.set({ ref: "B6", value: ban.cachBam, style: "label", name: CHOT.cachBam });
    b.merged("C6", "D6", { value: THONG_BAO_CHOT.moTaCachBam, style: "label" });
  }
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

/** "2" or 2 → 2; absent → 1 (a lock made before CHOT_CACH_BAM); anything else is not a way dvht knows. */
function docCachBam(nguon: { has(ten: string): boolean; get(ten: string): GiaTriO }): 1 | 2 | string {
  if (!nguon.has(CHOT.cachBam)) return 1;
  const v = String(nguon.get(CHOT.cachBam) ?? "").trim();
  return v === "1" ? 1 : v === "2" ? 2 : v;
}

const LA_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

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
  const thoiDiem = String(nguon.get(CHOT.thoiDiem) ?? "");
  const cach = docCachBam(nguon);
  // Never a fallback: a lock naming a rule set we do not have ("constructor", a typo) is not a lock of ours.
  let hong = isBoTieuChiId(bo) ? undefined : THONG_BAO_CHOT.boKhongCo(bo, Object.keys(RULE_SETS));
  if (!hong && typeof cach === "string") hong = THONG_BAO_CHOT.cachBamLa(cach);
  if (!hong && cach === 2) {
    // Way 2 covers the time: it must be one, and the time people read (and the paper prints) must be that time.
    if (!LA_ISO.test(thoiDiem.trim()) || Number.isNaN(Date.parse(thoiDiem))) hong = THONG_BAO_CHOT.thoiDiemSai(thoiDiem);
    else if (!nguon.has(CHOT.gioViet)) hong = THONG_BAO_CHOT.thieuTen([CHOT.gioViet]);
    else if (String(nguon.get(CHOT.gioViet) ?? "") !== gioViet(thoiDiem)) hong = THONG_BAO_CHOT.gioHienSai(String(nguon.get(CHOT.gioViet) ?? ""), gioViet(thoiDiem));
  }
  return {
    ...(hong ? { hong } : {}),
    cachBam: typeof cach === "string" ? 2 : cach,
    boTieuChi: bo as BoTieuChiId,
    phienBan: String(nguon.get(CHOT.phienBan) ?? ""),
    thoiDiem,
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
