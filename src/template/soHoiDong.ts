/**
 * The Sổ Hội đồng (the council's own workbook) as layout data, and reading it back: the list a council decides on
 * (printed A4 landscape), the sheet where the council records its verdict, the totals, the files that could not be
 * read, and the received data (hidden) that seals each receipt. Both renderers draw it; the CLI and the pane read it.
 */
import {
  HANG_TONG,
  RULE_SETS,
  TEN_CAP,
  TEN_LOAI_DON_VI,
  TEN_TRANG_THAI_CHOT,
  XEP_LOAI,
  XEP_LOAI_DIEM,
  XEP_LOAI_HOI_DONG,
  chiTieuChuaDat,
  docXepLoaiHoiDong,
  gioViet,
  ngayChu,
  ngayTuIso,
  type BanNhan,
  VIEC_HOI_DONG,
  docNgayChu,
  kiemTraLichRieng,
  type DongSo,
  type LichRieng,
  type QuyetDinhCongNhan,
  type SoHoiDong,
  type SoNamTruoc,
  type ThamDinh,
  type ThanhVienDanhGia,
  type ThongTinVanBanHoiDong,
  type XepLoaiHoiDong,
  TRUONG_VAN_BAN_HOI_DONG,
} from "../rules";
import { isoTuSoSeri } from "./cellValue";
import type { CellValue, SheetSpec, WorkbookSpec } from "./model";
import type { GiaTriO } from "./readInputs";
import { SheetBuilder, chieuCaoDong, cot } from "./sheetBuilder";
import { FONT } from "./styles";
import { HDDG, TEN_SHEET_HOI_DONG_DANH_GIA, sheetHoiDongDanhGia } from "./sheets/hoiDongDanhGia";
import { TEN_SHEET_THONG_TIN_VAN_BAN, sheetThongTinVanBan } from "./sheets/hoiDong/thongTinVanBan";
import { laSheetVanBanHoiDong, sheetVanBanHoiDong } from "./sheets/hoiDong";

export const SO_HOI_DONG = {
  ds: "Sổ Hội đồng",
  thamDinh: "Thẩm định",
  tong: "Tổng hợp",
  loi: "Không đọc được",
  duLieu: "Dữ liệu nhận",
  hoiDong: TEN_SHEET_HOI_DONG_DANH_GIA,
  thongTin: TEN_SHEET_THONG_TIN_VAN_BAN,
} as const;

/** A sheet the register draws (its working sheets and its documents): redrawn whole on every update. */
export function laSheetSoHoiDong(ten: string): boolean {
  return (Object.values(SO_HOI_DONG) as string[]).includes(ten) || laSheetVanBanHoiDong(ten);
}
/** The workbook's keyword and the name that mark a register (and its format's version). */
export const TU_KHOA_SO_HOI_DONG = "dvht-so-hoi-dong";
export const TEN_PHIEN_BAN_SO = "SHD_PHIEN_BAN";
export const PHIEN_BAN_SO = 1;

/** Every indicator id of the level-based rule sets, in the forms' order: the columns of the verdict sheet. */
export const CHI_TIEU_THAM_DINH: readonly string[] = [
  ...new Set(Object.values(RULE_SETS).filter((r) => !r.chamDiem).flatMap((r) => r.chiTieu.map((c) => c.id))),
].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));

interface Cot {
  header: string;
  width: number;
  value: (d: DongSo, stt: number) => CellValue;
  style?: "soCenter";
}

const tieuChiHoiDong = (d: DongSo) =>
  d.hoiDong ? Object.entries(d.hoiDong.tieuChi).map(([id, t]) => `TC${id}: ${t.xepLoai}`).join("\n") : "";

