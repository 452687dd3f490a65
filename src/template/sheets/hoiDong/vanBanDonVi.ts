/**
 * The council's documents about one unit: the Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu do Hội đồng thẩm
 * định (seed 000 VI.1.2.đ, sent to the UBND for each unit) and, for a unit found short, the Phòng/Sở's Văn bản trả lời
 * “nêu rõ lý do không đạt” (VI.1.2.d). One sheet each, named by the receipt's number, so each prints with its own
 * page numbers.
 */
import { RULE_SETS, TEN_LOAI_DON_VI, XEP_LOAI, giuKetQua, ngayChu, ngayTuIso, yKienHoiDong, type KetQuaDonViThamDinh } from "../../../rules";
import type { SheetSpec } from "../../model";
import { bang, dau, diaDanhNgay, doan, ky, soKyHieu, tieuDe, vanBanHoiDong } from "./khungHoiDong";
import { CHUC_DANH_CHU_TICH_HOI_DONG, chucDanhThuTruong, dauCoQuan, dauHoiDong, tenCoQuan, type NguCanh } from "./nguCanh";

const KHAC = "Khác tự đánh giá";
/** “Mức độ 1 (xếp loại Khá)” → “mức độ 1 (xếp loại Khá)”: only the level's word is lowered. */
const mucThuong = (muc: string) => muc.replace(/^Mức/, "mức");

function ketLuan(k: KetQuaDonViThamDinh): string {
  if (k.dat) return `đạt “Đơn vị học tập” ${mucThuong(k.mucCongNhan)}`;
  if (k.giuCongNhan) return `đạt ${mucThuong(k.mucCongNhan)}; không công nhận trong đợt này. ${giuKetQua(k.giuCongNhan)}`.replace(/\.$/, "");
  return `${XEP_LOAI["khong-dat"].toLocaleLowerCase("vi")}, chưa đủ điều kiện công nhận`;
}

export const tenSheetBanTongHop = (ma: string) => `BTH ${ma}`;
export const tenSheetTraLoi = (ma: string) => `Trả lời ${ma}`;
export const LA_SHEET_DON_VI = /^(BTH|Trả lời) HS-\d+$/;

/** Bản tổng hợp do Hội đồng thẩm định: the unit's and the council's level, indicator by indicator, criterion by criterion. */
export function sheetBanTongHopThamDinh(n: NguCanh, k: KetQuaDonViThamDinh): SheetSpec {
  const { ban, hoiDong, thamDinh } = k.dong;
  const rs = RULE_SETS[ban.boTieuChi];
  const v = vanBanHoiDong(tenSheetBanTongHop(ban.ma));
  dau(v, { ...dauHoiDong(n), so: "", ngay: diaDanhNgay(n.tt, n.tt.ngayBaoCaoThamDinh) });
  tieuDe(v, "BẢN TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU", `Hồ sơ đề nghị công nhận “Đơn vị học tập” ${n.capNam} của ${ban.ten}`, "(do Hội đồng đánh giá thẩm định)");
  doan(v, `Loại đơn vị: ${TEN_LOAI_DON_VI[ban.loai]}. Mã hồ sơ ${ban.ma}, nhận ngày ${ngayChu(ngayTuIso(ban.ngayNhan)!)}.`);
  const dong: string[][] = [];
  const tieuDeDong: number[] = [];
  const cuaHoiDong = new Map((hoiDong?.chiTieu ?? []).map((c) => [c.id, c]));
  const cuaDonVi = new Map(ban.chiTieu.map((c) => [c.id, c]));
  for (const tc of rs.tieuChi) {
    tieuDeDong.push(dong.length);
    const tcDv = ban.tieuChi[tc.id]?.xepLoai ?? "";
    const tcHd = hoiDong?.tieuChi[tc.id]?.xepLoai;
    dong.push([`Tiêu chí ${tc.id}`, tc.ten, tcDv, tcHd ?? "—", tcHd && tcHd !== tcDv ? KHAC : ""]);
    for (const def of rs.chiTieu.filter((c) => c.tieuChi === tc.id)) {
      const dv = cuaDonVi.get(def.id);
      const hd = cuaHoiDong.get(def.id);
      const khac = hd?.khacBiet ? KHAC : "";
      dong.push([def.id, def.noiDungNgan, dv?.xepLoai ?? "", hd ? hd.xepLoai : "—", khac]);
    }
  }
  const cot = [
    { tieuDe: "TT", nhip: 2, canGiua: true },
    { tieuDe: "Tiêu chí, chỉ tiêu", nhip: 8 },
    { tieuDe: "Đơn vị tự đánh giá", nhip: 4, canGiua: true },
    { tieuDe: "Hội đồng thẩm định", nhip: 4, canGiua: true },
    { tieuDe: "Ghi chú", nhip: 3 },
  ];
  // By points the council gives a class for the whole (sheet “Thẩm định”), not a level per indicator.
  if (rs.chamDiem) dong.forEach((d) => (d[3] = "—"));
  dong.push(["", "Kết luận", ban.tuDanhGia.xepLoai, k.dong.ketLuanHoiDong, k.dong.ketLuanHoiDong !== ban.tuDanhGia.xepLoai ? KHAC : ""]);
  tieuDeDong.push(dong.length - 1);
  // The table's header repeats on every page it runs over.
  v.b.spec.print = { ...v.b.spec.print, titleRows: `${v.row}:${v.row}` };
  bang(v, cot, dong, (i) => tieuDeDong.includes(i));
  doan(v, `Kết quả tự đánh giá của đơn vị: ${ban.tuDanhGia.xepLoai}${ban.tuDanhGia.tongDiem !== undefined ? ` (${ban.tuDanhGia.tongDiem} điểm)` : ""}.`);
  doan(v, `Kết luận của Hội đồng: ${ketLuan(k)}.`, "docTextBold");
  if (yKienHoiDong(k.dong)) doan(v, yKienHoiDong(k.dong));
  if (k.dong.lichSu) doan(v, `Lịch sử công nhận: ${k.dong.lichSu.chu.replace(/\.?$/, ".")}`);
  if (thamDinh?.nguoi || thamDinh?.ngay) doan(v, `Người thẩm định: ${thamDinh.nguoi || "……"}; ngày thẩm định: ${thamDinh.ngay || "……"}.`, "docTextItalic");
  v.cach(10);
  ky(v, CHUC_DANH_CHU_TICH_HOI_DONG, n.chuTich, "");
  return v.b.spec;
}

