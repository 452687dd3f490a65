/** `dvht tong-hop <tệp|thư mục…> --out tong-hop.xlsx`: one list of many units' results for a council. */
import { THONG_BAO_LENH, homNayLocal, type NgayThang } from "../rules";
import { LoiNhap, type CliIo } from "./io";

export const HELP_TONG_HOP = `Cách dùng: dvht tong-hop <sổ.xlsx|thư mục>… --out <tong-hop.xlsx> [--ngay YYYY-MM-DD]

Đọc nhiều sổ của các đơn vị (thư mục được duyệt cả thư mục con) và ghi một danh sách: đơn vị, loại, cấp, năm,
mức tự đánh giá, mức Hội đồng đánh giá, từng tiêu chí, số chỉ tiêu, tình trạng chốt số liệu, hạn nộp hồ sơ
(theo hạn của bộ tiêu chí của đơn vị), thời hạn bảo lưu công nhận, thời điểm được đề nghị nâng mức độ 2; tổng theo mức; có lọc.
Tệp không đọc được được liệt kê kèm lý do và không làm dừng việc tổng hợp.

  --out     tệp .xlsx kết quả
  --ngay    ngày dùng để xét hạn nộp (mặc định: hôm nay)

Mã thoát: 0 thành công; 2 lệnh không hợp lệ hoặc không có tệp nào.
`;

function docNgay(text: string | undefined): NgayThang {
  if (text === undefined) return homNayLocal();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new LoiNhap([THONG_BAO_LENH.ngaySai("--ngay", text)]);
  return { nam: Number(m[1]), thang: Number(m[2]), ngay: Number(m[3]) };
}

export async function runTongHop(positionals: string[], o: { out?: string; ngay?: string }, io: CliIo): Promise<void> {
  if (!o.out) throw new LoiNhap([THONG_BAO_LENH.thieuTuyChon("--out", "tệp kết quả (ví dụ --out tong-hop.xlsx)")]);
  if (!/\.xlsx$/i.test(o.out)) throw new LoiNhap([THONG_BAO_LENH.duoiTep("--out", o.out, ".xlsx")]);
  if (positionals.length === 0) throw new LoiNhap([THONG_BAO_LENH.thieuNguonTongHop]);
  const homNay = docNgay(o.ngay);
  const { timTep, docNhieuSo, ghiTongHop } = await import("../xlsx/consolidate");
  const { tep, loi } = timTep(positionals, o.out);
  if (tep.length === 0) throw new LoiNhap([THONG_BAO_LENH.khongCoSoTongHop, ...loi.map((l) => `${l.tep}: ${l.lyDo}`)]);
  const thanhTienDo = process.stderr.isTTY && tep.length > 20;
  const ketQua = await docNhieuSo(tep, homNay, (xong, tong) => {
    if (!thanhTienDo) return;
    const w = 30;
    const filled = Math.round((xong / tong) * w);
    process.stderr.write(`\rĐang đọc [${"█".repeat(filled)}${"·".repeat(w - filled)}] ${xong}/${tong}`);
    if (xong === tong) process.stderr.write("\n");
  });
  const { soDonVi, soLoi } = await ghiTongHop([...ketQua, ...loi], o.out);
  io.out(`Đã tổng hợp ${soDonVi} đơn vị vào ${o.out}${soLoi ? `; ${soLoi} tệp không đọc được (sheet “Không đọc được”)` : ""}.\n`);
}
