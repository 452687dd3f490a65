/**
 * The calendar of seed 000: data year 01/01–31/12; dossier “trước ngày 15 tháng 01 của năm liền kề sau năm đánh
 * giá”; recognition decided “trước ngày 15 tháng 02 của năm liền kề sau năm đánh giá”; kept “trong thời hạn 03 năm
 * (36 tháng) tiếp theo năm được công nhận”; mức 1 → mức 2 “sau ít nhất 01 năm (12 tháng) kể từ ngày được công nhận”.
 * The year of recognition is taken as the year of the decision, the year after the assessed year.
 */
export interface NgayThang {
  nam: number;
  thang: number;
  ngay: number;
}

/** A yearly deadline: a day and month of the year after the assessed year, or of the assessed year itself. */
export interface HanNam {
  readonly ngay: number;
  readonly thang: number;
  /** false: the day falls in the assessed year itself (seed 003, Buôn Hồ: “trước ngày 05/12 hàng năm”); default true. */
  readonly namSau?: boolean;
}

/** The calendar of a rule set: when the dossier is due, and what recognition brings (kept years, asking for mức 2). */
export interface Lich {
  readonly hanNop: HanNam;
  /** “chậm nhất là ngày …” includes the day; “trước ngày …” does not. */
  readonly hanNopBaoGom: boolean;
  readonly hanCongNhan?: HanNam;
  /**
   * A Phòng's report on the results to the Sở: seed 000 VII (“Báo cáo kết quả đánh giá, công nhận “Đơn vị học tập”
   * cấp huyện gửi về Sở Giáo dục và Đào tạo trước ngày 15 tháng 3 hằng năm”), seed 002 VI.1 (“trước ngày 15 tháng 03”).
   */
  readonly hanBaoCaoSo?: HanNam;
  /** Years a recognition is kept; absent when every year is assessed anew. */
  readonly soNamBaoLuu?: number;
  /** Months before a mức 1 unit may ask for mức 2; absent without levels. */
  readonly soThangNangMuc?: number;
}

export const LICH: Lich = {
  hanNop: { ngay: 15, thang: 1 },
  hanNopBaoGom: false,
  hanCongNhan: { ngay: 15, thang: 2 },
  hanBaoCaoSo: { ngay: 15, thang: 3 },
  soNamBaoLuu: 3,
  soThangNangMuc: 12,
};

/**
 * Seed 004, mục IV.1: “gửi báo cáo kết quả tự đánh giá … chậm nhất là ngày 25 tháng 01 hàng năm”; III.3: “Việc đánh
 * giá, xếp loại Đơn vị học tập được thực hiện định kỳ mỗi năm một lần” (nothing is kept over years, no mức 2).
 */
export const LICH_TT22: Lich = { hanNop: { ngay: 25, thang: 1 }, hanNopBaoGom: true };

export function ngayChu(d: NgayThang): string {
  return `${String(d.ngay).padStart(2, "0")}/${String(d.thang).padStart(2, "0")}/${d.nam}`;
}

/**
 * The unit's time: Việt Nam (Asia/Ho_Chi_Minh) keeps UTC+7 all year, without daylight saving, so a fixed offset
 * gives it on any machine, whatever its TZ or its Intl data.
 */
export const LECH_GIO_VIET_NAM_PHUT = 7 * 60;

/**
 * A moment as people read it in the unit, “dd/mm/yyyy hh:mm” in Việt Nam's time, whatever the machine's time zone.
 * Takes a Date or a machine-readable ISO 8601 text (with Z or an offset, as stored); any other text is returned as it
 * is (a lock sheet edited by hand still shows what it holds).
 */
export function gioViet(thoiDiem: Date | string): string {
  const d = typeof thoiDiem === "string" ? new Date(thoiDiem) : thoiDiem;
  if (Number.isNaN(d.getTime()) || (typeof thoiDiem === "string" && !/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(thoiDiem.trim()))) {
    return String(thoiDiem);
  }
  const vn = new Date(d.getTime() + LECH_GIO_VIET_NAM_PHUT * 60_000);
  const hai = (n: number) => String(n).padStart(2, "0");
  return `${ngayChu({ nam: vn.getUTCFullYear(), thang: vn.getUTCMonth() + 1, ngay: vn.getUTCDate() })} ${hai(vn.getUTCHours())}:${hai(vn.getUTCMinutes())}`;
}

const so = (d: NgayThang) => d.nam * 10000 + d.thang * 100 + d.ngay;

