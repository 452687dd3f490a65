/**
 * The Hội đồng đánh giá's membership rule (SPEC §2 “Who is on which body”), and the sheet “Hội đồng đánh giá” whose
 * live check, computed by HyperFormula on the sheet's own formulas, says exactly what the rule says.
 */
import { HyperFormula } from "hyperformula";
import {
  HOP_LE_HOI_DONG_DANH_GIA,
  LOI_HOI_DONG_DANH_GIA as L,
  MO_TA_HOI_DONG_DANH_GIA,
  kiemTraHoiDongDanhGia,
  kiemTraHoiDongTuDanhGia,
  type ThanhVienDanhGia,
} from "../../src/rules";
import { HDDG, sheetHoiDongDanhGia } from "../../src/template";
import type { SheetSpec } from "../../src/template/model";
import { SEED_000, SEED_002 } from "../helpers/seeds";

const m = (hoTen: string, nhiemVu: string, daiDien: string, chucVu = ""): ThanhVienDanhGia => ({ hoTen, nhiemVu, daiDien, chucVu });
const CT = m("Nguyễn Văn An", "Chủ tịch Hội đồng", "Phòng/Sở Giáo dục và Đào tạo", "Phó Trưởng phòng GD&ĐT huyện");
const TK = m("Trần Thị Bình", "Thư ký", "Phòng/Sở Giáo dục và Đào tạo", "Chuyên viên Phòng GD&ĐT");
const NV = m("Lê Văn Cường", "Ủy viên", "Cơ quan chuyên môn khác thuộc UBND", "Phó Trưởng phòng Nội vụ");
const KH = m("Phạm Thị Dung", "Ủy viên", "Hội khuyến học", "Phó Chủ tịch Hội Khuyến học huyện");
const LD = m("Hoàng Văn Em", "Ủy viên", "Tổ chức chính trị - xã hội", "Phó Chủ tịch Liên đoàn Lao động huyện");
const UV = (i: number) => m(`Ủy viên ${i}`, "Ủy viên", "Khác", "Hiệu trưởng");
const HOP_LE_5 = [CT, TK, NV, KH, LD];

describe(`${SEED_000.nguon}: “${SEED_000.hoiDongCapHuyen}” (cấp thành phố: “${SEED_000.hoiDongCapTinh}”)`, () => {
  test(`every member counts, chủ tịch and thư ký too (${SEED_002.nguon}: “${SEED_002.thanhVienHdDg}”; seed 000 calls them all ủy viên: “${SEED_000.yKienUyVien}”)`, () => {
    expect(MO_TA_HOI_DONG_DANH_GIA).toMatch(/tính cả chủ tịch và thư ký, là số lẻ, tối thiểu 05 người/);
    expect(kiemTraHoiDongDanhGia(HOP_LE_5)).toEqual([]);
  });
  test("4 members: too few and even", () => {
    expect(kiemTraHoiDongDanhGia([CT, TK, NV, KH, { ...LD, daiDien: "Hội khuyến học" }].slice(0, 4))).toEqual([L.toiThieu(4), L.soLe(4), L.thieuDaiDien("chinh-tri-xa-hoi")]);
  });
  test("5 members: valid; 6: even; 7: valid", () => {
    expect(kiemTraHoiDongDanhGia(HOP_LE_5)).toEqual([]);
    expect(kiemTraHoiDongDanhGia([...HOP_LE_5, UV(6)])).toEqual([L.soLe(6)]);
    expect(kiemTraHoiDongDanhGia([...HOP_LE_5, UV(6), UV(7)])).toEqual([]);
  });
  test("3 members: too few only (odd)", () => {
    expect(kiemTraHoiDongDanhGia([CT, TK, NV])).toEqual([L.toiThieu(3), L.thieuDaiDien("hoi-khuyen-hoc"), L.thieuDaiDien("chinh-tri-xa-hoi")]);
  });
  test("rows without a name are not members; an empty list is said once", () => {
    expect(kiemTraHoiDongDanhGia([])).toEqual([L.chuaLap]);
    expect(kiemTraHoiDongDanhGia([m("  ", "Ủy viên", "Khác")])).toEqual([L.chuaLap]);
    expect(kiemTraHoiDongDanhGia([...HOP_LE_5, m("", "Ủy viên", "Khác")])).toEqual([]);
  });
});

