/** The first sheet of a roster workbook as rows of text (browser-safe: the pane and the CLI share it). */
import { giaTriO, napSo } from "./openWorkbook";

export async function hangTuSo(data: ArrayBuffer | Uint8Array): Promise<string[][] | undefined> {
  const wb = await napSo(data);
  if (!wb) return undefined;
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws?.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = giaTriO(row.getCell(c));
      cells.push(v === null ? "" : typeof v === "object" ? `#${v.loi}` : String(v));
    }
    rows[r - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}
