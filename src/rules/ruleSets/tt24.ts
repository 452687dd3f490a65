/**
 * Thông tư 24/2023/TT-BGDĐT: the indicators of “Đơn vị học tập” cấp huyện and cấp tỉnh as data.
 * Texts and numbers are quoted from seed 000 (Kế hoạch của UBND thành phố Hà Nội triển khai TT 24, mục IV),
 * which reproduces the Thông tư; seed 001 (Thạch Hà) writes the same thresholds as “90% (mức độ 1); 95% (mức độ 2)”.
 * Seed 000 writes cấp tỉnh as “cấp thành phố” (Hà Nội); the texts here say “cấp tỉnh”. Where a level's words differ
 * from mức độ 1 beyond the threshold, `noiDungMucDo` holds both, verbatim, with how the tool reads them. Two slips of
 * the seed are not copied: “4725/QĐ- BGDĐT” (its own evidence table writes 4725/QĐ-BGDĐT) and “Khen thưởn g”.
 * `minhChungGoiY` is the evidence of seed 000's “HƯỚNG DẪN THU THẬP VÀ SẮP XẾP MINH CHỨNG”, line by line.
 */
import { LICH } from "../calendar";
import { LOAI_CO_SO_GIAO_DUC, TEN_CAP } from "../labels";
import { LOAI_DON_VI, type ChiTieuDef, type LoaiDonVi, type NguongMucDo, type NoiDungTheoMucDo, type PhamViApDung, type RuleSet } from "../types";

type Cap = "huyen" | "tinh";

const TAT_CA: PhamViApDung = { loai: LOAI_DON_VI };

/** Sections of seed 000 that hold mức độ 1 and mức độ 2 of each cấp. */
const MUC_KE_HOACH: Record<Cap, { mucDo1: string; mucDo2: string }> = {
  huyen: { mucDo1: "IV.1.1", mucDo2: "IV.1.2" },
  tinh: { mucDo1: "IV.2.1", mucDo2: "IV.2.2" },
};

function canCu(cap: Cap, viTri: string): string {
  const muc = MUC_KE_HOACH[cap];
  return `Thông tư 24/2023/TT-BGDĐT; Kế hoạch của UBND TP Hà Nội, mục ${muc.mucDo1} (mức độ 1) và ${muc.mucDo2} (mức độ 2), ${viTri}`;
}

/** The five thresholds of TT 24, each once: 90/95 for most member indicators, 50/70 for languages, 95/97 for learners. */
const NGUONG_THANH_VIEN = { mucDo1: 90, mucDo2: 95 } as const;
const NGUONG_NGOAI_NGU = { mucDo1: 50, mucDo2: 70 } as const;
const NGUONG_NGUOI_HOC = { mucDo1: 95, mucDo2: 97 } as const;

function nguong(so: { mucDo1: number; mucDo2: number }, cap: Cap, viTri: string): NguongMucDo {
  return { ...so, canCu: canCu(cap, viTri) };
}

const DON_VI_NHA_NUOC: PhamViApDung = {
  // “đối với đơn vị là cơ quan, đơn vị sự nghiệp công lập của nhà nước” (seed 000, Tiêu chí 1, Chỉ tiêu 3):
  // state bodies always; service and education units only when public.
  loai: ["co-quan", "su-nghiep", ...LOAI_CO_SO_GIAO_DUC],
  chiCongLap: ["su-nghiep", ...LOAI_CO_SO_GIAO_DUC],
};

const TRU_KINH_TE: PhamViApDung = { loai: LOAI_DON_VI.filter((l) => l !== "kinh-te") };

function chiLoai(...loai: LoaiDonVi[]): PhamViApDung {
  return { loai };
}

const CAU_MAM_NON_1_2 =
  " Đơn vị cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non công lập tham gia thực hiện tập huấn, bồi dưỡng nâng cao chuyên môn nghiệp vụ, hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn theo quy định.";
const CAU_MAM_NON_3_2 =
  " Đơn vị cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non công lập có thực hiện hoặc phối hợp thực hiện tập huấn, bồi dưỡng nâng cao chuyên môn nghiệp vụ, hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn theo quy định.";

