/**
 * A light reader of a dvht workbook: the parts of the package a reader of defined names needs, nothing else —
 * workbook.xml (sheets, defined names), its rels, sharedStrings, styles (date formats), the sheets the names point
 * into (and the lock sheet) — each sheet scanned when first read. No DOM: indexOf and small regular expressions.
 *
 * Browser-safe (its own zip directory reader, TextDecoder, the decompressor handed in), so the pane can read picked
 * files the same way. Every value equals what the full reader (ExcelJS, `moSoTuByte`) gives through `giaTriO`: the
 * raw value is rebuilt in the shape ExcelJS gives it (its quirks included: a hyperlinked number reads as text, a
 * formula's text result in a date-formatted cell as an error) and goes through the same converter. Anything this
 * reader does not model — a package that is no zip, an encrypted one, defined names that are not one plain
 * reference — throws, and the caller falls back to the full reader, whose error messages are the ones users see.
 */
import { giaTriTuTho } from "../template/cellValue";
import type { GiaTriO, ViTri } from "../template/readInputs";
import { TEN_SHEET_CHOT } from "../template/lock";
import type { SoMo } from "./openWorkbook";
import { GoiZip, giaiNenNenTang, type GiaiNen } from "./zipParts";

/** Thrown for a package this reader leaves to the full one; never shown to a user. */
export class KhongDocNhe extends Error {}

const utf8 = new TextDecoder("utf-8");

