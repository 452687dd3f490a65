/**
 * Bảng tổng hợp of a points-based rule set, laid out as the Phụ lục of seed 004 (“Hướng dẫn đánh giá, cho điểm Đơn
 * vị học tập”): TT | Nội dung tiêu chí | Điểm tối đa | Các minh chứng | the unit's inputs | Điểm tự chấm | Gợi ý cho
 * điểm; then the total and the class. Every point is a native formula over the Ngưỡng sheet.
 */
import {
  CO_KHONG,
  KHONG_HOP_LE,
  XEP_LOAI,
  diemToiDa,
  diemToiDaTieuChi,
  yeuCauChiTieu,
  type ChiTieuDef,
  type HoSo,
  type KetQuaDanhGia,
  type RuleSet,
  type TrangThai,
} from "../../rules";
import { chuoi } from "../formulas";
import { diemFormula, tongDiemFormula, xepLoaiDiemFormula } from "../pointsFormulas";
import { DV, KET_LUAN, TONG_DIEM, tenChiTieu, tenTieuChiDiem, tenTruongChiTieu } from "../names";
import { SheetBuilder, chieuCaoDong, cot, o } from "../sheetBuilder";
import { VALIDATION, luaChonValidation } from "../validations";
import type { StyleName } from "../styles";
import type { DanhSachMau } from "../workbook";
import { TEN_SHEET_BANG_TONG_HOP, oThanhVien } from "./bangTongHop";

/** Column of each part of the form (1-based). */
export const COT_BCD = {
  tt: 1, noiDung: 2, diemToiDa: 3, minhChungGoiY: 4, nhap1: 5, tongSo: 6, tyLeNhap: 7, tyLe: 8, minhChung: 9, diem: 10, goiY: 11,
} as const;
const WIDTHS = [7, 46, 8, 38, 18, 9, 9, 9, 14, 12, 42];
const DONG_DAU = 6;

/** Colours of a result by the SPEC §3 state it stands for. */
const MAU_TRANG_THAI: Partial<Record<TrangThai, StyleName>> = { "muc-do-2": "cfMucDo2", "muc-do-1": "cfMucDo1", "khong-dat": "cfKhongDat" };

