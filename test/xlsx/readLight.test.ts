/**
 * The light reader (src/xlsx/readLight) gives what the full one (ExcelJS, moSoTuByte) gives, value for value: for
 * every defined name, every list, and every cell of every sheet (through dongSheet), on workbooks written by dvht,
 * locked by `dvht chot`, recalculated by LibreOffice and by Gnumeric, and on hand-made parts (rich and inline
 * strings, errors, dates, hyperlinks, merges, shared formulas, no sharedStrings part, a stored zip entry). What it
 * cannot read goes to the full reader, with the full reader's message.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { readHoSoJson } from "../../src/cli/readHoSo";
import { DONG_DAU_CHOT, TEN_SHEET_CHOT, buildWorkbookSpec } from "../../src/template";
import { docBanNhan, moSoNhanh } from "../../src/xlsx/consolidateRow";
import { chotSo } from "../../src/xlsx/lockWorkbook";
import { moSoTuByte, type SoExcelJS } from "../../src/xlsx/openWorkbook";
import { KhongDocNhe, moSoNhe, type TuyChonDocNhe } from "../../src/xlsx/readLight";
import { LoiSo, moSo } from "../../src/xlsx/readWorkbook";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { GoiZip } from "../../src/xlsx/zipParts";
import { writeWorkbookAtomic } from "../../src/xlsx/writeFile";
import { canLibreOffice, thuMucTam, tinhLai } from "./libreOfficeHelpers";

jest.setTimeout(1_200_000);

const ROOT = join(__dirname, "../..");
const zlib: TuyChonDocNhe = { giaiNen: (b) => inflateRawSync(b) };

/** Every difference between the two readers on one workbook, one line each ([] when they agree). */
async function khacBiet(data: Buffer, tuyChon: TuyChonDocNhe = zlib): Promise<string[]> {
  const full: SoExcelJS = await moSoTuByte(data, "x.xlsx");
  const sheets = full.wb.worksheets.map((ws) => ws.name);
  const light = await moSoNhe(data, "x.xlsx", { ...tuyChon, sheetThem: sheets });
  const khac: string[] = [];
  const so = (a: unknown, b: unknown, where: string) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) khac.push(`${where}: ExcelJS ${JSON.stringify(a)?.slice(0, 200)} ≠ nhẹ ${JSON.stringify(b)?.slice(0, 200)}`);
  };
  so([...full.viTri].sort(), [...light.viTri].sort(), "viTri");
  for (const { name } of full.wb.definedNames.model as { name: string }[]) {
    so(full.get(name), light.get(name), name);
    so(full.danhSach(name), light.danhSach(name), `danhSach ${name}`);
  }
  for (const ten of [...(full.wb.definedNames.model as { name: string }[]).map((n) => n.name), "MAT", "HANG", "_xlnm.Print_Area", "_xlnm.Print_Titles", "KHONG_CO"]) {
    so(full.coTen?.(ten), light.coTen?.(ten), `coTen ${ten}`);
  }
  for (const ws of full.wb.worksheets) so(full.dongSheet(ws.name, 1, ws.columnCount), light.dongSheet(ws.name, 1, ws.columnCount), `sheet ${ws.name}`);
  so(full.dongSheet(TEN_SHEET_CHOT, DONG_DAU_CHOT, 4), light.dongSheet(TEN_SHEET_CHOT, DONG_DAU_CHOT, 4), "bảng chốt");
  so(full.dongSheet("Không có", 1, 3), light.dongSheet("Không có", 1, 3), "sheet không có");
  return khac;
}

/** The examples (TT24 huyện with its documents, a school, TT22) written as `dvht tao-mau` does; the first and the TT22 one also locked. */
async function soTuVanDu(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const ten of ["ho-so-day-du", "thcs-kim-lien", "ninh-binh-tt22"]) {
    const file = join(dir, `${ten}.xlsx`);
    await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(readHoSoJson(join(ROOT, "examples", `${ten}.json`)), "cong-thuc-goc")), file);
    files.push(file);
    if (ten !== "thcs-kim-lien") {
      const chot = join(dir, `${ten}-chot.xlsx`);
      copyFileSync(file, chot);
      await chotSo(chot, "2026-01-10T08:00:00.000Z");
      files.push(chot);
    }
  }
  return files;
}

let dvht: string[] = [];
beforeAll(async () => {
  dvht = await soTuVanDu(thuMucTam("light"));
});

