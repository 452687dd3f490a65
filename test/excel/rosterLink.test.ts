/**
 * A roster imported from the pane is the roster of `dvht tao-mau --thanh-vien/--nguoi-hoc` (same layout, same
 * rendering), and its link survives "Chèn mẫu": a formula under an input name is kept, whoever put it there.
 */
import { RULE_SETS, type BoTieuChiId, type DanhSach, type HoSo } from "../../src/rules";
import { buildWorkbookSpec, hoSoTrong, tenCacONhap, tenSheetDanhSach, tenTruongChiTieu, type DanhSachMau } from "../../src/template";
import { nhapDanhSachVaoSo } from "../../src/excel/importRoster";
import { renderLayoutWithOfficeJs } from "../../src/excel/renderLayoutWithOfficeJs";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { FakeExcel } from "./fakeExcel";
import { rosterFor } from "./rosters";
import { pictureFromExcelJs, pictureFromFake, type WorkbookPicture } from "./snapshots";

// Each test renders whole workbooks two or three ways (about a second idle): room for a machine that is busy.
jest.setTimeout(60_000);

const donVi = { loai: "co-quan" as const, congLap: true };
const blank = (bo: BoTieuChiId) => buildWorkbookSpec(hoSoTrong(bo, donVi, 2025));

/** The pane's path: inject the blank template, then import the roster. */
async function injectAndImport(bo: BoTieuChiId, ds: DanhSach): Promise<{ fake: FakeExcel; syncs: number }> {
  const fake = new FakeExcel();
  await renderLayoutWithOfficeJs(fake.context(), blank(bo));
  fake.syncs = 0;
  const syncs = await nhapDanhSachVaoSo(fake.context(), hoSoTrong(bo, donVi, 2025), ds);
  return { fake, syncs };
}

/** What `tao-mau` writes for the same blank unit with this roster. */
async function taoMau(bo: BoTieuChiId, ds: DanhSach): Promise<WorkbookPicture> {
  const hoSo: HoSo = hoSoTrong(bo, donVi, 2025);
  const danhSach: DanhSachMau = ds.loai === "thanh-vien" ? { thanhVien: ds } : { nguoiHoc: ds };
  return pictureFromExcelJs(await renderWorkbook(buildWorkbookSpec(hoSo, "cong-thuc-goc", danhSach), { ketQua: false }));
}

function expectSameSheets(actual: WorkbookPicture, expected: WorkbookPicture): void {
  expect(actual.sheets).toEqual(expected.sheets);
  for (const name of expected.sheets) {
    const [a, e] = [actual.bySheet[name], expected.bySheet[name]];
    for (const key of Object.keys(e) as (keyof typeof e)[]) expect([name, key, a[key]]).toEqual([name, key, e[key]]);
  }
  expect(actual.names).toEqual(expected.names);
}

const CASES = (Object.keys(RULE_SETS) as BoTieuChiId[]).flatMap((bo) =>
  (["thanh-vien", "nguoi-hoc"] as const)
    .filter((loai) => !(loai === "nguoi-hoc" && RULE_SETS[bo].chamDiem))
    .map((loai) => [bo, loai, rosterFor(bo, loai)] as const)
    .filter((c): c is readonly [BoTieuChiId, "thanh-vien" | "nguoi-hoc", DanhSach] => c[2] !== undefined),
);

