/** `dvht chot` and `dvht kiem-tra` as processes, including a workbook rewritten by LibreOffice after locking. */
import ExcelJS from "exceljs";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { DONG_DAU_CHOT, noiDungBam, type GiaTriO } from "../../src/template";
import { canLibreOffice, tinhLai } from "../xlsx/libreOfficeHelpers";
import { sua, veCachCu } from "./lockHelpers";
import { runDvht, tempDir } from "./processHelpers";

const ROOT = join(__dirname, "../..");
const dir = tempDir();

function taoSo(name: string): string {
  const file = join(dir, name);
  expect(runDvht(["tao-mau", join(ROOT, "examples/thcs-kim-lien.json"), "--out", file]).code).toBe(0);
  return file;
}

test("a workbook never locked says so (exit 4)", () => {
  const file = taoSo("chua-chot.xlsx");
  const r = runDvht(["kiem-tra", file]);
  expect(r.code).toBe(4);
  expect(r.stdout).toBe(`Sổ chưa được chốt số liệu (chạy “dvht chot ${file}” để chốt).\n`);
});

test("locked and unchanged: exit 0; one input changed: exit 3 with the indicator, old and new value", async () => {
  const file = taoSo("chot.xlsx");
  const c = runDvht(["chot", file]);
  expect(c.code).toBe(0);
  expect(c.stdout).toMatch(/^Đã chốt số liệu của .* ô nhập, bộ tt24-huyen \(tt24-huyen\/1\)\.\nMã SHA-256: [0-9a-f]{64}\n$/);
  let r = runDvht(["kiem-tra", file]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^Số liệu khớp với bản đã chốt lúc /);
  // The lock does not disturb the template: it still evaluates.
  expect(JSON.parse(runDvht(["danh-gia", file, "--json"]).stdout).ketLuan.xepLoai).toBe("Đạt mức độ 1");

  await sua(file, "CT_2_1_SODAT", 96); // 95 → 96
  await sua(file, "DV_LOAI", "co-quan");
  r = runDvht(["kiem-tra", file]);
  expect(r.code).toBe(3);
  expect(r.stdout.split("\n").slice(1, 3)).toEqual([
    "- Chỉ tiêu 2.1 — số đạt (CT_2_1_SODAT): 95 → 96",
    "- Thông tin — loại đơn vị (DV_LOAI): “pho-thong” → “co-quan”",
  ]);
});

