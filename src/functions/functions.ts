/* global CustomFunctions */
/**
 * DVHT custom functions (namespace DVHT in manifest.xml). Thin: each calls src/functions/core and turns a
 * Vietnamese problem into an Excel #VALUE! error carrying that message. They never write to the workbook.
 */
import { diem, gopMucDoTuO, kiemTra, mucDo, nguong, tyLe, xepLoai, type KetQuaHam } from "./core";

function giaTriHoacLoi<T>(r: KetQuaHam<T>): T {
  if (r.ok) return r.giaTri;
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, r.loi);
}

/**
 * Xếp loại một chỉ tiêu tính theo tỷ lệ thành viên (2.1–2.5, 3.1): Không đạt, Đạt mức độ 1, Đạt mức độ 2, Không áp dụng hoặc Chưa đủ dữ liệu.
 * @customfunction MUCDO
 * @param soDat Số thành viên đạt (số nguyên ≥ 0).
 * @param tongSo Tổng số thành viên (số nguyên ≥ 1).
 * @param chiTieu Mã chỉ tiêu, ví dụ "2.1".
 * @param [boTieuChi] Bộ tiêu chí: "tt24-huyen" (mặc định) hoặc "tt24-tinh".
 * @param [loaiDonVi] Loại đơn vị, ví dụ "co-quan" (mặc định), "pho-thong", "dai-hoc".
 * @param [minhChung] Mã minh chứng; để trống nghĩa là không có minh chứng (Không đạt). Bỏ qua tham số nếu chỉ xét tỷ lệ.
 * @param [congLap] "Có" hoặc "Không".
 * @param [nguoiHocDat] Số người học đạt (chỉ tiêu 3.1 của cơ sở giáo dục).
 * @param [tongNguoiHoc] Tổng số người học (chỉ tiêu 3.1 của cơ sở giáo dục).
 * @param [tyLe] Tỷ lệ nhập tay khi không có số đếm (0,935 hoặc 93,5); để trống nếu đã có số đạt và tổng số.
 * @returns Xếp loại chỉ tiêu.
 */
export function MUCDO(
  soDat: any, // eslint-disable-line @typescript-eslint/no-explicit-any
  tongSo: any, // eslint-disable-line @typescript-eslint/no-explicit-any
  chiTieu: string,
  boTieuChi?: string,
  loaiDonVi?: string,
  minhChung?: any, // eslint-disable-line @typescript-eslint/no-explicit-any
  congLap?: any, // eslint-disable-line @typescript-eslint/no-explicit-any
  nguoiHocDat?: any, // eslint-disable-line @typescript-eslint/no-explicit-any
  tongNguoiHoc?: any, // eslint-disable-line @typescript-eslint/no-explicit-any
  tyLe?: any, // eslint-disable-line @typescript-eslint/no-explicit-any
): string {
  return giaTriHoacLoi(mucDo(soDat, tongSo, chiTieu, boTieuChi, loaiDonVi, minhChung, congLap, nguoiHocDat, tongNguoiHoc, tyLe));
}

/**
 * Tỷ lệ chính xác của số đạt trên tổng số, làm tròn xuống 2 chữ số thập phân của phần trăm (định dạng ô 0,00%).
 * @customfunction TYLE
 * @param soDat Số thành viên đạt (số nguyên ≥ 0).
 * @param tongSo Tổng số thành viên (số nguyên ≥ 1).
 * @returns Tỷ lệ dạng phân số, ví dụ 0,9333 (93,33%).
 */
export function TYLE(soDat: any, tongSo: any): number { // eslint-disable-line @typescript-eslint/no-explicit-any
  return giaTriHoacLoi(tyLe(soDat, tongSo));
}

/**
 * Ngưỡng tỷ lệ (điểm phần trăm) của một chỉ tiêu ở mức độ 1 hoặc 2, theo Thông tư 24/2023/TT-BGDĐT.
 * @customfunction NGUONG
 * @param chiTieu Mã chỉ tiêu, ví dụ "2.4".
 * @param mucDo Mức độ: 1 hoặc 2.
 * @param [boTieuChi] Bộ tiêu chí: "tt24-huyen" (mặc định) hoặc "tt24-tinh".
 * @param [nguoiHoc] TRUE để lấy ngưỡng người học của chỉ tiêu 3.1.
 * @returns Ngưỡng, ví dụ 50.
 */
