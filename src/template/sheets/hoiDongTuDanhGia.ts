/**
 * “Danh sách và chữ ký thành viên Hội đồng tự đánh giá” (seed 000, hồ sơ item 3): TT, Họ và tên, Chức vụ,
 * Nhiệm vụ, ĐT liên lạc, Chữ ký; checked live by formulas (odd number, at least 5, one chair, one secretary).
 */
import { DANH_SACH_VAN_BAN, HOP_LE_HOI_DONG, LOI_HOI_DONG, NHIEM_VU_HOI_DONG, SO_DONG_DANH_SACH, SO_THANH_VIEN_TOI_THIEU, kiemTraHoiDongTuDanhGia, type ThanhVienHoiDong } from "../../rules";
import { chuoi } from "../formulas";
import { DV } from "../names";
import { LE_ND30 } from "./hoSoIn";
import { SheetBuilder, cot, o } from "../sheetBuilder";

export const TEN_SHEET_HOI_DONG = "Danh sách Hội đồng TĐG";
export const HD = { soThanhVien: "HD_SO_THANH_VIEN", soChuTich: "HD_SO_CHU_TICH", soThuKy: "HD_SO_THU_KY", kiemTra: "HD_KIEM_TRA", danhSach: "HD_DANH_SACH" } as const;
/** The rows of the list: as many as a hồ sơ's `vanBan.toTuDanhGia` may have. */
export const SO_DONG_HOI_DONG = SO_DONG_DANH_SACH.toTuDanhGia;
/** First member row of the list (rows DONG_DAU_HOI_DONG … + SO_DONG_HOI_DONG - 1). */
export const DONG_DAU_HOI_DONG = 7;
const DONG_DAU = DONG_DAU_HOI_DONG;

/** Each message of LOI_HOI_DONG as a formula piece, so the sheet says exactly what the engine says. */
function thongBao(loi: (n: number) => string, so: string): string {
  const [truoc, sau] = loi(987654).split("987654");
  return `${chuoi(truoc)}&${so}&${chuoi(sau)}`;
}

/** A member as the list shows it: the role as its label (“Tổ trưởng”), position and phone when known. */
export type ThanhVienTrenSo = ThanhVienHoiDong & { chucVu?: string; dienThoai?: string };

