/**
 * “Chuẩn bị in”: every row of the printed documents as tall as the text it shows now. Excel never re-fits a row
 * when a formula's result grows, nor to a merged cell, so a narrative typed on “Nội dung hồ sơ” after the
 * workbook was made would print cut. The layout (template/rowFit) says which rows follow their text; this reads
 * their displayed text and writes the heights: three syncs for the whole workbook (the sheets present, the
 * texts, the heights). The heights are saved with the file, so LibreOffice prints them too.
 */
import { chieuCaoTheoChu, dongTheoChu, type WorkbookSpec } from "../template";
import { tenCot } from "./addresses";

export interface KetQuaGianDong {
  /** Document sheets sized, in the layout's order. */
  sheets: string[];
  /** Rows given a new height or shown/hidden. */
  soDong: number;
}

export async function gianDongVanBan(context: Excel.RequestContext, spec: WorkbookSpec): Promise<KetQuaGianDong> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const co = new Set(sheets.items.map((s) => s.name));
  const doc = spec.sheets
    .filter((s) => co.has(s.name))
    .map((s) => ({ s, dong: dongTheoChu(s) }))
    .filter((d) => d.dong.length > 0)
    .map((d) => {
      const cuoiDong = d.dong[d.dong.length - 1].row;
      const cuoiCot = Math.max(...d.dong.flatMap((x) => x.cells.map((o) => o.col)));
      // One rectangle per sheet: its displayed text (a formula's result as Excel shows it).
      const range = context.workbook.worksheets.getItem(d.s.name).getRange(`A1:${tenCot(cuoiCot)}${cuoiDong}`).load("text");
      return { ...d, range };
    });
  await context.sync();
  let soDong = 0;
  for (const d of doc) {
    const ws = context.workbook.worksheets.getItem(d.s.name);
    const text = d.range.text;
    for (const dong of d.dong) {
      const chu = (col: number) => String(text[dong.row - 1]?.[col - 1] ?? "");
      const trong = dong.cells.every((o) => !chu(o.col).trim());
      const hang = ws.getRange(`${dong.row}:${dong.row}`);
      // Rows sit on protected sheets that allow formatting rows (SHEET_PROTECTION): no unprotect needed.
      if (trong && dong.anKhiTrong) hang.rowHidden = true;
      else {
        hang.rowHidden = false;
        hang.format.rowHeight = chieuCaoTheoChu(dong, (o) => chu(o.col));
      }
      soDong++;
    }
  }
  await context.sync();
  return { sheets: doc.map((d) => d.s.name), soDong };
}

/**
 * Sizes the documents when one of them is opened (its tab activated, as before Print): not on every edit, since
 * an add-in's write empties Excel's undo list. Adds the handler in the caller's batch (the live-update start-up
 * registers its own handler in the same sync); reading the sheet's name costs one sync and writes nothing.
 */
export function dangKyKhiMoVanBan(
  context: Excel.RequestContext,
  chay: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>,
  spec: () => WorkbookSpec | undefined,
  xong: (kq: KetQuaGianDong) => void,
): void {
  // A host without worksheet events (older Excel) keeps the button “Chuẩn bị in”.
  if (!context.workbook.worksheets.onActivated) return;
  context.workbook.worksheets.onActivated.add(async (event) => {
    const layout = spec();
    if (!layout) return;
    const laVanBan = new Set(layout.sheets.filter((s) => s.dongTheoChu).map((s) => s.name));
    const kq = await chay(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(event.worksheetId).load("name");
      await ctx.sync();
      return laVanBan.has(ws.name) ? gianDongVanBan(ctx, layout) : undefined;
    });
    if (kq) xong(kq);
  });
}

/** The same registration in a batch of its own. */
export async function gianKhiMoVanBan(
  chay: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>,
  spec: () => WorkbookSpec | undefined,
  xong: (kq: KetQuaGianDong) => void,
): Promise<void> {
  await chay(async (context) => {
    dangKyKhiMoVanBan(context, chay, spec, xong);
    await context.sync();
  });
}
