/**
 * What the Phòng/Sở sends the Chủ tịch UBND for the units that pass (seed 000 VI.1.2.đ, VI.2.2.đ): the Tờ trình đề
 * nghị công nhận and the Dự thảo Quyết định công nhận with, as its appendix, the list of units by the council's level
 * — only units the council found passing. Validity and the mức 2 request follow seed 000 III.3 / TT 24 as the rule
 * set's calendar words them.
 */
import { RULE_SETS, danhSachCongNhan, TEN_LOAI_DON_VI, type KetQuaDonViThamDinh } from "../../../rules";
import type { SheetSpec } from "../../model";
import { CHAM, bang, dau, diaDanhNgay, doan, duThao, hoacCham, ky, soKyHieu, tieuDe, vanBanHoiDong } from "./khungHoiDong";
import { chucDanhThuTruong, dauCoQuan, tenCoQuan, tenUbnd,thuTruongCoQuan, type NguCanh } from "./nguCanh";

export const TEN_SHEET_TO_TRINH_UBND = "Tờ trình công nhận";
export const TEN_SHEET_DU_THAO_QUYET_DINH = "Dự thảo Quyết định";
export const TEN_SHEET_DANH_SACH_CONG_NHAN = "Danh sách công nhận";

const soDat = (n: NguCanh) => {
  const ds = danhSachCongNhan(n.so);
  return { ds, tong: ds.mucDo1.length + ds.mucDo2.length };
};

/** “số 12/TTr-PGDĐT ngày 07/02/2026” as the decision cites the Tờ trình. */
const toTrinhSo = (n: NguCanh) => `số ${hoacCham(n.tt.soToTrinh, "……")}/TTr-${hoacCham(n.tt.kyHieu, "……")}${n.tt.ngayToTrinh ? ` ngày ${n.tt.ngayToTrinh}` : ""}`;

export function sheetToTrinhCongNhan(n: NguCanh): SheetSpec {
  const { ds, tong } = soDat(n);
  const v = vanBanHoiDong(TEN_SHEET_TO_TRINH_UBND);
  // While a dossier is still unreviewed the request is not final.
  if (n.so.dong.some((d) => d.tinh && !d.ketLuanHoiDong)) duThao(v);
  dau(v, { ...dauCoQuan(n), so: soKyHieu(n.tt.soToTrinh, "TTr", n.tt.kyHieu), ngay: diaDanhNgay(n.tt, n.tt.ngayToTrinh) });
  tieuDe(v, "TỜ TRÌNH", `Về việc đề nghị công nhận “Đơn vị học tập” ${n.capNam}`);
  doan(v, `Kính gửi: Chủ tịch ${tenUbnd(n)}.`, "docCenterText");
  v.cach(8);
  doan(v, `Căn cứ ${n.canCu};`);
  doan(v, `Căn cứ Báo cáo thẩm định số ${hoacCham(n.tt.soBaoCaoThamDinh, "……")}/BC-HĐĐG${n.tt.ngayBaoCaoThamDinh ? ` ngày ${n.tt.ngayBaoCaoThamDinh}` : ""} của Hội đồng đánh giá;`);
  doan(v, `${tenCoQuan(n)} đã tiếp nhận, rà soát hồ sơ đề nghị công nhận “Đơn vị học tập” ${n.capNam} và tổ chức thẩm định qua Hội đồng đánh giá. Kết quả: ${tong} đơn vị đủ điều kiện công nhận (mức độ 2: ${ds.mucDo2.length} đơn vị; mức độ 1: ${ds.mucDo1.length} đơn vị).`);
  doan(
    v,
    tong
      ? `${tenCoQuan(n)} kính trình Chủ tịch ${tenUbnd(n)} xem xét, quyết định công nhận ${tong} đơn vị đạt “Đơn vị học tập” ${n.capNam} (có danh sách kèm theo).`
      : `Không có đơn vị đủ điều kiện công nhận: ${tenCoQuan(n)} không đề nghị công nhận trong đợt này.`,
  );
  doan(v, "Hồ sơ kèm theo: Báo cáo thẩm định của Hội đồng đánh giá; Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị do Hội đồng đánh giá thẩm định; Dự thảo Quyết định công nhận.");
  doan(v, "Kính trình Chủ tịch xem xét, quyết định./.");
  v.cach(10);
  ky(v, chucDanhThuTruong(n), n.tt.thuTruong, "Nơi nhận:\n- Như trên;\n- Lưu: VT, HĐĐG.");
  return v.b.spec;
}

