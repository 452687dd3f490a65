/**
 * From the values behind the defined names (SPEC §4) to a validated hồ sơ. Pure: the ExcelJS reader (files) and
 * the Office.js reader (inside Excel) both hand it a lookup by name, so they read workbooks the same way, with the
 * same tolerance as the sheet's own formulas (case-insensitive text, no trimming).
 */
import {
  CO_KHONG,
  LOAI_DON_VI,
  MUC_CHUYEN_DOI_SO,
  RULE_SETS,
  THONG_BAO_O,
  THONG_BAO_SO,
  TEN_MUC_CHUYEN_DOI_SO,
  XEP_LOAI,
  XEP_LOAI_HOI_DONG,
  isBoTieuChiId,
  validateHoSo,
  type BoTieuChiId,
  type ChiTieuDef,
  type HoSo,
  type MucChuyenDoiSo,
  type RuleSet,
} from "../rules";
import { truongNhapCua } from "../rules/inputFields";
import { docVanBan, type NguonVanBan } from "./readVanBan";
import { DV, HAU_TO_TRUONG, KET_LUAN, KET_LUAN_HOI_DONG, TONG_DIEM, tenChiTieu, tenTieuChi, tenTieuChiDiem, tenTieuChiHoiDong, tenTruongChiTieu, type TruongNhap } from "./names";

/** A cell's plain value: text, number, boolean, blank (null), or an Excel error. */
export type GiaTriO = string | number | boolean | null | { loi: string };

export interface ViTri {
  sheet: string;
  address: string;
}

export function moTaViTri(ten: string, viTri: ViTri | undefined): string {
  return viTri ? `${ten} ('${viTri.sheet}'!${viTri.address})` : ten;
}

/** A problem, tied to the defined name of its cell when it has one (so the pane can select the cell). */
export interface VanDe {
  ten?: string;
  thongBao: string;
}

export interface NguonTheoTen {
  has(ten: string): boolean;
  get(ten: string): GiaTriO;
}

/**
 * A readable workbook gives its hồ sơ, `vanBan` included as far as it reads; `vanDeVanBan` are the problems of the
 * documents' cells (a date that is not one, a text too long), which never stop the indicators from being assessed.
 */
export type KetQuaDocTen = { ok: true; hoSo: HoSo; ruleSet: RuleSet; vanDeVanBan: VanDe[] } | { ok: false; vanDe: VanDe[] };

/** Every name the inputs of a rule set live under (unit, then indicators), in the order of the form. */
export function tenCacONhap(ruleSet: RuleSet): string[] {
  const names: string[] = [DV.ten, DV.loai, DV.congLap, DV.nam, DV.cap, DV.boTieuChi];
  for (const def of ruleSet.chiTieu) {
    names.push(tenChiTieu(def.id, "HOIDONG"), tenChiTieu(def.id, "HOIDONG_GHICHU"));
    for (const truong of Object.keys(truongNhapCua(def))) {
      if (truong in HAU_TO_TRUONG) names.push(tenTruongChiTieu(def.id, truong as TruongNhap));
    }
  }
  return names;
}

/** Names of the results the workbook stores: indicators, criteria, conclusion, and the council's (or the points). */
export function tenCacKetQua(ruleSet: RuleSet): string[] {
  if (ruleSet.chamDiem) {
    return [...ruleSet.chiTieu.map((d) => tenChiTieu(d.id, "DIEM")), ...ruleSet.tieuChi.map((t) => tenTieuChiDiem(t.id)), TONG_DIEM, KET_LUAN];
  }
  return [
    ...ruleSet.chiTieu.map((d) => tenChiTieu(d.id, "MUCDO")),
    ...ruleSet.tieuChi.map((t) => tenTieuChi(t.id)),
    KET_LUAN,
    ...ruleSet.tieuChi.map((t) => tenTieuChiHoiDong(t.id)),
    KET_LUAN_HOI_DONG,
  ];
}

const eq = (a: string, b: string) => a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");

function hien(v: GiaTriO): string {
  if (v !== null && typeof v === "object") return `lỗi ${v.loi}`;
  return typeof v === "string" ? `"${v}"` : String(v);
}

