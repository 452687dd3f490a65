/**
 * The council's documents as sheets of its register, in the order they are printed (issue 17; seed 000 VI.1.2 b–đ):
 * the list of the Hội đồng đánh giá, the Bản tổng hợp of each unit the council concluded on, the Báo cáo thẩm định, a Văn bản trả lời to each unit found
 * short, the Tờ trình to the Chủ tịch UBND, the Dự thảo Quyết định and its list of units, the yearly report.
 */
import { ketQuaThamDinh, tenChuan, type SoHoiDong, type ThongTinVanBanHoiDong } from "../../../rules";
import type { SheetSpec } from "../../model";
import { TEN_SHEET_BAO_CAO_NAM, sheetBaoCaoNam, type NamTruocBaoCao } from "./baoCaoNam";
import { TEN_SHEET_BAO_CAO_THAM_DINH, sheetBaoCaoThamDinh } from "./baoCaoThamDinh";
import { TEN_SHEET_DANH_SACH_HOI_DONG, sheetDanhSachHoiDong } from "./danhSachHoiDong";
import { nguCanh } from "./nguCanh";
import { TEN_SHEET_DANH_SACH_CONG_NHAN, TEN_SHEET_DU_THAO_QUYET_DINH, TEN_SHEET_TO_TRINH_UBND, sheetDanhSachCongNhan, sheetDuThaoQuyetDinh, sheetToTrinhCongNhan } from "./trinhQuyetDinh";
import { LA_SHEET_DON_VI, sheetBanTongHopThamDinh, sheetTraLoi, tenSheetBanTongHop, tenSheetTraLoi } from "./vanBanDonVi";

export { TEN_SHEET_BAO_CAO_NAM, TEN_SHEET_BAO_CAO_THAM_DINH, TEN_SHEET_DANH_SACH_CONG_NHAN, TEN_SHEET_DU_THAO_QUYET_DINH, TEN_SHEET_TO_TRINH_UBND, tenSheetBanTongHop, tenSheetTraLoi };
export type { NamTruocBaoCao };

/** The documents' fixed sheet names (the per-unit ones are named by receipt: LA_SHEET_DON_VI). */
export const TEN_VAN_BAN_HOI_DONG = [TEN_SHEET_DANH_SACH_HOI_DONG, TEN_SHEET_BAO_CAO_THAM_DINH, TEN_SHEET_TO_TRINH_UBND, TEN_SHEET_DU_THAO_QUYET_DINH, TEN_SHEET_DANH_SACH_CONG_NHAN, TEN_SHEET_BAO_CAO_NAM] as const;

export function laSheetVanBanHoiDong(ten: string): boolean {
  return (TEN_VAN_BAN_HOI_DONG as readonly string[]).includes(ten) || LA_SHEET_DON_VI.test(ten);
}

/** Every document of the register, in print order. */
export function sheetVanBanHoiDong(so: SoHoiDong, tt: ThongTinVanBanHoiDong): SheetSpec[] {
  const n = nguCanh(so, tt);
  const kq = ketQuaThamDinh(so);
  return [
    sheetDanhSachHoiDong(n),
    ...kq.map((k) => sheetBanTongHopThamDinh(n, k)),
    sheetBaoCaoThamDinh(n),
    ...kq.filter((k) => !k.dat).map((k) => sheetTraLoi(n, k)),
    sheetToTrinhCongNhan(n),
    sheetDuThaoQuyetDinh(n),
    sheetDanhSachCongNhan(n),
    sheetBaoCaoNam(n, so.truoc),
  ];
}

/**
 * One unit's documents (`dvht in … --don-vi`): found by receipt number (“HS-0003”) or by name (spacing and case
 * aside); its Bản tổng hợp and, when it falls short, its reply. Undefined when no counted, concluded unit matches.
 */
export function sheetVanBanDonVi(so: SoHoiDong, tt: ThongTinVanBanHoiDong, donVi: string): SheetSpec[] | undefined {
  const n = nguCanh(so, tt);
  const ten = tenChuan(donVi);
  const k = ketQuaThamDinh(so).find((x) => x.dong.ban.ma.toLowerCase() === ten || tenChuan(x.dong.ban.ten) === ten);
  if (!k) return undefined;
  return [sheetBanTongHopThamDinh(n, k), ...(k.dat ? [] : [sheetTraLoi(n, k)])];
}
