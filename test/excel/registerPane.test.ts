/**
 * The council's register in the pane, on the recording fake of Excel: received from picked workbooks
 * (capNhatSoTrongPane), read back for the council view (docSoMo), the council's verdict typed in the sheet
 * “Thẩm định” read as the council's and kept when more files are received.
 */
import { XEP_LOAI } from "../../src/rules";
import { HDDG, SO_HOI_DONG, THAM_DINH } from "../../src/template";
import { capNhatSoTrongPane, docSoMo, laSoHoiDongMo } from "../../src/taskpane/consolidateInPane";
import example from "../../examples/thcs-kim-lien.json";
import { hoSoDayDu } from "../helpers/hoSo";
import { FakeExcel, ghiNhuExcel } from "./fakeExcel";
import { bam, tep } from "./registerPaneHelpers";

const NGAY = { nam: 2026, thang: 1, ngay: 10 };

/** The cells of a receipt's “Hội đồng” row in the verdict sheet, by column letter, and the unit's row above it. */
function dongHoiDong(fake: FakeExcel, ma: string): { r: number; donVi: Map<string, unknown> } {
  const s = fake.sheets.get(SO_HOI_DONG.thamDinh)!;
  for (const [ref, c] of s.cells) {
    const r = Number(/\d+$/.exec(ref)![0]);
    if (ref === `A${r}` && c.v === ma && s.cells.get(`C${r}`)?.v === THAM_DINH.dongHoiDong) {
      const donVi = new Map([...s.cells].filter(([k]) => Number(/\d+$/.exec(k)![0]) === r - 1).map(([k, v]) => [/^[A-Z]+/.exec(k)![0], v.v]));
      return { r, donVi };
    }
  }
  throw new Error(`no council row for ${ma}`);
}

