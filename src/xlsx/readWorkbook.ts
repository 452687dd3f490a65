/**
 * Reads a dvht workbook file through its defined names (SPEC §4) — never through cell positions, so a template
 * that was moved around, or filled by another program, still reads — and turns it into a validated hồ sơ.
 */
import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { hoSoTuTen, moTaViTri, tenCacKetQua, type GiaTriO, type ViTri } from "../template/readInputs";
import type { HoSo } from "../rules";

export { moTaViTri, type GiaTriO, type ViTri };

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

export interface SoMo {
  wb: ExcelJS.Workbook;
  viTri: Map<string, ViTri>;
  get(ten: string): GiaTriO;
}

/** Opens a workbook and resolves its defined names; throws LoiSo for a file that is not a readable .xlsx. */
export async function moSo(nguon: string | Buffer, tenTep = typeof nguon === "string" ? nguon : "sổ"): Promise<SoMo> {
  const wb = new ExcelJS.Workbook();
  if (typeof nguon === "string" && !existsSync(nguon)) throw new LoiSo([`${tenTep}: không tìm thấy tệp`]);
  try {
    if (typeof nguon === "string") await wb.xlsx.readFile(nguon);
    else await wb.xlsx.load(nguon as unknown as ArrayBuffer);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new LoiSo([`${tenTep}: không tìm thấy tệp`]);
    throw new LoiSo([`${tenTep}: không đọc được sổ Excel (tệp hỏng, có mật khẩu hoặc không phải .xlsx)`]);
  }
  const viTri = viTriTen(wb);
  const get = (ten: string): GiaTriO => {
    const v = viTri.get(ten);
    const ws = v && wb.getWorksheet(v.sheet);
    return ws ? giaTriO(ws.getCell(v.address)) : null;
  };
  return { wb, viTri, get };
}

/** Reads the inputs and stored results of a workbook. Throws LoiSo with one Vietnamese line per problem. */
export async function docSo(nguon: string | Buffer, tenTep = typeof nguon === "string" ? nguon : "sổ"): Promise<SoDaDoc> {
  const { viTri, get } = await moSo(nguon, tenTep);
  const r = hoSoTuTen({ has: (ten) => viTri.has(ten), get }, tenTep);
  if (!r.ok) throw new LoiSo(r.vanDe.map((v) => (v.ten ? `${moTaViTri(v.ten, viTri.get(v.ten))}: ${v.thongBao}` : v.thongBao)));
  const ketQuaLuu = new Map<string, GiaTriO>();
  for (const ten of tenCacKetQua(r.ruleSet)) if (viTri.has(ten)) ketQuaLuu.set(ten, get(ten));
  return { hoSo: r.hoSo, viTri, ketQuaLuu };
}
