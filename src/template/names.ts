import { PHAN_CHI_TIEU_VAN_BAN, PHAN_TIEU_CHI_VAN_BAN } from "../rules/vanBan";

/**
 * Defined names of SPEC §4 — a stable contract: outside checks read and write the workbook through them.
 * Names may be added, never renamed.
 */
export const DV = {
  ten: "DV_TEN",
  loai: "DV_LOAI",
  congLap: "DV_CONGLAP",
  cap: "DV_CAP",
  nam: "DV_NAM",
  boTieuChi: "DV_BOTIEUCHI",
  phienBan: "DV_PHIENBAN",
} as const;

export const KET_LUAN = "KET_LUAN";
/** The council's conclusion and the number of indicators it judged differently (extensions of SPEC §4). */
export const KET_LUAN_HOI_DONG = "KET_LUAN_HOIDONG";
export const SO_KHAC_BIET = "SO_KHAC_BIET";

/** Hồ sơ field → suffix of its CT_x_y_… name. */
export const HAU_TO_TRUONG = {
  soDat: "SODAT",
  tongSo: "TONGSO",
  /** A typed rate, used only when the unit has no counts (extension of SPEC §4). */
  tyLe: "TYLENHAP",
  nguoiHocDat: "NGUOIHOCDAT",
  tongNguoiHoc: "TONGNGUOIHOC",
  /** A typed learner rate, used only when the unit has no learner counts (extension of SPEC §4, like TYLENHAP). */
  tyLeNguoiHoc: "TYLENGUOIHOCNHAP",
  dat: "DAT",
  mucChuyenDoiSo: "MUCCDS",
  /** TT22 choices (1.1, 1.3) and collective title (3.2), typed as the label of the list (extension of SPEC §4). */
  luaChon: "LUACHON",
  danhHieu: "DANHHIEU",
  minhChung: "MINHCHUNG",
} as const;
export type TruongNhap = keyof typeof HAU_TO_TRUONG;

/** Computed cells of an indicator, and the council's inputs beside it. */
export type HauToTinh = "TYLE" | "TYLENGUOIHOC" | "MUCDO" | "HOIDONG" | "HOIDONG_GHICHU" | "DIEM";

/**
 * An indicator id as it appears inside a defined name: every dot becomes "_" ("2.1" → "2_1", "3.1.2" → "3_1_2"),
 * so every name of an indicator is built here and nowhere else.
 */
export function phanTenChiTieu(id: string): string {
  return id.replace(/\./g, "_");
}

/** `<tiền tố>_<id>_<phần>`: the one way a name of an indicator is spelled (CT_2_1_SODAT, NG_2_1_M1, BC_2_1_MOTA, …). */
export function tenTheoChiTieu(tienTo: string, id: string, phan: string): string {
  return `${tienTo}_${phanTenChiTieu(id)}_${phan}`;
}

export function tenChiTieu(id: string, hauTo: (typeof HAU_TO_TRUONG)[TruongNhap] | HauToTinh): string {
  return tenTheoChiTieu("CT", id, hauTo);
}

export function tenTruongChiTieu(id: string, truong: TruongNhap): string {
  return tenChiTieu(id, HAU_TO_TRUONG[truong]);
}

export function tenTieuChi(id: string): string {
  return `TC_${id}_MUCDO`;
}

/** Points of a criterion (points-based rule sets, extension of SPEC §4). */
export function tenTieuChiDiem(id: string): string {
  return `TC_${id}_DIEM`;
}

/** The total of a points-based assessment; its class is KET_LUAN (extension of SPEC §4). */
export const TONG_DIEM = "TONG_DIEM";

export function tenTieuChiHoiDong(id: string): string {
  return `TC_${id}_HOIDONG`;
}

/**
 * Thresholds and applicability on the Ngưỡng sheet (an extension of SPEC §4, read by the formulas). Points-based
 * indicators: `B<k>` is the threshold (%) of band k and `D<k>` its points (`D1` alone: what “Có” is worth).
 */
export function tenNguong(id: string, phan: "M1" | "M2" | "NH_M1" | "NH_M2" | "APDUNG" | "NH_APDUNG" | `B${number}` | `D${number}`): string {
  return tenTheoChiTieu("NG", id, phan);
}

/** The answers of a choice indicator and their points, as two parallel ranges on the Ngưỡng sheet. */
export function tenDanhMucLuaChon(id: string, phan: "TEN" | "DIEM"): string {
  return tenTheoChiTieu("DM_LC", id, phan);
}

/** The lowest total of each class of a points-based assessment (NG_XL_TOT, NG_XL_KHA, …). */
export function tenNguongXepLoai(ma: string): string {
  return `NG_XL_${ma.replace(/-/g, "_").toUpperCase()}`;
}

/** The Tổng hợp counts (seed 001, section III), an extension of SPEC §4. */
export function tenTongHop(nhom: "CT" | "TC", dem: "APDUNG" | "KHONGDAT" | "MUCDO1" | "MUCDO2" | "CHUADU"): string {
  return `TH_${nhom}_${dem}`;
}

/** A report text of an indicator, typed on the “Nội dung hồ sơ” sheet (BC_2_1_MOTA; extension of SPEC §4). */
export function tenBaoCao(id: string, phan: (typeof PHAN_CHI_TIEU_VAN_BAN)[number]["hauTo"]): string {
  return tenTheoChiTieu("BC", id, phan);
}

/** The report's conclusion of a criterion (BC_TC_1_KETLUAN; extension of SPEC §4). */
export function tenKetLuanTieuChi(id: string): string {
  return tenTheoChiTieu("BC_TC", id, PHAN_TIEU_CHI_VAN_BAN.hauTo);
}
