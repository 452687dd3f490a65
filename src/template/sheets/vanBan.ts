/**
 * The written documents of the hồ sơ (seed 000 mục VI and Phụ lục; seed 002 mẫu M3): (2) Tờ trình, (6) Biên bản
 * tự đánh giá, (7) Báo cáo tự đánh giá, (8) Danh mục các minh chứng. Unit data come by formulas; the free text
 * (mô tả hiện trạng, điểm mạnh, tồn tại, kế hoạch cải tiến per indicator) is typed on the “Nội dung hồ sơ” sheet.
 */
import { DANH_SACH_VAN_BAN, NHIEM_VU_HOI_DONG, NHOM_VAN_BAN, SO_DONG_DANH_SACH, TEN_CAP, XEP_LOAI, duocTrichDan, khoaMaMinhChung, type HoSo, type RuleSet } from "../../rules";
import { chuoi, coMaFormula, khoaMaFormula, maTrichDanFormula, phanTramVietFormula } from "../formulas";
import { DV, KET_LUAN, tenBaoCao, tenChiTieu, tenTieuChi, tenTongHop, tenTruongChiTieu } from "../names";
import { SheetBuilder, chieuCaoDong } from "../sheetBuilder";
import { DONG_DAU_HOI_DONG, HD, SO_DONG_HOI_DONG, TEN_SHEET_HOI_DONG } from "./hoiDongTuDanhGia";
import { HS, LE_ND30 } from "./hoSoIn";

export const TEN_SHEET_TO_TRINH = "Tờ trình";
export const TEN_SHEET_BIEN_BAN = "Biên bản tự đánh giá";
export const TEN_SHEET_BAO_CAO = "Báo cáo tự đánh giá";
export const TEN_SHEET_MINH_CHUNG = "Danh mục minh chứng";

const RONG = [6, 52, 22, 22];
/** Narrower forms, so each fits a page at a readable scale. */
const RONG_PHIEU = [5, 38, 12, 12];
const tenDonVi = `IF(${DV.ten}="","……………",${DV.ten})`;
const nam = `IF(${DV.nam}="","……",${DV.nam})`;
const ngayThang = `IF(${HS.diaDanh}="","……………",${HS.diaDanh})&", ngày …… tháng …… năm ……"`;

/** Quốc hiệu, Tiêu ngữ and the issuing unit, as Nghị định 30/2020/NĐ-CP lays them out. */
function dauVanBan(b: SheetBuilder): void {
  b.merged("A1", "B1", { formula: `UPPER(IF(${HS.coQuanChuQuan}="","CƠ QUAN CHỦ QUẢN",${HS.coQuanChuQuan}))`, result: "CƠ QUAN CHỦ QUẢN", style: "docSmall" });
  b.merged("C1", "D1", { value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: "docSmallBold" });
  b.merged("A2", "B2", { formula: `UPPER(${tenDonVi})`, result: "……………", style: "docSmallBold" });
  b.merged("C2", "D2", { value: "Độc lập - Tự do - Hạnh phúc", style: "docSmallBold" });
  b.merged("A3", "B3", { value: "--------", style: "docCenter" });
  b.merged("C3", "D3", { value: "---------------", style: "docCenter" });
  b.merged("C4", "D4", { formula: ngayThang, result: "……………, ngày …… tháng …… năm ……", style: "docItalic" });
}

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

