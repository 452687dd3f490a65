/** The input fields of each kind of indicator, as zod schemas: the one place that says what a clerk may type. */
import { z } from "zod";
import { maMinhChung } from "./evidence";
import { docTyLe } from "./rate";
import { MUC_CHUYEN_DOI_SO, type ChiTieuDef } from "./types";

/** Absent, null and blank all mean “not provided” (a form or a blank cell may send either). */
const soDem = z.number().int().min(0).nullish();
const tongDem = z.number().int().min(1).nullish();
const tyLe = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((value, ctx) => {
    if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return undefined;
    const parsed = docTyLe(value);
    if (parsed.ok) return parsed.diemPhanTram;
    ctx.addIssue({ code: "custom", message: parsed.loi, input: value });
    return z.NEVER;
  });
// Each listed code is read like a cell's text (rules/evidence): blanks around it go, and a code of only blanks or
// separators is an empty code, reported as such.
const maTrongDanhSach = z.preprocess((s) => (typeof s === "string" ? maMinhChung(s).join(", ") : s), z.string().min(1));
const minhChung = z.union([z.array(maTrongDanhSach), z.boolean(), z.string()]).nullish();

const DEM_HOAC_TY_LE = { soDat: soDem, tongSo: tongDem, tyLe } as const;
const TRUONG_NGUOI_HOC = { nguoiHocDat: soDem, tongNguoiHoc: tongDem, tyLeNguoiHoc: tyLe } as const;
const TRUONG_CHUNG = { minhChung, ghiChu: z.string().nullish() } as const;

/** The input fields of each kind of indicator; evidence and a note are common to all. */
const TRUONG_THEO_KIEU: { [K in ChiTieuDef["kieu"]]: (def: Extract<ChiTieuDef, { kieu: K }>) => Record<string, z.ZodType> } = {
  dat: () => ({ dat: z.boolean().nullish() }),
  "ty-le": (def) => ({ ...DEM_HOAC_TY_LE, ...(def.nguoiHoc ? TRUONG_NGUOI_HOC : {}) }),
  "muc-cds": () => ({ mucChuyenDoiSo: z.enum(MUC_CHUYEN_DOI_SO).nullish() }),
  // TT22: `luaChon` (1.1, 1.3) or `danhHieu` (3.2), one of the codes the rule set lists (SPEC §3).
  "lua-chon": (def) => ({ [def.truong]: z.enum(def.luaChon.map((c) => c.ma) as [string, ...string[]]).nullish() }),
  "ty-le-diem": () => DEM_HOAC_TY_LE,
};

export function truongNhapCua(def: ChiTieuDef): Record<string, z.ZodType> {
  return { ...TRUONG_THEO_KIEU[def.kieu](def as never), ...TRUONG_CHUNG };
}