/** “… ở “mức đáp ứng cơ bản” (mức độ 1) / “mức đáp ứng tốt” (mức độ 2) theo Quyết định …”: the two levels of a digital indicator. */
function mucCds(dau: string, sau1: string, sau2 = sau1): NoiDungTheoMucDo {
  return {
    mucDo1: `${dau} đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” theo ${sau1}`,
    mucDo2: `${dau} đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng tốt” theo ${sau2}`,
    cachDoc:
      "Mức độ 1 cần “mức đáp ứng cơ bản”, mức độ 2 cần “mức đáp ứng tốt”. Sổ đọc mức chuyển đổi số đơn vị đã được công nhận: đáp ứng tốt là Đạt mức độ 2, đáp ứng cơ bản là Đạt mức độ 1, chưa đạt là Không đạt.",
  };
}

const QD_4725 = "Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.";

/** Seed 000 “HƯỚNG DẪN THU THẬP VÀ SẮP XẾP MINH CHỨNG”, Tiêu chí 3, Chỉ tiêu 4 (phổ thông and đại học alike). */
const MC_CDS = ["- Các minh chứng theo bộ chỉ số của Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo;", "- Quyết định công nhận mức độ chuyển đổi số của cơ quan quản lý cấp trên"];
const MC_KIEM_DINH = "Quyết định/ Giấy chứng nhận kiểm định chất lượng giáo dục";

