/**
 * The Hội đồng đánh giá, công nhận “Đơn vị học tập” cấp huyện / cấp tỉnh that the Trưởng phòng / Giám đốc Sở GD&ĐT
 * sets up (SPEC §2 “Who is on which body”). Seed 000 VI.1.2.b (and VI.2.2.b for the Sở): “Hội đồng đánh giá cấp huyện
 * gồm có chủ tịch, thư ký và các ủy viên, số lượng ủy viên của hội đồng là số lẻ, tối thiểu là 05 người. Thành phần
 * Hội đồng gồm: đại diện cơ quan chuyên môn thuộc Ủy ban nhân dân cấp huyện; đại diện Hội khuyến học cấp huyện; đại
 * diện tổ chức chính trị - xã hội cấp huyện”. Seed 002 V.2: “Chủ tịch Hội đồng: Lãnh đạo Phòng Giáo dục và Đào tạo.
 * Thư ký: Chuyên viên phòng Giáo dục và Đào tạo. Các thành viên khác gồm: đại diện Phòng Nội vụ, đại diện Hội Khuyến
 * học huyện, đại diện Liên đoàn Lao động huyện … Số lượng thành viên là lẻ, tối thiểu là 05 người.”
 *
 * Reading of the size rule: every member counts, chủ tịch and thư ký included. Seed 002 says “số lượng thành viên”
 * outright, and seed 000 itself calls every member an ủy viên (VI.1.2.c: “lấy ý kiến bằng văn bản của các ủy viên Hội
 * đồng”), so its “số lượng ủy viên của hội đồng” is the size of the whole council.
 * Reading of “đại diện cơ quan chuyên môn thuộc UBND”: the Phòng/Sở GD&ĐT is one, but seed 002 names another beside
 * it (“đại diện Phòng Nội vụ”), so a member of another cơ quan chuyên môn is required; the Phòng/Sở's own members
 * (chủ tịch, thư ký) do not stand for it.
 *
 * Texts are compared as a spreadsheet compares them (case ignored, Excel's TRIM), so the sheet's live check says
 * exactly what this module says.
 */
import { trimNhuExcel } from "./selfCouncil";

export type NhiemVuHoiDong = "chu-tich" | "thu-ky" | "uy-vien";
export const NHAN_NHIEM_VU_HOI_DONG: Readonly<Record<NhiemVuHoiDong, string>> = {
  "chu-tich": "Chủ tịch Hội đồng",
  "thu-ky": "Thư ký",
  "uy-vien": "Ủy viên",
};
/** Every text read as the role: the drop-down's label, shorter or older spellings, and the code. */
export const CACH_GHI_NHIEM_VU_HOI_DONG: Readonly<Record<NhiemVuHoiDong, readonly string[]>> = {
  "chu-tich": [NHAN_NHIEM_VU_HOI_DONG["chu-tich"], "Chủ tịch", "chu-tich"],
  "thu-ky": [NHAN_NHIEM_VU_HOI_DONG["thu-ky"], "Thư ký Hội đồng", "thu-ky"],
  "uy-vien": [NHAN_NHIEM_VU_HOI_DONG["uy-vien"], "Uỷ viên", "Thành viên", "uy-vien"],
};

