/**
 * Reading a printed PDF as a reader and as a checker would: poppler-utils (pdfinfo, pdftotext, pdftotext -bbox-layout,
 * pdftoppm) for pages, text, word boxes and font sizes, and tesseract (tesseract-ocr-vie) to prove that a text is
 * visible on the rendered page — pdftotext also returns text a fixed row height has clipped away.
 *
 * Everything is read once per file and kept (the checks ask many questions of the same PDF).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Font size from a word box. pdftotext -bbox gives a word the height (ascent − descent) × font size, the font size
 * being the one on the page (after any scaling of the sheet to fit the page), with ascent/descent 0.95/−0.35 whatever
 * the font: measured on Times New Roman (printed with Liberation Serif, the fallback glyphs with DejaVu Serif) at
 * 10 / 11 / 12 / 13 / 14 pt the height was 13.008 / 14.297 / 15.588 / 16.914 / 18.204 pt, i.e. 1.2998–1.3011 × size, the
 * same for bold, italic, Arial (Liberation Sans) and Calibri (Carlito); a 13 pt sheet shrunk to fit the width measured
 * 2.6 pt high (2 pt). So size = height / 1.3, within ±0.1 % (±0.02 pt at 14 pt): sizes are rounded to 0.1 pt, and a
 * comparison allows DUNG_SAI_CO_CHU.
 */
export const HE_SO_CAO_CHU = 1.3;
export const DUNG_SAI_CO_CHU = 0.1;

/** A4 in points (ISO 216: 210 × 297 mm), and the rounding that pdfinfo's 595.304 × 841.89 needs. */
export const A4 = { rong: 595.28, cao: 841.89, dungSai: 1 };

export interface KichThuocTrang {
  trang: number;
  rong: number;
  cao: number;
}

export interface TuPdf {
  trang: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Font size in points, rounded to 0.1 (see HE_SO_CAO_CHU). */
  co: number;
}

/** A line: where it is, like a word, with its words. */
export interface DongPdf extends Omit<TuPdf, "co"> {
  tu: TuPdf[];
}

interface TrangBbox {
  rong: number;
  cao: number;
  dong: DongPdf[];
}

/** An opened PDF: what poppler says about it, read lazily and kept. */
export interface Pdf {
  readonly file: string;
  soTrang(): number;
  kichThuoc(): KichThuocTrang[];
  /** Text of one page (1-based): "layout" keeps columns apart, "raw" keeps the order of the content stream. */
  vanBan(trang: number, kieu?: "layout" | "raw"): string;
  /** Lines of one page with their words, boxes and sizes. */
  dong(trang: number): DongPdf[];
  /** Words of one page, or of every page. */
  tu(trang?: number): TuPdf[];
  /**
   * OCR text of one page rendered at 150 dpi (tesseract -l vie). Page segmentation 6 (one block) reads each printed line
   * whole, left to right; 4 (one column of blocks) keeps a table's cells apart but may reorder the parts of a line.
   */
  ocr(trang: number, psm?: 4 | 6): string;
}

const cache = new Map<string, Pdf>();

/** Opens a PDF (kept per path and modification time). */
export function moPdf(file: string): Pdf {
  const khoa = `${file}@${statSync(file).mtimeMs}`;
  let pdf = cache.get(khoa);
  if (!pdf) {
    pdf = taoPdf(file);
    cache.set(khoa, pdf);
  }
  return pdf;
}

type NguonPdf = Pdf | string;
const mo = (p: NguonPdf) => (typeof p === "string" ? moPdf(p) : p);

function chay(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 256 << 20 });
}

