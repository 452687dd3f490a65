/**
 * Documents of the hồ sơ (seed 000, mục VI “Hồ sơ nộp” and Phụ lục) laid out for print under Nghị định
 * 30/2020/NĐ-CP: A4, Times New Roman 13–14, margins top/bottom 20 mm, left 30 mm, right 15 mm, page numbers.
 * Here: (1) Trang bìa and (5) Danh mục chữ viết tắt; (3) and (4) are the council list and the Bảng tổng hợp.
 */
import { DANH_SACH_VAN_BAN, SO_DONG_DANH_SACH, TRUONG_VAN_BAN_DON_VI, type ChuVietTat } from "../../rules/vanBan";
import { SheetBuilder, cot } from "../sheetBuilder";
import { inVanBan } from "./hoSo/khung";

export const TEN_SHEET_CHU_VIET_TAT = "Danh mục chữ viết tắt";
/** The names of the unit's document fields on the Thông tin sheet (rules/vanBan.ts TRUONG_VAN_BAN_DON_VI). */
export const HS = { coQuanChuQuan: TRUONG_VAN_BAN_DON_VI[0].ten, diaDanh: TRUONG_VAN_BAN_DON_VI[1].ten } as const;

/** Nghị định 30/2020/NĐ-CP margins, in inches (ExcelJS and Office.js both take inches/points from these). */
export const LE_ND30 = { left: 30 / 25.4, right: 15 / 25.4, top: 20 / 25.4, bottom: 20 / 25.4 } as const;

/** First row of the list (the heading is row 3). */
const DONG_DAU_CHU_VIET_TAT = 4;

/** “Danh mục chữ viết tắt (nếu có)”: the unit's own abbreviations, typed here or filled from `vanBan.chuVietTat`. */
export function sheetChuVietTat(danhSach: readonly ChuVietTat[] = []): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_CHU_VIET_TAT, [8, 56, 20], inVanBan(false, "3:3"), false);
  b.merged("A1", "C1", { value: "DANH MỤC CHỮ VIẾT TẮT", style: "docTitle" });
  const cots = DANH_SACH_VAN_BAN.chuVietTat.cot;
  ["TT", ...cots.map((c) => c.nhan)].forEach((h, i) => b.set({ ref: `${cot(i + 1)}3`, value: h, style: "header" }));
  const cuoi = DONG_DAU_CHU_VIET_TAT + SO_DONG_DANH_SACH.chuVietTat - 1;
  for (let i = 0; i < SO_DONG_DANH_SACH.chuVietTat; i++) {
    const r = DONG_DAU_CHU_VIET_TAT + i;
    const m = danhSach[i];
    // The number shows once the row has something in it.
    b.set({ ref: `A${r}`, formula: `IF(COUNTA(B${r}:C${r})=0,"",${i + 1})`, result: m ? i + 1 : "", style: "center" });
    cots.forEach((c, j) => b.set({ ref: `${cot(j + 2)}${r}`, value: m?.[c.khoa] ?? null, style: j === 0 ? "inputText" : "inputChoice", input: true }));
  }
  cots.forEach((c, j) => b.nameRange(c.ten, `$${cot(j + 2)}$${DONG_DAU_CHU_VIET_TAT}:$${cot(j + 2)}$${cuoi}`));
  return b;
}
