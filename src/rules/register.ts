/**
 * The council's register (Sổ Hội đồng) as data: what was received from each unit (sealed at receipt), the council's
 * own verdict, and the list a Phòng/Sở decides on — one receipt per row, duplicates and other years or cấp set apart,
 * totals by result state. Pure: the workbook layer reads and writes it, the CLI and the pane show it.
 */
import { baoLuuDenTheoQuyetDinh, deNghiMucDo2TheoQuyetDinh, docNgayChu, ngayChu, ngayCuaHan, soNgayGiua, trongHanNop, type HanNam, type Lich, type NgayThang } from "./calendar";
import { apDungLich, type LichRieng } from "./lichRieng";
import { lichSuDonVi, type LichSuDonVi, type SoNamTruoc } from "./history";
import { danhGiaHoiDong, XEP_LOAI_HOI_DONG, type KetQuaHoiDong, type XepLoaiHoiDong } from "./council";
import { TEN_CAP, TEN_LOAI_DON_VI, XEP_LOAI } from "./labels";
import type { ThanhVienDanhGia } from "./councilMembers";
import type { ThongTinVanBanHoiDong } from "./councilDocs";
import { RULE_SETS } from "./ruleSets";
import type { BoTieuChiId, Cap, KetQuaDanhGia, LoaiDonVi, TrangThai } from "./types";

/** A cell's value as received (the workbook's GiaTriO, kept here without the template layer). */
export type GiaTriNhan = string | number | boolean | null | { loi: string };

/** How the unit's own lock sheet read at receipt. */
export type TrangThaiChot = "chua-chot" | "khop" | "thay-doi" | "bang-chot-bi-sua" | "bang-chot-bi-xoa";

export const TEN_TRANG_THAI_CHOT: Readonly<Record<TrangThaiChot, string>> = {
  "chua-chot": "Chưa chốt số liệu",
  khop: "Đã chốt, khớp",
  "thay-doi": "Đã chốt, số liệu đã đổi sau khi chốt",
  "bang-chot-bi-sua": "Bảng chốt bị sửa",
  "bang-chot-bi-xoa": "Bảng chốt bị xóa hoặc đổi tên",
};

/** One receipt: everything the register keeps of a unit's workbook as it was when received. */
export interface BanNhan {
  /** The register's own number for the receipt ("HS-0001"): stable across runs. */
  ma: string;
  tep: string;
  /** ISO date (yyyy-mm-dd) of the first receipt; kept on every later run. */
  ngayNhan: string;
  ten: string;
  loai: LoaiDonVi;
  congLap: boolean | null;
  nam: number | null;
  boTieuChi: BoTieuChiId;
  phienBan: string;
  chot: { trangThai: TrangThaiChot; maBam?: string; thoiDiem?: string };
  /** The register's fingerprint of every input that decides the result, with the lock's time and code. */
  vanTay: string;
  /** The inputs as received, by defined name (so a later check can say old → new). */
  giaTri: Record<string, GiaTriNhan>;
  tuDanhGia: { trangThai: TrangThai; xepLoai: string; tongDiem?: number };
  tieuChi: Record<string, { trangThai: TrangThai; xepLoai: string }>;
  chiTieu: { id: string; trangThai: TrangThai; xepLoai: string; lyDo: string[] }[];
  /** Stored result cells that disagree with what the inputs give (a forged or stale result). */
  ketQuaKhac: { ten: string; o: string; daLuu: string; tinhLai: string }[];
  /** Council cells of the unit's workbook that were already filled when received: never the council's verdict. */
  hoiDongDienSan: string[];
  /** The last re-check of the file against this receipt. */
  kiemTraLai?: { ngay: string; thayDoi: { ten: string; cu: GiaTriNhan; moi: GiaTriNhan }[]; loi?: string };
}

