/**
 * Rows of the printed documents that must grow with the text they show. A document shows the clerk's narratives
 * and the unit's fields through formulas in merged cells, and neither Excel nor LibreOffice ever re-fits a row
 * to a formula's result or to a merged cell: whoever prints (the pane before Excel's Print, `dvht in` before
 * LibreOffice) sizes these rows from the text each cell displays. The layout says where they are.
 */
import type { SheetSpec } from "./model";
import { styleOf } from "./styles";
import { tachO } from "./sheetBuilder";
import { caoDongIn } from "./sheets/hoSo/khung";

/** A cell whose displayed text decides its row's height: its width in column characters and its font size. */
export interface OTheoChu {
  ref: string;
  col: number;
  rong: number;
  pt: number;
}

export interface DongTheoChu {
  row: number;
  cells: OTheoChu[];
  /** The height of one line of its largest font: a row never shrinks below it. */
  toiThieu: number;
  /** Nothing else is on the row (no table border): not printed while its formulas show nothing. */
  anKhiTrong: boolean;
}

const tach = tachO;

/** The rows of a document sheet whose height follows their text: wrapped formula cells within one row. */
export function dongTheoChu(sheet: SheetSpec): DongTheoChu[] {
  if (!sheet.dongTheoChu) return [];
  const vung = new Map<string, { c2: number; r2: number }>();
  for (const m of sheet.merges) {
    const [a, b] = m.split(":");
    const to = tach(b);
    vung.set(a, { c2: to.col, r2: to.row });
  }
  const rows = new Map<number, DongTheoChu>();
  for (const cell of sheet.cells) {
    if (!cell.formula || !cell.style) continue;
    const style = styleOf(cell.style);
    if (!style.align?.wrap) continue;
    const { col, row } = tach(cell.ref);
    const m = vung.get(cell.ref);
    // A block over several rows (Nơi nhận, a criterion's name beside its indicators) keeps its rows.
    if (m && m.r2 > row) continue;
    let rong = 0;
    for (let c = col; c <= (m?.c2 ?? col); c++) rong += sheet.columns[c - 1] ?? 9;
    const pt = style.font?.size ?? 11;
    const dong = rows.get(row) ?? { row, cells: [], toiThieu: 0, anKhiTrong: true };
    if (style.border) dong.anKhiTrong = false;
    dong.cells.push({ ref: cell.ref, col, rong, pt });
    dong.toiThieu = Math.max(dong.toiThieu, Math.ceil(pt * 1.25 + 4));
    rows.set(row, dong);
  }
  // A row that also holds a constant (a label beside the text) always prints.
  for (const cell of sheet.cells) {
    const dong = rows.get(tach(cell.ref).row);
    if (dong && !cell.formula && cell.value !== undefined && cell.value !== "") dong.anKhiTrong = false;
  }
  return [...rows.values()].sort((a, b) => a.row - b.row);
}

/** The height in points that shows every text of the row whole (`chu(ref)` is the text a cell displays). */
export function chieuCaoTheoChu(dong: DongTheoChu, chu: (o: OTheoChu) => string): number {
  return Math.min(
    409, // Excel's largest row height
    dong.cells.reduce((h, o) => {
      const t = chu(o);
      return t.trim() ? Math.max(h, caoDongIn(t, o.rong, o.pt)) : h;
    }, dong.toiThieu),
  );
}
