/**
 * The self-assessment council (Hội đồng / Tổ tự đánh giá): “gồm có chủ tịch, thư ký và các ủy viên, số lượng …
 * là số lẻ, tối thiểu là 05 người” (seed 000 mục VI.1.2; seed 002: “Tổ TĐG bao gồm tổ trưởng, thư ký và các thành viên”).
 */
export const NHIEM_VU_HOI_DONG = {
  chuTich: "Chủ tịch (Tổ trưởng)",
  thuKy: "Thư ký",
  thanhVien: "Thành viên",
} as const;

export const SO_THANH_VIEN_TOI_THIEU = 5;

export interface ThanhVienHoiDong {
  hoTen: string;
  nhiemVu: string;
}

export const LOI_HOI_DONG = {
  soChan: (n: number) => `Số thành viên (${n}) phải là số lẻ`,
  itHon: (n: number) => `Cần tối thiểu ${SO_THANH_VIEN_TOI_THIEU} thành viên (đang có ${n})`,
  chuTich: (n: number) => `Cần đúng một ${NHIEM_VU_HOI_DONG.chuTich} (đang có ${n})`,
  thuKy: (n: number) => `Cần đúng một ${NHIEM_VU_HOI_DONG.thuKy} (đang có ${n})`,
} as const;

export const HOP_LE_HOI_DONG = "Hợp lệ";

const eq = (a: string, b: string) => a.trim().toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");

/** The problems of a council list, empty when it is valid. Rows without a name are not members. */
export function kiemTraHoiDongTuDanhGia(ds: readonly ThanhVienHoiDong[]): string[] {
  const members = ds.filter((m) => m.hoTen.trim() !== "");
  const n = members.length;
  const chuTich = members.filter((m) => eq(m.nhiemVu, NHIEM_VU_HOI_DONG.chuTich)).length;
  const thuKy = members.filter((m) => eq(m.nhiemVu, NHIEM_VU_HOI_DONG.thuKy)).length;
  const loi: string[] = [];
  if (n % 2 === 0) loi.push(LOI_HOI_DONG.soChan(n));
  if (n < SO_THANH_VIEN_TOI_THIEU) loi.push(LOI_HOI_DONG.itHon(n));
  if (chuTich !== 1) loi.push(LOI_HOI_DONG.chuTich(chuTich));
  if (thuKy !== 1) loi.push(LOI_HOI_DONG.thuKy(thuKy));
  return loi;
}
