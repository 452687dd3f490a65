/**
 * Bảng tổng hợp: the official form (seed 000 Phụ lục, seed 001): Tiêu chí | Chỉ tiêu | inputs | Xếp loại chỉ tiêu
 * (Không đạt / Đạt mức độ 1 / Đạt mức độ 2) | Xếp loại tiêu chí likewise | Minh chứng; then “Đánh giá mức độ
 * đạt được” and the Tổng hợp block of seed 001 section III. Every result is a native formula.
 */
import {
  CO_KHONG,
  KHONG_HOP_LE,
  TEN_MUC_CHUYEN_DOI_SO,
  XEP_LOAI,
  danhGiaHoiDong,
  phanSoCuaTyLeHienThi,
  tyLeHienThiTuDem,
  yeuCauChiTieu,
  type ChiTieuDef,
  type ChiTieuNhap,
  type DemMucDo,
  type HoSo,
  type KetQuaChiTieu,
  type KetQuaDanhGia,
  type KetQuaHoiDong,
  type RuleSet,
} from "../../rules";
import {
  danhDauFormula,
  demApDungFormula,
  demFormula,
  gopMucDoFormula,
  hoiDongTieuChiFormula,
  khacBietFormula,
  mucDoFormula,
  mucDoFormulaDvht,
  tyLeFormula,
  tyLeTongHopFormula,
} from "../formulas";
import { DV, KET_LUAN, KET_LUAN_HOI_DONG, SO_KHAC_BIET, tenChiTieu, tenTieuChi, tenTieuChiHoiDong, tenTongHop, tenTruongChiTieu } from "../names";
import { SheetBuilder, chieuCaoDong, cot, o } from "../sheetBuilder";
import { TY_LE_NHAP, VALIDATION, soDatValidation, tongSoValidation } from "../validations";
import type { CellValue, ValidationSpec } from "../model";
import { congThucDemDanhSach } from "./danhSach";
import type { StyleName } from "../styles";
import type { CheDoCongThuc, DanhSachMau } from "../workbook";
import { capHienThi } from "./thongTin";

export const TEN_SHEET_BANG_TONG_HOP = "Bảng tổng hợp";

/** Column of each part of the form (1-based). */
export const COT_BTH = {
  tieuChi: 1, chiTieu: 2, yeuCau: 3, nhap1: 4, tongSo: 5, tyLeNhap: 6, tyLe: 7,
  nguoiHocDat: 8, tongNguoiHoc: 9, tyLeNguoiHocNhap: 10, tyLeNguoiHoc: 11,
  mucDo: 12, ctKhongDat: 13, ctMucDo1: 14, ctMucDo2: 15,
  tieuChiMucDo: 16, tcKhongDat: 17, tcMucDo1: 18, tcMucDo2: 19, minhChung: 20,
  hoiDong: 21, khacBiet: 22, hoiDongGhiChu: 23, hoiDongTieuChi: 24,
} as const;
const WIDTHS = [16, 44, 15, 11, 9, 9, 9, 9, 9, 9, 9, 14, 6, 6, 6, 14, 6, 6, 6, 16, 14, 8, 18, 14];
export const DONG_DAU = 7;

const MUC_DANH_DAU = [XEP_LOAI["khong-dat"], XEP_LOAI["muc-do-1"], XEP_LOAI["muc-do-2"]] as const;

function hienThiTyLe(hienThi: number | undefined): CellValue {
  return hienThi === undefined ? "" : phanSoCuaTyLeHienThi(hienThi);
}

