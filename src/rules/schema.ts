/**
 * Validation of the hồ sơ JSON (SPEC §3) with zod, derived once from the rule set's data: each kind of
 * indicator declares its input fields here, and every problem becomes one Vietnamese line naming its path.
 */
import { z } from "zod";
import { LOAI_DON_VI, loaiCuaBo, type ChiTieuDef, type ChiTieuNhap, type HoSo, type RuleSet } from "./types";
import { RULE_SETS, isBoTieuChiId } from "./ruleSets";
import { maMinhChung } from "./evidence";
import { truongNhapCua } from "./inputFields";
import { XEP_LOAI_HOI_DONG, type HoiDongNhap, type XepLoaiHoiDong } from "./council";
import { THONG_BAO } from "./messages";
import { duongDan, formatIssue } from "./validationMessages";
import { gonVanBan, vanBanSchema } from "./vanBanSchema";
import type { VanBanHoSo } from "./vanBan";

type Raw = Record<string, unknown>;

function chiTieuSchema(def: ChiTieuDef) {
  return z.strictObject(truongNhapCua(def)).superRefine((raw: Raw, ctx) => {
    kiemTraDem(raw, ctx, "soDat", "tongSo", "tyLe");
    kiemTraDem(raw, ctx, "nguoiHocDat", "tongNguoiHoc", "tyLeNguoiHoc");
  });
}

/** số đạt ≤ tổng số, and counts or a typed rate, not both (never choose silently between two answers). */
function kiemTraDem(raw: Raw, ctx: z.RefinementCtx, soDat: string, tongSo: string, tyLeKey: string): void {
  const dat = raw[soDat];
  const tong = raw[tongSo];
  // Compared only when both counts are valid on their own, so one mistake gives one line.
  if (Number.isSafeInteger(dat) && Number.isSafeInteger(tong) && (tong as number) >= 1 && (dat as number) > (tong as number)) {
    ctx.addIssue({ code: "custom", path: [soDat], message: THONG_BAO.datLonHonTong(soDat, dat as number, tongSo, tong as number), input: dat });
  }
  if ((typeof dat === "number" || typeof tong === "number") && raw[tyLeKey] !== undefined) {
    ctx.addIssue({ code: "custom", path: [tyLeKey], message: THONG_BAO.caDemVaTyLe(soDat, tongSo, tyLeKey), input: raw[tyLeKey] });
  }
}

const TRUONG_DON_VI = {
  ten: z.string().trim().min(1).nullish(),
  loai: z.enum(LOAI_DON_VI),
  congLap: z.boolean().nullish(),
};
// Strict like every other object of the hồ sơ: a typo ("tenn", "conglap") is named, never passed over.
const donVi = z.strictObject(TRUONG_DON_VI);

/** The unit of a rule set: its type must be one its cấp assesses (one line naming donVi.loai otherwise). */
function donViCua(ruleSet: RuleSet) {
  const loai = TRUONG_DON_VI.loai.superRefine((l, ctx) => {
    if (!loaiCuaBo(ruleSet).includes(l)) ctx.addIssue({ code: "custom", message: THONG_BAO.loaiKhongThuocCap(l, ruleSet), input: l });
  });
  return z.strictObject({ ...TRUONG_DON_VI, loai });
}
const namHopLe = z.number().int().min(2000).max(2100);
const namDanhGia = namHopLe.nullish();
const TRUONG_HO_SO_KHAC = { $schema: z.string().optional(), ghiChu: z.string().nullish() };

const xepLoaiHoiDong = z.strictObject({ xepLoai: z.enum(XEP_LOAI_HOI_DONG).nullish(), ghiChu: z.string().nullish() });

function hoSoSchema(ruleSet: RuleSet, namBatBuoc: boolean) {
  const chiTieu = Object.fromEntries(ruleSet.chiTieu.map((def) => [def.id, chiTieuSchema(def).nullish()]));
  const hoiDong = Object.fromEntries(ruleSet.chiTieu.map((def) => [def.id, xepLoaiHoiDong.nullish()]));
  return z.strictObject({
    boTieuChi: z.literal(ruleSet.id),
    donVi: donViCua(ruleSet),
    namDanhGia: namBatBuoc ? namHopLe : namDanhGia,
    chiTieu: z.strictObject(chiTieu),
    // A council records levels (TT24); a points-based hồ sơ has no such review yet.
    ...(ruleSet.chamDiem ? {} : { hoiDong: z.strictObject({ chiTieu: z.strictObject(hoiDong) }).nullish() }),
    // The documents' own fields (rules/vanBan.ts), an extension of SPEC §3.
    vanBan: vanBanSchema(ruleSet),
    ...TRUONG_HO_SO_KHAC,
  });
}