/** The printed columns (what a council reads), then the others (kept for programs and checks, not printed). */
export const COT_SO: readonly Cot[] = [
  { header: "STT", width: 4, value: (_d, i) => i, style: "soCenter" },
  { header: "Mã hồ sơ", width: 8, value: (d) => d.ban.ma, style: "soCenter" },
  { header: "Đơn vị", width: 19, value: (d) => d.ban.ten },
  { header: "Loại đơn vị", width: 14, value: (d) => TEN_LOAI_DON_VI[d.ban.loai] },
  { header: "Công lập", width: 5, value: (d) => (d.ban.congLap === null ? "" : d.ban.congLap ? "Có" : "Không"), style: "soCenter" },
  { header: "Năm", width: 5, value: (d) => d.ban.nam, style: "soCenter" },
  { header: "Ngày nhận; hạn nộp", width: 12, value: (d) => d.hanNop },
  { header: "Tự đánh giá", width: 9, value: (d) => d.ban.tuDanhGia.xepLoai + (d.ban.tuDanhGia.tongDiem !== undefined ? ` (${d.ban.tuDanhGia.tongDiem} điểm)` : "") },
  { header: "Chỉ tiêu chưa đạt, lý do", width: 20, value: (d) => chiTieuChuaDat(d.ban).join("\n") },
  { header: "Hội đồng: kết luận", width: 9, value: (d) => d.ketLuanHoiDong || "Chưa thẩm định" },
  { header: "Hội đồng: tiêu chí", width: 11, value: tieuChiHoiDong },
  { header: "Ghi chú của Hội đồng", width: 12, value: (d) => d.thamDinh?.ghiChu ?? "" },
  { header: "Người, ngày thẩm định", width: 10, value: (d) => [d.thamDinh?.nguoi, d.thamDinh?.ngay].filter(Boolean).join("\n") },
  { header: "Trạng thái", width: 9, value: (d) => d.trangThai },
  {
    header: "Bảo lưu đến; đề nghị mức độ 2",
    width: 10,
    value: (d) => (d.choQuyetDinh ? VIEC_HOI_DONG.choQuyetDinh : [d.baoLuuDen && `Bảo lưu đến ${d.baoLuuDen}`, d.deNghiMucDo2 && `Đề nghị mức độ 2: ${d.deNghiMucDo2.toLowerCase()}`].filter(Boolean).join("\n")),
  },
  { header: "Lịch sử công nhận", width: 14, value: (d) => d.lichSu?.chu ?? "" },
  { header: "Cảnh báo", width: 19, value: (d) => d.canhBao.join("\n") },
];
const COT_KHONG_IN: readonly Cot[] = [
  { header: "Cấp", width: 11, value: (d) => TEN_CAP[RULE_SETS[d.ban.boTieuChi].cap] },
  { header: "Bộ tiêu chí (phiên bản)", width: 16, value: (d) => `${d.ban.boTieuChi} (${d.ban.phienBan})` },
  { header: "Mã chốt của đơn vị", width: 20, value: (d) => d.ban.chot.maBam ?? "" },
  { header: "Thời điểm chốt", width: 16, value: (d) => (d.ban.chot.thoiDiem ? gioViet(d.ban.chot.thoiDiem) : "") },
  { header: "Tình trạng chốt khi nhận", width: 18, value: (d) => TEN_TRANG_THAI_CHOT[d.ban.chot.trangThai] },
  { header: "Dấu niêm phong khi nhận (SHA-256)", width: 24, value: (d) => d.ban.vanTay },
  { header: "Tệp", width: 40, value: (d) => d.ban.tep },
];
const DONG_TIEU_DE_SO = 4;

function sheetDanhSach(so: SoHoiDong, tieuDe: string): SheetSpec {
  const cols = [...COT_SO, ...COT_KHONG_IN];
  const b = new SheetBuilder(SO_HOI_DONG.ds, cols.map((c) => c.width), {
    landscape: true,
    titleRows: `${DONG_TIEU_DE_SO}:${DONG_TIEU_DE_SO}`,
    margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.5, header: 0.3, footer: 0.3 },
    // NĐ 30/2020: the page number centred in the top margin, not on the first page.
    header: { center: `&"${FONT}"&11&P` },
    footer: {},
    differentFirst: true,
    blackAndWhite: true,
  });
  const cuoiIn = cot(COT_SO.length);
  b.merged("A1", `${cuoiIn}1`, { value: tieuDe, style: "title" });
  b.merged("A2", `${cuoiIn}2`, {
    value: `Năm đánh giá ${so.nam ?? "?"}${so.cap ? `, ${TEN_CAP[so.cap]}` : ""}: ${so.tong.soDonVi} đơn vị được tính; ${so.tong.trung} hồ sơ trùng, ${so.tong.khacNamCap} khác năm hoặc cấp (không tính). Kết quả do Hội đồng ghi ở sheet “${SO_HOI_DONG.thamDinh}”.`,
    style: "subtitle",
  });
  b.height(2, 30);
  cols.forEach((c, i) => b.set({ ref: `${cot(i + 1)}${DONG_TIEU_DE_SO}`, value: c.header, style: "soHeader" }));
  b.height(DONG_TIEU_DE_SO, 40);
  so.dong.forEach((d, i) => {
    const r = DONG_TIEU_DE_SO + 1 + i;
    const texts: { text: string; width: number }[] = [];
    cols.forEach((c, j) => {
      const v = c.value(d, i + 1);
      b.set({ ref: `${cot(j + 1)}${r}`, value: v, style: c.style ?? "soText" });
      if (j < COT_SO.length && typeof v === "string") texts.push({ text: v, width: c.width });
    });
    // Rows sized for the printed text at 10 pt (chieuCaoDong counts 11 pt lines: a little air).
    b.height(r, chieuCaoDong(texts, 16));
  });
  b.spec.printArea = `A1:${cuoiIn}${DONG_TIEU_DE_SO + Math.max(1, so.dong.length)}`;
  b.spec.freeze = { row: DONG_TIEU_DE_SO + 1, col: 4 };
  return b.spec;
}

