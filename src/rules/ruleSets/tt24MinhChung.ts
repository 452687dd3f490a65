/**
 * The suggested evidence of each indicator and its code, verbatim from seed 000 Phụ lục “HƯỚNG DẪN THU THẬP VÀ SẮP
 * XẾP MINH CHỨNG” (“đây chỉ là các minh chứng mang tính gợi ý; đơn vị có thể cung cấp các minh chứng khác”). The seed's
 * table is shared by cấp huyện and cấp thành phố; its Tiêu chí 3 “Chỉ tiêu 4” (chuyển đổi số, QĐ 4725) and “Chỉ tiêu 5”
 * (kiểm định GDNN) are 3.4 and 3.5 at cấp huyện, 3.4 and 3.6 at cấp tỉnh; the seed has no line for cấp tỉnh 3.5
 * (cơ sở giáo dục đại học, QĐ 4740): its line follows 3.4's with the decision the indicator cites.
 */
import type { Cap } from "../types";

const CHUNG: Readonly<Record<string, string>> = {
  "1.1": "- Kế hoạch học tập, bồi dưỡng thường xuyên của đơn vị;\n- Hình ảnh, tài liệu, học liệu, bài giảng…",
  "1.2":
    "Các văn bản có quy định cụ thể của đơn vị nhằm động viên các thành viên học tập (học phí, phương tiện, động viên, khen thưởng...)\n" +
    "Đơn vị là nhà trẻ, trường mẫu giáo, trường mầm non công lập: Kế hoạch về việc tổ chức tập huấn, bồi dưỡng chuyên môn nghiệp vụ, hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn; Chương trình; Giấy mời; Danh sách GV dự tập huấn, ….",
  "1.3":
    "- Nguồn lực tài chính;\n- Cơ sở vật chất, trang thiết bị và các điều kiện khác phục vụ học tập, bồi dưỡng.\n- Các văn bản, minh chứng về việc chi kinh phí cho công tác đào tạo, bồi dưỡng…",
  "1.4":
    "Các văn bản chỉ đạo; kế hoạch; hợp đồng mua sắm trang thiết bị … liên quan đến công tác chuyển đổi số; hình ảnh phòng làm việc có trang bị máy tính, thiết bị CNTT…",
  "1.5":
    "- Các văn bản chỉ đạo; Kế hoạch; Chương trình, hình ảnh… tổ chức Tuần lễ hưởng ứng học tập suốt đời…\n" +
    "- Tham gia tổ chức hoặc phối hợp tổ chức các chuyên đề, lớp học tại trung tâm học tập cộng đồng.\n" +
    "- Tham gia tổ chức hoặc trực tiếp giảng dạy các chương trình xóa mù chữ, chương trình giáo dục thường xuyên đáp ứng yêu cầu người học.\n" +
    "- Biên soạn, cung cấp, hỗ trợ tài liệu phục vụ việc học tập suốt đời …",
  "2.1":
    "- Bảng chấm công của đơn vị;\n- Kết quả đánh giá, xếp loại cán bộ, công chức, viên chức hàng năm;\n- Văn bản thể hiện tinh thần hợp tác, chia sẻ, trao đổi…. (nếu có)\n" +
    "- Các loại Giấy khen, Bằng khen và hình thức khen thưởng khác đối với tập thể, cá nhân trong đơn vị.",
  "2.2":
    "Xác nhận của đơn vị đối với các thành viên đã hoàn thành nhiệm vụ học tập, bồi dưỡng theo quy định kèm theo chương trình học tập, bồi dưỡng; văn bằng, chứng chỉ, chứng nhận hoàn thành khóa học; Giấy mời, Công văn cử đi học…",
  "2.3": "Kế hoạch chuyển đổi số của đơn vị; danh sách cán bộ được đào tạo/tập huấn/thực hiện chuyển đổi số…",
  "2.4":
    "- Danh sách trích ngang đội ngũ nhân sự toàn đơn vị trong đó có thông tin về văn bằng, chứng chỉ ngoại ngữ của các cá nhân được lãnh đạo đơn vị ký, xác nhận; bản photo các văn bằng, chứng chỉ…",
  "2.5": "Quyết định công nhận danh hiệu thi đua và khen thưởng hàng năm của thủ trưởng đơn vị và lãnh đạo cấp trên; bằng khen, giấy khen…",
  "3.1": "Quyết định công nhận “Công dân học tập” của các thành viên trong đơn vị",
  "3.2":
    "- Các văn bản chỉ đạo, kế hoạch, giấy mời, hình ảnh… thể hiện việc tạo lập môi trường học tập, giao lưu, chia sẻ tri thức/chuyên môn với các đơn vị khác.\n" +
    "- Các văn bản chỉ đạo, kế hoạch, giấy mời, hình ảnh, danh sách… tổ chức thực hiện hoặc tham gia các hoạt động chuyên môn của cụm.\n" +
    "- Đường link bài giảng, tài liệu, học liệu được chia sẻ trên môi trường số….\n" +
    "Đơn vị là nhà trẻ, trường mẫu giáo, trường mầm non công lập: Xác nhận của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn đối với các thành viên tham gia tập huấn, bồi dưỡng…",
  "3.3": "Quyết định công nhận danh hiệu thi đua, khen thưởng; bằng khen, giấy khen…",
};

const CDS_4725 =
  "- Các minh chứng theo bộ chỉ số của Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo;\n- Quyết định công nhận mức độ chuyển đổi số của cơ quan quản lý cấp trên";
const CDS_4740 =
  "- Các minh chứng theo bộ chỉ số của Quyết định số 4740/QĐ-BGDĐT;\n- Quyết định công nhận mức độ chuyển đổi số của cơ quan quản lý cấp trên";
const GDNN = "Quyết định/ Giấy chứng nhận kiểm định chất lượng giáo dục";

const THEO_CAP: Readonly<Record<Exclude<Cap, "chung">, Readonly<Record<string, string>>>> = {
  huyen: { ...CHUNG, "3.4": CDS_4725, "3.5": GDNN },
  tinh: { ...CHUNG, "3.4": CDS_4725, "3.5": CDS_4740, "3.6": GDNN },
};

/** The seed's suggested evidence of an indicator, or undefined for rule sets the seed does not cover. */
export function minhChungGoiY(cap: Cap, id: string): string | undefined {
  return cap === "chung" ? undefined : THEO_CAP[cap][id];
}

/** The seed's evidence code of an indicator: “TC1 - 01” for 1.1 (the table's “Ký hiệu minh chứng” column). */
export function kyHieuMinhChungGoiY(id: string): string {
  const [tc, ct] = id.split(".");
  return `TC${tc}-${ct.padStart(2, "0")}`;
}
