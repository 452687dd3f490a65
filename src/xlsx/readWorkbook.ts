/**
 * Reads a dvht workbook through its defined names (SPEC §4) — never through cell positions, so a template that
 * was moved around, or filled by another program, still reads — and turns it into a validated hồ sơ.
 */
import ExcelJS from "exceljs";
import {
  CO_KHONG,
  LOAI_DON_VI,
  MUC_CHUYEN_DOI_SO,
  RULE_SETS,
  TEN_MUC_CHUYEN_DOI_SO,
  isBoTieuChiId,
  validateHoSo,
  type BoTieuChiId,
  type HoSo,
  type MucChuyenDoiSo,
} from "../rules";
import { DV, HAU_TO_TRUONG, KET_LUAN, tenChiTieu, tenTieuChi, tenTruongChiTieu, type TruongNhap } from "../template";
import { truongNhapCua } from "../rules/inputFields";
import { moTaViTri, type ViTri } from "./viTri";

export { moTaViTri, type ViTri };

export type GiaTriO = string | number | boolean | null | { loi: string };


export interface SoDaDoc {
  hoSo: HoSo;
  /** name → where it points, for messages. */
  viTri: ReadonlyMap<string, ViTri>;
  /** The results stored in the file (CT_x_y_MUCDO, TC_x_MUCDO, KET_LUAN), where it has any. */
  ketQuaLuu: ReadonlyMap<string, GiaTriO>;
}

export class LoiSo extends Error {
  constructor(readonly loi: readonly string[]) {
    super(loi.join("\n"));
  }
}

/**
 * The plain value of a cell: a formula's cached result, rich text as text, an error as { loi }.
 * A formula's result is read from `cell.result`: ExcelJS's `cell.value` drops falsy results (0, "", FALSE).
 */
export function giaTriO(cell: ExcelJS.Cell): GiaTriO {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = cell.result;
    return result === undefined ? null : giaTriCuaO(result as ExcelJS.CellValue);
  }
  return giaTriCuaO(cell.value);
}

function giaTriCuaO(value: ExcelJS.CellValue): GiaTriO {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return { loi: "ngày tháng" };
  if ("error" in value) return { loi: String(value.error) };
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : giaTriCuaO(result as ExcelJS.CellValue);
  }
  if ("text" in value) return String(value.text);
  return null;
}

function viTriTen(wb: ExcelJS.Workbook): Map<string, ViTri> {
  const map = new Map<string, ViTri>();
  for (const { name, ranges } of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0] ?? "");
    if (m && ranges.length === 1) map.set(name, { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: `${m[3]}${m[4]}` });
  }
  return map;
}


const eq = (a: string, b: string) => a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");

