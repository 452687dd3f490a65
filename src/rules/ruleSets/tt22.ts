/**
 * Thông tư 22/2020/TT-BGDĐT as scored by the Ninh Bình guide (seed 004, Phụ lục “Hướng dẫn đánh giá, cho điểm
 * Đơn vị học tập”): 100 points over 11 indicators, classes Tốt / Khá / Trung bình / Chưa đạt (mục III.2).
 * Texts are quoted from the seed; the numbers are written here once and read by every surface.
 *
 * Seed typo: the last band of 2.4 reads “Dưới 10%: 0 điểm” although the band above it is “Từ 30% đến dưới 50%:
 * 1 điểm”; every other 5-point indicator (2.2, 3.3) ends with “Dưới 30%: 0 điểm”. We read it as below 30% (there
 * is no band between 10% and 30% that could give a point), so 2.4 is scored exactly as 2.2.
 *
 * The Phụ lục's 3.1 runs over a page break: its text (a–d, then đ–h) and its evidence column (four lines, then
 * “(Đối với cán bộ … có thể” / “sử dụng chứng chỉ tiếng dân tộc thiểu số …” and the line on CNTT) are joined here.
 * Its “tư duy phân biện” is a slip: mục II.3.a of the same guide reads “Có tư duy phản biện”.
 */
import { LICH_TT22 } from "../calendar";
import { LOAI_DON_VI, type ChamDiem, type ChiTieuDef, type PhamViApDung, type RuleSet } from "../types";

const TAT_CA: PhamViApDung = { loai: LOAI_DON_VI };

const NGUON = "Hướng dẫn đánh giá, xếp loại Đơn vị học tập của UBND tỉnh Ninh Bình (căn cứ Thông tư 22/2020/TT-BGDĐT)";

function canCu(id: string): string {
  return `${NGUON}, Phụ lục “Hướng dẫn đánh giá, cho điểm Đơn vị học tập”, chỉ tiêu ${id}`;
}

/** The three band tables of the Phụ lục (“Đạt 100%”, “Từ 75% đến dưới 100%”, …), each written once. */
const BAC_10_DEN_20 = [{ tu: 100, diem: 10 }, { tu: 75, diem: 7 }, { tu: 50, diem: 5 }, { tu: 20, diem: 2 }] as const;
const BAC_10_DEN_30 = [{ tu: 100, diem: 10 }, { tu: 75, diem: 7 }, { tu: 50, diem: 5 }, { tu: 30, diem: 2 }] as const;
const BAC_5 = [{ tu: 100, diem: 5 }, { tu: 75, diem: 3 }, { tu: 50, diem: 2 }, { tu: 30, diem: 1 }] as const;
const BAC_25 = [{ tu: 100, diem: 25 }, { tu: 75, diem: 15 }, { tu: 50, diem: 10 }, { tu: 20, diem: 5 }] as const;

