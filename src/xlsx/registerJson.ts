/** The register as JSON (`dvht tong-hop --json`): every receipt with the council's verdict and its status. */
import { RULE_SETS, TEN_LOAI_DON_VI, chiTieuChuaDat, danhSachCongNhan, ketQuaThamDinh, kiemTraHoiDongDanhGia, type SoHoiDong } from "../rules";
import type { TepLoi } from "./consolidateCore";

export function soHoiDongJson(so: SoHoiDong, loi: readonly TepLoi[]) {
  return {
    nam: so.nam,
    cap: so.cap,
    tong: so.tong,
    donVi: so.dong.map((d) => ({
      ma: d.ban.ma,
      tep: d.ban.tep,
      ten: d.ban.ten,
      loai: d.ban.loai,
      tenLoai: TEN_LOAI_DON_VI[d.ban.loai],
      cap: RULE_SETS[d.ban.boTieuChi].cap,
      congLap: d.ban.congLap,
      nam: d.ban.nam,
      boTieuChi: d.ban.boTieuChi,
      phienBan: d.ban.phienBan,
      ngayNhan: d.ban.ngayNhan,
      hanNop: d.hanNop,
      chot: d.ban.chot,
      vanTay: d.ban.vanTay,
      tuDanhGia: d.ban.tuDanhGia,
      tieuChi: d.ban.tieuChi,
      chiTieuChuaDat: d.ban.chiTieu.filter((c) => c.trangThai === "khong-dat" || c.trangThai === "chua-du-du-lieu").map((c) => ({ id: c.id, trangThai: c.trangThai, xepLoai: c.xepLoai, lyDo: c.lyDo })),
      lyDoChuaDat: chiTieuChuaDat(d.ban),
      ketQuaKhac: d.ban.ketQuaKhac,
      hoiDong: d.thamDinh
        ? {
            chiTieu: d.thamDinh.chiTieu,
            ...(d.thamDinh.xepLoaiDiem ? { xepLoaiDiem: d.thamDinh.xepLoaiDiem } : {}),
            tieuChi: d.hoiDong ? Object.fromEntries(Object.entries(d.hoiDong.tieuChi).map(([id, t]) => [id, { trangThai: t.trangThai, xepLoai: t.xepLoai }])) : {},
            ketLuan: d.ketLuanHoiDong || null,
            ghiChu: d.thamDinh.ghiChu,
            nguoiThamDinh: d.thamDinh.nguoi,
            ngayThamDinh: d.thamDinh.ngay,
            loi: d.thamDinh.loi,
          }
        : null,
      hoiDongDienSanTrongSoDonVi: d.ban.hoiDongDienSan,
      trangThai: d.trangThai,
      tinh: d.tinh,
      trungVoi: d.trungVoi,
      baoLuuDen: d.baoLuuDen || null,
      deNghiMucDo2: d.deNghiMucDo2 || null,
      choQuyetDinh: d.choQuyetDinh,
      kiemTraLai: d.ban.kiemTraLai ?? null,
      canhBao: d.canhBao,
      // The unit's history against last year's register (--truoc); null without one.
      lichSu: d.lichSu ? { loai: d.lichSu.loai, chu: d.lichSu.chu } : null,
    })),
    khongDocDuoc: loi,
    // The Quyết định công nhận as recorded on “Tổng hợp” (null until typed), the council's dates against --ngay.
    quyetDinh: so.quyetDinh ?? null,
    hanHoiDong: so.hanHoiDong,
    lichRieng: so.lichRieng ?? null,
    // Last year's register (--truoc, kept in the register): its year, file, counts by unit type and conclusion.
    truoc: so.truoc ? { nam: so.truoc.nam, cap: so.truoc.cap, tep: so.truoc.tep, tong: so.truoc.tong, soCongNhan: so.truoc.congNhan.length } : null,
    // The council's documents: the fields typed once, the units the Quyết định lists (at the council's level) and
    // those that get a reply, with their reasons — what `dvht in <sổ hội đồng>` prints.
    thongTinVanBan: so.thongTinVanBan ?? {},
    congNhan: Object.fromEntries(Object.entries(danhSachCongNhan(so)).map(([muc, ds]) => [muc, ds.map((k) => ({ ma: k.dong.ban.ma, ten: k.dong.ban.ten, loai: k.dong.ban.loai, mucCongNhan: k.mucCongNhan }))])),
    khongDat: ketQuaThamDinh(so).filter((k) => !k.dat).map((k) => ({ ma: k.dong.ban.ma, ten: k.dong.ban.ten, lyDo: k.lyDo, yKienHoiDong: k.dong.thamDinh?.ghiChu ?? "" })),
    // The council's own members as typed on the sheet “Hội đồng đánh giá”, and what the membership rule finds.
    hoiDongDanhGia: { thanhVien: so.hoiDongDanhGia ?? [], vanDe: kiemTraHoiDongDanhGia(so.hoiDongDanhGia ?? []) },
  };
}
