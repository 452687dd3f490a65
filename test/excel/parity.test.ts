/**
 * Both renderers render everything in the layout: for every sheet of every rule set (blank, filled with rosters,
 * with native formulas or DVHT functions), the workbook ExcelJS saves, the calls the Office.js renderer makes
 * (recording fake) and the layout itself give one and the same picture — cells and styles, locking, every
 * validation with its messages, merges, conditional formats, panes, column widths, row heights, page setup
 * (paper, orientation, fit, centring, margins, headers and footers with page numbers, print titles, print area,
 * page breaks), protection options, tab colour, names and workbook properties. A layout property that has no
 * place in the picture fails the test (LAYOUT_PATHS).
 */
import { RULE_SETS, type BoTieuChiId } from "../../src/rules";
import { buildWorkbookSpec, hoSoTrong, sheetChot, taoBanChot, tenCacONhapChot, type WorkbookSpec } from "../../src/template";
import { renderLayoutWithOfficeJs } from "../../src/excel/renderLayoutWithOfficeJs";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { FakeExcel } from "./fakeExcel";
import { LOAI, filledWithRosters } from "./rosters";
import { LAYOUT_PATHS, layoutPaths, pictureFromExcelJs, pictureFromFake, pictureFromSpec, type WorkbookPicture } from "./snapshots";
import type { SheetPicture } from "./snapshots";

// Each test renders whole workbooks two or three ways (about a second idle): room for a machine that is busy.
jest.setTimeout(60_000);

const BO = Object.keys(RULE_SETS) as BoTieuChiId[];
/** The lock sheet (“Chốt số liệu”), written by `dvht chot` (ExcelJS) and by the pane (Office.js). */
async function lockSheet(bo: BoTieuChiId): Promise<WorkbookSpec> {
  const ruleSet = RULE_SETS[bo];
  const giaTri = new Map(tenCacONhapChot(ruleSet).slice(0, 4).map((n, i) => [n, i % 2 ? `=giá trị ${i}` : i] as const));
  const ban = await taoBanChot(ruleSet, giaTri, async () => "ab".repeat(32), "2026-01-20T09:00:00.000Z");
  const viTri = new Map([...giaTri.keys()].map((n, i) => [n, { sheet: "Bảng tổng hợp", address: `D${10 + i}` }]));
  return { sheets: [sheetChot(ban, viTri)], properties: { title: "", subject: "", keywords: "", category: "" } };
}

describe.each(BO)("%s lock sheet", (bo) => {
  test("ExcelJS, Office.js and the layout give the same picture", async () => {
    const spec = await lockSheet(bo);
    const fake = new FakeExcel();
    await renderLayoutWithOfficeJs(fake.context(), spec, { danhDauMau: false });
    const fromSpec = pictureFromSpec(spec);
    // Added to a workbook: the workbook's own properties are not the lock sheet's to write.
    fromSpec.properties = {};
    const fromFile = await pictureFromExcelJs(await renderWorkbook(spec, { ketQua: false }));
    fromFile.properties = {};
    expectSamePicture(fromFile, fromSpec);
    expectSamePicture(pictureFromFake(fake), fromSpec);
    expect([...layoutPaths(spec)].filter((p) => !(p in LAYOUT_PATHS))).toEqual([]);
  });
});

const CASES: [string, () => WorkbookSpec][] = BO.flatMap((bo) => [
  [`${bo} blank`, () => buildWorkbookSpec(hoSoTrong(bo, { loai: LOAI, congLap: true }, 2025))],
  [`${bo} blank, DVHT functions`, () => buildWorkbookSpec(hoSoTrong(bo, { loai: LOAI, congLap: true }, 2025), "ham-dvht")],
  [
    `${bo} filled, with rosters`,
    () => {
      const { hoSo, danhSach } = filledWithRosters(bo);
      return buildWorkbookSpec(hoSo, "cong-thuc-goc", danhSach);
    },
  ],
]);

