/** `dvht kiem-tra <sổ.xlsx> --so-hoi-dong <sổ hội đồng.xlsx>`: the unit's file against what the council received. */
import { gioViet, ngayChu, ngayTuIso } from "../rules";
import { hienGiaTri, moTaKetQuaKhac, moTaTen } from "../template";
import { EXIT } from "./exitCodes";
import { LoiNhap, type CliIo } from "./io";

export async function runKiemTraSoHoiDong(file: string, soHoiDong: string, io: CliIo): Promise<number> {
  if (!/\.xlsx$/i.test(soHoiDong)) throw new LoiNhap([`--so-hoi-dong: tệp "${soHoiDong}" phải có đuôi .xlsx`]);
  const { doiChieuSoHoiDong } = await import("../xlsx/register");
  const { LoiSo } = await import("../xlsx/openWorkbook");
  let r: Awaited<ReturnType<typeof doiChieuSoHoiDong>>;
  try {
    r = await doiChieuSoHoiDong(file, soHoiDong);
  } catch (e) {
    if (e instanceof LoiSo) throw new LoiNhap(e.loi);
    throw e;
  }
  if (r.trangThai === "khong-co") {
    io.out(`Sổ Hội đồng ${soHoiDong} chưa nhận hồ sơ nào của đơn vị này (cùng tệp, hoặc cùng tên và loại đơn vị).\n`);
    return EXIT.notReceived;
  }
  const nhan = ngayTuIso(r.ban.ngayNhan);
  const ve = `hồ sơ ${r.ban.ma} Hội đồng nhận ngày ${nhan ? ngayChu(nhan) : r.ban.ngayNhan}`;
  if (r.trangThai === "khop") {
    io.out(`Sổ khớp với ${ve} (niêm phong ${r.ban.vanTay.slice(0, 16)}…${r.ban.chot.thoiDiem ? `, chốt lúc ${gioViet(r.ban.chot.thoiDiem)}` : ""}).\n`);
    return EXIT.ok;
  }
  if (r.lyDo) {
    io.out(`Sổ đã thay đổi so với ${ve}: nay không đọc được như khi nhận (${r.lyDo}).\n`);
    return EXIT.changed;
  }
  const khac = r.ketQuaKhac ?? [];
  io.out(`Sổ đã thay đổi so với ${ve}: ${r.thayDoi.length} ô nhập${khac.length ? `, ${khac.length} ô kết quả ghi đè` : ""}.\n`);
  for (const t of r.thayDoi) io.out(`- ${moTaTen(t.ten)} (${t.ten}): ${hienGiaTri(t.cu)} → ${hienGiaTri(t.moi)}\n`);
  for (const k of khac) io.out(`- ${moTaKetQuaKhac(k)}\n`);
  return EXIT.changed;
}
