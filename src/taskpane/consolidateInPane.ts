/**
 * The council's register from the pane: the open workbook is (or becomes) the Sổ Hội đồng. The picked unit
 * workbooks are read in the browser with the same code as `dvht tong-hop` (loaded on demand, so the pane starts
 * light), what the council recorded in the open register is read back first, and the register sheets are written
 * again whole, as the CLI writes its file.
 */
import { THONG_BAO_LICH, canhBaoHoiDongDanhGia, kiemTraLichRieng, homNayLocal, kiemTraHoiDongDanhGia, type LichRieng, type NgayThang, type SoHoiDong } from "../rules";
import type { ChayExcel } from "../excel/liveUpdates";
import type { BanDoc, TepLoi } from "../xlsx/consolidateCore";
import { SO_HOI_DONG, docSoHoiDong, docTepLoi, giaTriTuTho, oHoiDongTheoMa, soHoiDongSpec, type GiaTriO } from "../template";
import { laSheetSoHoiDong, laSheetVanBanHoiDong } from "../template";

interface TepChon {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const TEN_SHEET = Object.values(SO_HOI_DONG);

/** The register's sheets of the open workbook as grids, absent sheets undefined, and every sheet's name (one sync). */
async function docBangMo(chay: ChayExcel): Promise<{ bang: Map<string, GiaTriO[][]>; tenSheet: string[] }> {
  return chay(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
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
    return { bang, tenSheet: sheets.items.map((w) => w.name) };
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
  /** The council's printable documents the workbook holds, in its sheets' order (the order they are drawn and printed). */
  vanBan: string[];
}

/** The open register as read now (one sync, nothing is written): for the council view. */
export async function docSoMo(chay: ChayExcel, homNay: NgayThang = homNayLocal()): Promise<SoHoiDongMo> {
  const { capNhatBanNhan } = await import("../xlsx/registerCore");
  const { bang, tenSheet } = await docBangMo(chay);
  const doc = (ten: string) => bang.get(ten);
  const daCo = docSoHoiDong(doc);
  const kq = capNhatBanNhan(daCo, [], { ngayNhan: homNay, homNay });
  // The Hội đồng đánh giá's own list, once the council has typed one, is checked as the CLI checks it.
  const ds = daCo.hoiDongDanhGia ?? [];
  const hoiDong = ds.length ? kiemTraHoiDongDanhGia(ds).map(canhBaoHoiDongDanhGia) : [];
  return { so: kq.so, loi: [...daCo.loi, ...kq.so.dong.flatMap((d) => d.thamDinh?.loi ?? []), ...(kq.so.quyetDinh?.loi ?? []), ...hoiDong], tepLoi: docTepLoi(doc), oHoiDong: oHoiDongTheoMa(doc), vanBan: tenSheet.filter(laSheetVanBanHoiDong) };
}

export interface TuyChonCapNhatSo {
  /** The province's deadlines, kept in the register from now on (as `dvht tong-hop --lich`). */
  lichRieng?: LichRieng;
  /** End on the first of the council's documents (else on the register's list). */
  moVanBan?: boolean;
}

/** A sheet added only while the register's sheets are redrawn: Excel refuses to delete a workbook's last sheet. */
const SHEET_TAM = "dvht-tam";

export async function capNhatSoTrongPane(
  files: readonly TepChon[],
  chay: ChayExcel,
  ngayNhan: NgayThang,
  bam: (text: string) => Promise<string>,
  tienDo: (xong: number, tong: number) => void,
  o: TuyChonCapNhatSo = {},
): Promise<{ so: SoHoiDong; moi: number; kiemTraLai: number; soLoi: number; vanBan: string[] }> {
  const { capNhatBanNhan } = await import("../xlsx/registerCore");
  const { bang } = await docBangMo(chay);
  const docBang = (ten: string) => bang.get(ten);
  const daCo = docSoHoiDong(docBang);
  const doc: (BanDoc | TepLoi)[] = [];
  if (files.length) {
    // The light reader (only the parts the register needs), the full one when it cannot: as `dvht tong-hop` reads.
    // Loaded only when there is something to read: a redraw of the register needs none of it.
    const [{ LoiSo }, { moSoNhanhTuByte }, { banNhanTuSo }] = await Promise.all([import("../xlsx/openWorkbook"), import("../xlsx/readLight"), import("../xlsx/consolidateCore")]);
    for (const [i, f] of files.entries()) {
      try {
        doc.push(await banNhanTuSo(await moSoNhanhTuByte(await f.arrayBuffer(), f.name), f.name, f.name, bam));
      } catch (e) {
        doc.push({ tep: f.name, lyDo: e instanceof LoiSo ? e.loi.join("; ") : String((e as Error).message) });
      }
      tienDo(i + 1, files.length);
    }
  }
  const kq = capNhatBanNhan(daCo, doc, { ngayNhan, homNay: ngayNhan, ...(o.lichRieng ? { lichRieng: o.lichRieng } : {}) });
  // With no file picked nothing was received: the files the last reception could not read stay listed.
  const spec = soHoiDongSpec(kq.so, files.length ? kq.loi : docTepLoi(docBang));
  const vanBan = spec.sheets.map((s) => s.name).filter(laSheetVanBanHoiDong);
  const { renderLayoutWithOfficeJs } = await import("../excel/renderLayoutWithOfficeJs");
  await chay(async (context) => {
    // The council's entries were read above: the register's sheets are drawn again whole (no stale rows), and so are
    // its documents — whatever units they are named after, so a reply to a unit that now passes does not linger.
    const wb = context.workbook;
    const sheets = wb.worksheets.load("items/name");
    await context.sync();
    const cu = sheets.items.map((w) => w.name).filter(laSheetSoHoiDong);
    const tam = cu.length === sheets.items.length ? wb.worksheets.add(SHEET_TAM) : undefined;
    for (const ten of cu) wb.worksheets.getItem(ten).delete();
    await renderLayoutWithOfficeJs(context, spec, { danhDauMau: false });
    wb.worksheets.getItem(o.moVanBan && vanBan.length ? vanBan[0] : SO_HOI_DONG.ds).activate();
    tam?.delete();
    await context.sync();
  });
  return { so: kq.so, moi: kq.moi, kiemTraLai: kq.kiemTraLai, soLoi: kq.loi.length, vanBan };
}

const khongBam = async (): Promise<string> => {
  throw new Error("no file is read when the register is only redrawn");
};

/**
 * “Lập / cập nhật văn bản Hội đồng”: the whole register drawn again from what is typed in it (verdicts, members,
 * decision, the documents' details), nothing received, receipts keep their dates; ends on the first document.
 */
export async function lapVanBanHoiDong(chay: ChayExcel, homNay: NgayThang = homNayLocal()): ReturnType<typeof capNhatSoTrongPane> {
  return capNhatSoTrongPane([], chay, homNay, khongBam, () => undefined, { moVanBan: true });
}

/** A picked file the pane reads as text (the browser's File). */
export interface TepVanBan {
  name: string;
  text(): Promise<string>;
}

/** The province's deadlines from a picked .json, or every problem (each naming the file): nothing is written here. */
export async function docLichTuTepChon(tep: TepVanBan): Promise<{ lich: LichRieng } | { loi: string[] }> {
  let json: unknown;
  try {
    json = JSON.parse((await tep.text()).replace(/^\uFEFF/, ""));
  } catch (e) {
    return { loi: [THONG_BAO_LICH.jsonSai(tep.name, (e as Error).message)] };
  }
  const kq = kiemTraLichRieng(json);
  return "loi" in kq ? { loi: kq.loi.map((l) => `${tep.name}: ${l}`) } : kq;
}

/**
 * “Lịch riêng của địa phương”: a valid calendar redraws the register with it (kept in its hidden sheet from then on);
 * an invalid one is refused whole with every problem, and the workbook is not touched.
 */
export async function napLichRieng(
  tep: TepVanBan,
  chay: ChayExcel,
  homNay: NgayThang = homNayLocal(),
): Promise<{ loi: string[] } | { lich: LichRieng; kq: Awaited<ReturnType<typeof capNhatSoTrongPane>> }> {
  const doc = await docLichTuTepChon(tep);
  if ("loi" in doc) return doc;
  return { lich: doc.lich, kq: await capNhatSoTrongPane([], chay, homNay, khongBam, () => undefined, { lichRieng: doc.lich }) };
}
