/**
 * What the council's documents say, as data (SPEC §2 “The council's cycle”; seed 000 VI.1.2 c–đ, VI.2.2 c–đ; seed 002
 * V, VI.1): which office issues them at each cấp, which units pass at the council's level and which fall short and
 * why, the counts the Báo cáo thẩm định and the yearly report give. Pure: the template lays the documents out.
 *
 * Seed 000 VI.1.2.d: “trường hợp đơn vị không đáp ứng đủ điều kiện công nhận …, Hội đồng đánh giá cấp huyện báo cáo
 * Trưởng phòng Giáo dục và Đào tạo để có văn bản trả lời đơn vị và nêu rõ lý do không đạt”; đ: “trường hợp đơn vị đáp
 * ứng đủ điều kiện …, Hội đồng … hoàn thiện hồ sơ, báo cáo Trưởng phòng … để có văn bản trình Chủ tịch Ủy ban nhân dân
 * cấp huyện xem xét, quyết định công nhận”. Seed 002 VI.1: “Báo cáo kết quả đánh giá, công nhận “Đơn vị học tập” cấp
 * huyện gửi về Sở Giáo dục và Đào tạo trước ngày 15 tháng 03 hàng năm”.
 */
import { TEN_CAP, TEN_LOAI_DON_VI, XEP_LOAI } from "./labels";
import type { CongNhanTruoc } from "./history";
import { TRANG_THAI_SO, trangThaiHoiDong, type DongSo, type SoHoiDong } from "./register";
import { RULE_SETS } from "./ruleSets";
import type { Cap, LoaiDonVi, TrangThai } from "./types";

/** Who issues what at each cấp (seed 000 VI.1.2 for cấp huyện, VI.2.2 for cấp tỉnh / thành phố). */
export interface CoQuanHoiDong {
  /** The office that receives the dossiers and replies: “Phòng Giáo dục và Đào tạo”. */
  coQuan: string;
  /** Its head, who signs the office's documents: “Trưởng phòng”. */
  thuTruong: string;
  /** The council, as its documents name it. */
  hoiDong: string;
  /** The UBND whose Chủ tịch decides, in words: “Ủy ban nhân dân cấp huyện”. */
  ubnd: string;
  /** Where the yearly report goes (seed 002 VI.1; seed 000 VII.1 for the Sở). */
  nhanBaoCaoNam: string;
}

export const CO_QUAN_THEO_CAP: Readonly<Record<"huyen" | "tinh", CoQuanHoiDong>> = {
  huyen: {
    coQuan: "Phòng Giáo dục và Đào tạo",
    thuTruong: "Trưởng phòng",
    hoiDong: "Hội đồng đánh giá, công nhận “Đơn vị học tập” cấp huyện",
    ubnd: "Ủy ban nhân dân cấp huyện",
    nhanBaoCaoNam: "Sở Giáo dục và Đào tạo",
  },
  tinh: {
    coQuan: "Sở Giáo dục và Đào tạo",
    thuTruong: "Giám đốc",
    hoiDong: "Hội đồng đánh giá, công nhận “Đơn vị học tập” cấp tỉnh",
    ubnd: "Ủy ban nhân dân cấp tỉnh",
    nhanBaoCaoNam: "Ủy ban nhân dân cấp tỉnh",
  },
};

/** The office of a register's cấp (a register of points-based units only reads as cấp huyện). */
export function coQuanCua(cap: Cap | null): CoQuanHoiDong {
  return CO_QUAN_THEO_CAP[cap === "tinh" ? "tinh" : "huyen"];
}

/**
 * What the council types once for its documents (sheet “Thông tin văn bản” of the register), by key: the label in
 * the sheet's column A (read back by it, so rows may move) and an example.
 */
