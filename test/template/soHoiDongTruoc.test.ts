/**
 * Last year's register kept in the hidden sheet “Dữ liệu nhận” (row 1, from I1): written by soHoiDongSpec, read back
 * by docSoHoiDong — cut across cells under Excel's 32,767-character limit, an edited piece named and not used.
 */
import { khoaDonVi, lapSo, type CongNhanTruoc, type SoNamTruoc } from "../../src/rules";
import { SO_HOI_DONG, docSoHoiDong, soHoiDongSpec, type GiaTriO } from "../../src/template";
import { capNhatBanNhan } from "../../src/xlsx/registerCore";

/** A workbook spec's sheets as the grids docSoHoiDong reads. */
function bangTuSpec(spec: ReturnType<typeof soHoiDongSpec>) {
  const grids = new Map<string, GiaTriO[][]>();
  for (const sh of spec.sheets) {
    const grid: GiaTriO[][] = [];
    for (const c of sh.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(c.ref)!;
      const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const row = (grid[Number(m[2]) - 1] ??= []);
      row[col - 1] = (c.value ?? null) as GiaTriO;
    }
    grids.set(sh.name, Array.from(grid, (r) => Array.from(r ?? [], (v) => v ?? null)));
  }
  return grids;
}

const congNhan = (i: number): CongNhanTruoc => ({
  khoa: khoaDonVi(`Trường số ${i}`, "pho-thong"),
  ten: `Trường số ${i}`,
  loai: "pho-thong",
  nam: 2024,
  trangThai: i % 2 ? "muc-do-1" : "muc-do-2",
  ketLuan: i % 2 ? "Đạt mức độ 1" : "Đạt mức độ 2",
  quyetDinh: { so: "12/QĐ-UBND", ngay: "10/02/2025" },
  baoLuuDen: "31/12/2028",
});

test("a large history (over 32,767 characters) is cut across cells from J1 and reads back whole", () => {
  const truoc: SoNamTruoc = { nam: 2024, cap: "huyen", tep: "/so/2024.xlsx", tong: { "pho-thong": { "Đạt mức độ 1": 300, "Đạt mức độ 2": 300 } }, congNhan: Array.from({ length: 600 }, (_, i) => congNhan(i)) };
  const spec = soHoiDongSpec(lapSo([], new Map(), {}, { truoc }), []);
  const grids = bangTuSpec(spec);
  const dau = grids.get(SO_HOI_DONG.duLieu)![0];
  expect(dau[8]).toBe("Năm trước");
  const manh = dau.slice(9).filter((v) => typeof v === "string");
  expect(manh.length).toBeGreaterThan(2);
  expect(manh.every((v) => (v as string).length <= 32_767)).toBe(true);
  const doc = docSoHoiDong((ten) => grids.get(ten));
  expect(doc.loi).toEqual([]);
  expect(doc.truoc).toEqual(truoc);
});

test("without a history nothing is kept; an edited piece is named and not used", () => {
  const khong = bangTuSpec(soHoiDongSpec(lapSo([], new Map()), []));
  expect(docSoHoiDong((ten) => khong.get(ten)).truoc).toBeUndefined();
  const grids = bangTuSpec(soHoiDongSpec(lapSo([], new Map(), {}, { truoc: { nam: 2024, cap: "huyen", tep: "x", tong: {}, congNhan: [congNhan(1)] } }), []));
  const dau = grids.get(SO_HOI_DONG.duLieu)![0];
  dau[9] = (dau[9] as string).slice(0, -3);
  const doc = docSoHoiDong((ten) => grids.get(ten));
  expect(doc.truoc).toBeUndefined();
  expect(doc.loi).toEqual(["'Dữ liệu nhận'!J1: sổ năm trước đã lưu không đọc được (sheet ẩn đã bị sửa); hãy chạy lại với --truoc"]);
});

test("a refresh from the pane (capNhatBanNhan on the register as read) keeps the history; a new one replaces it", () => {
  const truoc: SoNamTruoc = { nam: 2024, cap: "huyen", tep: "x", tong: {}, congNhan: [congNhan(1)] };
  const grids = bangTuSpec(soHoiDongSpec(lapSo([], new Map(), {}, { truoc }), []));
  const daCo = docSoHoiDong((ten) => grids.get(ten));
  const ngay = { nam: 2026, thang: 1, ngay: 10 };
  expect(capNhatBanNhan(daCo, [], { ngayNhan: ngay, homNay: ngay }).so.truoc).toEqual(truoc);
  const moi = { ...truoc, tep: "y", congNhan: [] };
  expect(capNhatBanNhan(daCo, [], { ngayNhan: ngay, homNay: ngay, truoc: moi }).so.truoc).toBe(moi);
});
