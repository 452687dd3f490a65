/**
 * `dvht in`: prints the hồ sơ to PDF through LibreOffice, on a copy (the clerk's workbook is not touched):
 * - the documents the outcome sends (SPEC §2 “What each outcome sends”), in the binding order of seed 000 VI.3.b: a unit
 *   that reached a level sends the Tờ trình, one that did not the Báo cáo kết quả tự đánh giá (mẫu M8) with the
 *   engine's reasons; while anything lacks data every page says DỰ THẢO;
 * - results from the inputs by the engine, never from stored cells: a workbook whose stored results are not what its
 *   inputs give is refused (the paper would show the stored cells);
 * - every row as tall as the text it shows (LibreOffice and Excel fit no row to a merged cell's text): a first
 *   LibreOffice pass computes the documents' texts, the second prints them.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { RULE_SETS, SO_DONG_DANH_SACH, THONG_BAO_KET_QUA_LUU, THONG_BAO_SO, evaluateHoSo, khoaMaMinhChung, type KetQuaDanhGia } from "../rules";
import {
  DV,
  SO_DONG_HOI_DONG,
  TEN_SHEET_BANG_TONG_HOP,
  TEN_SHEET_BAN_TONG_HOP_IN,
  TEN_SHEET_BAO_CAO,
  TEN_SHEET_BAO_CAO_KET_QUA,
  TEN_SHEET_BIEN_BAN,
  TEN_SHEET_CHU_VIET_TAT,
  TEN_SHEET_DANH_MUC_MINH_CHUNG,
  TEN_SHEET_HOI_DONG,
  TEN_SHEET_TO_TRINH,
  TEN_SHEET_TRANG_BIA,
  docBoTieuChi,
  moTaKetQuaKhac,
} from "../template";
import { sheetPhieuM1, sheetPhieuM2 } from "../template/sheets/vanBan";
import { DU_THAO, caoDongIn } from "../template/sheets/hoSo/khung";
import { tenLyDoKhongDat } from "../template/sheets/hoSo/thuTrinh";
import { TEN_SHEET_BANG_CHAM_DIEM_IN } from "../template/sheets/hoSo/bangChamDiemIn";
import { tenKyHieuMinhChung } from "../template/sheets/hoSo/bangVaDanhMuc";
import { DONG_DAU_HOI_DONG } from "../template/sheets/hoiDongTuDanhGia";
import { FONT } from "../template/styles";
import { ghiTepNguyenVen } from "./writeFile";
import { vungInTuyetDoi } from "./renderWorkbook";
import { chuyenDoiBangLibreOffice, timLibreOffice } from "./libreOffice";
import { LoiSo, docSoDaMo, moSo } from "./readWorkbook";

export const TEN_SHEET_PHIEU = ["Phiếu M1 chỉ tiêu", "Phiếu M2 tiêu chí"] as const;

export class ThieuLibreOffice extends Error {}

export interface KetQuaIn {
  /** The documents printed, in order. */
  vanBan: string[];
  /** Warnings for stderr (draft, missing indicators). */
  canhBao: string[];
}

/** The documents of this outcome, in the binding order of seed 000 VI.3.b. */
export function thuTuHoSo(ketQua: KetQuaDanhGia, coChuVietTat: boolean, phieu: boolean): string[] {
  const khongDat = ketQua.ketLuan.trangThai === "khong-dat";
  return [
    TEN_SHEET_TRANG_BIA,
    khongDat ? TEN_SHEET_BAO_CAO_KET_QUA : TEN_SHEET_TO_TRINH,
    TEN_SHEET_HOI_DONG,
    TEN_SHEET_BAN_TONG_HOP_IN,
    ...(coChuVietTat ? [TEN_SHEET_CHU_VIET_TAT] : []),
    TEN_SHEET_BIEN_BAN,
    TEN_SHEET_BAO_CAO,
    TEN_SHEET_DANH_MUC_MINH_CHUNG,
    ...(phieu ? TEN_SHEET_PHIEU : []),
  ];
}

