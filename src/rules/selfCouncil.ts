/**
 * The unit's own Tổ tự đánh giá (“Hội đồng tự đánh giá” in seed 000's Phụ lục). Seed 002 IV.1: “Thủ trưởng đơn vị
 * ban hành Quyết định thành lập Tổ TĐG bao gồm tổ trưởng, thư ký và các thành viên; Tổ trưởng Tổ TĐG là lãnh đạo cơ
 * quan, đơn vị.” The seeds set no size for it: “số lẻ, tối thiểu là 05 người” is the rule of the Phòng/Sở's Hội đồng
 * đánh giá (seed 000 VI.1.2.b, VI.2.2.b; SPEC §2 “Who is on which body”), not of this team.
 *
 * Texts are compared as a spreadsheet compares them, so the sheet's live check (HD_KIEM_TRA) says exactly what this
 * module says: case ignored, spaces trimmed and runs of spaces read as one (Excel's TRIM), nothing else normalised.
 */
import { CO_KHONG } from "./labels";
import { NHIEM_VU_TO, type NhiemVuTo } from "./vanBan";

/** What the drop-down of the Nhiệm vụ column shows, per role code of the hồ sơ JSON. */
export const NHAN_NHIEM_VU_TO: Readonly<Record<NhiemVuTo, string>> = {
  [NHIEM_VU_TO.toTruong]: "Tổ trưởng",
  [NHIEM_VU_TO.thuKy]: "Thư ký",
  [NHIEM_VU_TO.thanhVien]: "Thành viên",
};

/** Labels older workbooks offered, still read as the role: “Chủ tịch (Tổ trưởng)” is the tổ trưởng. */
const NHAN_CU: Readonly<Partial<Record<NhiemVuTo, readonly string[]>>> = {
  [NHIEM_VU_TO.toTruong]: ["Chủ tịch (Tổ trưởng)"],
};

/** Every text that means the role in the Nhiệm vụ column: the label, older labels, and the JSON code itself. */
export const CACH_GHI_NHIEM_VU_TO: Readonly<Record<NhiemVuTo, readonly string[]>> = {
  [NHIEM_VU_TO.toTruong]: cachGhi(NHIEM_VU_TO.toTruong),
  [NHIEM_VU_TO.thuKy]: cachGhi(NHIEM_VU_TO.thuKy),
  [NHIEM_VU_TO.thanhVien]: cachGhi(NHIEM_VU_TO.thanhVien),
};

function cachGhi(ma: NhiemVuTo): readonly string[] {
  return [NHAN_NHIEM_VU_TO[ma], ...(NHAN_CU[ma] ?? []), ma];
}

/**
 * Titles of the leadership of a cơ quan, đơn vị — its head and deputies — across the kinds of unit of seed 000 mục II
 * and seed 002 mục III (schools and trung tâm, sở/phòng/ban, UBND xã, Mặt trận, hội and đoàn thể, Ban CHQS, Công an,
 * doanh nghiệp, hợp tác xã, viện). A chức vụ is a leader's when it begins with one of them (“Phó Hiệu trưởng”,
 * “Giám đốc Trung tâm GDNN-GDTX”, “Chủ tịch UBND xã”, “Hiệu trưởng kiêm Bí thư chi bộ”). “Trưởng phòng”, “Trưởng
 * ban”, “Trưởng khoa” lead the unit when the unit is that phòng, ban or khoa (Phòng GD&ĐT, Ban Tuyên giáo): the tool
 * cannot tell, so it accepts them. Titles of a part of the unit — “Tổ trưởng chuyên môn”, “Tổ phó”, “Trưởng khối”,
 * “Giáo viên” — begin with none of these and are not leaders of the unit.
 */
export const CHUC_VU_LANH_DAO: readonly string[] = [
  "hiệu trưởng", "phó hiệu trưởng", "hiệu phó", "quyền hiệu trưởng",
  "giám đốc", "phó giám đốc", "quyền giám đốc", "tổng giám đốc", "phó tổng giám đốc",
  "chủ tịch", "phó chủ tịch",
  "thủ trưởng", "phó thủ trưởng",
  "viện trưởng", "phó viện trưởng",
  "chủ nhiệm", "phó chủ nhiệm",
  "bí thư", "phó bí thư",
  "chánh văn phòng", "phó chánh văn phòng",
  "trưởng phòng", "phó trưởng phòng", "trưởng ban", "phó trưởng ban", "trưởng khoa", "phó trưởng khoa",
  "chỉ huy trưởng", "chỉ huy phó", "chính trị viên", "chính ủy",
  "trưởng công an", "phó trưởng công an",
];

/**
 * Titles that begin like a leader's but lead an organisation or a group inside the unit (its trade union, youth
 * union, a class, a club, an internal committee): not the unit's leadership. Checked before CHUC_VU_LANH_DAO.
 */