export type DaiDienHoiDong = "gd-dt" | "co-quan-chuyen-mon" | "hoi-khuyen-hoc" | "chinh-tri-xa-hoi" | "khac";
/** The bodies a member stands for (the Đại diện column). */
export const NHAN_DAI_DIEN: Readonly<Record<DaiDienHoiDong, string>> = {
  "gd-dt": "Phòng/Sở Giáo dục và Đào tạo",
  "co-quan-chuyen-mon": "Cơ quan chuyên môn khác thuộc UBND",
  "hoi-khuyen-hoc": "Hội khuyến học",
  "chinh-tri-xa-hoi": "Tổ chức chính trị - xã hội",
  khac: "Khác",
};
export const CACH_GHI_DAI_DIEN: Readonly<Record<DaiDienHoiDong, readonly string[]>> = {
  "gd-dt": [NHAN_DAI_DIEN["gd-dt"], "gd-dt"],
  "co-quan-chuyen-mon": [NHAN_DAI_DIEN["co-quan-chuyen-mon"], "co-quan-chuyen-mon"],
  "hoi-khuyen-hoc": [NHAN_DAI_DIEN["hoi-khuyen-hoc"], "hoi-khuyen-hoc"],
  "chinh-tri-xa-hoi": [NHAN_DAI_DIEN["chinh-tri-xa-hoi"], "Tổ chức chính trị – xã hội", "chinh-tri-xa-hoi"],
  khac: [NHAN_DAI_DIEN.khac, "khac"],
};
/** Seed 000 VI.1.2.b “Thành phần Hội đồng gồm: …”: each needs at least one member standing for it. */
export const DAI_DIEN_BAT_BUOC: readonly DaiDienHoiDong[] = ["co-quan-chuyen-mon", "hoi-khuyen-hoc", "chinh-tri-xa-hoi"];
/** A missing body as a message names it, with examples (seed 002 V.2 names Phòng Nội vụ and Liên đoàn Lao động). */
const DAI_DIEN_TRONG_CAU: Readonly<Record<DaiDienHoiDong, string>> = {
  "gd-dt": "Phòng/Sở Giáo dục và Đào tạo",
  "co-quan-chuyen-mon": "cơ quan chuyên môn khác thuộc UBND (ví dụ Phòng Nội vụ, Sở Nội vụ)",
  "hoi-khuyen-hoc": "Hội khuyến học",
  "chinh-tri-xa-hoi": "tổ chức chính trị - xã hội (ví dụ Liên đoàn Lao động, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên)",
  khac: "khác",
};

/** Size: odd, at least 05 (seed 000 VI.1.2.b, seed 002 V.2). */
export const SO_THANH_VIEN_TOI_THIEU = 5;

/**
 * The leadership of a Phòng/Sở GD&ĐT (seed 002 V.2 “Chủ tịch Hội đồng: Lãnh đạo Phòng Giáo dục và Đào tạo”): a chủ
 * tịch's Chức vụ begins with one of these (“Phó Trưởng phòng GD&ĐT”, “Giám đốc Sở GD&ĐT”).
 */
export const CHUC_VU_LANH_DAO_PHONG_SO: readonly string[] = [
  "trưởng phòng", "phó trưởng phòng", "quyền trưởng phòng",
  "giám đốc", "phó giám đốc", "quyền giám đốc",
];

/** A row of the list, as typed. */
export interface ThanhVienDanhGia {
  readonly hoTen: string;
  /** “Chức vụ, đơn vị công tác”. */
  readonly chucVu: string;
  readonly nhiemVu: string;
  readonly daiDien: string;
}

const ct = NHAN_NHIEM_VU_HOI_DONG["chu-tich"];
export const LOI_HOI_DONG_DANH_GIA = {
  chuaLap: "Chưa lập danh sách Hội đồng đánh giá (sheet “Hội đồng đánh giá”)",
  toiThieu: (n: number) => `Hội đồng cần tối thiểu 05 thành viên (đang có ${n})`,
  soLe: (n: number) => `Số thành viên của Hội đồng phải là số lẻ (đang có ${n})`,
  chuTich: (n: number) => `Cần đúng một ${ct} (đang có ${n})`,
  chuTichChucVuTrong: `${ct} chưa ghi chức vụ: ${ct} là lãnh đạo Phòng/Sở GD&ĐT (Trưởng phòng, Phó Trưởng phòng, Giám đốc, Phó Giám đốc)`,
  chuTichKhongLaLanhDao: (chucVu: string) =>
    `${ct} phải là lãnh đạo Phòng/Sở GD&ĐT; chức vụ “${chucVu}” không phải Trưởng phòng, Phó Trưởng phòng, Giám đốc hoặc Phó Giám đốc`,
  chuTichKhongThuocPhongSo: `${ct} là lãnh đạo Phòng/Sở GD&ĐT: ở cột Đại diện chọn “${NHAN_DAI_DIEN["gd-dt"]}”`,
  thuKy: (n: number) => `Cần đúng một ${NHAN_NHIEM_VU_HOI_DONG["thu-ky"]} (đang có ${n})`,
  chuaChonNhiemVu: (n: number) => `${n} thành viên chưa chọn Nhiệm vụ trong Hội đồng (${Object.values(NHAN_NHIEM_VU_HOI_DONG).join(", ")})`,
  chuaChonDaiDien: (n: number) => `${n} thành viên chưa chọn Đại diện`,
  thieuDaiDien: (d: DaiDienHoiDong) => `Chưa có thành viên đại diện ${DAI_DIEN_TRONG_CAU[d]}`,
} as const;
export const HOP_LE_HOI_DONG_DANH_GIA = "Hợp lệ";
/** A problem of the list as `dvht tong-hop` warns of it (stderr; the exit code stays 0). */
export const canhBaoHoiDongDanhGia = (vanDe: string) => `Cảnh báo — Hội đồng đánh giá: ${vanDe}`;

