/** Public surface of the rules layer: everything adapters need, nothing about Office or files. */
export * from "./types";
export {
  XEP_LOAI,
  TEN_LOAI_DON_VI,
  TEN_MUC_CHUYEN_DOI_SO,
  TEN_CAP,
  CO_KHONG,
  KHONG_HOP_LE,
  CHUA_RO,
  LOAI_CO_SO_GIAO_DUC,
  phanTram,
  soGon,
  diemChu,
} from "./labels";
export { laChiTieuDiem, diemToiDa, diemToiDaTieuChi, hangTheoDiem, bacDat, trangThaiTheoDiem } from "./scoring";
export { RULE_SETS, dangKyBoTieuChi, getRuleSet, isBoTieuChiId } from "./ruleSets";
export { evaluateHoSo, indicatorResult } from "./evaluate";
export { validateHoSo, kiemTraVanBan, type KetQuaKiemTra, type LoiVanBan } from "./schema";
export { NAM_VAN_BAN, docNgayIso, docGioIso, ngayIso, gioIso, chuanHoaChu, type GioPhut } from "./vanBanSchema";
export { THONG_BAO } from "./messages";
export { DUNG_SAI_DIEM_PHAN_TRAM, docTyLe, demDatNguong, tyLeDatNguong, tyLeHienThi, tyLeHienThiTuDem, phanSoCuaTyLeHienThi } from "./rate";
export { apDungCho } from "./applicability";
export { gopMucDo } from "./aggregate";
export { maMinhChung, coMinhChung, khoaMaMinhChung, duocTrichDan, KY_TU_TRANG, DAU_PHAN_CACH, DAU_PHAN_CACH_CHUAN } from "./evidence";
export { toJsonOutput } from "./output";
export { yeuCauChiTieu, noiDungTheoMucDo, minhChungGoiY } from "./requirements";
export { danhGiaHoiDong, XEP_LOAI_HOI_DONG, type HoiDongNhap, type KetQuaHoiDong, type XepLoaiHoiDong } from "./council";
export {
  kiemTraHoiDongTuDanhGia,
  NHAN_NHIEM_VU_TO,
  CACH_GHI_NHIEM_VU_TO,
  CHUC_VU_LANH_DAO,
  CHUC_VU_KHONG_LANH_DAO,
  LOI_HOI_DONG,
  HOP_LE_HOI_DONG,
  MO_TA_TO_TU_DANH_GIA,
  laLanhDaoDonVi,
  nhiemVuCua,
  toTruongLaLanhDao,
  trimNhuExcel,
  type ThanhVienHoiDong,
} from "./selfCouncil";
export { TEN_TRUONG, THONG_BAO_VAN_BAN, TB_DANH_SACH, THONG_BAO_CHON, THONG_BAO_O, THONG_BAO_CHOT, THONG_BAO_KET_QUA_LUU, THONG_BAO_HAM, THONG_BAO_LENH, THONG_BAO_SO } from "./messages";
export { LICH, LICH_TT22, type Lich, ngayChu, gioViet, LECH_GIO_VIET_NAM_PHUT, homNayLocal, type NgayThang, type HanNam, ngayCuaHan, laNgayThat, docNgayChu, congThang, soNgayGiua, baoLuuDenTheoQuyetDinh, deNghiMucDo2TheoQuyetDinh, ngayVietChu } from "./calendar";
export { kiemTraLichRieng, apDungLich, THONG_BAO_LICH, type LichRieng } from "./lichRieng";
export { chuCot, docCsv, docCsvTuByte, moTaCachDocCsv, nhanDauPhanCach, laVietTat, SO_DONG_TIM_TIEU_DE, docBangDanhSach, demTuDanhSach, gopDanhSachVaoHoSo, chuanHoa, chiTieuCuaDanhSach, COT_CHUNG, CACH_GHI_CO_KHONG, type DanhSach, type NguoiTrongDanhSach, type LoaiDanhSach, type KetQuaDanhSach, type CsvDaDoc, type DauPhanCach } from "./roster";
export { giaiMaVanBan, giaiMaCp1258, nhanBangMa, type BangMa } from "./textEncoding";
export * from "./vanBan";
export * from "./register";
export * from "./history";
export * from "./councilMembers";
export * from "./councilDocs";