/** The council's own verdict on one receipt, as typed in the register (sheet “Thẩm định”) or from the pane. */
export interface ThamDinh {
  chiTieu: Record<string, XepLoaiHoiDong>;
  /** Points-based rule sets: the council's class (Tốt / Khá / Trung bình / Chưa đạt). */
  xepLoaiDiem?: string;
  ghiChu: string;
  nguoi: string;
  /** dd/mm/yyyy as typed. */
  ngay: string;
  /** Problems of what the council typed, each naming its cell: the unit stays in the register regardless. */
  loi: string[];
  /** What the council typed that is not a level (by indicator id, or "xepLoaiDiem"): written back as typed. */
  goSai?: Record<string, string>;
}

export const TRANG_THAI_SO = {
  chuaThamDinh: "Chưa thẩm định",
  daThamDinh: "Đã thẩm định",
  daThayDoi: "Đã thay đổi sau khi nhận",
  trung: "Trùng",
  khacNam: "Khác năm",
  khacCap: "Khác cấp",
} as const;
export type TrangThaiSo = (typeof TRANG_THAI_SO)[keyof typeof TRANG_THAI_SO];

/** A unit is the same unit when its name (spacing and case aside) and its type agree. */
export function khoaDonVi(ten: string, loai: string): string {
  return `${tenChuan(ten)}|${loai}`;
}

/** A unit's name as compared: spacing and case aside. */
export function tenChuan(ten: string): string {
  return ten.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
}

export function capCua(boTieuChi: BoTieuChiId): Cap {
  return RULE_SETS[boTieuChi].cap;
}

/** The council's result: only when every applicable indicator has its level (or, by points, the class is given). */
export function ketQuaHoiDong(ban: BanNhan, td: ThamDinh | undefined): { ketQua: KetQuaHoiDong; ketLuan: string } | { ketLuan: string } | undefined {
  if (!td) return undefined;
  const ruleSet = RULE_SETS[ban.boTieuChi];
  if (ruleSet.chamDiem) return td.xepLoaiDiem ? { ketLuan: td.xepLoaiDiem } : undefined;
  const apDung = ban.chiTieu.filter((c) => c.trangThai !== "khong-ap-dung");
  if (apDung.length === 0 || apDung.some((c) => !td.chiTieu[c.id])) return undefined;
  const kq = danhGiaHoiDong(ruleSet, { chiTieu: ban.chiTieu } as unknown as KetQuaDanhGia, {
    chiTieu: Object.fromEntries(Object.entries(td.chiTieu).map(([id, x]) => [id, { xepLoai: x }])),
  });
  return { ketQua: kq, ketLuan: kq.ketLuan.xepLoai };
}

export interface DongSo {
  ban: BanNhan;
  thamDinh?: ThamDinh;
  hoiDong?: KetQuaHoiDong;
  /** The council's conclusion (a level, or a class by points); empty until the review is complete. */
  ketLuanHoiDong: string;
  trangThai: TrangThaiSo;
  /** Counted in the totals (not a duplicate, not of another year or cấp). */
  tinh: boolean;
  /** Other receipts of the same unit (numbers), when this one is counted or superseded. */
  trungVoi: string[];
  hanNop: string;
  /** dd/mm/yyyy from the decision's date; empty when not recognised or while the decision is awaited. */
  baoLuuDen: string;
  deNghiMucDo2: string;
  /** Found passing by the council, but the Quyết định công nhận is not recorded yet (or its date is unreadable). */
  choQuyetDinh: boolean;
  canhBao: string[];
  /** The unit's history against last year's register (`--truoc`), only when one is known. */
  lichSu?: LichSuDonVi;
}

/** The state the council's conclusion stands for: its level, or a points class mapped to its level by the rule set. */
export function trangThaiHoiDong(d: Pick<DongSo, "hoiDong" | "ban" | "ketLuanHoiDong">): TrangThai | undefined {
  if (d.hoiDong) return d.hoiDong.ketLuan.trangThai;
  const cham = RULE_SETS[d.ban.boTieuChi].chamDiem;
  if (!cham || !d.ketLuanHoiDong) return undefined;
  return cham.xepLoai.find((h) => h.ten === d.ketLuanHoiDong)?.trangThai;
}