/** Reads the inputs and stored results of a workbook. Throws LoiSo with one Vietnamese line per problem. */
export async function docSo(nguon: string | Buffer, tenTep = typeof nguon === "string" ? nguon : "sổ"): Promise<SoDaDoc> {
  const wb = new ExcelJS.Workbook();
  try {
    if (typeof nguon === "string") await wb.xlsx.readFile(nguon);
    else await wb.xlsx.load(nguon as unknown as ArrayBuffer);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new LoiSo([`${tenTep}: không tìm thấy tệp`]);
    throw new LoiSo([`${tenTep}: không đọc được sổ Excel (tệp hỏng, có mật khẩu hoặc không phải .xlsx)`]);
  }
  const viTri = viTriTen(wb);
  const doc = (ten: string): GiaTriO => {
    const v = viTri.get(ten);
    const ws = v && wb.getWorksheet(v.sheet);
    return ws ? giaTriO(ws.getCell(v.address)) : null;
  };
  const loi: string[] = [];
  const sai = (ten: string, message: string) => loi.push(`${moTaViTri(ten, viTri.get(ten))}: ${message}`);

  if (!viTri.has(DV.loai)) throw new LoiSo([`${tenTep}: không phải sổ mẫu dvht (thiếu tên ${DV.loai}); hãy tạo sổ bằng “dvht tao-mau”`]);
  const boTieuChi = docBoTieuChi(doc(DV.boTieuChi), doc(DV.cap));
  if (!boTieuChi) throw new LoiSo([`${moTaViTri(DV.boTieuChi, viTri.get(DV.boTieuChi))}: không xác định được bộ tiêu chí (${Object.keys(RULE_SETS).join(", ")})`]);
  const ruleSet = RULE_SETS[boTieuChi];

  const donVi: Record<string, unknown> = {};
  const loai = doc(DV.loai);
  if (loai === null || loai === "") sai(DV.loai, "thiếu loại đơn vị");
  else if (typeof loai !== "string" || !LOAI_DON_VI.some((l) => eq(l, loai))) sai(DV.loai, `loại đơn vị ${hien(loai)} không hợp lệ; chọn một trong: ${LOAI_DON_VI.join(", ")}`);
  else donVi.loai = LOAI_DON_VI.find((l) => eq(l, loai));
  const congLap = docCoKhong(doc(DV.congLap));
  if (congLap === "sai") sai(DV.congLap, `phải là "Có" hoặc "Không" (nhận được ${hien(doc(DV.congLap))})`);
  else if (congLap !== undefined) donVi.congLap = congLap;
  const ten = doc(DV.ten);
  if (typeof ten === "string" && ten.trim()) donVi.ten = ten.trim();
  else if (typeof ten === "number") donVi.ten = String(ten);
  const raw: Record<string, unknown> = { boTieuChi, donVi, chiTieu: {} };
  const nam = doc(DV.nam);
  if (typeof nam === "number") raw.namDanhGia = nam;
  else if (nam !== null && nam !== "") sai(DV.nam, `năm đánh giá phải là số (nhận được ${hien(nam)})`);

  const chiTieu = raw.chiTieu as Record<string, Record<string, unknown>>;
  for (const def of ruleSet.chiTieu) {
    const nhap: Record<string, unknown> = {};
    for (const truong of Object.keys(truongNhapCua(def)) as (TruongNhap | "ghiChu" | "tyLeNguoiHoc")[]) {
      if (!(truong in HAU_TO_TRUONG)) continue;
      const tenO = tenTruongChiTieu(def.id, truong as TruongNhap);
      if (!viTri.has(tenO)) continue;
      const v = doc(tenO);
      if (v === null || v === "") continue;
      const gt = chuyenGiaTri(truong as TruongNhap, v);
      if ("loi" in gt) sai(tenO, gt.loi);
      else nhap[truong] = gt.giaTri;
    }
    if (Object.keys(nhap).length > 0) chiTieu[def.id] = nhap;
  }
  // Problems of the values that could be read are reported together with those of the cells that could not.
  const checked = validateHoSo(raw);
  if (!checked.ok && donVi.loai !== undefined) loi.push(...checked.loi.map((l) => doiDuongDanSangO(l, viTri)));
  if (loi.length || !checked.ok) throw new LoiSo(loi.length ? loi : ["sổ không hợp lệ"]);
  const ketQuaLuu = new Map<string, GiaTriO>();
  for (const ten of [...ruleSet.chiTieu.map((d) => tenChiTieu(d.id, "MUCDO")), ...ruleSet.tieuChi.map((t) => tenTieuChi(t.id)), KET_LUAN]) {
    if (viTri.has(ten)) ketQuaLuu.set(ten, doc(ten));
  }
  return { hoSo: checked.hoSo, viTri, ketQuaLuu };
}

function hien(v: GiaTriO): string {
  if (v !== null && typeof v === "object") return `lỗi ${v.loi}`;
  return typeof v === "string" ? `"${v}"` : String(v);
}

function docBoTieuChi(bo: GiaTriO, cap: GiaTriO): BoTieuChiId | undefined {
  if (typeof bo === "string" && isBoTieuChiId(bo.trim())) return bo.trim() as BoTieuChiId;
  if (typeof cap === "string") {
    const c = cap.toLocaleLowerCase("vi");
    if (c.includes("huyện")) return "tt24-huyen";
    if (c.includes("tỉnh") || c.includes("thành phố")) return "tt24-tinh";
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

/** One cell value → the hồ sơ field, with the same tolerance as the sheet's own formulas (case, not spaces). */
function chuyenGiaTri(truong: TruongNhap, v: GiaTriO): ChuyenDoi {
  if (v !== null && typeof v === "object") return { loi: `ô có lỗi ${v.loi}` };
  switch (truong) {
    case "dat": {
      const c = docCoKhong(v);
      return c === "sai" || c === undefined ? { loi: `phải là "Có" hoặc "Không" (nhận được ${hien(v)})` } : { giaTri: c };
    }
    case "mucChuyenDoiSo": {
      const m = MUC_CHUYEN_DOI_SO.find((k: MucChuyenDoiSo) => typeof v === "string" && eq(TEN_MUC_CHUYEN_DOI_SO[k], v));
      return m ? { giaTri: m } : { loi: `phải là một trong: ${MUC_CHUYEN_DOI_SO.map((k) => TEN_MUC_CHUYEN_DOI_SO[k]).join(", ")} (nhận được ${hien(v)})` };
    }
    case "minhChung": {
      const list = String(v).split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
      return { giaTri: list };
    }
    default:
      return typeof v === "number" ? { giaTri: v } : { loi: `phải là số (nhận được ${hien(v)})` };
  }
}

/** "chiTieu.2.1.soDat: …" → "CT_2_1_SODAT ('Bảng tổng hợp'!D12): …" so the clerk finds the cell. */
function doiDuongDanSangO(line: string, viTri: ReadonlyMap<string, ViTri>): string {
  const m = /^chiTieu\.(\d+\.\d+)\.([A-Za-z]+): (.*)$/.exec(line);
  if (m && m[2] in HAU_TO_TRUONG) {
    const ten = tenTruongChiTieu(m[1], m[2] as TruongNhap);
    return `${moTaViTri(ten, viTri.get(ten))}: ${m[3]}`;
  }
  return line;
}