const textOf = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "result" in v) return textOf((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if (typeof v === "object" && "richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
  if (typeof v === "object" && "error" in v) return String((v as ExcelJS.CellErrorValue).error);
  return String(v);
};

/** Width in characters of the columns a cell covers (its merge, or itself). */
function rongO(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): { rong: number; nhieuDong: boolean } {
  const master = cell.master ?? cell;
  let [c1, c2, r1, r2] = [Number(master.col), Number(master.col), Number(master.row), Number(master.row)];
  const merges = (ws as unknown as { _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
  const m = merges[master.address];
  if (m) [c1, c2, r1, r2] = [m.model.left, m.model.right, m.model.top, m.model.bottom];
  let rong = 0;
  for (let c = c1; c <= c2; c++) rong += ws.getColumn(c).width ?? 9;
  return { rong, nhieuDong: r2 > r1 };
}

/** Each row of the documents as tall as the longest text it shows (read from the recalculated copy). */
function datChieuCao(ws: ExcelJS.Worksheet, tinh: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    let can = 0;
    let congThuc = 0;
    let coChu = false;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.master && cell.master !== cell) return;
      const text = textOf(tinh.getCell(cell.address).value);
      if (cell.formula) congThuc++;
      if (text.trim()) coChu = true;
      if (!text || !cell.alignment?.wrapText) return;
      const { rong, nhieuDong } = rongO(ws, cell);
      if (nhieuDong) return; // a block over several rows (Nơi nhận, a criterion's name) keeps its rows
      const pt = cell.font?.size ?? 11;
      can = Math.max(can, caoDongIn(text, rong, pt));
    });
    // Only grows or shrinks rows that show text; empty rows (room to sign, the cover's spacing) keep their height,
    // and a line whose formulas all show nothing (a part the unit did not write) is not printed.
    if (can > 0) row.height = Math.min(can, 700);
    else if (congThuc > 0 && !coChu && !row.getCell(1).border?.top) row.hidden = true;
  });
}

/** Rows of a list beyond its last filled one (and beyond the form's first `giuLai`) are not printed. */
function anDongTrong(ws: ExcelJS.Worksheet, dau: number, soDong: number, cot: number, giuLai: number): void {
  let cuoi = dau - 1;
  for (let r = dau; r < dau + soDong; r++) if (textOf(ws.getCell(r, cot).value).trim()) cuoi = r;
  for (let r = Math.max(cuoi + 1, dau + giuLai); r < dau + soDong; r++) ws.getRow(r).hidden = true;
}

/**
 * The typing cells' colours are for the screen: the signed paper is black on white. Empty cells too (a field left
 * blank keeps its colour otherwise), so rows and cells are walked with includeEmpty.
 */
export function boMauNen(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
    if (cell.fill && (cell.fill as ExcelJS.FillPattern).pattern !== "none") cell.fill = { type: "pattern", pattern: "none" };
  }));
}

/** The workbook written to `copy` (a .xlsx in a temporary folder) and printed by LibreOffice to `pdf`, whole or not at all. */
export async function inPdf(wb: ExcelJS.Workbook, copy: string, pdf: string): Promise<void> {
  await wb.xlsx.writeFile(copy);
  const r = chuyenDoiBangLibreOffice([copy], dirname(copy), "pdf");
  if (!r.ok) throw new Error(THONG_BAO_SO.libreOfficeKhongIn(r.output.trim()));
  await ghiTepNguyenVen(pdf, (tmp) => copyFileSync(copy.replace(/\.xlsx$/, ".pdf"), tmp));
}