/** Sheet by sheet, so a difference names its sheet. */
function expectSamePicture(actual: WorkbookPicture, expected: WorkbookPicture): void {
  expect(actual.sheets).toEqual(expected.sheets);
  for (const name of expected.sheets) {
    const [a, e] = [actual.bySheet[name], expected.bySheet[name]];
    for (const key of Object.keys(e) as (keyof typeof e)[]) expect([name, key, a[key]]).toEqual([name, key, e[key]]);
    expect([name, Object.keys(a).sort()]).toEqual([name, Object.keys(e).sort()]);
  }
  expect(actual.names).toEqual(expected.names);
  expect(actual.properties).toEqual(expected.properties);
}

describe.each(CASES)("%s", (_label, build) => {
  test("ExcelJS, Office.js and the layout give the same picture, every property of every sheet", async () => {
    const spec = build();
    const fake = new FakeExcel();
    const r = await renderLayoutWithOfficeJs(fake.context(), spec);
    expect(fake.syncs).toBeLessThanOrEqual(3);
    expect(r.soLanSync).toBe(fake.syncs);
    const fromSpec = pictureFromSpec(spec);
    expectSamePicture(await pictureFromExcelJs(await renderWorkbook(spec, { ketQua: false })), fromSpec);
    expectSamePicture(pictureFromFake(fake), fromSpec);
  });

  test("every property the layout holds has its place in the comparison", () => {
    const missing = [...layoutPaths(build())].filter((p) => !(p in LAYOUT_PATHS));
    expect(missing).toEqual([]);
  });
});

test("page numbers from both renderers: working sheets in the footer; the hồ sơ's documents as NĐ 30/2020 wants", async () => {
  const spec = buildWorkbookSpec(hoSoTrong("tt24-huyen", { loai: LOAI, congLap: true }, 2025));
  const fake = new FakeExcel();
  await renderLayoutWithOfficeJs(fake.context(), spec);
  const fromFile = await pictureFromExcelJs(await renderWorkbook(spec, { ketQua: false }));
  const soTrang = (p: SheetPicture["print"]) =>
    p.differentFirst ? { so: p.header.center, dauTu: p.firstPageNumber, trangDau: "không số", mau: p.blackAndWhite } : { so: p.footer.center };
  for (const pic of [pictureFromFake(fake), fromFile]) {
    for (const s of spec.sheets) {
      // A document (NĐ 30 Phụ lục I): an Arabic number centred in the top margin, its own count from 1, none on its
      // first page, printed without the typing cells' colours. The cover has no number at all.
      const laVanBan = s.print.differentFirst;
      const mongDoi = s.name === "Trang bìa"
        ? { so: undefined, dauTu: 1, trangDau: "không số", mau: true }
        : laVanBan
          ? { so: expect.stringMatching(/^&"Times New Roman"&1[34]&P$/), dauTu: 1, trangDau: "không số", mau: true }
          : { so: expect.stringMatching(/Trang &P \/ &N$/) };
      expect([s.name, soTrang(pic.bySheet[s.name].print)]).toEqual([s.name, mongDoi]);
    }
  }
});

test("the comparison sees a property one renderer leaves out", async () => {
  // What the layout says and a renderer did not do shows as a difference (here page breaks added after rendering).
  const spec = buildWorkbookSpec(hoSoTrong("tt22", { loai: LOAI, congLap: true }, 2025));
  const fake = new FakeExcel();
  await renderLayoutWithOfficeJs(fake.context(), spec);
  const fromFake = pictureFromFake(fake);
  const name = spec.sheets[0].name;
  spec.sheets[0].rowBreaks = [3];
  expect(pictureFromSpec(spec).bySheet[name].print.rowBreaks).toEqual([3]);
  expect(fromFake.bySheet[name].print.rowBreaks).toEqual([]);
  // And a path nobody listed is reported.
  (spec.sheets[0] as unknown as Record<string, unknown>).hiddenColumns = ["C"];
  expect([...layoutPaths(spec)].filter((p) => !(p in LAYOUT_PATHS))).toEqual(["sheet.hiddenColumns[]"]);
});