function taoPdf(file: string): Pdf {
  let info: string | undefined;
  const vanBan: Partial<Record<"layout" | "raw", string[]>> = {};
  let bbox: TrangBbox[] | undefined;
  const ocr = new Map<string, string>();
  const docInfo = () => (info ??= chay("pdfinfo", ["-l", "100000", file]));
  const docBbox = () => (bbox ??= phanTichBbox(chay("pdftotext", ["-bbox-layout", file, "-"])));
  const self: Pdf = {
    file,
    soTrang: () => Number(/^Pages:\s+(\d+)/m.exec(docInfo())?.[1] ?? 0),
    kichThuoc: () =>
      [...docInfo().matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ trang: Number(m[1]), rong: Number(m[2]), cao: Number(m[3]) })),
    vanBan(trang, kieu = "layout") {
      // One pdftotext for the whole file; pages are separated by form feeds.
      const trangs = (vanBan[kieu] ??= chay("pdftotext", [`-${kieu}`, file, "-"]).split("\f"));
      return trangs[trang - 1] ?? "";
    },
    dong: (trang) => docBbox()[trang - 1]?.dong ?? [],
    tu: (trang) => (trang === undefined ? docBbox().flatMap((t) => t.dong.flatMap((d) => d.tu)) : self.dong(trang).flatMap((d) => d.tu)),
    ocr(trang, psm = 6) {
      let t = ocr.get(`${trang}/${psm}`);
      if (t === undefined) {
        const dir = mkdtempSync(join(tmpdir(), "dvht-ocr-"));
        try {
          const png = join(dir, "p");
          chay("pdftoppm", ["-r", "150", "-png", "-singlefile", "-f", String(trang), "-l", String(trang), file, png]);
          t = chay("tesseract", [`${png}.png`, "stdout", "-l", "vie", "--psm", String(psm)]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
        ocr.set(`${trang}/${psm}`, t);
      }
      return t;
    },
  };
  return self;
}

const thucThe: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const giaiMa = (s: string) =>
  s.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(parseInt(e.slice(e[1] === "x" || e[1] === "X" ? 2 : 1), e[1] === "x" || e[1] === "X" ? 16 : 10)) : (thucThe[e] ?? m),
  );

const coTuCao = (cao: number) => Math.round((cao / HE_SO_CAO_CHU) * 10) / 10;

/**
 * pdftotext -bbox-layout → pages of lines of words. pdftotext cuts a word where the glyphs come from two fonts
 * (LibreOffice takes some Vietnamese letters from a fallback font: “Vi” “ệ” “t”); pieces that touch (a gap under a
 * tenth of the font size, where a space is a quarter) are joined back into one word.
 */
export function phanTichBbox(xml: string): TrangBbox[] {
  const trangs: TrangBbox[] = [];
  for (const [i, m] of [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].entries()) {
    const trang = i + 1;
    const dong: DongPdf[] = [];
    for (const l of m[3].matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)) {
      const manh = [...l[1].matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/word>/g)].map((w) => {
        const [x0, y0, x1, y1] = [w[1], w[2], w[3], w[4]].map(Number);
        return { trang, text: giaiMa(w[5]), x0, y0, x1, y1, co: coTuCao(y1 - y0) };
      });
      const tu: TuPdf[] = [];
      for (const w of manh) {
        const truoc = tu[tu.length - 1];
        if (truoc && w.x0 - truoc.x1 < 0.1 * Math.max(truoc.co, w.co) && Math.abs(w.y1 - truoc.y1) < 0.5 * truoc.co) {
          Object.assign(truoc, { text: truoc.text + w.text, x1: Math.max(truoc.x1, w.x1), y0: Math.min(truoc.y0, w.y0), y1: Math.max(truoc.y1, w.y1), co: Math.min(truoc.co, w.co) });
        } else tu.push({ ...w });
      }
      if (tu.length === 0) continue;
      dong.push({
        trang,
        text: tu.map((w) => w.text).join(" "),
        x0: Math.min(...tu.map((w) => w.x0)),
        y0: Math.min(...tu.map((w) => w.y0)),
        x1: Math.max(...tu.map((w) => w.x1)),
        y1: Math.max(...tu.map((w) => w.y1)),
        tu,
      });
    }
    trangs.push({ rong: Number(m[1]), cao: Number(m[2]), dong });
  }
  return trangs;
}

export const soTrang = (pdf: NguonPdf) => mo(pdf).soTrang();
export const kichThuocTrang = (pdf: NguonPdf) => mo(pdf).kichThuoc();
export const vanBanTrang = (pdf: NguonPdf, trang: number, kieu: "layout" | "raw" = "layout") => mo(pdf).vanBan(trang, kieu);
export const cacTu = (pdf: NguonPdf, trang?: number) => mo(pdf).tu(trang);
export const cacDong = (pdf: NguonPdf, trang: number) => mo(pdf).dong(trang);
export const cacTrang = (pdf: NguonPdf) => Array.from({ length: mo(pdf).soTrang() }, (_, i) => i + 1);

