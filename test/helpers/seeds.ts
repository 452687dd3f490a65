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
  dieuKien:
    "Đơn vị được công nhận đạt “Đơn vị học tập” cấp huyện, “Đơn vị học tập cấp thành phố” mức độ 1 hoặc mức độ 2 khi đạt đầy đủ các tiêu chí, chỉ tiêu được quy định tại Kế hoạch này.",
} as const;

export const SEED_001 = {
  nguon: "Seed 001: mẫu Bản tổng hợp cấp huyện",
  tongHop: "III/ TỔNG HỢP\n\t- Tổng số chỉ tiêu:……………………………..…",
  tc2ct1: "1. Tối thiểu 90% (mức độ 1); 95% (mức độ 2) Thành viên trong đơn vị tuân thủ kỷ luật lao động",
} as const;
