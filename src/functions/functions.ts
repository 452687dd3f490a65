/* global CustomFunctions */
/**
 * DVHT custom functions (namespace DVHT in manifest.xml). Thin: each calls src/functions/core and turns a
 * Vietnamese problem into an Excel #VALUE! error carrying that message. They never write to the workbook.
 */
import { mucDo, nguong, tyLe, type KetQuaHam } from "./core";

function giaTriHoacLoi<T>(r: KetQuaHam<T>): T {
  if (r.ok) return r.giaTri;
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, r.loi);
}

/**
 * Tỷ lệ phần trăm chính xác (làm tròn xuống 2 chữ số thập phân) của số đạt trên tổng số.
 * @customfunction TYLE
 * @param soDat Số thành viên đạt (số nguyên ≥ 0).
 * @param tongSo Tổng số thành viên (số nguyên ≥ 1).
 * @returns Tỷ lệ theo điểm phần trăm, ví dụ 93,33.
 */
export function TYLE(soDat: number, tongSo: number): number {
  return giaTriHoacLoi(tyLe(soDat, tongSo));
}

/**
 * Xếp loại một chỉ tiêu tính theo tỷ lệ thành viên: Không đạt, Đạt mức độ 1 hoặc Đạt mức độ 2.
 * @customfunction MUCDO
 * @param soDat Số thành viên đạt.
 * @param tongSo Tổng số thành viên.
 * @param chiTieu Mã chỉ tiêu, ví dụ "2.1".
 * @param [boTieuChi] Bộ tiêu chí: "tt24-huyen" (mặc định) hoặc "tt24-tinh".
 * @param [loaiDonVi] Loại đơn vị, ví dụ "co-quan", "pho-thong".
 * @returns Xếp loại chỉ tiêu.
 */
export function MUCDO(soDat: number, tongSo: number, chiTieu: string, boTieuChi?: string, loaiDonVi?: string): string {
  return giaTriHoacLoi(mucDo(soDat, tongSo, chiTieu, boTieuChi ?? undefined, loaiDonVi ?? undefined));
}

/**
 * Ngưỡng tỷ lệ (điểm phần trăm) của một chỉ tiêu ở mức độ 1 hoặc 2.
 * @customfunction NGUONG
 * @param chiTieu Mã chỉ tiêu, ví dụ "2.4".
 * @param mucDo Mức độ: 1 hoặc 2.
 * @param [boTieuChi] Bộ tiêu chí: "tt24-huyen" (mặc định) hoặc "tt24-tinh".
 * @returns Ngưỡng, ví dụ 50.
 */
export function NGUONG(chiTieu: string, mucDo: number, boTieuChi?: string): number {
  return giaTriHoacLoi(nguong(chiTieu, mucDo, boTieuChi ?? undefined));
}
