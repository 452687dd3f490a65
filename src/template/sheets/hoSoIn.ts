/**
 * Documents of the hồ sơ (seed 000, mục VI “Hồ sơ nộp” and Phụ lục) laid out for print under Nghị định
 * 30/2020/NĐ-CP: A4, Times New Roman 13–14, margins top/bottom 20 mm, left 30 mm, right 15 mm, page numbers.
 * Here: (1) Trang bìa and (5) Danh mục chữ viết tắt; (3) and (4) are the council list and the Bảng tổng hợp.
 */
import { SheetBuilder } from "../sheetBuilder";

export const TEN_SHEET_CHU_VIET_TAT = "Danh mục chữ viết tắt";
export const HS = { coQuanChuQuan: "HS_CO_QUAN_CHU_QUAN", diaDanh: "HS_DIA_DANH" } as const;

/** Nghị định 30/2020/NĐ-CP margins, in inches (ExcelJS and Office.js both take inches/points from these). */
export const LE_ND30 = { left: 30 / 25.4, right: 15 / 25.4, top: 20 / 25.4, bottom: 20 / 25.4 } as const;

const CHU_VIET_TAT: readonly [string, string][] = [
  ["Bộ Giáo dục và Đào tạo", "BGDĐT"],
  ["Đơn vị học tập", "ĐVHT"],
  ["Thông tư", "TT"],
  ["Quyết định", "QĐ"],
  ["Tự đánh giá", "TĐG"],
  ["Chuyển đổi số", "CĐS"],
  ["Giáo dục nghề nghiệp", "GDNN"],
  ["Trung học phổ thông", "THPT"],
  ["Trung học cơ sở", "THCS"],
  ["Minh chứng", "MC"],
];

export function sheetChuVietTat(): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_CHU_VIET_TAT, [8, 56, 20], { landscape: false, titleRows: "3:3", margins: LE_ND30 }, false);
  b.merged("A1", "C1", { value: "DANH MỤC CHỮ VIẾT TẮT", style: "docTitle" });
  ["TT", "Nội dung", "Chữ viết tắt"].forEach((h, i) => b.set({ ref: `${"ABC"[i]}3`, value: h, style: "header" }));
  const rows = [...CHU_VIET_TAT, ...Array.from({ length: 10 }, () => ["", ""] as [string, string])];
  rows.forEach(([noiDung, viet], i) => {
    const r = 4 + i;
    b.set({ ref: `A${r}`, value: i + 1, style: "center" });
    b.set({ ref: `B${r}`, value: noiDung || null, style: "text" });
    b.set({ ref: `C${r}`, value: viet || null, style: "center" });
  });
  return b;
}
