/**
 * Injecting the template through Office.js (recording fake): the same workbook as the ExcelJS renderer writes,
 * in at most 3 context.sync calls whatever the rule set; twice is harmless; typed values survive; nothing else moves.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateHoSo } from "../../src/rules";
import { buildWorkbookSpec, hoSoTrong } from "../../src/template";
import { renderLayoutWithOfficeJs } from "../../src/excel/renderLayoutWithOfficeJs";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { hoSoDayDu } from "../helpers/hoSo";
import { FakeExcel } from "./fakeExcel";
import { pictureFromExcelJs, pictureFromFake } from "./snapshots";

const blank = (bo: "tt24-huyen" | "tt24-tinh" | "tt22") => buildWorkbookSpec(hoSoTrong(bo, { loai: "dai-hoc", congLap: true }, 2025));

describe.each(["tt24-huyen", "tt24-tinh", "tt22"] as const)("%s", (bo) => {
  test("writes exactly what the xlsx renderer writes, in at most 3 syncs", async () => {
    const spec = blank(bo);
    const fake = new FakeExcel();
    const r = await renderLayoutWithOfficeJs(fake.context(), spec);
    expect(fake.syncs).toBeLessThanOrEqual(3);
    expect(r.soLanSync).toBe(fake.syncs);
    // Every property, sheet by sheet: see parity.test.ts for all rule sets, rosters and the layout's own picture.
    expect(pictureFromFake(fake)).toEqual(await pictureFromExcelJs(await renderWorkbook(spec, { ketQua: false })));
    expect(fake.settings.get("Office.AutoShowTaskpaneWithDocument")).toBe(true);
  });

  test("injecting twice is harmless: same workbook, still at most 3 syncs", async () => {
    const fake = new FakeExcel();
    await renderLayoutWithOfficeJs(fake.context(), blank(bo));
    const once = pictureFromFake(fake);
    fake.syncs = 0;
    await renderLayoutWithOfficeJs(fake.context(), blank(bo));
    expect(fake.syncs).toBeLessThanOrEqual(3);
    expect(pictureFromFake(fake)).toEqual(once);
  });
});

test("re-injecting keeps every value a user typed, and touches nothing outside the template", async () => {
  const fake = new FakeExcel();
  await renderLayoutWithOfficeJs(fake.context(), blank("tt24-tinh"));
  // The clerk types, and keeps notes of their own beside the template and on another sheet.
  // The documents' fields too (dates as serial numbers, narratives with line breaks): examples/ho-so-day-du.json.
  const { vanBan } = JSON.parse(readFileSync(join(__dirname, "../../examples/ho-so-day-du.json"), "utf8")) as { vanBan: unknown };
  const typed = validateHoSo({ ...hoSoDayDu("tt24-tinh", "dai-hoc"), vanBan });
  if (!typed.ok) throw new Error();
  const filledSpec = buildWorkbookSpec(typed.hoSo);
  const inputs = filledSpec.sheets.flatMap((s) => s.cells.filter((c) => c.input && c.name && c.value !== null && c.value !== undefined));
  for (const c of inputs) {
    const sheet = filledSpec.sheets.find((s) => s.cells.includes(c))!;
    fake.cell(fake.sheets.get(sheet.name)!, c.ref).v = c.value as string | number;
  }
  fake.cell(fake.sheets.get("Bảng tổng hợp")!, "Z50").v = "ghi chú riêng";
  fake.cell(fake.addSheet("Ghi chú"), "A1").v = 42;
  fake.syncs = 0;

  const r = await renderLayoutWithOfficeJs(fake.context(), blank("tt24-tinh"));
  expect(fake.syncs).toBe(3);
  for (const c of inputs) expect([c.name, fake.valueOf(c.name!)]).toEqual([c.name, c.value]);
  expect(Object.keys(r.giuLai)).toEqual(expect.arrayContaining(["CT_2_1_SODAT", "CT_1_1_DAT", "DV_TEN"]));
  expect(fake.sheets.get("Bảng tổng hợp")!.cells.get("Z50")!.v).toBe("ghi chú riêng");
  expect(fake.sheets.get("Ghi chú")!.cells.get("A1")!.v).toBe(42);
  expect(fake.sheetOrder).toEqual(["Thông tin", "Bảng tổng hợp", "Ngưỡng", "Hướng dẫn", "Nội dung hồ sơ", "Trang bìa", "Tờ trình", "Báo cáo kết quả TĐG", "Danh sách Hội đồng TĐG", "Bản tổng hợp (in)", "Danh mục chữ viết tắt", "Biên bản tự đánh giá", "Báo cáo tự đánh giá", "Danh mục minh chứng", "Sổ minh chứng", "Phiếu M1 chỉ tiêu", "Phiếu M2 tiêu chí", "Nhật ký", "Ghi chú"]);
});

test("a value under a name follows the name when an upgraded layout moves its cell; pane choices win for unit fields", async () => {
  const fake = new FakeExcel();
  await renderLayoutWithOfficeJs(fake.context(), blank("tt24-huyen"));
  // An older template kept số đạt of 2.1 somewhere else.
  const old = fake.addSheet("Cũ");
  fake.cell(old, "B2").v = 77;
  fake.names.set("CT_2_1_SODAT", "='Cũ'!$B$2");
  fake.cell(fake.sheets.get("Thông tin")!, "B5").v = "co-quan";
  await renderLayoutWithOfficeJs(fake.context(), blank("tt24-huyen"), { ghiDe: ["DV_LOAI"] });
  expect(fake.names.get("CT_2_1_SODAT")).toBe("='Bảng tổng hợp'!$D$12");
  expect(fake.valueOf("CT_2_1_SODAT")).toBe(77);
  expect(fake.valueOf("DV_LOAI")).toBe("dai-hoc");
});

test("the add-in draws the chart of levels per criterion over the template's own counting table, once", async () => {
  const fake = new FakeExcel();
  await renderLayoutWithOfficeJs(fake.context(), blank("tt24-huyen"));
  await renderLayoutWithOfficeJs(fake.context(), blank("tt24-huyen"));
  const charts = fake.sheets.get("Bảng tổng hợp")!.page.charts as { range: string; title: string; type: string }[];
  expect(charts).toHaveLength(1);
  expect(charts[0]).toMatchObject({ type: "ColumnStacked", title: "Mức độ các chỉ tiêu theo tiêu chí" });
  // The range covers the header row and one row per criterion, 4 levels wide.
  const [from, to] = charts[0].range.split(":");
  const sheet = fake.sheets.get("Bảng tổng hợp")!;
  expect(sheet.cells.get(from)!.v).toBe("Tiêu chí");
  expect(String(sheet.cells.get(to)!.v)).toMatch(/^=COUNTIF\(\$L\$\d+:\$L\$\d+,"Chưa đủ dữ liệu"\)$/);
});