/** The Quyết định công nhận as the council recorded it in the register (sheet “Tổng hợp”), each cell as typed. */
export interface QuyetDinhCongNhan {
  so: string;
  /** dd/mm/yyyy as typed (kept when unreadable, with its problem in `loi`). */
  ngay: string;
  loi: string[];
}

/** One of the council's own dates for the run's year, with the days left against the run date. */
export interface HanHoiDong {
  viec: string;
  /** dd/mm/yyyy of the deadline day. */
  han: string;
  /** As the rule words it: “trước 15/02/2026” / “chậm nhất 25/01/2026”. */
  chu: string;
  /** Days from the run date to the deadline day (negative once past). */
  conNgay: number;
}

export const VIEC_HOI_DONG = {
  nhanHoSo: "Nhận hồ sơ đề nghị công nhận của đơn vị",
  quyetDinh: "Quyết định công nhận",
  baoCaoSo: "Báo cáo kết quả đánh giá, công nhận gửi Sở GD&ĐT",
  choQuyetDinh: "Chờ quyết định công nhận",
} as const;

/** What the run adds to the receipts and verdicts: the decision, the province's deadlines, the run date. */
export interface ThemLapSo {
  quyetDinh?: QuyetDinhCongNhan;
  lichRieng?: LichRieng;
  homNay?: NgayThang;
  /** Last year's register, as history of each unit. */
  truoc?: SoNamTruoc;
}

export interface SoHoiDong {
  nam: number | null;
  cap: Cap | null;
  /** The year and cấp the council chose for the run (kept in the register for later runs), when it chose. */
  chon: { nam?: number; cap?: Cap };
  dong: DongSo[];
  tong: TongSo;
  /** The Hội đồng đánh giá as the council listed it (sheet “Hội đồng đánh giá”), kept across runs. */
  hoiDongDanhGia?: ThanhVienDanhGia[];
  quyetDinh?: QuyetDinhCongNhan;
  /** The province's deadlines over the rule set's (`--lich`), kept in the register for later runs. */
  lichRieng?: LichRieng;
  /** The council's dates for the run's year (empty without a year or a run date). */
  hanHoiDong: HanHoiDong[];
  /** What the council typed once for its documents (sheet “Thông tin văn bản”), kept across runs. */
  thongTinVanBan?: ThongTinVanBanHoiDong;
  /** Last year's register (`--truoc`), kept in the register for later runs. */
  truoc?: SoNamTruoc;
}

export interface TongSo {
  /** By the council's conclusion (“Chưa thẩm định” while the review is open) and by the units' own. */
  hoiDong: Record<string, number>;
  tuDanhGia: Record<string, number>;
  soDonVi: number;
  trung: number;
  khacNamCap: number;
  thayDoi: number;
}

const ISO_NGAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export function ngayTuIso(iso: string): NgayThang | undefined {
  const m = ISO_NGAY.exec(iso);
  return m ? { nam: Number(m[1]), thang: Number(m[2]), ngay: Number(m[3]) } : undefined;
}
export function isoTuNgay(d: NgayThang): string {
  return `${d.nam}-${String(d.thang).padStart(2, "0")}-${String(d.ngay).padStart(2, "0")}`;
}

/** Received on time or late, against the receipt date (not the day the register is run). */
export function hanNopKhiNhan(ban: Pick<BanNhan, "nam" | "boTieuChi" | "ngayNhan">, lichRieng?: LichRieng): string {
  const nhan = ngayTuIso(ban.ngayNhan);
  if (ban.nam === null || !nhan) return "Chưa có năm đánh giá";
  const { trongHan, chu } = trongHanNop(ban.nam, nhan, apDungLich(RULE_SETS[ban.boTieuChi].lich, lichRieng));
  return `${trongHan ? "Đúng hạn" : "Nộp muộn"} (nhận ${ngayChu(nhan)}, hạn ${chu})`;
}