/** Rows of the verdict sheet: one with the unit's own levels, one below it where the council types its own. */
export const THAM_DINH = { dongTieuDe: 4, dongDonVi: "Đơn vị tự đánh giá", dongHoiDong: "Hội đồng" } as const;
const COT_TD_DAU = ["Mã hồ sơ", "Đơn vị", "Dòng"];
const COT_TD_SAU = ["Xếp loại (bộ chấm điểm)", "Ghi chú của Hội đồng", "Người thẩm định", "Ngày thẩm định"];

function sheetThamDinh(so: SoHoiDong): SheetSpec {
  const nCt = CHI_TIEU_THAM_DINH.length;
  const widths = [9, 26, 15, ...CHI_TIEU_THAM_DINH.map(() => 9), 11, 30, 18, 12];
  const b = new SheetBuilder(SO_HOI_DONG.thamDinh, widths, { landscape: true, titleRows: `${THAM_DINH.dongTieuDe}:${THAM_DINH.dongTieuDe}` });
  const cuoi = cot(widths.length);
  b.merged("A1", `${cuoi}1`, { value: "THẨM ĐỊNH CỦA HỘI ĐỒNG ĐÁNH GIÁ", style: "title" });
  b.merged("A2", `${cuoi}2`, {
    value:
      `Ở dòng “${THAM_DINH.dongHoiDong}” của mỗi hồ sơ, Hội đồng chọn xếp loại từng chỉ tiêu (${XEP_LOAI_HOI_DONG.map((k) => XEP_LOAI[k]).join(" / ")}); ` +
      `đơn vị theo bộ chấm điểm: chọn xếp loại (${XEP_LOAI_DIEM.join(" / ")}). Ghi chú, người thẩm định và ngày thẩm định. ` +
      `Chạy lại “dvht tong-hop … --out” với sổ này để cập nhật: mọi điều Hội đồng đã ghi ở đây được giữ.`,
    style: "hint",
  });
  b.height(2, 44);
  [...COT_TD_DAU, ...CHI_TIEU_THAM_DINH.map((id) => `Chỉ tiêu ${id}`), ...COT_TD_SAU].forEach((h, i) =>
    b.set({ ref: `${cot(i + 1)}${THAM_DINH.dongTieuDe}`, value: h, style: "soHeader" }),
  );
  let r = THAM_DINH.dongTieuDe + 1;
  for (const d of so.dong) {
    const rs = RULE_SETS[d.ban.boTieuChi];
    const cua = new Map(d.ban.chiTieu.map((c) => [c.id, c]));
    for (const [dong, laHoiDong] of [[THAM_DINH.dongDonVi, false], [THAM_DINH.dongHoiDong, true]] as const) {
      b.set({ ref: `A${r}`, value: d.ban.ma, style: "soCenter" });
      b.set({ ref: `B${r}`, value: d.ban.ten, style: "soText" });
      b.set({ ref: `C${r}`, value: dong, style: "soText" });
      CHI_TIEU_THAM_DINH.forEach((id, j) => {
        const ref = `${cot(4 + j)}${r}`;
        const ct = cua.get(id);
        if (rs.chamDiem || !ct || ct.trangThai === "khong-ap-dung") b.set({ ref, value: "—", style: "soUnused" });
        else if (!laHoiDong) b.set({ ref, value: ct.xepLoai, style: "soCenter" });
        // A mistyped level is kept as typed (its problem named again on the next read), never erased by a rewrite.
        else b.set({ ref, value: d.thamDinh?.chiTieu[id] ? XEP_LOAI[d.thamDinh.chiTieu[id]] : (d.thamDinh?.goSai?.[id] ?? null), style: "soInputChoice", input: true });
      });
      const c0 = 4 + nCt;
      if (!laHoiDong) {
        b.set({ ref: `${cot(c0)}${r}`, value: rs.chamDiem ? d.ban.tuDanhGia.xepLoai : "—", style: rs.chamDiem ? "soCenter" : "soUnused" });
        for (let k = 1; k < COT_TD_SAU.length; k++) b.set({ ref: `${cot(c0 + k)}${r}`, value: null, style: "soUnused" });
      } else {
        b.set(rs.chamDiem ? { ref: `${cot(c0)}${r}`, value: d.thamDinh?.xepLoaiDiem ?? d.thamDinh?.goSai?.xepLoaiDiem ?? null, style: "soInputChoice", input: true } : { ref: `${cot(c0)}${r}`, value: "—", style: "soUnused" });
        b.set({ ref: `${cot(c0 + 1)}${r}`, value: d.thamDinh?.ghiChu || null, style: "soInput", input: true });
        b.set({ ref: `${cot(c0 + 2)}${r}`, value: d.thamDinh?.nguoi || null, style: "soInput", input: true });
        b.set({ ref: `${cot(c0 + 3)}${r}`, value: d.thamDinh?.ngay || null, style: "soInput", input: true });
      }
      r++;
    }
  }
  const cuoiDong = Math.max(r - 1, THAM_DINH.dongTieuDe + 1);
  const muc = XEP_LOAI_HOI_DONG.map((k) => XEP_LOAI[k]);
  b.spec.rangeValidations = [
    {
      range: `D${THAM_DINH.dongTieuDe + 1}:${cot(3 + nCt)}${cuoiDong}`,
      validation: { type: "list", list: muc, allowBlank: true, promptTitle: "Xếp loại của Hội đồng", prompt: muc.join(" / "), errorTitle: "Xếp loại không hợp lệ", error: `Chọn một trong: ${muc.join(", ")}` },
    },
    {
      range: `${cot(4 + nCt)}${THAM_DINH.dongTieuDe + 1}:${cot(4 + nCt)}${cuoiDong}`,
      validation: { type: "list", list: XEP_LOAI_DIEM, allowBlank: true, promptTitle: "Xếp loại (bộ chấm điểm)", prompt: XEP_LOAI_DIEM.join(" / "), errorTitle: "Xếp loại không hợp lệ", error: `Chọn một trong: ${XEP_LOAI_DIEM.join(", ")}` },
    },
  ];
  b.spec.freeze = { row: THAM_DINH.dongTieuDe + 1, col: 4 };
  return b.spec;
}