/** Portrait or landscape A4. */
export const laA4 = ({ rong, cao }: { rong: number; cao: number }) =>
  Math.abs(Math.min(rong, cao) - A4.rong) <= A4.dungSai && Math.abs(Math.max(rong, cao) - A4.cao) <= A4.dungSai;

/** Words whose font size is under `pt` (beyond the measuring tolerance), with their page. */
export function coChuNhoHon(pdf: NguonPdf, pt: number): TuPdf[] {
  return mo(pdf).tu().filter((w) => w.co < pt - DUNG_SAI_CO_CHU);
}

/** Without white space: pdftotext splits some Vietnamese words (“đ ơn v ị”), and lines break anywhere. */
export const gon = (s: string) => s.normalize("NFC").replace(/\s+/g, "");

/** Upper case the Vietnamese way, for titles printed in capitals. */
export const hoa = (s: string) => s.normalize("NFC").toLocaleUpperCase("vi");

/** Whether a page's text holds `s`, white space aside. */
export const trangCo = (pdf: NguonPdf, trang: number, s: string) => gon(mo(pdf).vanBan(trang)).includes(gon(s));

/** A title to look for: a text (compared without white space) or a pattern tested on the text without white space. */
export type TieuDe = string | RegExp;

/** Whether a page's text holds the title (or one of the titles). */
export function trangCoTieuDe(pdf: NguonPdf, trang: number, tieuDe: TieuDe | readonly TieuDe[]): boolean {
  const g = gon(mo(pdf).vanBan(trang));
  return (Array.isArray(tieuDe) ? tieuDe : [tieuDe]).some((t: TieuDe) => (typeof t === "string" ? g.includes(gon(t)) : t.test(g)));
}

/** The first page, from `tuTrang` on, whose text holds the title (or one of the titles), white space aside. */
export function trangBatDau(pdf: NguonPdf, tieuDe: TieuDe | readonly TieuDe[], tuTrang = 1): number | undefined {
  const p = mo(pdf);
  for (let t = tuTrang; t <= p.soTrang(); t++) if (trangCoTieuDe(p, t, tieuDe)) return t;
  return undefined;
}

/** Where the page number must be (NĐ 30/2020 Phụ lục I: centred in the top margin). */
export const VI_TRI_SO_TRANG = { lechGiua: 15, dayLeTren: 60 };

/**
 * The page number printed on a page: an Arabic numeral standing alone (no other word within 30 pt on its line, so not
 * “Trang 2 / 13” nor a table's TT cell beside its row), its centre within ±15 pt of the page's centre, its top in the
 * top margin (y < 60 pt; the body starts lower). undefined when the page has none.
 */
export function soTrangIn(pdf: NguonPdf, trang: number): number | undefined {
  const p = mo(pdf);
  const kt = p.kichThuoc()[trang - 1];
  if (!kt) return undefined;
  const tu = p.tu(trang);
  const giua = kt.rong / 2;
  for (const w of tu) {
    if (!/^\d+$/.test(w.text) || w.y0 >= VI_TRI_SO_TRANG.dayLeTren) continue;
    // Centred on the page, or on the text between NĐ 30's margins (30 mm left, 15 mm right), as a word processor centres it.
    const tam = (w.x0 + w.x1) / 2;
    const giuaChu = giua + ((30 - 15) / 2) * (72 / 25.4);
    if (Math.abs(tam - giua) > VI_TRI_SO_TRANG.lechGiua && Math.abs(tam - giuaChu) > VI_TRI_SO_TRANG.lechGiua) continue;
    const keBen = tu.some((k) => k !== w && k.y0 < w.y1 && k.y1 > w.y0 && k.x1 > w.x0 - 30 && k.x0 < w.x1 + 30);
    if (!keBen) return Number(w.text);
  }
  return undefined;
}

// ---- OCR: is a sentence visible? ----

const boDau = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
/** Words for comparing with OCR: lower case, NFC, punctuation dropped. */
export const tuOcr = (s: string) =>
  s
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function khoangCach(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let cheo = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tam = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, cheo + (a[i - 1] === b[j - 1] ? 0 : 1));
      cheo = tam;
    }
  }
  return d[b.length];
}

