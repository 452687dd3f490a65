/** Ngưỡng: every threshold with its legal citation, applicability per indicator, and the lists. Protected. */
import {
  CHUA_RO,
  CO_KHONG,
  LOAI_CO_SO_GIAO_DUC,
  TEN_CAP,
  loaiCuaBo,
  MUC_CHUYEN_DOI_SO,
  TEN_LOAI_DON_VI,
  TEN_MUC_CHUYEN_DOI_SO,
  apDungCho,
  type DonVi,
  type PhamViApDung,
  type RuleSet,
} from "../../rules";
import { DM, apDungFormula } from "../formulas";
import { tenNguong } from "../names";
import { SheetBuilder, chieuCaoDong, o } from "../sheetBuilder";

export const TEN_SHEET_NGUONG = "Ngưỡng";

const COT = [10, 46, 13, 13, 13, 13, 13, 13, 60];

export function apDungChu(pham: PhamViApDung, donVi: DonVi): string {
  const r = apDungCho(pham, donVi);
  if (!pham.loai.includes(donVi.loai)) return CO_KHONG.khong;
  return r === undefined ? CHUA_RO : r ? CO_KHONG.co : CO_KHONG.khong;
}

export function sheetNguong(ruleSet: RuleSet, donVi: DonVi): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_NGUONG, COT, { landscape: true, titleRows: "4:4" });
  b.merged("A1", "I1", { value: "NGƯỠNG ĐÁNH GIÁ VÀ CĂN CỨ PHÁP LÝ", style: "title" });
  b.merged("A2", "I2", { value: `${ruleSet.ten} — ${ruleSet.vanBan}. Phiên bản quy tắc: ${ruleSet.phienBan}`, style: "subtitle" });
  b.height(2, 33);
  const header = ["Chỉ tiêu", "Nội dung", "Mức độ 1", "Mức độ 2", "Người học mức độ 1", "Người học mức độ 2", "Áp dụng cho đơn vị này", "Người học áp dụng", "Căn cứ"];
  header.forEach((h, i) => b.set({ ref: o(i + 1, 4), value: h, style: "header" }));
  b.height(4, 33);

  let row = 5;
  for (const def of ruleSet.chiTieu) {
    b.set({ ref: o(1, row), value: def.id, style: "center" });
    b.set({ ref: o(2, row), value: def.noiDungNgan, style: "text" });
    const m1 = o(3, row);
    const m2 = o(4, row);
    if (def.kieu === "ty-le") {
      b.set({ ref: m1, value: def.nguong.mucDo1, style: "threshold", name: tenNguong(def.id, "M1") });
      b.set({ ref: m2, value: def.nguong.mucDo2, style: "threshold", name: tenNguong(def.id, "M2") });
    } else if (def.kieu === "muc-cds") {
      b.set({ ref: m1, value: TEN_MUC_CHUYEN_DOI_SO[def.mucDo1], style: "center", name: tenNguong(def.id, "M1") });
      b.set({ ref: m2, value: TEN_MUC_CHUYEN_DOI_SO[def.mucDo2], style: "center", name: tenNguong(def.id, "M2") });
    } else {
      b.set({ ref: m1, value: "Đạt", style: "center" });
      b.set({ ref: m2, value: "Đạt (như mức độ 1)", style: "center" });
    }
    const nguoiHoc = def.kieu === "ty-le" ? def.nguoiHoc : undefined;
    if (nguoiHoc) {
      b.set({ ref: o(5, row), value: nguoiHoc.nguong.mucDo1, style: "threshold", name: tenNguong(def.id, "NH_M1") });
      b.set({ ref: o(6, row), value: nguoiHoc.nguong.mucDo2, style: "threshold", name: tenNguong(def.id, "NH_M2") });
      b.set({ ref: o(8, row), formula: apDungFormula(nguoiHoc.apDung), result: apDungChu(nguoiHoc.apDung, donVi), style: "center", name: tenNguong(def.id, "NH_APDUNG") });
    } else {
      for (const c of [5, 6, 8]) b.set({ ref: o(c, row), value: null, style: "unused" });
    }
    b.set({ ref: o(7, row), formula: apDungFormula(def.apDung), result: apDungChu(def.apDung, donVi), style: "result", name: tenNguong(def.id, "APDUNG") });
    const canCu = def.kieu === "ty-le" ? def.nguong.canCu : def.canCu;
    b.set({ ref: o(9, row), value: nguoiHoc ? `${canCu}; người học: ${nguoiHoc.nguong.canCu}` : canCu, style: "text" });
    b.height(row, chieuCaoDong([{ text: def.noiDungNgan, width: COT[1] }, { text: canCu + (nguoiHoc ? nguoiHoc.nguong.canCu : ""), width: COT[8] }]));
    row++;
  }
  row = ghiLoiVanTheoMucDo(b, row + 1, ruleSet);
  ghiDanhMuc(b, row + 1, ruleSet);
  return b;
}

