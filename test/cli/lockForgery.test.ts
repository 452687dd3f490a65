/**
 * Issue 16, the unit side of the seal: what `dvht kiem-tra`, `danh-gia`, `in` catch in a workbook alone, the way a
 * forger would change it (ExcelJS scripts, as the issue's ≈ 20 lines). The fingerprint has no key: a forger who
 * recomputes it passes the workbook's own check; that case is caught against the council's register (its tests).
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { gioViet } from "../../src/rules";
import { CHOT, TEN_SHEET_CHOT } from "../../src/template";
import { canLibreOffice } from "../xlsx/libreOfficeHelpers";
import { giaTriDaChot, moSo, oCuaTen, sua, tinhLaiMaV2, veCachCu } from "./lockHelpers";
import { runDvht, tempDir, writeTemp } from "./processHelpers";

const ROOT = join(__dirname, "../..");
const dir = tempDir();
const KIM_LIEN = JSON.parse(readFileSync(join(ROOT, "examples/thcs-kim-lien.json"), "utf8")) as { chiTieu: Record<string, object> };

function taoSo(name: string, hoSo: object = KIM_LIEN): string {
  const file = join(dir, name);
  const json = writeTemp(dir, name.replace(/\.xlsx$/, ".json"), hoSo);
  expect(runDvht(["tao-mau", json, "--out", file]).code).toBe(0);
  return file;
}

function chot(file: string): void {
  const r = runDvht(["chot", file]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
}

/** Kim Liên with 2.1 at 50 % and 2.3 without evidence: both indicators, criterion 2 and the unit “Không đạt”. */
const KHONG_DAT = {
  ...KIM_LIEN,
  chiTieu: { ...KIM_LIEN.chiTieu, "2.1": { soDat: 50, tongSo: 100, minhChung: ["TC2-01"] }, "2.3": { soDat: 92, tongSo: 100 } },
};
const DAT_2 = "Đạt mức độ 2";
const FORGED = ["CT_2_1_MUCDO", "CT_2_3_MUCDO", "TC_2_MUCDO", "KET_LUAN"];

const diaChi = (c: ExcelJS.Cell) => `'${c.worksheet.name}'!${c.address}`;

