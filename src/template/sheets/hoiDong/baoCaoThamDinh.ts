/**
 * Báo cáo thẩm định của Hội đồng đánh giá (seed 000 VI.1.2.đ: part of the file sent to the Chủ tịch UBND), addressed
 * to the Trưởng phòng / Giám đốc Sở: the dossiers received (on time, late, duplicates, of another year or cấp), the
 * review, results by level and unit type, the units that fall short and why, and the council's proposal.
 */
import { COT_KET_QUA, danhSachCongNhan, ketQuaTheoLoai, ketQuaThamDinh, thongKeThamDinh, yKienHoiDong } from "../../../rules";
import type { SheetSpec } from "../../model";
import { bang, dau, lietKe, diaDanhNgay, doan, duThao, ky, soKyHieu, tieuDe, vanBanHoiDong } from "./khungHoiDong";
import { CHUC_DANH_CHU_TICH_HOI_DONG, dauHoiDong, tenUbnd, thuTruongCoQuan, type NguCanh } from "./nguCanh";

export const TEN_SHEET_BAO_CAO_THAM_DINH = "Báo cáo thẩm định";

/** Results by unit type: one row per type present, the council's levels and what is still open, and the totals. */
export function bangKetQuaTheoLoai(n: NguCanh): string[][] {
  const ds = ketQuaTheoLoai(n.so);
  const tong = COT_KET_QUA.map((c) => ds.reduce((s, l) => s + l.dem[c], 0));
  return [
    ...ds.map((l, i) => [String(i + 1), l.ten, String(l.tong), ...COT_KET_QUA.map((c) => String(l.dem[c]))]),
    ["", "Tổng cộng", String(ds.reduce((s, l) => s + l.tong, 0)), ...tong.map(String)],
  ];
}

export const COT_BANG_KET_QUA = [
  { tieuDe: "TT", nhip: 1, canGiua: true },
  { tieuDe: "Loại đơn vị", nhip: 7 },
  { tieuDe: "Số đơn vị", nhip: 2, canGiua: true },
  ...COT_KET_QUA.map((c) => ({ tieuDe: c, nhip: c === "Không đạt" ? 2 : 3, canGiua: true })),
];