test("workbooks written by dvht (and locked by `dvht chot`): every name, list and cell reads the same", async () => {
  for (const file of dvht) expect([file, await khacBiet(readFileSync(file))]).toEqual([file, []]);
  // The lock sheet is there and read: its rows are the locked values.
  const light = await moSoNhe(readFileSync(dvht[1]), "x", zlib);
  expect(light.dongSheet(TEN_SHEET_CHOT, DONG_DAU_CHOT, 4)!.length).toBeGreaterThan(20);
});

test("the platform's decompressor (DecompressionStream, as in the pane) reads the same as zlib", async () => {
  expect(await khacBiet(readFileSync(dvht[1]), {})).toEqual([]);
});

test("recalculated by LibreOffice: every name, list and cell reads the same", async () => {
  canLibreOffice();
  const out = tinhLai(dvht, thuMucTam("light-lo"));
  for (const file of out) expect([file, await khacBiet(readFileSync(file))]).toEqual([file, []]);
});

const coSsconvert = spawnSync("ssconvert", ["--version"], { encoding: "utf8" }).status === 0;
if (!coSsconvert) console.log("Bỏ qua phần Gnumeric: không có lệnh ssconvert (cài gói gnumeric để chạy).");
(coSsconvert ? test : test.skip)("recalculated by Gnumeric (text results as shared strings): the same", async () => {
  const dir = thuMucTam("light-gnumeric");
  for (const file of [dvht[0], dvht[3]]) {
    const out = join(dir, file.split("/").pop()!);
    expect(spawnSync("ssconvert", ["--recalc", file, out], { encoding: "utf8", timeout: 300_000 }).status).toBe(0);
    expect([out, await khacBiet(readFileSync(out))]).toEqual([out, []]);
  }
});