export function docBoTieuChi(bo: GiaTriO, cap: GiaTriO): BoTieuChiId | undefined {
  if (typeof bo === "string" && isBoTieuChiId(bo.trim())) return bo.trim() as BoTieuChiId;
  if (typeof cap === "string") {
    // Only when the bộ tiêu chí cell is gone: the one rule set of the cấp the sheet names (none when several serve it).
    const c = cap.toLocaleLowerCase("vi");
    const huyen = c.includes("huyện");
    const tinh = c.includes("tỉnh") || c.includes("thành phố");
    const cua = huyen !== tinh ? Object.values(RULE_SETS).filter((rs) => rs.cap === (huyen ? "huyen" : "tinh")) : [];
    if (cua.length === 1) return cua[0].id;
  }
  return undefined;
}

function docCoKhong(v: GiaTriO): boolean | undefined | "sai" {
  if (v === null || v === "") return undefined;
  if (typeof v === "string" && eq(v, CO_KHONG.co)) return true;
  if (typeof v === "string" && eq(v, CO_KHONG.khong)) return false;
  return "sai";
}

type ChuyenDoi = { giaTri: unknown } | { loi: string };

function chuyenGiaTri(truong: TruongNhap, v: GiaTriO, def: ChiTieuDef): ChuyenDoi {
  if (v !== null && typeof v === "object") return { loi: THONG_BAO_O.coLoi(v.loi) };
  switch (truong) {
    case "luaChon":
    case "danhHieu": {
      // The cell holds the label of the list; the hồ sơ holds its code.
      const cac = def.kieu === "lua-chon" ? def.luaChon : [];
      const chon = cac.find((c) => typeof v === "string" && eq(c.ten, v));
      return chon ? { giaTri: chon.ma } : { loi: THONG_BAO_O.motTrong(cac.map((c) => c.ten), hien(v), "; ") };
    }
    case "dat": {
      const c = docCoKhong(v);
      return c === "sai" || c === undefined ? { loi: THONG_BAO_O.coKhong(hien(v)) } : { giaTri: c };
    }
    case "mucChuyenDoiSo": {
      const m = MUC_CHUYEN_DOI_SO.find((k: MucChuyenDoiSo) => typeof v === "string" && eq(TEN_MUC_CHUYEN_DOI_SO[k], v));
      return m ? { giaTri: m } : { loi: THONG_BAO_O.motTrong(MUC_CHUYEN_DOI_SO.map((k) => TEN_MUC_CHUYEN_DOI_SO[k]), hien(v)) };
    }
    case "minhChung":
      // The text as typed: the schema reads its codes (rules/evidence), as for a hồ sơ.
      return { giaTri: String(v) };
    default:
      return typeof v === "number" ? { giaTri: v } : { loi: THONG_BAO_O.phaiLaSo(hien(v)) };
  }
}

/** Hồ sơ fields of the unit → the cell that holds each. */
const O_CUA_TRUONG: Readonly<Record<string, string>> = {
  boTieuChi: DV.boTieuChi,
  "donVi.ten": DV.ten,
  "donVi.loai": DV.loai,
  "donVi.congLap": DV.congLap,
  namDanhGia: DV.nam,
};

/** "chiTieu.2.1.soDat: …" → the problem of CT_2_1_SODAT ("namDanhGia: …" → DV_NAM), so the clerk is taken to the cell. */
function vanDeTuDong(line: string): VanDe {
  const m = /^chiTieu\.(\d+\.\d+)\.([A-Za-z]+): (.*)$/s.exec(line);
  if (m && m[2] in HAU_TO_TRUONG) return { ten: tenTruongChiTieu(m[1], m[2] as TruongNhap), thongBao: m[3] };
  const dv = /^([A-Za-z.]+): (.*)$/s.exec(line);
  if (dv && O_CUA_TRUONG[dv[1]]) return { ten: O_CUA_TRUONG[dv[1]], thongBao: dv[2] };
  return { thongBao: line };
}

/**
 * Reads the unit, every indicator and the documents' fields through their names; `nguon` says what each name holds
 * (and, where the reader has them, what each list holds).
 */