export function sheetToTrinh(ruleSet: RuleSet): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_TO_TRINH, RONG, { landscape: false, margins: LE_ND30 });
  dauVanBan(b);
  const noiNhan = ruleSet.cap === "huyen" ? "Phòng Giáo dục và Đào tạo" : "Sở Giáo dục và Đào tạo";
  let r = 6;
  r = doan(b, r, { value: "TỜ TRÌNH" }, "docHeading");
  r = doan(b, r, { formula: `"Đề nghị đánh giá, công nhận “Đơn vị học tập” ${TEN_CAP[ruleSet.cap]} năm "&${nam}`, result: `Đề nghị đánh giá, công nhận “Đơn vị học tập” ${TEN_CAP[ruleSet.cap]} năm ……` }, "docHeading");
  r = doan(b, r + 1, { value: `Kính gửi: ${noiNhan}`, }, "docTextBold");
  r = doan(b, r + 1, { value: `Căn cứ ${ruleSet.vanBan};` }, "docText", 36);
  r = doan(b, r, {
    formula: `"Căn cứ kết quả tự đánh giá năm "&${nam}&", "&${tenDonVi}&" tự đánh giá: "&${tenTongHop("CT", "MUCDO2")}&" chỉ tiêu đạt mức độ 2, "&${tenTongHop("CT", "MUCDO1")}&" chỉ tiêu đạt mức độ 1, "&${tenTongHop("CT", "KHONGDAT")}&" chỉ tiêu không đạt trên tổng số "&${tenTongHop("CT", "APDUNG")}&" chỉ tiêu; kết luận: "&${KET_LUAN}&"."`,
    result: "Căn cứ kết quả tự đánh giá …",
  }, "docText", 52);
  r = doan(b, r, {
    formula: `${tenDonVi}&" kính đề nghị ${noiNhan} đánh giá, công nhận đơn vị đạt “Đơn vị học tập” ${TEN_CAP[ruleSet.cap]} "&IF(OR(${KET_LUAN}=${chuoi(XEP_LOAI["muc-do-1"])},${KET_LUAN}=${chuoi(XEP_LOAI["muc-do-2"])}),LOWER(SUBSTITUTE(${KET_LUAN},"Đạt ","")),"……")&" năm "&${nam}&"."`,
    result: "… kính đề nghị …",
  }, "docText", 36);
  r = doan(b, r, { value: "Hồ sơ kèm theo: Báo cáo tự đánh giá; Bản tổng hợp kết quả tự đánh giá; Biên bản tự đánh giá; Danh sách Hội đồng tự đánh giá; Danh mục minh chứng." }, "docText", 36);
  r = kyTen(b, r + 1, "Nơi nhận:\n- Như trên;\n- Lưu: VT.", "THỦ TRƯỞNG ĐƠN VỊ");
  b.height(r - 6, 48);
  return b;
}

/** Name of the council member holding a role, found in the council list (blank while the list is empty). */
function thanhVienCoNhiemVu(nhiemVu: string): string {
  const [dau, cuoi] = [DONG_DAU_HOI_DONG, DONG_DAU_HOI_DONG + SO_DONG_HOI_DONG - 1];
  const ds = `'${TEN_SHEET_HOI_DONG}'!$B$${dau}:$B$${cuoi}`;
  const nv = `'${TEN_SHEET_HOI_DONG}'!$D$${dau}:$D$${cuoi}`;
  return `IFERROR(INDEX(${ds},MATCH(${chuoi(nhiemVu)},${nv},0)),"……………")`;
}

