/**
 * Opening a workbook from bytes and resolving its defined names — browser-safe (ExcelJS only, no file system), so
 * the CLI and the task pane (consolidation from files a council picks) read workbooks the same way.
 */
import { THONG_BAO_SO } from "../rules";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { giaTriTuTho } from "../template/cellValue";
import { moTaViTri, type GiaTriO, type VanDe, type ViTri } from "../template/readInputs";

export class LoiSo extends Error {
  constructor(readonly loi: readonly string[]) {
    super(loi.join("\n"));
  }
}

/** A workbook opened for reading through its defined names: by the full reader (ExcelJS) or the light one (readLight). */
export interface SoMo {
  viTri: Map<string, ViTri>;
  get(ten: string): GiaTriO;
  /** The values of a name over a range (a list), top to bottom; [] when the name is absent. */
  danhSach(ten: string): GiaTriO[];
  /**
   * Rows `tuDong`… to the sheet's last row, columns 1…`soCot` of each (values as giaTriO reads them); undefined when
   * the workbook has no sheet of that name.
   */
  dongSheet(tenSheet: string, tuDong: number, soCot: number): GiaTriO[][] | undefined;
  /**
   * Whether the workbook defines the name at all, even where it points nowhere (“#REF!” after its sheet was deleted):
   * `viTri` holds only the names that point to a cell. Optional: a reader without it answers by `viTri`.
   */
  coTen?(ten: string): boolean;
}

/** A workbook opened by ExcelJS: its workbook too, for the commands that write or print it. */
export interface SoExcelJS extends SoMo {
  wb: ExcelJS.Workbook;
}

/**
 * The plain value of a cell, through the converter the Office.js reader uses too (src/template/cellValue).
 * A formula's result is read from `cell.result`: ExcelJS's `cell.value` drops falsy results (0, "", FALSE).
 */
export function giaTriO(cell: ExcelJS.Cell): GiaTriO {
  return giaTriTuTho(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value);
}

/** One line per problem, each naming its cell when there is one ("DV_NAM ('Thông tin'!B7): …"). */
export function moTaVanDe(v: VanDe, viTri: ReadonlyMap<string, ViTri>): string {
  return v.ten ? `${moTaViTri(v.ten, viTri.get(v.ten))}: ${v.thongBao}` : v.thongBao;
}

function viTriTen(wb: ExcelJS.Workbook): Map<string, ViTri> {
  const map = new Map<string, ViTri>();
  for (const { name, ranges } of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0] ?? "");
    if (m && ranges.length === 1) map.set(name, { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: `${m[3]}${m[4]}` });
  }
  return map;
}

/** An OLE compound file (D0 CF 11 E0 A1 B1 1A E1): what Excel writes for a password-protected .xlsx, and for .xls. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "PK\x03\x04", a zip's first local header, and "PK\x05\x06", the end-of-central-directory record it ends with. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_CUOI = [0x50, 0x4b, 0x05, 0x06];

function batDauBang(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function timThay(bytes: Uint8Array, pattern: readonly number[], tu = 0): boolean {
  outer: for (let i = Math.max(0, tu); i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** A stream name as an OLE directory entry spells it (UTF-16LE). */
const utf16 = (ten: string) => [...ten].flatMap((c) => [c.charCodeAt(0), 0]);

/**
 * Why bytes that ExcelJS refused are not a readable .xlsx, told from the bytes themselves (their signature, the OLE
 * stream names, the zip's end record: cheap, and the same in the browser); each reason says what the clerk can do.
 */
export function lyDoKhongMoDuoc(data: ArrayBuffer | Uint8Array): string {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) return THONG_BAO_SO.tepRong;
  if (batDauBang(bytes, OLE)) {
    // Encrypted OOXML keeps the real workbook in an "EncryptedPackage" stream; BIFF .xls in "Workbook" (or "Book").
    if (timThay(bytes, utf16("EncryptedPackage"))) {
      return THONG_BAO_SO.coMatKhau;
    }
    if (timThay(bytes, utf16("Workbook")) || timThay(bytes, utf16("Book"))) {
      return THONG_BAO_SO.xlsCu;
    }
    return THONG_BAO_SO.oleCu;
  }
  if (batDauBang(bytes, ZIP)) {
    // The end record sits in the last 22 bytes, or up to 64 KiB earlier when the zip has a comment.
    if (!timThay(bytes, ZIP_CUOI, bytes.length - 22 - 0xffff)) {
      return THONG_BAO_SO.xlsxCatDo;
    }
    return THONG_BAO_SO.xlsxHong;
  }
  return THONG_BAO_SO.khongPhaiXlsx;
}

const thuocTinh = (tag: string, ten: string): string | undefined => new RegExp(`\\s${ten}="([^"]*)"`).exec(tag)?.[1];

function giaiMaXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_m, hex: string, dec: string, ten: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[ten.toLowerCase()]!;
  });
}

/** The texts of xl/sharedStrings.xml, in order: each <si>'s runs joined (phonetic runs left out). */
function docChuoiChung(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map(([, si]) =>
    si === undefined ? "" : [...si.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => giaiMaXml(t[1])).join(""),
  );
}

