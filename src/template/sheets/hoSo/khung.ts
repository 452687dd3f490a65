/**
 * The frame every printed document of the hồ sơ shares, as Nghị định 30/2020/NĐ-CP lays it out (Phụ lục I): A4,
 * margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13–14 pt; quốc hiệu and tiêu ngữ beside the
 * issuing unit; page numbers in Arabic numerals centred in the top margin, none on a document's first page.
 * Widths are chosen so each page prints at 100 %: nothing is shrunk below the size the style says.
 */
import { XEP_LOAI } from "../../../rules";
import { chuoi } from "../../formulas";
import { DV, KET_LUAN } from "../../names";
import type { CellSpec, PrintOptions } from "../../model";
import { FONT, type StyleName } from "../../styles";
import { SheetBuilder } from "../../sheetBuilder";
import { HS, LE_ND30 } from "../hoSoIn";

/** Width of an A4 portrait page between NĐ 30 margins (165 mm), in column-width characters (≈ 5,25 pt each). */
export const RONG_DOC = 84;
/** The same for A4 landscape (252 mm). */
export const RONG_NGANG = 132;
/** Two columns: the issuing unit's block on the left, the quốc hiệu's on the right (NĐ 30 ô số 1–2). */
export const COT_DOC = [32, RONG_DOC - 32] as const;

/** A document's page setup: its own numbering from 1, the number centred in the top margin, none on page 1. */
export function inVanBan(landscape = false, titleRows?: string): PrintOptions {
  return {
    landscape,
    ...(titleRows ? { titleRows } : {}),
    margins: { ...LE_ND30, header: 0.4, footer: 0.3 },
    header: { center: `&"${FONT}"&13&P` },
    footer: {},
    differentFirst: true,
    firstPageNumber: 1,
    blackAndWhite: true,
  };
}

/** Printed lines of a text in a cell of this width at this size (Times New Roman; generous, so nothing is cut). */
export function soDongIn(text: string, rong: number, pt: number): number {
  // A column character is ≈ 5.25 pt. Times New Roman's lower-case letters average ≈ 0.45 em, capitals ≈ 0.7 em:
  // 0.5 and 0.75 are kept for safety; a line breaks at a word, so a word never counts as split.
  const rongDong = rong * 5.25 - 6;
  return text.split("\n").reduce((n, dong) => {
    let dongIn = 1;
    let x = 0;
    for (const tu of dong.split(" ")) {
      const w = [...tu].reduce((a, c) => a + (c !== c.toLocaleLowerCase("vi") ? 0.75 : 0.5) * pt, 0) + 0.25 * pt;
      if (x > 0 && x + w > rongDong) {
        dongIn++;
        x = 0;
      }
      x += w;
      while (x > rongDong) {
        dongIn++;
        x -= rongDong;
      }
    }
    return n + dongIn;
  }, 0);
}

/** Row height in points that shows the text whole. */
export function caoDongIn(text: string, rong: number, pt: number, min = 0): number {
  return Math.max(min, Math.ceil(soDongIn(text, rong, pt) * pt * 1.18 + 2));
}

const TRONG = "……………";
/** Dotted lines where a narrative is not typed yet. */
const TRONG_DOAN = `"……………………………………………………………………………………"`;
/** Room a narrative's first row keeps before `dvht in` or the pane measures what was typed. */
const MAU_DOAN = "X".repeat(400);
/** A typed text breaks into a second printed row before this many characters (see VanBan.doanDai). */
export const CHU_MOI_DONG_IN = 1000;

/** The two parts a typed text prints in, as the formulas of phanDoanFormula cut it. */
export function tachDoan(text: string, n = CHU_MOI_DONG_IN): [string, string] {
  if (text.length <= n) return [text, ""];
  const dau = text.slice(0, n).replace(/\n/g, " ");
  const cat = dau.lastIndexOf(" ");
  return cat < 0 ? [text.slice(0, n), text.slice(n)] : [text.slice(0, cat), text.slice(cat + 1)];
}

/**
 * Excel/LibreOffice formulas of the two parts of the text in `ten` (tachDoan): the first up to the last space or
 * line break among its first `n` characters, the second the rest (empty when the text is short).
 */
export function phanDoanFormula(ten: string, n = CHU_MOI_DONG_IN): [string, string] {
  const dau = `LEFT(SUBSTITUTE(${ten},CHAR(10)," "),${n})`;
  const soCach = `(LEN(${dau})-LEN(SUBSTITUTE(${dau}," ","")))`;
  const cat = `IF(${soCach}=0,${n}+1,FIND(CHAR(1),SUBSTITUTE(${dau}," ",CHAR(1),${soCach})))`;
  const ngan = `LEN(${ten})<=${n}`;
  return [
    `IF(${ngan},${ten},LEFT(${ten},${cat}-1))`,
    `IF(${ngan},"",MID(${ten},${cat}+IF(${soCach}=0,0,1),${2 * n + n}))`,
  ];
}
export const hoacCham = (ten: string, cham = TRONG) => `IF(${ten}="",${chuoi(cham)},${ten})`;
export const tenDonVi = hoacCham(DV.ten);
export const namDanhGia = hoacCham(DV.nam, "……");

