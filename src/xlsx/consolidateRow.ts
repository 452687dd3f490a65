/** One unit's line in the consolidated list, read from its workbook (once), or the reason it could not be read. */
import { basename } from "node:path";
import {
  TEN_CAP,
  baoLuuDen,
  deNghiMucDo2Tu,
  evaluateHoSo,
  getRuleSet,
  ngayChu,
  trangThaiHanNop,
  type NgayThang,
} from "../rules";
import { hoSoTuTen, moTaViTri } from "../template";
import { kiemTraSoDaMo } from "./lockWorkbook";
import { LoiSo, moSo } from "./readWorkbook";

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
  deNghiMucDo2: string;
}

export interface TepLoi {
  tep: string;
  lyDo: string;
}

const CHOT_CHU = { "chua-chot": "Chưa chốt", "bang-chot-bi-sua": "Bảng chốt bị sửa", khop: "Đã chốt, khớp", "thay-doi": "Đã chốt, số liệu đã đổi" } as const;

export async function docDongTongHop(file: string, homNay: NgayThang): Promise<DongTongHop | TepLoi> {
  try {
    const so = await moSo(file, basename(file));
    const r = hoSoTuTen({ has: (t) => so.viTri.has(t), get: so.get }, basename(file));
    if (!r.ok) {
      const v = r.vanDe[0];
      return { tep: file, lyDo: (v.ten ? `${moTaViTri(v.ten, so.viTri.get(v.ten))}: ${v.thongBao}` : v.thongBao) + (r.vanDe.length > 1 ? ` (và ${r.vanDe.length - 1} vấn đề khác)` : "") };
    }
    const k = evaluateHoSo(r.hoSo);
    const nam = r.hoSo.namDanhGia;
    const chot = await kiemTraSoDaMo(so, file);
    const ruleSet = getRuleSet(r.hoSo.boTieuChi);
    return {
      tep: file,
      ten: r.hoSo.donVi.ten ?? "",
      loai: r.hoSo.donVi.loai,
      cap: TEN_CAP[ruleSet.cap],
      nam: nam ?? null,
      tuDanhGia: k.ketLuan.xepLoai,
      hoiDong: k.hoiDong ? k.hoiDong.ketLuan.xepLoai : "Chưa thẩm định",
      tieuChi: ruleSet.tieuChi.map((t) => k.tieuChi[t.id].xepLoai),
      apDung: k.tongHop.chiTieu.apDung,
      khongDat: k.tongHop.chiTieu.khongDat,
      mucDo1: k.tongHop.chiTieu.mucDo1,
      mucDo2: k.tongHop.chiTieu.mucDo2,
      chuaDu: k.tongHop.chiTieu.chuaDuDuLieu,
      soKhacBiet: k.hoiDong ? k.hoiDong.khacBiet.length : null,
      chot: CHOT_CHU[chot.trangThai],
      hanNop: trangThaiHanNop(nam, homNay),
      baoLuuDen: nam !== undefined && k.ketLuan.trangThai.startsWith("muc-do") ? ngayChu(baoLuuDen(nam)) : "",
      deNghiMucDo2: nam !== undefined && k.ketLuan.trangThai === "muc-do-1" ? `Từ ${ngayChu(deNghiMucDo2Tu(nam))}` : "",
    };
  } catch (e) {
    if (e instanceof LoiSo) return { tep: file, lyDo: e.loi.join("; ") };
    return { tep: file, lyDo: `lỗi khi đọc: ${(e as Error).message}` };
  }
}
