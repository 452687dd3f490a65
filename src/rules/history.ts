/**
 * Last year's Sổ Hội đồng as history (`dvht tong-hop … --truoc <sổ năm trước.xlsx>`): which units were recognised,
 * at which level, by which decision and until when; and, for each unit received this year, what that history says
 * of its request. Pure: the workbook layer reads last year's register, the register shows the result.
 *
 * The reading of the seeds:
 * - seed 000 III.3: “Kết quả công nhận … được bảo lưu trong thời hạn 03 năm (36 tháng) tiếp theo năm được công
 *   nhận.” — “Hết thời hạn bảo lưu, đơn vị làm hồ sơ đề nghị công nhận lại” — “Trong trường hợp đơn vị đề nghị nâng
 *   mức độ 1 lên mức độ 2: sau ít nhất 01 năm (12 tháng) kể từ ngày được công nhận, đơn vị có thể làm hồ sơ đề nghị
 *   đánh giá, công nhận nâng mức độ.”
 * - seed 002 IV.3–4: “Đơn vị cấp huyện được công nhận mức độ 1 sau ít nhất 1 năm (12 tháng) kể từ ngày ra quyết
 *   định công nhận có thể đề nghị đánh giá, công nhận nâng mức độ 2.” — “Kết quả công nhận được bảo lưu trong thời
 *   hạn 03 năm (36 tháng) tiếp theo năm được công nhận …”
 * So: a unit is recognised by the Quyết định công nhận recorded in the register that found it passing (the council's
 * level, never the unit's own); validity is the register's baoLuuDen (31/12 of the decision's year + 3, calendar.ts).
 * A unit asking for an assessed year after its validity ended (baoLuuDen before 01/01 of that year) is due for công
 * nhận lại. Still valid, recognised at mức 1 and asking mức 2 (its self-assessed level): eligible when the dossier
 * was received at least 12 months after the decision's date (congThang: 10/02/2025 → 10/02/2026 included), too early
 * otherwise. Points-based rule sets (TT22, seed 004 III.3: “định kỳ mỗi năm một lần”) keep nothing over years: a
 * class from an earlier year is shown, and the unit is assessed again (đến hạn công nhận lại).
 * A unit with no assessed year is compared with the year before its receipt (dossiers come the year after).
 */
import { deNghiMucDo2TheoQuyetDinh, docNgayChu, ngayChu, type NgayThang } from "./calendar";
import { XEP_LOAI } from "./labels";
import { HANG_TONG, TRANG_THAI_SO, khoaDonVi, ngayTuIso, trangThaiHoiDong, type BanNhan, type SoHoiDong } from "./register";
import { RULE_SETS } from "./ruleSets";
import type { Cap, LoaiDonVi } from "./types";

/** One unit recognised by an earlier register's decision. */
export interface CongNhanTruoc {
  /** khoaDonVi(ten, loai): the same unit by name (spacing and case aside) and type. */
  khoa: string;
  ten: string;
  loai: LoaiDonVi;
  /** The assessed year. */
  nam: number;
  trangThai: "muc-do-1" | "muc-do-2";
  /** The council's label: “Đạt mức độ 1”, or a class by points (“Khá”). */
  ketLuan: string;
  quyetDinh?: { so: string; ngay: string };
  /** dd/mm/yyyy; absent when the rule set keeps nothing over years. */
  baoLuuDen?: string;
}

/** What a register keeps of the one before it. */
export interface SoNamTruoc {
  nam: number | null;
  cap: Cap | null;
  tep: string;
  /** Counted units of that register by LoaiDonVi and by the council's conclusion label (HANG_TONG labels). */
  tong: Record<string, Record<string, number>>;
  /** The latest recognition of each unit, that register's own and those it carried from its own previous one. */
  congNhan: CongNhanTruoc[];
}

export type LoaiLichSu = "chua-cong-nhan" | "dang-bao-luu" | "den-han-cong-nhan-lai" | "du-dieu-kien-nang-muc" | "nang-muc-qua-som";

export interface LichSuDonVi {
  loai: LoaiLichSu;
  /** The sentence shown in the register. */
  chu: string;
  /** For the register's warnings (“nâng mức quá sớm”): absent otherwise. */
  canhBao?: string;
  /** The earlier recognition the sentence speaks of (absent for a unit never recognised). */
  congNhan?: CongNhanTruoc;
}

/** The sentences of the history, in one place. */
export const LICH_SU = {
  chuaCongNhan: "Chưa được công nhận trước đây",
  daCongNhan: (ct: CongNhanTruoc) =>
    `Đã công nhận ${ketLuanNgan(ct)} năm ${ct.nam}${ct.quyetDinh ? ` (QĐ số ${ct.quyetDinh.so || "?"} ngày ${ct.quyetDinh.ngay})` : ""}`,
  dangBaoLuu: (den: string) => `đang trong thời hạn công nhận đến ${den}`,
  denHan: (den: string) => `hết thời hạn bảo lưu ngày ${den}: đến hạn công nhận lại`,
  khongBaoLuu: "xếp loại theo từng năm, không bảo lưu: đến hạn công nhận lại",
  duDieuKien: (tu: string) => `đủ điều kiện đề nghị nâng mức độ 2 (từ ${tu})`,
  quaSom: (tu: string, nhan: string) => `đề nghị nâng mức độ 2 quá sớm: sớm nhất từ ${tu} (12 tháng kể từ ngày quyết định), hồ sơ nhận ${nhan}`,
  canhBaoQuaSom: (ct: CongNhanTruoc, tu: string) =>
    `Đề nghị nâng mức quá sớm: đơn vị được công nhận mức độ 1${ct.quyetDinh ? ` ngày ${ct.quyetDinh.ngay}` : ""}, chỉ được đề nghị mức độ 2 từ ${tu}`,
} as const;

