/**
 * (6) Biên bản tự đánh giá and (7) Báo cáo tự đánh giá (seed 000 Phụ lục; seed 002 mẫu M3), point by point as the
 * seed's forms have them. Unit data and results come by formula; the narratives are typed on the “Nội dung hồ sơ”
 * sheet and shown here whole (each paragraph's row is as tall as its text; `dvht in` fits them again to what was typed).
 */
import { CACH_GHI_NHIEM_VU_TO, PHAN_CHI_TIEU_VAN_BAN, noiDungTheoMucDo, type VanBanHoSo, PHAN_TIEU_CHI_VAN_BAN, TEN_CAP, XEP_LOAI, type RuleSet } from "../../../rules";
import { chuoi, phanTramVietFormula } from "../../formulas";
import { KET_LUAN, tenChiTieu, tenTheoChiTieu, tenTieuChi, tenTongHop, tenTruongChiTieu } from "../../names";
import { DONG_DAU_HOI_DONG, SO_DONG_HOI_DONG, TEN_SHEET_HOI_DONG } from "../hoiDongTuDanhGia";
import { COT_DOC, VanBan, caoDongIn, diaDanhNgayFormula, gioVietFormula, hoacCham, inVanBan, namDanhGia, tenDonVi } from "./khung";
import { kyThuTruong, tenTruongVanBan } from "./thuTrinh";

export const TEN_SHEET_BIEN_BAN = "Biên bản tự đánh giá";
export const TEN_SHEET_BAO_CAO = "Báo cáo tự đánh giá";


/** Roles as they may be written in the team list (labels, older labels, JSON codes: rules/selfCouncil). */
const TO_TRUONG = CACH_GHI_NHIEM_VU_TO["to-truong"];
const THU_KY = CACH_GHI_NHIEM_VU_TO["thu-ky"];

const dsTo = (cot: string) => `'${TEN_SHEET_HOI_DONG}'!$${cot}$${DONG_DAU_HOI_DONG}:$${cot}$${DONG_DAU_HOI_DONG + SO_DONG_HOI_DONG - 1}`;

/** "Ông/Bà <name>  Chức vụ: <title>" of the member with this role, dotted when the list has none. */
function thanhVienVaiTro(vaiTro: readonly string[]): string {
  const khop = (c: string) => vaiTro.map((v) => `IFERROR(INDEX(${dsTo(c)},MATCH(${chuoi(v)},${dsTo("D")},0)),"")`).join("&");
  return `IF(${khop("B")}="","Ông/Bà ………………………… Chức vụ: ……………………","Ông/Bà "&${khop("B")}&IF(${khop("C")}="","","     Chức vụ: "&${khop("C")}))`;
}

/** The other members' names, “, ”-separated (no TEXTJOIN: Excel 2010 and Gnumeric read this too). */
function thanhVienKhac(): string {
  const parts = Array.from({ length: SO_DONG_HOI_DONG }, (_, i) => {
    const r = DONG_DAU_HOI_DONG + i;
    const ten = `'${TEN_SHEET_HOI_DONG}'!$B$${r}`;
    const nv = `TRIM('${TEN_SHEET_HOI_DONG}'!$D$${r})`;
    const laKhac = [...TO_TRUONG, ...THU_KY].map((v) => `${nv}<>${chuoi(v)}`).join(",");
    return `IF(AND(TRIM(${ten})<>"",${laKhac}),TRIM(${ten})&", ","")`;
  }).join("&");
  const ten = tenTruongVanBan("bienBan", "thanhPhanKhac");
  return `IF(${ten}<>"",${ten},IF(LEN(${parts})=0,"……………………………………………………",LEFT(${parts},LEN(${parts})-2)))`;
}