export function sheetHoiDongTuDanhGia(danhSach: readonly ThanhVienTrenSo[] = []): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_HOI_DONG, [6, 28, 22, 20, 16, 16, 60], { landscape: false, titleRows: "6:6", margins: LE_ND30 });
  b.merged("A1", "F1", { value: "DANH SÁCH VÀ CHỮ KÝ THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ", style: "title" });
  b.merged("A2", "F2", { formula: `"Đơn vị: "&IF(${DV.ten}="","……………",${DV.ten})`, result: "Đơn vị: ……………", style: "subtitle" });
  b.merged("A3", "F3", {
    value: `Hội đồng gồm ${NHIEM_VU_HOI_DONG.chuTich.toLowerCase()}, ${NHIEM_VU_HOI_DONG.thuKy.toLowerCase()} và các thành viên; số thành viên là số lẻ, tối thiểu ${SO_THANH_VIEN_TOI_THIEU} người.`,
    style: "subtitle",
  });
  ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ", "ĐT liên lạc", "Chữ ký"].forEach((h, i) => b.set({ ref: o(i + 1, 6), value: h, style: "header" }));
  const last = DONG_DAU + SO_DONG_HOI_DONG - 1;
  for (let i = 0; i < SO_DONG_HOI_DONG; i++) {
    const r = DONG_DAU + i;
    const m = danhSach[i];
    b.set({ ref: o(1, r), value: i + 1, style: "center" });
    b.set({ ref: o(2, r), value: m?.hoTen ?? null, style: "inputText", input: true });
    b.set({ ref: o(3, r), value: m?.chucVu ?? null, style: "inputText", input: true });
    b.set({
      ref: o(4, r),
      value: m?.nhiemVu ?? null,
      style: "inputChoice",
      input: true,
      validation: {
        type: "list",
        list: Object.values(NHIEM_VU_HOI_DONG),
        allowBlank: true,
        promptTitle: "Nhiệm vụ",
        prompt: `Chọn: ${Object.values(NHIEM_VU_HOI_DONG).join(", ")}.`,
        errorTitle: "Nhiệm vụ không hợp lệ",
        error: `Chỉ chọn: ${Object.values(NHIEM_VU_HOI_DONG).join(", ")}.`,
      },
    });
    b.set({ ref: o(5, r), value: m?.dienThoai ?? null, style: "inputText", input: true });
    b.set({ ref: o(6, r), value: null, style: "text" });
    b.height(r, 28);
  }
  b.nameRange(HD.danhSach, `$B$${DONG_DAU}:$D$${last}`);
  // One name per column, from column B in the order of the list (rules/vanBan.ts): how the readers find `toTuDanhGia`.
  DANH_SACH_VAN_BAN.toTuDanhGia.cot.forEach((c, i) => b.nameRange(c.ten, `$${cot(2 + i)}$${DONG_DAU}:$${cot(2 + i)}$${last}`));
  const ten = `B${DONG_DAU}:B${last}`;
  const nv = `D${DONG_DAU}:D${last}`;
  const loi = kiemTraHoiDongTuDanhGia(danhSach);
  const dem = (nhiemVu: string) => danhSach.filter((m) => m.hoTen.trim() && m.nhiemVu.trim().toLowerCase() === nhiemVu.toLowerCase()).length;
  const soThanhVien = danhSach.filter((m) => m.hoTen.trim()).length;
  let r = last + 2;
  const dong = (label: string, cell: Parameters<SheetBuilder["set"]>[0]) => {
    b.merged(o(1, r), o(3, r), { value: label, style: "labelBold" });
    b.set({ ...cell, ref: o(4, r) });
    r++;
  };
  // A row counts as a member when it has a name (spaces alone do not count).
  dong("Số thành viên:", { ref: "", formula: `SUMPRODUCT(--(LEN(TRIM(${ten}))>0))`, result: soThanhVien, style: "count", name: HD.soThanhVien });
  dong(`Số ${NHIEM_VU_HOI_DONG.chuTich}:`, { ref: "", formula: `SUMPRODUCT((LEN(TRIM(${ten}))>0)*(TRIM(${nv})=${chuoi(NHIEM_VU_HOI_DONG.chuTich)}))`, result: dem(NHIEM_VU_HOI_DONG.chuTich), style: "count", name: HD.soChuTich });
  dong(`Số ${NHIEM_VU_HOI_DONG.thuKy}:`, { ref: "", formula: `SUMPRODUCT((LEN(TRIM(${ten}))>0)*(TRIM(${nv})=${chuoi(NHIEM_VU_HOI_DONG.thuKy)}))`, result: dem(NHIEM_VU_HOI_DONG.thuKy), style: "count", name: HD.soThuKy });
  const n = HD.soThanhVien;
  const parts = [
    `IF(MOD(${n},2)=0,${thongBao(LOI_HOI_DONG.soChan, n)}&"; ","")`,
    `IF(${n}<${SO_THANH_VIEN_TOI_THIEU},${thongBao(LOI_HOI_DONG.itHon, n)}&"; ","")`,
    `IF(${HD.soChuTich}<>1,${thongBao(LOI_HOI_DONG.chuTich, HD.soChuTich)}&"; ","")`,
    `IF(${HD.soThuKy}<>1,${thongBao(LOI_HOI_DONG.thuKy, HD.soThuKy)}&"; ","")`,
  ].join("&");
  const ketQua = loi.length ? loi.join("; ") : HOP_LE_HOI_DONG;
  b.merged(o(1, r), o(3, r), { value: "Kiểm tra:", style: "labelBold" });
  b.merged(o(4, r), o(7, r), {
    formula: `IF(AND(MOD(${n},2)=1,${n}>=${SO_THANH_VIEN_TOI_THIEU},${HD.soChuTich}=1,${HD.soThuKy}=1),${chuoi(HOP_LE_HOI_DONG)},LEFT(${parts},LEN(${parts})-2))`,
    result: ketQua,
    style: "conclusion",
    name: HD.kiemTra,
  });
  b.format({ range: o(4, r), rules: [{ formula: `${o(4, r)}=${chuoi(HOP_LE_HOI_DONG)}`, style: "cfMucDo2" }, { formula: `${o(4, r)}<>${chuoi(HOP_LE_HOI_DONG)}`, style: "cfKhongDat" }] });
  return b;
}
