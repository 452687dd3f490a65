/** `dvht chot <sổ.xlsx>` and `dvht kiem-tra <sổ.xlsx>`: lock the data, and verify it later. */
import { THONG_BAO_CHOT, THONG_BAO_KET_QUA_LUU, THONG_BAO_LENH, gioViet } from "../rules";
import { hienGiaTri, moTaKetQuaKhac, moTaTen } from "../template";
import type { KetQuaKiemTra } from "../xlsx/lockCheck";
import { EXIT } from "./exitCodes";
import { LoiNhap, type CliIo } from "./io";

export const HELP_CHOT = `Cách dùng: dvht chot <sổ.xlsx>

Chốt số liệu: ghi vào sổ (sheet “Chốt số liệu”, được khóa) mã băm SHA-256 của mọi ô nhập quyết định kết quả
(thông tin đơn vị kể cả cấp và bộ tiêu chí, số liệu và minh chứng các chỉ tiêu), bộ tiêu chí, phiên bản quy tắc và
thời điểm chốt, cùng giá trị từng ô để về sau biết ô nào đã đổi. Tờ trình / Báo cáo kết quả in ra mang 16 ký tự đầu
của mã và giờ chốt. Chốt lại sẽ thay bản chốt cũ. Mã băm không có khóa: nó chứng minh sổ khớp với chính bảng chốt,
không chứng minh ai đã chốt; Hội đồng đối chiếu với mã ghi trong Sổ Hội đồng khi nhận hồ sơ.

Mã thoát: 0 thành công; 2 sổ hoặc lệnh không hợp lệ.
`;

export const HELP_KIEM_TRA = `Cách dùng: dvht kiem-tra <sổ.xlsx>

Kiểm tra số liệu của sổ so với bản đã chốt (“dvht chot”), và các ô kết quả lưu trong sổ (mức độ chỉ tiêu,
tiêu chí, kết luận, số liệu tổng hợp) so với kết quả bộ quy tắc tính từ số liệu.

Mã thoát: 0 số liệu khớp với bản đã chốt; 3 có ô nhập đã thay đổi (liệt kê ô, giá trị cũ → mới), bảng chốt
đã bị sửa, bị xóa hoặc đổi tên, hoặc có ô kết quả khác kết quả tính lại (liệt kê ô); 4 sổ chưa được chốt;
2 sổ hoặc lệnh không hợp lệ.
`;

function motTep(positionals: string[], lenh: string): string {
  if (positionals.length !== 1) throw new LoiNhap([positionals.length === 0 ? THONG_BAO_LENH.thieuTep("sổ", `dvht ${lenh} <sổ.xlsx>`) : THONG_BAO_LENH.motTepMoiLan("sổ")]);
  if (!/\.xlsx$/i.test(positionals[0])) throw new LoiNhap([THONG_BAO_LENH.canXlsx(positionals[0])]);
  return positionals[0];
}

async function lockModule() {
  const m = await import("../xlsx/lockWorkbook");
  const { LoiSo } = await import("../xlsx/readWorkbook");
  return { ...m, LoiSo };
}

export async function runChot(positionals: string[], io: CliIo): Promise<void> {
  const file = motTep(positionals, "chot");
  const { chotSo, LoiSo } = await lockModule();
  try {
    const ban = await chotSo(file);
    io.out(`Đã chốt số liệu của ${file} lúc ${gioViet(ban.thoiDiem)}: ${ban.giaTri.size} ô nhập, bộ ${ban.boTieuChi} (${ban.phienBan}).\nMã SHA-256: ${ban.maBam}\n`);
  } catch (e) {
    if (e instanceof LoiSo) throw new LoiNhap(e.loi);
    throw e;
  }
}

/** The lock's line(s) and its exit code. */
function baoCaoChot(r: KetQuaKiemTra, file: string, io: CliIo): number {
  if (r.trangThai === "chua-chot") {
    io.out(`Sổ chưa được chốt số liệu (chạy “dvht chot ${file}” để chốt).\n`);
    return EXIT.notLocked;
  }
  if (r.trangThai === "bang-chot-bi-xoa") {
    io.out(`${THONG_BAO_CHOT.biXoa.charAt(0).toUpperCase()}${THONG_BAO_CHOT.biXoa.slice(1)}.\n`);
    return EXIT.changed;
  }
  if (r.trangThai === "bang-chot-bi-sua") {
    io.out(`Bảng “Chốt số liệu” đã bị sửa: ${r.lyDo ?? `mã băm không khớp với các giá trị đã chốt lúc ${gioViet(r.ban?.thoiDiem ?? "")}`}.\n`);
    return EXIT.changed;
  }
  const phienBan = r.ban.phienBan !== r.phienBanHienTai ? ` Lưu ý: chốt theo quy tắc ${r.ban.phienBan}, hiện dùng ${r.phienBanHienTai}.` : "";
  const cachCu = r.ban.cachBam === 1 ? `${THONG_BAO_CHOT.cachCu(file)}\n` : "";
  if (r.trangThai === "khop") {
    io.out(`Số liệu khớp với bản đã chốt lúc ${gioViet(r.ban.thoiDiem)} (mã ${r.ban.maBam.slice(0, 16)}…).${phienBan}\n${cachCu}`);
    return EXIT.ok;
  }
  io.out(`Số liệu đã thay đổi so với bản đã chốt lúc ${gioViet(r.ban.thoiDiem)}: ${r.thayDoi.length} ô.${phienBan}\n`);
  for (const t of r.thayDoi) io.out(`- ${moTaTen(t.ten)} (${t.ten}): ${hienGiaTri(t.cu)} → ${hienGiaTri(t.moi)}\n`);
  io.out(cachCu);
  return EXIT.changed;
}

export async function runKiemTra(positionals: string[], io: CliIo): Promise<number> {
  const file = motTep(positionals, "kiem-tra");
  const { kiemTraSoVaKetQua, LoiSo } = await lockModule();
  let r: Awaited<ReturnType<typeof kiemTraSoVaKetQua>>;
  try {
    r = await kiemTraSoVaKetQua(file);
  } catch (e) {
    if (e instanceof LoiSo) throw new LoiNhap(e.loi);
    throw e;
  }
  const ma = baoCaoChot(r.chot, file, io);
  if (r.loiKetQua) io.out(`${THONG_BAO_KET_QUA_LUU.khongKiemTraDuoc(r.loiKetQua)}\n`);
  if (r.oKetQuaKhac.length === 0) return ma;
  // A stored result that is not what the inputs give is a changed workbook, whatever its lock says.
  io.out(`${THONG_BAO_KET_QUA_LUU.kiemTra(r.oKetQuaKhac.length)}\n`);
  for (const k of r.oKetQuaKhac) io.out(`- ${moTaKetQuaKhac(k)}\n`);
  return EXIT.changed;
}
