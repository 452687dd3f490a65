/**
 * Working forms of seed 002 (Phiếu M1 per indicator, M2 per criterion; printed on request) and the clerk's evidence
 * register. The hồ sơ's documents themselves are in ./hoSo; the texts are typed on the “Nội dung hồ sơ” sheet.
 */
import { DANH_SACH_VAN_BAN, SO_DONG_DANH_SACH, duocTrichDan, khoaMaMinhChung, type HoSo, type RuleSet } from "../../rules";
import { coMaFormula, khoaMaFormula, maTrichDanFormula } from "../formulas";
import { tenBaoCao, tenChiTieu, tenTieuChi, tenTruongChiTieu } from "../names";
import { SheetBuilder, chieuCaoDong } from "../sheetBuilder";
import { inVanBan, namDanhGia, tenDonVi } from "./hoSo/khung";

/** The clerk's evidence register (working sheet; the printed Danh mục is built from the cited codes). */
export const TEN_SHEET_MINH_CHUNG = "Sổ minh chứng";

/** Narrower forms, so each fits a page at a readable scale. */
const RONG_PHIEU = [5, 38, 12, 12];

function doan(b: SheetBuilder, row: number, cell: { value?: string; formula?: string; result?: string }, style: "docText" | "docTextBold" | "docHeading" = "docText", cao = 20): number {
  b.merged(`A${row}`, `D${row}`, { ...cell, style });
  b.height(row, cao);
  return row + 1;
}

function kyTen(b: SheetBuilder, row: number, trai: string, phai: string): number {
  b.merged(`A${row}`, `B${row}`, { value: trai, style: "docSmallBold" });
  b.merged(`C${row}`, `D${row}`, { value: phai, style: "docSmallBold" });
  b.merged(`C${row + 1}`, `D${row + 1}`, { value: "(Ký, ghi rõ họ tên)", style: "docItalic" });
  return row + 6;
}

/** The free-text parts of an indicator (seed 000 Phụ lục; seed 002 M1), shared by the Báo cáo and Phiếu M1. */
const PHAN_BAO_CAO = [
  ["1. Mô tả hiện trạng", "MOTA"],
  ["2. Điểm mạnh", "DIEMMANH"],
  ["3. Tồn tại (điểm yếu)", "TONTAI"],
  ["4. Kế hoạch cải tiến", "KEHOACH"],
] as const;

/** First row and number of rows of the evidence list (a hồ sơ's `vanBan.danhMucMinhChung` may fill them all). */
const DONG_DAU_MINH_CHUNG = 4;
const SO_DONG_MINH_CHUNG = SO_DONG_DANH_SACH.danhMucMinhChung;

/** Evidence list: code, name, số/ngày văn bản, nơi ban hành, ghi chú; each code says whether the form cites it. */
export function sheetMinhChung(ruleSet: RuleSet, hoSo?: HoSo): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_MINH_CHUNG, [12, 40, 20, 22, 14, 16], { landscape: true, titleRows: "3:3" }, false);
  b.merged("A1", "F1", { value: "DANH MỤC CÁC MINH CHỨNG", style: "docTitle" });
  const cots = DANH_SACH_VAN_BAN.danhMucMinhChung.cot;
  [...cots.map((c) => c.nhan), "Được trích dẫn"].forEach((h, i) => b.set({ ref: `${"ABCDEF"[i]}3`, value: h, style: "header" }));
  const trichDan = maTrichDanFormula(ruleSet.chiTieu.map((d) => tenTruongChiTieu(d.id, "minhChung")));
  const danhMuc = hoSo?.vanBan?.danhMucMinhChung ?? [];
  const cacMinhChung = Object.values(hoSo?.chiTieu ?? {}).map((n) => n.minhChung.join(", "));
  const cuoi = DONG_DAU_MINH_CHUNG + SO_DONG_MINH_CHUNG - 1;
  for (let i = 0; i < SO_DONG_MINH_CHUNG; i++) {
    const r = DONG_DAU_MINH_CHUNG + i;
    const m = danhMuc[i];
    cots.forEach((c, j) => b.set({ ref: `${"ABCDE"[j]}${r}`, value: m?.[c.khoa] ?? null, style: "inputText", input: true }));
    // A listed code counts as cited when some indicator's Minh chứng cites that whole code (rules/evidence).
    const khoa = khoaMaFormula(`A${r}`);
    const ketQua = m ? (duocTrichDan(m.ma, cacMinhChung) ? "Có" : "Chưa được trích dẫn") : "";
    b.set({ ref: `F${r}`, formula: `IF(${khoa}="","",IF(${coMaFormula(khoa, trichDan)},"Có","Chưa được trích dẫn"))`, result: ketQua, style: "center" });
  }
  b.format({ range: `F${DONG_DAU_MINH_CHUNG}:F${cuoi}`, rules: [{ formula: `F${DONG_DAU_MINH_CHUNG}="Chưa được trích dẫn"`, style: "cfMucDo1" }] });
  // One name per column (rules/vanBan.ts); MC_DANH_MUC, the codes, is read to find codes cited but never listed.
  cots.forEach((c, j) => b.nameRange(c.ten, `$${"ABCDE"[j]}$${DONG_DAU_MINH_CHUNG}:$${"ABCDE"[j]}$${cuoi}`));
  return b;
}