export const TRUONG_VAN_BAN_HOI_DONG = [
  { khoa: "ubnd", nhan: "Ủy ban nhân dân (cơ quan chủ quản, nơi quyết định)", viDu: "Ủy ban nhân dân huyện Gia Lâm" },
  { khoa: "coQuan", nhan: "Tên cơ quan (Phòng/Sở Giáo dục và Đào tạo)", viDu: "Phòng Giáo dục và Đào tạo huyện Gia Lâm" },
  { khoa: "kyHieu", nhan: "Chữ viết tắt tên cơ quan (ký hiệu văn bản)", viDu: "PGDĐT" },
  { khoa: "diaDanh", nhan: "Địa danh (nơi ban hành)", viDu: "Gia Lâm" },
  { khoa: "thuTruong", nhan: "Họ tên Trưởng phòng / Giám đốc Sở (người ký)", viDu: "Nguyễn Văn A" },
  { khoa: "chuTichUbnd", nhan: "Họ tên Chủ tịch UBND (dự thảo quyết định)", viDu: "Trần Văn B" },
  { khoa: "qdThanhLap", nhan: "Quyết định thành lập Hội đồng (số, ngày)", viDu: "số 15/QĐ-PGDĐT ngày 16/01/2026" },
  { khoa: "hinhThuc", nhan: "Hình thức thẩm định", viDu: "Họp Hội đồng ngày 05/02/2026" },
  { khoa: "soBaoCaoThamDinh", nhan: "Báo cáo thẩm định: số", viDu: "01" },
  { khoa: "ngayBaoCaoThamDinh", nhan: "Báo cáo thẩm định: ngày (dd/mm/yyyy)", viDu: "06/02/2026" },
  { khoa: "ngayTraLoi", nhan: "Văn bản trả lời đơn vị: ngày (dd/mm/yyyy)", viDu: "07/02/2026" },
  { khoa: "soToTrinh", nhan: "Tờ trình đề nghị công nhận: số", viDu: "12" },
  { khoa: "ngayToTrinh", nhan: "Tờ trình đề nghị công nhận: ngày (dd/mm/yyyy)", viDu: "07/02/2026" },
  { khoa: "soBaoCaoNam", nhan: "Báo cáo kết quả năm: số", viDu: "20" },
  { khoa: "ngayBaoCaoNam", nhan: "Báo cáo kết quả năm: ngày (dd/mm/yyyy)", viDu: "10/03/2026" },
  { khoa: "deXuat", nhan: "Ý kiến, đề xuất thêm của Hội đồng", viDu: "Đề nghị các đơn vị tiếp tục duy trì …" },
] as const;
export type KhoaVanBanHoiDong = (typeof TRUONG_VAN_BAN_HOI_DONG)[number]["khoa"];
/** The fields as typed (trimmed); a field left empty prints as dots. */
export type ThongTinVanBanHoiDong = Partial<Record<KhoaVanBanHoiDong, string>>;

/** The council's result of a counted unit, in the terms of its documents. */
export interface KetQuaDonViThamDinh {
  dong: DongSo;
  /** SPEC §3 state of the council's conclusion (points classes mapped through the rule set). */
  trangThai: TrangThai;
  dat: boolean;
  /** As the appendix prints it: “Mức độ 2”, “Mức độ 1 (xếp loại Khá)”. */
  mucCongNhan: string;
  /** Why it falls short, one line each (empty when it passes); the council's note is apart (dong.thamDinh.ghiChu). */
  lyDo: string[];
  /**
   * Recognised by an earlier decision that still holds, and this request brings nothing new (the same level or lower,
   * or mức 2 asked before 12 months): not listed again; the reply says the unit keeps what it holds.
   */
  giuCongNhan?: CongNhanTruoc;
}

/** “Mức độ 1” from “Đạt mức độ 1”; a points class with the level it stands for. */
function mucIn(d: DongSo, tt: TrangThai): string {
  const muc = tt === "muc-do-2" ? "Mức độ 2" : tt === "muc-do-1" ? "Mức độ 1" : XEP_LOAI[tt];
  return d.hoiDong ? muc : `${muc} (xếp loại ${d.ketLuanHoiDong})`;
}

const tenChiTieu = (boTieuChi: DongSo["ban"]["boTieuChi"], id: string) => RULE_SETS[boTieuChi].chiTieu.find((c) => c.id === id)?.noiDungNgan ?? "";

/**
 * Why the council found a unit short: each indicator it rated “Không đạt”, with the unit's own level and, where the
 * unit's data falls short too, the rule set's reasons; a points-based unit by its class and total.
 */
