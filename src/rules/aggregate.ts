/** Criterion and unit levels, and the Tổng hợp counts (SPEC §2 rule 6; seed 001 section III). */
import { XEP_LOAI } from "./labels";
import type { DemMucDo, KetQuaTongHop, TrangThai } from "./types";

/** Order of levels for "the lowest level": only the three graded states are ranked. */
const HANG: Partial<Record<TrangThai, number>> = { "khong-dat": 0, "muc-do-1": 1, "muc-do-2": 2 };

/**
 * “Tiêu chí được đánh giá là đạt khi đơn vị đạt tất cả các chỉ tiêu của tiêu chí đó” (seed 000, mục V.2):
 * Không đạt if any applicable part is; else Chưa đủ dữ liệu if any is; else the lowest level.
 */
export function gopMucDo(states: readonly TrangThai[]): TrangThai {
  const apDung = states.filter((s) => s !== "khong-ap-dung");
  if (apDung.length === 0) return "khong-ap-dung";
  if (apDung.includes("khong-dat")) return "khong-dat";
  if (apDung.includes("chua-du-du-lieu")) return "chua-du-du-lieu";
  return apDung.reduce((lowest, s) => ((HANG[s] ?? 0) < (HANG[lowest] ?? 0) ? s : lowest));
}

export function ketQuaTongHop(trangThai: TrangThai): KetQuaTongHop {
  return { trangThai, xepLoai: XEP_LOAI[trangThai] };
}

/** Exclusive buckets of applicable items: Không đạt, mức độ 1, mức độ 2 (and those still lacking data). */
export function demMucDo(states: readonly TrangThai[]): DemMucDo {
  const count = (s: TrangThai) => states.filter((x) => x === s).length;
  return {
    apDung: states.length - count("khong-ap-dung"),
    khongDat: count("khong-dat"),
    mucDo1: count("muc-do-1"),
    mucDo2: count("muc-do-2"),
    chuaDuDuLieu: count("chua-du-du-lieu"),
  };
}
