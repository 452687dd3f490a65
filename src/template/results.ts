/** What each result cell of a template must show for an evaluation: the engine's answer, by defined name. */
import { laChiTieuDiem, type ChiTieuDef, type KetQuaDanhGia } from "../rules";
import { mucDoFormula } from "./formulas";
import { diemFormula } from "./pointsFormulas";
import { KET_LUAN, KET_LUAN_HOI_DONG, TONG_DIEM, tenChiTieu, tenTieuChi, tenTieuChiDiem, tenTieuChiHoiDong } from "./names";

export function ketQuaTheoTen(ketQua: KetQuaDanhGia): Map<string, string | number> {
  const dung = new Map<string, string | number>();
  if (ketQua.tongDiem !== undefined) {
    // Points: a number once scored, else the reason (“Chưa đủ dữ liệu”); criteria and total add what is scored.
    for (const r of ketQua.chiTieu) dung.set(tenChiTieu(r.id, "DIEM"), r.diem ?? r.xepLoai);
    for (const [id, r] of Object.entries(ketQua.tieuChi)) dung.set(tenTieuChiDiem(id), r.diem ?? 0);
    dung.set(TONG_DIEM, ketQua.tongDiem);
    dung.set(KET_LUAN, ketQua.ketLuan.xepLoai);
    return dung;
  }
  for (const r of ketQua.chiTieu) dung.set(tenChiTieu(r.id, "MUCDO"), r.xepLoai);
  for (const [id, r] of Object.entries(ketQua.tieuChi)) dung.set(tenTieuChi(id), r.xepLoai);
  dung.set(KET_LUAN, ketQua.ketLuan.xepLoai);
  if (ketQua.hoiDong) {
    for (const [id, r] of Object.entries(ketQua.hoiDong.tieuChi)) dung.set(tenTieuChiHoiDong(id), r.xepLoai);
    dung.set(KET_LUAN_HOI_DONG, ketQua.hoiDong.ketLuan.xepLoai);
  }
  return dung;
}

/** The result cell of an indicator and its native formula: its points (TT22) or its level (TT24). */
export function oKetQuaGoc(def: ChiTieuDef): { ten: string; congThuc: string } {
  return laChiTieuDiem(def) ? { ten: tenChiTieu(def.id, "DIEM"), congThuc: diemFormula(def) } : { ten: tenChiTieu(def.id, "MUCDO"), congThuc: mucDoFormula(def) };
}
