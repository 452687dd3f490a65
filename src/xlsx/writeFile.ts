/**
 * Writes files atomically: to a temporary file beside the target, then a rename, so a target is either the old
 * file or the whole new one, never half-written, and no temporary file is left behind when writing fails.
 */
import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";

export async function ghiTepNguyenVen(file: string, write: (tmp: string) => void | Promise<void>): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await write(tmp);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

export async function writeWorkbookAtomic(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await ghiTepNguyenVen(file, async (tmp) => {
    const buffer = await wb.xlsx.writeBuffer();
    writeFileSync(tmp, Buffer.from(buffer as ArrayBuffer));
  });
}