export function sheetBangChamDiem(ruleSet: RuleSet, hoSo: HoSo, ketQua: KetQuaDanhGia, danhSach: DanhSachMau = {}): SheetBuilder {
  const cham = ruleSet.chamDiem!;
  const c = COT_BCD;
  const last = c.goiY;
  const b = new SheetBuilder(TEN_SHEET_BANG_TONG_HOP, WIDTHS, { landscape: true, titleRows: "5:5" });
  b.merged(o(1, 1), o(last, 1), { value: "BẢNG TỰ ĐÁNH GIÁ, CHO ĐIỂM “ĐƠN VỊ HỌC TẬP”", style: "title" });
  b.merged(o(1, 2), o(last, 2), { value: `(${cham.canCu})`, style: "subtitle" });
  b.merged(o(1, 3), o(last, 3), {
    formula: `"Đơn vị: "&IF(${DV.ten}="","……………",${DV.ten})&" — Năm đánh giá: "&IF(${DV.nam}="","……",${DV.nam})`,
    result: `Đơn vị: ${hoSo.donVi.ten ?? "……………"} — Năm đánh giá: ${hoSo.namDanhGia ?? "……"}`,
    style: "subtitle",
  });
  const header: [number, string][] = [
    [c.tt, "TT"], [c.noiDung, "Nội dung tiêu chí"], [c.diemToiDa, "Điểm tối đa"], [c.minhChungGoiY, "Các minh chứng"],
    [c.nhap1, "Lựa chọn / Số thành viên đạt"], [c.tongSo, "Tổng số thành viên"], [c.tyLeNhap, "Tỷ lệ nhập (không có số đếm)"],
    [c.tyLe, "Tỷ lệ"], [c.minhChung, "Minh chứng (mã)"], [c.diem, "Điểm tự chấm"], [c.goiY, "Gợi ý cho điểm"],
  ];
  for (const [col, text] of header) b.set({ ref: o(col, 5), value: text, style: "header" });
  b.height(5, 48);

  let row = DONG_DAU;
  const tongTieuChi: string[] = [];
  for (const tc of ruleSet.tieuChi) {
    const tcRow = row++;
    const defs = ruleSet.chiTieu.filter((d) => d.tieuChi === tc.id);
    defs.forEach((def) => dongChiTieu(b, row++, def, cham.goiY[def.id] ?? { goiY: "", minhChung: "" }, hoSo, ketQua, danhSach));
    const dau = o(c.diem, tcRow + 1);
    const cuoi = o(c.diem, row - 1);
    b.set({ ref: o(c.tt, tcRow), value: tc.id, style: "textBold" });
    b.set({ ref: o(c.noiDung, tcRow), value: tc.ten, style: "textBold" });
    b.set({ ref: o(c.diemToiDa, tcRow), value: diemToiDaTieuChi(ruleSet, tc.id), style: "result" });
    for (let col = c.minhChungGoiY; col < c.diem; col++) b.set({ ref: o(col, tcRow), value: null, style: "unused" });
    b.set({ ref: o(c.diem, tcRow), formula: tongDiemFormula(`${dau}:${cuoi}`), result: ketQua.tieuChi[tc.id].diem ?? 0, style: "result", name: tenTieuChiDiem(tc.id) });
    b.set({ ref: o(c.goiY, tcRow), value: null, style: "unused" });
    b.height(tcRow, chieuCaoDong([{ text: tc.ten, width: WIDTHS[c.noiDung - 1] }], 20));
    tongTieuChi.push(tenTieuChiDiem(tc.id));
  }
  const lastRow = row - 1;
  const dsDiem = `${o(c.diem, DONG_DAU)}:${o(c.diem, lastRow)}`;
  const laText = (text: string, style: StyleName) => ({ formula: `${o(c.diem, DONG_DAU)}="${text}"`, style });
  b.format({ range: dsDiem, rules: [laText(XEP_LOAI["chua-du-du-lieu"], "cfThieu"), laText(KHONG_HOP_LE, "cfLoi")] });
  // Inputs of a row the engine would refuse are marked where they are typed, with or without the add-in.
  b.format({
    range: `${o(c.nhap1, DONG_DAU)}:${o(c.minhChung, lastRow)}`,
    rules: [{ formula: `$${cot(c.diem)}${DONG_DAU}="${KHONG_HOP_LE}"`, style: "cfLoiNhap" }],
  });

  row++;
  b.merged(o(1, row), o(c.diemToiDa, row), { value: "Tổng điểm tự chấm:", style: "conclusion" });
  b.set({
    ref: o(c.minhChungGoiY, row),
    formula: `IF(COUNTIF(${dsDiem},${chuoi(KHONG_HOP_LE)})>0,${chuoi(KHONG_HOP_LE)},SUM(${tongTieuChi.join(",")}))`,
    result: ketQua.tongDiem ?? 0,
    style: "conclusion",
    name: TONG_DIEM,
  });
  b.set({ ref: o(c.nhap1, row), value: `/ ${cham.diemToiDa} điểm`, style: "conclusion" });
  b.height(row, 24);
  row++;
  b.merged(o(1, row), o(c.diemToiDa, row), { value: "Xếp loại:", style: "conclusion" });
  const ketLuan = o(c.minhChungGoiY, row);
  b.set({ ref: ketLuan, formula: xepLoaiDiemFormula(cham, dsDiem, TONG_DIEM), result: ketQua.ketLuan.xepLoai, style: "conclusion", name: KET_LUAN });
  b.format({
    range: ketLuan,
    rules: [
      ...cham.xepLoai.filter((x) => MAU_TRANG_THAI[x.trangThai]).map((x) => ({ formula: `${ketLuan}=${chuoi(x.ten)}`, style: MAU_TRANG_THAI[x.trangThai]! })),
      { formula: `${ketLuan}=${chuoi(XEP_LOAI["chua-du-du-lieu"])}`, style: "cfThieu" },
      { formula: `${ketLuan}=${chuoi(KHONG_HOP_LE)}`, style: "cfLoi" },
    ],
  });
  const hang = cham.xepLoai.map((x, i) => `${x.ten}${i < cham.xepLoai.length - 1 ? ` từ ${x.tu}` : ""}`).join("; ");
  b.merged(o(c.nhap1, row), o(c.goiY, row), { value: `(${hang} điểm; chưa đủ dữ liệu khi còn chỉ tiêu chưa nhập)`, style: "label" });
  b.height(row, 24);
  row += 2;
  b.merged(o(c.diem, row), o(c.goiY, row), { value: "……………, ngày …… tháng …… năm ……", style: "subtitle" });
  row++;
  b.merged(o(1, row), o(c.diemToiDa, row), { value: "TỔ TRƯỞNG TỔ ĐÁNH GIÁ", style: "title" });
  b.merged(o(c.diem, row), o(c.goiY, row), { value: "THỦ TRƯỞNG ĐƠN VỊ", style: "title" });
  row++;
  b.merged(o(1, row), o(c.diemToiDa, row), { value: "(Ký, ghi rõ họ tên)", style: "subtitle" });
  b.merged(o(c.diem, row), o(c.goiY, row), { value: "(Ký tên, đóng dấu)", style: "subtitle" });
  b.spec.freeze = { row: DONG_DAU, col: c.diemToiDa };
  return b;
}

