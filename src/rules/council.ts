/**
 * The council's review of the same indicators (seed 000 mục VI; seed 002): the Hội đồng records its own xếp loại
 * per indicator; its criterion levels and conclusion follow the same aggregation rule as the unit's, and every
 * indicator where the two differ is listed.
 */
import { gopMucDo, ketQuaTongHop } from "./aggregate";
import { XEP_LOAI } from "./labels";
import type { KetQuaDanhGia, KetQuaTongHop, RuleSet, TrangThai } from "./types";

/** What a council may record for an indicator. */
export const XEP_LOAI_HOI_DONG = ["khong-dat", "muc-do-1", "muc-do-2"] as const;
export type XepLoaiHoiDong = (typeof XEP_LOAI_HOI_DONG)[number];

export interface HoiDongNhap {
  readonly chiTieu: Readonly<Record<string, { readonly xepLoai?: XepLoaiHoiDong; readonly ghiChu?: string }>>;
}

export interface KetQuaHoiDong {
  readonly chiTieu: readonly { id: string; trangThai: TrangThai; xepLoai: string; khacBiet: boolean }[];
  readonly tieuChi: Readonly<Record<string, KetQuaTongHop>>;
  readonly ketLuan: KetQuaTongHop;
  /** Indicators where the council's level differs from the unit's, in the order of the form. */
  readonly khacBiet: readonly string[];
}

export function danhGiaHoiDong(ruleSet: RuleSet, donVi: KetQuaDanhGia, nhap: HoiDongNhap): KetQuaHoiDong {
  const chiTieu = donVi.chiTieu.map((r) => {
    const chon = nhap.chiTieu[r.id]?.xepLoai;
    // Not applicable to the unit stays out of the council's counts too; an unreviewed indicator lacks data.
    const trangThai: TrangThai = r.trangThai === "khong-ap-dung" ? "khong-ap-dung" : (chon ?? "chua-du-du-lieu");
    return { id: r.id, trangThai, xepLoai: XEP_LOAI[trangThai], khacBiet: r.trangThai !== "khong-ap-dung" && chon !== undefined && chon !== r.trangThai };
  });
  const tieuChi: Record<string, KetQuaTongHop> = {};
  for (const tc of ruleSet.tieuChi) {
    tieuChi[tc.id] = ketQuaTongHop(gopMucDo(chiTieu.filter((_, i) => ruleSet.chiTieu[i].tieuChi === tc.id).map((c) => c.trangThai)));
  }
  return {
    chiTieu,
    tieuChi,
    ketLuan: ketQuaTongHop(gopMucDo(Object.values(tieuChi).map((t) => t.trangThai))),
    khacBiet: chiTieu.filter((c) => c.khacBiet).map((c) => c.id),
  };
}