export function sheetBangTongHop(ruleSet: RuleSet, hoSo: HoSo, ketQua: KetQuaDanhGia, cheDo: CheDoCongThuc = "cong-thuc-goc", danhSach: DanhSachMau = {}): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_BANG_TONG_HOP, WIDTHS, { landscape: true, titleRows: "5:6" });
  const last = COT_BTH.hoiDongTieuChi;
  const hoiDong = danhGiaHoiDong(ruleSet, ketQua, hoSo.hoiDong ?? { chiTieu: {} });
  b.merged(o(1, 1), o(last, 1), { value: "BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU", style: "title" });
  b.merged(o(1, 2), o(last, 2), { value: `“ĐƠN VỊ HỌC TẬP” ${capHienThi(ruleSet).toLocaleUpperCase("vi")}`, style: "title" });
  b.merged(o(1, 3), o(last, 3), {
    formula: `"Đơn vị: "&IF(${DV.ten}="","……………",${DV.ten})&" — Năm đánh giá: "&IF(${DV.nam}="","……",${DV.nam})`,
    result: `Đơn vị: ${hoSo.donVi.ten ?? "……………"} — Năm đánh giá: ${hoSo.namDanhGia ?? "……"}`,
    style: "subtitle",
  });
  header(b);

  let row = DONG_DAU;
  const first = row;
  for (const tc of ruleSet.tieuChi) {
    const defs = ruleSet.chiTieu.filter((d) => d.tieuChi === tc.id);
    const start = row;
    defs.forEach((def, i) => {
      dongChiTieu(b, row, def, i + 1, hoSo, ketQua, cheDo, danhSach);
      dongHoiDong(b, row, def, hoSo, hoiDong);
      row++;
    });
    const end = row - 1;
    const kq = ketQua.tieuChi[tc.id];
    b.merged(o(COT_BTH.tieuChi, start), o(COT_BTH.tieuChi, end), { value: `${tc.id}. ${tc.ten}`, style: "textBold" });
    const tcCell = o(COT_BTH.tieuChiMucDo, start);
    b.merged(tcCell, o(COT_BTH.tieuChiMucDo, end), {
      formula: gopMucDoFormula(`${o(COT_BTH.mucDo, start)}:${o(COT_BTH.mucDo, end)}`),
      result: kq.xepLoai,
      style: "result",
      name: tenTieuChi(tc.id),
    });
    MUC_DANH_DAU.forEach((muc, k) => {
      b.merged(o(COT_BTH.tcKhongDat + k, start), o(COT_BTH.tcKhongDat + k, end), {
        formula: danhDauFormula(tcCell, muc),
        result: kq.xepLoai === muc ? "x" : "",
        style: "mark",
      });
    });
    b.merged(o(COT_BTH.hoiDongTieuChi, start), o(COT_BTH.hoiDongTieuChi, end), {
      formula: hoiDongTieuChiFormula(`${o(COT_BTH.mucDo, start)}:${o(COT_BTH.mucDo, end)}`, `${o(COT_BTH.hoiDong, start)}:${o(COT_BTH.hoiDong, end)}`),
      result: hoiDong.tieuChi[tc.id].xepLoai,
      style: "result",
      name: tenTieuChiHoiDong(tc.id),
    });
  }
  const lastRow = row - 1;
  const dsMucDo = `${o(COT_BTH.mucDo, first)}:${o(COT_BTH.mucDo, lastRow)}`;
  const dsTieuChi = `${o(COT_BTH.tieuChiMucDo, first)}:${o(COT_BTH.tieuChiMucDo, lastRow)}`;
  const mau: { formula: string; style: StyleName }[] = [
    { text: XEP_LOAI["khong-dat"], style: "cfKhongDat" as const },
    { text: XEP_LOAI["muc-do-1"], style: "cfMucDo1" as const },
    { text: XEP_LOAI["muc-do-2"], style: "cfMucDo2" as const },
    { text: XEP_LOAI["chua-du-du-lieu"], style: "cfThieu" as const },
    { text: KHONG_HOP_LE, style: "cfLoi" as const },
  ].map(({ text, style }) => ({ formula: `${o(COT_BTH.mucDo, first)}="${text}"`, style }));
  b.format({ range: dsMucDo, rules: mau });
  // Inputs of a row the engine would refuse are marked where they are typed, with or without the add-in.
  for (const [c1, c2] of [[COT_BTH.nhap1, COT_BTH.tyLeNguoiHoc], [COT_BTH.minhChung, COT_BTH.minhChung]]) {
    b.format({
      range: `${o(c1, first)}:${o(c2, lastRow)}`,
      rules: [{ formula: `$${cot(COT_BTH.mucDo)}${first}="${KHONG_HOP_LE}"`, style: "cfLoiNhap" }],
    });
  }
  const dsHoiDongTieuChi = `${o(COT_BTH.hoiDongTieuChi, first)}:${o(COT_BTH.hoiDongTieuChi, lastRow)}`;
  b.format({ range: dsHoiDongTieuChi, rules: mau.map((r) => ({ ...r, formula: r.formula.replace(o(COT_BTH.mucDo, first), o(COT_BTH.hoiDongTieuChi, first)) })) });
  // Where the council and the unit differ, both levels stand out.
  b.format({
    range: `${o(COT_BTH.hoiDong, first)}:${o(COT_BTH.khacBiet, lastRow)}`,
    rules: [{ formula: `$${cot(COT_BTH.khacBiet)}${first}="Khác"`, style: "cfKhacBiet" }],
  });
  b.format({ range: dsTieuChi, rules: mau.map((r) => ({ ...r, formula: r.formula.replace(o(COT_BTH.mucDo, first), o(COT_BTH.tieuChiMucDo, first)) })) });

  row++;
  b.merged(o(1, row), o(3, row), { value: "Đánh giá mức độ đạt được:", style: "conclusion" });
  b.merged(o(4, row), o(COT_BTH.mucDo, row), { formula: gopMucDoFormula(dsTieuChi), result: ketQua.ketLuan.xepLoai, style: "conclusion", name: KET_LUAN });
  b.height(row, 24);
  row++;
  b.merged(o(1, row), o(3, row), { value: "Hội đồng đánh giá:", style: "conclusion" });
  b.merged(o(4, row), o(COT_BTH.mucDo, row), { formula: gopMucDoFormula(dsHoiDongTieuChi), result: hoiDong.ketLuan.xepLoai, style: "conclusion", name: KET_LUAN_HOI_DONG });
  b.merged(o(COT_BTH.tieuChiMucDo, row), o(COT_BTH.minhChung, row), { value: "Số chỉ tiêu Hội đồng đánh giá khác đơn vị:", style: "label" });
  b.set({
    ref: o(COT_BTH.hoiDong, row),
    formula: `COUNTIF(${o(COT_BTH.khacBiet, first)}:${o(COT_BTH.khacBiet, lastRow)},"Khác")`,
    result: hoiDong.khacBiet.length,
    style: "count",
    name: SO_KHAC_BIET,
  });
  b.height(row, 24);
  row += 2;
  row = tongHop(b, row, ruleSet, dsMucDo, dsTieuChi, ketQua);
  row = bangBieuDo(b, row + 1, ruleSet, ketQua);
  b.spec.freeze = { row: DONG_DAU, col: COT_BTH.yeuCau };
  return b;
}