export function lyDoKhongDat(d: DongSo): string[] {
  const ds: string[] = [];
  if (d.hoiDong) {
    const cuaDonVi = new Map(d.ban.chiTieu.map((c) => [c.id, c]));
    for (const c of d.hoiDong.chiTieu) {
      if (c.trangThai !== "khong-dat") continue;
      const dv = cuaDonVi.get(c.id);
      const tuDanhGia = dv ? `đơn vị tự đánh giá “${dv.xepLoai}”` : "";
      const lyDo = dv && dv.trangThai === "khong-dat" && dv.lyDo.length ? `: ${dv.lyDo.join("; ")}` : "";
      ds.push(`Chỉ tiêu ${c.id} (${tenChiTieu(d.ban.boTieuChi, c.id)}): Hội đồng đánh giá “${XEP_LOAI["khong-dat"]}”${tuDanhGia ? `, ${tuDanhGia}` : ""}${lyDo}`);
    }
    for (const [id, tc] of Object.entries(d.hoiDong.tieuChi)) {
      if (tc.trangThai === "khong-dat") ds.push(`Tiêu chí ${id} (${RULE_SETS[d.ban.boTieuChi].tieuChi.find((t) => t.id === id)?.ten ?? ""}) không đạt`);
    }
  } else {
    const diem = d.ban.tuDanhGia.tongDiem;
    ds.push(`Hội đồng xếp loại “${d.ketLuanHoiDong}”${diem !== undefined ? ` (đơn vị tự chấm ${diem} điểm, tự xếp loại “${d.ban.tuDanhGia.xepLoai}”)` : ""}`);
  }
  return ds;
}

/** “Ý kiến của Hội đồng: …” when the council wrote a note on the unit. */
export function yKienHoiDong(d: DongSo): string {
  return d.thamDinh?.ghiChu ? `Ý kiến của Hội đồng: ${d.thamDinh.ghiChu}` : "";
}

/** The recognition a unit still holds from last year's register (history known, validity not ended). */
function congNhanConHieuLuc(d: DongSo): CongNhanTruoc | undefined {
  return d.lichSu && ["dang-bao-luu", "du-dieu-kien-nang-muc", "nang-muc-qua-som"].includes(d.lichSu.loai) ? d.lichSu.congNhan : undefined;
}

const moTaCongNhan = (c: CongNhanTruoc) =>
  `${c.ketLuan}${c.quyetDinh ? ` (Quyết định số ${c.quyetDinh.so} ngày ${c.quyetDinh.ngay})` : ""}${c.baoLuuDen ? `, còn hiệu lực đến ${c.baoLuuDen}` : ""}`;

/**
 * Counted units the council has concluded on, in the register's order. A passing unit that still holds an earlier
 * recognition is recognised again only when it moves up in time (seed 000 III.3: mức 2 “sau ít nhất 01 năm (12 tháng)
 * kể từ ngày được công nhận”; the recognition it holds lasts “03 năm (36 tháng) tiếp theo năm được công nhận”).
 */
export function ketQuaThamDinh(so: SoHoiDong): KetQuaDonViThamDinh[] {
  const ds: KetQuaDonViThamDinh[] = [];
  for (const d of so.dong) {
    if (!d.tinh || d.trangThai !== TRANG_THAI_SO.daThamDinh) continue;
    const tt = trangThaiHoiDong(d);
    if (!tt) continue;
    const dat = tt === "muc-do-1" || tt === "muc-do-2";
    const giu = dat ? congNhanConHieuLuc(d) : undefined;
    const quaSom = d.lichSu?.loai === "nang-muc-qua-som";
    const nangMuc = tt === "muc-do-2" && giu?.trangThai === "muc-do-1" && !quaSom;
    if (giu && !nangMuc) {
      const lyDo = quaSom
        ? `Đề nghị công nhận nâng mức độ 2 khi chưa đủ 12 tháng kể từ ngày được công nhận: ${d.lichSu!.chu}`
        : `Hội đồng đánh giá ${mucIn(d, tt).toLocaleLowerCase("vi")}, không cao hơn mức đơn vị đang được công nhận: ${moTaCongNhan(giu)}`;
      ds.push({ dong: d, trangThai: tt, dat: false, mucCongNhan: mucIn(d, tt), lyDo: [lyDo], giuCongNhan: giu });
      continue;
    }
    ds.push({ dong: d, trangThai: tt, dat, mucCongNhan: mucIn(d, tt), lyDo: dat ? [] : lyDoKhongDat(d) });
  }
  return ds;
}

/** “Đơn vị tiếp tục giữ kết quả công nhận …” for a unit that keeps what it holds. */
export const giuKetQua = (c: CongNhanTruoc) => `Đơn vị tiếp tục giữ kết quả công nhận ${moTaCongNhan(c)}.`;