const CHI_TIEU_TT22: ChiTieuDef[] = [
  {
    id: "1.1", tieuChi: "1", kieu: "lua-chon", truong: "luaChon", apDung: TAT_CA,
    luaChon: [
      { ma: "rieng", ten: "Có kế hoạch riêng", diem: 10 },
      { ma: "long-ghep", ten: "Lồng ghép trong kế hoạch công tác năm", diem: 5 },
      { ma: "khong", ten: "Không xây dựng kế hoạch", diem: 0 },
    ],
    noiDungNgan: "Kế hoạch cho thành viên học tập thường xuyên",
    noiDung: "Đơn vị có kế hoạch cho các thành viên học tập thường xuyên",
    canCu: canCu("1.1"),
  },
  {
    id: "1.2", tieuChi: "1", kieu: "dat", diem: 10, apDung: TAT_CA,
    noiDungNgan: "Quy định cụ thể động viên thành viên học tập",
    noiDung: "Đơn vị có các quy định cụ thể nhằm động viên thành viên học tập",
    canCu: canCu("1.2"),
  },
  {
    id: "1.3", tieuChi: "1", kieu: "lua-chon", truong: "luaChon", apDung: TAT_CA,
    luaChon: [
      { ma: "day-du", ten: "Đầu tư đầy đủ kinh phí, cơ sở vật chất, thiết bị", diem: 10 },
      { ma: "mot-phan", ten: "Có kinh phí hỗ trợ hoặc cơ sở vật chất, thiết bị", diem: 5 },
      { ma: "khong", ten: "Không hỗ trợ", diem: 0 },
    ],
    noiDungNgan: "Đầu tư nguồn lực cho nhu cầu học tập",
    noiDung:
      "Đơn vị quan tâm đầu tư các nguồn lực gồm tài chính, cơ sở vật chất, trang thiết bị và những điều kiện đảm bảo để đáp ứng nhu cầu học tập của thành viên",
    canCu: canCu("1.3"),
  },
  {
    id: "2.1", tieuChi: "2", kieu: "ty-le-diem", bac: BAC_10_DEN_20, cotDanhSach: "Kế hoạch tự học", apDung: TAT_CA,
    noiDungNgan: "Thành viên có kế hoạch tự học, tự bồi dưỡng được phê duyệt",
    noiDung: "100% thành viên trong đơn vị có kế hoạch tự học, tự bồi dưỡng hàng năm được lãnh đạo phê duyệt",
    canCu: canCu("2.1"),
  },
  {
    id: "2.2", tieuChi: "2", kieu: "ty-le-diem", bac: BAC_5, cotDanhSach: "Kỷ luật lao động", apDung: TAT_CA,
    noiDungNgan: "Thành viên tuân thủ kỷ luật lao động, nội quy",
    noiDung:
      "100% thành viên trong đơn vị tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị, có tinh thần hợp tác, đoàn kết và trao đổi",
    canCu: canCu("2.2"),
  },
  {
    id: "2.3", tieuChi: "2", kieu: "ty-le-diem", bac: BAC_10_DEN_30, cotDanhSach: "Hoàn thành bồi dưỡng", apDung: TAT_CA,
    noiDungNgan: "Thành viên hoàn thành chương trình học tập, bồi dưỡng bắt buộc",
    noiDung:
      "100% thành viên trong đơn vị hoàn thành đầy đủ chương trình học tập, bồi dưỡng bắt buộc theo quy định của nhà nước",
    canCu: canCu("2.3"),
  },
  {
    // The seed's last band says “Dưới 10%”: read as below 30% (see the header of this file).
    id: "2.4", tieuChi: "2", kieu: "ty-le-diem", bac: BAC_5, cotDanhSach: "Lao động tiên tiến", apDung: TAT_CA,
    noiDungNgan: "Thành viên đạt danh hiệu “Lao động tiên tiến” trở lên",
    noiDung: "100% thành viên trong đơn vị đạt từ danh hiệu “Lao động tiên tiến” trở lên",
    canCu: `${canCu("2.4")} (dòng “Dưới 10%: 0 điểm” của bản gốc được hiểu là dưới 30%)`,
  },
  {
    id: "3.1", tieuChi: "3", kieu: "ty-le-diem", bac: BAC_25, cotDanhSach: "Công dân học tập", apDung: TAT_CA,
    noiDungNgan: "Thành viên đáp ứng năng lực, phẩm chất Công dân học tập",
    noiDung:
      "100% thành viên trong đơn vị đáp ứng đầy đủ các năng lực và phẩm chất của Công dân học tập, gồm: a) Có ý thức tuân thủ pháp luật; thực hiện quyền và trách nhiệm công dân đối với gia đình, xã hội. b) Có cam kết học tập suốt đời để phát triển bản thân; c) Có ý thức tổ chức việc học tập trong gia đình, dòng họ, cộng đồng; d) Có lối sống lành mạnh, tôn trọng và hòa hợp với môi trường; đ) Biết sử dụng ngoại ngữ và công nghệ thông tin đáp ứng yêu cầu công việc; e) Có tư duy phản biện, sáng tạo, tính chủ động và kỹ năng giải quyết vấn đề; g) Tôn trọng và thực hiện bình đẳng giới; h) Hiểu rõ, trân trọng sự đa dạng văn hóa và có cách ứng xử văn hóa phù hợp.",
    canCu: canCu("3.1"),
  },
  {
    id: "3.2", tieuChi: "3", kieu: "lua-chon", truong: "danhHieu", apDung: TAT_CA,
    luaChon: [
      { ma: "xuat-sac", ten: "Tập thể lao động xuất sắc", diem: 10 },
      { ma: "tien-tien", ten: "Tập thể lao động tiên tiến", diem: 5 },
      { ma: "khong", ten: "Không đạt danh hiệu", diem: 0 },
    ],
    noiDungNgan: "Đơn vị đạt danh hiệu “Tập thể lao động tiên tiến” trở lên",
    noiDung: "Đơn vị đạt từ danh hiệu “Tập thể lao động tiên tiến” trở lên",
    canCu: canCu("3.2"),
  },
  {
    id: "3.3", tieuChi: "3", kieu: "ty-le-diem", bac: BAC_5, cotDanhSach: "Chia sẻ tri thức", apDung: TAT_CA,
    noiDungNgan: "Góp phần tạo lập môi trường chia sẻ tri thức",
    noiDung: "Góp phần tạo lập môi trường chia sẻ tri thức với các đơn vị khác",
    canCu: canCu("3.3"),
  },
];

