/** Builders of raw hồ sơ JSON for tests: a full, passing hồ sơ that each test then bends. */
import {
  RULE_SETS,
  apDungCho,
  evaluateHoSo,
  validateHoSo,
  type BoTieuChiId,
  type ChiTieuDef,
  type KetQuaChiTieu,
  type LoaiDonVi,
} from "../../src/rules";

export type RawChiTieu = Record<string, unknown>;
export interface RawHoSo {
  boTieuChi: BoTieuChiId;
  donVi: { ten?: string; loai: LoaiDonVi; congLap?: boolean };
  namDanhGia?: number;
  chiTieu: Record<string, RawChiTieu>;
  hoiDong?: { chiTieu: Record<string, { xepLoai?: string; ghiChu?: string }> };
  vanBan?: unknown;
}

/** An input that reaches mức độ 2 for any indicator, with evidence. */
export function nhapMucDo2(def: ChiTieuDef): RawChiTieu {
  const minhChung = [`TC${def.id.replace(".", "-0")}`];
  switch (def.kieu) {
    case "dat":
      return { dat: true, minhChung };
    case "muc-cds":
      return { mucChuyenDoiSo: "tot", minhChung };
    case "lua-chon":
      return { [def.truong]: def.luaChon[0].ma, minhChung };
    case "ty-le-diem":
      return { soDat: 100, tongSo: 100, minhChung };
    case "ty-le":
      return def.nguoiHoc
        ? { soDat: 100, tongSo: 100, nguoiHocDat: 1000, tongNguoiHoc: 1000, minhChung }
        : { soDat: 100, tongSo: 100, minhChung };
  }
}

export function hoSoDayDu(boTieuChi: BoTieuChiId, loai: LoaiDonVi, congLap = true): RawHoSo {
  const ruleSet = RULE_SETS[boTieuChi];
  const donVi = { ten: "Đơn vị thử", loai, congLap };
  const chiTieu: Record<string, RawChiTieu> = {};
  for (const def of ruleSet.chiTieu) if (apDungCho(def.apDung, donVi)) chiTieu[def.id] = nhapMucDo2(def);
  return { boTieuChi, donVi, namDanhGia: 2025, chiTieu };
}

export function withChiTieu(hoSo: RawHoSo, id: string, nhap: RawChiTieu | undefined): RawHoSo {
  const chiTieu = { ...hoSo.chiTieu };
  if (nhap === undefined) delete chiTieu[id];
  else chiTieu[id] = nhap;
  return { ...hoSo, chiTieu };
}

/** Validates then evaluates; throws with the Vietnamese lines if the input is invalid. */
export function danhGia(raw: unknown) {
  const checked = validateHoSo(raw);
  if (!checked.ok) throw new Error(checked.loi.join("\n"));
  return evaluateHoSo(checked.hoSo);
}

export function ketQuaChiTieu(raw: unknown, id: string): KetQuaChiTieu {
  const result = danhGia(raw).chiTieu.find((r) => r.id === id);
  if (!result) throw new Error(`no indicator ${id}`);
  return result;
}

export const BO_TT24: BoTieuChiId[] = ["tt24-huyen", "tt24-tinh"];
