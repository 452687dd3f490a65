/** Writes a workbook atomically: to a temporary file beside the target, then a rename, so no half-written file is left. */
import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";

export async function writeWorkbookAtomic(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const buffer = await wb.xlsx.writeBuffer();
    writeFileSync(tmp, Buffer.from(buffer as ArrayBuffer));
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}
