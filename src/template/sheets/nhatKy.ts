/** Nhật ký: the audit trail of input edits made with the add-in (time, who, cell, indicator, old → new). */
import { SheetBuilder } from "../sheetBuilder";

export const TEN_SHEET_NHAT_KY = "Nhật ký";
const COT_NHAT_KY = ["Thời gian", "Người sửa", "Ô", "Nội dung", "Giá trị cũ", "Giá trị mới"] as const;

export function sheetNhatKy(): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_NHAT_KY, [20, 22, 26, 38, 22, 22], { landscape: true, titleRows: "1:1" });
  COT_NHAT_KY.forEach((h, i) => b.set({ ref: `${"ABCDEF"[i]}1`, value: h, style: "header" }));
  b.spec.freeze = { row: 2, col: 1 };
  return b;
}
