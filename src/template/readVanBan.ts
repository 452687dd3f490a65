/**
 * Reads the `vanBan` of a hồ sơ back from a workbook through the names the one list of fields gives
 * (rules/vanBan.ts): single cells for the fields, one name per column for the lists. Pure, like readInputs: both
 * readers hand it their lookups. A cell that cannot be read, or a value the hồ sơ's rules refuse, is a problem at
 * its cell, and only that field (or that row of a list) is left out: the rest of the documents still reads.
 */
import {
  DANH_SACH_VAN_BAN,
  PHAN_CHI_TIEU_VAN_BAN,
  PHAN_TIEU_CHI_VAN_BAN,
  NHAN_NHIEM_VU_TO,
  nhiemVuCua,
  THONG_BAO_O,
  kiemTraVanBan,
  phanVanBanCua,
  type KhoaDanhSachVanBan,
  type RuleSet,
  type TruongVanBan,
  type VanBanHoSo,
} from "../rules";
import { isoTuSoSeri } from "./cellValue";
import { tenBaoCao, tenKetLuanTieuChi } from "./names";
import type { GiaTriO, NguonTheoTen, VanDe } from "./readInputs";

type Raw = Record<string, unknown>;
type ChuyenDoi = { giaTri?: string } | { loi: string };

function hien(v: GiaTriO): string {
  if (v !== null && typeof v === "object") return `lỗi ${v.loi}`;
  return typeof v === "string" ? `"${v}"` : String(v);
}

const hai = (x: string) => x.padStart(2, "0");