export function sheetBaoCaoThamDinh(n: NguCanh): SheetSpec {
  const { so, tt } = n;
  const tk = thongKeThamDinh(so);
  const kq = ketQuaThamDinh(so);
  const dat = danhSachCongNhan(so);
  const khongDat = kq.filter((k) => !k.dat);
  const v = vanBanHoiDong(TEN_SHEET_BAO_CAO_THAM_DINH);
  // While units are still unreviewed the report is a draft.
  if (tk.chuaThamDinh.length) duThao(v);
  dau(v, { ...dauHoiDong(n), so: soKyHieu(tt.soBaoCaoThamDinh, "BC", "HĐĐG"), ngay: diaDanhNgay(tt, tt.ngayBaoCaoThamDinh) });
  tieuDe(v, "BÁO CÁO THẨM ĐỊNH", `Hồ sơ đề nghị công nhận “Đơn vị học tập” ${n.capNam}`);
  doan(v, `Kính gửi: ${thuTruongCoQuan(n)}.`, "docCenterText");
  v.cach(8);
  doan(v, `Căn cứ ${n.canCu};`);
  if (tt.qdThanhLap) doan(v, `Căn cứ Quyết định thành lập Hội đồng đánh giá ${tt.qdThanhLap};`);
  doan(v, `Hội đồng đánh giá đã thẩm định hồ sơ đề nghị công nhận “Đơn vị học tập” ${n.capNam}${tt.hinhThuc ? ` (${tt.hinhThuc})` : ""}. Kết quả như sau:`);
  doan(v, "I. TIẾP NHẬN HỒ SƠ", "docTextBold");
  doan(
    v,
    `Tổng số hồ sơ đã nhận: ${tk.soHoSo}${tk.trung ? ` (trong đó ${tk.trung} hồ sơ nộp lại: chỉ xét hồ sơ nhận sau cùng của mỗi đơn vị)` : ""}. Số hồ sơ được xét: ${tk.soDonVi}, của ${tk.soDonVi} đơn vị; nộp đúng hạn: ${tk.dungHan}; nộp muộn: ${tk.nopMuon.length}${tk.nopMuon.length ? ` (${lietKe(tk.nopMuon.map((d) => d.ban.ten))})` : ""}.`,
  );
  if (tk.khacNamCap.length) doan(v, `Hồ sơ không thuộc đợt đánh giá (khác năm hoặc khác cấp, không xét): ${lietKe(tk.khacNamCap.map((d) => `${d.ban.ten} (${d.trangThai.toLocaleLowerCase("vi")})`))}.`);
  // With last year's register known: who asks again, who asks to move up, who asks too early (seed 000 VI.1.4).
  if (so.truoc) {
    const theo = (loai: string) => so.dong.filter((d) => d.tinh && d.lichSu?.loai === loai).map((d) => d.ban.ten);
    const dong = [
      ["den-han-cong-nhan-lai", "đề nghị công nhận lại (hết thời hạn công nhận)"],
      ["du-dieu-kien-nang-muc", "đề nghị công nhận nâng mức độ, đủ thời gian 12 tháng"],
      ["nang-muc-qua-som", "đề nghị nâng mức độ khi chưa đủ 12 tháng kể từ ngày được công nhận"],
      ["dang-bao-luu", "đang trong thời hạn công nhận"],
    ].map(([loai, nhan]) => [nhan, theo(loai)] as const).filter(([, ds]) => ds.length);
    if (dong.length) doan(v, `Đối chiếu với Sổ Hội đồng năm ${so.truoc.nam ?? "trước"}: ${dong.map(([nhan, ds]) => `${nhan}: ${ds.length} (${lietKe(ds)})`).join("; ")}.`);
  }
  doan(v, "II. KẾT QUẢ THẨM ĐỊNH", "docTextBold");
  doan(v, `Hội đồng đã thẩm định ${tk.daThamDinh}/${tk.soDonVi} hồ sơ${tk.chuaThamDinh.length ? `; còn ${tk.chuaThamDinh.length} hồ sơ chưa thẩm định: ${lietKe(tk.chuaThamDinh.map((d) => d.ban.ten))}` : ""}. Kết quả theo loại đơn vị:`);
  bang(v, COT_BANG_KET_QUA, bangKetQuaTheoLoai(n));
  if (tk.khacTuDanhGia.length) {
    doan(v, `Đơn vị có kết quả thẩm định khác kết quả tự đánh giá: ${lietKe(tk.khacTuDanhGia.map((d) => `${d.ban.ten} (tự đánh giá: ${d.ban.tuDanhGia.xepLoai}; Hội đồng: ${d.ketLuanHoiDong})`))}.`);
  }
  doan(v, "III. CÁC ĐƠN VỊ CHƯA ĐỦ ĐIỀU KIỆN CÔNG NHẬN VÀ LÝ DO", "docTextBold");
  if (khongDat.length) {
    bang(
      v,
      [{ tieuDe: "TT", nhip: 2, canGiua: true }, { tieuDe: "Đơn vị", nhip: 6 }, { tieuDe: "Lý do không đạt", nhip: 13 }],
      khongDat.map((k, i) => [String(i + 1), k.dong.ban.ten, [...k.lyDo, yKienHoiDong(k.dong)].filter(Boolean).join("\n")]),
    );
  } else doan(v, "Không có.");
  doan(v, "IV. ĐỀ XUẤT CỦA HỘI ĐỒNG", "docTextBold");
  const soDat = dat.mucDo1.length + dat.mucDo2.length;
  doan(
    v,
    soDat
      ? `Hội đồng đề nghị ${thuTruongCoQuan(n)} trình Chủ tịch ${tenUbnd(n)} xem xét, quyết định công nhận ${soDat} đơn vị đạt “Đơn vị học tập” ${n.capNam} (mức độ 2: ${dat.mucDo2.length} đơn vị; mức độ 1: ${dat.mucDo1.length} đơn vị), danh sách kèm theo Dự thảo Quyết định.`
      : "Không có đơn vị đủ điều kiện đề nghị công nhận.",
  );
  if (tk.chuaThamDinh.length) doan(v, `Còn ${tk.chuaThamDinh.length} hồ sơ chưa thẩm định (${lietKe(tk.chuaThamDinh.map((d) => d.ban.ten))}): đề xuất trên chưa gồm các hồ sơ này.`);
  if (khongDat.length) doan(v, `Đề nghị ${thuTruongCoQuan(n)} có văn bản trả lời ${khongDat.length} đơn vị chưa đủ điều kiện công nhận, nêu rõ lý do không đạt.`);
  if (tt.deXuat) doan(v, tt.deXuat);
  doan(v, "Trên đây là báo cáo thẩm định của Hội đồng đánh giá./.");
  v.cach(10);
  ky(v, CHUC_DANH_CHU_TICH_HOI_DONG, n.chuTich, "Nơi nhận:\n- Như trên;\n- Lưu: HĐĐG.");
  return v.b.spec;
}
