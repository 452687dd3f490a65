/** The JSON answer of `dvht danh-gia --json` (SPEC §3): exactly these keys, every indicator of the rule set. */
import type { BoTieuChiId, KetQuaDanhGia, KetQuaTongHop, TrangThai } from "./types";

/** Points-based rule sets (TT22) add the points: per indicator (null while its inputs are missing) and per criterion. */
interface DiemJson {
  diem?: number | null;
  diemToiDa?: number;
}

interface DanhGiaJson {
  boTieuChi: BoTieuChiId;
  chiTieu: Record<string, { trangThai: TrangThai; xepLoai: string; lyDo: string[] } & DiemJson>;
  tieuChi: Record<string, { trangThai: TrangThai; xepLoai: string } & DiemJson>;
  /** TT22: `xepLoai` is Tốt / Khá / Trung bình / Chưa đạt (or Chưa đủ dữ liệu), with `tongDiem` and the class code `hang`. */
  ketLuan: { trangThai: TrangThai; xepLoai: string; tongDiem?: number; diemToiDa?: number; hang?: string };
  tongHop: {
    chiTieu: { apDung: number; khongDat: number; mucDo1: number; mucDo2: number };
    tieuChi: { apDung: number; khongDat: number; mucDo1: number; mucDo2: number };
  };
  /** Sum of the points so far (points-based rule sets only). */
  tongDiem?: number;
  /** Present only for a reviewed hồ sơ (extension). */
  hoiDong?: {
    chiTieu: Record<string, { trangThai: TrangThai; xepLoai: string; khacBiet: boolean }>;
    tieuChi: Record<string, KetQuaTongHop>;
    ketLuan: KetQuaTongHop;
    khacBiet: string[];
    soKhacBiet: number;
  };
}

export function toJsonOutput(ketQua: KetQuaDanhGia): DanhGiaJson {
  const dem = ({ apDung, khongDat, mucDo1, mucDo2 }: KetQuaDanhGia["tongHop"]["chiTieu"]) => ({ apDung, khongDat, mucDo1, mucDo2 });
  const tongHop = (r: KetQuaTongHop) => ({ trangThai: r.trangThai, xepLoai: r.xepLoai });
  const diem = ketQua.tongDiem !== undefined;
  const diemCua = (r: { diem?: number; diemToiDa?: number }): DiemJson => (diem ? { diem: r.diem ?? null, diemToiDa: r.diemToiDa } : {});
  const hd = ketQua.hoiDong;
  const kl = ketQua.ketLuan;
  return {
    boTieuChi: ketQua.boTieuChi,
    chiTieu: Object.fromEntries(
      ketQua.chiTieu.map((r) => [r.id, { trangThai: r.trangThai, xepLoai: r.xepLoai, lyDo: [...r.lyDo], ...diemCua(r) }]),
    ),
    tieuChi: Object.fromEntries(Object.entries(ketQua.tieuChi).map(([id, r]) => [id, { ...tongHop(r), ...diemCua(r) }])),
    ketLuan: diem ? { ...tongHop(kl), tongDiem: kl.diem, diemToiDa: kl.diemToiDa, ...(kl.hang ? { hang: kl.hang } : {}) } : tongHop(kl),
    tongHop: { chiTieu: dem(ketQua.tongHop.chiTieu), tieuChi: dem(ketQua.tongHop.tieuChi) },
    ...(diem ? { tongDiem: ketQua.tongDiem } : {}),
    ...(hd
      ? {
          hoiDong: {
            chiTieu: Object.fromEntries(hd.chiTieu.map((c) => [c.id, { trangThai: c.trangThai, xepLoai: c.xepLoai, khacBiet: c.khacBiet }])),
            tieuChi: Object.fromEntries(Object.entries(hd.tieuChi).map(([id, r]) => [id, tongHop(r)])),
            ketLuan: tongHop(hd.ketLuan),
            khacBiet: [...hd.khacBiet],
            soKhacBiet: hd.khacBiet.length,
          },
        }
      : {}),
  };
}
