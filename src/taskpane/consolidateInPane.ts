/**
 * The council's register from the pane: the open workbook is (or becomes) the Sổ Hội đồng. The picked unit
 * workbooks are read in the browser with the same code as `dvht tong-hop` (loaded on demand, so the pane starts
 * light), what the council recorded in the open register is read back first, and the register sheets are written
 * again whole, as the CLI writes its file.
 */
import { canhBaoHoiDongDanhGia, homNayLocal, kiemTraHoiDongDanhGia, type NgayThang, type SoHoiDong } from "../rules";
import type { ChayExcel } from "../excel/liveUpdates";
import { SO_HOI_DONG, docSoHoiDong, docTepLoi, giaTriTuTho, oHoiDongTheoMa, soHoiDongSpec, type GiaTriO } from "../template";

interface TepChon {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const TEN_SHEET = Object.values(SO_HOI_DONG);

/** The register's sheets of the open workbook as grids (one sync), absent sheets undefined. */
async function docBangMo(chay: ChayExcel): Promise<Map<string, GiaTriO[][]>> {
  return chay(async (context) => {
    const doc = TEN_SHEET.map((ten) => {
      const used = context.workbook.worksheets.getItemOrNullObject(ten).getUsedRangeOrNullObject(true);
      used.load("values,valueTypes,rowIndex,columnIndex");
      return { ten, used };
    });
    await context.sync();
    const bang = new Map<string, GiaTriO[][]>();
    for (const { ten, used } of doc) {
      if (used.isNullObject) continue;
      const grid: GiaTriO[][] = [];
      used.values.forEach((row, i) => {
        const r: GiaTriO[] = Array(used.columnIndex).fill(null);
        row.forEach((v, j) => r.push(giaTriTuTho(v, used.valueTypes[i][j])));
        grid[used.rowIndex + i] = r;
      });
      bang.set(ten, Array.from(grid, (r) => r ?? []));
    }
    return bang;
  });
}

/**
 * Queues the question “is the open workbook a council register (its hidden received-data sheet is there)?”; the
 * answer is read after the caller's next sync, so the pane asks it in the sync that starts it (no sync of its own).
 */
export function hoiLaSoHoiDong(context: Excel.RequestContext): () => boolean {
  const ws = context.workbook.worksheets.getItemOrNullObject(SO_HOI_DONG.duLieu);
  return () => !ws.isNullObject;
}

export async function laSoHoiDongMo(chay: ChayExcel): Promise<boolean> {
  return chay(async (context) => {
    const la = hoiLaSoHoiDong(context);
    await context.sync();
    return la();
  });
}

/** What the council view shows of the open register. */
export interface SoHoiDongMo {
  so: SoHoiDong;
  /** Problems of what the council typed (each naming its cell) and receipts whose stored data is unreadable. */
  loi: string[];
  /** Files the last reception could not read (sheet “Không đọc được”). */
  tepLoi: { tep: string; lyDo: string }[];
  /** By receipt number, the cells of its “Hội đồng” row in the sheet “Thẩm định”. */
  oHoiDong: Map<string, string>;
}

/** The open register as read now (one sync, nothing is written): for the council view. */
export async function docSoMo(chay: ChayExcel, homNay: NgayThang = homNayLocal()): Promise<SoHoiDongMo> {
  const { capNhatBanNhan } = await import("../xlsx/registerCore");
  const bang = await docBangMo(chay);
  const doc = (ten: string) => bang.get(ten);
  const daCo = docSoHoiDong(doc);
  const kq = capNhatBanNhan(daCo, [], { ngayNhan: homNay, homNay });
  // The Hội đồng đánh giá's own list, once the council has typed one, is checked as the CLI checks it.
  const ds = daCo.hoiDongDanhGia ?? [];
  const hoiDong = ds.length ? kiemTraHoiDongDanhGia(ds).map(canhBaoHoiDongDanhGia) : [];
  return { so: kq.so, loi: [...daCo.loi, ...kq.so.dong.flatMap((d) => d.thamDinh?.loi ?? []), ...(kq.so.quyetDinh?.loi ?? []), ...hoiDong], tepLoi: docTepLoi(doc), oHoiDong: oHoiDongTheoMa(doc) };
}

export async function capNhatSoTrongPane(
  files: readonly TepChon[],
  chay: ChayExcel,
  ngayNhan: NgayThang,
  bam: (text: string) => Promise<string>,
  tienDo: (xong: number, tong: number) => void,
): Promise<{ so: SoHoiDong; moi: number; kiemTraLai: number; soLoi: number }> {
  const { LoiSo } = await import("../xlsx/openWorkbook");
  // The light reader (only the parts the register needs), the full one when it cannot: as `dvht tong-hop` reads.
  const { moSoNhanhTuByte } = await import("../xlsx/readLight");
  const { banNhanTuSo } = await import("../xlsx/consolidateCore");
  const { capNhatBanNhan } = await import("../xlsx/registerCore");
  const bang = await docBangMo(chay);
  const daCo = docSoHoiDong((ten) => bang.get(ten));
  type Doc = Awaited<ReturnType<typeof banNhanTuSo>>;
  const doc: Doc[] = [];
  for (const [i, f] of files.entries()) {
    try {
      doc.push(await banNhanTuSo(await moSoNhanhTuByte(await f.arrayBuffer(), f.name), f.name, f.name, bam));
    } catch (e) {
      doc.push({ tep: f.name, lyDo: e instanceof LoiSo ? e.loi.join("; ") : String((e as Error).message) });
    }
    tienDo(i + 1, files.length);
  }
  const kq = capNhatBanNhan(daCo, doc, { ngayNhan, homNay: ngayNhan });
  const spec = soHoiDongSpec(kq.so, kq.loi);
  const { renderLayoutWithOfficeJs } = await import("../excel/renderLayoutWithOfficeJs");
  await chay(async (context) => {
    // The council's entries were read above: the register's sheets are drawn again whole (no stale rows).
    const cu = TEN_SHEET.map((ten) => context.workbook.worksheets.getItemOrNullObject(ten).load("isNullObject"));
    await context.sync();
    for (const ws of cu) if (!ws.isNullObject) ws.delete();
    await renderLayoutWithOfficeJs(context, spec, { danhDauMau: false });
    context.workbook.worksheets.getItem(SO_HOI_DONG.ds).activate();
    await context.sync();
  });
  return { so: kq.so, moi: kq.moi, kiemTraLai: kq.kiemTraLai, soLoi: kq.loi.length };
}
