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

export const BO_TIEU_CHI = ["tt24-huyen", "tt24-tinh", "tt22"] as const;
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
  /**
   * The source's words at each level, verbatim, where the wording of a level differs from mức độ 1 beyond its
   * threshold; absent, both levels read `noiDung` (with each level's threshold: noiDungTheoMucDo).
   */
  readonly noiDungMucDo?: NoiDungTheoMucDo;
  /** The evidence the source suggests for this indicator, one line each, verbatim (shown beside the unit's codes). */
  readonly minhChungGoiY?: string;
}

/** An indicator's wording at mức độ 1 and mức độ 2, and how the tool reads the difference (Ngưỡng sheet). */
export interface NoiDungTheoMucDo {
  readonly mucDo1: string;
  readonly mucDo2: string;
  readonly cachDoc: string;
}

/** Yes/no indicator: mức độ 2 asks the same as mức độ 1. In a points rule set, `diem` is what “đạt” is worth. */
export interface ChiTieuDat extends ChiTieuChung {
  readonly kieu: "dat";
  readonly diem?: number;
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

/** One answer of a choice indicator (TT22: 1.1, 1.3, 3.2) and the points it is worth. */
export interface LuaChonDiem {
  /** Code in the hồ sơ JSON, e.g. "long-ghep". */
  readonly ma: string;
  /** Label in the workbook's drop-down and the pane. */
  readonly ten: string;
  readonly diem: number;
}

/** Points-based indicator whose input is one of a few fixed answers. */
export interface ChiTieuLuaChon extends ChiTieuChung {
  readonly kieu: "lua-chon";
  /** The hồ sơ field that holds the answer (SPEC §3: `luaChon` for 1.1 and 1.3, `danhHieu` for 3.2). */
  readonly truong: "luaChon" | "danhHieu";
  readonly luaChon: readonly LuaChonDiem[];
}

/** A band of a points-based rate: from `tu` % (inclusive) the indicator is worth `diem`. */
export interface BacDiem {
  readonly tu: number;
  readonly diem: number;
}

/** Points-based share of members: the highest band reached gives the points, below every band 0. */
export interface ChiTieuTyLeDiem extends ChiTieuChung {
  readonly kieu: "ty-le-diem";
  /** Bands from the highest threshold down. */
  readonly bac: readonly BacDiem[];
  readonly cotDanhSach: string;
}

export type ChiTieuDef = ChiTieuDat | ChiTieuTyLe | ChiTieuMucChuyenDoiSo | ChiTieuLuaChon | ChiTieuTyLeDiem;

export interface TieuChiDef {
  readonly id: string;
  readonly ten: string;
}

/** Class of a points-based assessment (TT22: Tốt / Khá / Trung bình / Chưa đạt). */
export const HANG_DIEM = ["tot", "kha", "trung-binh", "chua-dat"] as const;
export type HangDiem = (typeof HANG_DIEM)[number];

/** How a points-based rule set is scored: what each indicator says in words, and the classes of the total. */
export interface ChamDiem {
  /**
   * Classes from the best down; a total reaches a class from `tu` points; the last class has `tu` 0. `trangThai` is
   * the SPEC §3 state reported beside the class, so readers that know only levels still tell pass from fail.
   */
  readonly xepLoai: readonly { readonly ma: HangDiem; readonly ten: string; readonly tu: number; readonly trangThai: TrangThai }[];
  readonly diemToiDa: number;
  readonly canCu: string;
  /** Per indicator: the “Gợi ý cho điểm” and the “Các minh chứng” columns of the source, verbatim. */
  readonly goiY: Readonly<Record<string, { readonly goiY: string; readonly minhChung: string }>>;
}

/** cấp of a rule set; `chung` for one that serves units of both cấp (TT22 as guided by a province). */
export type Cap = "huyen" | "tinh" | "chung";

/**
 * The unit types each cấp assesses (seed 000 mục II, seed 002 mục III): nhà trẻ, mẫu giáo, mầm non and tiểu học, THCS
 * are cấp huyện units only; THPT and đại học cấp tỉnh units only; the others, including GDNN and other education
 * units, exist at both. A rule set serving both cấp takes every type. Any other combination is refused everywhere.
 */
export const LOAI_THEO_CAP: Readonly<Record<Cap, readonly LoaiDonVi[]>> = {
  huyen: LOAI_DON_VI.filter((l) => l !== "thpt" && l !== "dai-hoc"),
  tinh: LOAI_DON_VI.filter((l) => l !== "mam-non" && l !== "pho-thong"),
  chung: LOAI_DON_VI,
};

/** The unit types a rule set assesses, in the order of LOAI_DON_VI. */
export function loaiCuaBo(ruleSet: { readonly cap: Cap }): readonly LoaiDonVi[] {
  return LOAI_THEO_CAP[ruleSet.cap];
}

export interface RuleSet {
  readonly id: BoTieuChiId;
  readonly ten: string;
  /** Name in a list of rule sets (the pane's choice). */
  readonly tenNgan: string;
  readonly cap: Cap;
  readonly vanBan: string;
  /** Bumped whenever a rule or threshold changes, so locked workbooks can tell which rules they used. */
  readonly phienBan: string;
  readonly tieuChi: readonly TieuChiDef[];
  readonly chiTieu: readonly ChiTieuDef[];
  /** Present for a points-based rule set (TT22); absent for levels (TT24). */
  readonly chamDiem?: ChamDiem;
  /** Deadlines and what recognition brings (calendar.ts). */
  readonly lich: import("./calendar").Lich;
  /** Notes of this rule set for the workbook's guide (how a reading of its source was settled, say). */
  readonly ghiChuHuongDan?: readonly string[];
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
  /** Code of the answer of a choice indicator (TT22). */
  readonly luaChon?: string;
  readonly danhHieu?: string;
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
  /** What the printed documents need beyond the indicators (rules/vanBan.ts; an extension of SPEC §3). */
  readonly vanBan?: import("./vanBan").VanBanHoSo;
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
  /** Points (points-based rule sets only); absent while the inputs are missing. */
  readonly diem?: number;
  readonly diemToiDa?: number;
}

export interface KetQuaTongHop {
  readonly trangThai: TrangThai;
  readonly xepLoai: string;
  /** Points of a criterion, or the total (points-based rule sets only). */
  readonly diem?: number;
  readonly diemToiDa?: number;
  /** The class of the total (points-based rule sets only), absent while data is missing. */
  readonly hang?: HangDiem;
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
  /** Sum of the indicators' points so far (points-based rule sets only). */
  readonly tongDiem?: number;
  readonly hoiDong?: import("./council").KetQuaHoiDong;
}