/** Used when boTieuChi itself is wrong: still reports every other problem it can. */
function hoSoKhongRoBo(namBatBuoc: boolean) {
  return z.strictObject({
    boTieuChi: z.enum(Object.keys(RULE_SETS) as [string, ...string[]]),
    donVi,
    namDanhGia: namBatBuoc ? namHopLe : namDanhGia,
    chiTieu: z.record(z.string(), z.unknown()),
    hoiDong: z.unknown().optional(),
    vanBan: z.unknown().optional(),
    ...TRUONG_HO_SO_KHAC,
  });
}

/**
 * Built on first use, so a rule set registered later (dangKyBoTieuChi) is validated like the others. A hồ sơ file
 * states its year (SPEC §3); a workbook's blank year, or a custom function's inputs, need not.
 */
const SCHEMAS = new Map<RuleSet, ReturnType<typeof hoSoSchema>>();
const SCHEMAS_CO_NAM = new Map<RuleSet, ReturnType<typeof hoSoSchema>>();
function schemaCua(ruleSet: RuleSet, namBatBuoc: boolean) {
  const bang = namBatBuoc ? SCHEMAS_CO_NAM : SCHEMAS;
  let s = bang.get(ruleSet);
  if (!s) bang.set(ruleSet, (s = hoSoSchema(ruleSet, namBatBuoc)));
  return s;
}

/** The fields an object schema allows at a path (for "unknown field; use: …"); none where any key is allowed. */
function truongTai(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const boc = (s: z.ZodType | undefined): z.ZodType | undefined => {
    while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    return s;
  };
  let s: z.ZodType | undefined = schema;
  for (const k of path) {
    s = boc(s);
    if (s instanceof z.ZodArray && typeof k === "number") s = s.element as z.ZodType;
    else s = s instanceof z.ZodObject ? (s.shape as Record<string, z.ZodType>)[String(k)] : undefined;
  }
  s = boc(s);
  return s instanceof z.ZodObject ? Object.keys(s.shape).filter((k) => !k.startsWith("$")) : [];
}

export type KetQuaKiemTra = { ok: true; hoSo: HoSo } | { ok: false; loi: string[] };

export interface TuyChonKiemTra {
  /** namDanhGia must be given (a hồ sơ JSON file). */
  namBatBuoc?: boolean;
}

export function validateHoSo(input: unknown, { namBatBuoc = false }: TuyChonKiemTra = {}): KetQuaKiemTra {
  const boTieuChi = typeof input === "object" && input !== null ? (input as Raw).boTieuChi : undefined;
  const ruleSet = isBoTieuChiId(boTieuChi) ? RULE_SETS[boTieuChi] : undefined;
  const schema: z.ZodType = ruleSet ? schemaCua(ruleSet, namBatBuoc) : hoSoKhongRoBo(namBatBuoc);
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, loi: parsed.error.issues.flatMap((issue) => formatIssue(issue, ruleSet, (path) => truongTai(schema, path))) };
  return { ok: true, hoSo: toHoSo(parsed.data as Raw, ruleSet!) };
}

function toHoSo(data: Raw, ruleSet: RuleSet): HoSo {
  const dv = data.donVi as Raw;
  const chiTieu: Record<string, ChiTieuNhap> = {};
  for (const [id, raw] of Object.entries(data.chiTieu as Record<string, Raw | null | undefined>)) {
    if (raw) chiTieu[id] = toChiTieuNhap(raw);
  }
  return {
    boTieuChi: ruleSet.id,
    donVi: {
      loai: dv.loai as HoSo["donVi"]["loai"],
      ...(typeof dv.ten === "string" ? { ten: dv.ten } : {}),
      ...(typeof dv.congLap === "boolean" ? { congLap: dv.congLap } : {}),
    },
    ...(typeof data.namDanhGia === "number" ? { namDanhGia: data.namDanhGia } : {}),
    chiTieu,
    ...(data.hoiDong ? { hoiDong: toHoiDong(data.hoiDong as Raw) } : {}),
    ...vanBanNeuCo(data.vanBan),
  };
}

