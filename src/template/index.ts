/** The workbook layout as data, shared by the ExcelJS and Office.js renderers. */
export * from "./model";
export * from "./names";
export { STYLES, FONT, styleOf, type StyleName, type StyleSpec } from "./styles";
export { buildWorkbookSpec, hoSoTrong, DAU_HIEU_MAU, type CheDoCongThuc, type DanhSachMau } from "./workbook";
export { TEN_SHEET_THANH_VIEN, TEN_SHEET_NGUOI_HOC, sheetDanhSach, congThucDemDanhSach, tenSheetDanhSach } from "./sheets/danhSach";
export { TEN_SHEET_BANG_TONG_HOP, COT_BTH } from "./sheets/bangTongHop";
export { TEN_SHEET_THONG_TIN } from "./sheets/thongTin";
export { TEN_SHEET_NGUONG } from "./sheets/nguong";
export { DM, congThucHienThi, congThucTrongTep, mucDoFormula, mucDoFormulaDvht } from "./formulas";
export { diemFormula } from "./pointsFormulas";
export { ketQuaTheoTen, oKetQuaGoc } from "./results";
export { COT_BCD } from "./sheets/bangChamDiem";
export { hoSoTuTen, docBoTieuChi, tenCacONhap, tenCacKetQua, moTaViTri, type GiaTriO, type ViTri, type VanDe, type NguonTheoTen } from "./readInputs";
export { TEN_SHEET_HOI_DONG, HD, SO_DONG_HOI_DONG, DONG_DAU_HOI_DONG, sheetHoiDongTuDanhGia } from "./sheets/hoiDongTuDanhGia";
export { docVanBan, oCuaVanBan, type NguonVanBan } from "./readVanBan";
export { TEN_SHEET_NOI_DUNG, sheetNoiDungHoSo } from "./sheets/noiDungHoSo";
export {
  TEN_SHEET_CHOT,
  CHOT,
  DONG_DAU_CHOT,
  CACH_BAM,
  tenCacONhapChot,
  giaTriNiemPhong,
  noiDungBam,
  noiDungBamV2,
  noiDungBamCua,
  taoBanChot,
  sheetChot,
  docBanChot,
  soSanhChot,
  moTaTen,
  hienGiaTri,
  type BanChot,
  type Bam,
  type ThayDoi,
} from "./lock";
export { ketQuaLuuKhac, tenKetQuaLuu, kemO, moTaKetQuaKhac, type KetQuaLuuKhac, type OKetQuaKhac } from "./storedResults";
export { TEN_SHEET_NHAT_KY } from "./sheets/nhatKy";
export { TEN_SHEET_CHU_VIET_TAT, HS, LE_ND30 } from "./sheets/hoSoIn";
export { TEN_SHEET_MINH_CHUNG, MC_DANH_MUC, maChuaCoTrongDanhMuc } from "./sheets/vanBan";
export { TEN_SHEET_TRANG_BIA, TEN_SHEET_TO_TRINH, TEN_SHEET_BAO_CAO_KET_QUA, noiNhanHoSo, tenTruongVanBan } from "./sheets/hoSo/thuTrinh";
export { TEN_SHEET_BIEN_BAN, TEN_SHEET_BAO_CAO } from "./sheets/hoSo/bienBanBaoCao";
export { TEN_SHEET_BAN_TONG_HOP_IN, TEN_SHEET_DANH_MUC_MINH_CHUNG } from "./sheets/hoSo/bangVaDanhMuc";
export { dongTheoChu, chieuCaoTheoChu, type DongTheoChu, type OTheoChu } from "./rowFit";
export * from "./soHoiDong";
export { TEN_SHEET_HOI_DONG_DANH_GIA, HDDG, sheetHoiDongDanhGia } from "./sheets/hoiDongDanhGia";
export { giaTriTuTho } from "./cellValue";
export * from "./sheets/hoiDong";
export { TEN_SHEET_THONG_TIN_VAN_BAN, DONG_DAU_THONG_TIN } from "./sheets/hoiDong/thongTinVanBan";