function chiTieuTt24(cap: Cap): ChiTieuDef[] {
  const dv = `Đơn vị ${TEN_CAP[cap]}`;
  const mamNon = (cau: string) => (cap === "huyen" ? cau : "");
  const dong = (...lines: (string | false)[]) => lines.filter((l): l is string => l !== false).join("\n");
  const huyen = cap === "huyen";
  const cap324 = TEN_CAP[cap];
  const chung: ChiTieuDef[] = [
    {
      id: "1.1", tieuChi: "1", kieu: "dat", apDung: TAT_CA,
      noiDungNgan: "Ban hành và thực hiện kế hoạch học tập hằng năm",
      noiDung: "Ban hành kế hoạch hằng năm cho thành viên trong đơn vị được học tập thường xuyên, tổ chức triển khai, thực hiện kế hoạch.",
      canCu: canCu(cap, "Tiêu chí 1, Chỉ tiêu 1"),
      minhChungGoiY: dong("- Kế hoạch học tập, bồi dưỡng thường xuyên của đơn vị;", "- Hình ảnh, tài liệu, học liệu, bài giảng…"),
    },
    {
      id: "1.2", tieuChi: "1", kieu: "dat", apDung: TAT_CA,
      noiDungNgan: "Chế độ đào tạo, bồi dưỡng và quy định khuyến khích học tập",
      noiDung:
        "Thực hiện đầy đủ các chế độ về đào tạo, bồi dưỡng theo quy định hiện hành, có quy định của đơn vị nhằm khuyến khích, động viên thành viên trong đơn vị tích cực học tập." +
        mamNon(CAU_MAM_NON_1_2),
      canCu: canCu(cap, "Tiêu chí 1, Chỉ tiêu 2"),
      minhChungGoiY: dong(
        "Các văn bản có quy định cụ thể của đơn vị nhằm động viên các thành viên học tập (học phí, phương tiện, động viên, khen thưởng...)",
        huyen &&
          "Kế hoạch về việc tổ chức tập huấn, bồi dưỡng chuyên môn nghiệp vụ, hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn; Chương trình; Giấy mời; Danh sách GV dự tập huấn, ….",
      ),
    },
    {
      id: "1.3", tieuChi: "1", kieu: "dat", apDung: DON_VI_NHA_NUOC,
      noiDungNgan: "Bố trí đủ kinh phí ngân sách cho đào tạo, bồi dưỡng",
      noiDung:
        "Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm để thực hiện công tác đào tạo, bồi dưỡng đối với thành viên trong đơn vị (đối với đơn vị là cơ quan, đơn vị sự nghiệp công lập của nhà nước).",
      canCu: canCu(cap, "Tiêu chí 1, Chỉ tiêu 3"),
      minhChungGoiY: dong(
        "- Nguồn lực tài chính;",
        "- Cơ sở vật chất, trang thiết bị và các điều kiện khác phục vụ học tập, bồi dưỡng.",
        "- Các văn bản, minh chứng về việc chi kinh phí cho công tác đào tạo, bồi dưỡng…",
      ),
    },
    {
      id: "1.4", tieuChi: "1", kieu: "dat", apDung: TAT_CA,
      noiDungNgan: "Triển khai chuyển đổi số, trang bị thiết bị học tập",
      noiDung: `${dv} triển khai chuyển đổi số, các thành viên trong đơn vị được trang bị các dụng cụ, thiết bị học tập đáp ứng nhu cầu làm việc và học tập trong bối cảnh chuyển đổi số.`,
      canCu: canCu(cap, "Tiêu chí 1, Chỉ tiêu 4"),
      minhChungGoiY:
        "Các văn bản chỉ đạo; kế hoạch; hợp đồng mua sắm trang thiết bị … liên quan đến công tác chuyển đổi số; hình ảnh phòng làm việc có trang bị máy tính, thiết bị CNTT…",
    },
    {
      id: "1.5", tieuChi: "1", kieu: "dat", apDung: TAT_CA,
      noiDungNgan: "Tham gia hoạt động học tập suốt đời cho người dân",
      noiDung: "Tham gia các hoạt động phục vụ việc học tập suốt đời cho người dân.",
      canCu: canCu(cap, "Tiêu chí 1, Chỉ tiêu 5"),
      minhChungGoiY: dong(
        "- Các văn bản chỉ đạo; Kế hoạch; Chương trình, hình ảnh… tổ chức Tuần lễ hưởng ứng học tập suốt đời…",
        "- Tham gia tổ chức hoặc phối hợp tổ chức các chuyên đề, lớp học tại trung tâm học tập cộng đồng.",
        "- Tham gia tổ chức hoặc trực tiếp giảng dạy các chương trình xóa mù chữ, chương trình giáo dục thường xuyên đáp ứng yêu cầu người học.",
        "- Biên soạn, cung cấp, hỗ trợ tài liệu phục vụ việc học tập suốt đời …",
      ),
    },
    {
      id: "2.1", tieuChi: "2", kieu: "ty-le", cotDanhSach: "Kỷ luật lao động", apDung: TAT_CA,
      nguong: nguong(NGUONG_THANH_VIEN, cap, "Tiêu chí 2, Chỉ tiêu 1"),
      noiDungNgan: "Thành viên tuân thủ kỷ luật lao động, nội quy",
      noiDung:
        "Thành viên trong đơn vị tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị, có tinh thần đoàn kết, hợp tác, chia sẻ và trao đổi.",
      canCu: canCu(cap, "Tiêu chí 2, Chỉ tiêu 1"),
      minhChungGoiY: dong(
        "- Bảng chấm công của đơn vị;",
        "- Kết quả đánh giá, xếp loại cán bộ, công chức, viên chức hàng năm;",
        "- Văn bản thể hiện tinh thần hợp tác, chia sẻ, trao đổi…. (nếu có)",
        "- Các loại Giấy khen, Bằng khen và hình thức khen thưởng khác đối với tập thể, cá nhân trong đơn vị.",
      ),
    },
    {
      id: "2.2", tieuChi: "2", kieu: "ty-le", cotDanhSach: "Hoàn thành bồi dưỡng", apDung: TAT_CA,
      nguong: nguong(NGUONG_THANH_VIEN, cap, "Tiêu chí 2, Chỉ tiêu 2"),
      noiDungNgan: "Thành viên hoàn thành chương trình học tập, bồi dưỡng",
      noiDung:
        "Thành viên trong đơn vị hoàn thành đầy đủ các chương trình học tập, bồi dưỡng theo quy định của nhà nước hoặc của đơn vị và đoàn thể được lãnh đạo đơn vị phê duyệt.",
      canCu: canCu(cap, "Tiêu chí 2, Chỉ tiêu 2"),
      minhChungGoiY:
        "Xác nhận của đơn vị đối với các thành viên đã hoàn thành nhiệm vụ học tập, bồi dưỡng theo quy định kèm theo chương trình học tập, bồi dưỡng; văn bằng, chứng chỉ, chứng nhận hoàn thành khóa học; Giấy mời, Công văn cử đi học…",
    },
    {
      id: "2.3", tieuChi: "2", kieu: "ty-le", cotDanhSach: "Chuyển đổi số", apDung: TAT_CA,
      nguong: nguong(NGUONG_THANH_VIEN, cap, "Tiêu chí 2, Chỉ tiêu 3"),
      noiDungNgan: "Thành viên được bồi dưỡng, tham gia chuyển đổi số",
      noiDung: "Thành viên trong đơn vị được đào tạo, bồi dưỡng và tham gia thực hiện chuyển đổi số trong đơn vị.",
      canCu: canCu(cap, "Tiêu chí 2, Chỉ tiêu 3"),
      minhChungGoiY: "Kế hoạch chuyển đổi số của đơn vị; danh sách cán bộ được đào tạo/tập huấn/thực hiện chuyển đổi số…",
    },
    {
      id: "2.4", tieuChi: "2", kieu: "ty-le", cotDanhSach: "Ngoại ngữ", apDung: TRU_KINH_TE,
      nguong: nguong(NGUONG_NGOAI_NGU, cap, "Tiêu chí 2, Chỉ tiêu 4"),
      noiDungNgan: "Thành viên có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số",
      noiDung:
        "Thành viên trong đơn vị có chứng nhận hoặc chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc hoặc vị trí việc làm (không bao gồm thành viên trong đơn vị là tổ chức kinh tế).",
      canCu: canCu(cap, "Tiêu chí 2, Chỉ tiêu 4"),
      noiDungMucDo: {
        mucDo1: `Tối thiểu ${NGUONG_NGOAI_NGU.mucDo1}% thành viên trong đơn vị có chứng nhận hoặc chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc hoặc vị trí việc làm (không bao gồm thành viên trong đơn vị là tổ chức kinh tế).`,
        mucDo2: `Tối thiểu ${NGUONG_NGOAI_NGU.mucDo2}% thành viên trong đơn vị có trình độ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc hoặc vị trí việc làm (không bao gồm thành viên trong đơn vị là tổ chức kinh tế).`,
        cachDoc: `Mức độ 1 ghi “có chứng nhận hoặc chứng chỉ ngoại ngữ”, mức độ 2 ghi “có trình độ ngoại ngữ”. Sổ đếm một cột “Ngoại ngữ” cho cả hai mức: ghi “Có” cho thành viên có chứng nhận, chứng chỉ hoặc trình độ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc hoặc vị trí việc làm; hai mức chỉ khác ngưỡng (${NGUONG_NGOAI_NGU.mucDo1}% và ${NGUONG_NGOAI_NGU.mucDo2}%).`,
      },
      minhChungGoiY:
        "- Danh sách trích ngang đội ngũ nhân sự toàn đơn vị trong đó có thông tin về văn bằng, chứng chỉ ngoại ngữ của các cá nhân được lãnh đạo đơn vị ký, xác nhận; bản photo các văn bằng, chứng chỉ…",
    },
    {
      id: "2.5", tieuChi: "2", kieu: "ty-le", cotDanhSach: "Lao động tiên tiến", apDung: TAT_CA,
      nguong: nguong(NGUONG_THANH_VIEN, cap, "Tiêu chí 2, Chỉ tiêu 5"),
      noiDungNgan: "Thành viên đạt danh hiệu “Lao động tiên tiến” trở lên",
      noiDung:
        "Thành viên trong đơn vị đạt danh hiệu “Lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.",
      canCu: canCu(cap, "Tiêu chí 2, Chỉ tiêu 5"),
      minhChungGoiY: "Quyết định công nhận danh hiệu thi đua và khen thưởng hàng năm của thủ trưởng đơn vị và lãnh đạo cấp trên; bằng khen, giấy khen…",
    },
    {
      id: "3.1", tieuChi: "3", kieu: "ty-le", cotDanhSach: "Công dân học tập", apDung: TAT_CA,
      nguong: nguong(NGUONG_THANH_VIEN, cap, "Tiêu chí 3, Chỉ tiêu 1 (thành viên)"),
      nguoiHoc: {
        apDung: { loai: LOAI_CO_SO_GIAO_DUC },
        nguong: nguong(NGUONG_NGUOI_HOC, cap, "Tiêu chí 3, Chỉ tiêu 1 (người học của cơ sở giáo dục)"),
      },
      noiDungNgan: "Thành viên (và người học) đạt danh hiệu “Công dân học tập”",
      noiDung:
        "Thành viên trong đơn vị đạt danh hiệu “Công dân học tập” theo Bộ tiêu chí và hướng dẫn đánh giá, công nhận “Công dân học tập” giai đoạn 2021-2030 (Quyết định số 324/QĐ-KHVN ngày 25/10/2023 của Ban chấp hành Trung ương Hội Khuyến học Việt Nam). Đối với đơn vị là cơ sở giáo dục: người học đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.",
      canCu: canCu(cap, "Tiêu chí 3, Chỉ tiêu 1"),
      noiDungMucDo: {
        mucDo1: huyen
          ? `Tối thiểu ${NGUONG_THANH_VIEN.mucDo1}% thành viên trong đơn vị đạt danh hiệu “Công dân học tập” theo Bộ tiêu chí và hướng dẫn đánh giá, công nhận “Công dân học tập” giai đoạn 2021-2030 (ban hành tại Quyết định số 324/QĐ-KHVN ngày 25/10/2023 của Ban chấp hành Trung ương Hội Khuyến học Việt Nam, sau đây gọi là Quyết định số 324/QĐ-KHVN). Đối với đơn vị là cơ sở giáo dục đánh giá, công nhận ở cấp huyện tối thiểu ${NGUONG_NGUOI_HOC.mucDo1}% người học đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.`
          : `Tối thiểu ${NGUONG_THANH_VIEN.mucDo1}% thành viên trong đơn vị đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN. Đối với Đơn vị ${cap324} là cơ sở giáo dục đánh giá, công nhận ${cap324} tối thiểu ${NGUONG_NGUOI_HOC.mucDo1}% người học đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.`,
        mucDo2: `Tối thiểu ${NGUONG_THANH_VIEN.mucDo2}% thành viên trong đơn vị đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN. Đối với Đơn vị ${cap324} là cơ sở giáo dục đánh giá, công nhận ở ${cap324} tối thiểu ${NGUONG_NGUOI_HOC.mucDo2}% người học đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN.`,
        cachDoc: `Hai mức viết khác nhau nhưng hỏi cùng một điều: thành viên (cột “Công dân học tập”) và, với cơ sở giáo dục, người học đạt danh hiệu “Công dân học tập” theo Quyết định số 324/QĐ-KHVN. Sổ đếm như nhau ở hai mức, chỉ khác ngưỡng: thành viên ${NGUONG_THANH_VIEN.mucDo1}% / ${NGUONG_THANH_VIEN.mucDo2}%, người học ${NGUONG_NGUOI_HOC.mucDo1}% / ${NGUONG_NGUOI_HOC.mucDo2}%; cơ sở giáo dục phải đạt cả hai phần.`,
      },
      minhChungGoiY: "Quyết định công nhận “Công dân học tập” của các thành viên trong đơn vị",
    },
    {
      id: "3.2", tieuChi: "3", kieu: "dat", apDung: TAT_CA,
      noiDungNgan: "Tạo lập môi trường học tập, chia sẻ tri thức",
      noiDung: `${dv} thực hiện các hoạt động tạo lập môi trường học tập và chia sẻ tri thức với các đơn vị khác.` + mamNon(CAU_MAM_NON_3_2),
      canCu: canCu(cap, "Tiêu chí 3, Chỉ tiêu 2"),
      minhChungGoiY: dong(
        "- Các văn bản chỉ đạo, kế hoạch, giấy mời, hình ảnh… thể hiện việc tạo lập môi trường học tập, giao lưu, chia sẻ tri thức/chuyên môn với các đơn vị khác.",
        "- Các văn bản chỉ đạo, kế hoạch, giấy mời, hình ảnh, danh sách… tổ chức thực hiện hoặc tham gia các hoạt động chuyên môn của cụm.",
        "- Đường link bài giảng, tài liệu, học liệu được chia sẻ trên môi trường số….",
        huyen && "Xác nhận của các cơ sở giáo dục mầm non dân lập, tư thục trên địa bàn đối với các thành viên tham gia tập huấn, bồi dưỡng…",
      ),
    },
    {
      id: "3.3", tieuChi: "3", kieu: "dat", apDung: TAT_CA,
      noiDungNgan: "Đơn vị đạt danh hiệu “Tập thể lao động tiên tiến” trở lên",
      noiDung: `${dv} đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.`,
      canCu: canCu(cap, "Tiêu chí 3, Chỉ tiêu 3"),
      ...(huyen
        ? {
            noiDungMucDo: {
              mucDo1: `${dv} đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.`,
              mucDo2: `${dv} là cơ quan, đơn vị sự nghiệp công lập đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.`,
              // Truthful to evaluate.ts: a yes/no indicator that holds is “Đạt mức độ 2”, for every unit type.
              cachDoc:
                "Mức độ 2 ghi “Đơn vị cấp huyện là cơ quan, đơn vị sự nghiệp công lập đạt danh hiệu …”. Sổ hiện đánh giá chỉ tiêu này như nhau ở hai mức và cho mọi loại đơn vị: đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” trở lên (ô “Có” và có minh chứng) là Đạt mức độ 2, không đạt là Không đạt. Cụm “là cơ quan, đơn vị sự nghiệp công lập” chưa được dùng để giới hạn mức độ 2: doanh nghiệp, tổ chức xã hội, trường ngoài công lập đạt danh hiệu cũng được Đạt mức độ 2 ở chỉ tiêu này.",
            },
          }
        : {}),
      minhChungGoiY: "Quyết định công nhận danh hiệu thi đua, khen thưởng; bằng khen, giấy khen…",
    },
  ];
  return chung.concat(cap === "huyen" ? chiTieuRiengHuyen() : chiTieuRiengTinh());
}