/** Counts and shares of indicators and criteria achieved and not (seed 000: “Số lượng các chỉ tiêu đạt… (…%)”). */
function dongKetQua(): [string, string] {
  const ctDat = `(${tenTongHop("CT", "MUCDO1")}+${tenTongHop("CT", "MUCDO2")})`;
  const tcDat = `(${tenTongHop("TC", "MUCDO1")}+${tenTongHop("TC", "MUCDO2")})`;
  const [ctAp, tcAp] = [tenTongHop("CT", "APDUNG"), tenTongHop("TC", "APDUNG")];
  const [ctKd, tcKd] = [tenTongHop("CT", "KHONGDAT"), tenTongHop("TC", "KHONGDAT")];
  return [
    `"Số lượng các chỉ tiêu đạt: "&${ctDat}&" ("&${phanTramVietFormula(ctDat, ctAp)}&"); số lượng các tiêu chí đạt: "&${tcDat}&" ("&${phanTramVietFormula(tcDat, tcAp)}&")"`,
    `"Số lượng các chỉ tiêu không đạt: "&${ctKd}&" ("&${phanTramVietFormula(ctKd, ctAp)}&"); số lượng các tiêu chí không đạt: "&${tcKd}&" ("&${phanTramVietFormula(tcKd, tcAp)}&")"`,
  ];
}

/** A typed narrative shown whole, dotted while blank. */

export function sheetBienBan(ruleSet: RuleSet, vanBan: VanBanHoSo = {}): VanBan {
  // TT | Nội dung | Minh chứng | Tự đánh giá: the seed's table; the header blocks over A:B and C:D.
  const cot = [6, 29, 25, 24];
  const v = new VanBan(TEN_SHEET_BIEN_BAN, cot, inVanBan(), 3);
  const bb = (k: string) => tenTruongVanBan("bienBan", k);
  v.duThao();
  v.dau(undefined, { formula: diaDanhNgayFormula(bb("ketThuc")), result: "……………, ngày …… tháng …… năm ……" });
  v.doan({ value: "BIÊN BẢN" }, "docHeading", undefined, 14);
  v.doan({ formula: `"Tự đánh giá, xếp loại “Đơn vị học tập” năm "&${namDanhGia}`, result: "" }, "docHeading", undefined, 14);
  v.cach(10);
  v.doan({
    formula: `"Thực hiện Kế hoạch số "&${hoacCham(bb("keHoach"), "……/KH-…… ngày …/…/…… của ……………")}&" về việc triển khai thực hiện việc đánh giá, xếp loại “Đơn vị học tập” ${TEN_CAP[ruleSet.cap]}, "&${tenDonVi}&" đã tiến hành tự đánh giá, xếp loại “Đơn vị học tập” năm "&${namDanhGia}&" theo quy định. Nội dung cụ thể như sau:"`,
    result: "",
  }, "docText", "X".repeat(330));
  v.doan({ formula: `"* Thời gian: "&${gioVietFormula(bb("batDau"))}`, result: "" }, "docText", "X".repeat(80));
  v.doan({ formula: `"* Địa điểm: "&${hoacCham(bb("diaDiem"), "………………………………………………")}`, result: "" }, "docText", "X".repeat(120));
  v.doan({ value: "* Thành phần:" }, "docText");
  v.doan({ formula: `"1. Chủ trì: "&${thanhVienVaiTro(TO_TRUONG)}`, result: "" }, "docText", "X".repeat(110));
  v.doan({ formula: `"2. Thư ký: "&${thanhVienVaiTro(THU_KY)}`, result: "" }, "docText", "X".repeat(110));
  v.doan({ formula: `"3. Thành phần khác: "&${thanhVienKhac()}`, result: "" }, "docText", "X".repeat(240));
  v.cach(6);
  v.doan({ value: "Kết quả tự đánh giá, xếp loại như sau:" }, "docTextBold");
  const h = v.row;
  ["TT", "Nội dung tiêu chí", "Minh chứng", "Tự đánh giá, xếp loại"].forEach((t, i) => v.b.set({ ref: `${"ABCD"[i]}${h}`, value: t, style: "tblHeader" }));
  v.b.height(h, 36);
  v.row++;
  for (const tc of ruleSet.tieuChi) {
    const r = v.row;
    v.b.merged(`A${r}`, `C${r}`, { value: `Tiêu chí ${tc.id}. ${tc.ten}`, style: "tblTextBold" });
    v.b.set({ ref: `D${r}`, formula: tenTieuChi(tc.id), result: "", style: "tblCenter" });
    v.b.height(r, caoDongIn(`Tiêu chí ${tc.id}. ${tc.ten}`, cot[0] + cot[1] + cot[2], 12, 20));
    v.row++;
    for (const def of ruleSet.chiTieu.filter((d) => d.tieuChi === tc.id)) {
      const r2 = v.row;
      const mc = tenTruongChiTieu(def.id, "minhChung");
      v.b.set({ ref: `A${r2}`, value: def.id, style: "tblCenter" });
      v.b.set({ ref: `B${r2}`, value: def.noiDungNgan, style: "tblText" });
      v.b.set({ ref: `C${r2}`, formula: `IF(TRIM(${mc})="","(chưa có)",${mc})`, result: "", style: "tblText" });
      v.b.set({ ref: `D${r2}`, formula: tenChiTieu(def.id, "MUCDO"), result: "", style: "tblCenter" });
      v.b.height(r2, caoDongIn(def.noiDungNgan, cot[1], 12, 22));
      v.row++;
    }
  }
  v.cach(8);
  v.doan({ value: "* Tự nhận xét, đánh giá:" }, "docTextBold");
  v.doanDai(bb("uuDiem"), { truoc: `"- Ưu điểm: "`, mau: vanBan.bienBan?.uuDiem });
  v.doanDai(bb("tonTai"), { truoc: `"- Tồn tại, hạn chế: "`, mau: vanBan.bienBan?.tonTai });
  v.doan({ value: "- Kết quả tự đánh giá:" }, "docText");
  const [dat, khongDat] = dongKetQua();
  v.doan({ formula: `"+ "&${dat}`, result: "" }, "docText", "X".repeat(120));
  v.doan({ formula: `"+ "&${khongDat}`, result: "" }, "docText", "X".repeat(120));
  v.doan({ formula: `"- Mức tự đánh giá “Đơn vị học tập” năm "&${namDanhGia}&": "&${KET_LUAN}`, result: "" }, "docTextBold");
  v.doan({ value: "Kết quả đánh giá, xếp loại trên đã được tất cả các thành viên của Hội đồng tự đánh giá nhất trí và ký tên vào biên bản." }, "docText");
  v.doan({ formula: `"Buổi tự đánh giá kết thúc vào hồi "&${gioVietFormula(bb("ketThuc"))}&"."`, result: "" }, "docText", "X".repeat(90));
  v.cach(10);
  v.kyTen([
    { chucDanh: "THƯ KÝ", huongDan: "(Ký, ghi rõ họ tên)" },
    { chucDanh: "CÁC THÀNH VIÊN KHÁC", huongDan: "(Ký, ghi rõ họ tên)" },
  ]);
  v.kyTen([{ chucDanh: "LÃNH ĐẠO ĐƠN VỊ", huongDan: "(Ký, đóng dấu ghi rõ họ tên)", ten: tenTruongVanBan("chung", "thuTruong") }]);
  return v;
}

