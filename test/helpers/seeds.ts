/** Verbatim quotes from ../shared/seeds, so each rule's test names its legal source. */
export const SEED_000 = {
  nguon: "Seed 000: Kế hoạch UBND TP Hà Nội triển khai Thông tư 24/2023/TT-BGDĐT",
  tc2ct1m1: "a) Chỉ tiêu 1: Tối thiểu 90% thành viên trong đơn vị tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị",
  tc2ct1m2: "a) Chỉ tiêu 1: Tối thiểu 95% thành viên trong đơn vị tuân thủ kỷ luật lao động",
  tc2ct4m1: "d) Chỉ tiêu 4: Tối thiểu 50% thành viên trong đơn vị có chứng nhận hoặc chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc hoặc vị trí việc làm (không bao gồm thành viên trong đơn vị là tổ chức kinh tế)",
  tc2ct4m2: "d) Chỉ tiêu 4: Tối thiểu 70% thành viên trong đơn vị có trình độ ngoại ngữ hoặc tiếng dân tộc thiểu số",
  tc3ct1m1:
    "a) Chỉ tiêu 1: Tối thiểu 90% thành viên trong đơn vị đạt danh hiệu “Công dân học tập” … Đối với đơn vị là cơ sở giáo dục đánh giá, công nhận ở cấp huyện tối thiểu 95% người học đạt danh hiệu “Công dân học tập”",
  tc3ct1m2:
    "a) Chỉ tiêu 1: Tối thiểu 95% thành viên trong đơn vị đạt danh hiệu “Công dân học tập” … tối thiểu 97% người học đạt danh hiệu “Công dân học tập”",
  tc1ct3:
    "c) Chỉ tiêu 3: Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm để thực hiện công tác đào tạo, bồi dưỡng đối với thành viên trong đơn vị (đối với đơn vị là cơ quan, đơn vị sự nghiệp công lập của nhà nước).",
  tc3ct4Huyen:
    "d) Chỉ tiêu 4: Đơn vị cấp huyện là cơ sở giáo dục phổ thông đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” theo Quyết định số 4725/QĐ- BGDĐT",
  tc3ct5Huyen: "đ) Chỉ tiêu 5: Đơn vị cấp huyện là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp",
  tc3ct4Tinh:
    "d) Chỉ tiêu 4: Đơn vị cấp thành phố là trường trung học phổ thông, trường phổ thông có nhiều cấp học (trong đó có cấp học cao nhất là trung học phổ thông) đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” theo Quyết định số 4725/QĐ-BGDĐT",
  tc3ct5Tinh:
    "đ) Chỉ tiêu 5: Đơn vị cấp thành phố là cơ sở giáo dục đại học đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” theo Quyết định số 4740/QĐ- BGDĐT",
  tc3ct6Tinh: "e) Chỉ tiêu 6: Đơn vị cấp thành phố là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp",
  tc1Muc2: "Thực hiện đầy đủ các nội dung về điều kiện xây dựng “Đơn vị học tập” theo quy định cần đạt của mức độ 1.",
  minhChung: "Các tiêu chí, chỉ tiêu không có minh chứng phù hợp được đánh giá là  không đạt.",
  tieuChiDat: "Tiêu chí được đánh giá là  đạt  khi đơn vị đạt tất cả các chỉ tiêu của tiêu chí đó.",
  hoiDongCapHuyen: "Hội đồng đánh giá cấp huyện gồm có chủ tịch, thư ký và các ủy viên, số lượng ủy viên của hội đồng là số lẻ, tối thiểu là 05 người.",
  hoiDongCapTinh: "Hội đồng đánh giá cấp thành phố gồm: chủ tịch, thư ký và các ủy viên; số lượng ủy viên của hội đồng là số lẻ, tối thiểu là 05 người.",
  thanhPhanHuyen:
    "Thành phần Hội đồng gồm: đại diện cơ quan chuyên môn thuộc Ủy ban nhân dân cấp huyện; đại diện Hội khuyến học cấp huyện; đại diện tổ chức chính trị - xã hội cấp huyện;",
  yKienUyVien: "lấy ý kiến bằng văn bản của các ủy viên Hội đồng đánh giá cấp huyện",
  dieuKien:
    "Đơn vị được công nhận đạt “Đơn vị học tập” cấp huyện, “Đơn vị học tập cấp thành phố” mức độ 1 hoặc mức độ 2 khi đạt đầy đủ các tiêu chí, chỉ tiêu được quy định tại Kế hoạch này.",
} as const;

export const SEED_001 = {
  nguon: "Seed 001: mẫu Bản tổng hợp cấp huyện",
  tongHop: "III/ TỔNG HỢP\n\t- Tổng số chỉ tiêu:……………………………..…",
  tc2ct1: "1. Tối thiểu 90% (mức độ 1); 95% (mức độ 2) Thành viên trong đơn vị tuân thủ kỷ luật lao động",
} as const;