describe("a lock of way 2 covers every input that decides the result, and its time", () => {
  test("the lock sheet records the way (CHOT_CACH_BAM = 2) and the time people read (CHOT_GIO_VIET)", async () => {
    const file = taoSo("cach-2.xlsx");
    chot(file);
    const wb = await moSo(file);
    expect(oCuaTen(wb, CHOT.cachBam).value).toBe(2);
    expect(oCuaTen(wb, CHOT.gioViet).value).toBe(gioViet(String(oCuaTen(wb, CHOT.thoiDiem).value)));
    const locked = giaTriDaChot(wb.getWorksheet(TEN_SHEET_CHOT)!);
    expect([locked.get("DV_CAP"), locked.get("DV_BOTIEUCHI")]).toEqual(["Cấp huyện", "tt24-huyen"]);
  });

  test("DV_CAP changed after the lock: exit 3, the cell old → new", async () => {
    const file = taoSo("doi-cap.xlsx");
    chot(file);
    await sua(file, "DV_CAP", "Cấp tỉnh");
    const r = runDvht(["kiem-tra", file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("- Thông tin — cấp (DV_CAP): “Cấp huyện” → “Cấp tỉnh”\n");
  });

  test("DV_BOTIEUCHI changed after the lock (huyện → tỉnh): exit 3, the cell old → new", async () => {
    const file = taoSo("doi-bo.xlsx");
    chot(file);
    await sua(file, "DV_BOTIEUCHI", "tt24-tinh");
    const r = runDvht(["kiem-tra", file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("- Thông tin — bộ tiêu chí (DV_BOTIEUCHI): “tt24-huyen” → “tt24-tinh”\n");
  });

  test("the lock time back-dated (ISO and the time shown both edited): “bảng chốt bị sửa”, exit 3", async () => {
    const file = taoSo("lui-gio.xlsx");
    chot(file);
    const wb = await moSo(file);
    oCuaTen(wb, CHOT.thoiDiem).value = "2026-01-10T02:00:00.000Z";
    oCuaTen(wb, CHOT.gioViet).value = "10/01/2026 09:00";
    await wb.xlsx.writeFile(file);
    const r = runDvht(["kiem-tra", file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^Bảng “Chốt số liệu” đã bị sửa: mã băm không khớp/);
  });

  test("only the time shown edited (the paper would print it): “bảng chốt bị sửa”, exit 3", async () => {
    const file = taoSo("sua-gio-hien.xlsx");
    chot(file);
    const wb = await moSo(file);
    const dung = String(oCuaTen(wb, CHOT.gioViet).value);
    oCuaTen(wb, CHOT.gioViet).value = "10/01/2026 09:00";
    await wb.xlsx.writeFile(file);
    const r = runDvht(["kiem-tra", file]);
    expect([r.code, r.stdout]).toEqual([3, `Bảng “Chốt số liệu” đã bị sửa: giờ chốt hiển thị “10/01/2026 09:00” khác thời điểm đã chốt (${dung}).\n`]);
  });

  test("CHOT_CACH_BAM removed (to pass as a lock of way 1): the fingerprint no longer matches, exit 3", async () => {
    const file = taoSo("ha-cach.xlsx");
    chot(file);
    const wb = await moSo(file);
    const [range] = wb.definedNames.getRanges(CHOT.cachBam).ranges;
    wb.definedNames.remove(range, CHOT.cachBam);
    await wb.xlsx.writeFile(file);
    const r = runDvht(["kiem-tra", file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^Bảng “Chốt số liệu” đã bị sửa/);
  });

  test("the limit without the register: an input edited and the fingerprint recomputed passes the workbook's own check, but the fingerprint (and the paper's code) changed", async () => {
    const file = taoSo("tinh-lai-ma.xlsx");
    chot(file);
    const wb = await moSo(file);
    const maGoc = String(oCuaTen(wb, CHOT.maBam).value);
    oCuaTen(wb, "CT_2_1_SODAT").value = 96; // 95 → 96: the same level, so no stored result disagrees either
    wb.getWorksheet(TEN_SHEET_CHOT)!.eachRow((row) => {
      if (row.getCell(1).value === "CT_2_1_SODAT") row.getCell(4).value = "96";
    });
    tinhLaiMaV2(wb);
    await wb.xlsx.writeFile(file);
    const r = runDvht(["kiem-tra", file]);
    expect(r.code).toBe(0);
    // What the council's register (which keeps maGoc from the receipt) compares: not the same fingerprint.
    expect(String(oCuaTen(await moSo(file), CHOT.maBam).value)).not.toBe(maGoc);
  });
});

describe("a lock sheet deleted or renamed is not “never locked”", () => {
  const BI_XOA = "Bảng chốt bị xóa hoặc đổi tên: sổ vẫn còn các tên CHOT_… của một lần chốt nhưng không còn sheet “Chốt số liệu”.\n";

  test("the lock sheet deleted, its names left: exit 3", async () => {
    const file = taoSo("xoa-bang.xlsx");
    chot(file);
    const wb = await moSo(file);
    wb.removeWorksheet(wb.getWorksheet(TEN_SHEET_CHOT)!.id);
    await wb.xlsx.writeFile(file);
    expect(runDvht(["kiem-tra", file])).toMatchObject({ code: 3, stdout: BI_XOA });
  });

  test("the lock sheet renamed: exit 3", async () => {
    const file = taoSo("doi-ten-bang.xlsx");
    chot(file);
    const wb = await moSo(file);
    wb.getWorksheet(TEN_SHEET_CHOT)!.name = "Trang tính 9";
    await wb.xlsx.writeFile(file);
    expect(runDvht(["kiem-tra", file])).toMatchObject({ code: 3, stdout: BI_XOA });
  });

  test.each([
    ["#REF!$B$2", "as Excel writes them once the sheet is deleted"],
    ["#REF!", "the whole reference lost"],
  ])("the names pointing to %s (%s), the sheet deleted: exit 3", async (ref) => {
    const file = taoSo(`ref-${ref.length}.xlsx`);
    chot(file);
    const wb = await moSo(file);
    wb.removeWorksheet(wb.getWorksheet(TEN_SHEET_CHOT)!.id);
    await wb.xlsx.writeFile(file);
    // ExcelJS cannot write a name to #REF!: the package's workbook.xml is edited as Excel would leave it.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace(/(<definedName name="CHOT_[A-Z_]+"[^>]*>)[^<]*/g, `$1${ref}`);
    expect(xml).toContain(`>${ref}</definedName>`);
    zip.file("xl/workbook.xml", xml);
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    expect(runDvht(["kiem-tra", file])).toMatchObject({ code: 3, stdout: BI_XOA });
  });

  test("the names deleted, the sheet left: “bảng chốt bị sửa”, exit 3", async () => {
    const file = taoSo("xoa-ten.xlsx");
    chot(file);
    const wb = await moSo(file);
    for (const ten of Object.values(CHOT)) {
      const [range] = wb.definedNames.getRanges(ten).ranges;
      wb.definedNames.remove(range, ten);
    }
    await wb.xlsx.writeFile(file);
    const r = runDvht(["kiem-tra", file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^Bảng “Chốt số liệu” đã bị sửa: bảng chốt còn nhưng thiếu tên CHOT_MA_BAM, CHOT_THOI_DIEM/);
  });
});

describe("results never come from stored cells", () => {
  /** A failing unit, locked, then its results written over with “Đạt mức độ 2” (typed over; KET_LUAN as a cached result). */
  async function soGiaMao(name: string): Promise<{ file: string; o: Map<string, string> }> {
    const file = taoSo(name, KHONG_DAT);
    expect(JSON.parse(runDvht(["danh-gia", file, "--json"]).stdout).ketLuan.xepLoai).toBe("Không đạt");
    chot(file);
    const wb = await moSo(file);
    const o = new Map<string, string>();
    for (const ten of FORGED) {
      const c = oCuaTen(wb, ten);
      o.set(ten, diaChi(c));
      // A forger who knows ExcelJS keeps the formula with a false cached result; one in Excel types over it.
      c.value = ten === "KET_LUAN" ? ({ formula: c.formula, result: DAT_2 } as ExcelJS.CellFormulaValue) : DAT_2;
    }
    await wb.xlsx.writeFile(file);
    return { file, o };
  }

  test("forged results on a failing unit: danh-gia --json lists them under oKetQuaKhac (exit 0), text mode warns on stderr", async () => {
    const { file, o } = await soGiaMao("gia-ket-qua.xlsx");
    const j = runDvht(["danh-gia", file, "--json"]);
    expect(j.code).toBe(0);
    const out = JSON.parse(j.stdout);
    expect(out.ketLuan.xepLoai).toBe("Không đạt");
    expect(out.oKetQuaKhac).toEqual(FORGED.map((ten) => ({ ten, o: o.get(ten), daLuu: DAT_2, tinhLai: "Không đạt" })));
    const t = runDvht(["danh-gia", file]);
    expect(t.code).toBe(0);
    expect(t.stderr.trimEnd().split("\n")).toEqual(FORGED.map((ten) => `Cảnh báo: ${ten} (${o.get(ten)}) ghi “${DAT_2}”, bộ quy tắc cho “Không đạt”`));
  });

  test("forged results: kiem-tra exits 3 naming the cells, though the lock (inputs only) still matches", async () => {
    const { file, o } = await soGiaMao("gia-kiem-tra.xlsx");
    const r = runDvht(["kiem-tra", file]);
    expect(r.code).toBe(3);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Số liệu khớp với bản đã chốt lúc /);
    expect(lines.slice(1)).toEqual([
      "Có 4 ô kết quả trong sổ khác với kết quả bộ quy tắc tính từ số liệu (ô bị ghi đè, hoặc sổ chưa được tính lại):",
      ...FORGED.map((ten) => `- ${ten} (${o.get(ten)}) ghi “${DAT_2}”, bộ quy tắc cho “Không đạt”`),
    ]);
  });

  test("forged results: dvht in refuses (exit 2), stderr names the cells, no PDF", async () => {
    const { file, o } = await soGiaMao("gia-in.xlsx");
    const pdf = join(dir, "gia-in.pdf");
    const r = runDvht(["in", file, "--pdf", pdf]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: không in: 4 ô kết quả trong sổ khác với kết quả bộ quy tắc`));
    expect(lines.slice(1)).toEqual(FORGED.map((ten) => `- ${ten} (${o.get(ten)}) ghi “${DAT_2}”, bộ quy tắc cho “Không đạt”`));
    expect(existsSync(pdf)).toBe(false);
  });

  test("the Tổng hợp counts are results too: a count written over is named", async () => {
    const file = taoSo("gia-dem.xlsx", KHONG_DAT);
    const wb = await moSo(file);
    const c = oCuaTen(wb, "TH_CT_KHONGDAT");
    c.value = 0;
    await wb.xlsx.writeFile(file);
    expect(JSON.parse(runDvht(["danh-gia", file, "--json"]).stdout).oKetQuaKhac).toEqual([{ ten: "TH_CT_KHONGDAT", o: diaChi(c), daLuu: "0", tinhLai: "2" }]);
  });

  test("a result never calculated (formula without a cached value, as other programs write) is not a forgery", async () => {
    const file = taoSo("chua-tinh.xlsx", KHONG_DAT);
    chot(file);
    const wb = await moSo(file);
    for (const ten of FORGED) {
      const c = oCuaTen(wb, ten);
      c.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
    }
    await wb.xlsx.writeFile(file);
    // The file really holds no value for them (read back), so nothing stored could be compared.
    const lai = await moSo(file);
    expect(FORGED.map((ten) => [ten, oCuaTen(lai, ten).formula !== undefined, oCuaTen(lai, ten).result])).toEqual(FORGED.map((ten) => [ten, true, undefined]));
    expect(JSON.parse(runDvht(["danh-gia", file, "--json"]).stdout).oKetQuaKhac).toEqual([]);
    expect(runDvht(["kiem-tra", file]).code).toBe(0);
  });
});

describe("a lock of way 1 (made before CHOT_CACH_BAM)", () => {
  const LUU_Y = (file: string) =>
    `Lưu ý: bản chốt này theo cách cũ (không có CHOT_CACH_BAM): mã băm không bao gồm cấp, bộ tiêu chí và thời điểm chốt; nên chốt lại (“dvht chot ${file}”).`;

  test("still verifies (exit 0), with a note that it does not cover cấp, bộ tiêu chí, time", async () => {
    const file = taoSo("cach-1.xlsx");
    chot(file);
    const wb = await moSo(file);
    veCachCu(wb);
    await wb.xlsx.writeFile(file);
    const r = runDvht(["kiem-tra", file]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([expect.stringMatching(/^Số liệu khớp với bản đã chốt lúc /), LUU_Y(file)]);
  });

  test("an input it covers, changed: exit 3 as before, with the note", async () => {
    const file = taoSo("cach-1-doi.xlsx");
    chot(file);
    const wb = await moSo(file);
    veCachCu(wb);
    oCuaTen(wb, "CT_2_1_SODAT").value = 96;
    await wb.xlsx.writeFile(file);
    const r = runDvht(["kiem-tra", file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("- Chỉ tiêu 2.1 — số đạt (CT_2_1_SODAT): 95 → 96\n");
    expect(r.stdout).toContain(LUU_Y(file));
  });
});

describe("the paper carries the short fingerprint (dvht in, read back with pdftotext)", () => {
  const gon = (s: string) => s.replace(/\s+/g, "");
  const pdfText = (pdf: string) => execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });

  test("Tờ trình of a locked unit: “Mã chốt số liệu: <16 hex>… — chốt lúc dd/mm/yyyy hh:mm”", async () => {
    canLibreOffice();
    const file = taoSo("in-ma.xlsx");
    chot(file);
    const wb = await moSo(file);
    const ma = String(oCuaTen(wb, CHOT.maBam).value);
    const gio = gioViet(String(oCuaTen(wb, CHOT.thoiDiem).value));
    const pdf = join(dir, "in-ma.pdf");
    const r = runDvht(["in", file, "--pdf", pdf]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("Tờ trình");
    expect(gon(pdfText(pdf))).toContain(gon(`Mã chốt số liệu: ${ma.slice(0, 16)}… — chốt lúc ${gio}`));
  }, 180_000);

  test("Báo cáo kết quả (M8) of a locked failing unit carries it too; an unlocked unit's paper says the data is not locked", async () => {
    canLibreOffice();
    const file = taoSo("in-m8.xlsx", KHONG_DAT);
    const truoc = join(dir, "in-m8-chua-chot.pdf");
    expect(runDvht(["in", file, "--pdf", truoc]).code).toBe(0);
    expect(gon(pdfText(truoc))).toContain(gon("Số liệu chưa được chốt"));
    chot(file);
    const ma = String(oCuaTen(await moSo(file), CHOT.maBam).value);
    const pdf = join(dir, "in-m8.pdf");
    const r = runDvht(["in", file, "--pdf", pdf]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Báo cáo kết quả TĐG");
    const text = gon(pdfText(pdf));
    expect(text).toContain(gon("BÁO CÁO KẾT QUẢ TỰ ĐÁNH GIÁ"));
    expect(text).toContain(gon(`Mã chốt số liệu: ${ma.slice(0, 16)}…`));
    expect(text).not.toContain(gon("Số liệu chưa được chốt"));
  }, 240_000);
});
