/** Live checks and the share command with the recording fake: one sync per change event, one to convert. */
import { buildWorkbookSpec, hoSoTrong, mucDoFormula, mucDoFormulaDvht, tenChiTieu } from "../../src/template";
import { RULE_SETS } from "../../src/rules";
import { renderLayoutWithOfficeJs, tuyChonKhoa } from "../../src/excel/renderLayoutWithOfficeJs";
import { TheoDoiTrucTiep, chuyenSangCongThucGoc } from "../../src/excel/liveUpdates";
import type { TrangThaiSo } from "../../src/excel/readWorkbookOfficeJs";
import { FakeExcel } from "./fakeExcel";

async function setup(cheDo: "cong-thuc-goc" | "ham-dvht" = "cong-thuc-goc") {
  const fake = new FakeExcel();
  await renderLayoutWithOfficeJs(fake.context(), buildWorkbookSpec(hoSoTrong("tt24-huyen", { loai: "pho-thong", congLap: true }, 2025), cheDo));
  const states: TrangThaiSo[] = [];
  const live = new TheoDoiTrucTiep((batch) => batch(fake.context()), (s) => states.push(s));
  await live.batDau();
  fake.syncs = 0;
  return { fake, live, states };
}

const set = (fake: FakeExcel, name: string, v: string | number) => {
  const ref = fake.names.get(name)!;
  const m = /^='?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
  fake.cell(fake.sheets.get(m[1])!, `${m[2]}${m[3]}`).v = v;
};

test("a change event costs one sync and updates the pane's state with the engine's levels", async () => {
  const { fake, states } = await setup();
  set(fake, "CT_2_1_SODAT", 95);
  set(fake, "CT_2_1_TONGSO", 100);
  set(fake, "CT_2_1_MINHCHUNG", "TC2-01");
  await fake.handlers[0]({ address: "D12" });
  expect(fake.syncs).toBe(1);
  const s = states.at(-1)!;
  expect(s.vanDe).toEqual([]);
  expect(s.ketQua!.chiTieu.find((r) => r.id === "2.1")!.xepLoai).toBe("Đạt mức độ 2");
  expect(s.ketQua!.ketLuan.xepLoai).toBe("Chưa đủ dữ liệu");
});

test("invalid inputs come back as problems tied to their cells", async () => {
  const { fake, states } = await setup();
  set(fake, "CT_2_1_SODAT", 120);
  set(fake, "CT_2_1_TONGSO", 100);
  set(fake, "CT_1_1_DAT", "x");
  await fake.handlers[0]({});
  const s = states.at(-1)!;
  expect(s.vanDe).toEqual([
    { ten: "CT_1_1_DAT", thongBao: 'phải là "Có" hoặc "Không" (nhận được "x")' },
    { ten: "CT_2_1_SODAT", thongBao: "số đạt (120) lớn hơn tổng số (100)" },
  ]);
  expect(s.viTri.get("CT_2_1_SODAT")).toEqual({ sheet: "Bảng tổng hợp", address: "D12" });
});

test("changes made by the add-in itself are ignored", async () => {
  const { fake, live, states } = await setup();
  await live.tuGhi(() => fake.handlers[0]({}));
  expect(fake.syncs).toBe(0);
  expect(states).toEqual([]);
});

test("converting live DVHT formulas to native ones rewrites every Mức độ cell in one sync", async () => {
  const { fake } = await setup("ham-dvht");
  expect(fake.valueOf("CT_2_1_MUCDO")).toBe(`=${mucDoFormulaDvht(RULE_SETS["tt24-huyen"].chiTieu[5])}`);
  const n = await chuyenSangCongThucGoc(fake.context(), "tt24-huyen");
  expect(fake.syncs).toBe(1);
  expect(n).toBe(15);
  for (const def of RULE_SETS["tt24-huyen"].chiTieu) {
    expect(fake.valueOf(tenChiTieu(def.id, "MUCDO"))).toBe(`=${mucDoFormula(def)}`);
  }
  expect(String(fake.valueOf("CT_2_1_MUCDO"))).not.toContain("DVHT.");
  // The form's locked cells were written (the fake refuses writes to locked cells of a protected sheet, as Excel
  // does), and the form is protected again as the layout says.
  const form = fake.sheets.get("Bảng tổng hợp")!;
  expect([form.protected, form.protectOptions]).toEqual([true, tuyChonKhoa()]);
});