export function NGUONG(chiTieu: string, mucDo: number, boTieuChi?: string, nguoiHoc?: boolean): number {
  return giaTriHoacLoi(nguong(chiTieu, mucDo, boTieuChi, nguoiHoc));
}

/**
 * Kiểm tra số đạt và tổng số: trả về "Hợp lệ" hoặc mô tả lỗi bằng tiếng Việt.
 * @customfunction KIEMTRA
 * @param soDat Số đạt.
 * @param tongSo Tổng số.
 * @param [chiTieu] Mã chỉ tiêu, ví dụ "2.1".
 * @param [boTieuChi] Bộ tiêu chí: "tt24-huyen" (mặc định) hoặc "tt24-tinh".
 * @returns "Hợp lệ" hoặc vấn đề cần sửa.
 */
export function KIEMTRA(soDat: any, tongSo: any, chiTieu?: string, boTieuChi?: string): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  return giaTriHoacLoi(kiemTra(soDat, tongSo, chiTieu, boTieuChi));
}

/**
 * Xếp loại tiêu chí từ xếp loại các chỉ tiêu (Không đạt nếu có chỉ tiêu không đạt; mức thấp nhất nếu đều đạt).
 * @customfunction TIEUCHI
 * @param xepLoaiChiTieu Vùng ô chứa xếp loại các chỉ tiêu.
 * @returns Xếp loại tiêu chí.
 */
export function TIEUCHI(xepLoaiChiTieu: any[][]): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  return giaTriHoacLoi(gopMucDoTuO(xepLoaiChiTieu));
}

/**
 * Đánh giá mức độ đạt được của đơn vị từ xếp loại ba tiêu chí.
 * @customfunction KETLUAN
 * @param xepLoaiTieuChi Vùng ô chứa xếp loại các tiêu chí.
 * @returns Kết luận: Không đạt, Đạt mức độ 1, Đạt mức độ 2 hoặc Chưa đủ dữ liệu.
 */
export function KETLUAN(xepLoaiTieuChi: any[][]): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  return giaTriHoacLoi(gopMucDoTuO(xepLoaiTieuChi));
}

/**
 * Điểm tự chấm của một chỉ tiêu theo cách cho điểm của Thông tư 22/2020/TT-BGDĐT (hướng dẫn tỉnh Ninh Bình).
 * @customfunction DIEM
 * @param chiTieu Mã chỉ tiêu, ví dụ "2.1".
 * @param giaTri Chỉ tiêu tỷ lệ: số thành viên đạt (hoặc tỷ lệ khi bỏ trống tổng số); chỉ tiêu 1.1, 1.3, 3.2: lựa chọn; chỉ tiêu 1.2: "Có" hoặc "Không".
 * @param [tongSo] Tổng số thành viên (chỉ tiêu tỷ lệ).
 * @param [minhChung] Mã minh chứng; để trống nghĩa là không có minh chứng (0 điểm). Bỏ qua tham số nếu chỉ xét số liệu.
 * @param [boTieuChi] Bộ tiêu chí chấm điểm: "tt22" (mặc định).
 * @returns Số điểm, hoặc "Chưa đủ dữ liệu".
 */
export function DIEM(chiTieu: string, giaTri: any, tongSo?: any, minhChung?: any, boTieuChi?: string): number | string { // eslint-disable-line @typescript-eslint/no-explicit-any
  return giaTriHoacLoi(diem(chiTieu, giaTri, tongSo, minhChung, boTieuChi));
}

/**
 * Xếp loại đơn vị từ tổng điểm: Tốt (từ 85), Khá (từ 70), Trung bình (từ 50), Chưa đạt.
 * @customfunction XEPLOAI
 * @param diem Tổng điểm, hoặc vùng ô chứa điểm các chỉ tiêu.
 * @param [boTieuChi] Bộ tiêu chí chấm điểm: "tt22" (mặc định).
 * @returns Tốt, Khá, Trung bình, Chưa đạt hoặc Chưa đủ dữ liệu.
 */
export function XEPLOAI(diem: any, boTieuChi?: string): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  return giaTriHoacLoi(xepLoai(diem, boTieuChi));
}