function header(b: SheetBuilder): void {
  const c = COT_BTH;
  const span = (c1: number, c2: number, text: string) => b.merged(o(c1, 5), o(c2, 5), { value: text, style: "header" });
  const down = (col: number, text: string) => b.merged(o(col, 5), o(col, 6), { value: text, style: "header" });
  const sub = (col: number, text: string) => b.set({ ref: o(col, 6), value: text, style: "header" });
  down(c.tieuChi, "Tiêu chí");
  down(c.chiTieu, "Chỉ tiêu");
  down(c.yeuCau, "Yêu cầu (mức độ 1 / mức độ 2)");
  // Members and learners: the same four columns (counts, a typed rate when there are none, the rate shown).
  const nhom = (ten: string, cot: [number, string][]) => {
    span(cot[0][0], cot[cot.length - 1][0], ten);
    for (const [col, text] of cot) sub(col, text);
  };
  const tyLe: [string, string] = ["Tỷ lệ nhập (không có số đếm)", "Tỷ lệ"];
  nhom("Thành viên trong đơn vị", [[c.nhap1, "Số đạt / Kết quả"], [c.tongSo, "Tổng số"], [c.tyLeNhap, tyLe[0]], [c.tyLe, tyLe[1]]]);
  nhom("Người học (cơ sở giáo dục)", [[c.nguoiHocDat, "Số đạt"], [c.tongNguoiHoc, "Tổng số"], [c.tyLeNguoiHocNhap, tyLe[0]], [c.tyLeNguoiHoc, tyLe[1]]]);
  span(c.mucDo, c.ctMucDo2, "Xếp loại chỉ tiêu");
  span(c.tieuChiMucDo, c.tcMucDo2, "Xếp loại tiêu chí");
  for (const base of [c.mucDo, c.tieuChiMucDo]) {
    sub(base, "Kết quả");
    MUC_DANH_DAU.forEach((m, k) => sub(base + 1 + k, m));
  }
  down(c.minhChung, "Minh chứng (mã)");
  span(c.hoiDong, c.hoiDongTieuChi, "Thẩm định của Hội đồng");
  sub(c.hoiDong, "Xếp loại chỉ tiêu");
  sub(c.khacBiet, "Khác đơn vị");
  sub(c.hoiDongGhiChu, "Ghi chú");
  sub(c.hoiDongTieuChi, "Xếp loại tiêu chí");
  b.height(5, 20);
  b.height(6, 48);
}