describe("Nhật ký: every edit of an input is appended (time, who, cell, indicator, old → new)", () => {
  async function setupLog() {
    const fake = new FakeExcel();
    await renderLayoutWithOfficeJs(fake.context(), buildWorkbookSpec(hoSoTrong("tt24-huyen", { loai: "pho-thong", congLap: true }, 2025)));
    const states: TrangThaiSo[] = [];
    const live = new TheoDoiTrucTiep((batch) => batch(fake.context()), (s) => states.push(s), () => "Nguyễn Thư Ký", () => "20/01/2026 09:00");
    await live.batDau();
    await live.tinhLai();
    fake.syncs = 0;
    return { fake, live };
  }
  const log = (fake: FakeExcel) =>
    [...fake.sheets.get("Nhật ký")!.cells.entries()]
      .filter(([ref, c]) => c.v !== undefined && !/^[A-F]1$/.test(ref))
      .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)) || a.localeCompare(b))
      .map(([, c]) => c.v);

  test("a typed cell is logged from the event's before/after, still in one sync", async () => {
    const { fake } = await setupLog();
    set(fake, "CT_2_1_SODAT", 95);
    await fake.handlers[0]({ worksheetId: "id-Bảng tổng hợp", address: "D12", details: { valueBefore: "", valueAfter: 95 } });
    expect(fake.syncs).toBe(1);
    expect(log(fake)).toEqual(["20/01/2026 09:00", "Nguyễn Thư Ký", "'Bảng tổng hợp'!D12", "Chỉ tiêu 2.1 — số đạt", "(trống)", "95"]);
  });

  test("a paste over several cells is logged cell by cell after the read", async () => {
    const { fake } = await setupLog();
    set(fake, "CT_2_1_SODAT", 95);
    set(fake, "CT_2_1_TONGSO", 100);
    await fake.handlers[0]({ worksheetId: "id-Bảng tổng hợp", address: "D12:E12" });
    expect(fake.syncs).toBe(2);
    expect(log(fake)).toEqual([
      "20/01/2026 09:00", "Nguyễn Thư Ký", "'Bảng tổng hợp'!D12", "Chỉ tiêu 2.1 — số đạt", "(trống)", "95",
      "20/01/2026 09:00", "Nguyễn Thư Ký", "'Bảng tổng hợp'!E12", "Chỉ tiêu 2.1 — tổng số", "(trống)", "100",
    ]);
    // Protected again with the layout's options (columns and rows can still be resized), not Excel's defaults.
    expect([fake.sheets.get("Nhật ký")!.protected, fake.sheets.get("Nhật ký")!.protectOptions]).toEqual([true, tuyChonKhoa()]);
  });
});

test("importing a roster from the pane writes it in batches, then the counts become formulas over it", async () => {
  const { docBangDanhSach, docCsv } = await import("../../src/rules");
  const { nhapDanhSachVaoSo, DONG_MOI_LAN } = await import("../../src/excel/importRoster");
  const { fake } = await setup();
  const n = DONG_MOI_LAN * 2 + 17;
  const csv = ["Họ và tên,Chức vụ,Kỷ luật lao động,Ngoại ngữ", ...Array.from({ length: n }, (_, i) => `=HYPERLINK("x") ${i},GV,${i % 10 ? "x" : "0"},1`)].join("\n");
  const r = docBangDanhSach(docCsv(csv), RULE_SETS["tt24-huyen"], "thanh-vien", "ds.csv");
  if (!r.ok) throw new Error(r.loi.join());
  const progress: number[] = [];
  const syncs = await nhapDanhSachVaoSo(fake.context(), hoSoTrong("tt24-huyen", { loai: "pho-thong", congLap: true }, 2025), r.danhSach, (xong) => progress.push(xong));
  expect(syncs).toBe(fake.syncs);
  expect(fake.syncs).toBe(2 + Math.ceil(n / DONG_MOI_LAN));
  expect(progress).toEqual([DONG_MOI_LAN, DONG_MOI_LAN * 2, n]);
  const sheet = fake.sheets.get("Thành viên")!;
  // Text that looks like a formula stays text (Excel's apostrophe), whatever the cell's format.
  expect([sheet.cells.get("B2")!.v, sheet.cells.get("B2")!.quotePrefix, sheet.cells.get("B2")!.formula]).toEqual(['=HYPERLINK("x") 0', true, false]);
  expect(sheet.cells.get(`D${n + 1}`)!.v).toBe("Có");
  expect(fake.valueOf("CT_2_1_SODAT")).toBe(`=COUNTIF('Thành viên'!$D:$D,"Có")`);
  expect(fake.valueOf("CT_2_4_TONGSO")).toBe(`=COUNTA('Thành viên'!$B:$B)-1`);
  expect(fake.sheets.get("Bảng tổng hợp")!.protected).toBe(true);
});
