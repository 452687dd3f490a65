/** Reads a hồ sơ from a file and validates it; every failure is a LoiNhap with Vietnamese lines. */
import { readFileSync } from "node:fs";
import { THONG_BAO, THONG_BAO_SO, validateHoSo, type HoSo } from "../rules";
import { LoiNhap } from "./io";

/** Line and column (1-based) of a character offset in a text. */
export function dongCot(text: string, viTri: number): { dong: number; cot: number } {
  const truoc = text.slice(0, viTri).split(/\r\n|\r|\n/);
  return { dong: truoc.length, cot: [...truoc[truoc.length - 1]].length + 1 };
}

/** The bytes as UTF-8 text (a BOM dropped), or the Vietnamese reason they are not. */
function giaiMaUtf8(bytes: Buffer): { text: string } | { loi: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { loi: THONG_BAO.laUtf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    const i = byteSaiDauTien(bytes);
    const truoc = new TextDecoder("utf-8").decode(bytes.subarray(0, i)).replace(/^\uFEFF/, "");
    const { dong, cot } = dongCot(truoc, truoc.length);
    return { loi: THONG_BAO.khongPhaiUtf8(dong, cot, bytes[i] ?? 0) };
  }
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence. */
export function byteSaiDauTien(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const x = b[i];
    const n = x < 0x80 ? 1 : x >= 0xc2 && x <= 0xdf ? 2 : x >= 0xe0 && x <= 0xef ? 3 : x >= 0xf0 && x <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > b.length) return i;
    for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if ((x === 0xe0 && b[i + 1] < 0xa0) || (x === 0xed && b[i + 1] >= 0xa0) || (x === 0xf0 && b[i + 1] < 0x90) || (x === 0xf4 && b[i + 1] >= 0x90)) return i;
    i += n;
  }
  return b.length;
}

/**
 * Where JSON text stops being valid (RFC 8259), found by a scanner of its own: JSON.parse's message gives a position
 * only in some cases, and differently across Node versions. text.length when the text ends too early.
 */
export function viTriLoiJson(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const fail = () => {
    throw i;
  };
  const chuoi = () => {
    i++;
    for (;;) {
      if (i >= text.length) fail();
      const c = text[i];
      if (c === '"') return void i++;
      if (c < " ") fail();
      if (c === "\\") {
        i++;
        if (i >= text.length) fail();
        if (text[i] === "u") {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? "")) {
              i += k;
              fail();
            }
          }
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i])) i++;
        else fail();
      } else i++;
    }
  };
  const giaTri = (): void => {
    ws();
    if (i >= text.length) fail();
    const c = text[i];
    if (c === "{" || c === "[") {
      const dong = c === "{" ? "}" : "]";
      i++;
      ws();
      if (text[i] === dong) return void i++;
      for (;;) {
        if (c === "{") {
          ws();
          if (text[i] !== '"') fail();
          chuoi();
          ws();
          if (text[i] !== ":") fail();
          i++;
        }
        giaTri();
        ws();
        if (i >= text.length) fail();
        if (text[i] === ",") i++;
        else if (text[i] === dong) return void i++;
        else fail();
      }
    }
    if (c === '"') return chuoi();
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    giaTri();
    ws();
    return i < text.length ? i : -1;
  } catch (e) {
    if (typeof e === "number") return e;
    throw e;
  }
}

/** A JSON syntax error as a line and column, in Vietnamese ("at position 1120" says nothing to a clerk). */
function loiCuPhap(text: string, e: Error): string {
  const viTri = viTriLoiJson(text);
  if (viTri < 0) return THONG_BAO.khongDocDuocJson(e.message);
  const { dong, cot } = dongCot(text, viTri);
  if (viTri >= text.length) return THONG_BAO.jsonKetThucGiuaChung(dong, cot);
  const kyTu = text.codePointAt(viTri)!;
  return THONG_BAO.jsonSaiCuPhap(dong, cot, kyTu <= 0x20 ? `ký tự U+${kyTu.toString(16).toUpperCase().padStart(4, "0")}` : `“${String.fromCodePoint(kyTu)}”`);
}

export function readJsonFile(file: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new LoiNhap([`${file}: ${THONG_BAO.khongDocDuocTep(file, lyDoHeThong(e))}`]);
  }
  const giaiMa = giaiMaUtf8(bytes);
  if ("loi" in giaiMa) throw new LoiNhap([`${file}: ${giaiMa.loi}`]);
  const text = giaiMa.text;
  if (text.trim() === "") throw new LoiNhap([`${file}: ${THONG_BAO.tepRong}`]);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LoiNhap([`${file}: ${loiCuPhap(text, e as Error)}`]);
  }
}

export function readHoSoJson(file: string): HoSo {
  const checked = validateHoSo(readJsonFile(file), { namBatBuoc: true });
  if (!checked.ok) throw new LoiNhap(checked.loi);
  return checked.hoSo;
}

function lyDoHeThong(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return THONG_BAO_SO.khongTimThayTep;
  if (code === "EISDIR") return THONG_BAO_SO.laThuMuc;
  if (code === "EACCES") return THONG_BAO_SO.khongCoQuyen;
  return (e as Error).message;
}
