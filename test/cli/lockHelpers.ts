/** Editing locked workbooks with ExcelJS as a clerk, or a forger with a script, would (lock and forgery tests). */
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { CHOT, DONG_DAU_CHOT, DV, TEN_SHEET_CHOT, noiDungBam, noiDungBamV2, type GiaTriO } from "../../src/template";

export async function moSo(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The cell a defined name points to. */
export function oCuaTen(wb: ExcelJS.Workbook, ten: string): ExcelJS.Cell {
  const [range] = wb.definedNames.getRanges(ten).ranges;
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range)!;
  return wb.getWorksheet(m[1].replace(/''/g, "'"))!.getCell(`${m[2]}${m[3]}`);
}

/** Types a value into the cell of a defined name (as a clerk would), wherever the layout puts it. */
export async function sua(file: string, ten: string, value: ExcelJS.CellValue): Promise<void> {
  const wb = await moSo(file);
  oCuaTen(wb, ten).value = value;
  await wb.xlsx.writeFile(file);
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The locked values of the lock sheet, by name. */
export function giaTriDaChot(ws: ExcelJS.Worksheet): Map<string, GiaTriO> {
  const giaTri = new Map<string, GiaTriO>();
  ws.eachRow((row, r) => {
    if (r >= DONG_DAU_CHOT && typeof row.getCell(1).value === "string") giaTri.set(String(row.getCell(1).value), JSON.parse(String(row.getCell(4).value)) as GiaTriO);
  });
  return giaTri;
}

/** A forger's script: the fingerprint of way 2 recomputed over what the lock sheet holds now (≈ the 20 lines). */
export function tinhLaiMaV2(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet(TEN_SHEET_CHOT)!;
  const v = (ten: string) => String(oCuaTen(wb, ten).value);
  oCuaTen(wb, CHOT.maBam).value = sha256(noiDungBamV2(v(CHOT.boTieuChi), v(CHOT.phienBan), v(CHOT.thoiDiem), giaTriDaChot(ws)));
}

/**
 * A lock as dvht made it before CHOT_CACH_BAM (way 1): no cấp, bộ tiêu chí nor time under the fingerprint, no
 * CHOT_CACH_BAM or CHOT_GIO_VIET names, the fingerprint over the other inputs.
 */
export function veCachCu(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet(TEN_SHEET_CHOT)!;
  for (const ten of [CHOT.cachBam, CHOT.gioViet]) {
    const [range] = wb.definedNames.getRanges(ten).ranges;
    wb.definedNames.remove(range, ten);
  }
  for (const c of ["A6", "B6", "C6"]) ws.getCell(c).value = null;
  for (let r = ws.rowCount; r >= DONG_DAU_CHOT; r--) {
    const ten = ws.getRow(r).getCell(1).value;
    if (ten === DV.cap || ten === DV.boTieuChi) ws.spliceRows(r, 1);
  }
  const v = (ten: string) => String(oCuaTen(wb, ten).value);
  oCuaTen(wb, CHOT.maBam).value = sha256(noiDungBam(v(CHOT.boTieuChi), v(CHOT.phienBan), giaTriDaChot(ws)));
}
