/**
 * Formula-looking text written through Office.js stays text (the recording fake parses strings as Excel does: "=…",
 * "+…", "-…", "@…" become formulas unless written with Excel's leading apostrophe). Unit names, member names, the log
 * and the consolidated list; the number of context.sync calls is what it was.
 */
import { CO_KHONG, RULE_SETS, docBangDanhSach, docCsv, validateHoSo, type DanhSach } from "../../src/rules";
import { buildWorkbookSpec, hoSoTrong } from "../../src/template";
import { renderLayoutWithOfficeJs } from "../../src/excel/renderLayoutWithOfficeJs";
import { nhapDanhSachVaoSo } from "../../src/excel/importRoster";
import { ghiNhatKy } from "../../src/excel/liveUpdates";
import { giuLaChu } from "../../src/excel/plainText";
import { capNhatSoTrongPane } from "../../src/taskpane/consolidateInPane";
import { SO_HOI_DONG } from "../../src/template";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { GIONG_CONG_THUC } from "../corpus/formulaText";
import { hoSoDayDu } from "../helpers/hoSo";
import { FakeExcel, ghiNhuExcel, type FakeCell } from "./fakeExcel";


const o = (fake: FakeExcel, name: string): FakeCell => {
  const m = /^='?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(fake.names.get(name)!)!;
  return fake.cell(fake.sheets.get(m[1].replace(/''/g, "'"))!, `${m[2]}${m[3]}`);
};

const laChu = (c: FakeCell | undefined) => ({ v: c?.v, formula: Boolean(c?.formula) });

test("the fake parses as Excel does, so these tests can fail", () => {
  const c = (v: unknown) => {
    const cell: FakeCell = { font: {}, locked: true };
    ghiNhuExcel(cell, v);
    return laChu(cell);
  };
  expect(c('=HYPERLINK("http://x","y")')).toEqual({ v: '=HYPERLINK("http://x","y")', formula: true });
  expect(c("-2+3")).toEqual({ v: "=-2+3", formula: true });
  expect(c("@SUM(1)")).toEqual({ v: "=SUM(1)", formula: true });
  expect(c("'=1")).toEqual({ v: "=1", formula: false });
  expect(giuLaChu("Trường THCS")).toBe("Trường THCS");
  expect(giuLaChu(5)).toBe(5);
});

describe.each(GIONG_CONG_THUC)("%s", (ten) => {
  test("as the unit name of an injected template: text, in as many syncs as any other name", async () => {
    const ref = new FakeExcel();
    await renderLayoutWithOfficeJs(ref.context(), buildWorkbookSpec(hoSoTrong("tt24-huyen", { loai: "co-quan", congLap: true, ten: "Sở A" }, 2025)));
    const fake = new FakeExcel();
    const r = await renderLayoutWithOfficeJs(fake.context(), buildWorkbookSpec(hoSoTrong("tt24-huyen", { loai: "co-quan", congLap: true, ten }, 2025)));
    expect(laChu(o(fake, "DV_TEN"))).toEqual({ v: ten, formula: false });
    expect([r.soLanSync, fake.syncs]).toEqual([ref.syncs, ref.syncs]);
  });

  test("typed into DV_TEN, it survives re-injection as text", async () => {
    const fake = new FakeExcel();
    await renderLayoutWithOfficeJs(fake.context(), buildWorkbookSpec(hoSoTrong("tt24-tinh", { loai: "dai-hoc", congLap: true }, 2025)));
    o(fake, "DV_TEN").v = ten; // what range.values reads from a text cell: the text, without any apostrophe
    await renderLayoutWithOfficeJs(fake.context(), buildWorkbookSpec(hoSoTrong("tt24-tinh", { loai: "dai-hoc", congLap: true }, 2025)));
    expect(laChu(o(fake, "DV_TEN"))).toEqual({ v: ten, formula: false });
  });

  test("as a member's name and position in the “Thành viên” sheet, and in the log", async () => {
    const fake = new FakeExcel();
    await renderLayoutWithOfficeJs(fake.context(), buildWorkbookSpec(hoSoTrong("tt24-huyen", { loai: "pho-thong", congLap: true }, 2025)));
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const r = docBangDanhSach(docCsv(`Họ và tên,Chức vụ,Kỷ luật lao động\n${q(ten)},${q(ten)},Có\nNguyễn Văn A,GV,Không\n`), RULE_SETS["tt24-huyen"], "thanh-vien", "ds.csv");
    if (!r.ok) throw new Error(r.loi.join("\n"));
    fake.syncs = 0;
    expect(await nhapDanhSachVaoSo(fake.context(), hoSoTrong("tt24-huyen", { loai: "pho-thong", congLap: true }, 2025), r.danhSach as DanhSach)).toBe(3);
    const sheet = fake.sheets.get("Thành viên")!;
    expect([laChu(sheet.cells.get("B2")), laChu(sheet.cells.get("C2")), sheet.cells.get("D2")!.v]).toEqual([{ v: ten, formula: false }, { v: ten, formula: false }, CO_KHONG.co]);
    ghiNhatKy(fake.context(), [{ thoiGian: "20/01/2026 09:00", nguoi: ten, o: "'Thông tin'!B4", noiDung: "Tên đơn vị", cu: ten, moi: ten }]);
    const log = [...fake.sheets.get("Nhật ký")!.cells.values()].filter((c) => c.v !== undefined).slice(-6);
    expect(log.map(laChu)).toEqual([
      { v: "20/01/2026 09:00", formula: false },
      { v: ten, formula: false },
      { v: "'Thông tin'!B4", formula: false },
      { v: "Tên đơn vị", formula: false },
      { v: ten, formula: false },
      { v: ten, formula: false },
    ]);
  });

  test("as a unit name read from a picked workbook, in the pane's council register", async () => {
    const ok = validateHoSo({ ...hoSoDayDu("tt24-huyen", "co-quan"), donVi: { ten, loai: "co-quan", congLap: true } });
    if (!ok.ok) throw new Error(ok.loi.join("\n"));
    const data = await (await renderWorkbook(buildWorkbookSpec(ok.hoSo))).xlsx.writeBuffer();
    const fake = new FakeExcel();
    const tep = { name: "a.xlsx", arrayBuffer: async () => data as ArrayBuffer };
    const r = await capNhatSoTrongPane([tep], (batch) => batch(fake.context()), { nam: 2026, thang: 1, ngay: 20 }, async () => "0".repeat(64), () => undefined);
    expect([r.moi, r.soLoi, r.so.tong.soDonVi]).toEqual([1, 0, 1]);
    expect(laChu(fake.sheets.get(SO_HOI_DONG.ds)!.cells.get("C5"))).toEqual({ v: ten, formula: false });
  });
});

test("the template's own labels that begin with a dash stay text (“- Tổng số chỉ tiêu (áp dụng):”)", async () => {
  const fake = new FakeExcel();
  await renderLayoutWithOfficeJs(fake.context(), buildWorkbookSpec(hoSoTrong("tt24-huyen", { loai: "co-quan", congLap: true }, 2025)));
  const dash = [...fake.sheets.get("Bảng tổng hợp")!.cells.values()].filter((c) => typeof c.v === "string" && /^[-+]/.test(c.v));
  expect(dash.length).toBeGreaterThan(0);
  for (const c of dash) expect(laChu(c)).toEqual({ v: c.v, formula: false });
  for (const s of fake.sheets.values()) for (const c of s.cells.values()) if (c.formula) expect(String(c.v)).not.toMatch(/^=[-+]\s/);
});