export async function inHoSo(file: string, pdf: string, tuyChon: { phieu?: boolean; thuTu?: readonly string[] } = {}): Promise<KetQuaIn> {
  const so = await moSo(file);
  const boDoc = docBoTieuChi(so.get(DV.boTieuChi), so.get(DV.cap));
  // A points-based (TT22) workbook has its scoring form, printed as it is; the TT24 documents are not part of it.
  const tt22 = boDoc !== undefined && Boolean(RULE_SETS[boDoc].chamDiem);
  if (!so.wb.getWorksheet(TEN_SHEET_BANG_TONG_HOP)) throw new LoiSo([THONG_BAO_SO.khongPhaiMau(file, `sheet “${TEN_SHEET_BANG_TONG_HOP}”`)]);
  const doc = docSoDaMo(so, file);
  // The paper shows the stored cells: a result typed over (or not recomputed) would be signed as the unit's. Refused.
  if (doc.oKetQuaKhac.length) {
    throw new LoiSo([`${file}: ${THONG_BAO_KET_QUA_LUU.khongIn(doc.oKetQuaKhac.length)}`, ...doc.oKetQuaKhac.map((k) => `- ${moTaKetQuaKhac(k)}`)]);
  }
  if (!timLibreOffice()) throw new ThieuLibreOffice(THONG_BAO_SO.thieuLibreOffice);
  const ketQua = evaluateHoSo(doc.hoSo);
  const wb = so.wb;
  const coChuVietTat = Boolean(wb.getWorksheet(TEN_SHEET_CHU_VIET_TAT)?.getColumn(2).values.slice(4).some((v) => textOf(v as ExcelJS.CellValue).trim()));
  const thuTu = tuyChon.thuTu ?? (tt22 ? [TEN_SHEET_BANG_CHAM_DIEM_IN] : thuTuHoSo(ketQua, coChuVietTat, Boolean(tuyChon.phieu)));
  const co = thuTu.filter((name) => wb.getWorksheet(name));
  const canhBao: string[] = [];
  const duThao = ketQua.ketLuan.trangThai === "chua-du-du-lieu";
  if (duThao) {
    const thieu = ketQua.chiTieu.filter((c) => c.trangThai === "chua-du-du-lieu").map((c) => c.id);
    canhBao.push(THONG_BAO_SO.inDuThao(thieu));
  }
  // The engine's reasons where the Báo cáo kết quả lists what fell short.
  for (const c of ketQua.chiTieu) {
    const o = doc.viTri.get(tenLyDoKhongDat(c.id));
    if (!o) continue;
    const ws = wb.getWorksheet(o.sheet);
    if (!ws) continue;
    ws.getCell(o.address).value = c.trangThai === "khong-dat" ? c.lyDo.join("; ") : "";
    // Only what fell short is listed on paper.
    if (c.trangThai !== "khong-dat") ws.getRow(ws.getCell(o.address).row as unknown as number).hidden = true;
  }
  // The Danh mục: each cited code with the name the unit's register gives it.
  const tenMa = new Map((doc.hoSo.vanBan?.danhMucMinhChung ?? []).map((m) => [khoaMaMinhChung(m.ma), m.ten]));
  for (const [id, nhap] of Object.entries(doc.hoSo.chiTieu)) {
    const o = doc.viTri.get(tenKyHieuMinhChung(id));
    const ws = o && wb.getWorksheet(o.sheet);
    if (!ws || ketQua.chiTieu.find((c) => c.id === id)?.trangThai === "khong-ap-dung" || nhap.minhChung.length === 0) continue;
    const dong = nhap.minhChung.map((ma) => (tenMa.get(khoaMaMinhChung(ma)) ? `${ma} – ${tenMa.get(khoaMaMinhChung(ma))}` : ma));
    ws.getCell(o.address).value = `Ký hiệu minh chứng của đơn vị:\n${dong.join("\n")}`;
  }
  // ExcelJS does not read manual page breaks back: the forms' breaks are laid again from the layout.
  const bo = boDoc;
  if (bo && !tt22) {
    for (const spec of [sheetPhieuM1(RULE_SETS[bo]).spec, sheetPhieuM2(RULE_SETS[bo]).spec]) {
      const ws = wb.getWorksheet(spec.name);
      const breaks = (ws as unknown as { rowBreaks?: unknown[] } | undefined)?.rowBreaks;
      if (ws && (breaks?.length ?? 0) === 0) for (const r of spec.rowBreaks ?? []) ws.getRow(r).addPageBreak();
    }
  }
  // Documents first, in order; every other sheet hidden, so LibreOffice prints only the hồ sơ.
  wb.worksheets.forEach((sheet) => {
    const ws = sheet as typeof sheet & { orderNo: number }; // orderNo orders sheets on write (not on the typings)
    const i = co.indexOf(ws.name);
    ws.orderNo = i >= 0 ? i : co.length + ws.orderNo;
    ws.state = i >= 0 ? "visible" : "hidden";
  });
  for (const name of co) {
    const ws = wb.getWorksheet(name)!;
    if (ws.pageSetup.printArea) ws.pageSetup.printArea = vungInTuyetDoi(ws.pageSetup.printArea);
    // The documents' columns fit A4 at 100 %: no fitting, which LibreOffice may otherwise shrink a little (hidden rows).
    ws.pageSetup.fitToPage = false;
    ws.pageSetup.scale = 100;
    boMauNen(ws);
    if (duThao) {
      // DỰ THẢO on every page, the first included (SPEC §2: “anything printed is marked as a draft”).
      const mark = `&R&"${FONT},Bold"&14${DU_THAO}`;
      ws.headerFooter.oddHeader = `${ws.headerFooter.oddHeader ?? ""}${mark}`;
      if (ws.headerFooter.differentFirst) ws.headerFooter.firstHeader = mark;
    }
  }
  const team = wb.getWorksheet(TEN_SHEET_HOI_DONG);
  if (team) anDongTrong(team, DONG_DAU_HOI_DONG, SO_DONG_HOI_DONG, 2, 5);
  const cvt = wb.getWorksheet(TEN_SHEET_CHU_VIET_TAT);
  if (cvt) anDongTrong(cvt, 4, SO_DONG_DANH_SACH.chuVietTat, 2, 0);
  const dir = mkdtempSync(join(tmpdir(), "dvht-in-"));
  try {
    const copy = join(dir, "ho-so.xlsx");
    await wb.xlsx.writeFile(copy);
    // First pass: LibreOffice computes every text; rows are then sized to what they show.
    const tinhDir = join(dir, "tinh");
    const r1 = chuyenDoiBangLibreOffice([copy], tinhDir, "xlsx");
    if (!r1.ok) throw new Error(THONG_BAO_SO.libreOfficeKhongIn(r1.output.trim()));
    const tinh = new ExcelJS.Workbook();
    await tinh.xlsx.readFile(join(tinhDir, "ho-so.xlsx"));
    for (const name of co) {
      const [ws, t] = [wb.getWorksheet(name), tinh.getWorksheet(name)];
      if (ws && t) datChieuCao(ws, t);
    }
    await inPdf(wb, copy, pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { vanBan: [...co], canhBao };
}