export function sheetBienBan(ruleSet: RuleSet): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_BIEN_BAN, RONG, { landscape: false, margins: LE_ND30 });
  dauVanBan(b);
  let r = 6;
  r = doan(b, r, { value: "BIÊN BẢN" }, "docHeading");
  r = doan(b, r, { formula: `"Tự đánh giá, xếp loại “Đơn vị học tập” năm "&${nam}`, result: "Tự đánh giá, xếp loại “Đơn vị học tập” năm ……" }, "docHeading");
  r = doan(b, r + 1, { value: "* Thời gian: …… giờ …… ngày …… tháng …… năm ……" });
  r = doan(b, r, { value: "* Địa điểm: ……………………………………………" });
  r = doan(b, r, { value: "* Thành phần:" });
  r = doan(b, r, { formula: `"1. Chủ trì: Ông/Bà "&${thanhVienCoNhiemVu(NHIEM_VU_HOI_DONG.chuTich)}`, result: "1. Chủ trì: Ông/Bà ……………" });
  r = doan(b, r, { formula: `"2. Thư ký: Ông/Bà "&${thanhVienCoNhiemVu(NHIEM_VU_HOI_DONG.thuKy)}`, result: "2. Thư ký: Ông/Bà ……………" });
  r = doan(b, r, { formula: `"3. Thành viên Hội đồng tự đánh giá: "&${HD.soThanhVien}&" người (danh sách kèm theo)."`, result: "3. Thành viên Hội đồng tự đánh giá: … người." });
  r = doan(b, r + 1, { value: "Kết quả tự đánh giá, xếp loại như sau:" }, "docTextBold");
  ["TT", "Nội dung tiêu chí, chỉ tiêu", "Minh chứng", "Tự đánh giá, xếp loại"].forEach((h, i) => b.set({ ref: `${"ABCD"[i]}${r}`, value: h, style: "header" }));
  b.height(r, 30);
  r++;
  for (const tc of ruleSet.tieuChi) {
    b.merged(`A${r}`, `C${r}`, { value: `Tiêu chí ${tc.id}. ${tc.ten}`, style: "textBold" });
    b.set({ ref: `D${r}`, formula: tenTieuChi(tc.id), result: "", style: "result" });
    r++;
    for (const def of ruleSet.chiTieu.filter((d) => d.tieuChi === tc.id)) {
      b.set({ ref: `A${r}`, value: def.id, style: "center" });
      b.set({ ref: `B${r}`, value: def.noiDungNgan, style: "text" });
      b.set({ ref: `C${r}`, formula: `IF(${tenTruongChiTieu(def.id, "minhChung")}="","",${tenTruongChiTieu(def.id, "minhChung")})`, result: "", style: "text" });
      b.set({ ref: `D${r}`, formula: tenChiTieu(def.id, "MUCDO"), result: "", style: "result" });
      b.height(r, chieuCaoDong([{ text: def.noiDungNgan, width: RONG[1] }], 20));
      r++;
    }
  }
  r = doan(b, r + 1, { formula: `"Kết luận: đơn vị tự đánh giá "&LOWER(${KET_LUAN})&"."`, result: "Kết luận: …" }, "docTextBold");
  r = doan(b, r, { value: "Kết quả đánh giá, xếp loại trên đã được tất cả các thành viên của Hội đồng tự đánh giá nhất trí và ký tên vào biên bản." }, "docText", 36);
  kyTen(b, r + 1, "THƯ KÝ", "CHỦ TỊCH HỘI ĐỒNG");
  return b;
}

/** The free-text parts of an indicator (seed 000 Phụ lục; seed 002 M1), shared by the Báo cáo and Phiếu M1. */
const PHAN_BAO_CAO = [
  ["1. Mô tả hiện trạng", "MOTA"],
  ["2. Điểm mạnh", "DIEMMANH"],
  ["3. Tồn tại (điểm yếu)", "TONTAI"],
  ["4. Kế hoạch cải tiến", "KEHOACH"],
] as const;

