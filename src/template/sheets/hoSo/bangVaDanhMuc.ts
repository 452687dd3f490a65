/**
 * (4) Bản tổng hợp kết quả tự đánh giá — the official form of seed 000 Phụ lục and seed 001 (mẫu M4 of seed 002):
 * Tiêu chí | Chỉ tiêu | Xếp loại chỉ tiêu (Không đạt / Đạt mức độ 1 / Đạt mức độ 2) | Xếp loại tiêu chí (likewise),
 * then “Đánh giá mức độ đạt được”; the working sheet “Bảng tổng hợp” stays for typing. (8) Danh mục các minh chứng,
 * grouped by tiêu chí and chỉ tiêu as seed 000's “Hướng dẫn thu thập và sắp xếp minh chứng”.
 */
import { XEP_LOAI, minhChungGoiY, type RuleSet } from "../../../rules";
import { chuoi, danhDauFormula } from "../../formulas";
import { KET_LUAN, tenChiTieu, tenTheoChiTieu, tenTieuChi, tenTruongChiTieu } from "../../names";
import { VanBan, caoDongIn, inVanBan, namDanhGia } from "./khung";
import { TEN_CAP } from "../../../rules";

export const TEN_SHEET_BAN_TONG_HOP_IN = "Bản tổng hợp (in)";
export const TEN_SHEET_DANH_MUC_MINH_CHUNG = "Danh mục minh chứng";
/** The cell listing an indicator's cited codes (DMMC_2_1_KYHIEU): `dvht in` writes each code with its name there. */
export const tenKyHieuMinhChung = (id: string) => tenTheoChiTieu("DMMC", id, "KYHIEU");

const MUC = [XEP_LOAI["khong-dat"], XEP_LOAI["muc-do-1"], XEP_LOAI["muc-do-2"]] as const;
/** Tiêu chí | Chỉ tiêu | 3 marks | 3 marks: 86 characters, A4 portrait at 100 %, one page with its signatures. */
const COT_BANG = [8, 34, 7, 7, 7, 7, 7, 7];

export function sheetBanTongHopIn(ruleSet: RuleSet): VanBan {
  const v = new VanBan(TEN_SHEET_BAN_TONG_HOP_IN, COT_BANG, inVanBan(false, "5:6"), 3);
  v.duThao();
  v.doan({ value: "BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU" }, "docHeading", undefined, 14);
  // As the seed's form: no unit line (the cover and the Tờ trình name the unit); the cấp and the year.
  v.doan({ formula: `"“Đơn vị học tập” ${TEN_CAP[ruleSet.cap]} — năm "&${namDanhGia}`, result: "" }, "docItalicCenter");
  v.cach(3);
  const h = v.row;
  const b = v.b;
  b.merged(`A${h}`, `A${h + 1}`, { value: "Tiêu chí", style: "tblHeader" });
  b.merged(`B${h}`, `B${h + 1}`, { value: "Chỉ tiêu", style: "tblHeader" });
  b.merged(`C${h}`, `E${h}`, { value: "Xếp loại chỉ tiêu", style: "tblHeader" });
  b.merged(`F${h}`, `H${h}`, { value: "Xếp loại tiêu chí", style: "tblHeader" });
  MUC.forEach((m, i) => {
    b.set({ ref: `${"CDE"[i]}${h + 1}`, value: m, style: "tblHeaderSmall" });
    b.set({ ref: `${"FGH"[i]}${h + 1}`, value: m, style: "tblHeaderSmall" });
  });
  b.height(h, 20);
  b.height(h + 1, 38);
  v.row = h + 2;
  for (const tc of ruleSet.tieuChi) {
    const defs = ruleSet.chiTieu.filter((d) => d.tieuChi === tc.id);
    const start = v.row;
    for (const def of defs) {
      const r = v.row;
      const muc = tenChiTieu(def.id, "MUCDO");
      b.set({
        ref: `B${r}`,
        // An indicator that does not apply has no mark: its three cells say so (“—”), the text stays one or two lines.
        formula: chuoi(`${def.id}. ${def.noiDungNgan}`),
        result: `${def.id}. ${def.noiDungNgan}`,
        style: "tblTextSmall",
      });
      MUC.forEach((m, i) => b.set({ ref: `${"CDE"[i]}${r}`, formula: `IF(${muc}=${chuoi(XEP_LOAI["khong-ap-dung"])},"—",${danhDauFormula(muc, m)})`, result: "", style: "tblMark" }));
      b.height(r, caoDongIn(`${def.id}. ${def.noiDungNgan}`, COT_BANG[1], 11, 18));
      v.row++;
    }
    const end = v.row - 1;
    // As the seed's form: the criterion's number; its name is in the Báo cáo and the Biên bản.
    b.merged(`A${start}`, `A${end}`, { value: `Tiêu chí ${tc.id}`, style: "tblHeader" });
    MUC.forEach((m, i) => b.merged(`${"FGH"[i]}${start}`, `${"FGH"[i]}${end}`, { formula: danhDauFormula(tenTieuChi(tc.id), m), result: "", style: "tblMark" }));
  }
  v.doan({ value: "(—: chỉ tiêu không áp dụng cho đơn vị)" }, "docNoiNhan", undefined, 11);
  // Seed 000 Phụ lục: “Đánh giá mức độ đạt được: (Không đạt/Đạt mức độ 1/Đạt mức độ 2)……”.
  v.doan({ formula: `"Đánh giá mức độ đạt được: "&${KET_LUAN}`, result: "Đánh giá mức độ đạt được: …" }, "docTextBold");
  v.cach(4);
  v.kyTen([
    { chucDanh: "THƯ KÝ", huongDan: "(Ký, ghi rõ họ tên)" },
    { chucDanh: "TỔ TRƯỞNG TỔ TỰ ĐÁNH GIÁ", huongDan: "(Ký, ghi rõ họ tên)" },
  ], undefined, 10);
  return v;
}