const KIEM_DINH_GDNN = "đạt kiểm định chất lượng giáo dục nghề nghiệp theo quy định hiện hành.";

function chiTieuRiengHuyen(): ChiTieuDef[] {
  return [
    {
      id: "3.4", tieuChi: "3", kieu: "muc-cds", mucDo1: "co-ban", mucDo2: "tot", apDung: chiLoai("pho-thong", "thpt"),
      noiDungNgan: "Mức chuyển đổi số của cơ sở giáo dục phổ thông (QĐ 4725/QĐ-BGDĐT)",
      noiDung:
        "Đơn vị cấp huyện là cơ sở giáo dục phổ thông đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” (mức độ 1), “mức đáp ứng tốt” (mức độ 2) theo Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.",
      canCu: canCu("huyen", "Tiêu chí 3, Chỉ tiêu 4"),
      noiDungMucDo: mucCds("Đơn vị cấp huyện là cơ sở giáo dục phổ thông", QD_4725),
      minhChungGoiY: MC_CDS.join("\n"),
    },
    {
      id: "3.5", tieuChi: "3", kieu: "dat", apDung: chiLoai("gdnn"),
      noiDungNgan: "Kiểm định chất lượng giáo dục nghề nghiệp",
      noiDung: `Đơn vị cấp huyện là cơ sở giáo dục nghề nghiệp ${KIEM_DINH_GDNN}`,
      canCu: canCu("huyen", "Tiêu chí 3, Chỉ tiêu 5"),
      minhChungGoiY: MC_KIEM_DINH,
    },
  ];
}

