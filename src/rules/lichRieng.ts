/**
 * A province's own deadlines (`dvht tong-hop --lich <tệp.json>`): a Phòng/Sở may set the dossier's deadline and the
 * council's own dates for its province (seed 003, Buôn Hồ: “Trước ngày 05/12 hàng năm … gửi kết quả tự đánh giá”;
 * seed 004, Ninh Bình: “chậm nhất là ngày 25 tháng 01 hàng năm”). Only deadlines: the years a recognition is kept and
 * the months before mức 2 are the rule set's (TT 24/2023), not a province's.
 */
import { laNgayThat, type HanNam, type Lich } from "./calendar";

export type LichRieng = Partial<Pick<Lich, "hanNop" | "hanNopBaoGom" | "hanCongNhan" | "hanBaoCaoSo">>;

const TRUONG_HAN = ["hanNop", "hanCongNhan", "hanBaoCaoSo"] as const;
const MO_TA: Record<string, string> = {
  hanNop: "hạn đơn vị nộp hồ sơ",
  hanNopBaoGom: "hạn nộp tính cả ngày hạn (true: “chậm nhất ngày …”, false: “trước ngày …”)",
  hanCongNhan: "hạn ra quyết định công nhận",
  hanBaoCaoSo: "hạn Phòng báo cáo Sở",
};

export const THONG_BAO_LICH = {
  khongPhaiDoiTuong: (tep: string) => `${tep}: lịch phải là một đối tượng JSON, ví dụ {"hanNop": {"ngay": 5, "thang": 12, "namSau": false}}`,
  jsonSai: (tep: string, loi: string) => `${tep}: không đọc được JSON (${loi})`,
  truongLa: (truong: string) => `“${truong}” không phải trường của lịch; các trường: ${[...TRUONG_HAN, "hanNopBaoGom"].map((t) => `${t} (${MO_TA[t]})`).join(", ")}`,
  hanSai: (truong: string) => `“${truong}” (${MO_TA[truong]}) phải có dạng {"ngay": 1–31, "thang": 1–12, "namSau": true|false} (namSau: hạn ở năm sau năm đánh giá, mặc định true)`,
  ngayKhongCo: (truong: string, ngay: number, thang: number) => `“${truong}”: ngày ${ngay}/${thang} không có trong năm`,
  boolSai: (truong: string) => `“${truong}” phải là true hoặc false`,
};

/** The province's deadlines from parsed JSON, or every problem, each naming its field. */
export function kiemTraLichRieng(x: unknown): { lich: LichRieng } | { loi: string[] } {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return { loi: [THONG_BAO_LICH.khongPhaiDoiTuong("lịch")] };
  const loi: string[] = [];
  const lich: { -readonly [K in keyof LichRieng]: LichRieng[K] } = {};
  for (const [k, v] of Object.entries(x)) {
    if (k === "hanNopBaoGom") {
      if (typeof v === "boolean") lich.hanNopBaoGom = v;
      else loi.push(THONG_BAO_LICH.boolSai(k));
    } else if ((TRUONG_HAN as readonly string[]).includes(k)) {
      const h = docHan(k, v, loi);
      if (h) lich[k as (typeof TRUONG_HAN)[number]] = h;
    } else loi.push(THONG_BAO_LICH.truongLa(k));
  }
  return loi.length ? { loi } : { lich };
}

function docHan(truong: string, v: unknown, loi: string[]): HanNam | undefined {
  const o = v as Record<string, unknown>;
  const khoaLa = typeof v === "object" && v !== null && !Array.isArray(v) ? Object.keys(o).filter((k) => !["ngay", "thang", "namSau"].includes(k)) : ["?"];
  if (khoaLa.length || !Number.isInteger(o.ngay) || !Number.isInteger(o.thang) || (o.namSau !== undefined && typeof o.namSau !== "boolean")) {
    loi.push(THONG_BAO_LICH.hanSai(truong));
    return undefined;
  }
  const ngay = o.ngay as number;
  const thang = o.thang as number;
  // 29/02 is a deadline only in leap years: checked against one.
  if (!laNgayThat({ nam: 2024, thang, ngay })) {
    loi.push(THONG_BAO_LICH.ngayKhongCo(truong, ngay, thang));
    return undefined;
  }
  return { ngay, thang, ...(o.namSau !== undefined ? { namSau: o.namSau as boolean } : {}) };
}

/** A rule set's calendar with the province's deadlines over it. */
export function apDungLich(lich: Lich, rieng: LichRieng | undefined): Lich {
  return rieng ? { ...lich, ...rieng } : lich;
}
