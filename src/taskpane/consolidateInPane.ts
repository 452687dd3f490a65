/**
 * “Tổng hợp nhiều đơn vị” from the pane: the council picks unit workbooks; each is read in the browser with the
 * same code as `dvht tong-hop` (loaded on demand, so the pane starts light), and the list is written into a new
 * sheet of the open workbook in one batch.
 */
import type { NgayThang } from "../rules";
import type { ChayExcel } from "../excel/liveUpdates";
import { giuLaChu } from "../excel/plainText";

const TEN_SHEET_TONG_HOP = "Tổng hợp đơn vị";

interface TepChon {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function tongHopTuTep(
  files: readonly TepChon[],
  chay: ChayExcel,
  homNay: NgayThang,
  bam: (text: string) => Promise<string>,
  tienDo: (xong: number, tong: number) => void,
): Promise<{ soDonVi: number; soLoi: number }> {
  const { moSoTuByte, LoiSo } = await import("../xlsx/openWorkbook");
  const { dongTuSo, cotTongHop, sapXep } = await import("../xlsx/consolidateCore");
  const COT_TONG_HOP = cotTongHop();
  type Dong = Awaited<ReturnType<typeof dongTuSo>>;
  const ketQua: Dong[] = [];
  for (const [i, f] of files.entries()) {
    try {
      ketQua.push(await dongTuSo(await moSoTuByte(await f.arrayBuffer(), f.name), f.name, f.name, homNay, bam));
    } catch (e) {
      ketQua.push({ tep: f.name, lyDo: e instanceof LoiSo ? e.loi.join("; ") : String((e as Error).message) });
    }
    tienDo(i + 1, files.length);
  }
  const dong = sapXep(ketQua.filter((r): r is Extract<Dong, { tuDanhGia: string }> => "tuDanhGia" in r));
  const loi = ketQua.filter((r): r is Extract<Dong, { lyDo: string }> => "lyDo" in r);
  const values: (string | number)[][] = [
    ["STT", ...COT_TONG_HOP.map((c) => c.header)],
    ...dong.map((d, i) => [i + 1, ...COT_TONG_HOP.map((c) => c.value(d) ?? "")]),
    ...loi.map((l) => ["", `Không đọc được: ${l.lyDo}`, ...Array(COT_TONG_HOP.length - 2).fill(""), l.tep]),
  ];
  await chay(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    if (sheets.items.some((s) => s.name === TEN_SHEET_TONG_HOP)) context.workbook.worksheets.getItem(TEN_SHEET_TONG_HOP).delete();
    const ws = context.workbook.worksheets.add(TEN_SHEET_TONG_HOP);
    const range = ws.getRangeByIndexes(0, 0, values.length, values[0].length);
    range.numberFormat = values.map((row) => row.map((v) => (typeof v === "number" ? "0" : "@")));
    range.values = values.map((row) => row.map(giuLaChu)); // unit names read from files stay text
    ws.getRangeByIndexes(0, 0, 1, values[0].length).format.font.bold = true;
    ws.freezePanes.freezeRows(1);
    ws.autoFilter.apply(ws.getRangeByIndexes(0, 0, dong.length + 1, values[0].length));
    ws.getRangeByIndexes(0, 0, values.length, values[0].length).format.autofitColumns();
    ws.activate();
    await context.sync();
  });
  return { soDonVi: dong.length, soLoi: loi.length };
}
