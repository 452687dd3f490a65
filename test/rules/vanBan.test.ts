/**
 * The `vanBan` of a hồ sơ (issue 15 item 7, an extension of SPEC §3): what the printed documents need, validated like
 * the rest of the hồ sơ — strict objects, real dates and times, the rule set's ids, texts within one cell
 * (DO_DAI_TOI_DA_VAN_BAN, issue 15 item 4) and lists within the workbook's rows; one Vietnamese line per problem.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DANH_SACH_VAN_BAN,
  DO_DAI_TOI_DA_VAN_BAN,
  NHOM_VAN_BAN,
  SO_DONG_DANH_SACH,
  NHAN_NHIEM_VU_TO,
  kiemTraVanBan,
  RULE_SETS,
  validateHoSo,
} from "../../src/rules";
import { hoSoDayDu } from "../helpers/hoSo";

const VI_DU = JSON.parse(readFileSync(join(__dirname, "../../examples/ho-so-day-du.json"), "utf8")) as { vanBan: Record<string, unknown> };
const huyen = (vanBan: unknown) => ({ ...hoSoDayDu("tt24-huyen", "pho-thong"), vanBan });
const loi = (input: unknown) => {
  const r = validateHoSo(input);
  return r.ok ? [] : r.loi;
};
const CACH_TACH = "hãy rút gọn, hoặc chuyển phần chi tiết vào một văn bản minh chứng và ghi mã của nó vào Minh chứng";

test("the full example is valid, and every field of the one list is filled in it", () => {
  const r = validateHoSo(VI_DU);
  expect(r.ok && r.hoSo.vanBan).toEqual(VI_DU.vanBan);
  for (const nhom of NHOM_VAN_BAN) for (const t of nhom.truong) expect([nhom.khoa, t.khoa, (VI_DU.vanBan[nhom.khoa] as Record<string, unknown>)?.[t.khoa]]).toEqual([nhom.khoa, t.khoa, expect.any(String)]);
  for (const k of Object.keys(DANH_SACH_VAN_BAN)) expect(VI_DU.vanBan[k]).toEqual(expect.any(Array));
});

test("texts are kept trimmed, in NFC, with line breaks as \\n; blank fields and empty parts are left out", () => {
  const r = validateHoSo(huyen({ diaDanh: "  Ha\u0300 Nội \r\n", chung: { kyHieu: "", thuTruong: null }, bienBan: { uuDiem: " - Một\r\n- Hai " }, chiTieu: { "2.1": {} } }));
  expect(r.ok && r.hoSo.vanBan).toEqual({ diaDanh: "Hà Nội", bienBan: { uuDiem: "- Một\n- Hai" } });
});

test(`a text of ${DO_DAI_TOI_DA_VAN_BAN} characters is kept whole; one more is refused with its path, length, limit and how to split it`, () => {
  const dai = (n: number) => `Dòng đầu\n${"x".repeat(n - 9)}`;
  expect(dai(DO_DAI_TOI_DA_VAN_BAN)).toHaveLength(DO_DAI_TOI_DA_VAN_BAN);
  expect(loi(huyen({ chiTieu: { "2.1": { moTa: dai(DO_DAI_TOI_DA_VAN_BAN) } } }))).toEqual([]);
  expect(loi(huyen({ chiTieu: { "2.1": { moTa: dai(DO_DAI_TOI_DA_VAN_BAN + 1) } } }))).toEqual([
    `vanBan.chiTieu.2.1.moTa: “Mô tả hiện trạng” của chỉ tiêu 2.1 dài 2001 ký tự, quá giới hạn 2000 ký tự của một ô; ${CACH_TACH}`,
  ]);
  expect(loi(huyen({ toTuDanhGia: [{ hoTen: "A", nhiemVu: "to-truong", chucVu: "y".repeat(2001) }] }))).toEqual([
    `vanBan.toTuDanhGia.0.chucVu: “Chức vụ” dài 2001 ký tự, quá giới hạn 2000 ký tự của một ô; ${CACH_TACH}`,
  ]);
});

test("dates are real calendar dates yyyy-mm-dd and times yyyy-mm-ddThh:mm, each problem naming its path", () => {
  expect(loi(huyen({ toTrinh: { ngay: "2024-02-29" }, bienBan: { batDau: "2024-12-20T23:59" } }))).toEqual([]);
  expect(loi(huyen({ toTrinh: { ngay: "2025-02-29" }, baoCao: { ngay: "20/12/2025" }, baoCaoKetQua: { ngay: "1999-12-31" }, bienBan: { batDau: "2025-12-20T24:00", ketThuc: "2025-12-20 16:30" } }))).toEqual([
    'vanBan.toTrinh.ngay: “Ngày tờ trình” "2025-02-29" không phải một ngày có thật dạng yyyy-mm-dd (ví dụ 2025-12-20), năm từ 2000 đến 2100',
    'vanBan.baoCaoKetQua.ngay: “Ngày báo cáo” "1999-12-31" không phải một ngày có thật dạng yyyy-mm-dd (ví dụ 2025-12-20), năm từ 2000 đến 2100',
    'vanBan.bienBan.batDau: “Thời gian bắt đầu” "2025-12-20T24:00" không phải ngày giờ có thật dạng yyyy-mm-ddThh:mm (ví dụ 2025-12-20T08:00), năm từ 2000 đến 2100',
    'vanBan.bienBan.ketThuc: “Kết thúc vào hồi” "2025-12-20 16:30" không phải ngày giờ có thật dạng yyyy-mm-ddThh:mm (ví dụ 2025-12-20T08:00), năm từ 2000 đến 2100',
    'vanBan.baoCao.ngay: “Ngày báo cáo” "20/12/2025" không phải một ngày có thật dạng yyyy-mm-dd (ví dụ 2025-12-20), năm từ 2000 đến 2100',
  ]);
});

// Seed 002 mục IV.1 (SEED_002.toTdg, checked against the seed in seedQuotes.test.ts): “Thủ trưởng đơn vị ban hành Quyết định thành lập Tổ TĐG bao gồm tổ trưởng, thư ký và các thành viên”.
test("a member of the Tổ tự đánh giá has a name and one of the three roles of seed 002 (tổ trưởng, thư ký, thành viên)", () => {
  expect(Object.values(NHAN_NHIEM_VU_TO)).toEqual(["Tổ trưởng", "Thư ký", "Thành viên"]);
  expect(loi(huyen({ toTuDanhGia: [{ hoTen: " ", nhiemVu: "chu-tich" }, { chucVu: "Hiệu trưởng" }] }))).toEqual([
    "vanBan.toTuDanhGia.0.hoTen: “Họ và tên” không được để trống",
    'vanBan.toTuDanhGia.0.nhiemVu: “Nhiệm vụ” "chu-tich" không hợp lệ; chọn một trong: to-truong, thu-ky, thanh-vien',
    "vanBan.toTuDanhGia.1.hoTen: thiếu “Họ và tên” (bắt buộc)",
    "vanBan.toTuDanhGia.1.nhiemVu: thiếu “Nhiệm vụ” (bắt buộc); chọn một trong: to-truong, thu-ky, thanh-vien",
  ]);
});

test("strict like the rest: unknown keys, indicators and criteria of another rule set are named with what is allowed", () => {
  expect(loi(huyen({ bienBan: { gio: "8h" }, chiTieu: { "3.6": { moTa: "x" }, "2.1": { mota: "x" } }, tieuChi: { "4": {} }, chuVietTat: [{ noiDung: "Ủy ban nhân dân", vietTat: "UBND", tt: 1 }], loGo: "x" }))).toEqual([
    'vanBan.bienBan.gio: trường "gio" không dùng ở đây; dùng: keHoach, batDau, ketThuc, diaDiem, thanhPhanKhac, uuDiem, tonTai',
    'vanBan.chiTieu.2.1.mota: trường "mota" không dùng ở đây; dùng: moTa, diemManh, tonTai, keHoach',
    'vanBan.chiTieu.3.6: chỉ tiêu "3.6" không có trong bộ tt24-huyen; dùng: 1.1, 1.2, 1.3, 1.4, 1.5, 2.1, 2.2, 2.3, 2.4, 2.5, 3.1, 3.2, 3.3, 3.4, 3.5',
    'vanBan.tieuChi.4: tiêu chí "4" không có trong bộ tt24-huyen; dùng: 1, 2, 3',
    'vanBan.chuVietTat.0.tt: trường "tt" không dùng ở đây; dùng: noiDung, vietTat',
    'vanBan.loGo: trường "loGo" không dùng ở đây; dùng: coQuanChuQuan, diaDanh, chung, toTrinh, baoCaoKetQua, bienBan, baoCao, chiTieu, tieuChi, toTuDanhGia, chuVietTat, danhMucMinhChung',
  ]);
  expect(loi(huyen("Hà Nội"))).toEqual(['vanBan: nội dung các văn bản của hồ sơ phải là một đối tượng JSON { … } (nhận được "Hà Nội")']);
  expect(loi(huyen({ chiTieu: { "2.1": { moTa: 5 } } }))).toEqual(["vanBan.chiTieu.2.1.moTa: “Mô tả hiện trạng” của chỉ tiêu 2.1 phải là chuỗi ký tự (nhận được 5)"]);
});

test("a list longer than the workbook's rows is refused, saying how many rows there are", () => {
  const n = SO_DONG_DANH_SACH.danhMucMinhChung + 1;
  expect(loi(huyen({ danhMucMinhChung: Array.from({ length: n }, (_, i) => ({ ma: `MC${i}` })) }))).toEqual([
    `vanBan.danhMucMinhChung: Danh mục minh chứng có ${n} dòng, sổ chỉ có ${n - 1} dòng; hãy bớt còn tối đa ${n - 1} dòng`,
  ]);
  expect(loi(huyen({ toTuDanhGia: Array.from({ length: SO_DONG_DANH_SACH.toTuDanhGia }, () => ({ hoTen: "A", nhiemVu: "thanh-vien" })) }))).toEqual([]);
});

test("a TT22 hồ sơ (seed 004) holds the unit's own fields, the common fields and its team, not the TT24 forms", () => {
  const tt22 = (vanBan: unknown) => ({ ...hoSoDayDu("tt22", "pho-thong"), vanBan });
  const { coQuanChuQuan, diaDanh, chung, toTuDanhGia } = VI_DU.vanBan;
  const r = validateHoSo(tt22({ coQuanChuQuan, diaDanh, chung, toTuDanhGia }));
  expect(r.ok && r.hoSo.vanBan).toEqual({ coQuanChuQuan, diaDanh, chung, toTuDanhGia });
  expect(loi(tt22({ bienBan: {} }))).toEqual(['vanBan.bienBan: trường "bienBan" không dùng ở đây; dùng: coQuanChuQuan, diaDanh, chung, toTuDanhGia']);
});

test("checked alone (a workbook's), only the parts with problems are left out, rows named as read", () => {
  const r = kiemTraVanBan(
    { toTrinh: { so: "15", ngay: "2025-02-30" }, toTuDanhGia: [{ hoTen: "A", nhiemVu: "x" }, { hoTen: "B", nhiemVu: "thu-ky" }, { hoTen: "", nhiemVu: "thu-ky" }, { hoTen: "C", nhiemVu: "to-truong" }] },
    RULE_SETS["tt24-huyen"],
  );
  expect(r.vanBan).toEqual({ toTrinh: { so: "15" }, toTuDanhGia: [{ hoTen: "B", nhiemVu: "thu-ky" }, { hoTen: "C", nhiemVu: "to-truong" }] });
  expect(r.loi.map((l) => [l.duongDan.join("."), l.thongBao])).toEqual([
    ["vanBan.toTrinh.ngay", '“Ngày tờ trình” "2025-02-30" không phải một ngày có thật dạng yyyy-mm-dd (ví dụ 2025-12-20), năm từ 2000 đến 2100'],
    ["vanBan.toTuDanhGia.0.nhiemVu", '“Nhiệm vụ” "x" không hợp lệ; chọn một trong: to-truong, thu-ky, thanh-vien'],
    ["vanBan.toTuDanhGia.2.hoTen", "“Họ và tên” không được để trống"],
  ]);
});