/** Name of a typed part of an indicator's report (BC_2_1_MOTA …) and of a criterion's conclusion (BC_TC_1_KETLUAN). */
export const tenPhanChiTieu = (id: string, hauTo: string) => tenTheoChiTieu("BC", id, hauTo);
export const tenKetLuanTieuChi = (id: string) => `BC_TC_${id}_${PHAN_TIEU_CHI_VAN_BAN.hauTo}`;

export function sheetBaoCao(ruleSet: RuleSet, vanBan: VanBanHoSo = {}): VanBan {
  const v = new VanBan(TEN_SHEET_BAO_CAO, COT_DOC, inVanBan());
  const bc = (k: string) => tenTruongVanBan("baoCao", k);
  v.duThao();
  v.dau(undefined, { formula: diaDanhNgayFormula(bc("ngay")), result: "……………, ngày …… tháng …… năm ……" });
  v.doan({ value: "BÁO CÁO TỰ ĐÁNH GIÁ, CÔNG NHẬN “ĐƠN VỊ HỌC TẬP”" }, "docHeading", undefined, 14);
  v.doan({ formula: `"${TEN_CAP[ruleSet.cap].replace(/^c/, "C")} năm "&${namDanhGia}`, result: "" }, "docHeading", undefined, 14);
  v.cach(10);
  v.doan({ value: "I. ĐẶT VẤN ĐỀ" }, "docTextBold");
  for (const k of ["tinhHinhChung", "mucDich", "tomTat"]) {
    const nhan = { tinhHinhChung: "1. Tình hình chung", mucDich: "2. Mục đích tự đánh giá", tomTat: "3. Tóm tắt quá trình và những vấn đề nổi bật trong hoạt động tự đánh giá" }[k]!;
    v.doan({ value: nhan }, "docTextBold");
    v.doanDai(bc(k), { mau: (vanBan.baoCao as Record<string, string> | undefined)?.[k] });
  }
  v.doan({ value: "II. TỰ ĐÁNH GIÁ" }, "docTextBold");
  const [moTa, diemManh, tonTai, keHoach] = PHAN_CHI_TIEU_VAN_BAN.map((p) => p.hauTo);
  for (const tc of ruleSet.tieuChi) {
    v.doan({ value: `Tiêu chí ${tc.id}. ${tc.ten}` }, "docTextBold");
    const defs = ruleSet.chiTieu.filter((d) => d.tieuChi === tc.id);
    for (const def of defs) {
      const muc = tenChiTieu(def.id, "MUCDO");
      const mc = tenTruongChiTieu(def.id, "minhChung");
      // The indicator's text as the seed has it, at both levels when they are worded differently.
      const [m1, m2] = [noiDungTheoMucDo(def, 1), noiDungTheoMucDo(def, 2)];
      v.doan({ value: m1 === m2 ? `Chỉ tiêu ${def.id}. ${m1}` : `Chỉ tiêu ${def.id}.\n- Mức độ 1: ${m1}\n- Mức độ 2: ${m2}` }, "docTextBold");
      v.doan({ value: "1. Mô tả hiện trạng" }, "docText");
      const go = vanBan.chiTieu?.[def.id] ?? {};
      v.doanDai(tenPhanChiTieu(def.id, moTa), { mau: go.moTa });
      v.doan({ formula: `"Minh chứng: "&IF(TRIM(${mc})="","(chưa có)",${mc})`, result: "" }, "docTextItalic", "X".repeat(120));
      v.doanDai(tenPhanChiTieu(def.id, diemManh), { truoc: `"2. Điểm mạnh: "`, mau: go.diemManh });
      v.doanDai(tenPhanChiTieu(def.id, tonTai), { truoc: `"3. Tồn tại: "`, mau: go.tonTai });
      // Not a part of seed 000's form, but printed when the unit wrote one (nothing typed is dropped).
      v.doanDai(tenPhanChiTieu(def.id, keHoach), { truoc: `"Kế hoạch cải tiến: "`, anKhiTrong: true, mau: go.keHoach });
      v.doan({ formula: `"4. Tự đánh giá: "&${muc}`, result: "" }, "docTextBold");
    }
    const dem = (m: string) => defs.map((d) => `(${tenChiTieu(d.id, "MUCDO")}=${chuoi(m)})`).join("+");
    // The typed conclusion, then the counts (on the second row, after the rest of a long conclusion).
    v.doanDai(tenKetLuanTieuChi(tc.id), {
      truoc: `"Kết luận về Tiêu chí ${tc.id}: "`,
      trong: `""`,
      sau: `"Số chỉ tiêu không đạt: "&(${dem(XEP_LOAI["khong-dat"])})&"; đạt mức độ 1: "&(${dem(XEP_LOAI["muc-do-1"])})&"; đạt mức độ 2: "&(${dem(XEP_LOAI["muc-do-2"])})&". Xếp loại tiêu chí: "&${tenTieuChi(tc.id)}&"."`,
      style: "docTextBold",
      mau: vanBan.tieuChi?.[tc.id]?.ketLuan,
    });
  }
  v.doan({ value: "III. KẾT LUẬN CHUNG" }, "docTextBold");
  const [dat, khongDat] = dongKetQua();
  v.doan({ formula: `"- "&${dat}`, result: "" }, "docText", "X".repeat(120));
  v.doan({ formula: `"- "&${khongDat}`, result: "" }, "docText", "X".repeat(120));
  v.doan({ formula: `"- Mức tự đánh giá “Đơn vị học tập” năm "&${namDanhGia}&": "&${KET_LUAN}`, result: "" }, "docTextBold");
  v.doanDai(bc("ketLuanKhac"), { truoc: `"- Các kết luận khác: "`, trong: `"không có."`, mau: vanBan.baoCao?.ketLuanKhac });
  v.cach(10);
  kyThuTruong(v);
  return v;
}

