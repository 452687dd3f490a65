/**
 * The Sổ Hội đồng as a file (Node): open the council's register (refusing a file that is not one), update it with
 * the workbooks given, write it back whole; and check a unit's workbook against what the register received.
 */
import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { THONG_BAO_SO, banMoiNhat, khoaDonVi, lapSo, soNamTruocTuSo, type BanNhan, type SoNamTruoc, type ThamDinh } from "../rules";
import { DV, SO_HOI_DONG, docSoHoiDong, soHoiDongSpec, type SoDaDocLai } from "../template";
import { khacKhiNhan, type BanDoc } from "./consolidateCore";
import { docNhieuSo, timTep } from "./consolidate";
import { docBanNhan } from "./consolidateRow";
import { LoiSo } from "./openWorkbook";
import { moSo } from "./readWorkbook";
import { bangTuExcelJs, capNhatBanNhan, type KetQuaCapNhat, type TuyChonNhan } from "./registerCore";
import { renderWorkbook } from "./renderWorkbook";
import { writeWorkbookAtomic } from "./writeFile";

export async function moSoHoiDong(file: string): Promise<SoDaDocLai> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    throw new LoiSo([THONG_BAO_SO.khongPhaiSoHoiDong(file)]);
  }
  if (!wb.getWorksheet(SO_HOI_DONG.duLieu)) throw new LoiSo([THONG_BAO_SO.khongPhaiSoHoiDong(file)]);
  return docSoHoiDong((ten) => bangTuExcelJs(wb.getWorksheet(ten)));
}

/**
 * Last year's register (`--truoc`) as history: read as the register reads itself (its receipts, the council's
 * verdicts, its decision, its own history) and laid out again. A file that is not a register is refused, named.
 * Problems of its stored data come back as `loi`, each with the file named.
 */
export async function docSoNamTruoc(file: string): Promise<{ truoc: SoNamTruoc; loi: string[] }> {
  let doc: SoDaDocLai;
  try {
    doc = await moSoHoiDong(file);
  } catch (e) {
    if (e instanceof LoiSo) throw new LoiSo([THONG_BAO_SO.truocKhongPhaiSo(file)]);
    throw e;
  }
  const so = lapSo(doc.bans, doc.thamDinh, doc.chon, { quyetDinh: doc.quyetDinh, lichRieng: doc.lichRieng, truoc: doc.truoc });
  return { truoc: soNamTruocTuSo(so, resolve(file)), loi: [...doc.loi, ...(doc.quyetDinh?.loi ?? [])].map((l) => `--truoc ${file}: ${l}`) };
}

export async function tongHopVaoSo(
  nguon: readonly string[],
  out: string,
  o: TuyChonNhan,
  tienDo?: (xong: number, tong: number) => void,
): Promise<KetQuaCapNhat & { loiSo: string[] }> {
  const daCo: SoDaDocLai = existsSync(out) ? await moSoHoiDong(out) : { bans: [], thamDinh: new Map<string, ThamDinh>(), loi: [], chon: {}, hoiDongDanhGia: [], thongTinVanBan: {} };
  const { tep, loi } = timTep(nguon, out);
  const docDuoc = await docNhieuSo(tep, tienDo);
  const kq = capNhatBanNhan(daCo, [...docDuoc, ...loi], o);
  const wb = await renderWorkbook(soHoiDongSpec(kq.so, kq.loi));
  await writeWorkbookAtomic(wb, out);
  return { ...kq, loiSo: daCo.loi };
}

export type KetQuaDoiChieu =
  | { trangThai: "khong-co" }
  | { trangThai: "khop" | "thay-doi"; ban: BanNhan; thayDoi: ReturnType<typeof khacKhiNhan>; lyDo?: string; ketQuaKhac?: BanNhan["ketQuaKhac"] };

/**
 * A unit's workbook against the register: the receipt of the same file, else the latest receipt of the same unit
 * (name and type as the file says now). Unreadable files are the caller's error (LoiSo).
 */
export async function doiChieuSoHoiDong(file: string, soHoiDong: string): Promise<KetQuaDoiChieu> {
  const so = await moSoHoiDong(soHoiDong);
  const doc = await docBanNhan(resolve(file));
  if ("lyDo" in doc) {
    // A received file that no longer reads as a unit workbook (its rule set or cấp edited, say) has changed.
    const daNhan = so.bans.filter((b) => b.tep === doc.tep).pop() ?? (await theoTenLoai(file, so.bans));
    if (daNhan) return { trangThai: "thay-doi", ban: daNhan, thayDoi: [], lyDo: doc.lyDo };
    throw new LoiSo([`${file}: ${doc.lyDo}`]);
  }
  const theoTep = so.bans.filter((b) => b.tep === doc.tep);
  const theoDonVi = so.bans.filter((b) => khoaDonVi(b.ten, b.loai) === khoaDonVi(doc.ten, doc.loai));
  const ung = banMoiNhat(theoTep.length ? theoTep : theoDonVi);
  if (!ung) return { trangThai: "khong-co" };
  return soSanh(ung, doc);
}

/** The latest receipt of the unit a file names in its DV_TEN and DV_LOAI cells, read as they are. */
async function theoTenLoai(file: string, bans: readonly BanNhan[]): Promise<BanNhan | undefined> {
  try {
    const so = await moSo(file);
    const ten = String(so.get(DV.ten) ?? "");
    const loai = String(so.get(DV.loai) ?? "");
    return banMoiNhat(bans.filter((b) => khoaDonVi(b.ten, b.loai) === khoaDonVi(ten, loai)));
  } catch {
    return undefined;
  }
}

function soSanh(ban: BanNhan, doc: BanDoc): KetQuaDoiChieu {
  const thayDoi = ban.vanTay === doc.vanTay ? [] : khacKhiNhan(ban, doc);
  // A fingerprint that differs with no input named (a changed rule set version, say) still counts as changed.
  if (ban.vanTay !== doc.vanTay && thayDoi.length === 0) thayDoi.push({ ten: "phienBan", cu: ban.phienBan, moi: doc.phienBan });
  // Stored results typed over in the file are a change too, even when every input is as received.
  return { trangThai: thayDoi.length || doc.ketQuaKhac.length ? "thay-doi" : "khop", ban, thayDoi, ketQuaKhac: doc.ketQuaKhac };
}