/** The decision's cells on “Tổng hợp”, found by their label in column A (the council may move rows). */
export const QUYET_DINH = { so: "Số quyết định công nhận", ngay: "Ngày quyết định (dd/mm/yyyy)" } as const;

export const THONG_BAO_QUYET_DINH = {
  ngaySai: (o: string, ngay: string) => `${o}: “${ngay}” không phải ngày dạng dd/mm/yyyy (ví dụ 10/02/2026); chưa tính thời hạn bảo lưu và nâng mức theo quyết định`,
  chuaCo: "Chưa ghi quyết định công nhận: thời hạn bảo lưu và đề nghị nâng mức tính từ ngày quyết định, khi Hội đồng ghi ở đây.",
  daCo: "Bảo lưu đến 31/12 của năm thứ 3 sau năm quyết định; đơn vị mức độ 1 đề nghị mức độ 2 sau ít nhất 12 tháng kể từ ngày quyết định.",
} as const;

function khoiQuyetDinh(b: SheetBuilder, so: SoHoiDong, r: number): number {
  b.merged(`A${r}`, `D${r}`, { value: "Quyết định công nhận (Hội đồng ghi)", style: "heading" });
  r++;
  b.set({ ref: `A${r}`, value: QUYET_DINH.so, style: "textBold" });
  b.set({ ref: `B${r}`, value: so.quyetDinh?.so || null, style: "soInput", input: true });
  r++;
  b.set({ ref: `A${r}`, value: QUYET_DINH.ngay, style: "textBold" });
  b.set({ ref: `B${r}`, value: so.quyetDinh?.ngay || null, style: "soInput", input: true });
  r++;
  const ngayDung = so.quyetDinh?.ngay && !so.quyetDinh.loi.length;
  b.merged(`A${r}`, `D${r}`, { value: [ngayDung ? THONG_BAO_QUYET_DINH.daCo : THONG_BAO_QUYET_DINH.chuaCo, ...(so.quyetDinh?.loi ?? [])].join("\n"), style: "hint" });
  b.height(r, 30);
  return r + 2;
}

function khoiHan(b: SheetBuilder, so: SoHoiDong, r: number): number {
  if (!so.hanHoiDong.length) return r;
  b.merged(`A${r}`, `D${r}`, { value: `Thời hạn của đợt đánh giá năm ${so.nam ?? "?"}${so.lichRieng ? " (theo lịch riêng của địa phương)" : ""}`, style: "heading" });
  r++;
  ["Việc", "Hạn", "Còn (ngày)"].forEach((h, i) => b.set({ ref: `${cot(i + 1)}${r}`, value: h, style: "header" }));
  r++;
  for (const h of so.hanHoiDong) {
    b.set({ ref: `A${r}`, value: h.viec, style: "text" });
    b.set({ ref: `B${r}`, value: h.chu, style: "center" });
    b.set({ ref: `C${r}`, value: h.conNgay >= 0 ? h.conNgay : `Quá hạn ${-h.conNgay} ngày`, style: "center" });
    r++;
  }
  return r + 1;
}