describe.each(CASES)("%s, %s roster", (bo, _loai, ds) => {
  test("the pane's import gives the workbook tao-mau writes with that roster: every property of every sheet", async () => {
    const { fake, syncs } = await injectAndImport(bo, ds);
    expect(syncs).toBe(fake.syncs);
    expect(fake.syncs).toBe(3); // which sheets exist; the rows (one batch); the rules, formulas and protection
    expectSameSheets(pictureFromFake(fake), await taoMau(bo, ds));
  });

  test("“Chèn mẫu” again keeps every count formula, and the workbook stays the tao-mau one", async () => {
    const { fake } = await injectAndImport(bo, ds);
    const fields = ds.loai === "thanh-vien" ? (["soDat", "tongSo"] as const) : (["nguoiHocDat", "tongNguoiHoc"] as const);
    const counts = ds.chiTieu.flatMap((id) => fields.map((f) => tenTruongChiTieu(id, f)));
    for (const n of counts) expect([n, fake.valueOf(n)]).toEqual([n, expect.stringMatching(/^=COUNT(IF|A)\('(Thành viên|Người học)'!/)]);
    const before = Object.fromEntries(counts.map((n) => [n, fake.valueOf(n)]));
    fake.syncs = 0;
    const r = await renderLayoutWithOfficeJs(fake.context(), blank(bo));
    expect(fake.syncs).toBe(3);
    expect(Object.fromEntries(counts.map((n) => [n, fake.valueOf(n)]))).toEqual(before);
    for (const n of counts) expect(r.giuLai[n]).toBe(before[n]);
    expectSameSheets(pictureFromFake(fake), await taoMau(bo, ds));
  });
});

test("a formula the user typed under an input name survives re-injection; a value beside it is rewritten as the value", async () => {
  const fake = new FakeExcel();
  await renderLayoutWithOfficeJs(fake.context(), blank("tt24-huyen"));
  const sheet = fake.sheets.get("Bảng tổng hợp")!;
  const at = (name: string) => {
    const m = /!\$([A-Z]+)\$(\d+)$/.exec(fake.names.get(name)!)!;
    return fake.cell(sheet, `${m[1]}${m[2]}`);
  };
  // Typed in Excel: a formula (its value is its result), a number, and a text that only looks like a formula.
  Object.assign(at("CT_2_1_TONGSO"), { v: "=40+2", formula: true, result: 42 });
  Object.assign(at("CT_2_1_SODAT"), { v: 40, formula: false });
  Object.assign(at("CT_2_1_MINHCHUNG"), { v: "=MC1", formula: false, quotePrefix: true });
  await renderLayoutWithOfficeJs(fake.context(), blank("tt24-huyen"));
  expect([at("CT_2_1_TONGSO").v, at("CT_2_1_TONGSO").formula]).toEqual(["=40+2", true]);
  expect([at("CT_2_1_SODAT").v, at("CT_2_1_SODAT").formula]).toEqual([40, false]);
  expect([at("CT_2_1_MINHCHUNG").v, at("CT_2_1_MINHCHUNG").formula, at("CT_2_1_MINHCHUNG").quotePrefix]).toEqual(["=MC1", false, true]);
  expect(tenCacONhap(RULE_SETS["tt24-huyen"])).toContain("CT_2_1_TONGSO");
});

test("a kept formula whose name an upgraded layout moved is written, as a formula, where the name now points", async () => {
  const fake = new FakeExcel();
  await renderLayoutWithOfficeJs(fake.context(), blank("tt24-huyen"));
  const old = fake.addSheet("Cũ");
  Object.assign(fake.cell(old, "B2"), { v: `=COUNTIF('Thành viên'!$D:$D,"Có")`, formula: true, result: 7 });
  fake.names.set("CT_2_1_SODAT", "='Cũ'!$B$2");
  await renderLayoutWithOfficeJs(fake.context(), blank("tt24-huyen"));
  expect(fake.names.get("CT_2_1_SODAT")).toBe("='Bảng tổng hợp'!$D$12");
  const cell = fake.sheets.get("Bảng tổng hợp")!.cells.get("D12")!;
  expect([cell.v, cell.formula]).toEqual([`=COUNTIF('Thành viên'!$D:$D,"Có")`, true]);
});

test("both rosters imported from the pane, in either order, sit where tao-mau puts them", async () => {
  const [tv, nh] = [rosterFor("tt24-huyen", "thanh-vien")!, rosterFor("tt24-huyen", "nguoi-hoc")!];
  const hoSo = hoSoTrong("tt24-huyen", donVi, 2025);
  const expected = (await pictureFromExcelJs(await renderWorkbook(buildWorkbookSpec(hoSo, "cong-thuc-goc", { thanhVien: tv, nguoiHoc: nh }), { ketQua: false }))).sheets;
  for (const order of [[tv, nh], [nh, tv]]) {
    const fake = new FakeExcel();
    await renderLayoutWithOfficeJs(fake.context(), blank("tt24-huyen"));
    for (const ds of order) await nhapDanhSachVaoSo(fake.context(), hoSo, ds);
    expect(fake.sheetOrder).toEqual(expected);
  }
});

test("importing twice replaces the roster sheet, with the same result", async () => {
  const ds = rosterFor("tt24-tinh", "thanh-vien")!;
  const { fake } = await injectAndImport("tt24-tinh", ds);
  const once = pictureFromFake(fake);
  await nhapDanhSachVaoSo(fake.context(), hoSoTrong("tt24-tinh", donVi, 2025), ds);
  const twice = pictureFromFake(fake);
  expect(twice.bySheet[tenSheetDanhSach(ds)]).toEqual(once.bySheet[tenSheetDanhSach(ds)]);
  expect(twice.bySheet["Bảng tổng hợp"]).toEqual(once.bySheet["Bảng tổng hợp"]);
});