/** OCR noise: a word is read right if equal, equal without diacritics, or one edit away (words of 4+ letters). */
const giong = (a: string, b: string) => a === b || boDau(a) === boDau(b) || (a.length >= 4 && khoangCach(a, b) <= 1);

/**
 * Share of the sentence's words OCR read, in order: each next word is looked for among the 12 OCR words after the
 * previous match (a table row read across interleaves its cells' lines), starting anywhere on the page.
 */
export function tiLeDocDuoc(cau: string, ocr: string): number {
  const s = tuOcr(cau);
  const o = tuOcr(ocr);
  if (s.length === 0) return 1;
  let tot = 0;
  for (let k = 0; k < o.length; k++) {
    if (!s.some((w) => giong(w, o[k]))) continue;
    let j = 0;
    let i = k;
    let dem = 0;
    while (j < s.length && i < o.length) {
      const n = o.slice(i, i + 12).findIndex((w) => giong(s[j], w));
      if (n >= 0) {
        dem++;
        i += n + 1;
      }
      j++;
    }
    tot = Math.max(tot, dem / s.length);
  }
  return tot;
}

/** Visible means OCR read at least this share of the sentence's words. */
export const NGUONG_HIEN_THI = 0.85;

export interface KetQuaHienThi {
  hienThi: boolean;
  /** The page where it was read best (undefined when the text is on no page at all). */
  trang?: number;
  tiLe: number;
}

/**
 * Whether `cau` is visible: rendered at 150 dpi and read by tesseract (vie, both segmentations) on `trang`, or on the
 * pages whose text holds part of it (pdftotext finds clipped text too, so it only says where to look).
 */
export function hienThi(pdf: NguonPdf, cau: string, trang?: number): KetQuaHienThi {
  const p = mo(pdf);
  const tu = cau.split(/\s+/).filter(Boolean);
  // Where to look: pages holding some four words of it in a row (a table's other column may break into its lines).
  const cua = Array.from({ length: Math.max(1, tu.length - 3) }, (_, i) => tu.slice(i, i + 4).join(" "));
  const trangs = trang !== undefined ? [trang] : cacTrang(p).filter((t) => cua.some((c) => trangCo(p, t, c)));
  let best: KetQuaHienThi = { hienThi: false, tiLe: 0 };
  for (const t of trangs) {
    // A sentence that runs onto the next page is read on both pages together.
    const caHai = !trangCo(p, t, cau) && t < p.soTrang() && cua.some((c) => trangCo(p, t + 1, c));
    for (const psm of [6, 4] as const) {
      const tiLe = tiLeDocDuoc(cau, caHai ? `${p.ocr(t, psm)}\n${p.ocr(t + 1, psm)}` : p.ocr(t, psm));
      if (tiLe >= best.tiLe) best = { hienThi: tiLe >= NGUONG_HIEN_THI, trang: t, tiLe };
      if (best.hienThi) return best;
    }
  }
  return best;
}

/** Renders every page to `dir/<ten>-NN.png` (for people to look at). */
export function vePng(pdf: NguonPdf, dir: string, ten = "trang", dpi = 80): void {
  mkdirSync(dir, { recursive: true });
  chay("pdftoppm", ["-r", String(dpi), "-png", mo(pdf).file, join(dir, ten)]);
}

/** Why the PDF checks cannot run here (a missing tool), or undefined. */
export function thieuCongCu(): string | undefined {
  const thieu = [
    ["pdfinfo", ["-v"], "poppler-utils"],
    ["pdftotext", ["-v"], "poppler-utils"],
    ["pdftoppm", ["-v"], "poppler-utils"],
    ["tesseract", ["--version"], "tesseract-ocr"],
    ["soffice", ["--version"], "libreoffice-calc"],
  ].filter(([cmd, args]) => spawnSync(cmd as string, args as string[], { encoding: "utf8" }).error !== undefined);
  if (thieu.length > 0) return `thiếu ${thieu.map(([c, , g]) => `${c} (gói ${g})`).join(", ")}`;
  const langs = spawnSync("tesseract", ["--list-langs"], { encoding: "utf8" });
  if (!/^vie$/m.test(`${langs.stdout}${langs.stderr}`)) return "tesseract thiếu dữ liệu tiếng Việt (gói tesseract-ocr-vie)";
  return undefined;
}