/** Rows of a working sheet as tall as their wrapped text (rows the layout sized itself are kept). */
function theoChu(spec: SheetSpec): SheetSpec {
  const theoDong = new Map<number, { text: string; width: number }[]>();
  const gop = new Set(spec.merges.map((m) => m.split(":")[0]));
  for (const c of spec.cells) {
    if (typeof c.value !== "string" || gop.has(c.ref)) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(c.ref)!;
    const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    theoDong.set(row, [...(theoDong.get(row) ?? []), { text: c.value, width: spec.columns[col - 1] ?? 10 }]);
  }
  const heights = { ...spec.rowHeights } as Record<number, number>;
  for (const [row, texts] of theoDong) if (heights[row] === undefined) heights[row] = chieuCaoDong(texts, 16);
  return { ...spec, rowHeights: heights };
}

function sheetTong(so: SoHoiDong, loi: readonly { tep: string; lyDo: string }[]): SheetSpec {
  const b = new SheetBuilder(SO_HOI_DONG.tong, [34, 18, 18, 40], { landscape: false });
  b.merged("A1", "D1", { value: "TỔNG HỢP KẾT QUẢ", style: "title" });
  b.merged("A2", "D2", { value: `Năm đánh giá ${so.nam ?? "?"}${so.cap ? `, ${TEN_CAP[so.cap]}` : ""}; mỗi đơn vị được tính một lần (hồ sơ nhận sau cùng).`, style: "subtitle" });
  let r = khoiHan(b, so, khoiQuyetDinh(b, so, 4));
  ["Kết quả", "Theo Hội đồng", "Theo tự đánh giá"].forEach((h, i) => b.set({ ref: `${cot(i + 1)}${r}`, value: h, style: "header" }));
  r++;
  for (const h of HANG_TONG) {
    b.set({ ref: `A${r}`, value: h, style: "text" });
    b.set({ ref: `B${r}`, value: so.tong.hoiDong[h] ?? 0, style: "center" });
    b.set({ ref: `C${r}`, value: h in so.tong.tuDanhGia ? so.tong.tuDanhGia[h] : "—", style: "center" });
    r++;
  }
  const them: [string, number][] = [
    ["Đơn vị được tính", so.tong.soDonVi],
    ["Hồ sơ trùng (không tính)", so.tong.trung],
    ["Khác năm hoặc khác cấp (không tính)", so.tong.khacNamCap],
    ["Đã thay đổi sau khi nhận", so.tong.thayDoi],
    ["Tệp không đọc được", loi.length],
  ];
  for (const [t, n] of them) {
    b.set({ ref: `A${r}`, value: t, style: "textBold" });
    b.set({ ref: `B${r}`, value: n, style: "center" });
    r++;
  }
  const rieng = so.dong.filter((d) => !d.tinh);
  if (rieng.length) {
    r++;
    b.merged(`A${r}`, `D${r}`, { value: "Không tính vào tổng", style: "heading" });
    r++;
    ["Mã hồ sơ", "Đơn vị", "Trạng thái", "Lý do"].forEach((h, i) => b.set({ ref: `${cot(i + 1)}${r}`, value: h, style: "header" }));
    r++;
    for (const d of rieng) {
      b.set({ ref: `A${r}`, value: d.ban.ma, style: "text" });
      b.set({ ref: `B${r}`, value: d.ban.ten, style: "text" });
      b.set({ ref: `C${r}`, value: d.trangThai, style: "text" });
      b.set({ ref: `D${r}`, value: d.trangThai === "Trùng" ? d.canhBao[0] : `Năm ${d.ban.nam ?? "?"}, ${TEN_CAP[RULE_SETS[d.ban.boTieuChi].cap]}`, style: "text" });
      r++;
    }
  }
  return theoChu(b.spec);
}

function sheetLoi(loi: readonly { tep: string; lyDo: string }[]): SheetSpec {
  const b = new SheetBuilder(SO_HOI_DONG.loi, [50, 90], { landscape: true, titleRows: "1:1" });
  b.set({ ref: "A1", value: "Tệp", style: "header" });
  b.set({ ref: "B1", value: "Lý do", style: "header" });
  loi.forEach((l, i) => {
    b.set({ ref: `A${i + 2}`, value: l.tep, style: "text" });
    b.set({ ref: `B${i + 2}`, value: l.lyDo, style: "text" });
  });
  return theoChu(b.spec);
}

/** Excel keeps at most 32,767 characters in a cell: the JSON of a receipt is cut into pieces across columns. */
const MANH = 30_000;

/** Where last year's register (`--truoc`) is kept: its label, and its JSON from the next cell on, cut like a receipt's. */
const O_TRUOC = { nhan: "I1", cotDau: 10 } as const;