test("the lock sheet guards itself: editing a locked value is caught", async () => {
  const file = taoSo("sua-bang-chot.xlsx");
  runDvht(["chot", file]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Chốt số liệu")!;
  ws.eachRow((row) => {
    if (row.getCell(1).value === "CT_2_1_SODAT") row.getCell(4).value = "96";
  });
  await wb.xlsx.writeFile(file);
  const r = runDvht(["kiem-tra", file]);
  expect(r.code).toBe(3);
  expect(r.stdout).toMatch(/^Bảng “Chốt số liệu” đã bị sửa/);
});

test("a lock naming a rule set dvht does not have is refused, never read as tt24-huyen", async () => {
  const file = taoSo("bo-la.xlsx");
  runDvht(["chot", file]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Chốt số liệu")!;
  // A forger who knows the format: the rule set renamed and the fingerprint recomputed to match.
  const giaTri = new Map<string, GiaTriO>();
  ws.eachRow((row, r) => {
    if (r >= DONG_DAU_CHOT) giaTri.set(String(row.getCell(1).value), JSON.parse(String(row.getCell(4).value)) as GiaTriO);
  });
  ws.getCell("B4").value = "constructor";
  ws.getCell("B2").value = createHash("sha256").update(noiDungBam("constructor", String(ws.getCell("B5").value), giaTri)).digest("hex");
  await wb.xlsx.writeFile(file);
  const r = runDvht(["kiem-tra", file]);
  expect(r.code).toBe(3);
  expect(r.stdout).toBe("Bảng “Chốt số liệu” đã bị sửa: bảng chốt ghi bộ tiêu chí “constructor”, không có trong dvht (có: tt24-huyen, tt24-tinh, tt22).\n");
});

test("a locked workbook rewritten by LibreOffice still matches; edited then rewritten, the change is listed", async () => {
  canLibreOffice();
  const file = taoSo("lo.xlsx");
  runDvht(["chot", file]);
  const edited = join(dir, "lo-sua.xlsx");
  copyFileSync(file, edited);
  await sua(edited, "CT_1_1_MINHCHUNG", "TC1-01, TC1-09");
  const [same, changed] = tinhLai([file, edited], join(dir, "lo-out"));
  let r = runDvht(["kiem-tra", same]);
  expect([r.code, r.stdout.split(" lúc")[0]]).toEqual([0, "Số liệu khớp với bản đã chốt"]);
  r = runDvht(["kiem-tra", changed]);
  expect(r.code).toBe(3);
  expect(r.stdout).toContain("- Chỉ tiêu 1.1 — minh chứng (CT_1_1_MINHCHUNG): “TC1-01” → “TC1-01, TC1-09”");
}, 120_000);

/** Việt Nam's “dd/mm/yyyy hh:mm” of an ISO moment, by Intl and the IANA zone (not the code under test). */
function gioVietNam(iso: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

test.each(["UTC", "America/New_York"])("the lock time is shown in Việt Nam's time on a machine set to %s; the stored value stays ISO", async (tz) => {
  const file = taoSo(`gio-${tz.replace("/", "-")}.xlsx`);
  const env = { ...process.env, TZ: tz };
  const c = runDvht(["chot", file], undefined, env);
  expect(c.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Chốt số liệu")!;
  // The machine-readable value under CHOT_THOI_DIEM: ISO 8601 in UTC, as before.
  const [range] = wb.definedNames.getRanges("CHOT_THOI_DIEM").ranges;
  const iso = String(ws.getCell(range.split("!")[1].replace(/\$/g, "")).value);
  expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(Math.abs(Date.now() - Date.parse(iso))).toBeLessThan(10 * 60_000);
  const vn = gioVietNam(iso);
  expect(vn).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  expect(c.stdout).toContain(` lúc ${vn}: `);
  expect(c.stdout).not.toContain(iso.slice(0, 16));
  expect([ws.getCell("A3").value, ws.getCell("B3").value]).toEqual(["Thời điểm chốt (giờ Việt Nam)", vn]);
  for (const tz2 of ["UTC", "America/New_York", "Asia/Ho_Chi_Minh"]) {
    const r = runDvht(["kiem-tra", file], undefined, { ...process.env, TZ: tz2 });
    expect([tz2, r.code, r.stdout.split(" (mã")[0]]).toEqual([tz2, 0, `Số liệu khớp với bản đã chốt lúc ${vn}`]);
  }
});

test("a workbook locked before (ISO under B3) is still read and shown in Việt Nam's time", async () => {
  const file = taoSo("chot-cu.xlsx");
  runDvht(["chot", file]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Chốt số liệu")!;
  // A lock of the first way (its fingerprint does not cover the time), in the layout of earlier versions: the ISO
  // text itself in B3, named CHOT_THOI_DIEM; C3 empty.
  veCachCu(wb);
  ws.getCell("B3").value = "2026-01-20T09:00:00.000Z";
  ws.getCell("C3").value = null;
  wb.definedNames.remove("'Chốt số liệu'!$C$3", "CHOT_THOI_DIEM");
  wb.definedNames.add("'Chốt số liệu'!$B$3", "CHOT_THOI_DIEM");
  await wb.xlsx.writeFile(file);
  const r = runDvht(["kiem-tra", file], undefined, { ...process.env, TZ: "UTC" });
  expect([r.code, r.stdout.split(" (mã")[0]]).toEqual([0, "Số liệu khớp với bản đã chốt lúc 20/01/2026 16:00"]);
});

test("bad use: exit 2", () => {
  expect(runDvht(["chot"]).code).toBe(2);
  expect(runDvht(["kiem-tra", "a.json"]).stderr).toBe("a.json: cần một sổ Excel .xlsx\n");
  expect(runDvht(["kiem-tra", join(dir, "khong-co.xlsx")]).stderr).toMatch(/không tìm thấy tệp/);
});