/** The day of a yearly deadline for an assessed year. */
export function ngayCuaHan(namDanhGia: number, han: HanNam): NgayThang {
  return { nam: namDanhGia + (han.namSau === false ? 0 : 1), thang: han.thang, ngay: han.ngay };
}

/** The dossier is due before this day. */
function hanNopHoSo(namDanhGia: number, lich: Lich): NgayThang {
  return ngayCuaHan(namDanhGia, lich.hanNop);
}

/** Whether a day is within the dossier's deadline, and the deadline as the seed words it (“trước …” / “chậm nhất …”). */
export function trongHanNop(namDanhGia: number, ngay: NgayThang, lich: Lich): { trongHan: boolean; han: NgayThang; chu: string } {
  const han = hanNopHoSo(namDanhGia, lich);
  const trongHan = lich.hanNopBaoGom ? so(ngay) <= so(han) : so(ngay) < so(han);
  return { trongHan, han, chu: lich.hanNopBaoGom ? `chậm nhất ${ngayChu(han)}` : `trước ${ngayChu(han)}` };
}

const NGAY_TRONG_THANG = (nam: number, thang: number) => new Date(Date.UTC(nam, thang, 0)).getUTCDate();

/** A real calendar day (no 31/04, 29/02 only in leap years). */
export function laNgayThat(d: NgayThang): boolean {
  return Number.isInteger(d.nam) && Number.isInteger(d.thang) && Number.isInteger(d.ngay) && d.thang >= 1 && d.thang <= 12 && d.ngay >= 1 && d.ngay <= NGAY_TRONG_THANG(d.nam, d.thang);
}

/** A date typed “dd/mm/yyyy” (or d/m/yyyy), or undefined when it is not a real day. */
export function docNgayChu(text: string): NgayThang | undefined {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const d = { nam: Number(m[3]), thang: Number(m[2]), ngay: Number(m[1]) };
  return laNgayThat(d) ? d : undefined;
}

/** The same day `thang` months later; the month's last day when it has no such day (29/02 + 12 tháng → 28/02). */
export function congThang(d: NgayThang, thang: number): NgayThang {
  const t = d.nam * 12 + (d.thang - 1) + thang;
  const nam = Math.floor(t / 12);
  const th = (t % 12) + 1;
  return { nam, thang: th, ngay: Math.min(d.ngay, NGAY_TRONG_THANG(nam, th)) };
}

/** Days from one day to another (negative when `den` is before `tu`). */
export function soNgayGiua(tu: NgayThang, den: NgayThang): number {
  return Math.round((Date.UTC(den.nam, den.thang - 1, den.ngay) - Date.UTC(tu.nam, tu.thang - 1, tu.ngay)) / 86_400_000);
}

/**
 * Kept “trong thời hạn 03 năm (36 tháng) tiếp theo năm được công nhận” (seed 000 III.3, seed 002): the year of
 * recognition is the decision's year, so the recognition holds to 31/12 of that year + soNamBaoLuu.
 */
export function baoLuuDenTheoQuyetDinh(ngayQuyetDinh: NgayThang, lich: Lich): NgayThang | undefined {
  return lich.soNamBaoLuu === undefined ? undefined : { nam: ngayQuyetDinh.nam + lich.soNamBaoLuu, thang: 12, ngay: 31 };
}

/** “sau ít nhất 01 năm (12 tháng) kể từ ngày được công nhận”: the first day a mức 1 unit may ask for mức 2. */
export function deNghiMucDo2TheoQuyetDinh(ngayQuyetDinh: NgayThang, lich: Lich): NgayThang | undefined {
  return lich.soThangNangMuc === undefined ? undefined : congThang(ngayQuyetDinh, lich.soThangNangMuc);
}

/** Today in the unit (Việt Nam's date, whatever the machine's time zone): deadlines are the unit's days. */
export function homNayLocal(d = new Date()): NgayThang {
  const vn = new Date(d.getTime() + LECH_GIO_VIET_NAM_PHUT * 60_000);
  return { nam: vn.getUTCFullYear(), thang: vn.getUTCMonth() + 1, ngay: vn.getUTCDate() };
}

/**
 * “ngày 05 tháng 02 năm 2026” as NĐ 30/2020 writes a date (a zero before days under 10 and before months 1 and 2),
 * dotted when the day is not known yet.
 */
export function ngayVietChu(d: NgayThang | undefined): string {
  if (!d) return "ngày …… tháng …… năm ……";
  return `ngày ${String(d.ngay).padStart(2, "0")} tháng ${d.thang < 3 ? "0" : ""}${d.thang} năm ${d.nam}`;
}
