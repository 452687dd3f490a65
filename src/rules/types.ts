/** Types shared by the rule sets, the evaluator and every adapter. Pure data: no Office, no DOM, no I/O. */

export const LOAI_DON_VI = [
  "co-quan",
  "su-nghiep",
  "kinh-te",
  "xa-hoi",
  "mam-non",
  "pho-thong",
  "thpt",
  "gdnn",
  "dai-hoc",
  "giao-duc-khac",
] as const;
export type LoaiDonVi = (typeof LOAI_DON_VI)[number];

export const BO_TIEU_CHI = ["tt24-huyen", "tt24-tinh"] as const;
export type BoTieuChiId = (typeof BO_TIEU_CHI)[number];

/** Machine-readable result of an indicator, a criterion or the unit (SPEC §3). */
export const TRANG_THAI = ["khong-ap-dung", "chua-du-du-lieu", "khong-dat", "muc-do-1", "muc-do-2"] as const;
export type TrangThai = (typeof TRANG_THAI)[number];

/** Digital-transformation level of QĐ 4725 / QĐ 4740, in increasing order. */
export const MUC_CHUYEN_DOI_SO = ["chua-dat", "co-ban", "tot"] as const;
export type MucChuyenDoiSo = (typeof MUC_CHUYEN_DOI_SO)[number];

/**
 * Which units an indicator applies to: `loai` lists the unit types; a type also listed in `chiCongLap`
 * counts only when the unit is public (công lập). Kept as data so workbook formulas can be derived from it.
 */
export interface PhamViApDung {
  readonly loai: readonly LoaiDonVi[];
  readonly chiCongLap?: readonly LoaiDonVi[];
}

/** A pair of thresholds in percentage points with the legal text they come from. */
export interface NguongMucDo {
  readonly mucDo1: number;
  readonly mucDo2: number;
  /** Where the numbers are written: document and section. */
  readonly canCu: string;
}

interface ChiTieuChung {
  /** "<tiêu chí>.<n>", e.g. "2.1". */
  readonly id: string;
  readonly tieuChi: string;
  /** Short content for tables and the CLI. */
  readonly noiDungNgan: string;
  /** Full text as written in the legal source (mức độ 1 wording). */
  readonly noiDung: string;
  readonly apDung: PhamViApDung;
  /** Legal source of the indicator. */
  readonly canCu: string;
}

/** Yes/no indicator: mức độ 2 asks the same as mức độ 1. */
export interface ChiTieuDat extends ChiTieuChung {
  readonly kieu: "dat";
}

/** Share of the unit's members (and, for some units, of its learners) that meets a requirement. */
export interface ChiTieuTyLe extends ChiTieuChung {
  readonly kieu: "ty-le";
  readonly nguong: NguongMucDo;
  /** Column of the member roster (sheet “Thành viên”, CSV import) that says who meets this indicator. */
  readonly cotDanhSach: string;
  /** Learner part (3.1 for education units): both parts must hold. */
  readonly nguoiHoc?: { readonly apDung: PhamViApDung; readonly nguong: NguongMucDo };
}

/** Digital-transformation level reached under a Quyết định of the Ministry. */
export interface ChiTieuMucChuyenDoiSo extends ChiTieuChung {
  readonly kieu: "muc-cds";
  readonly mucDo1: MucChuyenDoiSo;
  readonly mucDo2: MucChuyenDoiSo;
}

export type ChiTieuDef = ChiTieuDat | ChiTieuTyLe | ChiTieuMucChuyenDoiSo;
export type KieuChiTieu = ChiTieuDef["kieu"];

export interface TieuChiDef {
  readonly id: string;
  readonly ten: string;
}

export interface RuleSet {
  readonly id: BoTieuChiId;
  readonly ten: string;
  readonly cap: "huyen" | "tinh";
  readonly vanBan: string;
  /** Bumped whenever a rule or threshold changes, so locked workbooks can tell which rules they used. */
  readonly phienBan: string;
  readonly tieuChi: readonly TieuChiDef[];
  readonly chiTieu: readonly ChiTieuDef[];
}

/** The unit being assessed. `congLap` may be unknown; indicators that depend on it then lack data. */
export interface DonVi {
  readonly ten?: string;
  readonly loai: LoaiDonVi;
  readonly congLap?: boolean;
}

/** Inputs of one indicator after validation (SPEC §3). Absent means not provided. */
export interface ChiTieuNhap {
  readonly dat?: boolean;
  readonly soDat?: number;
  readonly tongSo?: number;
  /** Typed rate, already parsed to percentage points. */
  readonly tyLe?: number;
  readonly nguoiHocDat?: number;
  readonly tongNguoiHoc?: number;
  readonly tyLeNguoiHoc?: number;
  readonly mucChuyenDoiSo?: MucChuyenDoiSo;
  readonly coMinhChung: boolean;
  readonly minhChung: readonly string[];
}

export interface HoSo {
  readonly boTieuChi: BoTieuChiId;
  readonly donVi: DonVi;
  readonly namDanhGia?: number;
  readonly chiTieu: Readonly<Record<string, ChiTieuNhap>>;
  /** The council's own levels, when the hồ sơ has been reviewed (an extension of SPEC §3). */
  readonly hoiDong?: import("./council").HoiDongNhap;
}

/** A member or learner share as evaluated: exact when counted, typed otherwise. */
export interface TyLeDanhGia {
  readonly doiTuong: "thanhVien" | "nguoiHoc";
  /** Rate in percentage points rounded down to two decimals, for display only. */
  readonly hienThi: number;
  readonly soDat?: number;
  readonly tongSo?: number;
}

export interface KetQuaChiTieu {
  readonly id: string;
  readonly trangThai: TrangThai;
  readonly xepLoai: string;
  readonly lyDo: readonly string[];
  readonly tyLe: readonly TyLeDanhGia[];
}

export interface KetQuaTongHop {
  readonly trangThai: TrangThai;
  readonly xepLoai: string;
}

export interface DemMucDo {
  readonly apDung: number;
  readonly khongDat: number;
  readonly mucDo1: number;
  readonly mucDo2: number;
  /** Applicable but lacking data: in none of the three buckets above. */
  readonly chuaDuDuLieu: number;
}

export interface KetQuaDanhGia {
  readonly boTieuChi: BoTieuChiId;
  readonly chiTieu: readonly KetQuaChiTieu[];
  readonly tieuChi: Readonly<Record<string, KetQuaTongHop>>;
  readonly ketLuan: KetQuaTongHop;
  readonly tongHop: { readonly chiTieu: DemMucDo; readonly tieuChi: DemMucDo };
  readonly hoiDong?: import("./council").KetQuaHoiDong;
}