/** “mức độ 1” from “Đạt mức độ 1”; a class by points as “loại Khá”. */
function ketLuanNgan(ct: CongNhanTruoc): string {
  return ct.ketLuan === XEP_LOAI[ct.trangThai] ? ct.ketLuan.replace(/^Đạt /, "") : `loại ${ct.ketLuan}`;
}

const so = (d: NgayThang) => d.nam * 10000 + d.thang * 100 + d.ngay;

/** The later of two recognitions of a unit: by assessed year, then by the decision's date. */
function sauHon(a: CongNhanTruoc, b: CongNhanTruoc): boolean {
  if (a.nam !== b.nam) return a.nam > b.nam;
  const da = a.quyetDinh ? docNgayChu(a.quyetDinh.ngay) : undefined;
  const db = b.quyetDinh ? docNgayChu(b.quyetDinh.ngay) : undefined;
  return (da ? so(da) : 0) >= (db ? so(db) : 0);
}

/**
 * What a register passes on to the next year's: its counted units by type and conclusion, and the units it found
 * passing under a recorded decision (counted, reviewed, not changed since receipt), merged with what it had itself
 * carried from the year before, the latest recognition of each unit kept.
 */
export function soNamTruocTuSo(soHd: SoHoiDong, tep: string): SoNamTruoc {
  const tong: Record<string, Record<string, number>> = {};
  for (const d of soHd.dong.filter((x) => x.tinh)) {
    const theoLoai = (tong[d.ban.loai] ??= Object.fromEntries(HANG_TONG.map((h) => [h, 0])));
    const nhan = d.ketLuanHoiDong || TRANG_THAI_SO.chuaThamDinh;
    theoLoai[nhan] = (theoLoai[nhan] ?? 0) + 1;
  }
  const qd = soHd.quyetDinh && !soHd.quyetDinh.loi.length && docNgayChu(soHd.quyetDinh.ngay) ? { so: soHd.quyetDinh.so, ngay: soHd.quyetDinh.ngay } : undefined;
  const moi: CongNhanTruoc[] = [];
  for (const d of soHd.dong) {
    const tt = trangThaiHoiDong(d);
    if (!qd || d.ban.nam === null || d.trangThai !== TRANG_THAI_SO.daThamDinh || (tt !== "muc-do-1" && tt !== "muc-do-2")) continue;
    moi.push({
      khoa: khoaDonVi(d.ban.ten, d.ban.loai),
      ten: d.ban.ten,
      loai: d.ban.loai,
      nam: d.ban.nam,
      trangThai: tt,
      ketLuan: d.ketLuanHoiDong,
      quyetDinh: qd,
      ...(d.baoLuuDen ? { baoLuuDen: d.baoLuuDen } : {}),
    });
  }
  const theoKhoa = new Map<string, CongNhanTruoc>();
  for (const ct of [...(soHd.truoc?.congNhan ?? []), ...moi]) {
    const cu = theoKhoa.get(ct.khoa);
    if (!cu || sauHon(ct, cu)) theoKhoa.set(ct.khoa, ct);
  }
  return { nam: soHd.nam, cap: soHd.cap, tep, tong, congNhan: [...theoKhoa.values()] };
}

/** A unit's history against an earlier register: by its receipt date and the assessed year it asks for. */
export function lichSuDonVi(ban: BanNhan, truoc: SoNamTruoc): LichSuDonVi {
  const nhan = ngayTuIso(ban.ngayNhan);
  const namHoi = ban.nam ?? (nhan ? nhan.nam - 1 : undefined);
  const khoa = khoaDonVi(ban.ten, ban.loai);
  // Only recognitions of years before the one asked for are history (a register given as its own past is not).
  const ct = truoc.congNhan.find((c) => c.khoa === khoa && (namHoi === undefined || c.nam < namHoi));
  if (!ct) return { loai: "chua-cong-nhan", chu: LICH_SU.chuaCongNhan };
  const dau = LICH_SU.daCongNhan(ct);
  const den = ct.baoLuuDen ? docNgayChu(ct.baoLuuDen) : undefined;
  if (!den) return { loai: "den-han-cong-nhan-lai", chu: `${dau}; ${LICH_SU.khongBaoLuu}`, congNhan: ct };
  if (namHoi !== undefined && so(den) < so({ nam: namHoi, thang: 1, ngay: 1 })) return { loai: "den-han-cong-nhan-lai", chu: `${dau}; ${LICH_SU.denHan(ct.baoLuuDen!)}`, congNhan: ct };
  const ngayQd = ct.quyetDinh ? docNgayChu(ct.quyetDinh.ngay) : undefined;
  const tu = ngayQd ? deNghiMucDo2TheoQuyetDinh(ngayQd, RULE_SETS[ban.boTieuChi].lich) : undefined;
  if (ct.trangThai === "muc-do-1" && ban.tuDanhGia.trangThai === "muc-do-2" && tu && nhan) {
    return so(nhan) >= so(tu)
      ? { loai: "du-dieu-kien-nang-muc", chu: `${dau}; ${LICH_SU.duDieuKien(ngayChu(tu))}`, congNhan: ct }
      : { loai: "nang-muc-qua-som", chu: `${dau}; ${LICH_SU.quaSom(ngayChu(tu), ngayChu(nhan))}`, canhBao: LICH_SU.canhBaoQuaSom(ct, ngayChu(tu)), congNhan: ct };
  }
  return { loai: "dang-bao-luu", chu: `${dau}; ${LICH_SU.dangBaoLuu(ct.baoLuuDen!)}`, congNhan: ct };
}
