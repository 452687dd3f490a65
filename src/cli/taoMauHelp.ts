/** Help text of `dvht tao-mau`, apart from the command so `dvht --help` does not load ExcelJS. */
import { LOAI_DON_VI, RULE_SETS, loaiCuaBo } from "../rules";

export const HELP_TAO_MAU = `Cách dùng:
  dvht tao-mau --bo <tt24-huyen|tt24-tinh|tt22> --loai <loại> [--cong-lap] [--nam <năm>] [--ten <tên>] --out <tệp.xlsx>
  dvht tao-mau <hoso.json> [--thanh-vien <ds.csv|.xlsx>] [--nguoi-hoc <ds.csv|.xlsx>] --out <tệp.xlsx>

Tạo sổ Excel mẫu “Bảng tổng hợp” (Thông tin, Bảng tổng hợp, Ngưỡng, Hướng dẫn). Mọi ô mức độ là công thức
Excel thông thường: sổ tự tính trong Excel, Excel trên web và LibreOffice, không cần add-in.

  --bo        bộ tiêu chí: ${Object.keys(RULE_SETS).join(", ")}
  --loai      loại đơn vị: ${LOAI_DON_VI.join(", ")}
${Object.values(RULE_SETS).map((r) => `              ${r.id}: ${loaiCuaBo(r).join(", ")}`).join("\n")}
  --cong-lap  đơn vị công lập (bỏ qua nếu ngoài công lập)
  --nam       năm đánh giá, ví dụ 2025
  --ten       tên đơn vị
  --out       tệp .xlsx sẽ ghi (ghi đè nếu đã có)
  <hoso.json> hồ sơ JSON: sổ được điền sẵn số liệu của hồ sơ
  --thanh-vien  danh sách thành viên: .xlsx, hoặc CSV/văn bản (UTF-8, UTF-16 hay Windows-1258 như Excel lưu
              “CSV (Comma delimited)”; phân cách bằng dấu phẩy, chấm phẩy hoặc tab — tự nhận ra). Dòng tiêu đề
              nằm trong 10 dòng đầu (tên bảng phía trên được bỏ qua):
              STT, Họ và tên, Chức vụ, Kỷ luật lao động, Hoàn thành bồi dưỡng, Chuyển đổi số, Ngoại ngữ,
              Lao động tiên tiến, Công dân học tập (Có/Không; cũng nhận x, ✓, 1, 0, có, không, yes, no;
              tiêu đề viết tắt như “Kỷ luật LĐ”, “CDHT” được nhận; cột chỉ đánh dấu x/✓ thì ô trống là Không).
              Cột không dùng đến và các chỉ tiêu lấy từ danh sách được liệt kê sau khi tạo sổ.
              Số đạt / tổng số của các chỉ tiêu có cột sẽ là công thức đếm trên sheet “Thành viên”.
  --nguoi-hoc   danh sách người học: STT, Họ và tên, Lớp, Công dân học tập (chỉ tiêu 3.1 của cơ sở giáo dục)
  -h, --help  hướng dẫn này

Mã thoát: 0 thành công; 2 dữ liệu hoặc lệnh không hợp lệ.
`;
