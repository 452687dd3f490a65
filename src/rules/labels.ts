/** Every Vietnamese display string of the rules, written once. */
import { LOAI_DON_VI, type Cap, type LoaiDonVi, type MucChuyenDoiSo, type TrangThai } from "./types";

/** Exact display strings of SPEC §2: tests, formulas and audits compare against these. */
export const XEP_LOAI: Readonly<Record<TrangThai, string>> = {
  "khong-ap-dung": "Không áp dụng",
  "chua-du-du-lieu": "Chưa đủ dữ liệu",
  "khong-dat": "Không đạt",
  "muc-do-1": "Đạt mức độ 1",
  "muc-do-2": "Đạt mức độ 2",
};

export const TEN_LOAI_DON_VI: Readonly<Record<LoaiDonVi, string>> = {
  "co-quan": "Cơ quan nhà nước, cơ quan Đảng, Mặt trận Tổ quốc, tổ chức chính trị - xã hội",
  "su-nghiep": "Đơn vị sự nghiệp (không phải cơ sở giáo dục)",
  "kinh-te": "Doanh nghiệp, hợp tác xã, tổ chức kinh tế",
  "xa-hoi": "Tổ chức xã hội, tổ chức xã hội - nghề nghiệp, Hội khuyến học",
  "mam-non": "Nhà trẻ, trường mẫu giáo, trường mầm non",
  "pho-thong": "Trường tiểu học, THCS, trường phổ thông nhiều cấp học (cao nhất là THCS)",
  thpt: "Trường THPT, trường phổ thông nhiều cấp học (cao nhất là THPT)",
  gdnn: "Cơ sở giáo dục nghề nghiệp, trung tâm GDNN - GDTX",
  "dai-hoc": "Cơ sở giáo dục đại học",
  "giao-duc-khac": "Cơ sở giáo dục khác",
};

/** Education units (the learner part of 3.1 applies to them): LOAI_DON_VI lists them last, from mầm non on. */
export const LOAI_CO_SO_GIAO_DUC: readonly LoaiDonVi[] = LOAI_DON_VI.slice(LOAI_DON_VI.indexOf("mam-non"));

export const TEN_MUC_CHUYEN_DOI_SO: Readonly<Record<MucChuyenDoiSo, string>> = {
  "chua-dat": "Chưa đạt",
  "co-ban": "Đáp ứng cơ bản",
  tot: "Đáp ứng tốt",
};

export const TEN_CAP: Readonly<Record<Cap, string>> = {
  huyen: "cấp huyện",
  tinh: "cấp tỉnh",
  chung: "cấp huyện, cấp tỉnh",
};

/** Points as written on the form: "7/10 điểm". */
export function diemChu(diem: number, toiDa: number): string {
  return `${soGon(diem)}/${soGon(toiDa)} điểm`;
}

/** A number without trailing decimals, with a decimal comma: 7 → "7", 7.5 → "7,5". */
export function soGon(value: number): string {
  return String(value).replace(".", ",");
}

export const CO_KHONG = { co: "Có", khong: "Không" } as const;

/** Shown by workbook formulas where the engine would refuse the input (it then lists the problems). */
export const KHONG_HOP_LE = "Dữ liệu không hợp lệ";
/** Applicability that depends on a unit field not filled in yet (type, or công lập). */
export const CHUA_RO = "Chưa rõ";

/** Vietnamese number formatting: decimal comma, no thousands separator inside tables. */
function soVietNam(value: number, decimals = 2): string {
  return value.toFixed(decimals).replace(".", ",");
}

export function phanTram(value: number): string {
  return `${soVietNam(value)}%`;
}
