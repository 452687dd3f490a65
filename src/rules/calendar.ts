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

export const LICH = {
  hanNop: { ngay: 15, thang: 1 },
  hanCongNhan: { ngay: 15, thang: 2 },
  soNamBaoLuu: 3,
  soThangNangMuc: 12,
} as const;

export function ngayChu(d: NgayThang): string {
  return `${String(d.ngay).padStart(2, "0")}/${String(d.thang).padStart(2, "0")}/${d.nam}`;
}

const so = (d: NgayThang) => d.nam * 10000 + d.thang * 100 + d.ngay;

/** The dossier is due before this day. */
export function hanNopHoSo(namDanhGia: number): NgayThang {
  return { nam: namDanhGia + 1, ...LICH.hanNop };
}

export function trangThaiHanNop(namDanhGia: number | undefined, homNay: NgayThang): string {
  if (namDanhGia === undefined) return "Chưa có năm đánh giá";
  const han = hanNopHoSo(namDanhGia);
  return so(homNay) < so(han) ? `Còn hạn (nộp trước ${ngayChu(han)})` : `Quá hạn nộp (hạn trước ${ngayChu(han)})`;
}

/** Last day the recognition holds, when recognised in the year after the assessed year. */
export function baoLuuDen(namDanhGia: number): NgayThang {
  return { nam: namDanhGia + 1 + LICH.soNamBaoLuu, thang: 12, ngay: 31 };
}

/** Earliest day a mức 1 unit may ask for mức 2: 12 months after the latest possible decision day. */
export function deNghiMucDo2Tu(namDanhGia: number): NgayThang {
  return { nam: namDanhGia + 1 + LICH.soThangNangMuc / 12, ...LICH.hanCongNhan };
}

export function homNayLocal(d = new Date()): NgayThang {
  return { nam: d.getFullYear(), thang: d.getMonth() + 1, ngay: d.getDate() };
}
