/**
 * What the printed hồ sơ needs beyond the indicators (seed 000 mục VI.3.b and Phụ lục; seed 002 mẫu M1–M4, M8):
 * numbers, places and dates of the documents, the Biên bản's meeting, the report's text, the unit's Tổ tự đánh giá,
 * its abbreviations and its evidence list. One list of fields: the JSON `vanBan` of a hồ sơ (an extension of SPEC §3),
 * the typing sheet of the workbook, its defined names and the readers all come from it.
 */

/** A free text prints whole up to this length (each field; line breaks allowed); longer text is refused with advice. */
export const DO_DAI_TOI_DA_VAN_BAN = 2000;

/** Kinds of field: a short line, a narrative (wrapped, printed whole), a date (dd/mm/yyyy), a date and time. */
export type KieuTruongVanBan = "dong" | "doan" | "ngay" | "gio";

export interface TruongVanBan {
  /** Key inside its JSON group. */
  readonly khoa: string;
  /** Workbook-scope defined name of its typing cell (extension of SPEC §4). */
  readonly ten: string;
  readonly nhan: string;
  readonly kieu: KieuTruongVanBan;
  /** What to type, shown beside the cell. */
  readonly goiY?: string;
}

export interface NhomVanBan {
  /** Key of the group in `vanBan` (JSON). */
  readonly khoa: string;
  /** Heading of the group on the typing sheet. */
  readonly tieuDe: string;
  readonly truong: readonly TruongVanBan[];
}

/** The unit's own fields of every document, then each document's. Order = order on the typing sheet. */
export const NHOM_VAN_BAN: readonly NhomVanBan[] = [
  {
    khoa: "chung",
    tieuDe: "Chung cho các văn bản",
    truong: [
      { khoa: "kyHieu", ten: "HS_KY_HIEU", nhan: "Chữ viết tắt tên đơn vị (ký hiệu văn bản)", kieu: "dong", goiY: "Ví dụ: THCSKL — in trong “Số: …/TTr-THCSKL”." },
      { khoa: "thuTruong", ten: "HS_THU_TRUONG", nhan: "Họ và tên thủ trưởng đơn vị", kieu: "dong", goiY: "In dưới chữ ký “THỦ TRƯỞNG ĐƠN VỊ”." },
      { khoa: "chucVuThuTruong", ten: "HS_CHUC_VU_THU_TRUONG", nhan: "Chức vụ của thủ trưởng", kieu: "dong", goiY: "Ví dụ: Hiệu trưởng." },
    ],
  },
  {
    khoa: "toTrinh",
    tieuDe: "Tờ trình đề nghị đánh giá, công nhận (khi đơn vị tự đánh giá đạt)",
    truong: [
      { khoa: "so", ten: "HS_TTR_SO", nhan: "Số tờ trình", kieu: "dong", goiY: "Chỉ số thứ tự, ví dụ 15 (in “Số: 15/TTr-…”)." },
      { khoa: "ngay", ten: "HS_TTR_NGAY", nhan: "Ngày tờ trình", kieu: "ngay" },
    ],
  },
  {
    khoa: "baoCaoKetQua",
    tieuDe: "Báo cáo kết quả tự đánh giá (mẫu M8, khi đơn vị tự đánh giá không đạt)",
    truong: [
      { khoa: "so", ten: "HS_BCKQ_SO", nhan: "Số báo cáo", kieu: "dong", goiY: "Chỉ số thứ tự (in “Số: …/BC-…”)." },
      { khoa: "ngay", ten: "HS_BCKQ_NGAY", nhan: "Ngày báo cáo", kieu: "ngay" },
    ],
  },
  {
    khoa: "bienBan",
    tieuDe: "Biên bản tự đánh giá",
    truong: [
      { khoa: "keHoach", ten: "HS_BB_KE_HOACH", nhan: "Thực hiện Kế hoạch số", kieu: "dong", goiY: "Ví dụ: 12/KH-UBND ngày 05/9/2025 của UBND quận Đống Đa." },
      { khoa: "batDau", ten: "HS_BB_BAT_DAU", nhan: "Thời gian bắt đầu", kieu: "gio", goiY: "Ngày và giờ, ví dụ 20/12/2025 08:00." },
      { khoa: "ketThuc", ten: "HS_BB_KET_THUC", nhan: "Kết thúc vào hồi", kieu: "gio" },
      { khoa: "diaDiem", ten: "HS_BB_DIA_DIEM", nhan: "Địa điểm", kieu: "dong" },
      { khoa: "thanhPhanKhac", ten: "HS_BB_THANH_PHAN_KHAC", nhan: "Thành phần khác", kieu: "dong", goiY: "Để trống: in các thành viên khác của Tổ tự đánh giá." },
      { khoa: "uuDiem", ten: "HS_BB_UU_DIEM", nhan: "Ưu điểm", kieu: "doan" },
      { khoa: "tonTai", ten: "HS_BB_TON_TAI", nhan: "Tồn tại, hạn chế", kieu: "doan" },
    ],
  },
  {
    khoa: "baoCao",
    tieuDe: "Báo cáo tự đánh giá (mẫu M3)",
    truong: [
      { khoa: "ngay", ten: "HS_BC_NGAY", nhan: "Ngày báo cáo", kieu: "ngay" },
      { khoa: "tinhHinhChung", ten: "HS_BC_TINH_HINH", nhan: "1. Tình hình chung", kieu: "doan" },
      { khoa: "mucDich", ten: "HS_BC_MUC_DICH", nhan: "2. Mục đích tự đánh giá", kieu: "doan" },
      { khoa: "tomTat", ten: "HS_BC_TOM_TAT", nhan: "3. Tóm tắt quá trình và những vấn đề nổi bật trong hoạt động tự đánh giá", kieu: "doan" },
      { khoa: "ketLuanKhac", ten: "HS_BC_KET_LUAN_KHAC", nhan: "Các kết luận khác (nếu có)", kieu: "doan" },
    ],
  },
];