export const SEED_002 = {
  nguon: "Seed 002: Kế hoạch đánh giá “Đơn vị học tập” cấp huyện của UBND huyện Thạch Hà",
  chuTichHdDg: "+ Chủ tịch Hội đồng: Lãnh đạo Phòng Giáo dục và Đào tạo. + Thư ký: Chuyên viên phòng Giáo dục và Đào tạo.",
  thanhVienHdDg:
    "+ Các thành viên khác gồm: đại diện Phòng Nội vụ, đại diện Hội Khuyến học huyện, đại diện Liên đoàn Lao động huyện và có thêm một số thành viên khác. Số lượng thành viên là lẻ, tối thiểu là 05 người.",
  toTdg: "Thủ trưởng đơn vị ban hành Quyết định thành lập Tổ TĐG bao gồm tổ trưởng, thư ký và các thành viên; Tổ trưởng Tổ TĐG là lãnh đạo cơ quan, đơn vị.",
} as const;

export const SEED_004 = {
  nguon: "Seed 004: Hướng dẫn đánh giá, xếp loại Đơn vị học tập của UBND tỉnh Ninh Bình (Thông tư 22/2020/TT-BGDĐT)",
  tongDiem: "Tổng số điểm tối đa cho các tiêu chí là 100 điểm. Việc đánh giá phải căn cứ vào kết quả đạt được của từng tiêu chí, có minh chứng cụ thể",
  tot: "a) Loại tốt: Tổng số điểm đạt được từ 85 điểm đến 100 điểm;",
  kha: "b) Loại khá: Tổng số điểm đạt được từ 70 điểm đến dưới 85 điểm;",
  trungBinh: "c) Loại trung bình: Tổng số điểm đạt được từ 50 điểm đến dưới 70 điểm;",
  chuaDat: "d) Loại chưa đạt: Các trường hợp còn lại.",
  phanBien: "- Có tư duy phản biện, sáng tạo, tính chủ động và kỹ năng giải quyết vấn đề;",
  ct11: "- Đơn vị có xây dựng kế hoạch riêng: 10 điểm</li><li>- Có xây dựng kế hoạch nhưng lồng ghép trong kế hoạch công tác năm của đơn vị: 5 điểm</li><li>- Không xây dựng kế hoạch: 0 điểm",
  ct12: "- Có các quy định khải thi: 10 điểm.</li><li>- Không có qui định: 0 điểm",
  ct13: "- Có kinh phí hỗ trợ hoặc cơ sở vật chất, thiết bị: 05 điểm.</li><li>- Không hỗ trợ: 0 điểm",
  ct21: "- Đạt 100%: 10 điểm</li> <li>- Từ 75% đến dưới 100%: 7 điểm</li> <li>- Từ 50% đến dưới 75%: 5 điểm</li> <li>- Từ 20% đến dưới 50%: 2 điểm.</li> <li>- Dưới 20%: 0 điểm.",
  ct22: "- Đạt 100 %: 5 điểm.</li> <li>- Từ 75% đến dưới 100%: 3 điểm.</li> <li>- Từ 50% đến dưới 75%: 2 điểm.</li> <li>- Từ 30% đến dưới 50%: 1 điểm.</li> <li>- Dưới 30%: 0 điểm.",
  ct23: "- Đạt 100%: 10 điểm</li> <li>- Từ 75% đến dưới 100%: 7 điểm</li> <li>- Từ 50% đến dưới 75%: 5 điểm</li> <li>- Từ 30% đến dưới 50%: 2 điểm</li> <li>- Dưới 30%: 0 điểm",
  ct24: "- Đạt 100%: 5 điểm.</li> <li>- Từ 75% đến dưới 100%: 3 điểm.</li> <li>- Từ 50% đến dưới 75%: 2 điểm.</li> <li>- Từ 30% đến dưới 50%: 1 điểm.</li> <li>- Dưới 10%: 0 điểm.",
  ct31: "- Đạt 100 %: 25 điểm.</li> <li>- Từ 75% đến dưới 100%: 15 điểm.</li> <li>- Từ 50% đến dưới 75%: 10 điểm.</li> <li>- Từ 20% đến dưới 50%: 5 điểm.</li> <li>- Dưới 20%: 0 điểm.",
  ct32: "- Đạt danh hiệu “Tập thể lao động xuất sắc”: 10 điểm.</li> <li>- Đạt danh hiệu “Tập thể lao động tiên tiến”: 05 điểm</li> <li>- Không đạt danh hiệu “Tập thể lao động tiên tiến”: 0 điểm",
  ct33: "Mức độ tham gia của các thành viên 100% : 05 điểm.</p> <ul style=\"list-style-type: none\"> <li>-Từ 75% đến dưới 100%: 3 điểm.</li> <li>- Từ 50% đến dưới 75%: 2 điểm.</li> <li>- Từ 30% đến dưới 50%: 1 điểm.</li> <li>- Dưới 30%: 0 điểm.",
} as const;