function sheetDuLieu(bans: readonly BanNhan[], chon: SoHoiDong["chon"], lichRieng: LichRieng | undefined, truoc?: SoNamTruoc): SheetSpec {
  const b = new SheetBuilder(SO_HOI_DONG.duLieu, [10, 60], { landscape: false });
  b.spec.hidden = true;
  b.set({ ref: "A1", value: "Phiên bản", style: "label" });
  b.set({ ref: "B1", value: PHIEN_BAN_SO, style: "label", name: TEN_PHIEN_BAN_SO });
  // The run's year and cấp as the council chose them (--nam, --cap): later runs keep them.
  b.set({ ref: "C1", value: "Năm của đợt", style: "label" });
  b.set({ ref: "D1", value: chon.nam ?? null, style: "label" });
  b.set({ ref: "E1", value: "Cấp của đợt", style: "label" });
  b.set({ ref: "F1", value: chon.cap ?? null, style: "label" });
  // The province's deadlines (--lich), as JSON: later runs without --lich keep them.
  b.set({ ref: "G1", value: "Lịch riêng", style: "label" });
  b.set({ ref: "H1", value: lichRieng ? JSON.stringify(lichRieng) : null, style: "label" });
  // Last year's register (--truoc), as JSON: later runs without --truoc keep it.
  b.set({ ref: O_TRUOC.nhan, value: "Năm trước", style: "label" });
  const jsonTruoc = truoc ? JSON.stringify(truoc) : "";
  for (let k = 0; k * MANH < jsonTruoc.length; k++) b.set({ ref: `${cot(O_TRUOC.cotDau + k)}1`, value: jsonTruoc.slice(k * MANH, (k + 1) * MANH), style: "label" });
  b.set({ ref: "A2", value: "Mã hồ sơ", style: "labelBold" });
  b.set({ ref: "B2", value: "Dữ liệu đã nhận (JSON, có thể chia nhiều ô)", style: "labelBold" });
  bans.forEach((ban, i) => {
    const json = JSON.stringify(ban);
    b.set({ ref: `A${i + 3}`, value: ban.ma, style: "label" });
    for (let k = 0; k * MANH < json.length; k++) b.set({ ref: `${cot(2 + k)}${i + 3}`, value: json.slice(k * MANH, (k + 1) * MANH), style: "label" });
  });
  return b.spec;
}

export function soHoiDongSpec(so: SoHoiDong, loi: readonly { tep: string; lyDo: string }[], tieuDe = "SỔ THEO DÕI HỒ SƠ ĐỀ NGHỊ CÔNG NHẬN “ĐƠN VỊ HỌC TẬP”"): WorkbookSpec {
  return {
    sheets: [
      sheetDanhSach(so, tieuDe),
      sheetThamDinh(so),
      sheetTong(so, loi),
      sheetHoiDongDanhGia(so.hoiDongDanhGia ?? [], so.cap),
      sheetThongTinVanBan(so.thongTinVanBan ?? {}),
      // The council's documents, drawn from what is recorded now (printed by `dvht in <sổ hội đồng>`).
      ...sheetVanBanHoiDong(so, so.thongTinVanBan ?? {}),
      sheetLoi(loi),
      sheetDuLieu(so.dong.map((d) => d.ban), so.chon, so.lichRieng, so.truoc),
    ],
    properties: { title: "Sổ Hội đồng đánh giá “Đơn vị học tập”", subject: "dvht", keywords: TU_KHOA_SO_HOI_DONG, category: "dvht" },
  };
}

/** A sheet's values as a grid (row 1 first, column A first); undefined when the sheet is absent. */
export type DocBang = (sheet: string) => readonly (readonly GiaTriO[])[] | undefined;

const chu = (v: GiaTriO | undefined): string => (v === null || v === undefined ? "" : typeof v === "object" ? `lỗi ${v.loi}` : String(v)).trim();

/** A date the council typed: text as it is, or Excel's date serial as dd/mm/yyyy. */
function ngayGo(v: GiaTriO | undefined): string {
  if (typeof v === "number" && v > 20000 && v < 80000) return ngayChu(ngayTuIso(isoTuSoSeri(v, false))!);
  return chu(v);
}

export interface SoDaDocLai {
  bans: BanNhan[];
  thamDinh: Map<string, ThamDinh>;
  /** Receipts whose stored data cannot be read (the hidden sheet edited): named, never dropped silently. */
  loi: string[];
  /** The year and cấp chosen for the register's runs, when chosen. */
  chon: SoHoiDong["chon"];
  /** The Hội đồng đánh giá as the council listed it (sheet “Hội đồng đánh giá”), each cell as typed. */
  hoiDongDanhGia: ThanhVienDanhGia[];
  /** The Quyết định công nhận as recorded on “Tổng hợp”, when anything is typed there. */
  quyetDinh?: QuyetDinhCongNhan;
  /** The province's deadlines kept from an earlier `--lich`. */
  lichRieng?: LichRieng;
  /** The fields of the council's documents (sheet “Thông tin văn bản”), each as typed. */
  thongTinVanBan: ThongTinVanBanHoiDong;
  /** Last year's register kept from an earlier `--truoc`. */
  truoc?: SoNamTruoc;
}

