/**
 * The DVHT custom functions as plain functions over src/rules: they return a value or a Vietnamese
 * problem, and functions.ts turns a problem into an Excel error. No Office here, so they are unit-testable.
 */
import {
  RULE_SETS,



  indicatorResult,
  isBoTieuChiId,
  tyLeHienThiTuDem,
  type BoTieuChiId,
  type ChiTieuTyLe,
  type LoaiDonVi,
  LOAI_DON_VI,
} from "../rules";

export type KetQuaHam<T> = { ok: true; giaTri: T } | { ok: false; loi: string };

const ok = <T>(giaTri: T): KetQuaHam<T> => ({ ok: true, giaTri });
const loi = (message: string): KetQuaHam<never> => ({ ok: false, loi: message });

function docDem(value: unknown, ten: string, min: number): KetQuaHam<number> {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) return loi(`${ten} phải là số nguyên (nhận được ${String(value)})`);
  if (value < min) return loi(`${ten} (${value}) phải lớn hơn hoặc bằng ${min}`);
  return ok(value);
}

function docCounts(soDat: unknown, tongSo: unknown): KetQuaHam<{ soDat: number; tongSo: number }> {
  const tong = docDem(tongSo, "tổng số", 1);
  if (!tong.ok) return tong;
  const dat = docDem(soDat, "số đạt", 0);
  if (!dat.ok) return dat;
  if (dat.giaTri > tong.giaTri) return loi(`số đạt (${dat.giaTri}) lớn hơn tổng số (${tong.giaTri})`);
  return ok({ soDat: dat.giaTri, tongSo: tong.giaTri });
}

function docChiTieuTyLe(chiTieu: unknown, boTieuChi: unknown): KetQuaHam<ChiTieuTyLe> {
  const bo = boTieuChi ?? "tt24-huyen";
  if (!isBoTieuChiId(bo)) return loi(`bộ tiêu chí "${String(bo)}" không có; chọn một trong: ${Object.keys(RULE_SETS).join(", ")}`);
  const def = RULE_SETS[bo as BoTieuChiId].chiTieu.find((d) => d.id === String(chiTieu).trim());
  if (!def) return loi(`chỉ tiêu "${String(chiTieu)}" không có trong bộ ${bo}`);
  if (def.kieu !== "ty-le") return loi(`chỉ tiêu ${def.id} không tính theo tỷ lệ thành viên`);
  return ok(def);
}

/** DVHT.TYLE: the exact share in percentage points rounded down to two decimals. */
export function tyLe(soDat: unknown, tongSo: unknown): KetQuaHam<number> {
  const c = docCounts(soDat, tongSo);
  return c.ok ? ok(tyLeHienThiTuDem(c.giaTri.soDat, c.giaTri.tongSo)) : c;
}

/** DVHT.MUCDO: the level of a member-share indicator, with evidence assumed (the sheet checks evidence). */
export function mucDo(soDat: unknown, tongSo: unknown, chiTieu: unknown, boTieuChi?: unknown, loaiDonVi?: unknown): KetQuaHam<string> {
  const def = docChiTieuTyLe(chiTieu, boTieuChi);
  if (!def.ok) return def;
  const loai = (loaiDonVi ?? "co-quan") as LoaiDonVi;
  if (!LOAI_DON_VI.includes(loai)) return loi(`loại đơn vị "${String(loaiDonVi)}" không hợp lệ`);
  const c = docCounts(soDat, tongSo);
  if (!c.ok) return c;
  // Only the member part: the learner part of 3.1 has its own counts in the sheet.
  const thanhVienOnly: ChiTieuTyLe = { ...def.giaTri, nguoiHoc: undefined };
  const r = indicatorResult(thanhVienOnly, { ...c.giaTri, coMinhChung: true, minhChung: [] }, { loai, congLap: true });
  return ok(r.xepLoai);
}

/** DVHT.NGUONG: the threshold of an indicator at a level, in percentage points. */
export function nguong(chiTieu: unknown, mucDoSo: unknown, boTieuChi?: unknown): KetQuaHam<number> {
  const def = docChiTieuTyLe(chiTieu, boTieuChi);
  if (!def.ok) return def;
  if (mucDoSo !== 1 && mucDoSo !== 2) return loi(`mức độ phải là 1 hoặc 2 (nhận được ${String(mucDoSo)})`);
  return ok(mucDoSo === 1 ? def.giaTri.nguong.mucDo1 : def.giaTri.nguong.mucDo2);
}