/** Draft while anything lacks data (SPEC §2 "What each outcome sends"). */
export const LA_DU_THAO = `${KET_LUAN}=${chuoi(XEP_LOAI["chua-du-du-lieu"])}`;
/** The unit reached a level: the hồ sơ asks for recognition at it. */
export const LA_DAT = `OR(${KET_LUAN}=${chuoi(XEP_LOAI["muc-do-1"])},${KET_LUAN}=${chuoi(XEP_LOAI["muc-do-2"])})`;
export const DU_THAO = "DỰ THẢO";

/** "ngày 05 tháng 01 năm 2026" (NĐ 30: a zero before days under 10 and months 1, 2), dotted while the date is blank. */
export function ngayVietFormula(ngay: string): string {
  return `IF(ISNUMBER(${ngay}),"ngày "&RIGHT("0"&DAY(${ngay}),2)&" tháng "&IF(MONTH(${ngay})<3,"0","")&MONTH(${ngay})&" năm "&YEAR(${ngay}),"ngày …… tháng …… năm ……")`;
}

/** "…… giờ …… ngày …" of a date-time cell. */
export function gioVietFormula(gio: string): string {
  return `IF(ISNUMBER(${gio}),RIGHT("0"&HOUR(${gio}),2)&" giờ "&RIGHT("0"&MINUTE(${gio}),2)&" phút, "&${ngayVietFormula(gio)},"…… giờ …… ngày …… tháng …… năm ……")`;
}

/** "Hà Nội, ngày 05 tháng 01 năm 2026". */
export function diaDanhNgayFormula(ngay: string): string {
  return `${hoacCham(HS.diaDanh)}&", "&${ngayVietFormula(ngay)}`;
}

/** A builder of a printed document: rows laid one after another, each with the height its text needs. */
export class VanBan {
  readonly b: SheetBuilder;
  row = 1;
  /** First column of the right-hand blocks (quốc hiệu, signer); the unit's blocks take the columns before it. */
  readonly tach: number;
  constructor(
    name: string,
    readonly cot: readonly number[],
    print: PrintOptions,
    tach?: number,
  ) {
    this.tach = tach ?? cot.length;
    this.b = new SheetBuilder(name, cot, print, true);
    this.b.spec.dongTheoChu = true;
  }

  get rong(): number {
    return this.cot.reduce((a, b) => a + b, 0);
  }

  /** Width of columns from..to (1-based). */
  rongTu(tu: number, den: number): number {
    return this.cot.slice(tu - 1, den).reduce((a, b) => a + b, 0);
  }

  /** A paragraph across the page. `mau` is the longest text it may show (for its height). */
  doan(cell: Omit<CellSpec, "ref">, style: StyleName = "docText", mau?: string, pt = 13): number {
    const r = this.row;
    const last = String.fromCharCode(64 + this.cot.length);
    this.b.merged(`A${r}`, `${last}${r}`, { ...cell, style });
    const text = mau ?? String(cell.value ?? cell.result ?? "");
    this.b.height(r, caoDongIn(text, this.rong, pt, pt * 1.25 + 4));
    this.row++;
    return r;
  }

  /**
   * A typed text (up to 2 000 characters) over two rows: Excel's tallest row (409 pt) holds about 1 800
   * characters at 13 pt, so the text breaks at the last space or line break before character 1 000 and goes on in
   * the next row. `truoc` is put before it (a formula), `sau` after it on the second row, `trong` shows while nothing
   * is typed; with `anKhiTrong` both rows show nothing then (and are not printed).
   */
  doanDai(ten: string, o: { truoc?: string; sau?: string; trong?: string; anKhiTrong?: boolean; mau?: string; style?: StyleName } = {}): number {
    const [dau, tiep] = phanDoanFormula(ten);
    const style = o.style ?? "docText";
    const truoc = o.truoc ? `${o.truoc}&` : "";
    const trong = o.anKhiTrong ? `""` : o.trong ?? TRONG_DOAN;
    const dong1 = o.anKhiTrong ? `IF(${ten}="","",${truoc}${dau})` : `${truoc}IF(${ten}="",${trong},${dau})`;
    const dong2 = o.sau ? `IF(${tiep}="",${o.sau},${tiep}&" "&${o.sau})` : tiep;
    // Sized for the text the hồ sơ has when the workbook is made from one, else room for a paragraph; the second
    // row nearly closed while empty (the pane and `dvht in` size both to what is typed later).
    const [p1, p2] = tachDoan(o.mau ?? "");
    const r = this.doan({ formula: dong1, result: "" }, style, soDongIn(p1, this.rong, 13) > soDongIn(MAU_DOAN, this.rong, 13) ? p1 : MAU_DOAN);
    this.doan({ formula: dong2, result: "" }, style, p2 || o.sau && "X".repeat(120));
    if (!p2 && !o.sau) this.b.height(r + 1, 3);
    return r;
  }

