/**
 * The frame of the council's documents (Phòng/Sở GD&ĐT, its Hội đồng, the UBND's draft decision): the unit's frame
 * of NĐ 30/2020 (khung.ts: A4, margins, page numbers from page 2, 13–14 pt) with texts known when the register is
 * drawn, so every cell holds its text (the register is drawn again on every run and before every print).
 * The page is a grid of 21 columns of 4 characters (84 = A4 portrait between NĐ 30 margins): the issuing body takes
 * the first 9 (36 characters: “PHÒNG GIÁO DỤC VÀ ĐÀO TẠO” on one line at 12 pt), the quốc hiệu the other 12 (48: its line whole);
 * tables span whole columns.
 */
import { docNgayChu, ngayVietChu, type ThongTinVanBanHoiDong } from "../../../rules";
import type { StyleName } from "../../styles";
import { VanBan, caoDongIn, inVanBan } from "../hoSo/khung";

export const SO_COT = 21;
export const RONG_COT = 4;
/** Columns of the issuing body's block (left) — the quốc hiệu and the signer take the others. */
export const COT_TRAI = 9;
const c = (i: number) => String.fromCharCode(64 + i);

export const CHAM = "……………";

/** A council document: the 21-column A4 portrait page of NĐ 30. */
export function vanBanHoiDong(ten: string): VanBan {
  return new VanBan(ten, Array(SO_COT).fill(RONG_COT), inVanBan(), COT_TRAI + 1);
}

/** Names in a sentence: the first `toiDa`, then how many more (a batch of hundreds stays a readable paragraph). */
export function lietKe(ten: readonly string[], toiDa = 12): string {
  return ten.length <= toiDa ? ten.join(", ") : `${ten.slice(0, toiDa).join(", ")} và ${ten.length - toiDa} đơn vị khác (xem Sổ Hội đồng)`;
}

/**
 * A body's name over two lines where NĐ 30 breaks it: before the place (“PHÒNG GIÁO DỤC VÀ ĐÀO TẠO / HUYỆN GIA
 * LÂM”), or after the council's own name (“HỘI ĐỒNG ĐÁNH GIÁ / “ĐƠN VỊ HỌC TẬP” CẤP HUYỆN”).
 */
export function ngatDong(ten: string): string {
  if (ten.includes("\n") || ten.length <= 26) return ten;
  const m = /^(.+?) ((?:HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH|“ĐƠN VỊ HỌC TẬP”) .+)$/u.exec(ten);
  return m ? `${m[1]}\n${m[2]}` : ten;
}

/** A field as typed, or dots. */
export const hoacCham = (s: string | undefined, cham = CHAM) => (s && s.trim() ? s.trim() : cham);

/** “Gia Lâm, ngày 05 tháng 02 năm 2026” from the fields (dotted where not typed). */
export function diaDanhNgay(tt: ThongTinVanBanHoiDong, ngay: string | undefined): string {
  return `${hoacCham(tt.diaDanh)}, ${ngayVietChu(ngay ? docNgayChu(ngay) : undefined)}`;
}

/** “Số: 12/TTr-PGDĐT” (dots where the number or the office's initials are not typed). */
export function soKyHieu(so: string | undefined, loai: string, kyHieu: string | undefined): string {
  return `Số: ${hoacCham(so, "……")}/${loai}${loai ? "-" : ""}${hoacCham(kyHieu, "……")}`;
}

/**
 * NĐ 30 ô 1–4 (and 5b for a công văn): the governing body and the issuing one on the left, quốc hiệu and tiêu ngữ on
 * the right; number and, for a letter, its “V/v” under it; place and date in italics on the right.
 */
export function dau(v: VanBan, d: { tren?: string; duoi: string; so: string; ngay: string; trichYeu?: string }): void {
  const b = v.b;
  const r = v.row;
  const trai = (row: number, value: string, style: StyleName) => b.merged(`A${row}`, `${c(COT_TRAI)}${row}`, { value, style });
  const phai = (row: number, value: string, style: StyleName) => b.merged(`${c(COT_TRAI + 1)}${row}`, `${c(SO_COT)}${row}`, { value, style });
  const rongTrai = COT_TRAI * RONG_COT;
  const tren = ngatDong((d.tren ?? "").toLocaleUpperCase("vi"));
  const duoi = ngatDong(d.duoi.toLocaleUpperCase("vi"));
  // A body with none above it (the UBND issuing a decision) stands level with the quốc hiệu.
  if (tren) {
    trai(r, tren, "docHead");
    trai(r + 1, duoi, "docHeadBold");
  } else trai(r, duoi, "docHeadBold");
  phai(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "docHeadBold");
  phai(r + 1, "Độc lập - Tự do - Hạnh phúc", "docMottoBold");
  trai(r + 2, "―――――", "docCenter");
  phai(r + 2, "――――――――――――――", "docCenter");
  b.height(r, Math.max(20, caoDongIn(tren || duoi, rongTrai, 12)));
  b.height(r + 1, tren ? Math.max(20, caoDongIn(duoi, rongTrai, 12)) : 20);
  b.height(r + 2, 14);
  trai(r + 3, d.so, "docCenter");
  phai(r + 3, d.ngay, "docItalic");
  b.height(r + 3, 22);
  v.row = r + 4;
  if (d.trichYeu) {
    b.merged(`A${v.row}`, `${c(COT_TRAI)}${v.row}`, { value: d.trichYeu, style: "docSmall" });
    b.height(v.row, caoDongIn(d.trichYeu, rongTrai, 12, 20));
    v.row++;
  }
  v.cach(10);
}

