/**
 * Opening a workbook from bytes and resolving its defined names — browser-safe (ExcelJS only, no file system), so
 * the CLI and the task pane (consolidation from files a council picks) read workbooks the same way.
 */
import ExcelJS from "exceljs";
import type { GiaTriO, ViTri } from "../template";

export class LoiSo extends Error {
  constructor(readonly loi: readonly string[]) {
    super(loi.join("\n"));
  }
}

export interface SoMo {
  wb: ExcelJS.Workbook;
  viTri: Map<string, ViTri>;
  get(ten: string): GiaTriO;
  /** The values of a name over a range (a list), top to bottom; [] when the name is absent. */
  danhSach(ten: string): GiaTriO[];
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

export async function moSoTuByte(data: ArrayBuffer | Uint8Array, tenTep: string): Promise<SoMo> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch {
    throw new LoiSo([`${tenTep}: không đọc được sổ Excel (tệp hỏng, có mật khẩu hoặc không phải .xlsx)`]);
  }
  return moSoDaNap(wb);
}

export function moSoDaNap(wb: ExcelJS.Workbook): SoMo {
  const viTri = viTriTen(wb);
  const get = (ten: string): GiaTriO => {
    const v = viTri.get(ten);
    const ws = v && wb.getWorksheet(v.sheet);
    return ws ? giaTriO(ws.getCell(v.address)) : null;
  };
  const danhSach = (ten: string): GiaTriO[] => {
    const model = (wb.definedNames.model as { name: string; ranges: string[] }[]).find((n) => n.name === ten);
    const m = model && /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(model.ranges[0] ?? "");
    const ws = m && wb.getWorksheet((m[1] ?? m[2]).replace(/''/g, "'"));
    if (!m || !ws) return [];
    const out: GiaTriO[] = [];
    for (let r = Number(m[4]); r <= Number(m[6]); r++) out.push(giaTriO(ws.getCell(`${m[3]}${r}`)));
    return out;
  };
  return { wb, viTri, get, danhSach };
}