/** Per indicator, the report's parts (seed 000 Phụ lục “BÁO CÁO TỰ ĐÁNH GIÁ”; seed 002 mẫu M1). Names BC_x_y_<hậu tố>. */
export const PHAN_CHI_TIEU_VAN_BAN = [
  { khoa: "moTa", hauTo: "MOTA", nhan: "Mô tả hiện trạng" },
  { khoa: "diemManh", hauTo: "DIEMMANH", nhan: "Điểm mạnh" },
  { khoa: "tonTai", hauTo: "TONTAI", nhan: "Tồn tại" },
  { khoa: "keHoach", hauTo: "KEHOACH", nhan: "Kế hoạch cải tiến" },
] as const;
export type PhanChiTieuVanBan = (typeof PHAN_CHI_TIEU_VAN_BAN)[number]["khoa"];

/** Per criterion, the report's “Kết luận về Tiêu chí …”: strengths and weaknesses (the counts are computed). Name BC_TC_n_KETLUAN. */
export const PHAN_TIEU_CHI_VAN_BAN = { khoa: "ketLuan", hauTo: "KETLUAN", nhan: "Kết luận về tiêu chí (điểm mạnh nổi bật, điểm yếu cơ bản)" } as const;

/** Roles in the unit's Tổ tự đánh giá (seed 002 IV.1: “bao gồm tổ trưởng, thư ký và các thành viên”). */
export const NHIEM_VU_TO = { toTruong: "to-truong", thuKy: "thu-ky", thanhVien: "thanh-vien" } as const;
export type NhiemVuTo = (typeof NHIEM_VU_TO)[keyof typeof NHIEM_VU_TO];

export interface ThanhVienTo {
  readonly hoTen: string;
  readonly chucVu?: string;
  readonly nhiemVu: NhiemVuTo;
  readonly dienThoai?: string;
}

export interface ChuVietTat {
  readonly noiDung: string;
  readonly vietTat: string;
}

export interface MinhChungDanhMuc {
  readonly ma: string;
  readonly ten?: string;
  /** Số, ngày văn bản. */
  readonly soNgay?: string;
  readonly noiBanHanh?: string;
  readonly ghiChu?: string;
}

/** Rows the workbook offers for each list (the JSON may not hold more; the message says so). */
export const SO_DONG_DANH_SACH = { toTuDanhGia: 25, chuVietTat: 30, danhMucMinhChung: 200 } as const;

/** The `vanBan` object of a hồ sơ: every part optional; dates "yyyy-mm-dd", times "yyyy-mm-ddThh:mm" (the unit's local time). */
export interface VanBanHoSo {
  /** Cơ quan chủ quản and địa danh print on the cover and in every header (Thông tin sheet: HS_CO_QUAN_CHU_QUAN, HS_DIA_DANH). */
  readonly coQuanChuQuan?: string;
  readonly diaDanh?: string;
  readonly chung?: { readonly kyHieu?: string; readonly thuTruong?: string; readonly chucVuThuTruong?: string };
  readonly toTrinh?: { readonly so?: string; readonly ngay?: string };
  readonly baoCaoKetQua?: { readonly so?: string; readonly ngay?: string };
  readonly bienBan?: {
    readonly keHoach?: string;
    readonly batDau?: string;
    readonly ketThuc?: string;
    readonly diaDiem?: string;
    readonly thanhPhanKhac?: string;
    readonly uuDiem?: string;
    readonly tonTai?: string;
  };
  readonly baoCao?: { readonly ngay?: string; readonly tinhHinhChung?: string; readonly mucDich?: string; readonly tomTat?: string; readonly ketLuanKhac?: string };
  /** Per indicator id ("2.1"): the report's text. */
  readonly chiTieu?: Readonly<Record<string, Partial<Record<PhanChiTieuVanBan, string>>>>;
  /** Per criterion id ("1"): the report's conclusion text. */
  readonly tieuChi?: Readonly<Record<string, { readonly ketLuan?: string }>>;
  readonly toTuDanhGia?: readonly ThanhVienTo[];
  readonly chuVietTat?: readonly ChuVietTat[];
  readonly danhMucMinhChung?: readonly MinhChungDanhMuc[];
}

