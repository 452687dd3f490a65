/**
 * The sheet “Hội đồng đánh giá” of the Sổ Hội đồng: the council's own members (TT, Họ và tên, Chức vụ và đơn vị công
 * tác, Nhiệm vụ, Đại diện), printed A4 portrait at 13 pt as a document, checked live below the list by formulas that
 * say exactly what kiemTraHoiDongDanhGia says (src/rules/councilMembers.ts holds the rule, its reading and messages).
 */
import {
  CACH_GHI_DAI_DIEN,
  CACH_GHI_NHIEM_VU_HOI_DONG,
  CHUC_VU_LANH_DAO_PHONG_SO,
  CO_KHONG,
  DAI_DIEN_BAT_BUOC,
  HOP_LE_HOI_DONG_DANH_GIA,
  LOI_HOI_DONG_DANH_GIA,
  MO_TA_HOI_DONG_DANH_GIA,
  NHAN_DAI_DIEN,
  NHAN_NHIEM_VU_HOI_DONG,
  SO_THANH_VIEN_TOI_THIEU,
  TEN_CAP,
  daiDienCua,
  kiemTraHoiDongDanhGia,
  laLanhDaoPhongSo,
  nhiemVuHoiDongCua,
  thanhVienCoTen,
  trimNhuExcel,
  type Cap,
  type DaiDienHoiDong,
  type NhiemVuHoiDong,
  type ThanhVienDanhGia,
} from "../../rules";
import { chuoi } from "../formulas";
import type { SheetSpec } from "../model";
import { SheetBuilder, o } from "../sheetBuilder";
import { inVanBan } from "./hoSo/khung";

export const TEN_SHEET_HOI_DONG_DANH_GIA = "Hội đồng đánh giá";
/** Header row, first member row and number of member rows. */
export const HDDG = { dongTieuDe: 4, dongDau: 5, soDong: 15 } as const;
const DAU = HDDG.dongDau;
const CUOI = HDDG.dongDau + HDDG.soDong - 1;

/** A message of LOI_HOI_DONG_DANH_GIA with a formula in place of its argument. */
function thongBao(loi: (x: never) => string, bieuThuc: string): string {
  const [truoc, sau] = loi("\u0001" as never).split("\u0001");
  return `${chuoi(truoc)}&${bieuThuc}&${chuoi(sau)}`;
}

/** 1 on the rows whose text is one of these (TRIM and case ignored, as Excel's “=” compares). */
const la = (range: string, cachGhi: readonly string[]) => `(${cachGhi.map((c) => `(TRIM(${range})=${chuoi(c)})`).join("+")})`;

const chuaCo = () => ({ chuTich: 0, thuKy: 0, chuaNhiemVu: 0, chuaDaiDien: 0 });

/** The counts the check rows show, as the rules count them (the cells' cached results). */
function dem(ds: readonly ThanhVienDanhGia[]) {
  const tv = thanhVienCoTen(ds);
  const d = chuaCo();
  for (const m of tv) {
    const nv = nhiemVuHoiDongCua(m.nhiemVu);
    if (nv === "chu-tich") d.chuTich++;
    if (nv === "thu-ky") d.thuKy++;
    if (!nv) d.chuaNhiemVu++;
    if (!daiDienCua(m.daiDien)) d.chuaDaiDien++;
  }
  const chuTich = tv.filter((m) => nhiemVuHoiDongCua(m.nhiemVu) === "chu-tich");
  const cv = chuTich.length === 1 ? trimNhuExcel(chuTich[0].chucVu) : "";
  return {
    ...d,
    n: tv.length,
    theoDaiDien: (k: DaiDienHoiDong) => tv.filter((m) => daiDienCua(m.daiDien) === k).length,
    chucVuChuTich: cv,
    laLanhDao: cv === "" ? "" : laLanhDaoPhongSo(cv) ? CO_KHONG.co : CO_KHONG.khong,
    thuocPhongSo: chuTich.length === 1 ? (daiDienCua(chuTich[0].daiDien) === "gd-dt" ? CO_KHONG.co : CO_KHONG.khong) : "",
  };
}

