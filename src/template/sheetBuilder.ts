/** A small builder that keeps a SheetSpec's cells, merges and formats together while a layout is written. */
import { chuCot } from "../rules/roster";
import { FONT } from "./styles";
import type { CellSpec, ConditionalFormatSpec, PrintOptions, PrintSpec, SheetSpec } from "./model";

/** Column letter of a 1-based index. */
export const cot = chuCot;

/** "B12" (or "$B$12") → column 2, row 12. */
export function tachO(ref: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`Địa chỉ ô không hợp lệ: ${ref}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(m[2]) };
}

export function o(col: number, row: number): string {
  return `${cot(col)}${row}`;
}

/** `'Sheet name'!$A$1` — a workbook-wide reference to one cell. */
export function tuyetDoi(sheet: string, ref: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad ref ${ref}`);
  return `'${sheet.replace(/'/g, "''")}'!$${m[1]}$${m[2]}`;
}

/** A4, one page wide, centred, with page numbers in the footer: every printed sheet unless it says otherwise. */
const PRINT_DEFAULTS: Omit<PrintSpec, "landscape" | "titleRows"> = {
  paper: "A4",
  fitTo: { width: 1, height: 0 },
  centerHorizontally: true,
  margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  header: {},
  footer: { center: `&"${FONT}"&10Trang &P / &N` },
  differentFirst: false,
  blackAndWhite: false,
};

function printSpec(o: PrintOptions): PrintSpec {
  return { ...PRINT_DEFAULTS, ...o, margins: { ...PRINT_DEFAULTS.margins, ...o.margins } };
}

export class SheetBuilder {
  readonly spec: SheetSpec;
  constructor(name: string, columns: readonly number[], print: PrintOptions, protect = true) {
    this.spec = { name, columns, cells: [], merges: [], conditionalFormats: [], protect, print: printSpec(print), rowHeights: {}, rangeNames: [] };
  }

  set(cell: CellSpec): CellSpec {
    this.spec.cells.push(cell);
    return cell;
  }

  /** A value (or formula) written across a merged range, the cell spec going to its top-left cell. */
  merged(from: string, to: string, cell: Omit<CellSpec, "ref">): CellSpec {
    if (from !== to) this.spec.merges.push(`${from}:${to}`);
    return this.set({ ref: from, ...cell });
  }

  height(row: number, points: number): void {
    (this.spec.rowHeights as Record<number, number>)[row] = points;
  }

  nameRange(name: string, range: string): void {
    this.spec.rangeNames.push({ name, range });
  }

  format(format: ConditionalFormatSpec): void {
    this.spec.conditionalFormats.push(format);
  }
}

/**
 * Row height that shows wrapped text of this length in a column of this width (Times New Roman 11); a text with line
 * breaks (the seed's lists) wraps each of its lines on its own.
 */
export function chieuCaoDong(texts: readonly { text: string; width: number }[], min = 18): number {
  const dong = ({ text, width }: { text: string; width: number }) =>
    text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / Math.max(1, width * 1.25))), 0);
  return Math.max(min, Math.max(1, ...texts.map(dong)) * 14 + 4);
}
