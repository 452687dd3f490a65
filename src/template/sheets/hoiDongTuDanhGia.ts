/**
 * “Danh sách và chữ ký thành viên Hội đồng tự đánh giá” (seed 000, hồ sơ item 3): TT, Họ và tên, Chức vụ,
 * Nhiệm vụ, ĐT liên lạc, Chữ ký; checked live by formulas: one tổ trưởng who is a leader of the unit, one thư ký
 * (seed 002 IV.1; the rules and messages are in src/rules/selfCouncil.ts).
 */
import {
  CACH_GHI_NHIEM_VU_TO,
  CHUC_VU_KHONG_LANH_DAO,
  CHUC_VU_LANH_DAO,
  CO_KHONG,
  DANH_SACH_VAN_BAN,
  HOP_LE_HOI_DONG,
  LOI_HOI_DONG,
  MO_TA_TO_TU_DANH_GIA,
  NHAN_NHIEM_VU_TO,
  NHIEM_VU_TO,
  SO_DONG_DANH_SACH,
  kiemTraHoiDongTuDanhGia,
  nhiemVuCua,
  toTruongLaLanhDao,
  trimNhuExcel,
  type NhiemVuTo,
  type ThanhVienHoiDong,
} from "../../rules";
import { chuoi } from "../formulas";
import { DV } from "../names";
import { inVanBan } from "./hoSo/khung";
import { SheetBuilder, cot, o } from "../sheetBuilder";

export const TEN_SHEET_HOI_DONG = "Danh sách Hội đồng TĐG";
/** HD_SO_CHU_TICH counts the tổ trưởng (the name is kept from when the role was called “Chủ tịch (Tổ trưởng)”). */
export const HD = {
  soThanhVien: "HD_SO_THANH_VIEN",
  soChuTich: "HD_SO_CHU_TICH",
  soThuKy: "HD_SO_THU_KY",
  chucVuToTruong: "HD_CHUC_VU_TO_TRUONG",
  toTruongLanhDao: "HD_TO_TRUONG_LANH_DAO",
  kiemTra: "HD_KIEM_TRA",
  danhSach: "HD_DANH_SACH",
} as const;
/** The rows of the list: as many as a hồ sơ's `vanBan.toTuDanhGia` may have. */
export const SO_DONG_HOI_DONG = SO_DONG_DANH_SACH.toTuDanhGia;
/** First member row of the list (rows DONG_DAU_HOI_DONG … + SO_DONG_HOI_DONG - 1). */
export const DONG_DAU_HOI_DONG = 7;
const DONG_DAU = DONG_DAU_HOI_DONG;

/** Each message of LOI_HOI_DONG as a formula piece, so the sheet says exactly what the engine says. */
function thongBao(loi: (x: never) => string, bieuThuc: string): string {
  const [truoc, sau] = loi("\u0001" as never).split("\u0001");
  return `${chuoi(truoc)}&${bieuThuc}&${chuoi(sau)}`;
}

/** 1 on the rows whose Nhiệm vụ means the role (its label, an older label or its code; case and spaces ignored). */
function laNhiemVu(nv: string, ma: NhiemVuTo): string {
  return `(${CACH_GHI_NHIEM_VU_TO[ma].map((c) => `(TRIM(${nv})=${chuoi(c)})`).join("+")})`;
}

/** Whether a chức vụ (already trimmed) begins with one of the titles, as laLanhDaoDonVi reads it. */
function batDauBangMot(x: string, cac: readonly string[]): string {
  return `OR(${cac.map((t) => `LEFT(${x},${t.length})=${chuoi(t)}`).join(",")})`;
}

/** A member as the list shows it: the role as its label (“Tổ trưởng”), position and phone when known. */
export type ThanhVienTrenSo = ThanhVienHoiDong & { dienThoai?: string };

