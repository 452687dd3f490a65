/**
 * The member and learner rosters of `tao-mau` and `danh-gia` (--thanh-vien, --nguoi-hoc): both files read and
 * checked first (every problem of both, nothing used unless all read), then their counts put into the hồ sơ.
 */
import { RULE_SETS, gopDanhSachVaoHoSo, type HoSo } from "../rules";
import type { DanhSachMau } from "../template";
import { docTepDanhSach } from "../xlsx/readRoster";
import { LoiNhap } from "./io";

export interface KetQuaDanhSachCli {
  hoSo: HoSo;
  danhSach: DanhSachMau;
  /** Duplicates, and typed counts the roster replaced. */
  canhBao: string[];
  /** What the reader did: title rows skipped, abbreviated headers, columns not used, blanks taken as Không, and
   * which indicators came from the roster (never silent). */
  ghiChu: string[];
}

export async function apDungDanhSach(hoSo: HoSo, files: { thanhVien?: string; nguoiHoc?: string }): Promise<KetQuaDanhSachCli> {
  const danhSach: DanhSachMau = {};
  const loi: string[] = [];
  const canhBao: string[] = [];
  const ghiChu: string[] = [];
  for (const [loai, file] of [["thanh-vien", files.thanhVien], ["nguoi-hoc", files.nguoiHoc]] as const) {
    if (!file) continue;
    const r = await docTepDanhSach(file, RULE_SETS[hoSo.boTieuChi], loai);
    if (!r.ok) loi.push(...r.loi);
    else {
      danhSach[loai === "thanh-vien" ? "thanhVien" : "nguoiHoc"] = r.danhSach;
      canhBao.push(...r.danhSach.canhBao);
      ghiChu.push(...r.danhSach.ghiChu);
    }
  }
  if (loi.length) throw new LoiNhap(loi);
  let ketQua = hoSo;
  for (const ds of [danhSach.thanhVien, danhSach.nguoiHoc]) {
    if (!ds) continue;
    const g = gopDanhSachVaoHoSo(ketQua, ds);
    ketQua = g.hoSo;
    canhBao.push(...g.canhBao);
  }
  return { hoSo: ketQua, danhSach, canhBao, ghiChu };
}
