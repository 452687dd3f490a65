/**
 * Points-based rule sets (TT22, seed 004): the points an indicator can reach, the band a rate falls in, the class
 * of a total. Everything is read from the rule set's data; nothing here knows an indicator by its id.
 */
import { XEP_LOAI, diemChu } from "./labels";
import type { BacDiem, ChamDiem, ChiTieuDef, KetQuaChiTieu, KetQuaTongHop, RuleSet, TrangThai } from "./types";

/** Whether an indicator is scored in points (choices, rate bands, or a yes/no worth points). */
export function laChiTieuDiem(def: ChiTieuDef): boolean {
  return def.kieu === "lua-chon" || def.kieu === "ty-le-diem" || (def.kieu === "dat" && def.diem !== undefined);
}

/** The most an indicator can give: the top band, the best answer, or what “đạt” is worth. */
export function diemToiDa(def: ChiTieuDef): number {
  switch (def.kieu) {
    case "lua-chon":
      return Math.max(...def.luaChon.map((c) => c.diem));
    case "ty-le-diem":
      return Math.max(...def.bac.map((b) => b.diem));
    case "dat":
      return def.diem ?? 0;
    default:
      return 0;
  }
}

export function diemToiDaTieuChi(ruleSet: RuleSet, tieuChi: string): number {
  return ruleSet.chiTieu.filter((d) => d.tieuChi === tieuChi).reduce((sum, d) => sum + diemToiDa(d), 0);
}

/** The first band (from the highest) whose threshold the share reaches, or undefined below every band. */
export function bacDat(bac: readonly BacDiem[], datNguong: (nguong: number) => boolean): BacDiem | undefined {
  return bac.find((b) => datNguong(b.tu));
}

/** Full points → mức độ 2, some points → mức độ 1, none → Không đạt: the SPEC §3 state beside the points. */
export function trangThaiTheoDiem(diem: number, toiDa: number): TrangThai {
  return diem >= toiDa && toiDa > 0 ? "muc-do-2" : diem > 0 ? "muc-do-1" : "khong-dat";
}

/** The class a total reaches (seed 004, mục III.2: Tốt from 85, Khá from 70, Trung bình from 50, else Chưa đạt). */
export function hangTheoDiem(chamDiem: ChamDiem, tong: number): ChamDiem["xepLoai"][number] {
  return chamDiem.xepLoai.find((x) => tong >= x.tu) ?? chamDiem.xepLoai[chamDiem.xepLoai.length - 1];
}

function cong(ketQua: readonly KetQuaChiTieu[]): number {
  return ketQua.reduce((sum, r) => sum + (r.diem ?? 0), 0);
}

/** “Chưa đủ dữ liệu” with the points so far, while any indicator lacks data; undefined once all are scored. */
function chuaDu(ketQua: readonly KetQuaChiTieu[], diem: number, toiDa: number): KetQuaTongHop | undefined {
  if (!ketQua.some((r) => r.trangThai === "chua-du-du-lieu")) return undefined;
  return { trangThai: "chua-du-du-lieu", xepLoai: XEP_LOAI["chua-du-du-lieu"], diem, diemToiDa: toiDa };
}

/**
 * A criterion's points: the sum of its indicators. While any of them lacks data it is “Chưa đủ dữ liệu” (SPEC §2
 * rule 5: never a final-looking score over missing inputs), and `diem` is the sum so far.
 */
export function tongHopTieuChiDiem(ketQua: readonly KetQuaChiTieu[], toiDa: number): KetQuaTongHop {
  const diem = cong(ketQua);
  return chuaDu(ketQua, diem, toiDa) ?? { trangThai: trangThaiTheoDiem(diem, toiDa), xepLoai: diemChu(diem, toiDa), diem, diemToiDa: toiDa };
}

/** The unit's class from the total; “Chưa đủ dữ liệu” while an indicator lacks data. */
export function ketLuanDiem(chamDiem: ChamDiem, ketQua: readonly KetQuaChiTieu[]): KetQuaTongHop {
  const diem = cong(ketQua);
  const hang = hangTheoDiem(chamDiem, diem);
  return chuaDu(ketQua, diem, chamDiem.diemToiDa) ?? { trangThai: hang.trangThai, xepLoai: hang.ten, diem, diemToiDa: chamDiem.diemToiDa, hang: hang.ma };
}