export function sheetDuThaoQuyetDinh(n: NguCanh): SheetSpec {
  const { ds, tong } = soDat(n);
  const lich = RULE_SETS[n.so.cap === "tinh" ? "tt24-tinh" : "tt24-huyen"].lich;
  const v = vanBanHoiDong(TEN_SHEET_DU_THAO_QUYET_DINH);
  duThao(v);
  const ubnd = tenUbnd(n);
  // A draft: the UBND numbers and dates the decision when it signs (the number recorded later is the issued one's).
  dau(v, { duoi: ubnd, so: soKyHieu(undefined, "QĐ", "UBND"), ngay: diaDanhNgay(n.tt, undefined) });
  tieuDe(v, "QUYẾT ĐỊNH", `Về việc công nhận đơn vị đạt “Đơn vị học tập” ${n.capNam}`, "―――――――――");
  doan(v, `CHỦ TỊCH ${ubnd.toLocaleUpperCase("vi")}`, "docHeading");
  v.cach(8);
  doan(v, "Căn cứ Luật Tổ chức chính quyền địa phương;", "docTextItalic");
  doan(v, `Căn cứ ${n.canCu};`, "docTextItalic");
  doan(v, `Xét đề nghị của ${thuTruongCoQuan(n)} tại Tờ trình ${toTrinhSo(n)}.`, "docTextItalic");
  v.cach(8);
  doan(v, "QUYẾT ĐỊNH:", "docHeading");
  doan(v, `Điều 1. Công nhận ${tong} đơn vị đạt “Đơn vị học tập” ${n.capNam}, gồm: ${ds.mucDo2.length} đơn vị đạt mức độ 2 và ${ds.mucDo1.length} đơn vị đạt mức độ 1 (có danh sách kèm theo).`);
  doan(
    v,
    `Điều 2. Các đơn vị có tên tại Điều 1 được bảo lưu kết quả công nhận trong thời hạn ${String(lich.soNamBaoLuu ?? 3).padStart(2, "0")} năm (${(lich.soNamBaoLuu ?? 3) * 12} tháng) tiếp theo năm được công nhận; đơn vị đạt mức độ 1 được đề nghị công nhận mức độ 2 sau ít nhất ${String(Math.floor((lich.soThangNangMuc ?? 12) / 12)).padStart(2, "0")} năm (${lich.soThangNangMuc ?? 12} tháng) kể từ ngày được công nhận. Quyết định này có hiệu lực kể từ ngày ký.`,
  );
  doan(v, `Điều 3. Chánh Văn phòng ${ubnd}, ${thuTruongCoQuan(n)}, Thủ trưởng các đơn vị có tên tại Điều 1 và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`);
  v.cach(10);
  ky(v, "CHỦ TỊCH", n.tt.chuTichUbnd, "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.", "(Ký tên, đóng dấu)");
  return v.b.spec;
}

/** The appendix: mức độ 2, then mức độ 1, each unit at the council's level (nothing else is listed). */
export function sheetDanhSachCongNhan(n: NguCanh): SheetSpec {
  const { ds } = soDat(n);
  const v = vanBanHoiDong(TEN_SHEET_DANH_SACH_CONG_NHAN);
  duThao(v);
  tieuDe(
    v,
    `DANH SÁCH ĐƠN VỊ ĐẠT “ĐƠN VỊ HỌC TẬP” ${n.capNam.toLocaleUpperCase("vi")}`,
  );
  doan(v, `(Kèm theo Quyết định số ……/QĐ-UBND ngày ${CHAM} của Chủ tịch ${tenUbnd(n)})`, "docItalicCenter");
  v.cach(8);
  const cot = [
    { tieuDe: "TT", nhip: 2, canGiua: true },
    { tieuDe: "Tên đơn vị", nhip: 8 },
    { tieuDe: "Loại đơn vị", nhip: 6 },
    { tieuDe: "Mức độ công nhận", nhip: 5, canGiua: true },
  ];
  const dong = (k: KetQuaDonViThamDinh, i: number) => [String(i + 1), k.dong.ban.ten, TEN_LOAI_DON_VI[k.dong.ban.loai], k.mucCongNhan];
  for (const [tieu, nhom] of [[`I. ĐƠN VỊ ĐẠT MỨC ĐỘ 2 (${ds.mucDo2.length} đơn vị)`, ds.mucDo2], [`II. ĐƠN VỊ ĐẠT MỨC ĐỘ 1 (${ds.mucDo1.length} đơn vị)`, ds.mucDo1]] as const) {
    doan(v, tieu, "docTextBold");
    if (nhom.length) bang(v, cot, nhom.map(dong));
    else doan(v, "Không có.");
  }
  doan(v, `Danh sách có ${ds.mucDo1.length + ds.mucDo2.length} đơn vị./.`, "docTextItalic");
  return v.b.spec;
}