export function sheetHoiDongDanhGia(ds: readonly ThanhVienDanhGia[], cap: Cap | null): SheetSpec {
  // Five columns fill an A4 page between NĐ 30 margins (84 characters, as the unit's documents); G holds a helper.
  const b = new SheetBuilder(TEN_SHEET_HOI_DONG_DANH_GIA, [5, 22, 25, 15, 17, 2, 40], inVanBan(false, `${HDDG.dongTieuDe}:${HDDG.dongTieuDe}`));
  b.merged("A1", "E1", { value: "DANH SÁCH HỘI ĐỒNG ĐÁNH GIÁ, CÔNG NHẬN “ĐƠN VỊ HỌC TẬP”", style: "docHeading" });
  b.height(1, 40);
  b.merged("A2", "E2", { value: cap ? `Hội đồng đánh giá ${TEN_CAP[cap].toLocaleLowerCase("vi")}` : "", style: "docItalicCenter" });
  ["TT", "Họ và tên", "Chức vụ, đơn vị công tác", "Nhiệm vụ trong Hội đồng", "Đại diện"].forEach((h, i) => b.set({ ref: o(i + 1, HDDG.dongTieuDe), value: h, style: "docTblHeader" }));
  b.height(HDDG.dongTieuDe, 52);
  for (let i = 0; i < HDDG.soDong; i++) {
    const r = DAU + i;
    const m = ds[i];
    b.set({ ref: o(1, r), value: i + 1, style: "docTblCenter" });
    b.set({ ref: o(2, r), value: m?.hoTen || null, style: "docInput", input: true });
    b.set({ ref: o(3, r), value: m?.chucVu || null, style: "docInput", input: true });
    b.set({ ref: o(4, r), value: m?.nhiemVu || null, style: "docInputChoice", input: true });
    b.set({ ref: o(5, r), value: m?.daiDien || null, style: "docInputChoice", input: true });
    b.height(r, 36);
  }
  const nv = Object.values(NHAN_NHIEM_VU_HOI_DONG);
  const dd = Object.values(NHAN_DAI_DIEN);
  b.spec.rangeValidations = [
    { range: `D${DAU}:D${CUOI}`, validation: { type: "list", list: nv, allowBlank: true, promptTitle: "Nhiệm vụ trong Hội đồng", prompt: nv.join(" / "), errorTitle: "Nhiệm vụ không hợp lệ", error: `Chọn một trong: ${nv.join(", ")}` } },
    { range: `E${DAU}:E${CUOI}`, validation: { type: "list", list: dd, allowBlank: true, promptTitle: "Đại diện", prompt: dd.join(" / "), errorTitle: "Đại diện không hợp lệ", error: `Chọn một trong: ${dd.join(", ")}` } },
  ];
  b.spec.printArea = `A1:E${CUOI}`;
  b.spec.freeze = { row: DAU, col: 1 };

  // The live checks, off the print: each row a count the rules also count, then the messages.
  const ten = `B${DAU}:B${CUOI}`;
  const cvRange = `C${DAU}:C${CUOI}`;
  const nvRange = `D${DAU}:D${CUOI}`;
  const ddRange = `E${DAU}:E${CUOI}`;
  const coTen = `(LEN(TRIM(${ten}))>0)`;
  const laNv = (k: NhiemVuHoiDong) => la(nvRange, CACH_GHI_NHIEM_VU_HOI_DONG[k]);
  const laDd = (k: DaiDienHoiDong) => la(ddRange, CACH_GHI_DAI_DIEN[k]);
  const tatCaNv = (Object.keys(CACH_GHI_NHIEM_VU_HOI_DONG) as NhiemVuHoiDong[]).map(laNv).join("+");
  const tatCaDd = (Object.keys(CACH_GHI_DAI_DIEN) as DaiDienHoiDong[]).map(laDd).join("+");
  const d = dem(ds);
  let r = CUOI + 2;
  const dong = (label: string, formula: string, result: string | number): string => {
    b.merged(o(1, r), o(3, r), { value: label, style: "labelBold" });
    b.merged(o(4, r), o(5, r), { formula, result, style: "count" });
    return o(4, r++);
  };
  const n = dong("Số thành viên (tính cả chủ tịch, thư ký):", `SUMPRODUCT(--${coTen})`, d.n);
  const soCt = dong(`Số ${NHAN_NHIEM_VU_HOI_DONG["chu-tich"]}:`, `SUMPRODUCT(${coTen}*${laNv("chu-tich")})`, d.chuTich);
  const soTk = dong(`Số ${NHAN_NHIEM_VU_HOI_DONG["thu-ky"]}:`, `SUMPRODUCT(${coTen}*${laNv("thu-ky")})`, d.thuKy);
  const chuaNv = dong("Chưa chọn Nhiệm vụ:", `SUMPRODUCT(${coTen}*(1-(${tatCaNv})))`, d.chuaNhiemVu);
  const chuaDd = dong("Chưa chọn Đại diện:", `SUMPRODUCT(${coTen}*(1-(${tatCaDd})))`, d.chuaDaiDien);
  const batBuoc = DAI_DIEN_BAT_BUOC.map((k) => ({ k, o: dong(`Đại diện ${NHAN_DAI_DIEN[k]}:`, `SUMPRODUCT(${coTen}*${laDd(k)})`, d.theoDaiDien(k)) }));
  // The chủ tịch's place in the list, when there is one: places as an array constant (HyperFormula, LibreOffice and
  // Excel all read it; ROW(range) inside SUMPRODUCT is not an array in HyperFormula).
  const viTri = `{${Array.from({ length: HDDG.soDong }, (_, i) => i + 1).join(";")}}`;
  const laCt = `${coTen}*${laNv("chu-tich")}`;
  const cv = dong(`Chức vụ của ${NHAN_NHIEM_VU_HOI_DONG["chu-tich"]}:`, `IF(${soCt}=1,TRIM(INDEX(${cvRange},SUMPRODUCT(${viTri}*${laCt}))),"")`, d.chucVuChuTich);
  const laLd = dong(
    `${NHAN_NHIEM_VU_HOI_DONG["chu-tich"]} là lãnh đạo Phòng/Sở:`,
    `IF(${cv}="","",IF(OR(${CHUC_VU_LANH_DAO_PHONG_SO.map((t) => `LEFT(${cv},${t.length})=${chuoi(t)}`).join(",")}),${chuoi(CO_KHONG.co)},${chuoi(CO_KHONG.khong)}))`,
    d.laLanhDao,
  );
  const thuoc = dong(
    `${NHAN_NHIEM_VU_HOI_DONG["chu-tich"]} đại diện Phòng/Sở GD&ĐT:`,
    `IF(${soCt}=1,IF(SUMPRODUCT(${laCt}*${laDd("gd-dt")})=1,${chuoi(CO_KHONG.co)},${chuoi(CO_KHONG.khong)}),"")`,
    d.thuocPhongSo,
  );
  const L = LOI_HOI_DONG_DANH_GIA;
  const ket = (s: string) => `${s}&"; "`;
  const parts = [
    `IF(${n}<${SO_THANH_VIEN_TOI_THIEU},${ket(thongBao(L.toiThieu, n))},"")`,
    `IF(MOD(${n},2)=0,${ket(thongBao(L.soLe, n))},"")`,
    `IF(${soCt}<>1,${ket(thongBao(L.chuTich, soCt))},IF(${cv}="",${ket(chuoi(L.chuTichChucVuTrong))},IF(${laLd}=${chuoi(CO_KHONG.khong)},${ket(thongBao(L.chuTichKhongLaLanhDao, cv))},""))&IF(${thuoc}=${chuoi(CO_KHONG.khong)},${ket(chuoi(L.chuTichKhongThuocPhongSo))},""))`,
    `IF(${soTk}<>1,${ket(thongBao(L.thuKy, soTk))},"")`,
    `IF(${chuaNv}>0,${ket(thongBao(L.chuaChonNhiemVu, chuaNv))},"")`,
    `IF(${chuaDd}>0,${ket(thongBao(L.chuaChonDaiDien, chuaDd))},"")`,
    ...batBuoc.map(({ k, o: c }) => `IF(${c}=0,${ket(chuoi(L.thieuDaiDien(k)))},"")`),
  ].join("&");
  const loi = kiemTraHoiDongDanhGia(ds);
  // G: the messages joined (each ending “; ”), so the check below cuts the last separator without repeating them.
  const noi = o(7, r);
  b.set({ ref: noi, formula: `IF(${n}=0,"",${parts})`, result: d.n === 0 ? "" : loi.map((l) => `${l}; `).join(""), style: "hint" });
  b.merged(o(1, r), o(3, r), { value: "Kiểm tra:", style: "labelBold" });
  const kq = o(4, r);
  b.merged(kq, o(5, r), {
    formula: `IF(${n}=0,${chuoi(L.chuaLap)},IF(${noi}="",${chuoi(HOP_LE_HOI_DONG_DANH_GIA)},LEFT(${noi},LEN(${noi})-2)))`,
    result: loi.length ? loi.join("; ") : HOP_LE_HOI_DONG_DANH_GIA,
    style: "conclusion",
  });
  b.format({ range: kq, rules: [{ formula: `${kq}=${chuoi(HOP_LE_HOI_DONG_DANH_GIA)}`, style: "cfMucDo2" }, { formula: `${kq}<>${chuoi(HOP_LE_HOI_DONG_DANH_GIA)}`, style: "cfKhongDat" }] });
  b.height(r, 90);
  r++;
  b.merged(o(1, r), o(5, r), { value: `${MO_TA_HOI_DONG_DANH_GIA} Chạy lại “dvht tong-hop … --out” với sổ này: danh sách được giữ và được kiểm tra lại.`, style: "hint" });
  b.height(r, 60);
  return b.spec;
}