/** Received after the other: by receipt date, then by number (the register numbers in the order it receives). */
function nhanSau(a: Pick<BanNhan, "ngayNhan" | "ma">, b: Pick<BanNhan, "ngayNhan" | "ma">): boolean {
  return a.ngayNhan > b.ngayNhan || (a.ngayNhan === b.ngayNhan && a.ma > b.ma);
}

/** The receipt counted among several of one unit: the one received last. */
export function banMoiNhat<T extends Pick<BanNhan, "ngayNhan" | "ma">>(bans: readonly T[]): T | undefined {
  return bans.reduce<T | undefined>((best, b) => (!best || nhanSau(b, best) ? b : best), undefined);
}

/** The value most receipts have (ties: the first met), for the run's default year and cấp. */
function phoBien<T>(cac: readonly T[]): T | null {
  const dem = new Map<T, number>();
  for (const x of cac) dem.set(x, (dem.get(x) ?? 0) + 1);
  let best: T | null = null;
  for (const [x, n] of dem) if (best === null || n > dem.get(best)!) best = x;
  return best;
}

const MUC_TINH = [XEP_LOAI["muc-do-2"], XEP_LOAI["muc-do-1"], XEP_LOAI["khong-dat"], XEP_LOAI["chua-du-du-lieu"]];
export const XEP_LOAI_DIEM = ["Tốt", "Khá", "Trung bình", "Chưa đạt"] as const;
/** The rows of the totals, in order: levels, then the classes of points-based units, then the open reviews. */
export const HANG_TONG = [...MUC_TINH, ...XEP_LOAI_DIEM, TRANG_THAI_SO.chuaThamDinh];

/**
 * The register from its receipts and the council's verdicts. `nam`/`cap` choose the run's year and cấp (default:
 * what most receipts have); points-based units have no cấp of their own and are kept with any.
 */