/** A small workbook with a name on each kind of cell, written by ExcelJS, then its XML patched by `sua`. */
async function soTuLam(sua: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Dữ liệu & số");
  const o: [string, ExcelJS.CellValue, string?][] = [
    ["B2", 12.5],
    ["B3", "Trường “Kim Liên” <1> & 'x'"],
    ["B4", { richText: [{ text: "Đạt " }, { text: "mức độ 2", font: { bold: true } }] }],
    ["B5", { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue],
    ["B6", true],
    ["B7", new Date(Date.UTC(2025, 11, 31, 9, 30))],
    ["B8", { formula: "B2*0", result: 0 } as ExcelJS.CellFormulaValue],
    ["B9", { formula: "\"\"", result: "" } as ExcelJS.CellFormulaValue],
    ["B10", { formula: "B3", result: "Trường “Kim Liên” <1> & 'x'" } as ExcelJS.CellFormulaValue],
    ["B11", { text: "tài liệu", hyperlink: "https://example.org/a" }],
    ["B12", 42],
    ["B13", { formula: "DATE(2025,1,15)", result: new Date(Date.UTC(2025, 0, 15)) } as ExcelJS.CellFormulaValue],
    ["B14", { formula: "B12=42", result: false } as ExcelJS.CellFormulaValue],
    ["B15", "dòng một\r\ndòng hai\tcó tab"],
    ["B16", { formula: "\"a &lt; b\"", result: "a &lt; b" } as ExcelJS.CellFormulaValue],
    ["B17", { formula: "\"không phải ngày\"", result: "không phải ngày" } as ExcelJS.CellFormulaValue],
    ["B18", { formula: "NOW()", result: 45000.123456789 } as ExcelJS.CellFormulaValue],
    ["D2", "ô gộp"],
    ["C20", "sẽ là chuỗi nội dòng"],
    ["C21", "sẽ là chuỗi nội dòng giàu định dạng"],
    ["C22", 0],
    ["C23", 0],
    ["C24", 0],
  ];
  for (const [dc, v] of o) ws.getCell(dc).value = v;
  ws.getCell("B7").numFmt = "dd/mm/yyyy hh:mm";
  ws.getCell("B13").numFmt = "dd/mm/yyyy";
  ws.getCell("B12").numFmt = "0.00";
  ws.getCell("B17").numFmt = "dd/mm/yyyy";
  ws.getCell("B18").numFmt = "[$-vi-VN]d mmmm yyyy h:mm:ss";
  ws.mergeCells("D2:F4");
  for (const [dc] of o) wb.definedNames.add(`'Dữ liệu & số'!$${dc.replace(/(\d+)/, "$$$1")}`, `O_${dc}`);
  // G9 and B40 are empty, B40 past the last row: reading it makes the row (ExcelJS), so the sheet reaches it.
  for (const dc of ["E3", "F4", "D4", "G9", "B40"]) wb.definedNames.add(`'Dữ liệu & số'!$${dc.replace(/(\d+)/, "$$$1")}`, `O_${dc}`);
  wb.definedNames.add("'Dữ liệu & số'!$B$2:$B$15", "DS_B");
  const buf = await wb.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(buf);
  await sua(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function thayXml(zip: JSZip, path: string, sua: (xml: string) => string): Promise<void> {
  const xml = await zip.file(path)!.async("string");
  const moi = sua(xml);
  if (moi === xml) throw new Error(`nothing changed in ${path}`);
  zip.file(path, moi);
}

test("hand-made parts: rich and inline strings, errors, dates, hyperlinks, merges, shared formulas, escapes", async () => {
  const data = await soTuLam(async (zip) => {
    await thayXml(zip, "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(/<c r="C20"[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="C20" t="inlineStr"><is><t xml:space="preserve"> chuỗi &amp; nội dòng </t></is></c>')
        .replace(/<c r="C21"[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="C21" t="inlineStr"><is><r><t>Giàu </t></r><r><rPr><b/></rPr><t>định_x000D_dạng</t></r></is></c>')
        .replace(/<c r="C22"[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="C22"><f t="shared" ref="C22:C24" si="0">B2*2</f><v>25</v></c>')
        .replace(/<c r="C23"[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="C23"><f t="shared" si="0"/><v>0</v></c>')
        .replace(/<c r="C24"[^>]*?(\/>|>[\s\S]*?<\/c>)/, "<c r='C24' t='e'><f>NA()</f><v>#N/A</v></c>")
        // Hyperlinks on a formula with a falsy result and on a number: ExcelJS reads both as text.
        .replace(/<hyperlink ref="B11" (r:id="[^"]+")\/>/, '<hyperlink ref="B11" $1/><hyperlink ref="B8" $1/><hyperlink ref="B12" $1/><hyperlink ref="B2" location="\'Dữ liệu &amp; số\'!A1"/><hyperlink ref="B6" r:id="rIdRong"/>'),
    );
    // A hyperlink whose target is empty is no hyperlink to ExcelJS (B6 stays TRUE).
    await thayXml(zip, "xl/worksheets/_rels/sheet1.xml.rels", (xml) =>
      xml.replace("</Relationships>", '<Relationship Id="rIdRong" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="" TargetMode="External"/></Relationships>'),
    );
    // Names of several areas, defined twice (per sheet), or with no absolute reference: as ExcelJS keeps them.
    const sh = "'Dữ liệu &amp; số'";
    await thayXml(zip, "xl/workbook.xml", (xml) =>
      xml.replace(
        "</definedNames>",
        `<definedName name="KE_NHAU">${sh}!$B$2,${sh}!$B$3:$B$5</definedName>` +
          `<definedName name="NGANG">${sh}!$B$2,${sh}!$C$2:$C$3,${sh}!$B$3</definedName>` +
          `<definedName name="HAI_VUNG">${sh}!$D$30,${sh}!$B$12:$B$14</definedName>` +
          `<definedName name="CUC_BO" localSheetId="0">${sh}!$B$6</definedName><definedName name="CUC_BO">${sh}!$B$6</definedName>` +
          `<definedName name="HAI_O" localSheetId="0">${sh}!$B$6</definedName><definedName name="HAI_O">${sh}!$B$8</definedName>` +
          `<definedName name="KHONG_TUYET_DOI">${sh}!B2</definedName><definedName name="HANG">${sh}!$5:$6</definedName>` +
          `<definedName name="MAT">#REF!</definedName>` +
          `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${sh}!$B$2:$C$15</definedName></definedNames>`,
      ),
    );
    // A phonetic run and Excel's escape of a control character in the shared strings.
    await thayXml(zip, "xl/sharedStrings.xml", (xml) => xml.replace('<t xml:space="preserve">Đạt </t></r>', '<t xml:space="preserve">Đạt _x000D_</t></r><rPh sb="0" eb="1"><t>ダ</t></rPh>'));
  });
  expect(await khacBiet(data)).toEqual([]);
  const light = await moSoNhe(data, "x", zlib);
  // The premises, read through the light reader: each kind of cell is what it is meant to be.
  expect(light.get("O_B3")).toBe("Trường “Kim Liên” <1> & 'x'");
  expect(light.get("O_B4")).toBe("Đạt \rmức độ 2");
  expect(light.get("O_B5")).toEqual({ loi: "#DIV/0!" });
  expect(light.get("O_B6")).toBe(true);
  expect(light.get("O_B7")).toBeCloseTo(46022.395833, 5);
  expect(light.get("O_B9")).toBeNull();
  expect(light.get("O_B11")).toBe("tài liệu");
  expect(light.get("O_B13")).toBe(45672);
  expect(light.get("O_B14")).toBe(false);
  expect(light.get("O_B15")).toBe("dòng một\ndòng hai\tcó tab");
  expect([light.get("O_B8"), light.get("O_B12"), light.get("O_B2")]).toEqual(["0", "42", 12.5]);
  expect(light.get("O_B16")).toBe("a < b");
  expect(light.get("O_B17")).toEqual({ loi: "#VALUE!" });
  expect(light.get("O_B18")).not.toBe(45000.123456789);
  expect(light.get("O_B18")).toBeCloseTo(45000.123456789, 7);
  expect(light.get("O_C20")).toBe(" chuỗi & nội dòng ");
  expect(light.get("O_C21")).toBe("Giàu định\rdạng");
  expect(light.get("O_C23")).toBe(0);
  expect(light.get("O_C24")).toEqual({ loi: "#N/A" });
  expect([light.get("O_E3"), light.get("O_F4"), light.get("O_G9")]).toEqual(["ô gộp", "ô gộp", null]);
  expect(light.danhSach("DS_B")).toHaveLength(14);
  expect(light.danhSach("DS_B")[6]).toBe("0");
  expect(light.danhSach("KE_NHAU")).toEqual([12.5, "Trường “Kim Liên” <1> & 'x'", "Đạt \rmức độ 2", { loi: "#DIV/0!" }]);
  expect(light.danhSach("HAI_VUNG")).toEqual(["42", 45672, false]);
  expect(light.danhSach("NGANG")).toEqual([12.5, "Trường “Kim Liên” <1> & 'x'"]);
  expect([light.get("CUC_BO"), light.get("HAI_O"), light.viTri.has("KHONG_TUYET_DOI"), light.viTri.has("HANG")]).toEqual([true, "0", false, false]);
  // coTen: every name the package defines, those that point to no cell too (a deleted sheet's “#REF!”).
  expect(["KHONG_TUYET_DOI", "HANG", "MAT", "O_B2", "KHONG_CO"].map((t) => light.coTen!(t))).toEqual([true, true, true, true, false]);
});

test("a name that is a formula over cells is left to the full reader", async () => {
  const data = await soTuLam((zip) =>
    thayXml(zip, "xl/workbook.xml", (xml) => xml.replace("</definedNames>", `<definedName name="TONG">SUM('Dữ liệu &amp; số'!$B$2:$B$3)</definedName></definedNames>`)),
  );
  await expect(moSoNhe(data, "x", zlib)).rejects.toThrow(KhongDocNhe);
  const file = join(thuMucTam("light-cong-thuc"), "x.xlsx");
  writeFileSync(file, data);
  const so = await moSoNhanh(file);
  expect("wb" in so).toBe(true);
  expect(so.get("O_B3")).toBe("Trường “Kim Liên” <1> & 'x'");
});

/** Every shared string moved into its cells as an inline string (<is>), and the sharedStrings part removed. */
async function boChuoiChung(zip: JSZip): Promise<void> {
  const si = [...(await zip.file("xl/sharedStrings.xml")!.async("string")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    zip.file(path, xml.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, a: string, b: string, i: string) => `<c ${a}t="inlineStr"${b}><is>${si[Number(i)]}</is></c>`));
  }
  zip.remove("xl/sharedStrings.xml");
  await thayXml(zip, "xl/_rels/workbook.xml.rels", (xml) => xml.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ""));
  await thayXml(zip, "[Content_Types].xml", (xml) => xml.replace(/<Override [^>]*sharedStrings[^>]*\/>/, ""));
}

test("a package with no sharedStrings part (inline strings only), and one whose parts are stored uncompressed", async () => {
  const khongChuoi = await soTuLam(boChuoiChung);
  expect(await khacBiet(khongChuoi)).toEqual([]);
  expect((await moSoNhe(khongChuoi, "x", zlib)).get("O_B4")).toBe("Đạt mức độ 2");
  const zip = await JSZip.loadAsync(readFileSync(dvht[0]));
  await boChuoiChung(zip);
  const dvhtKhongChuoi = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  expect(await khacBiet(dvhtKhongChuoi)).toEqual([]);
  const stored = await (await JSZip.loadAsync(readFileSync(dvht[0]))).generateAsync({ type: "nodebuffer", compression: "STORE" });
  expect(await khacBiet(stored)).toEqual([]);
});

test("the reader tong-hop uses is the light one for a dvht workbook", async () => {
  const so = await moSoNhanh(dvht[0]);
  expect("wb" in so).toBe(false);
  expect(so.get("DV_TEN")).toBe((await moSo(dvht[0])).get("DV_TEN"));
});

test("what the light reader cannot read goes to the full reader: the same message as moSo", async () => {
  const dir = thuMucTam("light-bad");
  const fixtures = join(ROOT, "test/fixtures");
  const goc = readFileSync(dvht[0]);
  const bad: Record<string, Buffer | null> = {
    "mat-khau.xlsx": readFileSync(join(fixtures, "mat-khau.xlsx")),
    "so-cu.xlsx": readFileSync(join(fixtures, "so-cu.xls")),
    "van-ban.xlsx": Buffer.from("Đây không phải là sổ Excel\n"),
    "rong.xlsx": Buffer.alloc(0),
    "cat-do.xlsx": goc.subarray(0, Math.floor(goc.length / 2)),
    // The central directory damaged: the end record is there, nothing it points to is.
    "hong.xlsx": Buffer.concat([Buffer.alloc(200, 7), goc.subarray(goc.length - 22)]),
    "thu-muc.xlsx": null,
  };
  for (const [ten, data] of Object.entries(bad)) {
    const file = join(dir, ten);
    if (data) writeFileSync(file, data);
    else mkdirSync(file);
    if (data) await expect(moSoNhe(data, ten, zlib)).rejects.toThrow();
    const loiDayDu = await moSo(file, ten).then(
      () => "mở được",
      (e: unknown) => (e instanceof LoiSo ? e.loi.join("; ") : String(e)),
    );
    const loiNhanh = await moSoNhanh(file).then(
      () => "mở được",
      (e: unknown) => (e instanceof LoiSo ? e.loi.join("; ") : String(e)),
    );
    expect([ten, loiNhanh]).toEqual([ten, loiDayDu]);
    expect(loiDayDu).toMatch(new RegExp(`^${ten.replace(".", "\\.")}: `));
  }
  await expect(moSoNhanh(join(dir, "khong-co.xlsx"))).rejects.toThrow(LoiSo);
});

test("a sheet whose compressed part is broken: found when read, with the full reader's message", async () => {
  const zip = await JSZip.loadAsync(readFileSync(dvht[0]));
  const data = Buffer.from(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  // Damage the middle of the "Thông tin" sheet's deflate stream (the central directory stays intact).
  const goc = new GoiZip(data);
  const { batDau, co } = (goc as unknown as { muc: Map<string, { batDau: number; co: number }> }).muc.get("xl/worksheets/sheet1.xml")!;
  data.fill(0xff, batDau + Math.floor(co / 3), batDau + Math.floor(co / 3) + 64);
  const so = await moSoNhe(data, "x", { ...zlib, loiHong: () => new Error("HỎNG") });
  expect(() => so.get("DV_TEN")).toThrow("HỎNG");
  const file = join(thuMucTam("light-hong"), "hong.xlsx");
  writeFileSync(file, data);
  const loiDayDu = await moSo(file, "hong.xlsx").then(
    () => "mở được",
    (e: LoiSo) => e.loi.join("; "),
  );
  expect(loiDayDu).toMatch(/^hong\.xlsx: /);
  expect(await docBanNhan(file)).toEqual({ tep: file, lyDo: loiDayDu });
});

test("a zip that is not a workbook: both readers open it with no names (the full reader decides)", async () => {
  const zip = new JSZip();
  zip.file("hello.txt", "xin chào");
  const data = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  await expect(moSoNhe(data, "x", zlib)).rejects.toThrow();
  const file = join(thuMucTam("light-zip"), "zip.xlsx");
  writeFileSync(file, data);
  const [nhanh, dayDu] = await Promise.all([moSoNhanh(file).then((s) => s.viTri.size, String), moSo(file).then((s) => s.viTri.size, String)]);
  expect(nhanh).toEqual(dayDu);
});