/**
 * Danh mục các minh chứng: per tiêu chí and chỉ tiêu, the seed's suggested evidence beside the codes the unit cited
 * (its Minh chứng cells). The clerk's own register (code, name, số/ngày, nơi ban hành) is kept on the typing sheet.
 */
export function sheetDanhMucMinhChung(ruleSet: RuleSet): VanBan {
  const cot = [8, 38, 38];
  const v = new VanBan(TEN_SHEET_DANH_MUC_MINH_CHUNG, cot, inVanBan(false, "4:4"), 2);
  v.duThao();
  v.doan({ value: "DANH MỤC CÁC MINH CHỨNG" }, "docHeading", undefined, 14);
  v.cach(6);
  const h = v.row;
  ["TT", "Nội dung tiêu chí, chỉ tiêu", "Minh chứng (gợi ý của Kế hoạch)"].forEach((t, i) => v.b.set({ ref: `${"ABC"[i]}${h}`, value: t, style: "tblHeader" }));
  v.b.height(h, 36);
  v.row++;
  for (const tc of ruleSet.tieuChi) {
    const r = v.row;
    v.b.merged(`A${r}`, `C${r}`, { value: `Tiêu chí ${tc.id}. ${tc.ten}`, style: "tblTextBold" });
    v.b.height(r, caoDongIn(`Tiêu chí ${tc.id}. ${tc.ten}`, 84, 12, 20));
    v.row++;
    for (const def of ruleSet.chiTieu.filter((d) => d.tieuChi === tc.id)) {
      const r2 = v.row;
      const goiY = minhChungGoiY(ruleSet, def) ?? "";
      const mc = tenTruongChiTieu(def.id, "minhChung");
      const muc = tenChiTieu(def.id, "MUCDO");
      v.b.merged(`A${r2}`, `A${r2 + 1}`, { value: def.id, style: "tblCenter" });
      v.b.set({ ref: `B${r2}`, value: def.noiDungNgan, style: "tblText" });
      v.b.set({ ref: `C${r2}`, value: goiY || null, style: "tblText" });
      v.b.height(r2, Math.max(caoDongIn(goiY, cot[2], 12, 20), caoDongIn(def.noiDungNgan, cot[1], 12, 20)));
      // The codes the unit cited (its Minh chứng cell), across the row: `dvht in` adds each code's name from the register.
      v.b.merged(`B${r2 + 1}`, `C${r2 + 1}`, {
        formula: `"Ký hiệu minh chứng của đơn vị: "&IF(${muc}=${chuoi(XEP_LOAI["khong-ap-dung"])},${chuoi(XEP_LOAI["khong-ap-dung"].toLowerCase())},IF(TRIM(${mc})="","(chưa có)",${mc}))`,
        result: "",
        style: "tblText",
        name: tenKyHieuMinhChung(def.id),
      });
      v.b.height(r2 + 1, 20);
      v.row += 2;
    }
  }
  return v;
}