/** A count cell: typed by the clerk, or counted from a roster sheet by a formula. */
function oDem(b: SheetBuilder, ref: string, name: string, value: number | undefined, validation: ValidationSpec, dem: string | undefined): void {
  if (dem !== undefined) b.set({ ref, formula: dem, result: value ?? 0, style: "countFormula", name });
  else b.set({ ref, value: value ?? null, style: "inputCount", input: true, name, validation });
}

function dongChiTieu(b: SheetBuilder, row: number, def: ChiTieuDef, so: number, hoSo: HoSo, ketQua: KetQuaDanhGia, cheDo: CheDoCongThuc, danhSach: DanhSachMau): void {
  const c = COT_BTH;
  const nhap = hoSo.chiTieu[def.id];
  const kq = ketQua.chiTieu.find((r) => r.id === def.id)!;
  const cell = (col: number) => o(col, row);
  const unused = (...cols: number[]) => cols.forEach((col) => b.set({ ref: cell(col), value: null, style: "unused" }));
  const noiDung = `${so}. ${def.noiDung}`;
  b.set({ ref: cell(c.chiTieu), value: noiDung, style: "text" });
  const yeuCau = yeuCauChiTieu(def, undefined, "gon");
  b.set({ ref: cell(c.yeuCau), value: yeuCau, style: "center" });
  const ten = (t: Parameters<typeof tenTruongChiTieu>[1]) => tenTruongChiTieu(def.id, t);

  if (def.kieu === "dat") {
    const v = nhap?.dat === undefined ? null : nhap.dat ? CO_KHONG.co : CO_KHONG.khong;
    b.set({ ref: cell(c.nhap1), value: v, style: "inputChoice", input: true, name: ten("dat"), validation: VALIDATION.coKhong });
    unused(c.tongSo, c.tyLeNhap, c.tyLe, c.nguoiHocDat, c.tongNguoiHoc, c.tyLeNguoiHocNhap, c.tyLeNguoiHoc);
  } else if (def.kieu === "muc-cds") {
    const v = nhap?.mucChuyenDoiSo === undefined ? null : TEN_MUC_CHUYEN_DOI_SO[nhap.mucChuyenDoiSo];
    b.set({ ref: cell(c.nhap1), value: v, style: "inputChoice", input: true, name: ten("mucChuyenDoiSo"), validation: VALIDATION.mucChuyenDoiSo });
    unused(c.tongSo, c.tyLeNhap, c.tyLe, c.nguoiHocDat, c.tongNguoiHoc, c.tyLeNguoiHocNhap, c.tyLeNguoiHoc);
  } else {
    oThanhVien(b, def.id, nhap, kq, danhSach, { soDat: cell(c.nhap1), tongSo: cell(c.tongSo), tyLeNhap: cell(c.tyLeNhap), tyLe: cell(c.tyLe) });
    if (def.kieu === "ty-le" && def.nguoiHoc) {
      const [hd, ht] = [cell(c.nguoiHocDat), cell(c.tongNguoiHoc)];
      const nhDem = danhSach.nguoiHoc?.chiTieu.includes(def.id) ? congThucDemDanhSach(danhSach.nguoiHoc, def.id) : undefined;
      oDem(b, hd, ten("nguoiHocDat"), nhap?.nguoiHocDat, soDatValidation(hd, ht, "người học"), nhDem?.soDat);
      oDem(b, ht, ten("tongNguoiHoc"), nhap?.tongNguoiHoc, tongSoValidation(ht, hd, "người học"), nhDem?.tongSo);
      // A typed learner rate, as the member one: a fraction in a percent cell, only when there are no learner counts.
      const typed = nhap?.nguoiHocDat === undefined && nhap?.tongNguoiHoc === undefined && nhap?.tyLeNguoiHoc !== undefined ? nhap.tyLeNguoiHoc / 100 : null;
      b.set({ ref: cell(c.tyLeNguoiHocNhap), value: typed, style: "rate", input: true, name: ten("tyLeNguoiHoc"), validation: TY_LE_NHAP });
      const nh = kq.tyLe.find((t) => t.doiTuong === "nguoiHoc");
      b.set({ ref: cell(c.tyLeNguoiHoc), formula: tyLeFormula(ten("nguoiHocDat"), ten("tongNguoiHoc"), ten("tyLeNguoiHoc")), result: hienThiTyLe(nh?.hienThi), style: "rate", name: tenChiTieu(def.id, "TYLENGUOIHOC") });
    } else {
      unused(c.nguoiHocDat, c.tongNguoiHoc, c.tyLeNguoiHocNhap, c.tyLeNguoiHoc);
    }
  }

  const mucDoCell = cell(c.mucDo);
  const formula = (cheDo === "ham-dvht" && mucDoFormulaDvht(def)) || mucDoFormula(def);
  b.set({ ref: mucDoCell, formula, result: kq.xepLoai, style: "result", name: tenChiTieu(def.id, "MUCDO") });
  MUC_DANH_DAU.forEach((muc, k) =>
    b.set({ ref: cell(c.ctKhongDat + k), formula: danhDauFormula(mucDoCell, muc), result: kq.xepLoai === muc ? "x" : "", style: "mark" }),
  );
  const minhChung = nhap && nhap.minhChung.length > 0 ? nhap.minhChung.join(", ") : nhap?.coMinhChung ? "Có" : null;
  b.set({ ref: cell(c.minhChung), value: minhChung, style: "inputText", input: true, name: ten("minhChung"), validation: VALIDATION.minhChung });
  b.height(row, chieuCaoDong([{ text: noiDung, width: WIDTHS[c.chiTieu - 1] }, { text: yeuCau, width: WIDTHS[c.yeuCau - 1] }], 30));
}

