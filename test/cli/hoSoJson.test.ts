/**
 * A hồ sơ file as it may arrive: saved in another encoding (a Windows code page, UTF-16), or with a BOM. Anything not
 * UTF-8 is refused with one Vietnamese line saying so and where (exit 2), never read with "�" in the names.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { byteSaiDauTien, dongCot, viTriLoiJson } from "../../src/cli/readHoSo";
import { hoSoDayDu } from "../helpers/hoSo";
import { runDvht, tempDir } from "./processHelpers";

const dir = tempDir();
const hoSo = { ...hoSoDayDu("tt24-huyen", "pho-thong"), donVi: { loai: "pho-thong", ten: "Trường THCS Hòa Bình" } };
const text = JSON.stringify(hoSo, null, 2);
const DUOI = ", nên chữ có dấu sẽ bị đọc sai; hãy mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8";

function ghi(ten: string, bytes: Buffer): string {
  const file = join(dir, ten);
  writeFileSync(file, bytes);
  return file;
}

test("UTF-8 with a BOM reads like UTF-8 without one", () => {
  const a = runDvht(["danh-gia", ghi("bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), "--json"]);
  const b = runDvht(["danh-gia", ghi("utf8.json", Buffer.from(text)), "--json"]);
  expect([a.code, a.stderr]).toEqual([0, ""]);
  expect(a.stdout).toBe(b.stdout);
});

test("a Windows-1258 (or Latin-1) file: refused with the first bad byte's line and column", () => {
  // "Trường" in a single-byte code page: ư is 0xFD, ờ is 0xF5 + a combining grave (0xCC): none is valid UTF-8.
  const latin = Buffer.from(text.replace("Trường", "Tr\u00fdng"), "latin1");
  const file = ghi("cp1258.json", latin);
  const dong = text.split("\n").findIndex((l) => l.includes("Trường")) + 1;
  const cot = text.split("\n")[dong - 1].indexOf("Trường") + 3;
  const r = runDvht(["danh-gia", file]);
  expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `${file}: tệp không phải văn bản UTF-8 (byte 0xFD ở dòng ${dong}, cột ${cot})${DUOI}\n`]);
});

test("a UTF-16 file (Notepad's “Unicode”) is refused as such, with or without its byte order", () => {
  for (const [ten, bytes] of [
    ["le.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
    ["be.json", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()])],
  ] as const) {
    const file = ghi(ten, bytes);
    const r = runDvht(["danh-gia", file, "--json"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `${file}: tệp được lưu bằng bảng mã UTF-16 (Unicode), không phải UTF-8; hãy lưu lại tệp với bảng mã UTF-8\n`]);
  }
});

test("tao-mau refuses the same files the same way", () => {
  const file = ghi("cp1258-b.json", Buffer.from(text.replace("Hòa", "H\u00f2a"), "latin1"));
  const r = runDvht(["tao-mau", file, "--out", join(dir, "x.xlsx")]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^.*: tệp không phải văn bản UTF-8 \(byte 0x[0-9A-F]{2} ở dòng \d+, cột \d+\)/);
});

test("the first bad byte: truncated, overlong, surrogate and stray continuation bytes", () => {
  expect(byteSaiDauTien(Buffer.from("aă"))).toBe(3);
  expect(byteSaiDauTien(Buffer.from([0x61, 0xc4]))).toBe(1);
  expect(byteSaiDauTien(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1);
  expect(byteSaiDauTien(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
  expect(byteSaiDauTien(Buffer.from([0x61, 0x62, 0x80]))).toBe(2);
  expect(byteSaiDauTien(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  expect(dongCot("ab\r\ncd\nđx", 9)).toEqual({ dong: 3, cot: 3 });
});

test("the JSON scanner finds where the text stops being JSON, where JSON.parse agrees it is not", () => {
  const cases: [string, number][] = [
    ['{"a": 1,}', 8], ['{"a" 1}', 5], ["[1, 2", 5], ['{"a": tru}', 6], ['{"a": "x\ny"}', 8], ["01", 1], ["{} x", 3],
    ['{"a": [1, 2]] }', 12], ['"\\u12G4"', 5], ["", 0], ["\ufeff{}", 0], ['{"a": -}', 6], ["[1.]", 2], ['{"b": 1e}', 7],
  ];
  for (const [text, viTri] of cases) {
    expect(() => JSON.parse(text)).toThrow();
    expect([text, viTriLoiJson(text)]).toEqual([text, viTri]);
  }
  for (const ok of ['{"a": [1, -2.5e3, true, null, "x\\"y\\u00e9"]}', " [ ] ", '"s"', "0"]) expect([ok, viTriLoiJson(ok)]).toEqual([ok, -1]);
});
