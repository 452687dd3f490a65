/**
 * What a Minh chứng text cites, defined once. The engine reads a cell or a hồ sơ through `maMinhChung`; the workbook's
 * formulas are generated from the same two lists of characters (src/template/evidenceFormulas.ts), so a text pasted
 * from Word (non-breaking spaces), from a web page (zero-width spaces) or typed with only separators is judged alike
 * everywhere: “Các tiêu chí, chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt” (seed 000).
 */

/**
 * Characters that show as blank (code points): spaces of every width a clerk can paste — tab, space, no-break space
 * (Word), en/em/figure/thin/narrow no-break spaces, zero-width space and word joiner (web pages), the byte-order mark,
 * ideographic space. They surround codes; a code never consists of them.
 */
export const KY_TU_TRANG: readonly number[] = [0x09, 0x20, 0xa0, 0x2002, 0x2003, 0x2007, 0x2009, 0x200b, 0x202f, 0x2060, 0x3000, 0xfeff];

/** Characters that separate codes: comma, semicolon and line breaks (Alt+Enter in a cell gives LF, pasted text CR LF). */
export const DAU_PHAN_CACH: readonly number[] = [0x2c, 0x3b, 0x0a, 0x0d];

/** The separator the workbook's formulas turn every other separator into. */
export const DAU_PHAN_CACH_CHUAN = ",";

const lop = (cps: readonly number[]) => cps.map((cp) => `\\u{${cp.toString(16)}}`).join("");
const TACH = new RegExp(`[${lop(DAU_PHAN_CACH)}]`, "u");
const TRANG_DAU_CUOI = new RegExp(`^[${lop(KY_TU_TRANG)}]+|[${lop(KY_TU_TRANG)}]+$`, "gu");
const TRANG = new RegExp(`[${lop(KY_TU_TRANG)}]`, "gu");

/** The cited codes of a Minh chứng text: split at the separators, blank characters around each code removed. */
export function maMinhChung(text: string): string[] {
  return text
    .split(TACH)
    .map((s) => s.replace(TRANG_DAU_CUOI, ""))
    .filter((s) => s.length > 0);
}

/** A text has evidence when it cites at least one code: it holds something besides blanks and separators. */
export function coMinhChung(text: string): boolean {
  return maMinhChung(text).length > 0;
}

/**
 * The form in which two codes are compared: blank characters removed everywhere, case ignored ("TC1-01" cites
 * "tc1 - 01"). The Danh mục minh chứng compares exactly these keys, so "MC1" is not cited by "MC10".
 */
export function khoaMaMinhChung(ma: string): string {
  return ma.replace(TRANG, "").toLowerCase();
}

/** Whether a code of the Danh mục minh chứng is cited by any of the Minh chứng texts (whole codes only). */
export function duocTrichDan(ma: string, cacMinhChung: readonly string[]): boolean {
  const khoa = khoaMaMinhChung(ma);
  return khoa.length > 0 && cacMinhChung.some((t) => maMinhChung(t).some((m) => khoaMaMinhChung(m) === khoa));
}
