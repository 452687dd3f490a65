/** `dvht danh-gia <hoso.json|sổ.xlsx> [--json]`: evaluate a hồ sơ or a template workbook with the engine. */
import { THONG_BAO_LENH, evaluateHoSo, toJsonOutput, type HoSo } from "../rules";
import { maChuaCoTrongDanhMuc, moTaKetQuaKhac } from "../template";
import type { SoDaDoc } from "../xlsx/readWorkbook";
import { LoiNhap, type CliIo } from "./io";
import { readHoSoJson } from "./readHoSo";
import { renderReport } from "./table";

export const HELP_DANH_GIA = `Cách dùng: dvht danh-gia <hoso.json|sổ.xlsx> [--json]
       dvht danh-gia <hoso.json> [--thanh-vien <ds.csv|.xlsx>] [--nguoi-hoc <ds.csv|.xlsx>] [--json]

Đánh giá một hồ sơ “Đơn vị học tập” theo bộ tiêu chí ghi trong hồ sơ (tt24-huyen, tt24-tinh, tt22).

  <hoso.json>   hồ sơ JSON (UTF-8) theo mẫu trong README
  <sổ.xlsx>     sổ Excel mẫu (tạo bằng “dvht tao-mau”): số liệu được đọc qua các tên đã định nghĩa
                (DV_LOAI, CT_2_1_SODAT, …); kết quả luôn do bộ quy tắc tính từ số liệu: ô kết quả nào
                trong sổ khác với kết quả đó được cảnh báo (stderr) và liệt kê trong khóa “oKetQuaKhac” của --json
  --json        in kết quả dạng JSON (máy đọc) thay cho bảng
  --thanh-vien  danh sách thành viên (như “dvht tao-mau --help”): số đạt / tổng số của các chỉ tiêu có cột được
                đếm từ danh sách; cột không dùng và các chỉ tiêu lấy từ danh sách được ghi ra stderr (Ghi chú)
  --nguoi-hoc   danh sách người học (chỉ tiêu 3.1 của cơ sở giáo dục)
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

export async function runDanhGia(positionals: string[], options: { json?: boolean; thanhVien?: string; nguoiHoc?: string }, io: CliIo): Promise<void> {
  if (positionals.length !== 1) {
    throw new LoiNhap([positionals.length === 0 ? THONG_BAO_LENH.thieuTep("hồ sơ", "dvht danh-gia <hoso.json|sổ.xlsx>") : THONG_BAO_LENH.motTepMoiLan("hồ sơ")]);
  }
  const coDanhSach = Boolean(options.thanhVien || options.nguoiHoc);
  if (coDanhSach && /\.(xlsx|xlsm|xls)$/i.test(positionals[0])) {
    throw new LoiNhap(["--thanh-vien/--nguoi-hoc chỉ dùng với hồ sơ JSON; với sổ Excel, hãy tạo sổ bằng “dvht tao-mau <hoso.json> --thanh-vien …” hoặc nhập danh sách bằng add-in"]);
  }
  const doc = await docHoSoHoacSo(positionals[0]);
  let hoSo = doc.hoSo;
  const so = doc.so;
  let ghiChu: string[] = [];
  let canhBao: string[] = [];
  if (coDanhSach) {
    // Loaded on demand: an .xlsx roster needs ExcelJS.
    const r = await (await import("./rosters")).apDungDanhSach(hoSo, { thanhVien: options.thanhVien, nguoiHoc: options.nguoiHoc });
    ({ hoSo, ghiChu, canhBao } = r);
  }
  const ketQua = evaluateHoSo(hoSo);
  // A workbook's stored results that are not what its inputs give. Always present ([] for a hồ sơ JSON, which stores
  // none), so a file and its workbook still give the same answer (SPEC §3).
  const json = { ...toJsonOutput(ketQua), oKetQuaKhac: so?.oKetQuaKhac ?? [] };
  io.out(options.json ? JSON.stringify(json, null, 2) + "\n" : renderReport(hoSo, ketQua));
  for (const c of ghiChu) io.err(`Ghi chú: ${c}\n`);
  for (const c of canhBao) io.err(`Cảnh báo: ${c}\n`);
  if (so) {
    for (const k of so.oKetQuaKhac) io.err(`Cảnh báo: ${moTaKetQuaKhac(k)}\n`);
    for (const { id, ma } of maChuaCoTrongDanhMuc(hoSo, so.danhMucMinhChung)) {
      io.err(`Cảnh báo: mã minh chứng “${ma}” (chỉ tiêu ${id}) chưa có trong Danh mục minh chứng\n`);
    }
  }
}