function chiTieuRiengTinh(): ChiTieuDef[] {
  return [
    {
      id: "3.4", tieuChi: "3", kieu: "muc-cds", mucDo1: "co-ban", mucDo2: "tot", apDung: chiLoai("thpt"),
      noiDungNgan: "Mức chuyển đổi số của trường THPT (QĐ 4725/QĐ-BGDĐT)",
      noiDung:
        "Đơn vị cấp tỉnh là trường trung học phổ thông, trường phổ thông có nhiều cấp học (trong đó có cấp học cao nhất là trung học phổ thông) đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” (mức độ 1), “mức đáp ứng tốt” (mức độ 2) theo Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.",
      canCu: canCu("tinh", "Tiêu chí 3, Chỉ tiêu 4"),
      noiDungMucDo: mucCds(
        "Đơn vị cấp tỉnh là trường trung học phổ thông, trường phổ thông có nhiều cấp học (trong đó có cấp học cao nhất là trung học phổ thông)",
        QD_4725,
      ),
      minhChungGoiY: MC_CDS.join("\n"),
    },
    {
      id: "3.5", tieuChi: "3", kieu: "muc-cds", mucDo1: "co-ban", mucDo2: "tot", apDung: chiLoai("dai-hoc"),
      noiDungNgan: "Mức chuyển đổi số của cơ sở giáo dục đại học (QĐ 4740/QĐ-BGDĐT)",
      noiDung:
        "Đơn vị cấp tỉnh là cơ sở giáo dục đại học đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” (mức độ 1), “mức đáp ứng tốt” (mức độ 2) theo Quyết định số 4740/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.",
      canCu: canCu("tinh", "Tiêu chí 3, Chỉ tiêu 5"),
      noiDungMucDo: mucCds(
        "Đơn vị cấp tỉnh là cơ sở giáo dục đại học",
        "Quyết định số 4740/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.",
        "Quyết định số 4740/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.",
      ),
      // The seed's evidence for digital levels names the bộ chỉ số of QĐ 4725 (schools); a university's is QĐ 4740:
      // only the line that holds for both is kept.
      minhChungGoiY: MC_CDS[1],
    },
    {
      id: "3.6", tieuChi: "3", kieu: "dat", apDung: chiLoai("gdnn"),
      noiDungNgan: "Kiểm định chất lượng giáo dục nghề nghiệp",
      noiDung: `Đơn vị cấp tỉnh là cơ sở giáo dục nghề nghiệp ${KIEM_DINH_GDNN}`,
      canCu: canCu("tinh", "Tiêu chí 3, Chỉ tiêu 6"),
      minhChungGoiY: MC_KIEM_DINH,
    },
  ];
}

