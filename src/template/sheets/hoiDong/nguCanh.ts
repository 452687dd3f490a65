/**
 * What every council document needs to know: the register, the fields the council typed once (“Thông tin văn
 * bản”), the office of its cấp, who chairs the Hội đồng, and the rule set's legal basis.
 */
import {
  RULE_SETS,
  capNam,
  coQuanCua,
  nhiemVuHoiDongCua,
  type CoQuanHoiDong,
  type SoHoiDong,
  type ThongTinVanBanHoiDong,
} from "../../../rules";
import { CHAM, hoacCham } from "./khungHoiDong";

export interface NguCanh {
  so: SoHoiDong;
  tt: ThongTinVanBanHoiDong;
  coQuan: CoQuanHoiDong;
  /** “cấp huyện năm 2025”. */
  capNam: string;
  /** The chair's name from the sheet “Hội đồng đánh giá” (empty when not listed). */
  chuTich: string;
  /** The legal basis of the register's rule set (“Thông tư số 24/2023/TT-BGDĐT …”). */
  canCu: string;
}

export function nguCanh(so: SoHoiDong, tt: ThongTinVanBanHoiDong): NguCanh {
  const coQuan = coQuanCua(so.cap);
  const chuTich = (so.hoiDongDanhGia ?? []).find((m) => nhiemVuHoiDongCua(m.nhiemVu) === "chu-tich")?.hoTen ?? "";
  return { so, tt, coQuan, capNam: capNam(so), chuTich, canCu: RULE_SETS[so.cap === "tinh" ? "tt24-tinh" : "tt24-huyen"].vanBan };
}

/** The office's own name: as typed, or the generic one (“Phòng Giáo dục và Đào tạo ……”). */
export const tenCoQuan = (n: NguCanh) => hoacCham(n.tt.coQuan, `${n.coQuan.coQuan} ${CHAM}`);
export const tenUbnd = (n: NguCanh) => hoacCham(n.tt.ubnd, `Ủy ban nhân dân ${CHAM}`);
/** The issuing blocks: the office under its UBND; the council under its office. */
export const dauCoQuan = (n: NguCanh) => ({ tren: tenUbnd(n), duoi: tenCoQuan(n) });
export const dauHoiDong = (n: NguCanh) => ({ tren: tenCoQuan(n), duoi: `Hội đồng đánh giá “Đơn vị học tập” ${n.so.cap === "tinh" ? "cấp tỉnh" : "cấp huyện"}` });
/** The office head by title and office: “Trưởng phòng Giáo dục và Đào tạo huyện X” (not “Trưởng phòng Phòng …”). */
export const thuTruongCoQuan = (n: NguCanh) => `${n.coQuan.thuTruong} ${tenCoQuan(n).replace(/^Phòng (?=Giáo dục)/u, "")}`;
/** The office head's signature (“TRƯỞNG PHÒNG”), and the council's (“TM. HỘI ĐỒNG / CHỦ TỊCH”). */
export const chucDanhThuTruong = (n: NguCanh) => n.coQuan.thuTruong.toLocaleUpperCase("vi");
export const CHUC_DANH_CHU_TICH_HOI_DONG = "TM. HỘI ĐỒNG\nCHỦ TỊCH";
