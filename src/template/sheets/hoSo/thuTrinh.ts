/**
 * (1) Trang bìa, (2) Tờ trình đề nghị đánh giá, công nhận — sent when the unit reached a level — and, in its place
 * when the unit did not, the Báo cáo kết quả tự đánh giá (seed 002 IV.5 “theo mẫu M8”) to the Phòng/Sở GD&ĐT.
 */
import { NHOM_VAN_BAN, TEN_CAP, THONG_BAO_CHOT, XEP_LOAI, yeuCauChiTieu, type RuleSet } from "../../../rules";
import { CHOT } from "../../lock";
import { chuoi, phanTramVietFormula } from "../../formulas";
import { DV, KET_LUAN, tenChiTieu, tenTheoChiTieu, tenTongHop, tenTruongChiTieu } from "../../names";
import { HS } from "../hoSoIn";
import { COT_DOC, LA_DAT, RONG_DOC, VanBan, diaDanhNgayFormula, hoacCham, inVanBan, namDanhGia, tenDonVi } from "./khung";

export const TEN_SHEET_TRANG_BIA = "Trang bìa";
export const TEN_SHEET_TO_TRINH = "Tờ trình";
export const TEN_SHEET_BAO_CAO_KET_QUA = "Báo cáo kết quả TĐG";

/** The defined name of a field of the documents (rules/vanBan.ts). */
export function tenTruongVanBan(nhom: string, khoa: string): string {
  const t = NHOM_VAN_BAN.find((n) => n.khoa === nhom)?.truong.find((f) => f.khoa === khoa);
  if (!t) throw new Error(`vanBan field ${nhom}.${khoa}`);
  return t.ten;
}

/** The office that receives the hồ sơ (seed 000 VI.3.a: cấp huyện → Phòng, cấp thành phố → Sở GD&ĐT). */
export function noiNhanHoSo(ruleSet: RuleSet): string {
  return ruleSet.cap === "tinh" ? "Sở Giáo dục và Đào tạo" : "Phòng Giáo dục và Đào tạo";
}

const capIn = (ruleSet: RuleSet) => TEN_CAP[ruleSet.cap];

/** Cover (seed 000 Phụ lục): CƠ QUAN CHỦ QUẢN, the unit, BÁO CÁO TỰ ĐÁNH GIÁ / ĐƠN VỊ HỌC TẬP CẤP …, place and year. */
export function sheetTrangBia(ruleSet: RuleSet): VanBan {
  const v = new VanBan(TEN_SHEET_TRANG_BIA, [RONG_DOC], { ...inVanBan(), header: {} });
  v.duThao();
  v.cach(20);
  v.doan({ formula: `UPPER(${hoacCham(HS.coQuanChuQuan, "CƠ QUAN CHỦ QUẢN ……………")})`, result: "CƠ QUAN CHỦ QUẢN ……………" }, "docHeading", "X".repeat(80), 14);
  v.doan({ formula: `UPPER(${tenDonVi})`, result: "……………" }, "docHeading", "X".repeat(80), 14);
  v.doan({ value: "―――――――――" }, "docCenter");
  v.cach(200);
  v.doan({ value: "BÁO CÁO TỰ ĐÁNH GIÁ" }, "docTitle", undefined, 16);
  v.doan({ value: `“ĐƠN VỊ HỌC TẬP” ${capIn(ruleSet).toLocaleUpperCase("vi")}` }, "docTitle", undefined, 16);
  v.cach(260);
  v.doan({ formula: `UPPER(${hoacCham(HS.diaDanh)})&", NĂM "&IF(${DV.nam}="","……",${DV.nam}+1)`, result: "……………, NĂM ……" }, "docHeading", undefined, 14);
  return v;
}

/** The levels in words, "mức độ 1", from the conclusion cell. */
const mucDatDuoc = `IF(${LA_DAT},LOWER(SUBSTITUTE(${KET_LUAN},"Đạt ","")),"mức độ ……")`;