const TIEU_CHI_TT24 = [
  { id: "1", ten: "Về điều kiện xây dựng “Đơn vị học tập”" },
  { id: "2", ten: "Về kết quả học tập của thành viên trong đơn vị" },
  { id: "3", ten: "Tác dụng của việc xây dựng “Đơn vị học tập”" },
] as const;

const VAN_BAN_TT24 =
  "Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 của Bộ Giáo dục và Đào tạo quy định về việc đánh giá, công nhận “Đơn vị học tập” cấp huyện, tỉnh";

export const TT24_HUYEN: RuleSet = {
  id: "tt24-huyen",
  ten: "“Đơn vị học tập” cấp huyện (Thông tư 24/2023/TT-BGDĐT)",
  tenNgan: "“Đơn vị học tập” cấp huyện",
  cap: "huyen",
  vanBan: VAN_BAN_TT24,
  phienBan: "tt24-huyen/1",
  lich: LICH,
  tieuChi: TIEU_CHI_TT24,
  chiTieu: chiTieuTt24("huyen"),
};

export const TT24_TINH: RuleSet = {
  id: "tt24-tinh",
  ten: "“Đơn vị học tập” cấp tỉnh (Thông tư 24/2023/TT-BGDĐT)",
  tenNgan: "“Đơn vị học tập” cấp tỉnh",
  cap: "tinh",
  vanBan: VAN_BAN_TT24,
  phienBan: "tt24-tinh/1",
  lich: LICH,
  tieuChi: TIEU_CHI_TT24,
  chiTieu: chiTieuTt24("tinh"),
};