/** The Quyết định's appendix: passing units by the council's level, mức độ 2 first (then by name). */
export function danhSachCongNhan(so: SoHoiDong): { mucDo2: KetQuaDonViThamDinh[]; mucDo1: KetQuaDonViThamDinh[] } {
  const dat = ketQuaThamDinh(so).filter((k) => k.dat);
  const theoTen = (a: KetQuaDonViThamDinh, b: KetQuaDonViThamDinh) => a.dong.ban.ten.localeCompare(b.dong.ban.ten, "vi");
  return { mucDo2: dat.filter((k) => k.trangThai === "muc-do-2").sort(theoTen), mucDo1: dat.filter((k) => k.trangThai === "muc-do-1").sort(theoTen) };
}

/** The columns of the results-by-type tables: the council's levels, then units not yet concluded. */
export const COT_KET_QUA = ["Đạt mức độ 2", "Đạt mức độ 1", "Không đạt", TRANG_THAI_SO.chuaThamDinh] as const;
export type CotKetQua = (typeof COT_KET_QUA)[number];

function cotCua(d: DongSo): CotKetQua {
  const tt = d.trangThai === TRANG_THAI_SO.daThamDinh ? trangThaiHoiDong(d) : undefined;
  if (tt === "muc-do-2") return "Đạt mức độ 2";
  if (tt === "muc-do-1") return "Đạt mức độ 1";
  if (tt === "khong-dat") return "Không đạt";
  return TRANG_THAI_SO.chuaThamDinh;
}

/** Counted units by type and by the council's result (types with no unit left out), with the totals row. */
export function ketQuaTheoLoai(so: SoHoiDong): { loai: LoaiDonVi; ten: string; dem: Record<CotKetQua, number>; tong: number }[] {
  const theoLoai = new Map<LoaiDonVi, Record<CotKetQua, number>>();
  for (const d of so.dong) {
    if (!d.tinh) continue;
    const dem = theoLoai.get(d.ban.loai) ?? (Object.fromEntries(COT_KET_QUA.map((c) => [c, 0])) as Record<CotKetQua, number>);
    dem[cotCua(d)]++;
    theoLoai.set(d.ban.loai, dem);
  }
  const thuTu = Object.keys(TEN_LOAI_DON_VI) as LoaiDonVi[];
  return thuTu.filter((l) => theoLoai.has(l)).map((loai) => {
    const dem = theoLoai.get(loai)!;
    return { loai, ten: TEN_LOAI_DON_VI[loai], dem, tong: COT_KET_QUA.reduce((n, c) => n + dem[c], 0) };
  });
}

/** What the Báo cáo thẩm định reports of the reception and the review. */
export interface ThongKeThamDinh {
  /** Receipts in the register (all of them) and units counted. */
  soHoSo: number;
  soDonVi: number;
  dungHan: number;
  nopMuon: DongSo[];
  trung: number;
  khacNamCap: DongSo[];
  daThamDinh: number;
  chuaThamDinh: DongSo[];
  /** Units whose council conclusion differs from their own. */
  khacTuDanhGia: DongSo[];
}

export function thongKeThamDinh(so: SoHoiDong): ThongKeThamDinh {
  const tinh = so.dong.filter((d) => d.tinh);
  return {
    soHoSo: so.dong.length,
    soDonVi: tinh.length,
    dungHan: tinh.filter((d) => d.hanNop.startsWith("Đúng hạn")).length,
    nopMuon: tinh.filter((d) => d.hanNop.startsWith("Nộp muộn")),
    trung: so.tong.trung,
    khacNamCap: so.dong.filter((d) => d.trangThai === TRANG_THAI_SO.khacNam || d.trangThai === TRANG_THAI_SO.khacCap),
    daThamDinh: tinh.filter((d) => d.trangThai === TRANG_THAI_SO.daThamDinh).length,
    chuaThamDinh: tinh.filter((d) => d.trangThai !== TRANG_THAI_SO.daThamDinh),
    khacTuDanhGia: tinh.filter((d) => d.trangThai === TRANG_THAI_SO.daThamDinh && d.ketLuanHoiDong && d.ketLuanHoiDong !== d.ban.tuDanhGia.xepLoai),
  };
}

/** “cấp huyện năm 2025” as the documents' titles say it. */
export function capNam(so: SoHoiDong): string {
  return `${TEN_CAP[so.cap === "tinh" ? "tinh" : "huyen"]} năm ${so.nam ?? "……"}`;
}

