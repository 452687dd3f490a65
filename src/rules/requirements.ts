/** The requirement of an indicator in words, derived from its thresholds (tables, CLI, template). */
import { apDungCho } from "./applicability";
import { TEN_MUC_CHUYEN_DOI_SO, soGon } from "./labels";
import type { ChiTieuDef, DonVi, NguongMucDo, RuleSet } from "./types";

/** Full wording, e.g. "Thành viên ≥ 90% (mức 1), ≥ 95% (mức 2)"; compact wording, e.g. "≥ 90% / ≥ 95%". */
export type CachViet = "day-du" | "gon";

function nguongChu(n: NguongMucDo, cach: CachViet): string {
  return cach === "gon" ? `≥ ${n.mucDo1}% / ≥ ${n.mucDo2}%` : `≥ ${n.mucDo1}% (mức 1), ≥ ${n.mucDo2}% (mức 2)`;
}

export function yeuCauChiTieu(def: ChiTieuDef, donVi?: DonVi, cach: CachViet = "day-du"): string {
  switch (def.kieu) {
    case "dat":
      if (def.diem !== undefined) return cach === "gon" ? `Có: ${soGon(def.diem)}; Không: 0` : `Có: ${soGon(def.diem)} điểm; Không: 0 điểm`;
      return cach === "gon" ? "Đạt" : "Đạt (có minh chứng)";
    case "lua-chon":
      // Compact: the JSON codes (what a CLI user types); full: the labels of the form.
      return def.luaChon.map((c) => (cach === "gon" ? `${c.ma}: ${soGon(c.diem)}` : `${c.ten}: ${soGon(c.diem)} điểm`)).join("; ");
    case "ty-le-diem": {
      const diem = cach === "gon" ? "" : " điểm";
      const bac = def.bac.map((b, i) => `${b.tu === 100 ? "100%" : `${i === 0 ? "≥ " : "từ "}${b.tu}%`}: ${soGon(b.diem)}${diem}`);
      return [...bac, `dưới ${def.bac[def.bac.length - 1].tu}%: 0${diem}`].join("; ");
    }
    case "muc-cds": {
      const [m1, m2] = [TEN_MUC_CHUYEN_DOI_SO[def.mucDo1], TEN_MUC_CHUYEN_DOI_SO[def.mucDo2]];
      return cach === "gon" ? `${m1} / ${m2}` : `${m1} (mức 1), ${m2} (mức 2)`;
    }
    case "ty-le": {
      const thanhVien = `${cach === "gon" ? "" : "Thành viên "}${nguongChu(def.nguong, cach)}`;
      const coNguoiHoc = def.nguoiHoc && (donVi === undefined || apDungCho(def.nguoiHoc.apDung, donVi));
      return coNguoiHoc && def.nguoiHoc ? `${thanhVien}; người học ${nguongChu(def.nguoiHoc.nguong, cach)}` : thanhVien;
    }
  }
}

/**
 * The text of an indicator at a level, as the source words it (the Báo cáo prints both levels, seed 000 Phụ lục:
 * “copy nguyên văn chỉ tiêu”): the level's own words where the source has them (`noiDungMucDo`); else, for a share,
 * “Tối thiểu <ngưỡng> ” before `noiDung` (the form of seed 000 mục IV); else `noiDung`, the same at both levels.
 * A points rule set (TT22) has no levels: its indicators read `noiDung` whatever the level asked.
 */
export function noiDungTheoMucDo(def: ChiTieuDef, mucDo: 1 | 2): string {
  if (def.noiDungMucDo) return mucDo === 1 ? def.noiDungMucDo.mucDo1 : def.noiDungMucDo.mucDo2;
  if (def.kieu !== "ty-le") return def.noiDung;
  const nguong = mucDo === 1 ? def.nguong.mucDo1 : def.nguong.mucDo2;
  return `Tối thiểu ${soGon(nguong)}% ${def.noiDung.charAt(0).toLocaleLowerCase("vi")}${def.noiDung.slice(1)}`;
}

/** The evidence the source suggests for an indicator, one line each (TT24: seed 000; TT22: seed 004 “Các minh chứng”). */
export function minhChungGoiY(ruleSet: RuleSet, def: ChiTieuDef): string | undefined {
  return def.minhChungGoiY ?? ruleSet.chamDiem?.goiY[def.id]?.minhChung;
}