/** The member share of an indicator: counts (typed, or counted from the roster), a typed rate, and the computed rate. */
export function oThanhVien(
  b: SheetBuilder,
  id: string,
  nhap: ChiTieuNhap | undefined,
  kq: KetQuaChiTieu,
  danhSach: DanhSachMau,
  o: { soDat: string; tongSo: string; tyLeNhap: string; tyLe: string },
): void {
  const ten = (t: Parameters<typeof tenTruongChiTieu>[1]) => tenTruongChiTieu(id, t);
  const tv = danhSach.thanhVien?.chiTieu.includes(id) ? congThucDemDanhSach(danhSach.thanhVien, id) : undefined;
  oDem(b, o.soDat, ten("soDat"), nhap?.soDat, soDatValidation(o.soDat, o.tongSo, "thành viên"), tv?.soDat);
  oDem(b, o.tongSo, ten("tongSo"), nhap?.tongSo, tongSoValidation(o.tongSo, o.soDat, "thành viên"), tv?.tongSo);
  // A typed rate is kept as a fraction in a percent cell, as Excel stores "93,5%".
  const typed = nhap?.soDat === undefined && nhap?.tongSo === undefined && nhap?.tyLe !== undefined ? nhap.tyLe / 100 : null;
  b.set({ ref: o.tyLeNhap, value: typed, style: "rate", input: true, name: ten("tyLe"), validation: TY_LE_NHAP });
  const tvTyLe = kq.tyLe.find((t) => t.doiTuong === "thanhVien");
  b.set({ ref: o.tyLe, formula: tyLeFormula(ten("soDat"), ten("tongSo"), ten("tyLe")), result: hienThiTyLe(tvTyLe?.hienThi), style: "rate", name: tenChiTieu(id, "TYLE") });
}