/**
 * Formula results stored as shared strings (`<c t="s"><f>…</f><v>index</v></c>`), by sheet name and address.
 * Gnumeric writes a text result so; ExcelJS reads it as the number of the index (it resolves shared strings only for
 * plain cells), so every text result of a recalculated workbook would read as a number. Read from the package itself.
 */
async function ketQuaChuoiChung(zip: JSZip, wbXml: string | undefined): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  const ssFile = zip.file("xl/sharedStrings.xml");
  const relsFile = zip.file("xl/_rels/workbook.xml.rels");
  if (!ssFile || wbXml === undefined || !relsFile) return out;
  const rels = new Map<string, string>();
  for (const [tag] of (await relsFile.async("string")).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = thuocTinh(tag, "Id");
    const target = thuocTinh(tag, "Target");
    if (id && target) rels.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  let chuoi: string[] | undefined;
  for (const [tag] of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const ten = thuocTinh(tag, "name");
    const path = rels.get(thuocTinh(tag, "r:id") ?? "");
    const file = path && zip.file(path);
    if (!ten || !file) continue;
    const xml = await file.async("string");
    for (const [, attrs, body] of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      if (thuocTinh(attrs, "t") !== "s" || !body || !/<f[\s>/]/.test(body)) continue;
      const v = /<v>(\d+)<\/v>/.exec(body);
      const dc = thuocTinh(attrs, "r");
      if (!v || !dc) continue;
      chuoi ??= docChuoiChung(await ssFile.async("string"));
      const o = out.get(giaiMaXml(ten)) ?? new Map<string, string>();
      o.set(dc, chuoi[Number(v[1])] ?? "");
      out.set(giaiMaXml(ten), o);
    }
  }
  return out;
}

/** Every defined name of xl/workbook.xml, those ExcelJS drops included (a name whose whole text is “#REF!”). */
function tenTrongTep(wbXml: string | undefined): Set<string> {
  return new Set([...(wbXml ?? "").matchAll(/<definedName\b[^>]*>/g)].map(([tag]) => giaiMaXml(thuocTinh(tag, "name") ?? "")).filter(Boolean));
}

/** napSo, with the defined names the package itself holds (see tenTrongTep). */
async function napSoVaTen(data: ArrayBuffer | Uint8Array): Promise<{ wb: ExcelJS.Workbook; ten: Set<string> } | undefined> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch {
    return undefined;
  }
  const zip = await JSZip.loadAsync(data);
  const wbXml = await zip.file("xl/workbook.xml")?.async("string");
  for (const [sheet, cells] of await ketQuaChuoiChung(zip, wbXml)) {
    const ws = wb.getWorksheet(sheet);
    for (const [address, text] of cells) {
      const cell = ws?.getCell(address);
      if (cell?.type === ExcelJS.ValueType.Formula) cell.value = { ...(cell.value as ExcelJS.CellFormulaValue), result: text };
    }
  }
  return { wb, ten: tenTrongTep(wbXml) };
}

/** Loads a workbook with every formula's text result read right (see ketQuaChuoiChung); undefined when unreadable. */
export async function napSo(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook | undefined> {
  return (await napSoVaTen(data))?.wb;
}

export async function moSoTuByte(data: ArrayBuffer | Uint8Array, tenTep: string): Promise<SoExcelJS> {
  const nap = await napSoVaTen(data);
  if (!nap) throw new LoiSo([`${tenTep}: ${lyDoKhongMoDuoc(data)}`]);
  return moSoDaNap(nap.wb, nap.ten);
}

/** `tenTrongTep`: the names of the package (napSoVaTen), for coTen; without it, the names ExcelJS kept. */
export function moSoDaNap(wb: ExcelJS.Workbook, tenTrongTep: ReadonlySet<string> = new Set()): SoExcelJS {
  const viTri = viTriTen(wb);
  const tenDaDinhNghia = new Set([...tenTrongTep, ...(wb.definedNames.model as { name: string }[]).map((n) => n.name)]);
  const get = (ten: string): GiaTriO => {
    const v = viTri.get(ten);
    const ws = v && wb.getWorksheet(v.sheet);
    return ws ? giaTriO(ws.getCell(v.address)) : null;
  };
  const danhSach = (ten: string): GiaTriO[] => {
    const model = (wb.definedNames.model as { name: string; ranges: string[] }[]).find((n) => n.name === ten);
    const m = model && /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(model.ranges[0] ?? "");
    const ws = m && wb.getWorksheet((m[1] ?? m[2]).replace(/''/g, "'"));
    if (!m || !ws) return [];
    const out: GiaTriO[] = [];
    for (let r = Number(m[4]); r <= Number(m[6]); r++) out.push(giaTriO(ws.getCell(`${m[3]}${r}`)));
    return out;
  };
  const dongSheet = (tenSheet: string, tuDong: number, soCot: number): GiaTriO[][] | undefined => {
    const ws = wb.getWorksheet(tenSheet);
    if (!ws) return undefined;
    const out: GiaTriO[][] = [];
    for (let r = tuDong; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      out.push(Array.from({ length: soCot }, (_, c) => giaTriO(row.getCell(c + 1))));
    }
    return out;
  };
  return { wb, viTri, get, danhSach, dongSheet, coTen: (ten) => tenDaDinhNghia.has(ten) };
}