  /** An empty line. */
  cach(cao = 8): void {
    this.b.height(this.row, cao);
    this.row++;
  }

  /** The DỰ THẢO mark on the first line, shown while the conclusion lacks data. */
  duThao(): void {
    const last = String.fromCharCode(64 + this.cot.length);
    this.b.merged(`A${this.row}`, `${last}${this.row}`, { formula: `IF(${LA_DU_THAO},${chuoi(DU_THAO)},"")`, result: "", style: "docDraft" });
    this.b.height(this.row, 18);
    this.row++;
  }

  /**
   * Quốc hiệu, tiêu ngữ and the issuing unit (NĐ 30 ô 1–2), then số/ký hiệu and place/date (ô 3–4) when given.
   * Left block: cơ quan chủ quản, the unit in bold; right: CỘNG HÒA … / Độc lập - Tự do - Hạnh phúc.
   */
  dau(so?: { formula: string; result: string }, ngay?: { formula: string; result: string }): void {
    const r = this.row;
    const b = this.b;
    const n = this.cot.length;
    const c = (i: number) => String.fromCharCode(64 + i);
    const trai = (row: number, cell: Omit<CellSpec, "ref">) => b.merged(`A${row}`, `${c(this.tach - 1)}${row}`, cell);
    const phai = (row: number, cell: Omit<CellSpec, "ref">) => b.merged(`${c(this.tach)}${row}`, `${c(n)}${row}`, cell);
    trai(r, { formula: `UPPER(${hoacCham(HS.coQuanChuQuan, "CƠ QUAN CHỦ QUẢN")})`, result: "CƠ QUAN CHỦ QUẢN", style: "docHead" });
    phai(r, { value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: "docHeadBold" });
    trai(r + 1, { formula: `UPPER(${tenDonVi})`, result: TRONG, style: "docHeadBold" });
    phai(r + 1, { value: "Độc lập - Tự do - Hạnh phúc", style: "docMottoBold" });
    trai(r + 2, { value: "―――――", style: "docCenter" });
    phai(r + 2, { value: "――――――――――――――", style: "docCenter" });
    b.height(r, 20);
    b.height(r + 1, 36);
    b.height(r + 2, 14);
    this.row = r + 3;
    if (so || ngay) {
      if (so) trai(this.row, { ...so, style: "docCenter" });
      if (ngay) phai(this.row, { ...ngay, style: "docItalic" });
      b.height(this.row, 22);
      this.row++;
    }
    this.cach(10);
  }

  /**
   * Signatures side by side: each a title, an instruction in italics, room to sign and a name (formula or dotted).
   * `trai` may be the Nơi nhận block instead.
   */
  kyTen(cot: readonly { chucDanh: string; huongDan?: string; ten?: string; style?: StyleName }[], noiNhan?: string, choKy = 20): void {
    const r = this.row;
    const b = this.b;
    const n = this.cot.length;
    const o = (c: number, row: number) => `${String.fromCharCode(64 + c)}${row}`;
    // Nơi nhận sits at the left under the text, the signer at the right (NĐ 30 ô 7–9).
    const t = this.tach;
    const vung = cot.length === 1 ? [[t, n]] : [[1, t - 1], [t, n]];
    if (noiNhan) b.merged(`A${r}`, `${o(t - 1, r + 4)}`, { value: noiNhan, style: "docNoiNhan" });
    cot.forEach((c, i) => {
      const [tu, den] = vung[i];
      b.merged(o(tu, r), o(den, r), { value: c.chucDanh, style: c.style ?? "docSignTitle" });
      b.merged(o(tu, r + 1), o(den, r + 1), { value: c.huongDan ?? "(Ký, ghi rõ họ tên)", style: "docItalicCenter" });
      b.merged(o(tu, r + 5), o(den, r + 5), { formula: c.ten ? `IF(${c.ten}="","",${c.ten})` : `""`, result: "", style: "docSignName" });
    });
    b.height(r, 20);
    b.height(r + 1, 18);
    for (const k of [2, 3, 4]) b.height(r + k, choKy);
    b.height(r + 5, 20);
    this.row = r + 6;
  }
}
