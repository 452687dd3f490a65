/**
 * The yearly Báo cáo kết quả đánh giá, công nhận (seed 002 VI.1: a Phòng “gửi về Sở Giáo dục và Đào tạo trước ngày
 * 15 tháng 03 hàng năm”; seed 000 VII: the Sở reports to the UBND): the units by type and the council's level, the
 * decision, and — when last year's register is known — last year's recognitions by type and the change.
 */
import { RULE_SETS, TEN_LOAI_DON_VI, XEP_LOAI, danhSachCongNhan, ketQuaTheoLoai, type LoaiDonVi } from "../../../rules";
import type { SheetSpec } from "../../model";
import { COT_BANG_KET_QUA, bangKetQuaTheoLoai } from "./baoCaoThamDinh";
import { bang, dau, diaDanhNgay, doan, duThao, ky, soKyHieu, tieuDe, vanBanHoiDong } from "./khungHoiDong";
import { chucDanhThuTruong, dauCoQuan, tenCoQuan, tenUbnd, type NguCanh } from "./nguCanh";

export const TEN_SHEET_BAO_CAO_NAM = "Báo cáo kết quả năm";

/** Last year's register as the report needs it: its year and its counted units by type and council conclusion. */
export interface NamTruocBaoCao {
  nam: number | null;
  tong: Record<string, Record<string, number>>;
}

/** Whether a conclusion label of a register (a level, or a points class) is a recognition. */
function laCongNhan(nhan: string): boolean {
  if (nhan === XEP_LOAI["muc-do-1"] || nhan === XEP_LOAI["muc-do-2"]) return true;
  return Object.values(RULE_SETS).some((r) => r.chamDiem?.xepLoai.some((x) => x.ten === nhan && x.trangThai !== "khong-dat"));
}

const demCongNhan = (theoKetQua: Record<string, number> | undefined) => Object.entries(theoKetQua ?? {}).reduce((n, [k, v]) => n + (laCongNhan(k) ? v : 0), 0);
const loaiTen = (l: string) => TEN_LOAI_DON_VI[l as LoaiDonVi] ?? l;
const tangGiam = (d: number) => (d > 0 ? `+${d}` : String(d));

export function sheetBaoCaoNam(n: NguCanh, truoc?: NamTruocBaoCao): SheetSpec {
  const { so, tt } = n;
  const v = vanBanHoiDong(TEN_SHEET_BAO_CAO_NAM);
  const ds = danhSachCongNhan(so);
  const loai = ketQuaTheoLoai(so);
  if (loai.some((l) => l.dem["Chưa thẩm định"] > 0)) duThao(v);
  dau(v, { ...dauCoQuan(n), so: soKyHieu(tt.soBaoCaoNam, "BC", tt.kyHieu), ngay: diaDanhNgay(tt, tt.ngayBaoCaoNam) });
  tieuDe(v, "BÁO CÁO", `Kết quả đánh giá, công nhận “Đơn vị học tập” ${n.capNam}`);
  // A Sở reports to its own UBND (named as typed); a Phòng to the Sở GD&ĐT.
  doan(v, `Kính gửi: ${so.cap === "tinh" ? tenUbnd(n) : n.coQuan.nhanBaoCaoNam}.`, "docCenterText");
  v.cach(8);
  doan(v, `Thực hiện ${n.canCu}, ${tenCoQuan(n)} báo cáo kết quả đánh giá, công nhận “Đơn vị học tập” ${n.capNam} như sau:`);
  doan(v, "1. Kết quả thẩm định theo loại đơn vị", "docTextBold");
  bang(v, COT_BANG_KET_QUA, bangKetQuaTheoLoai(n));
  const qd = so.quyetDinh;
  doan(
    v,
    `2. Kết quả công nhận: ${ds.mucDo1.length + ds.mucDo2.length} đơn vị đạt “Đơn vị học tập” (mức độ 2: ${ds.mucDo2.length}; mức độ 1: ${ds.mucDo1.length})${qd?.so ? `, theo Quyết định số ${qd.so}${qd.ngay && !qd.loi.length ? ` ngày ${qd.ngay}` : ""}` : " (chưa có quyết định công nhận)"}.`,
  );
  if (truoc) {
    doan(v, `3. So sánh với năm ${truoc.nam ?? "trước"} (số đơn vị được công nhận trong năm)`, "docTextBold");
    const cacLoai = new Set<string>([...loai.map((l) => l.loai), ...Object.keys(truoc.tong)]);
    const dong = [...cacLoai].map((l, i) => {
      const soNay = [...ds.mucDo1, ...ds.mucDo2].filter((k) => k.dong.ban.loai === l).length;
      const soTruoc = demCongNhan(truoc.tong[l]);
      return [String(i + 1), loaiTen(l), String(soTruoc), String(soNay), tangGiam(soNay - soTruoc)];
    });
    const tongTruoc = [...cacLoai].reduce((s, l) => s + demCongNhan(truoc.tong[l]), 0);
    const tongNay = ds.mucDo1.length + ds.mucDo2.length;
    bang(
      v,
      [
        { tieuDe: "TT", nhip: 2, canGiua: true },
        { tieuDe: "Loại đơn vị", nhip: 10 },
        { tieuDe: `Năm ${truoc.nam ?? "trước"}`, nhip: 3, canGiua: true },
        { tieuDe: `Năm ${so.nam ?? "nay"}`, nhip: 3, canGiua: true },
        { tieuDe: "Tăng (+), giảm (-)", nhip: 3, canGiua: true },
      ],
      [...dong, ["", "Tổng cộng", String(tongTruoc), String(tongNay), tangGiam(tongNay - tongTruoc)]],
    );
  }
  doan(v, `${truoc ? "4" : "3"}. Đề xuất, kiến nghị: ${tt.deXuat || "……………………………………"}`);
  doan(v, `Trên đây là báo cáo kết quả đánh giá, công nhận “Đơn vị học tập” ${n.capNam} của ${tenCoQuan(n)}./.`);
  v.cach(10);
  ky(v, chucDanhThuTruong(n), tt.thuTruong, "Nơi nhận:\n- Như trên;\n- Lưu: VT.");
  return v.b.spec;
}
