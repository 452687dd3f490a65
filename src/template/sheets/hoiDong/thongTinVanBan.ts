/**
 * The sheet “Thông tin văn bản” of the Sổ Hội đồng: what the council types once for all its documents (its UBND and
 * office, initials for numbers, place, signers, numbers and dates), one field per row, found again by its label.
 */
import { TRUONG_VAN_BAN_HOI_DONG, type ThongTinVanBanHoiDong } from "../../../rules";
import type { SheetSpec } from "../../model";
import { SheetBuilder } from "../../sheetBuilder";

export const TEN_SHEET_THONG_TIN_VAN_BAN = "Thông tin văn bản";
export const DONG_DAU_THONG_TIN = 4;

export function sheetThongTinVanBan(tt: ThongTinVanBanHoiDong, loi: readonly string[] = []): SheetSpec {
  const b = new SheetBuilder(TEN_SHEET_THONG_TIN_VAN_BAN, [46, 50, 36], { landscape: false });
  b.merged("A1", "C1", { value: "THÔNG TIN CHUNG CỦA CÁC VĂN BẢN HỘI ĐỒNG", style: "title" });
  b.merged("A2", "C2", {
    value:
      "Ghi một lần: các văn bản của Hội đồng (Báo cáo thẩm định, Bản tổng hợp từng đơn vị, Văn bản trả lời, Tờ trình, Dự thảo Quyết định, Báo cáo năm) lấy thông tin ở đây. " +
      "Ô để trống được in là dấu chấm để ghi tay. Ngày ghi dạng dd/mm/yyyy. Số và ngày Quyết định công nhận ghi ở sheet “Tổng hợp”; Chủ tịch Hội đồng lấy ở sheet “Hội đồng đánh giá”." +
      (loi.length ? `\n${loi.join("\n")}` : ""),
    style: "hint",
  });
  b.height(2, 58 + 16 * loi.length);
  ["Thông tin", "Nội dung (Hội đồng ghi)", "Ví dụ"].forEach((h, i) => b.set({ ref: `${"ABC"[i]}3`, value: h, style: "header" }));
  TRUONG_VAN_BAN_HOI_DONG.forEach((t, i) => {
    const r = DONG_DAU_THONG_TIN + i;
    b.set({ ref: `A${r}`, value: t.nhan, style: "textBold" });
    b.set({ ref: `B${r}`, value: tt[t.khoa] || null, style: "soInput", input: true });
    b.set({ ref: `C${r}`, value: t.viDu, style: "text" });
    b.height(r, t.khoa === "deXuat" ? 60 : 20);
  });
  return b.spec;
}