/** The register's receipts and the council's verdicts, read back from its sheets. */
export function docSoHoiDong(bang: DocBang): SoDaDocLai {
  const loi: string[] = [];
  const bans: BanNhan[] = [];
  (bang(SO_HOI_DONG.duLieu) ?? []).forEach((row, i) => {
    if (i < 2 || !row[0]) return;
    const json = row.slice(1).map((v) => (typeof v === "string" ? v : "")).join("");
    try {
      bans.push(JSON.parse(json) as BanNhan);
    } catch {
      loi.push(`'${SO_HOI_DONG.duLieu}'!A${i + 1}: dữ liệu đã nhận của hồ sơ ${chu(row[0])} không đọc được (sheet ẩn đã bị sửa)`);
    }
  });
  const theoMa = new Map(bans.map((b) => [b.ma, b]));
  const thamDinh = new Map<string, ThamDinh>();
  const grid = bang(SO_HOI_DONG.thamDinh) ?? [];
  const nCt = CHI_TIEU_THAM_DINH.length;
  const muc = XEP_LOAI_HOI_DONG.map((k) => XEP_LOAI[k]);
  grid.forEach((row, i) => {
    if (i < THAM_DINH.dongTieuDe || chu(row[2]) !== THAM_DINH.dongHoiDong) return;
    const ma = chu(row[0]);
    const ban = theoMa.get(ma);
    if (!ban) return;
    const o = (c: number) => `'${SO_HOI_DONG.thamDinh}'!${cot(c + 1)}${i + 1}`;
    const td: ThamDinh = { chiTieu: {}, ghiChu: chu(row[4 + nCt]), nguoi: chu(row[5 + nCt]), ngay: ngayGo(row[6 + nCt]), loi: [] };
    const apDung = new Set(ban.chiTieu.filter((c) => c.trangThai !== "khong-ap-dung").map((c) => c.id));
    CHI_TIEU_THAM_DINH.forEach((id, j) => {
      const t = chu(row[3 + j]);
      if (!t || t === "—" || !apDung.has(id)) return;
      const x: XepLoaiHoiDong | undefined = docXepLoaiHoiDong(t);
      if (x) td.chiTieu[id] = x;
      else {
        (td.goSai ??= {})[id] = t;
        td.loi.push(`${o(3 + j)} (hồ sơ ${ma}, chỉ tiêu ${id}): “${t}” không phải một trong: ${muc.join(", ")}; ô này chưa được tính`);
      }
    });
    const xl = chu(row[3 + nCt]);
    if (xl && xl !== "—") {
      const k = XEP_LOAI_DIEM.find((x) => x.toLocaleLowerCase("vi") === xl.toLocaleLowerCase("vi"));
      if (k) td.xepLoaiDiem = k;
      else {
        (td.goSai ??= {}).xepLoaiDiem = xl;
        td.loi.push(`${o(3 + nCt)} (hồ sơ ${ma}): “${xl}” không phải một trong: ${XEP_LOAI_DIEM.join(", ")}; ô này chưa được tính`);
      }
    }
    if (Object.keys(td.chiTieu).length || td.xepLoaiDiem || td.ghiChu || td.nguoi || td.ngay || td.loi.length) thamDinh.set(ma, td);
  });
  const dau = bang(SO_HOI_DONG.duLieu)?.[0] ?? [];
  const chon: SoHoiDong["chon"] = {};
  if (typeof dau[3] === "number") chon.nam = dau[3];
  if (dau[5] === "huyen" || dau[5] === "tinh") chon.cap = dau[5];
  const quyetDinh = docQuyetDinh(bang(SO_HOI_DONG.tong));
  let lichRieng: LichRieng | undefined;
  if (typeof dau[7] === "string" && dau[7].trim()) {
    try {
      const kq = kiemTraLichRieng(JSON.parse(dau[7]));
      if ("lich" in kq) lichRieng = kq.lich;
      else loi.push(`'${SO_HOI_DONG.duLieu}'!H1: lịch riêng đã lưu không dùng được (${kq.loi.join("; ")})`);
    } catch {
      loi.push(`'${SO_HOI_DONG.duLieu}'!H1: lịch riêng đã lưu không đọc được (sheet ẩn đã bị sửa)`);
    }
  }
  const thongTinVanBan = docThongTinVanBan(bang(SO_HOI_DONG.thongTin), loi);
  const truoc = docTruoc(dau, loi);
  return {
    bans,
    thamDinh,
    loi,
    chon,
    hoiDongDanhGia: docHoiDongDanhGia(bang(SO_HOI_DONG.hoiDong)),
    thongTinVanBan,
    ...(quyetDinh ? { quyetDinh } : {}),
    ...(lichRieng ? { lichRieng } : {}),
    ...(truoc ? { truoc } : {}),
  };
}

