/** The self-assessment council list — seed 000 mục VI: “số lượng … là số lẻ, tối thiểu là 05 người”. */
import { kiemTraHoiDongTuDanhGia } from "../../src/rules";

const m = (hoTen: string, nhiemVu: string) => ({ hoTen, nhiemVu });
const hopLe = [m("A", "Chủ tịch (Tổ trưởng)"), m("B", "Thư ký"), m("C", "Thành viên"), m("D", "Thành viên"), m("E", "Thành viên")];

test("5 members with one chair and one secretary are valid", () => {
  expect(kiemTraHoiDongTuDanhGia(hopLe)).toEqual([]);
  expect(kiemTraHoiDongTuDanhGia([...hopLe, m("F", "Thành viên"), m("G", "thành viên")])).toEqual([]);
});
test("an even number, fewer than 5, no or two chairs, no secretary are each reported", () => {
  expect(kiemTraHoiDongTuDanhGia([...hopLe, m("F", "Thành viên")])).toEqual(["Số thành viên (6) phải là số lẻ"]);
  expect(kiemTraHoiDongTuDanhGia(hopLe.slice(0, 3))).toEqual(["Cần tối thiểu 5 thành viên (đang có 3)"]);
  expect(kiemTraHoiDongTuDanhGia([m("A", "Chủ tịch (Tổ trưởng)"), m("B", "Chủ tịch (Tổ trưởng)"), m("C", "Thành viên"), m("D", "Thành viên"), m("E", "Thành viên")])).toEqual([
    "Cần đúng một Chủ tịch (Tổ trưởng) (đang có 2)",
    "Cần đúng một Thư ký (đang có 0)",
  ]);
  expect(kiemTraHoiDongTuDanhGia([])).toEqual([
    "Số thành viên (0) phải là số lẻ",
    "Cần tối thiểu 5 thành viên (đang có 0)",
    "Cần đúng một Chủ tịch (Tổ trưởng) (đang có 0)",
    "Cần đúng một Thư ký (đang có 0)",
  ]);
});
test("rows without a name are not members", () => {
  expect(kiemTraHoiDongTuDanhGia([...hopLe, m("  ", "Thư ký")])).toEqual([]);
});
