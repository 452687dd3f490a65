/**
 * Rates: parsing a typed rate and comparing shares with thresholds exactly (SPEC §2 rules 7–8).
 * Counts are compared in integers; typed rates without rounding, with only a 1e-9 point tolerance
 * so that binary floating point (0.95 × 100 = 94.99999999999999) does not fail a passing rate.
 */

export const DUNG_SAI_DIEM_PHAN_TRAM = 1e-9;

/** soDat / tongSo ≥ nguong % — in integers, never through a rounded quotient. */
export function demDatNguong(soDat: number, tongSo: number, nguong: number): boolean {
  // Thresholds may one day have decimals (e.g. 97.5): scale both sides by 10^k to keep integers.
  const scale = 10 ** soChuSoThapPhan(nguong);
  return BigInt(soDat) * 100n * BigInt(scale) >= BigInt(Math.round(nguong * scale)) * BigInt(tongSo);
}

/** A typed rate in percentage points meets the threshold; no rounding before comparison. */
export function tyLeDatNguong(diemPhanTram: number, nguong: number): boolean {
  return diemPhanTram >= nguong - DUNG_SAI_DIEM_PHAN_TRAM;
}

/** Rate of counts in percentage points, rounded down to two decimals (display only). */
export function tyLeHienThiTuDem(soDat: number, tongSo: number): number {
  return Number((BigInt(soDat) * 10000n) / BigInt(tongSo)) / 100;
}

/** A typed rate rounded down to two decimals for display, after the same tolerance as comparisons. */
export function tyLeHienThi(diemPhanTram: number): number {
  return Math.floor((diemPhanTram + DUNG_SAI_DIEM_PHAN_TRAM) * 100) / 100;
}

function soChuSoThapPhan(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

export type KetQuaDocTyLe = { ok: true; diemPhanTram: number } | { ok: false; loi: string };

const MAU_TY_LE = /^\+?(\d+(?:[.,]\d+)?|[.,]\d+)\s*(%?)$/;

/**
 * Reads a rate typed as a fraction (0.935, an Excel percent cell), as points (93.5) or as text
 * ("93,5%", "93.5 %", "0,935"). Numbers in [0, 1] are fractions, in (1, 100] points; text with a
 * percent sign is always points. Anything else is an error with a Vietnamese reason.
 */
export function docTyLe(value: unknown): KetQuaDocTyLe {
  if (typeof value === "number") return tuSo(value);
  if (typeof value === "string") {
    const text = value.trim().replace(/\u00a0/g, " ");
    const match = MAU_TY_LE.exec(text);
    if (!match) return { ok: false, loi: `không đọc được tỷ lệ "${value}" (ví dụ hợp lệ: 0,935; 93,5; "93,5%")` };
    const so = Number(match[1].replace(",", "."));
    if (match[2] === "%") {
      return so <= 100 ? { ok: true, diemPhanTram: so } : { ok: false, loi: `tỷ lệ ${value.trim()} lớn hơn 100%` };
    }
    return tuSo(so);
  }
  return { ok: false, loi: "tỷ lệ phải là số hoặc chuỗi như \"93,5%\"" };
}

function tuSo(value: number): KetQuaDocTyLe {
  if (!Number.isFinite(value)) return { ok: false, loi: "tỷ lệ phải là một số hữu hạn" };
  if (value < 0) return { ok: false, loi: `tỷ lệ (${value}) không được âm` };
  if (value <= 1) return { ok: true, diemPhanTram: value * 100 };
  if (value <= 100) return { ok: true, diemPhanTram: value };
  return { ok: false, loi: `tỷ lệ (${value}) lớn hơn 100: nhập phân số từ 0 đến 1 hoặc số phần trăm từ 1 đến 100` };
}

/** A displayed rate (points, two decimals) as the fraction a 0.00% cell holds: 89.99 → 0.8999, not 0.89989…. */
export function phanSoCuaTyLeHienThi(diemHienThi: number): number {
  return Math.round(diemHienThi * 100) / 10000;
}
