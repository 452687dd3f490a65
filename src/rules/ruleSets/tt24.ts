/**
 * Thông tư 24/2023/TT-BGDĐT: the indicators of “Đơn vị học tập” cấp huyện and cấp tỉnh as data.
 * Texts and numbers are quoted from seed 000 (Kế hoạch của UBND thành phố Hà Nội triển khai TT 24, mục IV),
 * which reproduces the Thông tư; seed 001 (Thạch Hà) writes the same thresholds as “90% (mức độ 1); 95% (mức độ 2)”.
 */
import { LICH } from "../calendar";
import { LOAI_CO_SO_GIAO_DUC, TEN_CAP } from "../labels";
import { LOAI_DON_VI, type ChiTieuDef, type LoaiDonVi, type NguongMucDo, type PhamViApDung, type RuleSet } from "../types";

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

function chiTieuTt24(cap: Cap): ChiTieuDef[] {
  const dv = `Đơn vị ${TEN_CAP[cap]}`;
  const mamNon = (cau: string) => (cap === "huyen" ? cau : "");
  const chung: ChiTieuDef[] = [
    {
      id: "1.1", tieuChi: "1", kieu: "dat", apDung: TAT_CA,
      noiDungNgan: "Ban hành và thực hiện kế hoạch học tập hằng năm",
      noiDung: "Ban hành kế hoạch hằng năm cho thành viên trong đơn vị được học tập thường xuyên, tổ chức triển khai, thực hiện kế hoạch.",
      canCu: canCu(cap, "Tiêu chí 1, Chỉ tiêu 1"),
    },
    {
      id: "1.2", tieuChi: "1", kieu: "dat", apDung: TAT_CA,
      noiDungNgan: "Chế độ đào tạo, bồi dưỡng và quy định khuyến khích học tập",
      noiDung:
        "Thực hiện đầy đủ các chế độ về đào tạo, bồi dưỡng theo quy định hiện hành, có quy định của đơn vị nhằm khuyến khích, động viên thành viên trong đơn vị tích cực học tập." +
        mamNon(CAU_MAM_NON_1_2),
      canCu: canCu(cap, "Tiêu chí 1, Chỉ tiêu 2"),
    },
    {
      id: "1.3", tieuChi: "1", kieu: "dat", apDung: DON_VI_NHA_NUOC,
      noiDungNgan: "Bố trí đủ kinh phí ngân sách cho đào tạo, bồi dưỡng",
      noiDung:
        "Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm để thực hiện công tác đào tạo, bồi dưỡng đối với thành viên trong đơn vị (đối với đơn vị là cơ quan, đơn vị sự nghiệp công lập của nhà nước).",
      canCu: canCu(cap, "Tiêu chí 1, Chỉ tiêu 3"),
    },
    {
      id: "1.4", tieuChi: "1", kieu: "dat", apDung: TAT_CA,
      noiDungNgan: "Triển khai chuyển đổi số, trang bị thiết bị học tập",
      noiDung: `${dv} triển khai chuyển đổi số, các thành viên trong đơn vị được trang bị các dụng cụ, thiết bị học tập đáp ứng nhu cầu làm việc và học tập trong bối cảnh chuyển đổi số.`,
      canCu: canCu(cap, "Tiêu chí 1, Chỉ tiêu 4"),
    },
    {
      id: "1.5", tieuChi: "1", kieu: "dat", apDung: TAT_CA,
      noiDungNgan: "Tham gia hoạt động học tập suốt đời cho người dân",
      noiDung: "Tham gia các hoạt động phục vụ việc học tập suốt đời cho người dân.",
      canCu: canCu(cap, "Tiêu chí 1, Chỉ tiêu 5"),
    },
    {
      id: "2.1", tieuChi: "2", kieu: "ty-le", cotDanhSach: "Kỷ luật lao động", apDung: TAT_CA,
      nguong: nguong(NGUONG_THANH_VIEN, cap, "Tiêu chí 2, Chỉ tiêu 1"),
      noiDungNgan: "Thành viên tuân thủ kỷ luật lao động, nội quy",
      noiDung:
        "Thành viên trong đơn vị tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị, có tinh thần đoàn kết, hợp tác, chia sẻ và trao đổi.",
      canCu: canCu(cap, "Tiêu chí 2, Chỉ tiêu 1"),
    },
    {
      id: "2.2", tieuChi: "2", kieu: "ty-le", cotDanhSach: "Hoàn thành bồi dưỡng", apDung: TAT_CA,
      nguong: nguong(NGUONG_THANH_VIEN, cap, "Tiêu chí 2, Chỉ tiêu 2"),
      noiDungNgan: "Thành viên hoàn thành chương trình học tập, bồi dưỡng",
      noiDung:
        "Thành viên trong đơn vị hoàn thành đầy đủ các chương trình học tập, bồi dưỡng theo quy định của nhà nước hoặc của đơn vị và đoàn thể được lãnh đạo đơn vị phê duyệt.",
      canCu: canCu(cap, "Tiêu chí 2, Chỉ tiêu 2"),
    },
    {
      id: "2.3", tieuChi: "2", kieu: "ty-le", cotDanhSach: "Chuyển đổi số", apDung: TAT_CA,
      nguong: nguong(NGUONG_THANH_VIEN, cap, "Tiêu chí 2, Chỉ tiêu 3"),
      noiDungNgan: "Thành viên được bồi dưỡng, tham gia chuyển đổi số",
      noiDung: "Thành viên trong đơn vị được đào tạo, bồi dưỡng và tham gia thực hiện chuyển đổi số trong đơn vị.",
      canCu: canCu(cap, "Tiêu chí 2, Chỉ tiêu 3"),
    },
    {
      id: "2.4", tieuChi: "2", kieu: "ty-le", cotDanhSach: "Ngoại ngữ", apDung: TRU_KINH_TE,
      nguong: nguong(NGUONG_NGOAI_NGU, cap, "Tiêu chí 2, Chỉ tiêu 4"),
      noiDungNgan: "Thành viên có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số",
      noiDung:
        "Thành viên trong đơn vị có chứng nhận hoặc chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc hoặc vị trí việc làm (không bao gồm thành viên trong đơn vị là tổ chức kinh tế).",
      canCu: canCu(cap, "Tiêu chí 2, Chỉ tiêu 4"),
    },
    {
      id: "2.5", tieuChi: "2", kieu: "ty-le", cotDanhSach: "Lao động tiên tiến", apDung: TAT_CA,
      nguong: nguong(NGUONG_THANH_VIEN, cap, "Tiêu chí 2, Chỉ tiêu 5"),
      noiDungNgan: "Thành viên đạt danh hiệu “Lao động tiên tiến” trở lên",
      noiDung:
        "Thành viên trong đơn vị đạt danh hiệu “Lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.",
      canCu: canCu(cap, "Tiêu chí 2, Chỉ tiêu 5"),
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
    },
    {
      id: "3.2", tieuChi: "3", kieu: "dat", apDung: TAT_CA,
      noiDungNgan: "Tạo lập môi trường học tập, chia sẻ tri thức",
      noiDung: `${dv} thực hiện các hoạt động tạo lập môi trường học tập và chia sẻ tri thức với các đơn vị khác.` + mamNon(CAU_MAM_NON_3_2),
      canCu: canCu(cap, "Tiêu chí 3, Chỉ tiêu 2"),
    },
    {
      id: "3.3", tieuChi: "3", kieu: "dat", apDung: TAT_CA,
      noiDungNgan: "Đơn vị đạt danh hiệu “Tập thể lao động tiên tiến” trở lên",
      noiDung: `${dv} đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.`,
      canCu: canCu(cap, "Tiêu chí 3, Chỉ tiêu 3"),
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
    },
    {
      id: "3.5", tieuChi: "3", kieu: "dat", apDung: chiLoai("gdnn"),
      noiDungNgan: "Kiểm định chất lượng giáo dục nghề nghiệp",
      noiDung: `Đơn vị cấp huyện là cơ sở giáo dục nghề nghiệp ${KIEM_DINH_GDNN}`,
      canCu: canCu("huyen", "Tiêu chí 3, Chỉ tiêu 5"),
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
    },
    {
      id: "3.5", tieuChi: "3", kieu: "muc-cds", mucDo1: "co-ban", mucDo2: "tot", apDung: chiLoai("dai-hoc"),
      noiDungNgan: "Mức chuyển đổi số của cơ sở giáo dục đại học (QĐ 4740/QĐ-BGDĐT)",
      noiDung:
        "Đơn vị cấp tỉnh là cơ sở giáo dục đại học đạt mức độ chuyển đổi số của đơn vị ở “mức đáp ứng cơ bản” (mức độ 1), “mức đáp ứng tốt” (mức độ 2) theo Quyết định số 4740/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.",
      canCu: canCu("tinh", "Tiêu chí 3, Chỉ tiêu 5"),
    },
    {
      id: "3.6", tieuChi: "3", kieu: "dat", apDung: chiLoai("gdnn"),
      noiDungNgan: "Kiểm định chất lượng giáo dục nghề nghiệp",
      noiDung: `Đơn vị cấp tỉnh là cơ sở giáo dục nghề nghiệp ${KIEM_DINH_GDNN}`,
      canCu: canCu("tinh", "Tiêu chí 3, Chỉ tiêu 6"),
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
