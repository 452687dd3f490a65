/**
 * One unit's line in the consolidated list, from its workbook opened once, and the columns of that list.
 * Browser-safe (hashing handed in): the CLI and the task pane consolidate with the same code.
 */
import {
  RULE_SETS,
  TEN_CAP,
  THONG_BAO_SO,
  XEP_LOAI,
  baoLuuDen,
  deNghiMucDo2Tu,
  evaluateHoSo,
  getRuleSet,
  ngayChu,
  trangThaiHanNop,
  type NgayThang,
} from "../rules";
import { hoSoTuTen } from "../template";
import type { Bam } from "../template";
import { kiemTraSoDaMo } from "./lockCheck";
import { LoiSo, moTaVanDe, type SoMo } from "./openWorkbook";

export interface DongTongHop {
  tep: string;
  ten: string;
  loai: string;
  cap: string;
  nam: number | null;
  tuDanhGia: string;
  hoiDong: string;
  tieuChi: string[];
  apDung: number;
  khongDat: number;
  mucDo1: number;
  mucDo2: number;
  chuaDu: number;
  soKhacBiet: number | null;
  chot: string;
  hanNop: string;
  baoLuuDen: string;
  /** Points-based rule sets only. */
  tongDiem: number | null;
  deNghiMucDo2: string;
}

/** A unit whose workbook has no council level yet. */
export const CHUA_THAM_DINH = "Chưa thẩm định";

export interface TepLoi {
  tep: string;
  lyDo: string;
}

const CHOT_CHU = { "chua-chot": "Chưa chốt", "bang-chot-bi-xoa": "Bảng chốt bị xóa hoặc đổi tên", "bang-chot-bi-sua": "Bảng chốt bị sửa", khop: "Đã chốt, khớp", "thay-doi": "Đã chốt, số liệu đã đổi" } as const;

export async function dongTuSo(so: SoMo, file: string, tenNgan: string, homNay: NgayThang, bam: Bam): Promise<DongTongHop | TepLoi> {
  try {
    const r = hoSoTuTen({ has: (t) => so.viTri.has(t), get: so.get }, tenNgan);
    if (!r.ok) {
      const v = r.vanDe[0];
      return { tep: file, lyDo: moTaVanDe(v, so.viTri) + (r.vanDe.length > 1 ? ` (và ${r.vanDe.length - 1} vấn đề khác)` : "") };
    }
    const k = evaluateHoSo(r.hoSo);
    const nam = r.hoSo.namDanhGia;
    const chot = await kiemTraSoDaMo(so, file, bam);
    const ruleSet = getRuleSet(r.hoSo.boTieuChi);
    return {
      tep: file,
      ten: r.hoSo.donVi.ten ?? "",
      loai: r.hoSo.donVi.loai,
      cap: TEN_CAP[ruleSet.cap],
      nam: nam ?? null,
      tuDanhGia: k.ketLuan.xepLoai,
      hoiDong: k.hoiDong ? k.hoiDong.ketLuan.xepLoai : CHUA_THAM_DINH,
      tieuChi: ruleSet.tieuChi.map((t) => k.tieuChi[t.id].xepLoai),
      apDung: k.tongHop.chiTieu.apDung,
      khongDat: k.tongHop.chiTieu.khongDat,
      mucDo1: k.tongHop.chiTieu.mucDo1,
      mucDo2: k.tongHop.chiTieu.mucDo2,
      chuaDu: k.tongHop.chiTieu.chuaDuDuLieu,
      soKhacBiet: k.hoiDong ? k.hoiDong.khacBiet.length : null,
      chot: CHOT_CHU[chot.trangThai],
      tongDiem: k.tongDiem ?? null,
      hanNop: trangThaiHanNop(nam, homNay, ruleSet.lich),
      baoLuuDen: ngayHoacTrong(nam !== undefined && k.ketLuan.trangThai.startsWith("muc-do") ? baoLuuDen(nam, ruleSet.lich) : undefined),
      deNghiMucDo2: ngayHoacTrong(nam !== undefined && k.ketLuan.trangThai === "muc-do-1" ? deNghiMucDo2Tu(nam, ruleSet.lich) : undefined, "Từ "),
    };
  } catch (e) {
    if (e instanceof LoiSo) return { tep: file, lyDo: e.loi.join("; ") };
    return { tep: file, lyDo: THONG_BAO_SO.loiKhiDoc((e as Error).message) };
  }
}

function ngayHoacTrong(d: NgayThang | undefined, truoc = ""): string {
  return d ? `${truoc}${ngayChu(d)}` : "";
}

export interface CotTongHop {
  header: string;
  width: number;
  value: (d: DongTongHop) => string | number | null;
}

/**
 * The columns of the consolidated list, for the file writer and the pane alike: one column per criterion of the rule
 * set with the most criteria (three in TT24 and TT22), so a rule set with more loses none.
 */
export function cotTongHop(): CotTongHop[] {
  const soTieuChi = Math.max(...Object.values(RULE_SETS).map((rs) => rs.tieuChi.length));
  const tieuChi = Array.from({ length: soTieuChi }, (_, i): CotTongHop => ({ header: `Tiêu chí ${i + 1}`, width: 15, value: (d) => d.tieuChi[i] ?? "" }));
  return [...COT_DAU, ...tieuChi, ...COT_SAU];
}

const COT_DAU: CotTongHop[] = [
  { header: "Đơn vị", width: 34, value: (d) => d.ten },
  { header: "Loại", width: 14, value: (d) => d.loai },
  { header: "Cấp", width: 11, value: (d) => d.cap },
  { header: "Năm", width: 7, value: (d) => d.nam },
  { header: "Tự đánh giá", width: 16, value: (d) => d.tuDanhGia },
  { header: "Hội đồng đánh giá", width: 17, value: (d) => d.hoiDong },
  { header: "Tổng điểm (bộ chấm điểm)", width: 9, value: (d) => d.tongDiem },
];

const COT_SAU: CotTongHop[] = [
  { header: "Chỉ tiêu áp dụng", width: 9, value: (d) => d.apDung },
  { header: XEP_LOAI["khong-dat"], width: 8, value: (d) => d.khongDat },
  { header: "Mức độ 1", width: 8, value: (d) => d.mucDo1 },
  { header: "Mức độ 2", width: 8, value: (d) => d.mucDo2 },
  { header: XEP_LOAI["chua-du-du-lieu"], width: 9, value: (d) => d.chuaDu },
  { header: "Khác Hội đồng", width: 9, value: (d) => d.soKhacBiet },
  { header: "Chốt số liệu", width: 20, value: (d) => d.chot },
  { header: "Hạn nộp hồ sơ", width: 30, value: (d) => d.hanNop },
  { header: "Bảo lưu công nhận đến", width: 13, value: (d) => d.baoLuuDen },
  { header: "Đề nghị nâng mức độ 2", width: 16, value: (d) => d.deNghiMucDo2 },
  { header: "Tệp", width: 40, value: (d) => d.tep },
];

export function sapXep(dong: DongTongHop[]): DongTongHop[] {
  return [...dong].sort((a, b) => a.cap.localeCompare(b.cap, "vi") || a.loai.localeCompare(b.loai) || a.ten.localeCompare(b.ten, "vi") || a.tep.localeCompare(b.tep));
}

