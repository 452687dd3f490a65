/** Helpers for tests that let LibreOffice recalculate workbooks and read the values back through defined names. */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chuyenDoiBangLibreOffice, timLibreOffice } from "../../src/xlsx/libreOffice";
import { giaTriO, type GiaTriO } from "../../src/xlsx/readWorkbook";

/** LibreOffice is part of the test environment (.ci/run installs it); its absence is a failure, not a skip. */
export function canLibreOffice(): void {
  if (!timLibreOffice() && process.env.DVHT_SKIP_LIBREOFFICE !== "1") {
    throw new Error("LibreOffice (soffice) không có: cài gói libreoffice-calc, hoặc đặt DVHT_SKIP_LIBREOFFICE=1 để bỏ qua có chủ ý");
  }
}

export const coLibreOffice = () => Boolean(timLibreOffice());

export function thuMucTam(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dvht-${prefix}-`));
}

/** Recalculates every file in LibreOffice (one start for all) and returns the output paths, in order. */
export function tinhLai(files: string[], outDir: string): string[] {
  const r = chuyenDoiBangLibreOffice(files, outDir, "xlsx");
  if (!r.ok) throw new Error(`LibreOffice failed: ${r.output}`);
  return files.map((f) => join(outDir, f.split("/").pop()!));
}

/** Values of defined names, read straight from the workbook XML through ExcelJS (not through src/xlsx). */
export async function docTen(file: string): Promise<{ wb: ExcelJS.Workbook; giaTri: (ten: string) => GiaTriO; o: (ten: string) => ExcelJS.Cell }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const map = new Map<string, ExcelJS.Cell>();
  for (const { name, ranges } of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0] ?? "");
    if (m && ranges.length === 1) {
      const ws = wb.getWorksheet(m[1].replace(/''/g, "'"));
      if (ws) map.set(name, ws.getCell(`${m[2]}${m[3]}`));
    }
  }
  const o = (ten: string) => {
    const cell = map.get(ten);
    if (!cell) throw new Error(`no defined name ${ten} in ${file}`);
    return cell;
  };
  return { wb, o, giaTri: (ten) => giaTriO(o(ten)) };
}
