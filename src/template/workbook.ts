/** The whole template for one unit: built from a rule set and a hồ sơ (blank or filled), evaluated by the engine. */
import { NHAN_NHIEM_VU_TO, evaluateHoSo, getRuleSet, type DanhSach, type HoSo } from "../rules";
import { sheetDanhSach } from "./sheets/danhSach";
import type { WorkbookSpec } from "./model";
import { sheetBangTongHop } from "./sheets/bangTongHop";
import { sheetHuongDan } from "./sheets/huongDan";
import { sheetHoiDongTuDanhGia, type ThanhVienTrenSo } from "./sheets/hoiDongTuDanhGia";
import { sheetNoiDungHoSo } from "./sheets/noiDungHoSo";
import { sheetNhatKy } from "./sheets/nhatKy";
import { sheetChuVietTat } from "./sheets/hoSoIn";
import { sheetMinhChung, sheetPhieuM1, sheetPhieuM2 } from "./sheets/vanBan";
import { sheetBaoCaoKetQua, sheetToTrinh, sheetTrangBia } from "./sheets/hoSo/thuTrinh";
import { sheetBanTongHopIn, sheetDanhMucMinhChung } from "./sheets/hoSo/bangVaDanhMuc";
import { sheetBaoCao, sheetBienBan } from "./sheets/hoSo/bienBanBaoCao";
import { sheetBangChamDiemIn } from "./sheets/hoSo/bangChamDiemIn";
import { sheetNguong } from "./sheets/nguong";
import { sheetNguongDiem } from "./sheets/nguongDiem";
import { sheetBangChamDiem } from "./sheets/bangChamDiem";
import { sheetThongTin } from "./sheets/thongTin";

/** Marks a workbook as a dvht template (read back by `dvht danh-gia` and by the add-in). */
export const DAU_HIEU_MAU = "dvht-template";

/** Native formulas (portable, the default) or live DVHT.* custom functions in the Mức độ cells. */
export type CheDoCongThuc = "cong-thuc-goc" | "ham-dvht";

/** Optional rosters whose rows the counts are computed from. */
export interface DanhSachMau {
  thanhVien?: DanhSach;
  nguoiHoc?: DanhSach;
}

/** `hoSo` must already carry the rosters' counts (gopDanhSachVaoHoSo): they are the cached results of the formulas. */
export function buildWorkbookSpec(hoSo: HoSo, cheDo: CheDoCongThuc = "cong-thuc-goc", danhSach: DanhSachMau = {}): WorkbookSpec {
  const ruleSet = getRuleSet(hoSo.boTieuChi);
  const ketQua = evaluateHoSo(hoSo);
  const properties = {
    title: `Bản tổng hợp kết quả tự đánh giá ${ruleSet.ten}`,
    subject: ruleSet.vanBan,
    keywords: `${DAU_HIEU_MAU} ${ruleSet.id} ${ruleSet.phienBan}`,
    category: DAU_HIEU_MAU,
  };
  // The unit's Tổ tự đánh giá as its list shows it: the role by its label.
  const toTuDanhGia: ThanhVienTrenSo[] = (hoSo.vanBan?.toTuDanhGia ?? []).map((m) => ({ ...m, nhiemVu: NHAN_NHIEM_VU_TO[m.nhiemVu] }));
  if (ruleSet.chamDiem) {
    // Points (TT22): the scoring form of seed 004 and its bands. The TT24 documents (Tờ trình, Biên bản, Phiếu M1/M2)
    // are forms of Thông tư 24 and are not part of this template; its hồ sơ's own fields and team are (vanBan).
    return {
      sheets: [
        sheetThongTin(ruleSet, hoSo).spec,
        sheetBangChamDiem(ruleSet, hoSo, ketQua, danhSach).spec,
        sheetNguongDiem(ruleSet, hoSo.donVi).spec,
        ...(danhSach.thanhVien ? [sheetDanhSach(ruleSet, danhSach.thanhVien).spec] : []),
        sheetHuongDan(ruleSet).spec,
        sheetNoiDungHoSo(ruleSet, hoSo).spec,
        sheetHoiDongTuDanhGia(toTuDanhGia).spec,
        sheetBangChamDiemIn(ruleSet).b.spec,
        sheetNhatKy().spec,
      ],
      properties,
    };
  }
  return {
    sheets: [
      sheetThongTin(ruleSet, hoSo).spec,
      sheetBangTongHop(ruleSet, hoSo, ketQua, cheDo, danhSach).spec,
      sheetNguong(ruleSet, hoSo.donVi).spec,
      ...(danhSach.thanhVien ? [sheetDanhSach(ruleSet, danhSach.thanhVien).spec] : []),
      ...(danhSach.nguoiHoc ? [sheetDanhSach(ruleSet, danhSach.nguoiHoc).spec] : []),
      sheetHuongDan(ruleSet).spec,
      sheetNoiDungHoSo(ruleSet, hoSo).spec,
      // The hồ sơ in the binding order of seed 000 VI.3.b; the Báo cáo kết quả (mẫu M8) replaces the Tờ trình when the unit fails.
      sheetTrangBia(ruleSet).b.spec,
      sheetToTrinh(ruleSet).b.spec,
      sheetBaoCaoKetQua(ruleSet).b.spec,
      sheetHoiDongTuDanhGia(toTuDanhGia).spec,
      sheetBanTongHopIn(ruleSet).b.spec,
      sheetChuVietTat(hoSo.vanBan?.chuVietTat).spec,
      sheetBienBan(ruleSet, hoSo.vanBan).b.spec,
      sheetBaoCao(ruleSet, hoSo.vanBan).b.spec,
      sheetDanhMucMinhChung(ruleSet).b.spec,
      sheetMinhChung(ruleSet, hoSo).spec,
      sheetPhieuM1(ruleSet).spec,
      sheetPhieuM2(ruleSet).spec,
      sheetNhatKy().spec,
    ],
    properties,
  };
}

/** A blank hồ sơ for a unit: the template before any data is typed. */
export function hoSoTrong(boTieuChi: HoSo["boTieuChi"], donVi: HoSo["donVi"], namDanhGia?: number): HoSo {
  return { boTieuChi, donVi, ...(namDanhGia ? { namDanhGia } : {}), chiTieu: {} };
}
