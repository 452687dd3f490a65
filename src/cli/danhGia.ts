/** `dvht danh-gia <hoso.json|sổ.xlsx> [--json]`: evaluate a hồ sơ or a template workbook with the engine. */
import { THONG_BAO_LENH, evaluateHoSo, toJsonOutput, type HoSo, type KetQuaDanhGia } from "../rules";
import { ketQuaTheoTen, maChuaCoTrongDanhMuc } from "../template";
import type { SoDaDoc } from "../xlsx/readWorkbook";
import { moTaViTri } from "../template/readInputs";
import { LoiNhap, type CliIo } from "./io";
import { readHoSoJson } from "./readHoSo";
import { renderReport } from "./table";

export const HELP_DANH_GIA = `Cách dùng: dvht danh-gia <hoso.json|sổ.xlsx> [--json]

Đánh giá một hồ sơ “Đơn vị học tập” theo bộ tiêu chí ghi trong hồ sơ (tt24-huyen, tt24-tinh, tt22).

  <hoso.json>   hồ sơ JSON (UTF-8) theo mẫu trong README
  <sổ.xlsx>     sổ Excel mẫu (tạo bằng “dvht tao-mau”): số liệu được đọc qua các tên đã định nghĩa
                (DV_LOAI, CT_2_1_SODAT, …); ô kết quả nào trong sổ khác với bộ quy tắc sẽ được cảnh báo
  --json        in kết quả dạng JSON (máy đọc) thay cho bảng
  -h, --help    hiện hướng dẫn này

Mã thoát: 0 thành công; 2 dữ liệu hoặc lệnh không hợp lệ (mỗi lỗi một dòng trên stderr).
`;

async function docHoSoHoacSo(file: string): Promise<{ hoSo: HoSo; so?: SoDaDoc }> {
  // .xls goes to the workbook reader too, which says it is the old format (not "not JSON").
  if (!/\.(xlsx|xlsm|xls)$/i.test(file)) return { hoSo: readHoSoJson(file) };
  // ExcelJS is loaded only for workbooks, so checking a JSON file starts fast.
  const { LoiSo, docSo } = await import("../xlsx/readWorkbook");
  try {
    const so = await docSo(file);
    return { hoSo: so.hoSo, so };
  } catch (e) {
    if (e instanceof LoiSo) throw new LoiNhap(e.loi);
    throw e;
  }
}

/** Stored results that differ from the engine's: one warning line each (stderr, exit code unchanged). */
function canhBaoKhacNhau(so: SoDaDoc, ketQua: KetQuaDanhGia): string[] {
  const dung = ketQuaTheoTen(ketQua);
  const lines: string[] = [];
  for (const [ten, luu] of so.ketQuaLuu) {
    if (luu === null) continue; // never calculated: nothing stored to compare
    const engine = dung.get(ten);
    const text = typeof luu === "object" ? `lỗi ${luu.loi}` : String(luu);
    if (engine !== undefined && text !== String(engine)) {
      lines.push(`Cảnh báo: ${moTaViTri(ten, so.viTri.get(ten))} ghi “${text}”, bộ quy tắc cho “${engine}”`);
    }
  }
  return lines;
}

export async function runDanhGia(positionals: string[], options: { json?: boolean }, io: CliIo): Promise<void> {
  if (positionals.length !== 1) {
    throw new LoiNhap([positionals.length === 0 ? THONG_BAO_LENH.thieuTep("hồ sơ", "dvht danh-gia <hoso.json|sổ.xlsx>") : THONG_BAO_LENH.motTepMoiLan("hồ sơ")]);
  }
  const { hoSo, so } = await docHoSoHoacSo(positionals[0]);
  const ketQua = evaluateHoSo(hoSo);
  io.out(options.json ? JSON.stringify(toJsonOutput(ketQua), null, 2) + "\n" : renderReport(hoSo, ketQua));
  if (so) {
    for (const line of canhBaoKhacNhau(so, ketQua)) io.err(`${line}\n`);
    for (const { id, ma } of maChuaCoTrongDanhMuc(hoSo, so.danhMucMinhChung)) {
      io.err(`Cảnh báo: mã minh chứng “${ma}” (chỉ tiêu ${id}) chưa có trong Danh mục minh chứng\n`);
    }
  }
}