describe(`${SEED_002.nguon}: “${SEED_002.chuTichHdDg}”`, () => {
  test("exactly one chủ tịch and one thư ký", () => {
    expect(kiemTraHoiDongDanhGia([{ ...CT, nhiemVu: "Ủy viên" }, TK, NV, KH, LD])).toEqual([L.chuTich(0)]);
    expect(kiemTraHoiDongDanhGia([CT, { ...TK, nhiemVu: "Chủ tịch" }, NV, KH, LD])).toEqual([L.chuTich(2), L.thuKy(0)]);
    expect(kiemTraHoiDongDanhGia([CT, TK, { ...NV, nhiemVu: "thư ký" }, KH, LD])).toEqual([L.thuKy(2)]);
  });
  test("the chủ tịch is a leader of the Phòng/Sở: by Chức vụ and by Đại diện", () => {
    expect(kiemTraHoiDongDanhGia([{ ...CT, chucVu: "GIÁM ĐỐC Sở GD&ĐT" }, TK, NV, KH, LD])).toEqual([]);
    expect(kiemTraHoiDongDanhGia([{ ...CT, chucVu: "Chuyên viên Phòng GD&ĐT" }, TK, NV, KH, LD])).toEqual([L.chuTichKhongLaLanhDao("Chuyên viên Phòng GD&ĐT")]);
    expect(kiemTraHoiDongDanhGia([{ ...CT, chucVu: " " }, TK, NV, KH, LD])).toEqual([L.chuTichChucVuTrong]);
    expect(kiemTraHoiDongDanhGia([{ ...CT, chucVu: "Trưởng phòng Nội vụ", daiDien: "Cơ quan chuyên môn khác thuộc UBND" }, TK, NV, KH, LD])).toEqual([L.chuTichKhongThuocPhongSo]);
  });
  test(`each body of “${SEED_000.thanhPhanHuyen}” is represented; every member names a role and a body`, () => {
    expect(kiemTraHoiDongDanhGia([CT, TK, { ...NV, daiDien: "Khác" }, KH, LD])).toEqual([L.thieuDaiDien("co-quan-chuyen-mon")]);
    expect(kiemTraHoiDongDanhGia([CT, TK, NV, KH, { ...LD, daiDien: "" }])).toEqual([L.chuaChonDaiDien(1), L.thieuDaiDien("chinh-tri-xa-hoi")]);
    expect(kiemTraHoiDongDanhGia([CT, TK, NV, KH, { ...LD, nhiemVu: "Phó chủ tịch" }])).toEqual([L.chuaChonNhiemVu(1)]);
  });
  test("the unit's own Tổ tự đánh giá keeps no size rule (SPEC §2)", () => {
    expect(kiemTraHoiDongTuDanhGia([{ hoTen: "A", nhiemVu: "Tổ trưởng", chucVu: "Hiệu trưởng" }, { hoTen: "B", nhiemVu: "Thư ký" }])).toEqual([]);
  });
});