/** The Văn bản trả lời to a unit the council found short: every reason, the council's note, what the unit may do next. */
export function sheetTraLoi(n: NguCanh, k: KetQuaDonViThamDinh): SheetSpec {
  const { ban } = k.dong;
  const v = vanBanHoiDong(tenSheetTraLoi(ban.ma));
  const trichYeu = `V/v kết quả thẩm định hồ sơ đề nghị công nhận “Đơn vị học tập” ${n.capNam}`;
  dau(v, { ...dauCoQuan(n), so: soKyHieu(undefined, "", n.tt.kyHieu), ngay: diaDanhNgay(n.tt, n.tt.ngayTraLoi), trichYeu });
  doan(v, `Kính gửi: ${ban.ten}.`, "docCenterText");
  v.cach(8);
  doan(
    v,
    `${tenCoQuan(n)} đã nhận hồ sơ đề nghị đánh giá, công nhận “Đơn vị học tập” ${n.capNam} của ${ban.ten} (mã hồ sơ ${ban.ma}, nhận ngày ${ngayChu(ngayTuIso(ban.ngayNhan)!)}; đơn vị tự đánh giá: ${ban.tuDanhGia.xepLoai}).`,
  );
  doan(
    v,
    `Căn cứ ${n.canCu}; căn cứ kết quả thẩm định của Hội đồng đánh giá${n.tt.ngayBaoCaoThamDinh ? ` (Báo cáo thẩm định ngày ${n.tt.ngayBaoCaoThamDinh})` : ""}, ${tenCoQuan(n)} thông báo: hồ sơ của đơn vị chưa đáp ứng đủ điều kiện công nhận “Đơn vị học tập” ${n.capNam}${k.giuCongNhan ? " ở mức đơn vị đề nghị" : ""}. Lý do:`,
  );
  bang(v, [{ tieuDe: "TT", nhip: 2, canGiua: true }, { tieuDe: "Lý do không đạt", nhip: 19 }], k.lyDo.map((l, i) => [String(i + 1), l]));
  if (yKienHoiDong(k.dong)) doan(v, `${yKienHoiDong(k.dong)}.`.replace(/\.\.$/, "."));
  if (k.giuCongNhan) doan(v, giuKetQua(k.giuCongNhan));
  else doan(v, `Đề nghị ${ban.ten} rà soát, khắc phục các nội dung chưa đạt nêu trên để tự đánh giá và đề nghị công nhận trong năm tiếp theo theo quy định.`);
  doan(v, `${tenCoQuan(n)} thông báo để đơn vị biết và thực hiện./.`);
  v.cach(10);
  ky(v, chucDanhThuTruong(n), n.tt.thuTruong, "Nơi nhận:\n- Như trên;\n- Hội đồng đánh giá;\n- Lưu: VT.");
  return v.b.spec;
}
