/**
 * The `vanBan` of a hồ sơ as a zod schema, derived from the one list of fields (vanBan.ts): strict objects, texts
 * trimmed (NFC, line breaks as "\n") and at most DO_DAI_TOI_DA_VAN_BAN long, dates "yyyy-mm-dd" and times
 * "yyyy-mm-ddThh:mm" that exist on the calendar, ids of the rule set, lists no longer than the workbook's rows.
 */
import { z } from "zod";
import { THONG_BAO_VAN_BAN } from "./messages";
import type { NgayThang } from "./calendar";
import type { RuleSet } from "./types";
import {
  DANH_SACH_VAN_BAN,
  DO_DAI_TOI_DA_VAN_BAN,
  NHIEM_VU_TO,
  PHAN_CHI_TIEU_VAN_BAN,
  PHAN_TIEU_CHI_VAN_BAN,
  SO_DONG_DANH_SACH,
  phanVanBanCua,
  type TruongVanBan,
  type VanBanHoSo,
} from "./vanBan";

/** Years a document date may have (as namDanhGia). */
export const NAM_VAN_BAN = { tu: 2000, den: 2100 } as const;

export interface GioPhut extends NgayThang {
  gio: number;
  phut: number;
}

function ngayCoThat(nam: number, thang: number, ngay: number): boolean {
  const d = new Date(Date.UTC(nam, thang - 1, ngay));
  return nam >= NAM_VAN_BAN.tu && nam <= NAM_VAN_BAN.den && d.getUTCFullYear() === nam && d.getUTCMonth() === thang - 1 && d.getUTCDate() === ngay;
}

/** "2025-12-20" → the date, when it is one that exists (years NAM_VAN_BAN). */
export function docNgayIso(s: string): NgayThang | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [nam, thang, ngay] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return ngayCoThat(nam, thang, ngay) ? { nam, thang, ngay } : undefined;
}

/** "2025-12-20T08:00" → the date and time (the unit's local time; no seconds, no zone). */
export function docGioIso(s: string): GioPhut | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(s);
  const ngay = m && docNgayIso(m[1]);
  if (!m || !ngay) return undefined;
  const [gio, phut] = [Number(m[2]), Number(m[3])];
  return gio <= 23 && phut <= 59 ? { ...ngay, gio, phut } : undefined;
}

const hai = (n: number) => String(n).padStart(2, "0");
export const ngayIso = (d: NgayThang) => `${d.nam}-${hai(d.thang)}-${hai(d.ngay)}`;
export const gioIso = (d: GioPhut) => `${ngayIso(d)}T${hai(d.gio)}:${hai(d.phut)}`;

/** A text as kept: NFC (as the workbook readers read it), "\r\n" as "\n", no blanks around it. */
export function chuanHoaChu(s: string): string {
  return s.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

/** A text field; blank means not given (dropped), unless the field is required. */
function chu(nhan: string, batBuoc = false) {
  const s = z
    .string()
    .transform(chuanHoaChu)
    .superRefine((v, ctx) => {
      if (batBuoc && v === "") ctx.addIssue({ code: "custom", message: THONG_BAO_VAN_BAN.trong(nhan), input: v });
      if (v.length > DO_DAI_TOI_DA_VAN_BAN) ctx.addIssue({ code: "custom", message: THONG_BAO_VAN_BAN.quaDai(nhan, v.length, DO_DAI_TOI_DA_VAN_BAN), input: v });
    });
  return batBuoc ? s : s.nullish();
}

function thoiDiem(nhan: string, gio: boolean) {
  return z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      if (v === "" || (gio ? docGioIso(v) : docNgayIso(v))) return;
      ctx.addIssue({ code: "custom", message: gio ? THONG_BAO_VAN_BAN.gioSai(nhan, v) : THONG_BAO_VAN_BAN.ngaySai(nhan, v), input: v });
    })
    .nullish();
}

function truongSchema(t: TruongVanBan) {
  const nhan = `“${t.nhan}”`;
  return t.kieu === "ngay" ? thoiDiem(nhan, false) : t.kieu === "gio" ? thoiDiem(nhan, true) : chu(nhan);
}