/** The codes column of the evidence list (read to find codes cited on the form but never listed). */
export const MC_DANH_MUC = DANH_SACH_VAN_BAN.danhMucMinhChung.cot[0].ten;

/** Codes cited in the Minh chứng column that the evidence list does not have (checked once the list has codes). */
export function maChuaCoTrongDanhMuc(hoSo: HoSo, danhMuc: readonly string[]): { id: string; ma: string }[] {
  const co = new Set(danhMuc.map(khoaMaMinhChung).filter(Boolean));
  if (co.size === 0) return [];
  return Object.entries(hoSo.chiTieu).flatMap(([id, n]) => n.minhChung.filter((ma) => !co.has(khoaMaMinhChung(ma))).map((ma) => ({ id, ma })));
}

const TEN_SHEET_PHIEU_M1 = "Phiếu M1 chỉ tiêu";
const TEN_SHEET_PHIEU_M2 = "Phiếu M2 tiêu chí";

/** “nội hàm của từng chỉ tiêu … điểm mạnh và điểm yếu đối với từng chỉ tiêu (Mẫu M1)” (seed 002): one page per indicator. */
export function sheetPhieuM1(ruleSet: RuleSet): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_PHIEU_M1, RONG_PHIEU, inVanBan());
  let r = 1;
  const breaks: number[] = [];
  for (const def of ruleSet.chiTieu) {
    const tc = ruleSet.tieuChi.find((t) => t.id === def.tieuChi)!;
    r = doan(b, r, { value: "PHIẾU ĐÁNH GIÁ CHỈ TIÊU (Mẫu M1)" }, "docHeading");
    r = doan(b, r, { formula: `"Đơn vị: "&${tenDonVi}&" — năm "&${namDanhGia}`, result: "" });
    r = doan(b, r, { value: `Tiêu chí ${tc.id}: ${tc.ten}` }, "docTextBold");
    r = doan(b, r, { value: `Chỉ tiêu ${def.id}: ${def.noiDung}` }, "docTextBold", chieuCaoDong([{ text: def.noiDung, width: 55 }], 20));
    for (const [nhan, phan] of PHAN_BAO_CAO) {
      r = doan(b, r, { value: nhan }, "docTextBold");
      const ten = tenBaoCao(def.id, phan);
      r = doan(b, r, { formula: `IF(${ten}="","……………………………………………………",${ten})`, result: "" }, "docText", 40);
    }
    const mc = tenTruongChiTieu(def.id, "minhChung");
    r = doan(b, r, { formula: `"Minh chứng: "&IF(${mc}="","(chưa có)",${mc})`, result: "" });
    r = doan(b, r, { formula: `"5. Tự đánh giá: "&${tenChiTieu(def.id, "MUCDO")}`, result: "" }, "docTextBold");
    r = kyTen(b, r + 1, "", "NGƯỜI ĐÁNH GIÁ") - 3;
    breaks.push(r - 1);
  }
  b.spec.rowBreaks = breaks.slice(0, -1);
  return b;
}

/** “Tổng hợp các chỉ tiêu, tự đánh giá xếp loại tiêu chí (Mẫu M2)” (seed 002): one page per criterion. */
export function sheetPhieuM2(ruleSet: RuleSet): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_PHIEU_M2, RONG_PHIEU, inVanBan());
  let r = 1;
  const breaks: number[] = [];
  for (const tc of ruleSet.tieuChi) {
    r = doan(b, r, { value: "PHIẾU ĐÁNH GIÁ TIÊU CHÍ (Mẫu M2)" }, "docHeading");
    r = doan(b, r, { formula: `"Đơn vị: "&${tenDonVi}&" — năm "&${namDanhGia}`, result: "" });
    r = doan(b, r, { value: `Tiêu chí ${tc.id}: ${tc.ten}` }, "docTextBold");
    ["Chỉ tiêu", "Nội dung", "Minh chứng", "Xếp loại"].forEach((h, i) => b.set({ ref: `${"ABCD"[i]}${r}`, value: h, style: "header" }));
    r++;
    for (const def of ruleSet.chiTieu.filter((d) => d.tieuChi === tc.id)) {
      const mc = tenTruongChiTieu(def.id, "minhChung");
      b.set({ ref: `A${r}`, value: def.id, style: "center" });
      b.set({ ref: `B${r}`, value: def.noiDungNgan, style: "text" });
      b.set({ ref: `C${r}`, formula: `IF(${mc}="","",${mc})`, result: "", style: "text" });
      b.set({ ref: `D${r}`, formula: tenChiTieu(def.id, "MUCDO"), result: "", style: "result" });
      b.height(r, chieuCaoDong([{ text: def.noiDungNgan, width: RONG_PHIEU[1] }], 20));
      r++;
    }
    r = doan(b, r + 1, { formula: `"Xếp loại tiêu chí ${tc.id}: "&${tenTieuChi(tc.id)}`, result: "" }, "docTextBold");
    r = kyTen(b, r + 1, "", "TỔ TRƯỞNG TỔ ĐÁNH GIÁ");
    breaks.push(r - 1);
  }
  b.spec.rowBreaks = breaks.slice(0, -1);
  return b;
}