export function lapSo(bans: readonly BanNhan[], thamDinh: ReadonlyMap<string, ThamDinh>, chon: { nam?: number; cap?: Cap } = {}, them: ThemLapSo = {}): SoHoiDong {
  const ngayQd = them.quyetDinh && !them.quyetDinh.loi.length ? docNgayChu(them.quyetDinh.ngay) : undefined;
  const nam = chon.nam ?? phoBien(bans.map((b) => b.nam).filter((n): n is number => n !== null));
  const capThat = bans.map((b) => capCua(b.boTieuChi)).filter((c) => c !== "chung");
  const cap = chon.cap ?? phoBien(capThat);
  // Latest receipt of each unit (by receipt date, then number) is the one counted.
  const moiNhat = new Map<string, BanNhan>();
  const cung = new Map<string, string[]>();
  for (const b of bans) {
    const k = khoaDonVi(b.ten, b.loai);
    cung.set(k, [...(cung.get(k) ?? []), b.ma]);
    const cu = moiNhat.get(k);
    if (!cu || nhanSau(b, cu)) moiNhat.set(k, b);
  }
  const dong = bans.map((ban): DongSo => {
    const k = khoaDonVi(ban.ten, ban.loai);
    const td = thamDinh.get(ban.ma);
    const hd = ketQuaHoiDong(ban, td);
    const ketLuanHoiDong = hd?.ketLuan ?? "";
    const capBan = capCua(ban.boTieuChi);
    const canhBao: string[] = [];
    let trangThai: TrangThaiSo;
    if (nam !== null && ban.nam !== nam) trangThai = TRANG_THAI_SO.khacNam;
    else if (cap !== null && capBan !== "chung" && capBan !== cap) trangThai = TRANG_THAI_SO.khacCap;
    else if (moiNhat.get(k) !== ban) trangThai = TRANG_THAI_SO.trung;
    else if (ban.kiemTraLai && ban.kiemTraLai.thayDoi.length > 0) trangThai = TRANG_THAI_SO.daThayDoi;
    else trangThai = ketLuanHoiDong ? TRANG_THAI_SO.daThamDinh : TRANG_THAI_SO.chuaThamDinh;
    const trungVoi = (cung.get(k) ?? []).filter((m) => m !== ban.ma);
    if (trangThai === TRANG_THAI_SO.trung) canhBao.push(`Đơn vị đã nộp lại: hồ sơ được tính là ${moiNhat.get(k)!.ma}`);
    else if (trungVoi.length) canhBao.push(`Đơn vị nộp ${trungVoi.length + 1} lần: chỉ tính hồ sơ này (các lần khác: ${trungVoi.join(", ")})`);
    if (ban.kiemTraLai?.thayDoi.length) canhBao.push(`Tệp đã thay đổi sau khi nhận (${ban.kiemTraLai.thayDoi.length} ô): kết quả ghi trong sổ là của bản đã nhận`);
    if (ban.kiemTraLai?.loi) canhBao.push(`Kiểm tra lại ngày ${ban.kiemTraLai.ngay}: ${ban.kiemTraLai.loi}`);
    if (ban.ketQuaKhac.length) canhBao.push(`Ô kết quả lưu trong sổ khác kết quả tính lại: ${ban.ketQuaKhac.map((k) => `${k.o} “${k.daLuu}” (đúng: “${k.tinhLai}”)`).join("; ")}`);
    if (ban.chot.trangThai !== "khop") canhBao.push(TEN_TRANG_THAI_CHOT[ban.chot.trangThai]);
    if (ban.hoiDongDienSan.length) canhBao.push(`Sổ đơn vị đã có sẵn ô của Hội đồng khi nhận (${ban.hoiDongDienSan.length} ô): không dùng làm kết quả của Hội đồng`);
    if (td?.loi.length) canhBao.push(...td.loi);
    if (hd && td && (!td.nguoi || !td.ngay)) canhBao.push("Thẩm định chưa ghi người thẩm định hoặc ngày");
    // Keeping the recognition and asking for mức 2 follow the council's verdict only.
    // They come from the Quyết định công nhận's date, for a counted unit the council found passing; pending before.
    const cq = "ketQua" in (hd ?? {}) ? (hd as { ketQua: KetQuaHoiDong }).ketQua.ketLuan.trangThai : undefined;
    const lich = RULE_SETS[ban.boTieuChi].lich;
    const congNhan = (cq === "muc-do-1" || cq === "muc-do-2") && lich.soNamBaoLuu !== undefined && trangThai === TRANG_THAI_SO.daThamDinh;
    const bl = congNhan && ngayQd ? baoLuuDenTheoQuyetDinh(ngayQd, lich) : undefined;
    const nm = congNhan && ngayQd && cq === "muc-do-1" ? deNghiMucDo2TheoQuyetDinh(ngayQd, lich) : undefined;
    const lichSu = them.truoc ? lichSuDonVi(ban, them.truoc) : undefined;
    if (lichSu?.canhBao) canhBao.push(lichSu.canhBao);
    return {
      ban,
      ...(td ? { thamDinh: td } : {}),
      ...(hd && "ketQua" in hd ? { hoiDong: hd.ketQua } : {}),
      ketLuanHoiDong,
      trangThai,
      tinh: trangThai !== TRANG_THAI_SO.trung && trangThai !== TRANG_THAI_SO.khacNam && trangThai !== TRANG_THAI_SO.khacCap,
      trungVoi,
      hanNop: hanNopKhiNhan(ban, them.lichRieng),
      baoLuuDen: bl ? ngayChu(bl) : "",
      deNghiMucDo2: nm ? `Từ ${ngayChu(nm)}` : "",
      choQuyetDinh: congNhan && !ngayQd,
      canhBao,
      ...(lichSu ? { lichSu } : {}),
    };
  });
  const lichDot = apDungLich(RULE_SETS[dong.find((d) => d.tinh)?.ban.boTieuChi ?? (cap === "tinh" ? "tt24-tinh" : "tt24-huyen")].lich, them.lichRieng);
  return {
    nam,
    cap,
    chon: { ...(chon.nam !== undefined ? { nam: chon.nam } : {}), ...(chon.cap !== undefined ? { cap: chon.cap } : {}) },
    dong,
    tong: tongSo(dong),
    ...(them.quyetDinh ? { quyetDinh: them.quyetDinh } : {}),
    ...(them.lichRieng ? { lichRieng: them.lichRieng } : {}),
    hanHoiDong: nam !== null && them.homNay ? hanHoiDong(nam, cap, lichDot, them.homNay) : [],
    ...(them.truoc ? { truoc: them.truoc } : {}),
  };
}

