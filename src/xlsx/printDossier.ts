/**
 * `dvht in`: prints the hồ sơ to PDF through LibreOffice, documents in the order of seed 000 (“Hồ sơ được đóng
 * thành quyển … theo thứ tự”), other sheets left out. Works on a copy: the clerk's workbook is not touched.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RULE_SETS, THONG_BAO_SO } from "../rules";
import { DV, docBoTieuChi } from "../template";
import { sheetPhieuM1, sheetPhieuM2 } from "../template/sheets/vanBan";
import {
  TEN_SHEET_BANG_TONG_HOP,
  TEN_SHEET_BAO_CAO,
  TEN_SHEET_BIEN_BAN,
  TEN_SHEET_CHU_VIET_TAT,
  TEN_SHEET_HOI_DONG,
  TEN_SHEET_MINH_CHUNG,
  TEN_SHEET_TO_TRINH,
  TEN_SHEET_TRANG_BIA,
} from "../template";
import { ghiTepNguyenVen } from "./writeFile";
import { chuyenDoiBangLibreOffice, timLibreOffice } from "./libreOffice";
import { LoiSo, moSo } from "./readWorkbook";

/** The dossier's documents in the binding order of seed 000: (1) bìa … (8) danh mục minh chứng. */
const THU_TU_HO_SO = [
  TEN_SHEET_TRANG_BIA,
  TEN_SHEET_TO_TRINH,
  TEN_SHEET_HOI_DONG,
  TEN_SHEET_BANG_TONG_HOP,
  TEN_SHEET_CHU_VIET_TAT,
  TEN_SHEET_BIEN_BAN,
  TEN_SHEET_BAO_CAO,
  TEN_SHEET_MINH_CHUNG,
] as const;

export class ThieuLibreOffice extends Error {}

export async function inHoSo(file: string, pdf: string, thuTu: readonly string[] = THU_TU_HO_SO): Promise<string[]> {
  if (!timLibreOffice()) throw new ThieuLibreOffice(THONG_BAO_SO.thieuLibreOffice);
  const so = await moSo(file);
  const co = thuTu.filter((name) => so.wb.getWorksheet(name));
  if (!so.wb.getWorksheet(TEN_SHEET_BANG_TONG_HOP)) throw new LoiSo([THONG_BAO_SO.khongPhaiMau(file, `sheet “${TEN_SHEET_BANG_TONG_HOP}”`)]);
  // ExcelJS does not read manual page breaks back: the forms' breaks are laid again from the layout.
  const bo = docBoTieuChi(so.get(DV.boTieuChi), so.get(DV.cap));
  if (bo) {
    for (const spec of [sheetPhieuM1(RULE_SETS[bo]).spec, sheetPhieuM2(RULE_SETS[bo]).spec]) {
      const ws = so.wb.getWorksheet(spec.name);
      const breaks = (ws as unknown as { rowBreaks?: unknown[] } | undefined)?.rowBreaks; // on the model, not the typings
      if (ws && (breaks?.length ?? 0) === 0) for (const r of spec.rowBreaks ?? []) ws.getRow(r).addPageBreak();
    }
  }
  // Documents first, in order; every other sheet hidden, so LibreOffice prints only the hồ sơ.
  so.wb.worksheets.forEach((sheet) => {
    const ws = sheet as typeof sheet & { orderNo: number }; // orderNo orders sheets on write (not on the typings)
    const i = co.indexOf(ws.name);
    ws.orderNo = i >= 0 ? i : co.length + ws.orderNo;
    ws.state = i >= 0 ? "visible" : "hidden";
  });
  const dir = mkdtempSync(join(tmpdir(), "dvht-in-"));
  try {
    const copy = join(dir, "ho-so.xlsx");
    await so.wb.xlsx.writeFile(copy);
    const r = chuyenDoiBangLibreOffice([copy], dir, "pdf");
    if (!r.ok) throw new Error(THONG_BAO_SO.libreOfficeKhongIn(r.output.trim()));
    await ghiTepNguyenVen(pdf, (tmp) => copyFileSync(join(dir, "ho-so.pdf"), tmp));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [...co];
}