const TI_LE = "Tỷ lệ thành viên trong đơn vị";

/** The “Các minh chứng” and “Gợi ý cho điểm” columns of the Phụ lục, verbatim (shown on the form). */
const GOI_Y: ChamDiem["goiY"] = {
  "1.1": {
    minhChung:
      "- Nghị quyết hoặc chỉ tiêu phần đầu của cấp ủy Đảng, chính quyền và các tổ chức, đoàn thể trong đơn vị.\n- Kế hoạch học tập thường xuyên của đơn vị (VD: các sinh hoạt chuyên đề theo tháng, theo quý...)",
    goiY:
      "- Đơn vị có xây dựng kế hoạch riêng: 10 điểm\n- Có xây dựng kế hoạch nhưng lồng ghép trong kế hoạch công tác năm của đơn vị: 5 điểm\n- Không xây dựng kế hoạch: 0 điểm",
  },
  "1.2": {
    minhChung:
      "- Tiêu chí thi đua, đánh giá, quy hoạch, quy định về chuẩn trình độ chuyên môn, nghiệp vụ, đề bạt cán bộ của đơn vị\n- Các quy định cụ thể của đơn vị nhằm động viên thành viên học tập: vật chất và tinh thần, động viên, khen thưởng",
    goiY: "- Có các quy định khải thi: 10 điểm.\n- Không có qui định: 0 điểm",
  },
  "1.3": {
    minhChung:
      "- Có cơ sở vật chất, trang thiết bị và các điều kiện khác phục vụ học tập, bồi dưỡng.\n- Có kế hoạch hỗ trợ kinh phí và thời gian cho các thành viên học tập nâng cao trình độ\n- Có quỹ khuyến học của đơn vị",
    goiY:
      "- Có đầu tư kinh phí hỗ trợ, cơ sở vật chất, thiết bị và những điều kiện đảm bảo đáp ứng nhu cầu học tập của các thành viên: 10 điểm.\n- Có kinh phí hỗ trợ hoặc cơ sở vật chất, thiết bị: 05 điểm.\n- Không hỗ trợ: 0 điểm",
  },
  "2.1": {
    minhChung:
      "- Kế hoạch tự học, tự bồi dưỡng hàng năm của thành viên được lãnh đạo phê duyệt.\n- Tự đánh giá của thành viên trong đơn vị (các hình thức học từ xa, học tại TTHTCD, nhà văn hoá, câu lạc bộ, tự học qua sách báo...)",
    goiY: `${TI_LE} có kế hoạch tự học, tự bồi dưỡng và tự đánh giá hàng năm đạt:\n- Đạt 100%: 10 điểm\n- Từ 75% đến dưới 100%: 7 điểm\n- Từ 50% đến dưới 75%: 5 điểm\n- Từ 20% đến dưới 50%: 2 điểm.\n- Dưới 20%: 0 điểm.`,
  },
  "2.2": {
    minhChung: "- Bảng chấm công của đơn vị\n- Kết quả đánh giá, xếp loại cán bộ, công chức, viên chức hàng năm",
    goiY: `${TI_LE} tuân thủ kỷ luật lao động, nội quy, có tinh thần hợp tác, đoàn kết và trao đổi:\n- Đạt 100 %: 5 điểm.\n- Từ 75% đến dưới 100%: 3 điểm.\n- Từ 50% đến dưới 75%: 2 điểm.\n- Từ 30% đến dưới 50%: 1 điểm.\n- Dưới 30%: 0 điểm.`,
  },
  "2.3": {
    minhChung:
      "- Danh sách, tổng hợp thông tin về trình độ chuyên môn, nghiệp vụ của các thành viên trong đơn vị\n- Xác nhận của đơn vị đối với các thành viên đã hoàn thành nhiệm vụ học tập, bồi dưỡng theo quy định kèm theo chương trình học tập, bồi dưỡng và văn bằng, chứng chỉ, chứng nhận hoàn thành khóa học.",
    goiY: `${TI_LE} hoàn thành chương trình học tập, bồi dưỡng bắt buộc theo quy định đạt:\n- Đạt 100%: 10 điểm\n- Từ 75% đến dưới 100%: 7 điểm\n- Từ 50% đến dưới 75%: 5 điểm\n- Từ 30% đến dưới 50%: 2 điểm\n- Dưới 30%: 0 điểm`,
  },
  "2.4": {
    minhChung:
      "Quyết định công nhận danh hiệu thi đua và khen thưởng hàng năm của thủ trưởng đơn vị và lãnh đạo cấp trên; bằng khen, giấy khen...",
    goiY: `${TI_LE} đạt danh hiệu “Lao động tiên tiến” trở lên:\n- Đạt 100%: 5 điểm.\n- Từ 75% đến dưới 100%: 3 điểm.\n- Từ 50% đến dưới 75%: 2 điểm.\n- Từ 30% đến dưới 50%: 1 điểm.\n- Dưới 10%: 0 điểm.\n(Bản gốc ghi “Dưới 10%”; dvht hiểu là dưới 30%.)`,
  },
  "3.1": {
    minhChung:
      "- Kết quả đánh giá, xếp loại cán bộ, công chức, viên chức hàng năm; chứng nhận danh hiệu “Gia đình văn hóa” của địa phương,....\n- Bản đăng ký thi đua/ cam kết học tập, bồi dưỡng nâng cao chuyên môn nghiệp vụ của các thành viên trong đơn vị;\n- Kết quả đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”; Danh hiệu “Gia đình văn hóa”.\n- Danh sách các thành viên trong đơn vị kèm theo trình độ tin học, ngoại ngữ; văn bằng, chứng chỉ tin học; văn bằng, chứng chỉ/chứng nhận ngoại ngữ.\n(Đối với cán bộ, công chức, viên chức công tác tại vùng đồng bào dân tộc thiểu số, có thể sử dụng chứng chỉ tiếng dân tộc thiểu số thay cho chứng chỉ/chứng nhận ngoại ngữ).\nHiệu quả của việc sử dụng CNTT trong giải quyết công việc của các thành viên tại đơn vị",
    goiY: "- Đạt 100 %: 25 điểm.\n- Từ 75% đến dưới 100%: 15 điểm.\n- Từ 50% đến dưới 75%: 10 điểm.\n- Từ 20% đến dưới 50%: 5 điểm.\n- Dưới 20%: 0 điểm.",
  },
  "3.2": {
    minhChung:
      "Quyết định công nhận danh hiệu thi đua và khen thưởng hàng năm của cấp có thẩm quyền hoặc Bằng khen, Cờ thi đua của các cấp có thẩm quyền, ...",
    goiY:
      "- Đạt danh hiệu “Tập thể lao động xuất sắc”: 10 điểm.\n- Đạt danh hiệu “Tập thể lao động tiên tiến”: 05 điểm\n- Không đạt danh hiệu “Tập thể lao động tiên tiến”: 0 điểm",
  },
  "3.3": {
    minhChung:
      "Các hoạt động chia sẻ kiến thức, kinh nghiệm, kỹ năng với các đơn vị khác; hỗ trợ, hướng dẫn đồng nghiệp nâng cao trình độ chuyên môn, nghiệp vụ (thông qua các hội thảo, hội nghị, cuộc thi, hội thi, các buổi thảo luận, làm việc nhóm, diễn đàn nội bộ, qua mạng internet, các câu lạc bộ...)",
    goiY: "Mức độ tham gia của các thành viên 100% : 05 điểm.\n-Từ 75% đến dưới 100%: 3 điểm.\n- Từ 50% đến dưới 75%: 2 điểm.\n- Từ 30% đến dưới 50%: 1 điểm.\n- Dưới 30%: 0 điểm.",
  },
};

