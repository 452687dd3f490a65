/**
 * Issue 15 item 4 in Excel: a narrative typed on “Nội dung hồ sơ” after the workbook was made prints whole from
 * Excel's own Print. The pane sizes the documents' rows to the text they display (“Chuẩn bị in”, and whenever a
 * document's tab is opened) in three syncs, writing row heights only: no cell changes.
 */
import { TEN_SHEET_BANG_TONG_HOP, TEN_SHEET_BAO_CAO, buildWorkbookSpec, chieuCaoTheoChu, dongTheoChu, hoSoTrong } from "../../src/template";
import { renderLayoutWithOfficeJs } from "../../src/excel/renderLayoutWithOfficeJs";
import { gianDongVanBan, gianKhiMoVanBan } from "../../src/excel/fitDocumentRows";
import { tachDoan } from "../../src/template/sheets/hoSo/khung";
import { FakeExcel } from "./fakeExcel";

const spec = buildWorkbookSpec(hoSoTrong("tt24-huyen", { loai: "co-quan", congLap: true }, 2025));
const bc = spec.sheets.find((s) => s.name === TEN_SHEET_BAO_CAO)!;
const dong = dongTheoChu(bc);
const dongCua = (ten: string) => dong.filter((d) => d.cells.some((o) => bc.cells.find((c) => c.ref === o.ref)?.formula?.includes(ten)));
const DAI = Array.from({ length: 40 }, (_, i) => `${i + 1}. Đơn vị đã tổ chức học tập thường xuyên cho cán bộ, công chức`).join("\n").slice(0, 2000);

async function soDaChen(): Promise<FakeExcel> {
  const fake = new FakeExcel();
  await renderLayoutWithOfficeJs(fake.context(), spec);
  const sheet = fake.sheets.get(TEN_SHEET_BAO_CAO)!;
  // What Excel computes once the clerk typed: every narrative shows dots but 1.1's Mô tả, and no Kế hoạch shows.
  for (const d of dong) for (const o of d.cells) fake.cell(sheet, o.ref).result = "……………………";
  const [a, b] = tachDoan(DAI);
  const [r1, r2] = dongCua("BC_1_1_MOTA");
  fake.cell(sheet, r1.cells[0].ref).result = a;
  fake.cell(sheet, r2.cells[0].ref).result = b;
  for (const d of dongCua("BC_1_1_KEHOACH")) fake.cell(sheet, d.cells[0].ref).result = "";
  fake.syncs = 0;
  return fake;
}

const chup = (fake: FakeExcel) => JSON.stringify([...fake.sheets.values()].map((s) => [s.name, [...s.cells.entries()].map(([r, c]) => [r, c.v])]));

test("“Chuẩn bị in”: each row as tall as the text it shows, three syncs, no cell written", async () => {
  const fake = await soDaChen();
  const truoc = chup(fake);
  const kq = await gianDongVanBan(fake.context(), spec);
  expect(fake.syncs).toBe(3);
  expect(chup(fake)).toBe(truoc);
  expect(kq.sheets).toContain(TEN_SHEET_BAO_CAO);
  const sheet = fake.sheets.get(TEN_SHEET_BAO_CAO)!;
  const [r1, r2] = dongCua("BC_1_1_MOTA");
  const [a, b] = tachDoan(DAI);
  const h = (r: number) => sheet.rowHeights.get(`${r}:${r}`);
  expect(h(r1.row)).toBe(chieuCaoTheoChu(r1, () => a));
  expect(h(r2.row)).toBe(chieuCaoTheoChu(r2, () => b));
  // Both parts need more than the layout gave a paragraph, and each stays under Excel's 409 pt.
  expect(h(r1.row)!).toBeGreaterThan(bc.rowHeights![r1.row]);
  expect(Math.max(h(r1.row)!, h(r2.row)!)).toBeLessThan(409);
  // A dotted narrative gets one line; a Kế hoạch cải tiến nobody wrote is not printed; the rest are shown.
  const [kh1, kh2] = dongCua("BC_1_1_KEHOACH");
  expect(sheet.rowHidden.get(`${kh1.row}:${kh1.row}`)).toBe(true);
  expect(sheet.rowHidden.get(`${kh2.row}:${kh2.row}`)).toBe(true);
  expect(sheet.rowHidden.get(`${r1.row}:${r1.row}`)).toBe(false);
  const [ds] = dongCua("BC_1_1_DIEMMANH");
  expect(h(ds.row)).toBe(ds.toiThieu);
  // Only the documents' rows: the form the clerk types in keeps its heights.
  expect(fake.sheets.get(TEN_SHEET_BANG_TONG_HOP)!.rowHidden.size).toBe(0);
});

test("opening a document's tab sizes the documents; opening another sheet writes nothing", async () => {
  const fake = await soDaChen();
  const chay = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(fake.context());
  const bao: number[] = [];
  await gianKhiMoVanBan(chay, () => spec, (kq) => bao.push(kq.soDong));
  expect(fake.activatedHandlers).toHaveLength(1);
  fake.syncs = 0;
  await fake.activatedHandlers[0]({ worksheetId: `id-${TEN_SHEET_BANG_TONG_HOP}` });
  expect(fake.syncs).toBe(1);
  expect(bao).toEqual([]);
  expect(fake.sheets.get(TEN_SHEET_BAO_CAO)!.rowHeights.size).toBe(Object.keys(bc.rowHeights!).length);
  await fake.activatedHandlers[0]({ worksheetId: `id-${TEN_SHEET_BAO_CAO}` });
  expect(fake.syncs).toBe(1 + 1 + 3);
  expect(bao[0]).toBeGreaterThan(dong.length);
  const [r1] = dongCua("BC_1_1_MOTA");
  expect(fake.sheets.get(TEN_SHEET_BAO_CAO)!.rowHeights.get(`${r1.row}:${r1.row}`)).toBe(chieuCaoTheoChu(r1, () => tachDoan(DAI)[0]));
});
