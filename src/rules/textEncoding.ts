/**
 * Text files as clerks have them: UTF-8 (with or without BOM), UTF-16 (Notepad's "Unicode", with its BOM), or the
 * Windows code page Excel uses for "CSV (Comma delimited)" on Vietnamese Windows, Windows-1258. Pure (no Node API):
 * the CLI and the task pane decode roster files the same way. Node and browsers have no Windows-1258 decoder with
 * the combining tone marks composed, so its table is here.
 */

export type BangMa = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "Windows-1258";

/** Windows-1258 bytes 0x80–0xFF that are not Latin-1 (the others are): tone marks are combining (U+0300…U+0323). */
const CP1258: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8b: 0x2039, 0x8c: 0x0152, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9b: 0x203a, 0x9c: 0x0153, 0x9f: 0x0178,
  0xc3: 0x0102, 0xcc: 0x0300, 0xd0: 0x0110, 0xd2: 0x0309, 0xd5: 0x01a0, 0xdd: 0x01af, 0xde: 0x0303,
  0xe3: 0x0103, 0xec: 0x0301, 0xf0: 0x0111, 0xf2: 0x0323, 0xf5: 0x01a1, 0xfd: 0x01b0, 0xfe: 0x20ab,
};

/** Windows-1258 → text, the base letter and its combining tone mark composed (NFC: "ơ" + U+0300 → "ờ"). */
export function giaiMaCp1258(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(CP1258[b] ?? b);
  return s.normalize("NFC");
}

/** Which encoding the bytes are in: a BOM decides; else valid UTF-8 is UTF-8; else Windows-1258. */
export function nhanBangMa(bytes: Uint8Array): BangMa {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "UTF-8";
  } catch {
    return "Windows-1258";
  }
}

/** The text of a file whatever its encoding (see nhanBangMa), without BOM, in NFC. */
export function giaiMaVanBan(bytes: Uint8Array): { text: string; bangMa: BangMa } {
  const bangMa = nhanBangMa(bytes);
  let text: string;
  if (bangMa === "Windows-1258") text = giaiMaCp1258(bytes);
  else if (bangMa === "UTF-8") text = new TextDecoder("utf-8").decode(bytes);
  else text = new TextDecoder(bangMa === "UTF-16LE" ? "utf-16le" : "utf-16be").decode(bytes.subarray(2));
  return { text: text.replace(/^\uFEFF/, "").normalize("NFC"), bangMa };
}