export function hoSoTuTen(nguon: NguonVanBan, tenNguon: string): KetQuaDocTen {
  if (!nguon.has(DV.loai)) return { ok: false, vanDe: [{ thongBao: THONG_BAO_SO.khongPhaiMau(tenNguon, `tên ${DV.loai}`) }] };
  const boTieuChi = docBoTieuChi(nguon.get(DV.boTieuChi), nguon.get(DV.cap));
  if (!boTieuChi) return { ok: false, vanDe: [{ ten: DV.boTieuChi, thongBao: THONG_BAO_SO.khongRoBo(Object.keys(RULE_SETS)) }] };
  const ruleSet = RULE_SETS[boTieuChi];
  const vanDe: VanDe[] = [];
  const sai = (ten: string, thongBao: string) => vanDe.push({ ten, thongBao });

  const donVi: Record<string, unknown> = {};
  const loai = nguon.get(DV.loai);
  if (loai === null || loai === "") sai(DV.loai, THONG_BAO_O.thieuLoai);
  else if (typeof loai !== "string" || !LOAI_DON_VI.some((l) => eq(l, loai))) sai(DV.loai, THONG_BAO_O.loaiKhongHopLe(hien(loai), LOAI_DON_VI));
  else donVi.loai = LOAI_DON_VI.find((l) => eq(l, loai));
  const congLapO = nguon.has(DV.congLap) ? nguon.get(DV.congLap) : null;
  const congLap = docCoKhong(congLapO);
  if (congLap === "sai") sai(DV.congLap, THONG_BAO_O.coKhong(hien(congLapO)));
  else if (congLap !== undefined) donVi.congLap = congLap;
  const ten = nguon.has(DV.ten) ? nguon.get(DV.ten) : null;
  if (typeof ten === "string" && ten.trim()) donVi.ten = ten.trim();
  else if (typeof ten === "number") donVi.ten = String(ten);
  const raw: Record<string, unknown> = { boTieuChi, donVi, chiTieu: {} };
  const nam = nguon.has(DV.nam) ? nguon.get(DV.nam) : null;
  if (typeof nam === "number") raw.namDanhGia = nam;
  else if (nam !== null && nam !== "") sai(DV.nam, THONG_BAO_O.namPhaiLaSo(hien(nam)));

  const chiTieu = raw.chiTieu as Record<string, Record<string, unknown>>;
  const hoiDong: Record<string, Record<string, unknown>> = {};
  for (const def of ruleSet.chiTieu) {
    const xl = nguon.has(tenChiTieu(def.id, "HOIDONG")) ? nguon.get(tenChiTieu(def.id, "HOIDONG")) : null;
    const gc = nguon.has(tenChiTieu(def.id, "HOIDONG_GHICHU")) ? nguon.get(tenChiTieu(def.id, "HOIDONG_GHICHU")) : null;
    const hd: Record<string, unknown> = {};
    if (xl !== null && xl !== "") {
      const code = XEP_LOAI_HOI_DONG.find((k) => typeof xl === "string" && eq(XEP_LOAI[k], xl));
      if (code) hd.xepLoai = code;
      else sai(tenChiTieu(def.id, "HOIDONG"), THONG_BAO_O.motTrong(XEP_LOAI_HOI_DONG.map((k) => XEP_LOAI[k]), hien(xl)));
    }
    if (gc !== null && gc !== "" && typeof gc !== "object") hd.ghiChu = String(gc);
    if (Object.keys(hd).length > 0) hoiDong[def.id] = hd;
  }
  if (Object.keys(hoiDong).length > 0) raw.hoiDong = { chiTieu: hoiDong };
  for (const def of ruleSet.chiTieu) {
    const nhap: Record<string, unknown> = {};
    for (const truong of Object.keys(truongNhapCua(def))) {
      if (!(truong in HAU_TO_TRUONG)) continue;
      const tenO = tenTruongChiTieu(def.id, truong as TruongNhap);
      if (!nguon.has(tenO)) continue;
      const v = nguon.get(tenO);
      if (v === null || v === "") continue;
      const gt = chuyenGiaTri(truong as TruongNhap, v, def);
      if ("loi" in gt) sai(tenO, gt.loi);
      else nhap[truong] = gt.giaTri;
    }
    if (Object.keys(nhap).length > 0) chiTieu[def.id] = nhap;
  }
  // Problems of the values that could be read come together with those of the cells that could not.
  const checked = validateHoSo(raw);
  if (!checked.ok && donVi.loai !== undefined) vanDe.push(...checked.loi.map(vanDeTuDong));
  if (vanDe.length > 0 || !checked.ok) return { ok: false, vanDe };
  const { vanBan, vanDe: vanDeVanBan } = docVanBan(nguon, ruleSet);
  return { ok: true, hoSo: vanBan ? { ...checked.hoSo, vanBan } : checked.hoSo, ruleSet, vanDeVanBan };
}