function dongChiTieu(b: SheetBuilder, row: number, def: ChiTieuDef, cham: { goiY: string; minhChung: string }, hoSo: HoSo, ketQua: KetQuaDanhGia, danhSach: DanhSachMau): void {
  const c = COT_BCD;
  const nhap = hoSo.chiTieu[def.id];
  const kq = ketQua.chiTieu.find((r) => r.id === def.id)!;
  const cell = (col: number) => o(col, row);
  const ten = (t: Parameters<typeof tenTruongChiTieu>[1]) => tenTruongChiTieu(def.id, t);
  const unused = (...cols: number[]) => cols.forEach((col) => b.set({ ref: cell(col), value: null, style: "unused" }));
  b.set({ ref: cell(c.tt), value: def.id, style: "center" });
  b.set({ ref: cell(c.noiDung), value: def.noiDung, style: "text" });
  b.set({ ref: cell(c.diemToiDa), value: diemToiDa(def), style: "center" });
  b.set({ ref: cell(c.minhChungGoiY), value: cham.minhChung, style: "text" });

  if (def.kieu === "dat") {
    const v = nhap?.dat === undefined ? null : nhap.dat ? CO_KHONG.co : CO_KHONG.khong;
    b.set({ ref: cell(c.nhap1), value: v, style: "inputChoice", input: true, name: ten("dat"), validation: VALIDATION.coKhong });
    unused(c.tongSo, c.tyLeNhap, c.tyLe);
  } else if (def.kieu === "lua-chon") {
    const ma = nhap?.[def.truong];
    const v = def.luaChon.find((x) => x.ma === ma)?.ten ?? null;
    b.set({ ref: cell(c.nhap1), value: v, style: "inputChoice", input: true, name: ten(def.truong), validation: luaChonValidation(def) });
    unused(c.tongSo, c.tyLeNhap, c.tyLe);
  } else {
    oThanhVien(b, def.id, nhap, kq, danhSach, { soDat: cell(c.nhap1), tongSo: cell(c.tongSo), tyLeNhap: cell(c.tyLeNhap), tyLe: cell(c.tyLe) });
  }
  const minhChung = nhap && nhap.minhChung.length > 0 ? nhap.minhChung.join(", ") : nhap?.coMinhChung ? "Có" : null;
  b.set({ ref: cell(c.minhChung), value: minhChung, style: "inputText", input: true, name: ten("minhChung"), validation: VALIDATION.minhChung });
  b.set({ ref: cell(c.diem), formula: diemFormula(def), result: kq.diem ?? kq.xepLoai, style: "result", name: tenChiTieu(def.id, "DIEM") });
  b.set({ ref: cell(c.goiY), value: cham.goiY || yeuCauChiTieu(def), style: "text" });
  b.height(row, chieuCaoDong([
    { text: def.noiDung, width: WIDTHS[c.noiDung - 1] },
    { text: cham.minhChung, width: WIDTHS[c.minhChungGoiY - 1] },
    { text: cham.goiY, width: WIDTHS[c.goiY - 1] },
  ], 30));
}