/** The line that states the rule under the sheet's checks (and the reading of “số lượng ủy viên”). */
export const MO_TA_HOI_DONG_DANH_GIA =
  `Gồm ${ct.toLocaleLowerCase("vi")} (lãnh đạo Phòng/Sở GD&ĐT), thư ký và các ủy viên; số thành viên, tính cả chủ tịch và thư ký, là số lẻ, tối thiểu 05 người; ` +
  `có đại diện cơ quan chuyên môn thuộc UBND (ngoài Phòng/Sở GD&ĐT, ví dụ Phòng Nội vụ), Hội khuyến học và tổ chức chính trị - xã hội (ví dụ Liên đoàn Lao động).`;

const thuong = (s: string) => s.toLocaleLowerCase("vi");
function theoCachGhi<K extends string>(bang: Readonly<Record<K, readonly string[]>>, text: string): K | undefined {
  const t = thuong(trimNhuExcel(text));
  return (Object.keys(bang) as K[]).find((k) => bang[k].some((c) => thuong(c) === t));
}
export const nhiemVuHoiDongCua = (text: string): NhiemVuHoiDong | undefined => theoCachGhi(CACH_GHI_NHIEM_VU_HOI_DONG, text);
export const daiDienCua = (text: string): DaiDienHoiDong | undefined => theoCachGhi(CACH_GHI_DAI_DIEN, text);

/** Whether a Chức vụ (any case) is of the Phòng/Sở's leadership. */
export function laLanhDaoPhongSo(chucVu: string): boolean {
  const cv = thuong(trimNhuExcel(chucVu));
  return CHUC_VU_LANH_DAO_PHONG_SO.some((t) => cv.startsWith(t));
}

/** The members: rows with a name (spaces alone do not count). */
export const thanhVienCoTen = (ds: readonly ThanhVienDanhGia[]) => ds.filter((m) => trimNhuExcel(m.hoTen) !== "");

/** The problems of the council's list, in the sheet's order; empty when it is valid. */
export function kiemTraHoiDongDanhGia(ds: readonly ThanhVienDanhGia[]): string[] {
  const tv = thanhVienCoTen(ds);
  const L = LOI_HOI_DONG_DANH_GIA;
  if (tv.length === 0) return [L.chuaLap];
  const loi: string[] = [];
  if (tv.length < SO_THANH_VIEN_TOI_THIEU) loi.push(L.toiThieu(tv.length));
  if (tv.length % 2 === 0) loi.push(L.soLe(tv.length));
  const chuTich = tv.filter((m) => nhiemVuHoiDongCua(m.nhiemVu) === "chu-tich");
  if (chuTich.length !== 1) loi.push(L.chuTich(chuTich.length));
  else {
    const cv = trimNhuExcel(chuTich[0].chucVu);
    if (cv === "") loi.push(L.chuTichChucVuTrong);
    else if (!laLanhDaoPhongSo(cv)) loi.push(L.chuTichKhongLaLanhDao(cv));
    if (daiDienCua(chuTich[0].daiDien) !== "gd-dt") loi.push(L.chuTichKhongThuocPhongSo);
  }
  const thuKy = tv.filter((m) => nhiemVuHoiDongCua(m.nhiemVu) === "thu-ky").length;
  if (thuKy !== 1) loi.push(L.thuKy(thuKy));
  const khongNhiemVu = tv.filter((m) => !nhiemVuHoiDongCua(m.nhiemVu)).length;
  if (khongNhiemVu) loi.push(L.chuaChonNhiemVu(khongNhiemVu));
  const khongDaiDien = tv.filter((m) => !daiDienCua(m.daiDien)).length;
  if (khongDaiDien) loi.push(L.chuaChonDaiDien(khongDaiDien));
  for (const d of DAI_DIEN_BAT_BUOC) if (!tv.some((m) => daiDienCua(m.daiDien) === d)) loi.push(L.thieuDaiDien(d));
  return loi;
}