/** Last year's register as kept in row 1 of the hidden sheet: its pieces joined; an edited one is named, not used. */
function docTruoc(dau: readonly GiaTriO[], loi: string[]): SoNamTruoc | undefined {
  const manh: string[] = [];
  for (let c = O_TRUOC.cotDau - 1; typeof dau[c] === "string" && dau[c] !== ""; c++) manh.push(dau[c] as string);
  if (!manh.length) return undefined;
  try {
    const t = JSON.parse(manh.join("")) as SoNamTruoc;
    if (t && typeof t === "object" && Array.isArray(t.congNhan) && typeof t.tong === "object" && typeof t.tep === "string") return t;
  } catch {
    // named below
  }
  loi.push(`'${SO_HOI_DONG.duLieu}'!${cot(O_TRUOC.cotDau)}1: sổ năm trước đã lưu không đọc được (sheet ẩn đã bị sửa); hãy chạy lại với --truoc`);
  return undefined;
}

/** The decision's number and date as typed next to their labels; an unreadable date is kept with its cell named. */
function docQuyetDinh(grid: readonly (readonly GiaTriO[])[] | undefined): QuyetDinhCongNhan | undefined {
  let so = "";
  let ngay = "";
  let oNgay = "";
  (grid ?? []).forEach((row, i) => {
    const nhan = chu(row[0]);
    if (nhan === QUYET_DINH.so) so = chu(row[1]);
    else if (nhan === QUYET_DINH.ngay) {
      ngay = ngayGo(row[1]);
      oNgay = `'${SO_HOI_DONG.tong}'!B${i + 1}`;
    }
  });
  if (!so && !ngay) return undefined;
  return { so, ngay, loi: ngay && !docNgayChu(ngay) ? [THONG_BAO_QUYET_DINH.ngaySai(oNgay, ngay)] : [] };
}

/**
 * The documents' fields as typed next to their labels (rows may move); a date that is not dd/mm/yyyy is kept as
 * typed, named in `loi`, and printed as dots.
 */
function docThongTinVanBan(grid: readonly (readonly GiaTriO[])[] | undefined, loi: string[]): ThongTinVanBanHoiDong {
  const tt: ThongTinVanBanHoiDong = {};
  (grid ?? []).forEach((row, i) => {
    const t = TRUONG_VAN_BAN_HOI_DONG.find((f) => f.nhan === chu(row[0]));
    if (!t) return;
    const v = t.khoa.startsWith("ngay") ? ngayGo(row[1]) : chu(row[1]);
    if (!v) return;
    if (t.khoa.startsWith("ngay") && !docNgayChu(v)) {
      loi.push(`'${SO_HOI_DONG.thongTin}'!B${i + 1} (${t.nhan}): “${v}” không phải ngày dạng dd/mm/yyyy; văn bản in dấu chấm ở chỗ ngày`);
      return;
    }
    tt[t.khoa] = v;
  });
  return tt;
}

/** The council's members as typed: the list's rows with anything in them, in order. */
function docHoiDongDanhGia(grid: readonly (readonly GiaTriO[])[] | undefined): ThanhVienDanhGia[] {
  const ds: ThanhVienDanhGia[] = [];
  for (let i = HDDG.dongDau - 1; i < HDDG.dongDau - 1 + HDDG.soDong; i++) {
    const row = grid?.[i] ?? [];
    const [hoTen, chucVu, nhiemVu, daiDien] = [1, 2, 3, 4].map((c) => chu(row[c]));
    if (hoTen || chucVu || nhiemVu || daiDien) ds.push({ hoTen, chucVu, nhiemVu, daiDien });
  }
  return ds;
}

/** The files the last run could not read, as the sheet “Không đọc được” lists them (row 1 is its header). */
export function docTepLoi(bang: DocBang): { tep: string; lyDo: string }[] {
  return (bang(SO_HOI_DONG.loi) ?? []).slice(1).filter((row) => chu(row[0])).map((row) => ({ tep: chu(row[0]), lyDo: chu(row[1]) }));
}

/**
 * Where the council types its verdict on each receipt: the cells of its “Hội đồng” row in the sheet “Thẩm định”
 * (indicator levels to date of review), by receipt number — found by reading the sheet, so rows the council moved
 * are still found.
 */
export function oHoiDongTheoMa(bang: DocBang): Map<string, string> {
  const cuoi = cot(3 + CHI_TIEU_THAM_DINH.length + COT_TD_SAU.length);
  const o = new Map<string, string>();
  (bang(SO_HOI_DONG.thamDinh) ?? []).forEach((row, i) => {
    if (i < THAM_DINH.dongTieuDe || chu(row[2]) !== THAM_DINH.dongHoiDong || !chu(row[0])) return;
    o.set(chu(row[0]), `D${i + 1}:${cuoi}${i + 1}`);
  });
  return o;
}