/** "20/12/2025", "2025-12-20" (text a locale did not take for a date) → "2025-12-20"; the schema checks the date. */
function ngayTuChu(s: string): string | undefined {
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (vn) return `${vn[3]}-${hai(vn[2])}-${hai(vn[1])}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
}

function gioTuChu(s: string): string | undefined {
  const m = /^(.+?)[ T]+(\d{1,2})[:h](\d{2})$/.exec(s);
  const ngay = m && ngayTuChu(m[1].trim());
  return m && ngay ? `${ngay}T${hai(m[2])}:${m[3]}` : undefined;
}

/** A cell's value as the field's JSON value: text as typed; a date or a time from its serial number (or its text). */
function docTruong(kieu: TruongVanBan["kieu"], v: GiaTriO): ChuyenDoi {
  if (v === null) return {};
  if (typeof v === "object") return { loi: THONG_BAO_O.coLoi(v.loi) };
  if (kieu === "dong" || kieu === "doan") return { giaTri: String(v) };
  const coGio = kieu === "gio";
  if (typeof v === "number") {
    if (!coGio && v !== Math.floor(v)) return { loi: THONG_BAO_O.ngayCoGio(hien(v)) };
    return { giaTri: isoTuSoSeri(v, coGio) };
  }
  const s = typeof v === "string" ? (coGio ? gioTuChu(v.trim()) : ngayTuChu(v.trim())) : undefined;
  if (s) return { giaTri: s };
  return { loi: coGio ? THONG_BAO_O.phaiLaNgayGio(hien(v)) : THONG_BAO_O.phaiLaNgay(hien(v)) };
}

/** A role typed as its label (“Tổ trưởng”, any case) or as its code. */
function docNhiemVu(v: GiaTriO): ChuyenDoi {
  if (v === null) return {};
  // Its label, an older label or its code, as the sheet's own check reads it (rules/selfCouncil).
  const ma = typeof v === "string" ? nhiemVuCua(v) : undefined;
  return ma ? { giaTri: ma } : { loi: THONG_BAO_O.motTrong(Object.values(NHAN_NHIEM_VU_TO), hien(v)) };
}

/** Where each field of `vanBan` lives: its path and its cell's name. */
export function oCuaVanBan(ruleSet: RuleSet): { duongDan: string[]; ten: string; kieu: TruongVanBan["kieu"] }[] {
  const phan = phanVanBanCua(ruleSet);
  const out: { duongDan: string[]; ten: string; kieu: TruongVanBan["kieu"] }[] = [];
  for (const t of phan.donVi) out.push({ duongDan: [t.khoa], ten: t.ten, kieu: t.kieu });
  for (const nhom of phan.nhom) for (const t of nhom.truong) out.push({ duongDan: [nhom.khoa, t.khoa], ten: t.ten, kieu: t.kieu });
  if (phan.theoChiTieu) {
    for (const def of ruleSet.chiTieu) for (const p of PHAN_CHI_TIEU_VAN_BAN) out.push({ duongDan: ["chiTieu", def.id, p.khoa], ten: tenBaoCao(def.id, p.hauTo), kieu: "doan" });
    for (const tc of ruleSet.tieuChi) out.push({ duongDan: ["tieuChi", tc.id, PHAN_TIEU_CHI_VAN_BAN.khoa], ten: tenKetLuanTieuChi(tc.id), kieu: "doan" });
  }
  return out;
}

function datTai(goc: Raw, path: readonly string[], v: unknown): void {
  let o = goc;
  for (const k of path.slice(0, -1)) o = (o[k] ??= {}) as Raw;
  o[path[path.length - 1]] = v;
}

export interface NguonVanBan extends NguonTheoTen {
  /** The values of a name over a list (one column), top to bottom; absent where the reader has no lists. */
  danhSach?(ten: string): GiaTriO[];
}

/** The `vanBan` of a workbook (undefined when it has none) and the problems of its cells. */
export function docVanBan(nguon: NguonVanBan, ruleSet: RuleSet): { vanBan?: VanBanHoSo; vanDe: VanDe[] } {
  const raw: Raw = {};
  const vanDe: VanDe[] = [];
  const oCua = oCuaVanBan(ruleSet);
  for (const o of oCua) {
    if (!nguon.has(o.ten)) continue;
    const r = docTruong(o.kieu, nguon.get(o.ten));
    if ("loi" in r) vanDe.push({ ten: o.ten, thongBao: r.loi });
    else if (r.giaTri !== undefined) datTai(raw, o.duongDan, r.giaTri);
  }
  // Lists: the rows with anything in them, in order; `dong` keeps each one's row number in its list (TT).
  const dong = new Map<string, number[]>();
  for (const k of phanVanBanCua(ruleSet).danhSach) {
    const ds = DANH_SACH_VAN_BAN[k];
    const cot = ds.cot.map((c) => nguon.danhSach?.(c.ten) ?? []);
    const rows: Raw[] = [];
    const so: number[] = [];
    for (let i = 0; i < Math.max(0, ...cot.map((c) => c.length)); i++) {
      if (cot.every((c) => c[i] === null || c[i] === undefined)) continue;
      const row: Raw = {};
      let docDuoc = true;
      ds.cot.forEach((c, j) => {
        const r = c.khoa === "nhiemVu" ? docNhiemVu(cot[j][i] ?? null) : docTruong("dong", cot[j][i] ?? null);
        if ("loi" in r) vanDe.push({ thongBao: THONG_BAO_O.dongDanhSach(ds.nhan, i + 1, `${c.nhan} ${r.loi}`) });
        if ("loi" in r) docDuoc = false;
        else if (r.giaTri !== undefined) row[c.khoa] = r.giaTri;
      });
      // A row with a cell that cannot be read is left out whole (one message, not a second one for the gap).
      if (!docDuoc) continue;
      rows.push(row);
      so.push(i + 1);
    }
    if (rows.length) {
      raw[k] = rows;
      dong.set(k, so);
    }
  }
  if (Object.keys(raw).length === 0) return { vanDe };
  // The hồ sơ's own rules (lengths, dates, roles, required columns): a problem points at its cell or its row.
  const { vanBan, loi } = kiemTraVanBan(raw, ruleSet);
  for (const l of loi) {
    const path = l.duongDan.slice(1).map(String);
    const o = oCua.find((x) => x.duongDan.join("\u0000") === path.join("\u0000"));
    const ds = path[0] in DANH_SACH_VAN_BAN ? DANH_SACH_VAN_BAN[path[0] as KhoaDanhSachVanBan] : undefined;
    if (o) vanDe.push({ ten: o.ten, thongBao: l.thongBao });
    else if (ds && path.length > 1) vanDe.push({ thongBao: THONG_BAO_O.dongDanhSach(ds.nhan, dong.get(path[0])?.[Number(path[1])] ?? Number(path[1]) + 1, l.thongBao) });
    else vanDe.push({ thongBao: `vanBan.${path.join(".")}: ${l.thongBao}` });
  }
  return { ...(vanBan ? { vanBan } : {}), vanDe };
}
