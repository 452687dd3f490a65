/** The JSON answer of `dvht danh-gia --json` (SPEC §3): exactly these keys, every indicator of the rule set. */
import type { BoTieuChiId, KetQuaDanhGia, KetQuaTongHop, TrangThai } from "./types";

export interface DanhGiaJson {
  boTieuChi: BoTieuChiId;
  chiTieu: Record<string, { trangThai: TrangThai; xepLoai: string; lyDo: string[] }>;
  tieuChi: Record<string, KetQuaTongHop>;
  ketLuan: KetQuaTongHop;
  tongHop: {
    chiTieu: { apDung: number; khongDat: number; mucDo1: number; mucDo2: number };
    tieuChi: { apDung: number; khongDat: number; mucDo1: number; mucDo2: number };
  };
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
  const hd = ketQua.hoiDong;
  return {
    boTieuChi: ketQua.boTieuChi,
    chiTieu: Object.fromEntries(
      ketQua.chiTieu.map((r) => [r.id, { trangThai: r.trangThai, xepLoai: r.xepLoai, lyDo: [...r.lyDo] }]),
    ),
    tieuChi: Object.fromEntries(Object.entries(ketQua.tieuChi).map(([id, r]) => [id, tongHop(r)])),
    ketLuan: tongHop(ketQua.ketLuan),
    tongHop: { chiTieu: dem(ketQua.tongHop.chiTieu), tieuChi: dem(ketQua.tongHop.tieuChi) },
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
