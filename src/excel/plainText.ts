/**
 * Text written through Office.js stays text. Excel parses a string given to range.values or range.formulas as if it
 * were typed: "=…" becomes a formula, and so do "+…", "-…" and "@…" ("- Tổng số chỉ tiêu", a unit named
 * "=HYPERLINK(…)"). A leading apostrophe is Excel's own mark for "text as written": it is not part of the value and
 * range.values reads the text back without it. A text format ("@") is not enough on its own (it is the cell's
 * format, not the value's, and a later paste or reformat loses it), so the apostrophe goes on every such text,
 * and on a text that itself begins with an apostrophe, which Excel would otherwise swallow.
 */
const GIONG_CONG_THUC = /^[=+\-@']/;

export function giuLaChu<T>(v: T): T | string {
  return typeof v === "string" && GIONG_CONG_THUC.test(v) ? `'${v}` : v;
}