export function sheetHoiDongTuDanhGia(danhSach: readonly ThanhVienTrenSo[] = []): SheetBuilder {
  // The form's six columns fill an A4 page between NĐ 30 margins at 100 %; the checks (G) stay off the print.
  const b = new SheetBuilder(TEN_SHEET_HOI_DONG, [5, 24, 19, 13, 12, 11, 60], inVanBan(false, "6:6"));
  b.merged("A1", "F1", { value: "DANH SÁCH VÀ CHỮ KÝ THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ", style: "title" });
  b.merged("A2", "F2", { formula: `"Đơn vị: "&IF(${DV.ten}="","……………",${DV.ten})`, result: "Đơn vị: ……………", style: "subtitle" });
  b.merged("A3", "F3", { value: MO_TA_TO_TU_DANH_GIA, style: "subtitle" });
  ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ", "ĐT liên lạc", "Chữ ký"].forEach((h, i) => b.set({ ref: o(i + 1, 6), value: h, style: "header" }));
  const last = DONG_DAU + SO_DONG_HOI_DONG - 1;
  for (let i = 0; i < SO_DONG_HOI_DONG; i++) {
    const r = DONG_DAU + i;
    const m = danhSach[i];
    b.set({ ref: o(1, r), value: i + 1, style: "center" });
    b.set({ ref: o(2, r), value: m?.hoTen ?? null, style: "inputText", input: true });
    b.set({ ref: o(3, r), value: m?.chucVu || null, style: "inputText", input: true });
    const ma = m ? nhiemVuCua(m.nhiemVu) : undefined;
    b.set({
      ref: o(4, r),
      value: ma ? NHAN_NHIEM_VU_TO[ma] : m?.nhiemVu || null,
      style: "inputChoice",
      input: true,
      validation: {
        type: "list",
        list: Object.values(NHAN_NHIEM_VU_TO),
        allowBlank: true,
        promptTitle: "Nhiệm vụ",
        prompt: `Chọn: ${Object.values(NHAN_NHIEM_VU_TO).join(", ")}.`,
        errorTitle: "Nhiệm vụ không hợp lệ",
        error: `Chỉ chọn: ${Object.values(NHAN_NHIEM_VU_TO).join(", ")}.`,
      },
    });
    b.set({ ref: o(5, r), value: m?.dienThoai ?? null, style: "inputText", input: true });
    b.set({ ref: o(6, r), value: null, style: "text" });
    b.height(r, 28);
  }
  b.nameRange(HD.danhSach, `$B$${DONG_DAU}:$D$${last}`);
  b.spec.printArea = `A1:F${last}`;
  // One name per column, from column B in the order of the list (rules/vanBan.ts): how the readers find `toTuDanhGia`.
  DANH_SACH_VAN_BAN.toTuDanhGia.cot.forEach((c, i) => b.nameRange(c.ten, `$${cot(2 + i)}$${DONG_DAU}:$${cot(2 + i)}$${last}`));
  const ten = `B${DONG_DAU}:B${last}`;
  const cv = `C${DONG_DAU}:C${last}`;
  const nv = `D${DONG_DAU}:D${last}`;
  const loi = kiemTraHoiDongTuDanhGia(danhSach);
  const thanhVien = danhSach.filter((m) => trimNhuExcel(m.hoTen) !== "");
  const dem = (ma: NhiemVuTo) => thanhVien.filter((m) => nhiemVuCua(m.nhiemVu) === ma).length;
  const toTruong = thanhVien.filter((m) => nhiemVuCua(m.nhiemVu) === NHIEM_VU_TO.toTruong);
  const chucVuToTruong = toTruong.length === 1 ? trimNhuExcel(toTruong[0].chucVu ?? "") : "";
  let r = last + 2;
  const dong = (label: string, cell: Parameters<SheetBuilder["set"]>[0]) => {
    b.merged(o(1, r), o(3, r), { value: label, style: "labelBold" });
    b.set({ ...cell, ref: o(4, r) });
    r++;
  };
  // A row counts as a member when it has a name (spaces alone do not count).
  const coTen = `(LEN(TRIM(${ten}))>0)`;
  const laToTruong = `${coTen}*${laNhiemVu(nv, NHIEM_VU_TO.toTruong)}`;
  dong("Số thành viên:", { ref: "", formula: `SUMPRODUCT(--${coTen})`, result: thanhVien.length, style: "count", name: HD.soThanhVien });
  dong(`Số ${NHAN_NHIEM_VU_TO["to-truong"]}:`, { ref: "", formula: `SUMPRODUCT(${laToTruong})`, result: toTruong.length, style: "count", name: HD.soChuTich });
  dong(`Số ${NHAN_NHIEM_VU_TO["thu-ky"]}:`, { ref: "", formula: `SUMPRODUCT(${coTen}*${laNhiemVu(nv, NHIEM_VU_TO.thuKy)})`, result: dem(NHIEM_VU_TO.thuKy), style: "count", name: HD.soThuKy });
  // The tổ trưởng's place in the list, when there is exactly one: the sum of (place × is-the-tổ-trưởng). The places
  // are an array constant {1;2;…}: every Excel, LibreOffice and HyperFormula read it (ROW(range) inside SUMPRODUCT is
  // not an array in HyperFormula).
  const viTriTrongDs = `{${Array.from({ length: SO_DONG_HOI_DONG }, (_, i) => i + 1).join(";")}}`;
  const hang = `SUMPRODUCT(${viTriTrongDs}*${laToTruong})`;
  dong(`Chức vụ của ${NHAN_NHIEM_VU_TO["to-truong"]}:`, {
    ref: "",
    formula: `IF(${HD.soChuTich}=1,TRIM(INDEX(${cv},${hang})),"")`,
    result: chucVuToTruong,
    style: "text",
    name: HD.chucVuToTruong,
  });
  const x = HD.chucVuToTruong;
  dong(`${NHAN_NHIEM_VU_TO["to-truong"]} là lãnh đạo đơn vị:`, {
    ref: "",
    formula: `IF(${x}="","",IF(AND(NOT(${batDauBangMot(x, CHUC_VU_KHONG_LANH_DAO)}),${batDauBangMot(x, CHUC_VU_LANH_DAO)}),${chuoi(CO_KHONG.co)},${chuoi(CO_KHONG.khong)}))`,
    result: toTruongLaLanhDao(chucVuToTruong),
    style: "count",
    name: HD.toTruongLanhDao,
  });
  const parts = [
    `IF(${HD.soChuTich}<>1,${thongBao(LOI_HOI_DONG.toTruong, HD.soChuTich)}&"; ","")`,
    `IF(${HD.soChuTich}=1,IF(${x}="",${chuoi(LOI_HOI_DONG.chucVuTrong)}&"; ",IF(${HD.toTruongLanhDao}=${chuoi(CO_KHONG.khong)},${thongBao(LOI_HOI_DONG.khongLaLanhDao, x)}&"; ","")),"")`,
    `IF(${HD.soThuKy}<>1,${thongBao(LOI_HOI_DONG.thuKy, HD.soThuKy)}&"; ","")`,
  ].join("&");
  const ketQua = loi.length ? loi.join("; ") : HOP_LE_HOI_DONG;
  b.merged(o(1, r), o(3, r), { value: "Kiểm tra:", style: "labelBold" });
  b.merged(o(4, r), o(7, r), {
    formula: `IF(AND(${HD.soChuTich}=1,${HD.toTruongLanhDao}=${chuoi(CO_KHONG.co)},${HD.soThuKy}=1),${chuoi(HOP_LE_HOI_DONG)},LEFT(${parts},LEN(${parts})-2))`,
    result: ketQua,
    style: "conclusion",
    name: HD.kiemTra,
  });
  b.format({ range: o(4, r), rules: [{ formula: `${o(4, r)}=${chuoi(HOP_LE_HOI_DONG)}`, style: "cfMucDo2" }, { formula: `${o(4, r)}<>${chuoi(HOP_LE_HOI_DONG)}`, style: "cfKhongDat" }] });
  return b;
}
