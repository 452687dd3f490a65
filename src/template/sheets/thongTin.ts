/** Thông tin: the unit (name, type, public, year) and the fixed cấp / bộ tiêu chí of this template. */
import { CO_KHONG, KHONG_HOP_LE, TEN_CAP, TEN_LOAI_DON_VI, type HoSo, type RuleSet } from "../../rules";
import { DM, chuoi } from "../formulas";
import { DV } from "../names";
import { TRUONG_VAN_BAN_DON_VI } from "../../rules/vanBan";
import { giaTriTruong, kiemTraTruong } from "./noiDungHoSo";
import { SheetBuilder } from "../sheetBuilder";
import { VALIDATION, loaiDonViValidation } from "../validations";

export const TEN_SHEET_THONG_TIN = "Thông tin";

export function capHienThi(ruleSet: RuleSet): string {
  const cap = TEN_CAP[ruleSet.cap];
  return cap.charAt(0).toUpperCase() + cap.slice(1);
}

export function sheetThongTin(ruleSet: RuleSet, hoSo: HoSo): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_THONG_TIN, [30, 36, 60], { landscape: false });
  const dv = hoSo.donVi;
  b.merged("A1", "C1", { value: "THÔNG TIN ĐƠN VỊ TỰ ĐÁNH GIÁ “ĐƠN VỊ HỌC TẬP”", style: "title" });
  b.height(1, 24);
  b.merged("A2", "C2", { value: "Ô màu vàng nhạt là ô nhập liệu; các ô khác được tính tự động.", style: "subtitle" });

  b.set({ ref: "A4", value: "Tên đơn vị", style: "labelBold" });
  b.set({ ref: "B4", value: dv.ten ?? null, style: "inputText", input: true, name: DV.ten });
  b.set({ ref: "A5", value: "Loại đơn vị (mã)", style: "labelBold" });
  b.set({ ref: "B5", value: dv.loai, style: "inputChoice", input: true, name: DV.loai, validation: loaiDonViValidation(ruleSet) });
  b.set({
    ref: "C5",
    formula: `IF(${DV.loai}="","Chọn mã loại đơn vị trong danh sách",IFERROR(INDEX(${DM.loaiTen},MATCH(${DV.loai},${DM.loai},0)),${chuoi(`Mã này không có trong danh sách loại đơn vị ${TEN_CAP[ruleSet.cap]}: ${KHONG_HOP_LE}`)}))`,
    result: TEN_LOAI_DON_VI[dv.loai],
    style: "label",
  });
  b.set({ ref: "A6", value: "Công lập", style: "labelBold" });
  const congLap = dv.congLap === undefined ? null : dv.congLap ? CO_KHONG.co : CO_KHONG.khong;
  b.set({ ref: "B6", value: congLap, style: "inputChoice", input: true, name: DV.congLap, validation: VALIDATION.coKhong });
  const ghiChuCongLap = ruleSet.chamDiem ? "Không ảnh hưởng đến điểm." : "Chỉ tiêu 1.3 áp dụng cho cơ quan, và cho đơn vị sự nghiệp, cơ sở giáo dục công lập.";
  b.set({ ref: "C6", value: ghiChuCongLap, style: "label" });
  b.set({ ref: "A7", value: "Năm đánh giá", style: "labelBold" });
  b.set({ ref: "B7", value: hoSo.namDanhGia ?? null, style: "inputYear", input: true, name: DV.nam, validation: VALIDATION.nam });
  b.set({ ref: "C7", value: "Số liệu tính từ 01/01 đến 31/12 của năm đánh giá.", style: "label" });
  b.set({ ref: "A8", value: "Cấp", style: "labelBold" });
  b.set({ ref: "B8", value: capHienThi(ruleSet), style: "label", name: DV.cap });
  b.set({ ref: "A9", value: "Bộ tiêu chí", style: "labelBold" });
  b.set({ ref: "B9", value: ruleSet.id, style: "label", name: DV.boTieuChi });
  b.set({ ref: "C9", value: ruleSet.ten, style: "label" });
  b.set({ ref: "A10", value: "Phiên bản quy tắc", style: "labelBold" });
  b.set({ ref: "B10", value: ruleSet.phienBan, style: "label", name: DV.phienBan });
  // Cơ quan chủ quản and địa danh (rules/vanBan.ts): the cover and every header print them.
  TRUONG_VAN_BAN_DON_VI.forEach((t, i) => {
    const r = 11 + i;
    b.set({ ref: `A${r}`, value: t.nhan, style: "labelBold" });
    b.set({ ref: `B${r}`, value: giaTriTruong(t.kieu, hoSo.vanBan?.[t.khoa]), style: "inputText", input: true, name: t.ten, validation: kiemTraTruong(t.kieu, `B${r}`, t.nhan) });
    b.set({ ref: `C${r}`, value: t.goiY, style: "label" });
  });
  b.merged("A14", "C14", { value: `Căn cứ: ${ruleSet.vanBan}.`, style: "label" });
  b.height(14, 33);
  return b;
}
