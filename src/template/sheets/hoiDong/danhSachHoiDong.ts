/**
 * The list of the Hội đồng đánh giá as a document (seed 000 VI.1.2.b: set up by the Trưởng phòng / Giám đốc Sở): the
 * members typed on the working sheet “Hội đồng đánh giá”, under the office's NĐ 30 header, as the attachment of the
 * decision that set the council up. Five blank rows to fill by hand while nobody is listed.
 */
import { NHAN_DAI_DIEN, SO_THANH_VIEN_TOI_THIEU, daiDienCua, thanhVienCoTen } from "../../../rules";
import type { SheetSpec } from "../../model";
import { CHAM, bang, dau, diaDanhNgay, doan, tieuDe, vanBanHoiDong } from "./khungHoiDong";
import { dauCoQuan, thuTruongCoQuan, type NguCanh } from "./nguCanh";

export const TEN_SHEET_DANH_SACH_HOI_DONG = "Danh sách Hội đồng";

export function sheetDanhSachHoiDong(n: NguCanh): SheetSpec {
  const v = vanBanHoiDong(TEN_SHEET_DANH_SACH_HOI_DONG);
  dau(v, { ...dauCoQuan(n), so: "", ngay: diaDanhNgay(n.tt, undefined) });
  tieuDe(v, `DANH SÁCH THÀNH VIÊN HỘI ĐỒNG ĐÁNH GIÁ “ĐƠN VỊ HỌC TẬP” ${n.capNam.toLocaleUpperCase("vi")}`);
  doan(v, `(Kèm theo Quyết định ${n.tt.qdThanhLap || `số ${CHAM} ngày ${CHAM}`} của ${thuTruongCoQuan(n)} về việc thành lập Hội đồng đánh giá)`, "docItalicCenter");
  v.cach(8);
  const ds = thanhVienCoTen(n.so.hoiDongDanhGia ?? []);
  // The Phòng/Sở named as the cấp has it; another body as typed.
  const daiDien = (t: string) => (daiDienCua(t) === "gd-dt" ? n.coQuan.coQuan : daiDienCua(t) ? NHAN_DAI_DIEN[daiDienCua(t)!] : t);
  const dong = ds.length
    ? ds.map((m, i) => [String(i + 1), m.hoTen, m.chucVu, m.nhiemVu, daiDien(m.daiDien)])
    : Array.from({ length: SO_THANH_VIEN_TOI_THIEU }, (_, i) => [String(i + 1), "", "", "", ""]);
  bang(
    v,
    [
      { tieuDe: "TT", nhip: 2, canGiua: true },
      { tieuDe: "Họ và tên", nhip: 5 },
      { tieuDe: "Chức vụ, đơn vị công tác", nhip: 6 },
      { tieuDe: "Nhiệm vụ trong Hội đồng", nhip: 4, canGiua: true },
      { tieuDe: "Đại diện", nhip: 4 },
    ],
    dong,
  );
  if (ds.length) doan(v, `Danh sách có ${ds.length} thành viên./.`, "docTextItalic");
  return v.b.spec;
}