function vanBanNeuCo(raw: unknown): { vanBan?: VanBanHoSo } {
  const vanBan = gonVanBan(raw);
  return vanBan ? { vanBan } : {};
}

/** A problem of a `vanBan` read from a workbook: its path (from "vanBan") and its message without the path. */
export interface LoiVanBan {
  duongDan: readonly PropertyKey[];
  thongBao: string;
}

const VAN_BAN_RIENG = new Map<RuleSet, z.ZodType>();

/**
 * Checks a `vanBan` on its own (a workbook's, where one bad cell must not hide the others): every problem, and what
 * is left once the parts with problems are taken out (a field, or a whole row of a list).
 */
export function kiemTraVanBan(raw: unknown, ruleSet: RuleSet): { vanBan?: VanBanHoSo; loi: LoiVanBan[] } {
  let schema = VAN_BAN_RIENG.get(ruleSet);
  if (!schema) VAN_BAN_RIENG.set(ruleSet, (schema = z.strictObject({ vanBan: vanBanSchema(ruleSet) })));
  const loi: LoiVanBan[] = [];
  const input = { vanBan: structuredClone(raw) } as Raw;
  // Rows taken out of a list: the index each remaining row had at first, so every message names the row as read.
  const chiSo = new Map<string, number[]>();
  const goc = (path: readonly PropertyKey[]): PropertyKey[] =>
    path.map((k, i) => (typeof k === "number" && i === 2 ? (chiSo.get(String(path[1]))?.[k] ?? k) : k));
  // Each pass reports what zod finds; a check that waits on another (a list's length on its rows) shows in the next.
  for (let lan = 0; lan < 5; lan++) {
    const parsed = schema.safeParse(input, { reportInput: true });
    if (parsed.success) return { ...vanBanNeuCo((parsed.data as Raw).vanBan), loi };
    const hang = new Map<string, Set<number>>();
    for (const issue of parsed.error.issues) {
      const path = goc(issue.path);
      for (const dong of formatIssue({ ...issue, path: path as typeof issue.path }, ruleSet, (p) => truongTai(schema, p))) {
        loi.push({ duongDan: path, thongBao: dong.slice(duongDan(path).length + 2) });
      }
      const [, ds, i] = issue.path;
      if (typeof i === "number") hang.set(String(ds), (hang.get(String(ds)) ?? new Set()).add(i));
      else boDi(input, issue.path);
    }
    for (const [ds, rows] of hang) {
      const list = (input.vanBan as Record<string, unknown[]>)[ds];
      const cu = chiSo.get(ds) ?? list.map((_, i) => i);
      chiSo.set(ds, cu.filter((_, i) => !rows.has(i)));
      (input.vanBan as Record<string, unknown[]>)[ds] = list.filter((_, i) => !rows.has(i));
    }
  }
  return { loi };
}

/** Removes the field at a path (its object stays). */
function boDi(goc: Raw, path: readonly PropertyKey[]): void {
  let o: unknown = goc;
  for (const k of path.slice(0, -1)) o = (o as Record<PropertyKey, unknown> | undefined)?.[k as string];
  if (o && typeof o === "object") delete (o as Record<PropertyKey, unknown>)[path[path.length - 1] as string];
  else if (path.length > 1) boDi(goc, path.slice(0, -1));
}
function toHoiDong(raw: Raw): HoiDongNhap {
  const chiTieu: Record<string, { xepLoai?: XepLoaiHoiDong; ghiChu?: string }> = {};
  for (const [id, v] of Object.entries((raw.chiTieu ?? {}) as Record<string, Raw | null>)) {
    if (!v) continue;
    chiTieu[id] = {
      ...(typeof v.xepLoai === "string" ? { xepLoai: v.xepLoai as XepLoaiHoiDong } : {}),
      ...(typeof v.ghiChu === "string" ? { ghiChu: v.ghiChu } : {}),
    };
  }
  return { chiTieu };
}

function toChiTieuNhap(raw: Raw): ChiTieuNhap {
  const minh = raw.minhChung;
  const danhSach = Array.isArray(minh) ? minh.flatMap((m) => maMinhChung(String(m))) : typeof minh === "string" ? maMinhChung(minh) : [];
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value !== null && value !== undefined && key !== "minhChung" && key !== "ghiChu") values[key] = value;
  }
  // “minhChung is a non-empty list (or true); absent, empty or false means no evidence” (SPEC §3).
  return { ...values, coMinhChung: minh === true || danhSach.length > 0, minhChung: danhSach };
}