function viTri(ref: string) {
  const [, c, r] = /^([A-Z]+)(\d+)$/.exec(ref)!;
  return { col: [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1, row: Number(r) - 1 };
}

/** The sheet's own formulas in HyperFormula (case ignored as Excel compares, SUMPRODUCT over arrays). */
function kiemTraTrenSheet(spec: SheetSpec, ds: readonly ThanhVienDanhGia[]): string {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", caseSensitive: false, accentSensitive: true, useArrayArithmetic: true });
  hf.addSheet(spec.name);
  const sheet = hf.getSheetId(spec.name)!;
  for (const c of spec.cells) hf.setCellContents({ sheet, ...viTri(c.ref) }, [[c.formula !== undefined ? `=${c.formula}` : (c.value ?? null)]]);
  for (let i = 0; i < HDDG.soDong; i++) {
    const t = ds[i];
    hf.setCellContents({ sheet, row: HDDG.dongDau - 1 + i, col: 1 }, [[t?.hoTen || null, t?.chucVu || null, t?.nhiemVu || null, t?.daiDien || null]]);
  }
  const o = spec.cells.find((c) => c.formula?.startsWith("IF(") && c.formula.includes(`"${HOP_LE_HOI_DONG_DANH_GIA}"`))!;
  return String(hf.getCellValue({ sheet, ...viTri(o.ref) }));
}

const DOI: [string, ThanhVienDanhGia[]][] = [
  ["empty", []],
  ["valid 5", HOP_LE_5],
  ["valid 7, rows apart", [UV(1), m("", "", ""), CT, TK, NV, KH, LD, UV(2)]],
  ["4", HOP_LE_5.slice(0, 4)],
  ["6", [...HOP_LE_5, UV(6)]],
  ["1", [UV(1)]],
  ["two chủ tịch", [CT, { ...CT, hoTen: "Khác" }, TK, NV, KH, LD, UV(7)]],
  ["chủ tịch no chức vụ", [{ ...CT, chucVu: "" }, TK, NV, KH, LD]],
  ["chủ tịch not a leader, not of the Phòng", [{ ...CT, chucVu: "Chuyên viên", daiDien: "Khác" }, TK, NV, KH, LD]],
  ["chủ tịch in capitals, spaced", [{ ...CT, chucVu: "  TRƯỞNG   PHÒNG GD&ĐT ", nhiemVu: " chủ tịch " }, TK, NV, KH, LD]],
  ["no role, no body, codes", [{ ...CT, nhiemVu: "chu-tich", daiDien: "gd-dt" }, TK, { ...NV, nhiemVu: "x" }, { ...KH, daiDien: "" }, LD]],
];

describe("the sheet's live check says what the rule says (HyperFormula)", () => {
  test.each(DOI)("%s", (_t, ds) => {
    const loi = kiemTraHoiDongDanhGia(ds);
    const mongDoi = loi.length ? loi.join("; ") : HOP_LE_HOI_DONG_DANH_GIA;
    // Blank sheet, then the list typed: the formulas, not the cached results.
    expect(kiemTraTrenSheet(sheetHoiDongDanhGia([], "huyen"), ds)).toBe(mongDoi);
    // The cached result written with the list is the same text.
    const spec = sheetHoiDongDanhGia(ds, "huyen");
    const o = spec.cells.find((c) => c.formula?.includes(`"${HOP_LE_HOI_DONG_DANH_GIA}"`) && c.formula.startsWith("IF("))!;
    expect(o.result).toBe(mongDoi);
  });

  test("drop-downs offer the roles and the bodies; printed A4 portrait, 13 pt", () => {
    const spec = sheetHoiDongDanhGia([], "tinh");
    expect(spec.rangeValidations?.map((v) => v.validation.list)).toEqual([
      ["Chủ tịch Hội đồng", "Thư ký", "Ủy viên"],
      ["Phòng/Sở Giáo dục và Đào tạo", "Cơ quan chuyên môn khác thuộc UBND", "Hội khuyến học", "Tổ chức chính trị - xã hội", "Khác"],
    ]);
    expect(spec.print.landscape).toBe(false);
    expect(spec.printArea).toBe(`A1:E${HDDG.dongDau + HDDG.soDong - 1}`);
    expect(spec.cells.find((c) => c.ref === "A2")?.value).toBe("Hội đồng đánh giá cấp tỉnh");
  });
});