const demChu = () => {
  const ctDat = `(${tenTongHop("CT", "MUCDO1")}+${tenTongHop("CT", "MUCDO2")})`;
  return `${tenTongHop("CT", "APDUNG")}&" chỉ tiêu được đánh giá: "&${tenTongHop("CT", "MUCDO2")}&" chỉ tiêu đạt mức độ 2, "&${tenTongHop("CT", "MUCDO1")}&" chỉ tiêu đạt mức độ 1, "&${tenTongHop("CT", "KHONGDAT")}&" chỉ tiêu không đạt ("&${ctDat}&" chỉ tiêu đạt, "&${phanTramVietFormula(ctDat, tenTongHop("CT", "APDUNG"))}&"); "&${tenTongHop("TC", "MUCDO2")}&" tiêu chí đạt mức độ 2, "&${tenTongHop("TC", "MUCDO1")}&" tiêu chí đạt mức độ 1, "&${tenTongHop("TC", "KHONGDAT")}&" tiêu chí không đạt"`;
};

/**
 * “Mã chốt số liệu: 3f2a9c0d1e2f3a4b… — chốt lúc 20/01/2026 16:00”: the first 16 hex of the lock's fingerprint and
 * its time, so the signed paper names the data the council holds (its register keeps the whole fingerprint). The
 * names exist only once `dvht chot` (or the pane) has locked: until then the reference is #NAME? (Excel, LibreOffice),
 * caught by IFERROR; when they are added, Excel resolves them, and `dvht chot` asks Excel to recompute on open. A lock
 * of the first way has no CHOT_GIO_VIET: its code is shown without the time.
 */
export const MA_CHOT_FORMULA = `IFERROR(IF(LEN(${CHOT.maBam})<16,${chuoi(THONG_BAO_CHOT.chuaChot)},${chuoi(THONG_BAO_CHOT.maTrenGiay)}&LEFT(${CHOT.maBam},16)&"…"&IFERROR(IF(${CHOT.gioViet}="","",${chuoi(THONG_BAO_CHOT.chotLuc)}&${CHOT.gioViet}),"")),${chuoi(THONG_BAO_CHOT.chuaChot)})`;

function maChot(v: VanBan): void {
  v.doan({ formula: MA_CHOT_FORMULA, result: THONG_BAO_CHOT.chuaChot }, "docText", `${THONG_BAO_CHOT.maTrenGiay}${"0".repeat(16)}…${THONG_BAO_CHOT.chotLuc}20/01/2026 16:00`, 13);
}