test("received in the pane, read back, the council's verdict typed in “Thẩm định” is the council's and survives the next reception", async () => {
  const fake = new FakeExcel();
  const chay = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(fake.context());
  const kimLien = await tep("kim-lien.xlsx", example);
  const coQuan = await tep("co-quan.xlsx", { ...hoSoDayDu("tt24-huyen", "co-quan"), donVi: { ten: "UBND xã Thử", loai: "co-quan", congLap: true }, namDanhGia: 2025 });
  expect(await laSoHoiDongMo(chay)).toBe(false);

  fake.syncs = 0;
  const r1 = await capNhatSoTrongPane([kimLien, coQuan], chay, NGAY, bam, () => undefined);
  const syncsNhan = fake.syncs;
  expect([r1.moi, r1.soLoi, r1.so.tong.soDonVi]).toEqual([2, 0, 2]);
  // Read the register, drop its sheets, draw them (two syncs), activate the list: the picked files add none.
  expect(syncsNhan).toBeLessThanOrEqual(5);
  expect(await laSoHoiDongMo(chay)).toBe(true);

  fake.syncs = 0;
  const doc1 = await docSoMo(chay, NGAY);
  expect(fake.syncs).toBe(1);
  expect(doc1.so.dong.map((d) => [d.ban.ma, d.ban.ten, d.trangThai, d.ketLuanHoiDong])).toEqual([
    ["HS-0001", "Trường THCS Kim Liên", "Chưa thẩm định", ""],
    ["HS-0002", "UBND xã Thử", "Chưa thẩm định", ""],
  ]);
  expect(doc1.loi).toEqual([]);
  expect(doc1.tepLoi).toEqual([]);

  // The council types its levels on HS-0001's row: every indicator the unit has a level for, at “Không đạt”.
  const ws = fake.sheets.get(SO_HOI_DONG.thamDinh)!;
  const kl = dongHoiDong(fake, "HS-0001");
  expect(doc1.oHoiDong.get("HS-0001")).toMatch(new RegExp(`^D${kl.r}:[A-Z]+${kl.r}$`));
  const cot = [...kl.donVi].filter(([c, v]) => c >= "D" && c.length === 1 && typeof v === "string" && v.startsWith("Đạt")).map(([c]) => c);
  expect(cot.length).toBeGreaterThan(5);
  for (const c of cot) ghiNhuExcel(fake.cell(ws, `${c}${kl.r}`), XEP_LOAI["khong-dat"]);
  // …and a typo on HS-0002's row: named with its cell, the unit stays.
  const cq = dongHoiDong(fake, "HS-0002");
  ghiNhuExcel(fake.cell(ws, `D${cq.r}`), "Đạt");

  fake.syncs = 0;
  const doc2 = await docSoMo(chay, NGAY);
  expect(fake.syncs).toBe(1);
  const hs1 = doc2.so.dong.find((d) => d.ban.ma === "HS-0001")!;
  expect([hs1.trangThai, hs1.ketLuanHoiDong]).toEqual(["Đã thẩm định", XEP_LOAI["khong-dat"]]);
  expect(doc2.so.tong.hoiDong[XEP_LOAI["khong-dat"]]).toBe(1);
  expect(doc2.loi).toEqual([expect.stringMatching(new RegExp(`^'${SO_HOI_DONG.thamDinh}'!D${cq.r} \\(hồ sơ HS-0002, chỉ tiêu 1\\.1\\): “Đạt” không phải`))]);
  expect(doc2.so.dong.find((d) => d.ban.ma === "HS-0002")!.trangThai).toBe("Chưa thẩm định");

  // A broken file and Kim Liên again: the verdict is kept, the file re-checked, the broken one named.
  const hong = { name: "hong.xlsx", arrayBuffer: async () => new TextEncoder().encode("không phải sổ").buffer as ArrayBuffer };
  fake.syncs = 0;
  const r2 = await capNhatSoTrongPane([kimLien, hong], chay, NGAY, bam, () => undefined);
  expect(fake.syncs).toBe(syncsNhan);
  expect([r2.moi, r2.kiemTraLai, r2.soLoi]).toEqual([0, 1, 1]);
  const doc3 = await docSoMo(chay, NGAY);
  const hs1b = doc3.so.dong.find((d) => d.ban.ma === "HS-0001")!;
  expect([hs1b.trangThai, hs1b.ketLuanHoiDong]).toEqual(["Đã thẩm định", XEP_LOAI["khong-dat"]]);
  expect(doc3.tepLoi.map((t) => t.tep)).toEqual(["hong.xlsx"]);
  // The typo is written back as typed (never lost), and still named.
  expect(doc3.loi).toHaveLength(1);
  expect(fake.cell(fake.sheets.get(SO_HOI_DONG.thamDinh)!, `D${dongHoiDong(fake, "HS-0002").r}`).v).toBe("Đạt");
});

test("the Hội đồng đánh giá typed in the pane's register is read back and drawn again on the next reception", async () => {
  const fake = new FakeExcel();
  const chay = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(fake.context());
  const kimLien = await tep("kim-lien.xlsx", example);
  await capNhatSoTrongPane([kimLien], chay, NGAY, bam, () => undefined);
  const ws = fake.sheets.get(SO_HOI_DONG.hoiDong)!;
  const ds = [
    ["Nguyễn Văn An", "Trưởng phòng GD&ĐT", "Chủ tịch Hội đồng", "Phòng/Sở Giáo dục và Đào tạo"],
    ["Trần Thị Bình", "Chuyên viên", "Thư ký", "Phòng/Sở Giáo dục và Đào tạo"],
  ];
  ds.forEach((row, i) => row.forEach((v, j) => ghiNhuExcel(fake.cell(ws, `${"BCDE"[j]}${HDDG.dongDau + i}`), v)));
  const r = await capNhatSoTrongPane([kimLien], chay, NGAY, bam, () => undefined);
  expect(r.so.hoiDongDanhGia).toEqual(ds.map(([hoTen, chucVu, nhiemVu, daiDien]) => ({ hoTen, chucVu, nhiemVu, daiDien })));
  const moi = fake.sheets.get(SO_HOI_DONG.hoiDong)!;
  expect(ds.map((_, i) => "BCDE".split("").map((c) => fake.cell(moi, `${c}${HDDG.dongDau + i}`).v))).toEqual(ds);
});