/** An attribute of a start tag, either quote. */
function thuocTinh(tag: string, ten: string): string | undefined {
  const i = tag.indexOf(` ${ten}=`);
  if (i >= 0) {
    const q = tag[i + ten.length + 2];
    if (q === '"' || q === "'") {
      const end = tag.indexOf(q, i + ten.length + 3);
      if (end > 0) return tag.slice(i + ten.length + 3, end);
    }
  }
  // Other whitespace before the name, or around "=": rare, read the slow way.
  const m = new RegExp(`\\s${ten.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

const THUC_THE: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text as an XML parser hands it over: line ends normalised, entities and character references resolved. */
function giaiMa(raw: string): string {
  if (raw.indexOf("&") < 0 && raw.indexOf("\r") < 0) return raw;
  return raw.replace(/\r\n?/g, "\n").replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (m, hex: string, dec: string, ten: string) => {
    if (ten) return THUC_THE[ten];
    const cp = hex ? parseInt(hex, 16) : Number(dec);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/** ExcelJS decodes a t="str" result once more (utils.xmlDecode) after the parser did. */
function giaiMaLanHai(text: string): string {
  return text.replace(/&([a-z]*);/g, (c, ten: string) => (ten in THUC_THE ? THUC_THE[ten] : c));
}

/** Excel's escapes of control characters in shared strings ("_x000D_"), undone as ExcelJS does (upper-case hex only). */
const boThoatX = (s: string) => (s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))));

/** The texts of the <t> elements of a fragment, each decoded (<t/> as ""). */
function cacT(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g)) out.push(giaiMa(m[1] ?? ""));
  return out;
}

const boPhienAm = (xml: string) => (xml.indexOf("<rPh") < 0 ? xml : xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, ""));

/** Rich text runs (<r>…</r>) of a fragment, each run's text as ExcelJS keeps it (its last <t>, escapes undone). */
function cacDoan(xml: string): { text?: string }[] | undefined {
  if (!/<r[\s>]/.test(xml)) return undefined;
  return [...boPhienAm(xml).matchAll(/<r(?:\s[^>]*)?>([\s\S]*?)<\/r>/g)].map(([, run]) => {
    const t = cacT(run);
    return t.length ? { text: boThoatX(t[t.length - 1]) } : {};
  });
}

/** One shared string in the shape ExcelJS gives it: text, { richText }, or {} for an empty <si/>. */
function chuoiChungExcelJS(si: string | null): unknown {
  if (si === null) return {};
  const doan = cacDoan(si);
  if (doan) return { richText: doan };
  const t = cacT(boPhienAm(si));
  return t.length ? boThoatX(t[t.length - 1]) : {};
}

/** The same shared string as `napSo` reads a formula's text result (all texts joined, phonetic runs left out). */
function chuoiChungKetQua(si: string | null): string {
  if (si === null) return "";
  return [...si.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => giaiMaThoXml(t[1])).join("");
}

/** `napSo`'s decoding of a formula's shared-string result (entities only, as in openWorkbook's giaiMaXml). */
function giaiMaThoXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_m, hex: string, dec: string, ten: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return THUC_THE[ten.toLowerCase()];
  });
}

/** An ASCII string's bytes, for searching bytes. */
const kim = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Where `needle` (ASCII) starts in `b` from `tu`, or -1. */
function tim(b: Uint8Array, needle: readonly number[], tu: number): number {
  for (let i = b.indexOf(needle[0], tu); i >= 0; i = b.indexOf(needle[0], i + 1)) {
    let k = 1;
    while (k < needle.length && b[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/** Whether the byte after a tag name ends the name (whitespace, ">" or "/"). */
const hetTen = (x: number) => x === 0x20 || x === 0x3e || x === 0x2f || x === 0x09 || x === 0x0a || x === 0x0d;

/** Bytes as text: the short ASCII ones (tags, numbers) without a decoder call. */
function chu(b: Uint8Array, a: number, z: number): string {
  if (z - a > 256) return utf8.decode(b.subarray(a, z));
  for (let i = a; i < z; i++) if (b[i] > 0x7f) return utf8.decode(b.subarray(a, z));
  return String.fromCharCode.apply(null, b.subarray(a, z) as unknown as number[]);
}

const SI = kim("<si");
const SI_HET = kim("</si>");

/**
 * The <si> items of sharedStrings.xml, found in the bytes; each decoded only when a cell asks for it (a
 * consolidation reads a few dozen of hundreds). An item's value: its raw body, null for <si/>, undefined past the end.
 */
function chuoiChungTheoByte(b: Uint8Array): (i: number) => string | null | undefined {
  const dau: number[] = [];
  const cuoi: number[] = [];
  for (let i = tim(b, SI, 0); i >= 0; i = tim(b, SI, i + 3)) {
    if (!hetTen(b[i + 3])) continue;
    const endTag = b.indexOf(0x3e, i);
    if (endTag < 0) throw new KhongDocNhe("sharedStrings");
    if (b[endTag - 1] === 0x2f) {
      dau.push(-1);
      cuoi.push(-1);
      continue;
    }
    const end = tim(b, SI_HET, endTag);
    if (end < 0) throw new KhongDocNhe("sharedStrings");
    dau.push(endTag + 1);
    cuoi.push(end);
    i = end;
  }
  const da: (string | null | undefined)[] = [];
  return (i) => {
    if (!(i >= 0 && i < dau.length)) return undefined;
    return (da[i] ??= dau[i] < 0 ? null : utf8.decode(b.subarray(dau[i], cuoi[i])));
  };
}

/** ExcelJS's built-in number formats that are dates or times (defaultnumformats.js); others are not dates. */
const DINH_DANG_NGAY_SAN: Record<number, string> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

/** utils.isDateFmt of ExcelJS. */
function laDinhDangNgay(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Which cell styles (cellXfs index) have a date format, as ExcelJS decides. */
function kieuNgay(xml: string | undefined): (id: number) => boolean {
  if (!xml) return () => false;
  const tuDinh = new Map<number, string>();
  for (const [tag] of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = thuocTinh(tag, "numFmtId");
    const code = thuocTinh(tag, "formatCode");
    if (id !== undefined && code !== undefined) tuDinh.set(parseInt(id, 10), giaiMa(code));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  const ngay = [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map(([tag]) => {
    const id = parseInt(thuocTinh(tag, "numFmtId") ?? "0", 10);
    return id ? laDinhDangNgay(tuDinh.get(id) ?? DINH_DANG_NGAY_SAN[id]) : false;
  });
  return (id) => ngay[id] ?? false;
}

/** utils.excelToDate of ExcelJS (JavaScript's number coercion included). */
function ngayExcelJS(v: unknown, date1904: boolean): Date {
  return new Date(Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

interface OTho {
  /** Where the start tag's attributes start and end in the bytes. */
  tagDau: number;
  tagCuoi: number;
  /** Where the content between <c …> and </c> starts and ends; dau -1 for <c …/>. */
  dau: number;
  cuoi: number;
}

const DIA_CHI = /^([A-Z]{1,3})(\d+)$/;

function soCot(chu: string): number {
  let n = 0;
  for (let i = 0; i < chu.length; i++) n = n * 26 + chu.charCodeAt(i) - 64;
  return n;
}

function chuCot(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A cell's address (its r attribute), read from the tag's bytes: the common ` r="B4"` directly, others as text. */
function diaChiO(b: Uint8Array, a: number, z: number): string {
  let r: string | undefined;
  if (b[a] === 0x20 && b[a + 1] === 0x72 && b[a + 2] === 0x3d && b[a + 3] === 0x22) {
    const q = b.indexOf(0x22, a + 4);
    if (q > 0 && q < z) r = chu(b, a + 4, q);
  } else r = thuocTinh(chu(b, a, z), "r");
  if (!r || !DIA_CHI.test(r)) throw new KhongDocNhe("ô không có địa chỉ");
  return r;
}

const WORKSHEET = kim("<worksheet");
const SHEET_DATA = kim("<sheetData");
const SHEET_DATA_HET = kim("</sheetData>");
const C_HET = kim("</c>");
const F_HET = kim("</f>");

/**
 * The cells of a sheet by address, found in the bytes (markup is ASCII), left raw: a cell is decoded when read.
 * `het`: where the cells end (the merges and hyperlinks follow); `hangCuoi`: the last row element's number.
 */
function tachO(b: Uint8Array): { o: Map<string, OTho>; het: number; hangCuoi: number } {
  const o = new Map<string, OTho>();
  let hangCuoi = 0;
  const dau = tim(b, SHEET_DATA, 0);
  if (dau < 0) return { o, het: 0, hangCuoi };
  const cuoi = tim(b, SHEET_DATA_HET, dau);
  const het = cuoi < 0 ? b.length : cuoi;
  for (let i = b.indexOf(0x3c, dau + 1); i >= 0 && i < het; i = b.indexOf(0x3c, i + 1)) {
    if (b[i + 1] === 0x72 && b[i + 2] === 0x6f && b[i + 3] === 0x77 && hetTen(b[i + 4])) {
      // "<row": ExcelJS keeps every row element, empty or not (the sheet's rowCount).
      const r = Number(b[i + 5] === 0x72 && b[i + 6] === 0x3d && b[i + 7] === 0x22 ? chu(b, i + 8, b.indexOf(0x22, i + 8)) : thuocTinh(chu(b, i + 4, b.indexOf(0x3e, i)), "r"));
      if (r > hangCuoi) hangCuoi = r;
      continue;
    }
    if (b[i + 1] !== 0x63 || !hetTen(b[i + 2])) continue; // "<c" and the name ends
    const endTag = b.indexOf(0x3e, i);
    if (endTag < 0) throw new KhongDocNhe("ô");
    const tuDong = b[endTag - 1] === 0x2f;
    const tagCuoi = tuDong ? endTag - 1 : endTag;
    const r = diaChiO(b, i + 2, tagCuoi);
    if (tuDong) {
      o.set(r, { tagDau: i + 2, tagCuoi, dau: -1, cuoi: -1 });
      i = endTag;
    } else {
      const end = tim(b, C_HET, endTag);
      if (end < 0) throw new KhongDocNhe("ô");
      o.set(r, { tagDau: i + 2, tagCuoi, dau: endTag + 1, cuoi: end });
      i = end + 3;
    }
  }
  return { o, het, hangCuoi };
}

/** A cell as the ExcelJS cell parser models it (cell-xform.js): type, formula or not, the text of its <v>/<t>. */
interface OExcelJS {
  t: string | undefined;
  s: number;
  congThuc: boolean;
  /** Concatenated texts of <v> and <t> (inline strings), undefined when none. */
  v: string | undefined;
  /** Runs of an inline rich string. */
  doan?: { text?: string }[];
}

function moTaO(b: Uint8Array, { tagDau, tagCuoi, dau, cuoi }: OTho): OExcelJS {
  const tag = chu(b, tagDau, tagCuoi);
  const t = thuocTinh(tag, "t");
  const sAttr = thuocTinh(tag, "s");
  const s = sAttr === undefined ? 0 : parseInt(sAttr, 10);
  if (dau < 0 || dau === cuoi) return { t, s, congThuc: false, v: undefined };
  // The formula's text is never needed, only whether there is one: its bytes are skipped, the rest decoded.
  let congThuc = false;
  let body: string | undefined;
  for (let i = b.indexOf(0x3c, dau); i >= 0 && i < cuoi; i = b.indexOf(0x3c, i + 1)) {
    if (b[i + 1] !== 0x66 || !hetTen(b[i + 2])) continue; // "<f" and the name ends
    const endTag = b.indexOf(0x3e, i);
    const tuDong = b[endTag - 1] === 0x2f;
    const fTag = chu(b, i + 2, tuDong ? endTag - 1 : endTag);
    const dong = tuDong ? endTag : tim(b, F_HET, endTag);
    if (dong < 0 || dong > cuoi) throw new KhongDocNhe("công thức");
    // A formula to ExcelJS: some text in <f>, or a t attribute (a shared formula's <f t="shared" si="0"/>).
    congThuc = dong > endTag + 1 || thuocTinh(fTag, "t") !== undefined;
    body = chu(b, dau, i) + chu(b, tuDong ? endTag + 1 : dong + 4, cuoi);
    break;
  }
  body ??= chu(b, dau, cuoi);
  let v: string | undefined;
  let doan: { text?: string }[] | undefined;
  const is = body.indexOf("<is");
  if (is >= 0) {
    doan = cacDoan(body.slice(is));
    if (!doan) {
      // Plain inline text: every <t> (phonetic ones too) appended, no escapes undone — as cell-xform does.
      const t = cacT(body.slice(is));
      if (t.length) v = t.join("");
    }
  }
  const vm = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body);
  if (vm && vm[1] !== "") v = (v ?? "") + giaiMa(vm[1]);
  return { t, s, congThuc, v, ...(doan ? { doan } : {}) };
}

interface Bang {
  date1904: boolean;
  /** A shared string's raw body: null for <si/>, undefined past the end. */
  chuoi(i: number): string | null | undefined;
  ngay(): (id: number) => boolean;
}

/** One sheet, parsed when first needed. */
class SheetNhe {
  private readonly o: Map<string, OTho>;
  /** Where the cells end: the merges and hyperlinks are after. */
  private readonly het: number;
  /**
   * ExcelJS's rowCount: the last row element, the last row of a merge, and any row a read asked for (ExcelJS's
   * getCell makes the row it reads).
   */
  private hangCuoi: number;
  private sau?: string;
  private gop?: VungTen[];
  /** The merges by row they cover, for oChu. */
  private gopTheoHang?: Map<number, VungTen[]>;
  private lienKet?: Map<string, string>;
  private readonly cache = new Map<string, GiaTriO>();

  constructor(
    private readonly b: Uint8Array,
    private readonly bang: Bang,
    private readonly relsSheet: () => Map<string, string>,
  ) {
    ({ o: this.o, het: this.het, hangCuoi: this.hangCuoi } = tachO(b));
  }

  /** The XML after the cells (mergeCells, hyperlinks), decoded once. */
  private phanSau(): string {
    return (this.sau ??= utf8.decode(this.b.subarray(this.het)));
  }

  /** Merged ranges (ExcelJS merges them at load: each covered cell reads its top-left one), read once. */
  private oGop(): VungTen[] {
    if (this.gop) return this.gop;
    this.gop = [];
    for (const [tag] of this.phanSau().matchAll(/<mergeCell\b[^>]*>/g)) {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(thuocTinh(tag, "ref") ?? "");
      if (!m || !m[3]) continue;
      const [c1, c2, r1, r2] = [soCot(m[1]), soCot(m[3]), Number(m[2]), Number(m[4])];
      this.gop.push({ sheet: "", trai: Math.min(c1, c2), phai: Math.max(c1, c2), tren: Math.min(r1, r2), duoi: Math.max(r1, r2) });
      this.hangCuoi = Math.max(this.hangCuoi, r1, r2);
    }
    return this.gop;
  }

  /** The top-left cell of the merge covering (r, c), when it is another cell. */
  private oChu(r: number, c: number): string | undefined {
    if (!this.gopTheoHang) {
      this.gopTheoHang = new Map();
      for (const g of this.oGop()) for (let h = g.tren; h <= g.duoi; h++) this.gopTheoHang.set(h, [...(this.gopTheoHang.get(h) ?? []), g]);
    }
    for (const g of this.gopTheoHang.get(r) ?? []) {
      if (r >= g.tren && r <= g.duoi && c >= g.trai && c <= g.phai && (r !== g.tren || c !== g.trai)) return `${chuCot(g.trai)}${g.tren}`;
    }
    return undefined;
  }

  private oLienKet(): Map<string, string> {
    if (this.lienKet) return this.lienKet;
    this.lienKet = new Map();
    const the = [...this.phanSau().matchAll(/<hyperlink\b[^>]*>/g)];
    if (the.length) {
      const rels = this.relsSheet();
      for (const [tag] of the) {
        const id = thuocTinh(tag, "r:id");
        const ref = thuocTinh(tag, "ref");
        if (!id || ref === undefined) continue;
        const target = rels.get(id);
        if (target === undefined) throw new KhongDocNhe("liên kết");
        if (target) this.lienKet.set(ref, target);
      }
    }
    return this.lienKet;
  }

  /**
   * The cell's raw value in ExcelJS's shape, before giaTriTuTho: cell.result for a formula, cell.value otherwise —
   * and for a cell covered by a merge (`gop`), its top-left cell's value, where a formula keeps a result only when
   * it is truthy (ExcelJS's FormulaValue.value copies truthy fields only: 0, "" and FALSE read as empty there).
   */
  private thoExcelJS(diaChi: string, gop: boolean): unknown {
    const tho = this.o.get(diaChi);
    if (!tho) return null;
    const { t, s, congThuc, v, doan } = moTaO(this.b, tho);
    const ngay = () => s > 0 && this.bang.ngay()(s);
    let value: unknown;
    if (congThuc) {
      let result: unknown;
      if (v) {
        if (t === "str") result = giaiMaLanHai(v);
        else if (t === "b") result = parseInt(v, 10) !== 0;
        else if (t === "e") result = { error: v };
        else result = parseFloat(v);
      }
      if (result !== undefined && ngay()) result = ngayExcelJS(result, this.bang.date1904);
      value = result;
      const lienKet = this.oLienKet().get(diaChi);
      if (lienKet) return { text: value, hyperlink: lienKet };
      // napSo reads a formula's shared-string result from the package (ExcelJS would give the index).
      if (t === "s" && v) value = chuoiChungKetQua(this.bang.chuoi(parseInt(v, 10)) ?? null);
      return gop && !value ? null : value;
    }
    if (doan) value = { richText: doan };
    else if (v !== undefined) {
      if (t === "s") {
        const si = this.bang.chuoi(parseInt(v, 10));
        if (si === undefined) throw new KhongDocNhe("chuỗi chung");
        value = chuoiChungExcelJS(si);
      } else if (t === "str") value = giaiMaLanHai(v);
      else if (t === "inlineStr") value = v;
      else if (t === "b") value = parseInt(v, 10) !== 0;
      else if (t === "e") value = { error: v };
      else value = ngay() ? ngayExcelJS(parseFloat(v), this.bang.date1904) : parseFloat(v);
    } else value = null;
    const lienKet = this.oLienKet().get(diaChi);
    return lienKet ? { text: value, hyperlink: lienKet } : value;
  }

  get(diaChi: string): GiaTriO {
    let v = this.cache.get(diaChi);
    if (v === undefined) {
      const m = DIA_CHI.exec(diaChi)!;
      const r = Number(m[2]);
      if (r > this.hangCuoi) this.hangCuoi = r;
      const chu = this.oChu(r, soCot(m[1]));
      v = giaTriTuTho(this.thoExcelJS(chu ?? diaChi, chu !== undefined));
      this.cache.set(diaChi, v);
    }
    return v;
  }

  /** Rows `tuDong`… to the sheet's last row (ExcelJS's rowCount), columns 1…`soCotDoc` of each. */
  dong(tuDong: number, soCotDoc: number): GiaTriO[][] {
    this.oGop();
    const out: GiaTriO[][] = [];
    for (let r = tuDong; r <= this.hangCuoi; r++) out.push(Array.from({ length: soCotDoc }, (_, c) => this.get(`${chuCot(c + 1)}${r}`)));
    return out;
  }
}

/** One plain reference ('Sheet'!$A$1 or 'Sheet'!$A$1:$B$2), the only kind this reader models. */
const THAM_CHIEU = /^(?:'((?:[^']|'')+)'|([^'!, ]+))!\$([A-Z]{1,3})\$(\d+)(?::\$([A-Z]{1,3})\$(\d+))?$/;
/** What ExcelJS asks of a reference before it keeps cells for it (DefinedNames: rangeRegexp). */
const CO_O = /[$](\w+)[$](\d+)/;
/** More cells than a name of a dvht workbook could have: left to the full reader. */
const TOI_DA_O = 100_000;

interface VungTen {
  sheet: string;
  trai: number;
  tren: number;
  phai: number;
  duoi: number;
}

const motO = (v: VungTen) => v.trai === v.phai && v.tren === v.duoi;

/** The areas of a name's text, as ExcelJS keeps them; throws for what this reader does not model. */
function vungCua(name: string, text: string): VungTen[] {
  // No absolute cell reference anywhere (a constant, a formula, #REF!, whole rows): ExcelJS keeps no cell.
  if (!CO_O.test(text)) return [];
  return text.split(",").map((item) => {
    const r = THAM_CHIEU.exec(item);
    if (!r) throw new KhongDocNhe(`tên ${name}`);
    const sheet = r[1] ?? r[2];
    if (sheet.includes("'")) throw new KhongDocNhe(`tên ${name}`);
    const [c1, r1] = [soCot(r[3]), Number(r[4])];
    if (r[5] === undefined) return { sheet, trai: c1, tren: r1, phai: c1, duoi: r1 };
    const [c2, r2] = [soCot(r[5]), Number(r[6])];
    return { sheet, trai: Math.min(c1, c2), tren: Math.min(r1, r2), phai: Math.max(c1, c2), duoi: Math.max(r1, r2) };
  });
}

/**
 * The areas of a name defined by several references: ExcelJS puts all their cells in one matrix and reads them back as rectangles (DefinedNames.getRanges: each unvisited cell in sheet, row,
 * column order grows down its column, then sideways), so adjacent areas become one.
 */
function gopVung(vung: readonly VungTen[]): VungTen[] {
  let so = 0;
  const sheets: Record<string, boolean[][]> = {};
  for (const v of vung) {
    so += (v.phai - v.trai + 1) * (v.duoi - v.tren + 1);
    if (so > TOI_DA_O) throw new KhongDocNhe("tên quá rộng");
    const sh = (sheets[v.sheet] ??= []);
    for (let r = v.tren; r <= v.duoi; r++) for (let c = v.trai; c <= v.phai; c++) (sh[r] ??= [])[c] = true;
  }
  const out: VungTen[] = [];
  for (const sheet of Object.keys(sheets)) {
    const sh = sheets[sheet];
    const con = (r: number, c: number) => sh[r]?.[c] === true;
    sh.forEach((row, r0) =>
      row.forEach((chua, c0) => {
        if (!chua) return;
        row[c0] = false;
        const v: VungTen = { sheet, trai: c0, tren: r0, phai: c0, duoi: r0 };
        for (let r = r0 - 1; con(r, c0); r--) [v.tren, sh[r][c0]] = [r, false];
        for (let r = r0 + 1; con(r, c0); r++) [v.duoi, sh[r][c0]] = [r, false];
        const ngang = (c: number) => {
          for (let r = v.tren; r <= v.duoi; r++) if (!con(r, c)) return false;
          for (let r = v.tren; r <= v.duoi; r++) sh[r][c] = false;
          return true;
        };
        for (let c = c0 - 1; ngang(c); c--) v.trai = c;
        for (let c = c0 + 1; ngang(c); c++) v.phai = c;
        out.push(v);
      }),
    );
  }
  return out;
}

/**
 * The defined names as ExcelJS keeps them: Print_Area and Print_Titles dropped, a name without cells dropped, the
 * last definition of a name defined twice, each name's areas in ExcelJS's order. Anything but plain references throws.
 * `tatCa`: every name the package defines, those ExcelJS drops included (for coTen).
 */
function docTen(xml: string): { vung: Map<string, VungTen[]>; tatCa: Set<string> } {
  const vung = new Map<string, VungTen[]>();
  const tatCa = new Set<string>();
  // Hundreds of names point into a few sheets: the sheet part ('Thông tin'!) is decoded once per sheet.
  const daGiai = new Map<string, string>();
  const giaiText = (raw: string) => {
    const i = raw.lastIndexOf("!");
    if (i < 0 || raw.indexOf("&", i) >= 0) return giaiMa(raw);
    const dau = raw.slice(0, i);
    let g = daGiai.get(dau);
    if (g === undefined) daGiai.set(dau, (g = giaiMa(dau)));
    return g + raw.slice(i);
  };
  for (let i = xml.indexOf("<definedName"); i >= 0; i = xml.indexOf("<definedName", i + 12)) {
    if (!/[\s>/]/.test(xml[i + 12])) continue; // <definedNames>
    const endTag = xml.indexOf(">", i);
    const tuDong = xml[endTag - 1] === "/";
    const attrs = xml.slice(i + 12, tuDong ? endTag - 1 : endTag);
    let raw = "";
    if (!tuDong) {
      const end = xml.indexOf("</definedName>", endTag);
      if (end < 0) throw new KhongDocNhe("definedName");
      raw = xml.slice(endTag + 1, end);
      i = end;
    }
    const name = giaiMa(thuocTinh(attrs, "name") ?? "");
    if (name) tatCa.add(name);
    if (name === "_xlnm.Print_Area" || name === "_xlnm.Print_Titles") continue;
    // A name defined again (per sheet) replaces the earlier definition, as in ExcelJS's DefinedNames.
    const cua = vungCua(name, giaiText(raw));
    if (cua.length) vung.set(name, cua);
    else vung.delete(name);
  }
  for (const [name, v] of vung) if (v.length > 1) vung.set(name, gopVung(v));
  return { vung, tatCa };
}

function docRels(xml: string | undefined): Map<string, string> {
  const rels = new Map<string, string>();
  for (const [tag] of (xml ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = thuocTinh(tag, "Id");
    const target = thuocTinh(tag, "Target");
    if (id !== undefined && target !== undefined) rels.set(giaiMa(id), giaiMa(target));
  }
  return rels;
}

export interface TuyChonDocNhe {
  /**
   * A synchronous raw-deflate decompressor (Node's zlib.inflateRawSync in the CLI: native, several times faster);
   * with it, a sheet is inflated only when first read. Without it, the platform's DecompressionStream, and every
   * sheet the names point into is inflated at open (reading stays synchronous).
   */
  giaiNen?: (raw: Uint8Array) => Uint8Array;
  /**
   * The error for a sheet found broken when first read (with `giaiNen` only: then the full reader can no longer take
   * over); default KhongDocNhe. The CLI gives the full reader's message for a broken package.
   */
  loiHong?: () => Error;
  /** Sheets dongSheet may be asked for besides those the names point into; default the lock sheet. */
  sheetThem?: readonly string[];
}

/**
 * Opens a workbook from its bytes reading only what names need (see the module comment), and the sheets `sheetThem`
 * for dongSheet. Throws (`KhongDocNhe`, `ZipKhongDoc`, a decompressor's error) for anything it leaves to the full
 * reader; never a user-facing message.
 */
export async function moSoNhe(data: Uint8Array | ArrayBuffer, tenTep: string, tuyChon: TuyChonDocNhe = {}): Promise<SoMo> {
  const goi = new GoiZip(data);
  const dongBo = tuyChon.giaiNen;
  const giaiNen: GiaiNen = dongBo ?? giaiNenNenTang;
  const bytes = async (path: string): Promise<Uint8Array | undefined> => {
    const b = goi.bytesCua(path, giaiNen);
    return b instanceof Uint8Array || b === undefined ? b : await b;
  };
  const text = async (path: string): Promise<string | undefined> => {
    const b = await bytes(path);
    return b && utf8.decode(b);
  };
  const [wbXml, relsXml] = [await text("xl/workbook.xml"), await text("xl/_rels/workbook.xml.rels")];
  if (!wbXml || !/<workbook[\s>]/.test(wbXml) || !relsXml) throw new KhongDocNhe(`${tenTep}: không phải sổ đọc nhẹ được`);
  const rels = docRels(relsXml);
  const wbPr = /<workbookPr\b[^>]*>/.exec(wbXml)?.[0];
  const date1904 = wbPr !== undefined && thuocTinh(wbPr, "date1904") === "1";

  // Sheets as ExcelJS finds them: through the rels, and only parts named worksheets/sheetN.xml.
  const phanSheet = new Map<string, string>();
  for (const [tag] of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = thuocTinh(tag, "name");
    const target = rels.get(giaiMa(thuocTinh(tag, "r:id") ?? ""));
    if (name === undefined || target === undefined) continue;
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    const tenSheet = giaiMa(name);
    if (goi.co(path) && /xl\/worksheets\/sheet(\d+)[.]xml/.test(path) && !phanSheet.has(tenSheet)) phanSheet.set(tenSheet, path);
  }
  const { vung, tatCa } = docTen(wbXml);

  // Parts nearly every read needs, inflated now.
  const chuoiBytes = await bytes("xl/sharedStrings.xml");
  const stylesBytes = await bytes("xl/styles.xml");
  let ngay: ((id: number) => boolean) | undefined;
  const bang: Bang = {
    date1904,
    chuoi: chuoiBytes ? chuoiChungTheoByte(chuoiBytes) : () => undefined,
    ngay: () => (ngay ??= kieuNgay(stylesBytes && utf8.decode(stylesBytes))),
  };

  // The sheets names point into, and those dongSheet may be asked for (`sheetThem`: the lock sheet).
  const canDoc = new Set([...[...vung.values()].flatMap((v) => v.map((x) => x.sheet)), ...(tuyChon.sheetThem ?? [TEN_SHEET_CHOT])].filter((s) => phanSheet.has(s)));
  const relsCua = (path: string) => path.replace(/([^/]+)$/, "_rels/$1.rels");
  /** A sheet's XML must have its root unprefixed (<x:worksheet> is a dialect ExcelJS reads no cell of). */
  const kiemGoc = (b: Uint8Array) => {
    const goc = tim(b, WORKSHEET, 0);
    return goc >= 0 && hetTen(b[goc + WORKSHEET.length]);
  };
  const sheet = new Map<string, SheetNhe>();
  if (!dongBo) {
    // Inflated and scanned now: anything wrong is found while the full reader can still take over.
    for (const s of canDoc) {
      const path = phanSheet.get(s)!;
      const b = (await bytes(path))!;
      if (!kiemGoc(b)) throw new KhongDocNhe(`sheet ${s}`);
      const relsNay = docRels(await text(relsCua(path)));
      sheet.set(s, new SheetNhe(b, bang, () => relsNay));
    }
  }
  /** With a synchronous decompressor, a sheet is inflated and scanned when first read; a broken one is `loiHong`. */
  const moSheet = (ten: string): SheetNhe | undefined => {
    let s = sheet.get(ten);
    if (!s && dongBo && canDoc.has(ten)) {
      const path = phanSheet.get(ten)!;
      try {
        const b = goi.bytesCua(path, dongBo) as Uint8Array;
        if (!kiemGoc(b)) throw new KhongDocNhe(`sheet ${ten}`);
        s = new SheetNhe(b, bang, () => docRels(utf8.decode((goi.bytesCua(relsCua(path), dongBo) as Uint8Array | undefined) ?? new Uint8Array())));
      } catch (e) {
        throw tuyChon.loiHong?.() ?? e;
      }
      sheet.set(ten, s);
    }
    return s;
  };

  const viTri = new Map<string, ViTri>();
  for (const [name, [v, ...khac]] of vung) if (!khac.length && motO(v)) viTri.set(name, { sheet: v.sheet, address: `${chuCot(v.trai)}${v.tren}` });
  const get = (ten: string): GiaTriO => {
    const v = viTri.get(ten);
    const s = v && moSheet(v.sheet);
    return s ? s.get(v.address) : null;
  };
  const danhSach = (ten: string): GiaTriO[] => {
    // The first area only, as the full reader (moSoDaNap) reads it.
    const v = vung.get(ten)?.[0];
    const s = v && !motO(v) ? moSheet(v.sheet) : undefined;
    if (!v || !s) return [];
    const cot = chuCot(v.trai);
    const out: GiaTriO[] = [];
    for (let r = v.tren; r <= v.duoi; r++) out.push(s.get(`${cot}${r}`));
    return out;
  };
  const dongSheet = (tenSheet: string, tuDong: number, soCotDoc: number): GiaTriO[][] | undefined => {
    if (!phanSheet.has(tenSheet)) return undefined;
    if (!canDoc.has(tenSheet)) throw new Error(`dongSheet(“${tenSheet}”): sheet này phải có trong sheetThem khi mở sổ`);
    return moSheet(tenSheet)!.dong(tuDong, soCotDoc);
  };
  return { viTri, get, danhSach, dongSheet, coTen: (ten) => tatCa.has(ten) || vung.has(ten) };
}

/**
 * The light reader, and the full one (ExcelJS, loaded only then) for what the light one leaves to it — so a file
 * that is not a readable .xlsx gets the full reader's message. For the CLI and the pane alike; throws LoiSo.
 */
export async function moSoNhanhTuByte(data: Uint8Array | ArrayBuffer, tenTep: string, tuyChon: TuyChonDocNhe = {}): Promise<SoMo> {
  try {
    return await moSoNhe(data, tenTep, tuyChon);
  } catch {
    const { moSoTuByte } = await import("./openWorkbook");
    return moSoTuByte(data, tenTep);
  }
}
