/** Vietnamese reasons and validation messages, kept in one module (see STYLE.md, HyperFormula's ErrorMessage). */
import { TEN_LOAI_DON_VI, TEN_MUC_CHUYEN_DOI_SO, phanTram, soGon } from "./labels";
import type { LoaiDonVi, MucChuyenDoiSo } from "./types";

/** Field names of the hồ sơ as a clerk reads them. */
export const TEN_TRUONG: Readonly<Record<string, string>> = {
  boTieuChi: "bộ tiêu chí",
  donVi: "đơn vị",
  ten: "tên đơn vị",
  loai: "loại đơn vị",
  congLap: "công lập",
  namDanhGia: "năm đánh giá",
  chiTieu: "danh sách chỉ tiêu",
  dat: "đạt (có/không)",
  soDat: "số đạt",
  tongSo: "tổng số",
  tyLe: "tỷ lệ",
  nguoiHocDat: "số người học đạt",
  tongNguoiHoc: "tổng số người học",
  tyLeNguoiHoc: "tỷ lệ người học",
  mucChuyenDoiSo: "mức chuyển đổi số",
  luaChon: "lựa chọn",
  danhHieu: "danh hiệu tập thể",
  minhChung: "minh chứng",
  ghiChu: "ghi chú",
  hoiDong: "đánh giá của Hội đồng",
  xepLoai: "xếp loại của Hội đồng",
};

export function tenTruong(key: string | number | undefined): string {
  return (key !== undefined && TEN_TRUONG[String(key)]) || String(key ?? "hồ sơ");
}

export const LY_DO = {
  khongApDung: (loai: LoaiDonVi) => `Không áp dụng cho loại đơn vị: ${TEN_LOAI_DON_VI[loai]}`,
  khongApDungNguoiHoc: (loai: LoaiDonVi) =>
    `Phần người học chỉ áp dụng cho cơ sở giáo dục; không áp dụng cho: ${TEN_LOAI_DON_VI[loai]}`,
  chuaKhaiCongLap: "Chưa khai báo đơn vị có phải là công lập hay không (donVi.congLap)",
  thieu: (truong: string[]) => `Thiếu dữ liệu: ${truong.join(", ")}`,
  khongMinhChung:
    "Không có minh chứng: “Các tiêu chí, chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt”",
  khongDat: "Đơn vị khai báo chưa đạt",
  khongMinhChungDiem: "Không có minh chứng: 0 điểm (“Việc đánh giá phải căn cứ vào kết quả đạt được của từng tiêu chí, có minh chứng cụ thể”)",
  luaChon: (ten: string, diem: number) => `Lựa chọn “${ten}”: ${soGon(diem)} điểm`,
  bacTyLe: (tyLe: number, tu: number | undefined, diem: number, thapNhat: number) =>
    tu === undefined
      ? `Tỷ lệ thành viên ${phanTram(tyLe)} dưới ${thapNhat}%: 0 điểm`
      : `Tỷ lệ thành viên ${phanTram(tyLe)} (từ ${tu}%): ${soGon(diem)} điểm`,
  tyLeDuoi: (doiTuong: string, tyLe: number, nguong: number, mucDo: 1 | 2) =>
    `Tỷ lệ ${doiTuong} ${phanTram(tyLe)} dưới ${nguong}% (mức độ ${mucDo})`,
  mucCdsDuoi: (co: MucChuyenDoiSo, can: MucChuyenDoiSo, mucDo: 1 | 2) =>
    `Mức chuyển đổi số “${TEN_MUC_CHUYEN_DOI_SO[co]}” chưa đạt “${TEN_MUC_CHUYEN_DOI_SO[can]}” (mức độ ${mucDo})`,
} as const;

export const DOI_TUONG = { thanhVien: "thành viên", nguoiHoc: "người học" } as const;

/** The lock sheet (“Chốt số liệu”). */
export const THONG_BAO_CHOT = {
  boKhongCo: (bo: string, co: readonly string[]) =>
    `bảng chốt ghi bộ tiêu chí “${bo}”, không có trong dvht (có: ${co.join(", ")})`,
} as const;