/**
 * The two fields of `vanBan` kept on the Thông tin sheet beside the unit (the cover and every header print them):
 * their cells existed before the typing sheet and keep their names.
 */
export const TRUONG_VAN_BAN_DON_VI = [
  { khoa: "coQuanChuQuan", ten: "HS_CO_QUAN_CHU_QUAN", nhan: "Cơ quan chủ quản", kieu: "dong", goiY: "Ghi ở trang bìa và đầu mỗi văn bản của hồ sơ." },
  { khoa: "diaDanh", ten: "HS_DIA_DANH", nhan: "Địa danh", kieu: "dong", goiY: "Ví dụ: Hà Nội — in ở trang bìa và dòng ngày tháng của văn bản." },
] as const satisfies readonly (TruongVanBan & { khoa: "coQuanChuQuan" | "diaDanh" })[];

/** A column of a list: its key in a JSON row, its heading, and the workbook-scope name of its cells (one column). */
export interface CotDanhSach<K extends string = string> {
  readonly khoa: K;
  readonly nhan: string;
  readonly ten: string;
  /** A row with anything in it must have this. */
  readonly batBuoc?: boolean;
}

export type KhoaDanhSachVanBan = keyof typeof SO_DONG_DANH_SACH;

/**
 * The lists of `vanBan`, column by column in the order of their sheets (extension of SPEC §4: each name covers the
 * list's rows of one column). MC_DANH_MUC, the codes of the evidence list, is the name the readers used before.
 */
export const DANH_SACH_VAN_BAN = {
  toTuDanhGia: {
    nhan: "Tổ tự đánh giá",
    cot: [
      { khoa: "hoTen", nhan: "Họ và tên", ten: "HS_TO_HO_TEN", batBuoc: true },
      { khoa: "chucVu", nhan: "Chức vụ", ten: "HS_TO_CHUC_VU" },
      { khoa: "nhiemVu", nhan: "Nhiệm vụ", ten: "HS_TO_NHIEM_VU", batBuoc: true },
      { khoa: "dienThoai", nhan: "ĐT liên lạc", ten: "HS_TO_DIEN_THOAI" },
    ],
  },
  chuVietTat: {
    nhan: "Danh mục chữ viết tắt",
    cot: [
      { khoa: "noiDung", nhan: "Nội dung", ten: "HS_CVT_NOI_DUNG", batBuoc: true },
      { khoa: "vietTat", nhan: "Chữ viết tắt", ten: "HS_CVT_VIET_TAT", batBuoc: true },
    ],
  },
  danhMucMinhChung: {
    nhan: "Danh mục minh chứng",
    cot: [
      { khoa: "ma", nhan: "Mã minh chứng", ten: "MC_DANH_MUC", batBuoc: true },
      { khoa: "ten", nhan: "Tên minh chứng", ten: "MC_TEN" },
      { khoa: "soNgay", nhan: "Số, ngày văn bản", ten: "MC_SO_NGAY" },
      { khoa: "noiBanHanh", nhan: "Nơi ban hành", ten: "MC_NOI_BAN_HANH" },
      { khoa: "ghiChu", nhan: "Ghi chú", ten: "MC_GHI_CHU" },
    ],
  },
} as const satisfies {
  toTuDanhGia: { nhan: string; cot: readonly CotDanhSach<keyof ThanhVienTo>[] };
  chuVietTat: { nhan: string; cot: readonly CotDanhSach<keyof ChuVietTat>[] };
  danhMucMinhChung: { nhan: string; cot: readonly CotDanhSach<keyof MinhChungDanhMuc>[] };
};

/** What of `vanBan` a rule set's hồ sơ holds (the groups, the per-indicator and per-criterion texts, the lists). */
export interface PhanVanBan {
  readonly donVi: readonly TruongVanBan[];
  readonly nhom: readonly NhomVanBan[];
  readonly theoChiTieu: boolean;
  readonly danhSach: readonly KhoaDanhSachVanBan[];
}

/**
 * TT24 (levels): every document of seed 000 / seed 002. A points rule set (TT22, seed 004) has none of those forms:
 * only the unit's own fields, the common fields of its documents and its team.
 */
export function phanVanBanCua(ruleSet: { readonly chamDiem?: unknown }): PhanVanBan {
  if (ruleSet.chamDiem) return { donVi: TRUONG_VAN_BAN_DON_VI, nhom: NHOM_VAN_BAN.filter((n) => n.khoa === "chung"), theoChiTieu: false, danhSach: ["toTuDanhGia"] };
  return { donVi: TRUONG_VAN_BAN_DON_VI, nhom: NHOM_VAN_BAN, theoChiTieu: true, danhSach: ["toTuDanhGia", "chuVietTat", "danhMucMinhChung"] };
}
