/** `dvht chot <sổ.xlsx>` and `dvht kiem-tra <sổ.xlsx>`: lock the data, and verify it later. */
import { THONG_BAO_LENH, gioViet } from "../rules";
import { hienGiaTri, moTaTen } from "../template";
import { EXIT } from "./exitCodes";
import { LoiNhap, type CliIo } from "./io";

export const HELP_CHOT = `Cách dùng: dvht chot <sổ.xlsx>

Chốt số liệu: ghi vào sổ (sheet “Chốt số liệu”, được khóa) mã băm SHA-256 của mọi ô nhập của đơn vị,
bộ tiêu chí và phiên bản quy tắc, thời điểm chốt (giờ Việt Nam), cùng giá trị từng ô để về sau biết ô nào đã đổi.
Chốt lại sẽ thay bản chốt cũ.

Mã thoát: 0 thành công; 2 sổ hoặc lệnh không hợp lệ.
`;

export const HELP_KIEM_TRA = `Cách dùng: dvht kiem-tra <sổ.xlsx>

Kiểm tra số liệu của sổ so với bản đã chốt (“dvht chot”).

Mã thoát: 0 số liệu khớp với bản đã chốt; 3 có ô nhập đã thay đổi (liệt kê ô, giá trị cũ → mới) hoặc
bảng chốt đã bị sửa; 4 sổ chưa được chốt; 2 sổ hoặc lệnh không hợp lệ.
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

export async function runKiemTra(positionals: string[], io: CliIo): Promise<number> {
  const file = motTep(positionals, "kiem-tra");
  const { kiemTraSo, LoiSo } = await lockModule();
  let r: Awaited<ReturnType<typeof kiemTraSo>>;
  try {
    r = await kiemTraSo(file);
  } catch (e) {
    if (e instanceof LoiSo) throw new LoiNhap(e.loi);
    throw e;
  }
  if (r.trangThai === "chua-chot") {
    io.out(`Sổ chưa được chốt số liệu (chạy “dvht chot ${file}” để chốt).\n`);
    return EXIT.notLocked;
  }
  if (r.trangThai === "bang-chot-bi-sua") {
    io.out(`Bảng “Chốt số liệu” đã bị sửa: ${r.lyDo ?? `mã băm không khớp với các giá trị đã chốt lúc ${gioViet(r.ban.thoiDiem)}`}.\n`);
    return EXIT.changed;
  }
  const phienBan = r.ban.phienBan !== r.phienBanHienTai ? ` Lưu ý: chốt theo quy tắc ${r.ban.phienBan}, hiện dùng ${r.phienBanHienTai}.` : "";
  if (r.trangThai === "khop") {
    io.out(`Số liệu khớp với bản đã chốt lúc ${gioViet(r.ban.thoiDiem)} (mã ${r.ban.maBam.slice(0, 16)}…).${phienBan}\n`);
    return EXIT.ok;
  }
  io.out(`Số liệu đã thay đổi so với bản đã chốt lúc ${gioViet(r.ban.thoiDiem)}: ${r.thayDoi.length} ô.${phienBan}\n`);
  for (const t of r.thayDoi) io.out(`- ${moTaTen(t.ten)} (${t.ten}): ${hienGiaTri(t.cu)} → ${hienGiaTri(t.moi)}\n`);
  return EXIT.changed;
}