export function sheetBaoCao(ruleSet: RuleSet): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_BAO_CAO, RONG, { landscape: false, margins: LE_ND30 });
  dauVanBan(b);
  let r = 6;
  r = doan(b, r, { value: "BÁO CÁO TỰ ĐÁNH GIÁ" }, "docHeading");
  r = doan(b, r, { formula: `"“Đơn vị học tập” ${TEN_CAP[ruleSet.cap]} năm "&${nam}`, result: "" }, "docHeading");
  r = doan(b, r + 1, { value: "I. ĐẶT VẤN ĐỀ" }, "docTextBold");
  // Typed on the “Nội dung hồ sơ” sheet (rules/vanBan.ts, group baoCao), read here by name.
  const datVanDe = NHOM_VAN_BAN.find((n) => n.khoa === "baoCao")!.truong.filter((t) => ["tinhHinhChung", "mucDich", "tomTat"].includes(t.khoa));
  for (const t of datVanDe) {
    r = doan(b, r, { value: t.nhan });
    b.merged(`A${r}`, `D${r}`, { formula: `IF(${t.ten}="","",${t.ten})`, result: "", style: "docText" });
    b.height(r, 60);
    r++;
  }
  r = doan(b, r, { value: "II. TỰ ĐÁNH GIÁ" }, "docTextBold");
  for (const tc of ruleSet.tieuChi) {
    r = doan(b, r, { value: `Tiêu chí ${tc.id}. ${tc.ten}` }, "docTextBold");
    for (const def of ruleSet.chiTieu.filter((d) => d.tieuChi === tc.id)) {
      r = doan(b, r, { value: `Chỉ tiêu ${def.id}. ${def.noiDung}` }, "docTextBold", chieuCaoDong([{ text: def.noiDung, width: 78 }], 20));
      for (const [nhan, phan] of PHAN_BAO_CAO) {
        b.set({ ref: `A${r}`, value: null, style: "docText" });
        b.set({ ref: `B${r}`, value: nhan, style: "docText" });
        const ten = tenBaoCao(def.id, phan);
        b.merged(`C${r}`, `D${r}`, { formula: `IF(${ten}="","",${ten})`, result: "", style: "docText" });
        b.height(r, 36);
        r++;
      }
      const mc = tenTruongChiTieu(def.id, "minhChung");
      r = doan(b, r, { formula: `"Minh chứng: "&IF(${mc}="","(chưa có)",${mc})`, result: "Minh chứng: …" });
      r = doan(b, r, { formula: `"5. Tự đánh giá: "&${tenChiTieu(def.id, "MUCDO")}`, result: "5. Tự đánh giá: …" });
    }
    r = doan(b, r, { formula: `"Kết luận về Tiêu chí ${tc.id}: "&${tenTieuChi(tc.id)}`, result: "" }, "docTextBold");
  }
  r = doan(b, r, { value: "III. KẾT LUẬN CHUNG" }, "docTextBold");
  const [ctDat, tcDat] = [`(${tenTongHop("CT", "MUCDO1")}+${tenTongHop("CT", "MUCDO2")})`, `(${tenTongHop("TC", "MUCDO1")}+${tenTongHop("TC", "MUCDO2")})`];
  const [ctAp, tcAp] = [tenTongHop("CT", "APDUNG"), tenTongHop("TC", "APDUNG")];
  r = doan(b, r, { formula: `"- Số lượng các chỉ tiêu đạt: "&${ctDat}&" ("&${phanTramVietFormula(ctDat, ctAp)}&"); số lượng các tiêu chí đạt: "&${tcDat}&" ("&${phanTramVietFormula(tcDat, tcAp)}&")"`, result: "" });
  r = doan(b, r, { formula: `"- Số lượng các chỉ tiêu không đạt: "&${tenTongHop("CT", "KHONGDAT")}&" ("&${phanTramVietFormula(tenTongHop("CT", "KHONGDAT"), ctAp)}&"); số lượng các tiêu chí không đạt: "&${tenTongHop("TC", "KHONGDAT")}&" ("&${phanTramVietFormula(tenTongHop("TC", "KHONGDAT"), tcAp)}&")"`, result: "" });
  r = doan(b, r, { formula: `"- Mức tự đánh giá “Đơn vị học tập” năm "&${nam}&": "&${KET_LUAN}`, result: "" });
  kyTen(b, r + 1, "", "THỦ TRƯỞNG ĐƠN VỊ");
  return b;
}

/** First row and number of rows of the evidence list (a hồ sơ's `vanBan.danhMucMinhChung` may fill them all). */
const DONG_DAU_MINH_CHUNG = 4;
const SO_DONG_MINH_CHUNG = SO_DONG_DANH_SACH.danhMucMinhChung;

/** Evidence list: code, name, số/ngày văn bản, nơi ban hành, ghi chú; each code says whether the form cites it. */
export function sheetMinhChung(ruleSet: RuleSet, hoSo?: HoSo): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_MINH_CHUNG, [12, 40, 20, 22, 14, 16], { landscape: true, titleRows: "3:3", margins: LE_ND30 }, false);
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
  const b = new SheetBuilder(TEN_SHEET_PHIEU_M1, RONG_PHIEU, { landscape: false, margins: LE_ND30 });
  let r = 1;
  const breaks: number[] = [];
  for (const def of ruleSet.chiTieu) {
    const tc = ruleSet.tieuChi.find((t) => t.id === def.tieuChi)!;
    r = doan(b, r, { value: "PHIẾU ĐÁNH GIÁ CHỈ TIÊU (Mẫu M1)" }, "docHeading");
    r = doan(b, r, { formula: `"Đơn vị: "&${tenDonVi}&" — năm "&${nam}`, result: "" });
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
  const b = new SheetBuilder(TEN_SHEET_PHIEU_M2, RONG_PHIEU, { landscape: false, margins: LE_ND30 });
  let r = 1;
  const breaks: number[] = [];
  for (const tc of ruleSet.tieuChi) {
    r = doan(b, r, { value: "PHIẾU ĐÁNH GIÁ TIÊU CHÍ (Mẫu M2)" }, "docHeading");
    r = doan(b, r, { formula: `"Đơn vị: "&${tenDonVi}&" — năm "&${nam}`, result: "" });
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