/**
 * Indicators whose source words a level differently from mức độ 1 (beyond the threshold): both wordings, verbatim,
 * and how this workbook reads them (issue 15 item 8). Returns the next free row; nothing when no indicator differs.
 */
function ghiLoiVanTheoMucDo(b: SheetBuilder, start: number, ruleSet: RuleSet): number {
  const defs = ruleSet.chiTieu.filter((d) => d.noiDungMucDo);
  if (defs.length === 0) return start - 1;
  let row = start;
  b.merged(o(1, row), o(9, row), { value: "Chỉ tiêu có lời văn khác nhau giữa mức độ 1 và mức độ 2, và cách sổ này đọc", style: "heading" });
  row++;
  b.set({ ref: o(1, row), value: "Chỉ tiêu", style: "header" });
  b.merged(o(2, row), o(8, row), { value: "Lời văn của văn bản (nguyên văn)", style: "header" });
  b.set({ ref: o(9, row), value: "Cách sổ này đọc", style: "header" });
  row++;
  const rongLoiVan = COT.slice(1, 8).reduce((a, c) => a + c, 0);
  for (const def of defs) {
    const { mucDo1, mucDo2, cachDoc } = def.noiDungMucDo!;
    const loiVan = `Mức độ 1: ${mucDo1}\nMức độ 2: ${mucDo2}`;
    b.set({ ref: o(1, row), value: def.id, style: "center" });
    b.merged(o(2, row), o(8, row), { value: loiVan, style: "text" });
    b.set({ ref: o(9, row), value: cachDoc, style: "text" });
    b.height(row, chieuCaoDong([{ text: loiVan, width: rongLoiVan }, { text: cachDoc, width: COT[8] }]));
    row++;
  }
  return row;
}

/**
 * Lists used by validations and formulas (the unit types of the rule set's cấp, digital levels, Có/Không), from
 * `row` down. DM_LOAI holds only the types the cấp assesses: the drop-down offers no other, and the formulas treat
 * any other typed type as invalid, as the engine does.
 */
export function ghiDanhMuc(b: SheetBuilder, start: number, ruleSet: RuleSet): number {
  let row = start;
  b.set({ ref: o(1, row), value: `Danh mục loại đơn vị (${TEN_CAP[ruleSet.cap]})`, style: "heading" });
  row++;
  ["Mã", "Tên loại đơn vị", "Cơ sở giáo dục"].forEach((h, i) => b.set({ ref: o(i + 1, row), value: h, style: "header" }));
  row++;
  const first = row;
  for (const loai of loaiCuaBo(ruleSet)) {
    b.set({ ref: o(1, row), value: loai, style: "center" });
    b.set({ ref: o(2, row), value: TEN_LOAI_DON_VI[loai], style: "text" });
    b.set({ ref: o(3, row), value: LOAI_CO_SO_GIAO_DUC.includes(loai) ? CO_KHONG.co : CO_KHONG.khong, style: "center" });
    row++;
  }
  b.nameRange(DM.loai, `$A$${first}:$A$${row - 1}`);
  b.nameRange(DM.loaiTen, `$B$${first}:$B$${row - 1}`);

  row += 1;
  b.set({ ref: o(1, row), value: "Mức chuyển đổi số (QĐ 4725/QĐ-BGDĐT, QĐ 4740/QĐ-BGDĐT), từ thấp đến cao", style: "heading" });
  row++;
  const cdsFirst = row;
  for (const m of MUC_CHUYEN_DOI_SO) b.set({ ref: o(2, row++), value: TEN_MUC_CHUYEN_DOI_SO[m], style: "text" });
  b.nameRange(DM.cds, `$B$${cdsFirst}:$B$${row - 1}`);

  row += 1;
  b.set({ ref: o(1, row), value: "Có / Không", style: "heading" });
  row++;
  const ckFirst = row;
  for (const v of [CO_KHONG.co, CO_KHONG.khong]) b.set({ ref: o(2, row++), value: v, style: "text" });
  b.nameRange(DM.coKhong, `$B$${ckFirst}:$B$${row - 1}`);
  return row;
}