/** At most the rows the workbook has (SO_DONG_DANH_SACH). */
function danhSach<T extends z.ZodType>(item: T, nhan: string, toiDa: number) {
  return z
    .array(item)
    .superRefine((ds, ctx) => {
      if (ds.length > toiDa) ctx.addIssue({ code: "custom", message: THONG_BAO_VAN_BAN.quaNhieuDong(nhan, ds.length, toiDa), input: ds });
    })
    .nullish();
}

const DANH_SACH_SCHEMA = {
  toTuDanhGia: () => {
    const [hoTen, chucVu, nhiemVu, dienThoai] = DANH_SACH_VAN_BAN.toTuDanhGia.cot;
    return z.strictObject({
      [hoTen.khoa]: chu(`“${hoTen.nhan}”`, true),
      [chucVu.khoa]: chu(`“${chucVu.nhan}”`),
      [nhiemVu.khoa]: z.enum(Object.values(NHIEM_VU_TO) as [string, ...string[]]),
      [dienThoai.khoa]: chu(`“${dienThoai.nhan}”`),
    });
  },
  chuVietTat: () => z.strictObject(Object.fromEntries(DANH_SACH_VAN_BAN.chuVietTat.cot.map((c) => [c.khoa, chu(`“${c.nhan}”`, c.batBuoc)]))),
  danhMucMinhChung: () =>
    z.strictObject(Object.fromEntries(DANH_SACH_VAN_BAN.danhMucMinhChung.cot.map((c) => [c.khoa, chu(`“${c.nhan}”`, "batBuoc" in c && c.batBuoc)]))),
} as const;

/** The schema of `vanBan` for a rule set (only the parts it holds: phanVanBanCua). */
export function vanBanSchema(ruleSet: RuleSet) {
  const phan = phanVanBanCua(ruleSet);
  const shape: Record<string, z.ZodType> = {};
  for (const t of phan.donVi) shape[t.khoa] = truongSchema(t);
  for (const nhom of phan.nhom) shape[nhom.khoa] = z.strictObject(Object.fromEntries(nhom.truong.map((t) => [t.khoa, truongSchema(t)]))).nullish();
  if (phan.theoChiTieu) {
    const phanChiTieu = (id: string) => Object.fromEntries(PHAN_CHI_TIEU_VAN_BAN.map((p) => [p.khoa, chu(`“${p.nhan}” của chỉ tiêu ${id}`)]));
    shape.chiTieu = z.strictObject(Object.fromEntries(ruleSet.chiTieu.map((d) => [d.id, z.strictObject(phanChiTieu(d.id)).nullish()]))).nullish();
    const ketLuan = (id: string) => ({ [PHAN_TIEU_CHI_VAN_BAN.khoa]: chu(`“Kết luận về tiêu chí ${id}”`) });
    shape.tieuChi = z.strictObject(Object.fromEntries(ruleSet.tieuChi.map((t) => [t.id, z.strictObject(ketLuan(t.id)).nullish()]))).nullish();
  }
  for (const k of phan.danhSach) shape[k] = danhSach(DANH_SACH_SCHEMA[k](), DANH_SACH_VAN_BAN[k].nhan, SO_DONG_DANH_SACH[k]);
  return z.strictObject(shape).nullish();
}

/** Blank, null and empty parts dropped, so a hồ sơ and the workbook made from it read back the same. */
export function gonVanBan(v: unknown): VanBanHoSo | undefined {
  const gon = (x: unknown): unknown => {
    if (x === null || x === undefined || x === "") return undefined;
    if (Array.isArray(x)) {
      const a = x.map(gon).filter((y) => y !== undefined);
      return a.length ? a : undefined;
    }
    if (typeof x === "object") {
      const o = Object.fromEntries(Object.entries(x as Record<string, unknown>).map(([k, y]) => [k, gon(y)] as const).filter(([, y]) => y !== undefined));
      return Object.keys(o).length ? o : undefined;
    }
    return x;
  };
  return gon(v) as VanBanHoSo | undefined;
}