/** The title and what it is about, centred, bold, 14 pt. */
export function tieuDe(v: VanBan, ...dong: string[]): void {
  for (const t of dong) v.doan({ value: t }, "docHeading", undefined, 14);
  v.cach(8);
}

/** A paragraph of 14 pt text across the page. */
export function doan(v: VanBan, text: string, style: StyleName = "docText"): void {
  v.doan({ value: text }, style, undefined, 14);
}

export interface CotBang {
  tieuDe: string;
  /** How many of the page's 21 columns it spans. */
  nhip: number;
  canGiua?: boolean;
}

/** A bordered table at 13 pt: the header repeated by nothing (documents are short), each row as tall as its text. */
export function bang(v: VanBan, cot: readonly CotBang[], dong: readonly (readonly string[])[], dam?: (i: number) => boolean): void {
  const tong = cot.reduce((n, k) => n + k.nhip, 0);
  if (tong !== SO_COT) throw new Error(`bảng rộng ${tong} cột, trang có ${SO_COT}`);
  const viet = (hang: readonly string[], style: (k: CotBang) => StyleName) => {
    let tu = 1;
    let cao = 0;
    cot.forEach((k, j) => {
      const den = tu + k.nhip - 1;
      const cell = { value: hang[j] ?? "", style: style(k) };
      if (den > tu) {
        v.b.merged(`${c(tu)}${v.row}`, `${c(den)}${v.row}`, cell);
        // A merged cell's borders are its cells' own: the covered ones carry the style too (the right edge shows).
        for (let x = tu + 1; x <= den; x++) v.b.set({ ref: `${c(x)}${v.row}`, value: null, style: style(k) });
      } else v.b.set({ ref: `${c(tu)}${v.row}`, ...cell });
      cao = Math.max(cao, caoDongIn(hang[j] ?? "", k.nhip * RONG_COT, 13, 22));
      tu = den + 1;
    });
    v.b.height(v.row, Math.min(cao, 409));
    v.row++;
  };
  viet(cot.map((k) => k.tieuDe), () => "docTblHeader");
  dong.forEach((hang, i) => viet(hang, (k) => (dam?.(i) ? "docTblHeader" : k.canGiua ? "docTblCenter" : "docTblText")));
  v.cach(8);
}

/**
 * Nơi nhận on the left, the signer on the right (NĐ 30 ô 7–9): “TM. HỘI ĐỒNG / CHỦ TỊCH”, room to sign, the name
 * when typed (the document is printed to be signed by hand).
 */
export function ky(v: VanBan, chucDanh: string, ten: string | undefined, noiNhan: string, huongDan = "(Ký, ghi rõ họ tên, đóng dấu)"): void {
  const b = v.b;
  const r = v.row;
  giuCungTrang(v, r - 2, 20 * chucDanh.split("\n").length + 18 + 3 * 22 + 20);
  b.merged(`A${r}`, `${c(COT_TRAI)}${r + 4}`, { value: noiNhan, style: "docNoiNhan" });
  const phai = (row: number, value: string, style: StyleName) => b.merged(`${c(COT_TRAI + 1)}${row}`, `${c(SO_COT)}${row}`, { value, style });
  phai(r, chucDanh, "docSignTitle");
  phai(r + 1, huongDan, "docItalicCenter");
  phai(r + 5, ten?.trim() ?? "", "docSignName");
  b.height(r, 20 * chucDanh.split("\n").length);
  b.height(r + 1, 18);
  for (const k of [2, 3, 4]) b.height(r + k, 22);
  b.height(r + 5, 20);
  v.row = r + 6;
}

/** Height of an A4 page between NĐ 30's top and bottom margins (257 mm), less a margin for the spreadsheets' rounding. */
const CAO_TRANG = 257 * (72 / 25.4) - 24;
const CAO_MAC_DINH = 15;

/**
 * Rows from `tu` on, with `them` points after them, start a new page when they would not fit on the current one (the
 * rows are laid as the spreadsheet lays them: a row that does not fit goes whole to the next page). Keeps the
 * signature with the text before it: a name alone on a last page is not a document a Phòng would sign.
 */
export function giuCungTrang(v: VanBan, tu: number, them: number): void {
  const cao = (r: number) => v.b.spec.rowHeights?.[r] ?? CAO_MAC_DINH;
  const ngat = new Set(v.b.spec.rowBreaks ?? []);
  let y = 0;
  for (let r = 1; r < tu; r++) {
    if (y + cao(r) > CAO_TRANG) y = 0;
    y += cao(r);
    if (ngat.has(r)) y = 0;
  }
  let khoi = them;
  for (let r = tu; r < v.row; r++) khoi += cao(r);
  if (y > 0 && y + khoi > CAO_TRANG && khoi < CAO_TRANG) v.b.spec.rowBreaks = [...(v.b.spec.rowBreaks ?? []), tu - 1];
}

/** The DỰ THẢO mark (a draft decision, or a report while the review is open). */
export function duThao(v: VanBan): void {
  v.b.merged(`A${v.row}`, `${c(SO_COT)}${v.row}`, { value: "DỰ THẢO", style: "docDraft" });
  v.b.height(v.row, 18);
  v.row++;
}
