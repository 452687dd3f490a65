/**
 * A receipt as the register holds it (BanNhan), made from a full hồ sơ (hoSoDayDu) and its self-evaluation: what the
 * register and history tests feed lapSo. Each call takes the next number (HS-0001, …) so receipts never share a `ma`.
 */
import { RULE_SETS, evaluateHoSo, validateHoSo, type BanNhan, type LoaiDonVi } from "../../src/rules";
import { hoSoDayDu, withChiTieu } from "./hoSo";

export interface BanOptions {
  nam?: number;
  bo?: "tt24-huyen" | "tt24-tinh" | "tt22";
  ngayNhan?: string;
  /** Criterion 2.1 falls short (10/100), so the self-evaluation does not pass. */
  khongDat?: boolean;
  /** Default: cơ quan under tt24-tinh (its only type), phổ thông otherwise. */
  loai?: LoaiDonVi;
}

let so = 0;
export function ban(ten: string, o: BanOptions = {}): BanNhan {
  const bo = o.bo ?? "tt24-huyen";
  let raw = { ...hoSoDayDu(bo, o.loai ?? (bo === "tt24-tinh" ? "co-quan" : "pho-thong")), namDanhGia: o.nam ?? 2025 };
  if (o.khongDat) raw = withChiTieu(raw, "2.1", { soDat: 10, tongSo: 100, minhChung: true }) as typeof raw;
  const v = validateHoSo(raw);
  if (!v.ok) throw new Error(v.loi.join("\n"));
  const k = evaluateHoSo(v.hoSo);
  so++;
  return {
    ma: `HS-${String(so).padStart(4, "0")}`,
    tep: `/don-vi/${ten}-${so}.xlsx`,
    ngayNhan: o.ngayNhan ?? "2026-01-10",
    ten,
    loai: v.hoSo.donVi.loai,
    congLap: true,
    nam: v.hoSo.namDanhGia ?? null,
    boTieuChi: bo,
    phienBan: RULE_SETS[bo].phienBan,
    chot: { trangThai: "khop", maBam: "a".repeat(64), thoiDiem: "2026-01-05T02:00:00.000Z" },
    vanTay: "b".repeat(64),
    giaTri: {},
    tuDanhGia: { trangThai: k.ketLuan.trangThai, xepLoai: k.ketLuan.xepLoai, ...(k.tongDiem !== undefined ? { tongDiem: k.tongDiem } : {}) },
    tieuChi: {},
    chiTieu: k.chiTieu.map((c) => ({ id: c.id, trangThai: c.trangThai, xepLoai: c.xepLoai, lyDo: [...c.lyDo] })),
    ketQuaKhac: [],
    hoiDongDienSan: [],
  };
}