export const CHUC_VU_KHONG_LANH_DAO: readonly string[] = [
  "chủ tịch công đoàn", "phó chủ tịch công đoàn",
  "chủ tịch hội cha mẹ", "chủ tịch hội phụ huynh",
  "bí thư chi đoàn", "phó bí thư chi đoàn", "bí thư đoàn", "phó bí thư đoàn",
  "chủ nhiệm lớp", "chủ nhiệm câu lạc bộ", "chủ nhiệm clb",
  "trưởng ban thanh tra nhân dân", "trưởng ban nữ công", "trưởng ban đại diện cha mẹ",
];

/** A row of the list: as typed on the sheet (the Nhiệm vụ label) or from the hồ sơ JSON (the role code). */
export interface ThanhVienHoiDong {
  readonly hoTen: string;
  readonly chucVu?: string;
  readonly nhiemVu: string;
}

export const LOI_HOI_DONG = {
  toTruong: (n: number) => `Cần đúng một ${NHAN_NHIEM_VU_TO["to-truong"]} (đang có ${n})`,
  chucVuTrong: `${NHAN_NHIEM_VU_TO["to-truong"]} chưa ghi chức vụ: Tổ trưởng Tổ tự đánh giá là lãnh đạo cơ quan, đơn vị (ghi chức vụ, ví dụ Hiệu trưởng, Phó Hiệu trưởng, Giám đốc)`,
  khongLaLanhDao: (chucVu: string) =>
    `${NHAN_NHIEM_VU_TO["to-truong"]} phải là lãnh đạo cơ quan, đơn vị; chức vụ “${chucVu}” không phải chức vụ lãnh đạo đơn vị (ví dụ Hiệu trưởng, Phó Hiệu trưởng, Giám đốc, Chủ tịch)`,
  thuKy: (n: number) => `Cần đúng một ${NHAN_NHIEM_VU_TO["thu-ky"]} (đang có ${n})`,
} as const;

export const HOP_LE_HOI_DONG = "Hợp lệ";

/** The line under the list's title: who is on the team (seed 002 IV.1), and no size rule. */
export const MO_TA_TO_TU_DANH_GIA = `Gồm ${NHAN_NHIEM_VU_TO["to-truong"].toLocaleLowerCase("vi")} (là lãnh đạo cơ quan, đơn vị), ${NHAN_NHIEM_VU_TO["thu-ky"].toLocaleLowerCase("vi")} và các ${NHAN_NHIEM_VU_TO["thanh-vien"].toLocaleLowerCase("vi")}.`;

/** Excel's TRIM: spaces (only U+0020) off both ends, and each run of spaces inside read as one. */
export function trimNhuExcel(s: string): string {
  return s.replace(/ {2,}/g, " ").replace(/^ | $/g, "");
}

const thuong = (s: string) => s.toLocaleLowerCase("vi");
const batDauBang = (s: string, dau: string) => thuong(s.slice(0, dau.length)) === dau;

/** The role a Nhiệm vụ text means, or undefined (an unknown text counts as no role). */
export function nhiemVuCua(text: string): NhiemVuTo | undefined {
  const t = thuong(trimNhuExcel(text));
  return (Object.keys(CACH_GHI_NHIEM_VU_TO) as NhiemVuTo[]).find((ma) => CACH_GHI_NHIEM_VU_TO[ma].some((c) => thuong(c) === t));
}

/** Whether a chức vụ (as written, any case) is one of the unit's leadership; blank is not. */
export function laLanhDaoDonVi(chucVu: string): boolean {
  const cv = trimNhuExcel(chucVu);
  if (CHUC_VU_KHONG_LANH_DAO.some((t) => batDauBang(cv, t))) return false;
  return CHUC_VU_LANH_DAO.some((t) => batDauBang(cv, t));
}

/** Có / Không (blank while there is no single tổ trưởng with a chức vụ): the sheet's HD_TO_TRUONG_LANH_DAO. */
export function toTruongLaLanhDao(chucVu: string): string {
  return trimNhuExcel(chucVu) === "" ? "" : laLanhDaoDonVi(chucVu) ? CO_KHONG.co : CO_KHONG.khong;
}

/** The problems of the team list, empty when it is valid. Rows without a name are not members. */
export function kiemTraHoiDongTuDanhGia(ds: readonly ThanhVienHoiDong[]): string[] {
  const members = ds.filter((m) => trimNhuExcel(m.hoTen) !== "");
  const toTruong = members.filter((m) => nhiemVuCua(m.nhiemVu) === NHIEM_VU_TO.toTruong);
  const thuKy = members.filter((m) => nhiemVuCua(m.nhiemVu) === NHIEM_VU_TO.thuKy).length;
  const loi: string[] = [];
  if (toTruong.length !== 1) loi.push(LOI_HOI_DONG.toTruong(toTruong.length));
  else {
    const chucVu = trimNhuExcel(toTruong[0].chucVu ?? "");
    if (chucVu === "") loi.push(LOI_HOI_DONG.chucVuTrong);
    else if (!laLanhDaoDonVi(chucVu)) loi.push(LOI_HOI_DONG.khongLaLanhDao(chucVu));
  }
  if (thuKy !== 1) loi.push(LOI_HOI_DONG.thuKy(thuKy));
  return loi;
}
