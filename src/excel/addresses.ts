/** A1 address helpers for the Office.js renderer: rectangles, and lists of cells compressed into row runs. */
import { cot, tachO } from "../template/sheetBuilder";

export { tachO };

/** Column letters: the same helper as the layout uses. */
export const tenCot = cot;

/** "A1,B1,C1,B2" → ["A1:C1", "B2"]: runs of adjacent cells on a row, so one format call covers many cells. */
export function gopThanhDai(refs: readonly string[]): string[] {
  const byRow = new Map<number, number[]>();
  for (const ref of refs) {
    const { col, row } = tachO(ref);
    byRow.set(row, [...(byRow.get(row) ?? []), col]);
  }
  const out: string[] = [];
  for (const [row, cols] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(cols)].sort((a, b) => a - b);
    let start = sorted[0];
    let prev = start;
    for (const c of [...sorted.slice(1), Infinity]) {
      if (c === prev + 1) {
        prev = c;
        continue;
      }
      out.push(start === prev ? `${tenCot(start)}${row}` : `${tenCot(start)}${row}:${tenCot(prev)}${row}`);
      start = prev = c;
    }
  }
  return out;
}

/** Addresses joined for getRanges(), in chunks that stay well below Excel's address-length limit. */
export function chiaDiaChi(ranges: readonly string[], maxLength = 2000): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const r of ranges) {
    if (current && current.length + r.length + 1 > maxLength) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current},${r}` : r;
  }
  if (current) chunks.push(current);
  return chunks;
}
