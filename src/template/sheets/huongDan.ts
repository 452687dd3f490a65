/** Hướng dẫn: how to fill the workbook in, for a clerk who opens it without the add-in. */
import { DO_DAI_TOI_DA_VAN_BAN, XEP_LOAI, type RuleSet } from "../../rules";
import { SheetBuilder } from "../sheetBuilder";
import { TEN_SHEET_BANG_TONG_HOP } from "./bangTongHop";
import { TEN_SHEET_NGUONG } from "./nguong";
import { TEN_SHEET_NOI_DUNG } from "./noiDungHoSo";
import { TEN_SHEET_THONG_TIN } from "./thongTin";

const TEN_SHEET_HUONG_DAN = "Hướng dẫn";

/** The ids of the indicators of one kind ("2.1, 2.2"), or of those with a learner part: wording follows the data. */
function cacId(ruleSet: RuleSet, chon: (d: RuleSet["chiTieu"][number]) => boolean): string {
  return ruleSet.chiTieu.filter(chon).map((d) => d.id).join(", ");
}

const ghiChu = (ruleSet: RuleSet): [string, "label"][] => (ruleSet.ghiChuHuongDan ?? []).map((t) => [t, "label"]);

export function sheetHuongDan(ruleSet: RuleSet): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_HUONG_DAN, [110], { landscape: false });
  const nguoiHoc = cacId(ruleSet, (d) => d.kieu === "ty-le" && d.nguoiHoc !== undefined);
  const lines: [string, "title" | "heading" | "label"][] = ruleSet.chamDiem ? dongChamDiem(ruleSet) : [
    ["HƯỚNG DẪN NHẬP LIỆU", "title"],
    [`Bộ tiêu chí: ${ruleSet.ten}.`, "label"],
    ["1. Thông tin đơn vị", "heading"],
    [`Sheet “${TEN_SHEET_THONG_TIN}”: nhập tên đơn vị, chọn mã loại đơn vị, Có/Không công lập và năm đánh giá. Loại đơn vị quyết định chỉ tiêu nào áp dụng.`, "label"],
    ["2. Nhập số liệu", "heading"],
    [`Sheet “${TEN_SHEET_BANG_TONG_HOP}”: chỉ nhập vào ô màu vàng nhạt. Chỉ tiêu có/không: chọn Có hoặc Không. Chỉ tiêu tỷ lệ: nhập số thành viên đạt và tổng số thành viên (số nguyên); chỉ khi không có số đếm mới nhập tỷ lệ. ${nguoiHoc ? ` Chỉ tiêu ${nguoiHoc} của cơ sở giáo dục: nhập cả số người học đạt và tổng số người học.` : ""} Mức chuyển đổi số: chọn trong danh sách.`, "label"],
    ["Cột “Minh chứng”: ghi mã minh chứng (ví dụ TC2-01, TC2-02). Chỉ tiêu không có minh chứng được đánh giá là Không đạt.", "label"],
    ["3. Kết quả", "heading"],
    [`Cột “Kết quả” tự tính: ${XEP_LOAI["muc-do-2"]}, ${XEP_LOAI["muc-do-1"]}, ${XEP_LOAI["khong-dat"]}, ${XEP_LOAI["khong-ap-dung"]} (chỉ tiêu không áp dụng cho loại đơn vị, không tính vào tổng hợp) hoặc ${XEP_LOAI["chua-du-du-lieu"]} (còn thiếu số liệu).`, "label"],
    ["Tỷ lệ được so sánh chính xác với ngưỡng (89,99% chưa đạt 90%) và được hiển thị làm tròn xuống 2 chữ số thập phân.", "label"],
    ["Tiêu chí đạt mức nào khi mọi chỉ tiêu áp dụng của tiêu chí đạt mức đó; kết luận của đơn vị tính tương tự trên các tiêu chí.", "label"],
    ...ghiChu(ruleSet),
    [`Bấm vào một ô kết quả để xem công thức; ngưỡng và căn cứ pháp lý ở sheet “${TEN_SHEET_NGUONG}” (được khóa, không cần mật khẩu để xem).`, "label"],
    ["4. Văn bản của hồ sơ", "heading"],
    [`Sheet “${TEN_SHEET_NOI_DUNG}”: số, ngày của các văn bản, thời gian và địa điểm họp, nội dung Báo cáo tự đánh giá từng tiêu chí, chỉ tiêu (mỗi ô tối đa ${DO_DAI_TOI_DA_VAN_BAN} ký tự). Tổ tự đánh giá, chữ viết tắt và minh chứng nhập ở sheet riêng của từng danh sách.`, "label"],
    ["5. Chia sẻ", "heading"],
    ["Sổ tính bằng công thức Excel thông thường: mở được và tính đúng trong Excel, Excel trên web và LibreOffice, không cần cài add-in.", "label"],
  ];
  lines.forEach(([text, style], i) => {
    b.set({ ref: `A${i + 1}`, value: text, style });
    if (style === "label") b.height(i + 1, Math.max(18, Math.ceil(text.length / 105) * 16 + 4));
  });
  return b;
}