export const TT22: RuleSet = {
  id: "tt22",
  ten: "“Đơn vị học tập” chấm điểm (Thông tư 22/2020/TT-BGDĐT, hướng dẫn của UBND tỉnh Ninh Bình)",
  tenNgan: "Chấm điểm theo Thông tư 22/2020 (Ninh Bình)",
  cap: "chung",
  vanBan:
    "Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ Giáo dục và Đào tạo quy định về việc đánh giá, xếp loại Đơn vị học tập; Hướng dẫn đánh giá, xếp loại Đơn vị học tập của UBND tỉnh Ninh Bình",
  phienBan: "tt22/1",
  lich: LICH_TT22,
  ghiChuHuongDan: ["Chỉ tiêu 2.4: bản hướng dẫn gốc ghi “Dưới 10%: 0 điểm” ở bậc cuối; sổ này hiểu là dưới 30% (như chỉ tiêu 2.2 và 3.3)."],
  tieuChi: [
    { id: "1", ten: "Tiêu chí về điều kiện để xây dựng Đơn vị học tập" },
    { id: "2", ten: "Tiêu chí về kết quả học tập của các thành viên" },
    { id: "3", ten: "Tiêu chí đánh giá hiệu quả, tác động của xây dựng Đơn vị học tập" },
  ],
  chiTieu: CHI_TIEU_TT22,
  chamDiem: {
    // “a) Loại tốt: Tổng số điểm đạt được từ 85 điểm đến 100 điểm; b) Loại khá: … từ 70 điểm đến dưới 85 điểm;
    // c) Loại trung bình: … từ 50 điểm đến dưới 70 điểm; d) Loại chưa đạt: Các trường hợp còn lại.” (mục III.2)
    xepLoai: [
      { ma: "tot", ten: "Tốt", tu: 85, trangThai: "muc-do-2" },
      { ma: "kha", ten: "Khá", tu: 70, trangThai: "muc-do-1" },
      { ma: "trung-binh", ten: "Trung bình", tu: 50, trangThai: "muc-do-1" },
      { ma: "chua-dat", ten: "Chưa đạt", tu: 0, trangThai: "khong-dat" },
    ],
    // “Tổng số điểm tối đa cho các tiêu chí là 100 điểm.” (mục III.1)
    diemToiDa: 100,
    canCu: `${NGUON}, mục III (Đánh giá, xếp loại Đơn vị học tập) và Phụ lục`,
    goiY: GOI_Y,
  },
};