/**
 * Indicator levels per criterion, counted by formulas: the data of the chart the add-in draws (a chart object
 * needs Excel; the table itself computes everywhere).
 */
function bangBieuDo(b: SheetBuilder, start: number, ruleSet: RuleSet, ketQua: KetQuaDanhGia): number {
  const muc = [XEP_LOAI["muc-do-2"], XEP_LOAI["muc-do-1"], XEP_LOAI["khong-dat"], XEP_LOAI["chua-du-du-lieu"]];
  b.merged(o(1, start), o(3, start), { value: "Số chỉ tiêu theo mức độ, từng tiêu chí (dữ liệu biểu đồ)", style: "heading" });
  const header = start + 1;
  b.set({ ref: o(2, header), value: "Tiêu chí", style: "header" });
  muc.forEach((m, j) => b.set({ ref: o(3 + j, header), value: m, style: "header" }));
  let row = header + 1;
  let dau = DONG_DAU;
  for (const tc of ruleSet.tieuChi) {
    const n = ruleSet.chiTieu.filter((d) => d.tieuChi === tc.id).length;
    const range = `$${cot(COT_BTH.mucDo)}$${dau}:$${cot(COT_BTH.mucDo)}$${dau + n - 1}`;
    b.set({ ref: o(2, row), value: `Tiêu chí ${tc.id}`, style: "center" });
    const states = ketQua.chiTieu.slice(dau - DONG_DAU, dau - DONG_DAU + n).map((r) => r.xepLoai);
    muc.forEach((m, j) => b.set({ ref: o(3 + j, row), formula: demFormula(range, m), result: states.filter((x) => x === m).length, style: "center" }));
    dau += n;
    row++;
  }
  b.spec.charts = [{ type: "ColumnStacked", range: `${o(2, header)}:${o(2 + muc.length, row - 1)}`, title: "Mức độ các chỉ tiêu theo tiêu chí", anchor: o(8, start) }];
  return row;
}

/** The council's columns of one indicator row: its level (a list), the difference mark, its note. */
function dongHoiDong(b: SheetBuilder, row: number, def: ChiTieuDef, hoSo: HoSo, hoiDong: KetQuaHoiDong): void {
  const c = COT_BTH;
  const nhap = hoSo.hoiDong?.chiTieu[def.id];
  const kq = hoiDong.chiTieu.find((x) => x.id === def.id)!;
  b.set({
    ref: o(c.hoiDong, row),
    value: nhap?.xepLoai ? XEP_LOAI[nhap.xepLoai] : null,
    style: "inputChoice",
    input: true,
    name: tenChiTieu(def.id, "HOIDONG"),
    validation: VALIDATION.xepLoaiHoiDong,
  });
  b.set({ ref: o(c.khacBiet, row), formula: khacBietFormula(o(c.mucDo, row), o(c.hoiDong, row)), result: kq.khacBiet ? "Khác" : "", style: "mark" });
  b.set({ ref: o(c.hoiDongGhiChu, row), value: nhap?.ghiChu ?? null, style: "inputText", input: true, name: tenChiTieu(def.id, "HOIDONG_GHICHU") });
}