/** The same guide for a points-based rule set (TT22, seed 004). */
function dongChamDiem(ruleSet: RuleSet): [string, "title" | "heading" | "label"][] {
  const cham = ruleSet.chamDiem!;
  const cua = (kieu: string) => cacId(ruleSet, (d) => d.kieu === kieu);
  const hang = cham.xepLoai.map((x, i) => (i < cham.xepLoai.length - 1 ? `${x.ten} từ ${x.tu} điểm` : `${x.ten}: các trường hợp còn lại`)).join("; ");
  return [
    ["HƯỚNG DẪN NHẬP LIỆU", "title"],
    [`Bộ tiêu chí: ${ruleSet.ten}.`, "label"],
    ["1. Thông tin đơn vị", "heading"],
    [`Sheet “${TEN_SHEET_THONG_TIN}”: nhập tên đơn vị, chọn mã loại đơn vị và năm đánh giá.`, "label"],
    ["2. Nhập số liệu", "heading"],
    [`Sheet “${TEN_SHEET_BANG_TONG_HOP}”: chỉ nhập vào ô màu vàng nhạt. ${[
      cua("lua-chon") && `Chỉ tiêu ${cua("lua-chon")}: chọn trong danh sách`,
      cua("dat") && `chỉ tiêu ${cua("dat")}: Có hoặc Không`,
      cua("ty-le-diem") && "các chỉ tiêu tỷ lệ: nhập số thành viên đạt và tổng số thành viên (số nguyên), chỉ khi không có số đếm mới nhập tỷ lệ",
    ].filter(Boolean).join("; ")}.`, "label"],
    ["Cột “Minh chứng (mã)”: ghi mã minh chứng. Chỉ tiêu không có minh chứng được 0 điểm (“có minh chứng cụ thể”).", "label"],
    ["3. Điểm và xếp loại", "heading"],
    [`Cột “Điểm tự chấm” tự tính theo cột “Gợi ý cho điểm”; “Từ a% đến dưới b%” nghĩa là a% ≤ tỷ lệ < b%, và 100% chỉ khi mọi thành viên đạt. Tổng điểm tối đa ${cham.diemToiDa}. Xếp loại: ${hang}.`, "label"],
    ...ghiChu(ruleSet),
    [`Khi còn chỉ tiêu chưa nhập, ô xếp loại ghi “Chưa đủ dữ liệu”. Bậc điểm, điểm và căn cứ ở sheet “${TEN_SHEET_NGUONG}”.`, "label"],
    ["4. Chia sẻ", "heading"],
    ["Sổ tính bằng công thức Excel thông thường: mở được và tính đúng trong Excel, Excel trên web và LibreOffice, không cần cài add-in.", "label"],
  ];
}
