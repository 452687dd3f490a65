/**
 * The unit's Tổ tự đánh giá. Seed 002 IV.1: “Thủ trưởng đơn vị ban hành Quyết định thành lập Tổ TĐG bao gồm tổ
 * trưởng, thư ký và các thành viên; Tổ trưởng Tổ TĐG là lãnh đạo cơ quan, đơn vị.” The seeds set no size for it:
 * “số lượng ủy viên của hội đồng là số lẻ, tối thiểu là 05 người” is the Phòng/Sở's Hội đồng đánh giá cấp huyện
 * (seed 000 VI.1.2.b) — SPEC §2 “Who is on which body”.
 */
import { CHUC_VU_KHONG_LANH_DAO, CHUC_VU_LANH_DAO, kiemTraHoiDongTuDanhGia, laLanhDaoDonVi, nhiemVuCua, type ThanhVienHoiDong } from "../../src/rules";
import { SEED_000, SEED_002 } from "../helpers/seeds";

const m = (hoTen: string, nhiemVu: string, chucVu?: string): ThanhVienHoiDong => ({ hoTen, nhiemVu, chucVu });
const TT = m("Nguyễn Văn A", "Tổ trưởng", "Hiệu trưởng");
const TK = m("Trần Thị B", "Thư ký", "Giáo viên");

test(`the quotes: ${SEED_002.nguon}, ${SEED_000.nguon}`, () => {
  expect(SEED_002.toTdg).toContain("Tổ trưởng Tổ TĐG là lãnh đạo cơ quan, đơn vị");
  expect(SEED_000.hoiDongCapHuyen).toContain("số lẻ, tối thiểu là 05 người");
});

test("no size rule: a team of 2 (tổ trưởng and thư ký) is valid, so are 4 and 6", () => {
  expect(kiemTraHoiDongTuDanhGia([TT, TK])).toEqual([]);
  expect(kiemTraHoiDongTuDanhGia([TT, TK, m("C", "Thành viên"), m("D", "thành viên")])).toEqual([]);
  expect(kiemTraHoiDongTuDanhGia([TT, TK, ...["C", "D", "E", "F"].map((t) => m(t, "Thành viên"))])).toEqual([]);
});

test("a blank team lacks its tổ trưởng and its thư ký", () => {
  expect(kiemTraHoiDongTuDanhGia([])).toEqual(["Cần đúng một Tổ trưởng (đang có 0)", "Cần đúng một Thư ký (đang có 0)"]);
});

test("two tổ trưởng or two thư ký are reported with their count", () => {
  expect(kiemTraHoiDongTuDanhGia([TT, { ...TT, hoTen: "Lê C" }, TK])).toEqual(["Cần đúng một Tổ trưởng (đang có 2)"]);
  expect(kiemTraHoiDongTuDanhGia([TT, TK, { ...TK, hoTen: "Lê C" }])).toEqual(["Cần đúng một Thư ký (đang có 2)"]);
});

test("the tổ trưởng must be a leader of the unit: “Tổ trưởng chuyên môn” and “Tổ phó” are not", () => {
  expect(kiemTraHoiDongTuDanhGia([{ ...TT, chucVu: "Tổ trưởng chuyên môn" }, TK])).toEqual([
    "Tổ trưởng phải là lãnh đạo cơ quan, đơn vị; chức vụ “Tổ trưởng chuyên môn” không phải chức vụ lãnh đạo đơn vị (ví dụ Hiệu trưởng, Phó Hiệu trưởng, Giám đốc, Chủ tịch)",
  ]);
  expect(kiemTraHoiDongTuDanhGia([{ ...TT, chucVu: "  Tổ   phó " }, TK])[0]).toMatch(/chức vụ “Tổ phó” không phải/);
  expect(kiemTraHoiDongTuDanhGia([{ ...TT, chucVu: "Chủ tịch Công đoàn" }, TK])[0]).toMatch(/chức vụ “Chủ tịch Công đoàn” không phải/);
});

test("a tổ trưởng with a blank chức vụ is asked for it", () => {
  for (const chucVu of [undefined, "", "   "]) {
    expect(kiemTraHoiDongTuDanhGia([{ ...TT, chucVu }, TK])).toEqual([
      "Tổ trưởng chưa ghi chức vụ: Tổ trưởng Tổ tự đánh giá là lãnh đạo cơ quan, đơn vị (ghi chức vụ, ví dụ Hiệu trưởng, Phó Hiệu trưởng, Giám đốc)",
    ]);
  }
});

test("the chức vụ is read only when there is exactly one tổ trưởng", () => {
  expect(kiemTraHoiDongTuDanhGia([{ ...TT, chucVu: "" }, { ...TT, hoTen: "Lê C", chucVu: "Giáo viên" }])).toEqual([
    "Cần đúng một Tổ trưởng (đang có 2)",
    "Cần đúng một Thư ký (đang có 0)",
  ]);
});

test("the legacy label “Chủ tịch (Tổ trưởng)”, the JSON codes and any case count as the roles", () => {
  expect(kiemTraHoiDongTuDanhGia([{ ...TT, nhiemVu: "Chủ tịch (Tổ trưởng)" }, TK])).toEqual([]);
  expect(kiemTraHoiDongTuDanhGia([{ ...TT, nhiemVu: "to-truong" }, { ...TK, nhiemVu: "thu-ky" }])).toEqual([]);
  expect(kiemTraHoiDongTuDanhGia([{ ...TT, nhiemVu: " tổ  TRƯỞNG " }, { ...TK, nhiemVu: "THƯ KÝ" }])).toEqual([]);
  expect(nhiemVuCua("Chủ tịch")).toBeUndefined();
});

test("rows without a name are not members", () => {
  expect(kiemTraHoiDongTuDanhGia([TT, TK, m("  ", "Thư ký"), m("", "Tổ trưởng", "Giáo viên")])).toEqual([]);
});

test("leadership titles of the kinds of unit of seed 000 mục II", () => {
  for (const cv of ["Hiệu trưởng", "PHÓ HIỆU TRƯỞNG", "Giám đốc Trung tâm GDNN-GDTX", "Chủ tịch UBND xã", "Phó Chủ tịch", "Bí thư Huyện đoàn", "Trưởng phòng Giáo dục và Đào tạo", "Chỉ huy trưởng", "Hiệu trưởng kiêm Bí thư chi bộ", "Viện trưởng", "Chủ nhiệm Hợp tác xã", "Tổng Giám đốc"]) {
    expect([cv, laLanhDaoDonVi(cv)]).toEqual([cv, true]);
  }
  for (const cv of ["Tổ trưởng chuyên môn", "Tổ phó", "Giáo viên", "Thư ký", "Kế toán", "Chủ tịch công đoàn", "Bí thư Chi đoàn", "Bí thư Đoàn trường", "Chủ nhiệm lớp 5A", "Trưởng khối 3", ""]) {
    expect([cv, laLanhDaoDonVi(cv)]).toEqual([cv, false]);
  }
  // Every exception begins like a leadership title (else it would not be needed), and the lists are lower case.
  for (const t of CHUC_VU_KHONG_LANH_DAO) expect(CHUC_VU_LANH_DAO.some((l) => t.startsWith(l))).toBe(true);
  for (const t of [...CHUC_VU_LANH_DAO, ...CHUC_VU_KHONG_LANH_DAO]) expect(t).toBe(t.toLocaleLowerCase("vi").trim());
});
