/** `dvht danh-gia <hoso.json> [--json]`: evaluate a hồ sơ with the engine. */
import { evaluateHoSo, toJsonOutput } from "../rules";
import { LoiNhap, type CliIo } from "./io";
import { readHoSoJson } from "./readHoSo";
import { renderReport } from "./table";

export const HELP_DANH_GIA = `Cách dùng: dvht danh-gia <hoso.json> [--json]

Đánh giá một hồ sơ “Đơn vị học tập” theo bộ tiêu chí ghi trong hồ sơ (tt24-huyen, tt24-tinh).

  <hoso.json>   hồ sơ JSON (UTF-8) theo mẫu trong README
  --json        in kết quả dạng JSON (máy đọc) thay cho bảng
  -h, --help    hiện hướng dẫn này

Mã thoát: 0 thành công; 2 dữ liệu hoặc lệnh không hợp lệ (mỗi lỗi một dòng trên stderr).
`;

export function runDanhGia(positionals: string[], options: { json?: boolean }, io: CliIo): void {
  if (positionals.length !== 1) {
    throw new LoiNhap([positionals.length === 0 ? "thiếu tệp hồ sơ: dvht danh-gia <hoso.json>" : "chỉ nhận một tệp hồ sơ mỗi lần"]);
  }
  const file = positionals[0];
  if (/\.(xlsx|xlsm|xls)$/i.test(file)) {
    throw new LoiNhap([`${file}: chưa hỗ trợ đọc sổ Excel trong phiên bản này; hãy dùng hồ sơ JSON`]);
  }
  const hoSo = readHoSoJson(file);
  const ketQua = evaluateHoSo(hoSo);
  io.out(options.json ? JSON.stringify(toJsonOutput(ketQua), null, 2) + "\n" : renderReport(hoSo, ketQua));
}