/** Seed 001, section III: counts and shares of indicators and criteria, then the conclusion. */
function tongHop(b: SheetBuilder, start: number, ruleSet: RuleSet, dsMucDo: string, dsTieuChi: string, ketQua: KetQuaDanhGia): number {
  let row = start;
  b.merged(o(1, row), o(3, row), { value: "III. TỔNG HỢP", style: "heading" });
  row++;
  const nhom = (ma: "CT" | "TC", ten: string, range: string, dem: DemMucDo, apDungFormula: string) => {
    const apDungName = tenTongHop(ma, "APDUNG");
    b.merged(o(1, row), o(2, row), { value: `- Tổng số ${ten} (áp dụng):`, style: "label" });
    b.set({ ref: o(3, row), formula: apDungFormula, result: dem.apDung, style: "count", name: apDungName });
    row++;
    const dong = (nhan: string, ma2: "KHONGDAT" | "MUCDO1" | "MUCDO2" | "CHUADU", xepLoai: string, so: number) => {
      b.merged(o(1, row), o(2, row), { value: `   + Số ${ten} ${nhan}:`, style: "label" });
      const name = tenTongHop(ma, ma2);
      b.set({ ref: o(3, row), formula: demFormula(range, xepLoai), result: so, style: "count", name });
      b.set({ ref: o(4, row), value: "tỷ lệ", style: "label" });
      b.merged(o(5, row), o(6, row), {
        formula: tyLeTongHopFormula(name, apDungName),
        result: dem.apDung === 0 ? "" : tyLeHienThiTuDem(so, dem.apDung),
        style: "percentPoints",
      });
      row++;
    };
    dong("không đạt", "KHONGDAT", XEP_LOAI["khong-dat"], dem.khongDat);
    dong("đạt mức độ 1", "MUCDO1", XEP_LOAI["muc-do-1"], dem.mucDo1);
    dong("đạt mức độ 2", "MUCDO2", XEP_LOAI["muc-do-2"], dem.mucDo2);
    dong("chưa đủ dữ liệu", "CHUADU", XEP_LOAI["chua-du-du-lieu"], dem.chuaDuDuLieu);
  };
  nhom("CT", "chỉ tiêu", dsMucDo, ketQua.tongHop.chiTieu, demApDungFormula(dsMucDo));
  const tieuChi = ruleSet.tieuChi.map(({ id }) => `(${tenTieuChi(id)}<>"${XEP_LOAI["khong-ap-dung"]}")`).join("+");
  nhom("TC", "tiêu chí", dsTieuChi, ketQua.tongHop.tieuChi, tieuChi);
  row++;
  b.merged(o(1, row), o(COT_BTH.mucDo, row), {
    formula: `"* KẾT LUẬN: "&UPPER(${KET_LUAN})`,
    result: `* KẾT LUẬN: ${ketQua.ketLuan.xepLoai.toLocaleUpperCase("vi")}`,
    style: "conclusion",
  });
  b.height(row, 24);
  row += 2;
  b.merged(o(COT_BTH.mucDo, row), o(COT_BTH.minhChung, row), { value: "……………, ngày …… tháng …… năm ……", style: "subtitle" });
  row++;
  b.merged(o(2, row), o(3, row), { value: "TỔ TRƯỞNG TỔ ĐÁNH GIÁ", style: "title" });
  b.merged(o(COT_BTH.mucDo, row), o(COT_BTH.minhChung, row), { value: "THỦ TRƯỞNG ĐƠN VỊ", style: "title" });
  row++;
  b.merged(o(2, row), o(3, row), { value: "(Ký, ghi rõ họ tên)", style: "subtitle" });
  b.merged(o(COT_BTH.mucDo, row), o(COT_BTH.minhChung, row), { value: "(Ký tên, đóng dấu)", style: "subtitle" });
  return row + 1;
}