/** Tờ trình (seed 000 VI.3.b (2), seed 002 IV.5): the request at the level the unit reached. */
export function sheetToTrinh(ruleSet: RuleSet): VanBan {
  const v = new VanBan(TEN_SHEET_TO_TRINH, COT_DOC, inVanBan());
  const so = tenTruongVanBan("toTrinh", "so");
  const kyHieu = tenTruongVanBan("chung", "kyHieu");
  v.duThao();
  v.dau(
    { formula: `"Số: "&${hoacCham(so, "……")}&"/TTr-"&${hoacCham(kyHieu, "……")}`, result: "Số: ……/TTr-……" },
    { formula: diaDanhNgayFormula(tenTruongVanBan("toTrinh", "ngay")), result: "……………, ngày …… tháng …… năm ……" },
  );
  // Only a unit that reached a level asks for recognition; otherwise the sheet says which document to send.
  v.doan({ formula: `IF(${LA_DAT}+(${KET_LUAN}=${chuoi(XEP_LOAI["chua-du-du-lieu"])}),"TỜ TRÌNH","KHÔNG LẬP TỜ TRÌNH")`, result: "TỜ TRÌNH" }, "docHeading", undefined, 14);
  v.doan({ formula: `"Về việc đề nghị đánh giá, công nhận “Đơn vị học tập” ${capIn(ruleSet)} năm "&${namDanhGia}`, result: "" }, "docHeading", `Về việc đề nghị đánh giá, công nhận “Đơn vị học tập” ${capIn(ruleSet)} năm 2025`, 14);
  v.cach(10);
  v.doan({ value: `Kính gửi: ${noiNhanHoSo(ruleSet)}.` }, "docCenterText", undefined, 14);
  v.cach(10);
  v.doan({ value: `Căn cứ ${ruleSet.vanBan};` }, "docText", undefined, 14);
  v.doan({ formula: `"Căn cứ kết quả tự đánh giá năm "&${namDanhGia}&" của "&${tenDonVi}&": "&${demChu()}&"; mức tự đánh giá: "&${KET_LUAN}&"."`, result: "" }, "docText", "X".repeat(330), 14);
  v.doan({
    formula: `IF(${KET_LUAN}=${chuoi(XEP_LOAI["khong-dat"])},"Đơn vị tự đánh giá không đạt: không đề nghị công nhận; gửi Báo cáo kết quả tự đánh giá (sheet “${TEN_SHEET_BAO_CAO_KET_QUA}”) thay cho tờ trình này.",${tenDonVi}&" kính đề nghị ${noiNhanHoSo(ruleSet)} xem xét, đánh giá, công nhận "&${tenDonVi}&" đạt “Đơn vị học tập” ${capIn(ruleSet)} "&${mucDatDuoc}&" năm "&${namDanhGia}&".")`,
    result: "",
  }, "docText", "X".repeat(260), 14);
  v.doan({ value: "Hồ sơ kèm theo: Danh sách và chữ ký thành viên Hội đồng tự đánh giá; Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu; Biên bản tự đánh giá; Báo cáo tự đánh giá; Danh mục các minh chứng." }, "docText", undefined, 14);
  v.doan({ formula: `"Trân trọng đề nghị./."`, result: "Trân trọng đề nghị./." }, "docText", undefined, 14);
  maChot(v);
  v.cach(10);
  kyThuTruong(v, `Nơi nhận:\n- Như trên;\n- Lưu: VT.`);
  return v;
}

/** THỦ TRƯỞNG ĐƠN VỊ (Ký tên, đóng dấu) with the head's name when typed. */
export function kyThuTruong(v: VanBan, noiNhan?: string): void {
  v.kyTen([{ chucDanh: "THỦ TRƯỞNG ĐƠN VỊ", huongDan: "(Ký tên, đóng dấu)", ten: tenTruongVanBan("chung", "thuTruong") }], noiNhan);
}

/** Lý do a failing indicator falls short, in words the sheet can compute (`dvht in` prints the engine's own). */
export function lyDoFormula(ruleSet: RuleSet, id: string): string {
  const def = ruleSet.chiTieu.find((d) => d.id === id)!;
  const mc = tenTruongChiTieu(id, "minhChung");
  return `IF(${tenChiTieu(id, "MUCDO")}<>${chuoi(XEP_LOAI["khong-dat"])},"",IF(TRIM(${mc})="","Không có minh chứng phù hợp",${chuoi(`Chưa đạt yêu cầu mức độ 1 (${yeuCauChiTieu(def)})`)}))`;
}

/** The reason cell of an indicator on the Báo cáo kết quả (BCKQ_2_1_LYDO), where `dvht in` prints the engine's reasons. */
export const tenLyDoKhongDat = (id: string) => tenTheoChiTieu("BCKQ", id, "LYDO");

/**
 * Báo cáo kết quả tự đánh giá (seed 002 IV.5: “Nếu đơn vị TĐG không đạt, thủ trưởng đơn vị ban hành Báo cáo kết quả
 * tự đánh giá (theo mẫu M8) gửi về Phòng Giáo dục và Đào tạo”): the results and every indicator that falls short, why.
 * The reason cells are named (tenLyDoKhongDat), so `dvht in` can print the engine's reasons there.
 */
