/** Small rosters and filled hồ sơ for the renderer tests, built through the same roster reader as the pane and the CLI. */
import {
  RULE_SETS,
  chiTieuCuaDanhSach,
  docBangDanhSach,
  gopDanhSachVaoHoSo,
  validateHoSo,
  COT_CHUNG,
  CO_KHONG,
  type BoTieuChiId,
  type DanhSach,
  type HoSo,
  type LoaiDanhSach,
} from "../../src/rules";
import type { DanhSachMau } from "../../src/template";
import { hoSoDayDu } from "../helpers/hoSo";

export const LOAI = "co-quan" as const;

/** A small roster of this kind for the rule set (every indicator column it can carry), or none if it carries none. */
export function rosterFor(bo: BoTieuChiId, loai: LoaiDanhSach): DanhSach | undefined {
  const defs = chiTieuCuaDanhSach(RULE_SETS[bo], loai);
  if (defs.length === 0) return undefined;
  const header = [COT_CHUNG.hoTen, loai === "thanh-vien" ? COT_CHUNG.chucVu : COT_CHUNG.lop, ...defs.map((d) => d.cotDanhSach)];
  const rows = ["Nguyễn Văn An", "Trần Thị Bình", "=Lê Văn Cường"].map((ten, i) => [ten, `Nhóm ${i + 1}`, ...defs.map((_, j) => ((i + j) % 2 ? CO_KHONG.khong : CO_KHONG.co))]);
  const r = docBangDanhSach([header, ...rows], RULE_SETS[bo], loai, "ds.csv");
  if (!r.ok) throw new Error(r.loi.join("\n"));
  return r.danhSach;
}

/** A filled hồ sơ with both rosters merged in, as `tao-mau --thanh-vien --nguoi-hoc` builds it. */
export function filledWithRosters(bo: BoTieuChiId): { hoSo: HoSo; danhSach: DanhSachMau } {
  const checked = validateHoSo(hoSoDayDu(bo, LOAI));
  if (!checked.ok) throw new Error(checked.loi.join("\n"));
  let hoSo = checked.hoSo;
  const danhSach: DanhSachMau = {};
  const tv = rosterFor(bo, "thanh-vien");
  const nh = RULE_SETS[bo].chamDiem ? undefined : rosterFor(bo, "nguoi-hoc");
  if (tv) danhSach.thanhVien = tv;
  if (nh) danhSach.nguoiHoc = nh;
  for (const ds of [tv, nh]) if (ds) hoSo = gopDanhSachVaoHoSo(hoSo, ds).hoSo;
  return { hoSo, danhSach };
}