/**
 * The council's dates for an assessed year: receiving the dossiers, the decision (seed 000 VI.1.3/VI.2.3: “trước ngày
 * 15 tháng 02 của năm liền kề sau năm đánh giá”) and, for a Phòng (cấp huyện), the report to the Sở.
 */
export function hanHoiDong(namDanhGia: number, cap: Cap | null, lich: Lich, homNay: NgayThang): HanHoiDong[] {
  const ds: HanHoiDong[] = [];
  const them = (viec: string, h: HanNam | undefined, baoGom = false) => {
    if (!h) return;
    const d = ngayCuaHan(namDanhGia, h);
    ds.push({ viec, han: ngayChu(d), chu: `${baoGom ? "chậm nhất" : "trước"} ${ngayChu(d)}`, conNgay: soNgayGiua(homNay, d) });
  };
  them(VIEC_HOI_DONG.nhanHoSo, lich.hanNop, lich.hanNopBaoGom);
  them(VIEC_HOI_DONG.quyetDinh, lich.hanCongNhan);
  if (cap !== "tinh") them(VIEC_HOI_DONG.baoCaoSo, lich.hanBaoCaoSo);
  return ds;
}

function tongSo(dong: readonly DongSo[]): TongSo {
  const hoiDong = Object.fromEntries(HANG_TONG.map((h) => [h, 0])) as Record<string, number>;
  const tuDanhGia = Object.fromEntries(HANG_TONG.filter((h) => h !== TRANG_THAI_SO.chuaThamDinh).map((h) => [h, 0])) as Record<string, number>;
  const tinh = dong.filter((d) => d.tinh);
  for (const d of tinh) {
    const hd = d.ketLuanHoiDong || TRANG_THAI_SO.chuaThamDinh;
    hoiDong[hd] = (hoiDong[hd] ?? 0) + 1;
    const tu = d.ban.tuDanhGia.xepLoai;
    tuDanhGia[tu] = (tuDanhGia[tu] ?? 0) + 1;
  }
  return {
    hoiDong,
    tuDanhGia,
    soDonVi: tinh.length,
    trung: dong.filter((d) => d.trangThai === TRANG_THAI_SO.trung).length,
    khacNamCap: dong.filter((d) => d.trangThai === TRANG_THAI_SO.khacNam || d.trangThai === TRANG_THAI_SO.khacCap).length,
    thayDoi: dong.filter((d) => d.trangThai === TRANG_THAI_SO.daThayDoi).length,
  };
}

/** The label of a council level typed in a cell ("Đạt mức độ 1"), or undefined with the labels it may take. */
export function docXepLoaiHoiDong(text: string): XepLoaiHoiDong | undefined {
  const t = text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
  return XEP_LOAI_HOI_DONG.find((k) => XEP_LOAI[k].toLocaleLowerCase("vi") === t);
}

export function moTaBan(ban: BanNhan): string {
  return `${ban.ten} (${TEN_LOAI_DON_VI[ban.loai]}, ${TEN_CAP[capCua(ban.boTieuChi)]}, năm ${ban.nam ?? "?"})`;
}

/** Indicators that fall short, with the engine's reasons (“2.1: Tỷ lệ … dưới 50% (mức độ 1)”). */
export function chiTieuChuaDat(ban: BanNhan): string[] {
  return ban.chiTieu.filter((c) => c.trangThai === "khong-dat" || c.trangThai === "chua-du-du-lieu").map((c) => `${c.id}: ${c.lyDo.join("; ") || c.xepLoai}`);
}