export function sheetBaoCaoKetQua(ruleSet: RuleSet): VanBan {
  const v = new VanBan(TEN_SHEET_BAO_CAO_KET_QUA, [8, 24, RONG_DOC - 32], inVanBan(false, undefined));
  const so = tenTruongVanBan("baoCaoKetQua", "so");
  const kyHieu = tenTruongVanBan("chung", "kyHieu");
  v.duThao();
  v.dau({ formula: `"Số: "&${hoacCham(so, "……")}&"/BC-"&${hoacCham(kyHieu, "……")}`, result: "Số: ……/BC-……" }, { formula: diaDanhNgayFormula(tenTruongVanBan("baoCaoKetQua", "ngay")), result: "……………, ngày …… tháng …… năm ……" });
  v.doan({ value: "BÁO CÁO KẾT QUẢ TỰ ĐÁNH GIÁ" }, "docHeading", undefined, 14);
  v.doan({ formula: `"“Đơn vị học tập” ${capIn(ruleSet)} năm "&${namDanhGia}`, result: "" }, "docHeading", `“Đơn vị học tập” ${capIn(ruleSet)} năm 2025`, 14);
  v.cach(10);
  v.doan({ value: `Kính gửi: ${noiNhanHoSo(ruleSet)}.` }, "docCenterText", undefined, 14);
  v.cach(10);
  v.doan({ formula: `"Thực hiện ${ruleSet.vanBan}, "&${tenDonVi}&" đã tổ chức tự đánh giá “Đơn vị học tập” năm "&${namDanhGia}&". Kết quả như sau:"`, result: "" }, "docText", "X".repeat(260), 14);
  v.doan({ formula: `"1. Kết quả chung: "&${demChu()}&"."`, result: "" }, "docText", "X".repeat(330), 14);
  v.doan({ formula: `"2. Mức tự đánh giá: "&${KET_LUAN}&IF(${KET_LUAN}=${chuoi(XEP_LOAI["khong-dat"])},"; đơn vị chưa đủ điều kiện đề nghị công nhận “Đơn vị học tập” ${capIn(ruleSet)}.",".")`, result: "" }, "docText", "X".repeat(160), 14);
  v.doan({ value: "3. Các chỉ tiêu chưa đạt và lý do:" }, "docTextBold", undefined, 14);
  const r0 = v.row;
  ["TT", "Chỉ tiêu", "Lý do chưa đạt"].forEach((h, i) => v.b.set({ ref: `${"ABC"[i]}${r0}`, value: h, style: "tblHeader" }));
  v.b.height(r0, 22);
  v.row++;
  for (const def of ruleSet.chiTieu) {
    const r = v.row;
    const khongDat = `${tenChiTieu(def.id, "MUCDO")}=${chuoi(XEP_LOAI["khong-dat"])}`;
    v.b.set({ ref: `A${r}`, formula: `IF(${khongDat},"${def.id}","")`, result: "", style: "tblCenter" });
    v.b.set({ ref: `B${r}`, formula: `IF(${khongDat},${chuoi(def.noiDungNgan)},"")`, result: "", style: "tblText" });
    v.b.set({ ref: `C${r}`, formula: lyDoFormula(ruleSet, def.id), result: "", style: "tblText", name: tenLyDoKhongDat(def.id) });
    v.b.height(r, 48);
    v.row++;
  }
  v.cach(10);
  v.doan({ formula: `"4. Phương hướng: "&${tenDonVi}&" tiếp tục khắc phục các chỉ tiêu chưa đạt để đề nghị đánh giá, công nhận trong năm tiếp theo."`, result: "" }, "docText", "X".repeat(200), 14);
  v.doan({ formula: `"Trên đây là báo cáo kết quả tự đánh giá “Đơn vị học tập” năm "&${namDanhGia}&" của "&${tenDonVi}&"./."`, result: "" }, "docText", "X".repeat(160), 14);
  maChot(v);
  v.cach(10);
  kyThuTruong(v, `Nơi nhận:\n- Như trên;\n- Lưu: VT.`);
  return v;
}
