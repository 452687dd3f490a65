/**
 * The one converter of raw cell values, shared by the ExcelJS reader (files) and the Office.js reader (inside
 * Excel), so the same cell reads the same way on both paths. Pure: it knows neither library, only the shapes
 * their values come in.
 *
 * - blank, and the empty string (a formula's "" or a cleared cell) → null;
 * - text → NFC (a name typed with combining accents, "Có" as C + o + U+0301, compares equal to the precomposed one);
 *   text stays text, even when it looks like a number: the sheet's own formulas (ISNUMBER) do not take "12" as 12;
 * - a date (ExcelJS gives a Date for a date-formatted number) → its Excel serial number, which is what Office.js
 *   gives and what the sheet's formulas compute with;
 * - an Excel error (ExcelJS { error }, Office.js a text whose type is "Error") → { loi };
 * - rich text and hyperlinks → their text; a formula → its cached result.
 */
import type { GiaTriO } from "./readInputs";

/** Days from Excel's day 0 (1899-12-30 in the 1900 date system, the 1900 leap-year bug included) to 1970-01-01. */
const NGAY_0_EXCEL = Date.UTC(1899, 11, 30);

export function soSeriTuNgay(d: Date): number {
  return (d.getTime() - NGAY_0_EXCEL) / 86_400_000;
}

/**
 * A raw value as a reader gets it → the cell's plain value. `kieu` is Office.js's valueType ("Error", "Empty",
 * "String", "Double", "Boolean"), absent for ExcelJS values.
 */
export function giaTriTuTho(value: unknown, kieu?: string): GiaTriO {
  if (kieu === "Error") return { loi: String(value) };
  if (kieu === "Empty" || value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value.normalize("NFC");
  if (typeof value === "number") return Number.isFinite(value) ? value : { loi: "#NUM!" };
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { loi: "#VALUE!" } : soSeriTuNgay(value);
  if (typeof value !== "object") return String(value);
  const o = value as Record<string, unknown>;
  if ("error" in o) return { loi: String(o.error) };
  if (Array.isArray(o.richText)) return giaTriTuTho((o.richText as { text?: unknown }[]).map((t) => String(t.text ?? "")).join(""));
  if ("formula" in o || "sharedFormula" in o) return giaTriTuTho(o.result);
  if ("text" in o) return giaTriTuTho(typeof o.text === "object" ? o.text : String(o.text ?? ""));
  return null;
}

/** A document date "yyyy-mm-dd" or time "yyyy-mm-ddThh:mm" (rules/vanBanSchema) → its serial number (days, then the time as a fraction). */
export function soSeriTuIso(iso: string): number {
  const [ngay, gio = "00:00"] = iso.split("T");
  const [nam, thang, d] = ngay.split("-").map(Number);
  const [h, m] = gio.split(":").map(Number);
  return (Date.UTC(nam, thang - 1, d) - NGAY_0_EXCEL) / 86_400_000 + (h * 60 + m) / 1440;
}

/** A serial number → "yyyy-mm-dd" (coGio false) or "yyyy-mm-ddThh:mm", to the nearest minute. */
export function isoTuSoSeri(n: number, coGio: boolean): string {
  const d = new Date(NGAY_0_EXCEL + Math.round(n * 1440) * 60_000);
  const hai = (x: number) => String(x).padStart(2, "0");
  const ngay = `${d.getUTCFullYear()}-${hai(d.getUTCMonth() + 1)}-${hai(d.getUTCDate())}`;
  return coGio ? `${ngay}T${hai(d.getUTCHours())}:${hai(d.getUTCMinutes())}` : ngay;
}
