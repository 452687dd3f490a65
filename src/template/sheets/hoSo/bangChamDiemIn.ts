/**
 * The TT22 scoring form for print (seed 004's “Bảng chấm điểm”): TT | Nội dung tiêu chí | Điểm tối đa | Minh chứng |
 * Điểm tự chấm, then the total and the class, on A4 portrait at 100 % (the working sheet is too wide for paper).
 */
import { diemToiDa, diemToiDaTieuChi, soGon, type RuleSet } from "../../../rules";
import { KET_LUAN, TONG_DIEM, tenChiTieu, tenTieuChiDiem, tenTruongChiTieu } from "../../names";
import { VanBan, caoDongIn, inVanBan, namDanhGia, tenDonVi } from "./khung";

export const TEN_SHEET_BANG_CHAM_DIEM_IN = "Bảng chấm điểm (in)";

const COT = [6, 38, 10, 18, 12];

export function sheetBangChamDiemIn(ruleSet: RuleSet): VanBan {
  const v = new VanBan(TEN_SHEET_BANG_CHAM_DIEM_IN, COT, inVanBan(false, "5:5"), 3);
  v.duThao();
  v.doan({ value: "BẢNG TỰ ĐÁNH GIÁ, CHO ĐIỂM “ĐƠN VỊ HỌC TẬP”" }, "docHeading", undefined, 14);
  v.doan({ value: `(${ruleSet.chamDiem?.canCu ?? ruleSet.vanBan})` }, "docItalicCenter");
  v.doan({ formula: `${tenDonVi}&" — năm "&${namDanhGia}`, result: "" }, "docItalicCenter", "X".repeat(90));
  v.cach(6);
  const h = v.row;
  ["TT", "Nội dung tiêu chí", "Điểm tối đa", "Minh chứng", "Điểm tự chấm"].forEach((t, i) => v.b.set({ ref: `${"ABCDE"[i]}${h}`, value: t, style: "tblHeader" }));
  v.b.height(h, 36);
  v.row++;
  for (const tc of ruleSet.tieuChi) {
    const r = v.row;
    v.b.set({ ref: `A${r}`, value: tc.id, style: "tblCenter" });
    v.b.set({ ref: `B${r}`, value: tc.ten, style: "tblTextBold" });
    v.b.set({ ref: `C${r}`, value: soGon(diemToiDaTieuChi(ruleSet, tc.id)), style: "tblCenter" });
    v.b.set({ ref: `D${r}`, value: null, style: "tblText" });
    v.b.set({ ref: `E${r}`, formula: tenTieuChiDiem(tc.id), result: "", style: "tblCenter" });
    v.b.height(r, caoDongIn(tc.ten, COT[1], 12, 20));
    v.row++;
    for (const def of ruleSet.chiTieu.filter((d) => d.tieuChi === tc.id)) {
      const r2 = v.row;
      const mc = tenTruongChiTieu(def.id, "minhChung");
      v.b.set({ ref: `A${r2}`, value: def.id, style: "tblCenter" });
      v.b.set({ ref: `B${r2}`, value: def.noiDung, style: "tblText" });
      v.b.set({ ref: `C${r2}`, value: soGon(diemToiDa(def)), style: "tblCenter" });
      v.b.set({ ref: `D${r2}`, formula: `IF(TRIM(${mc})="","(chưa có)",${mc})`, result: "", style: "tblText" });
      v.b.set({ ref: `E${r2}`, formula: tenChiTieu(def.id, "DIEM"), result: "", style: "tblCenter" });
      v.b.height(r2, caoDongIn(def.noiDung, COT[1], 12, 20));
      v.row++;
    }
  }
  const r = v.row;
  v.b.merged(`A${r}`, `D${r}`, { value: "Tổng điểm", style: "tblTextBold" });
  v.b.set({ ref: `E${r}`, formula: TONG_DIEM, result: "", style: "tblCenter" });
  v.b.height(r, 22);
  v.row++;
  v.cach(8);
  v.doan({ formula: `"Xếp loại: "&${KET_LUAN}`, result: "" }, "docTextBold");
  v.cach(8);
  v.kyTen([{ chucDanh: "THỦ TRƯỞNG ĐƠN VỊ", huongDan: "(Ký tên, đóng dấu)" }]);
  return v;
}
