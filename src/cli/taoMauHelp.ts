/** Help text of `dvht tao-mau`, apart from the command so `dvht --help` does not load ExcelJS. */
import { LOAI_DON_VI, RULE_SETS } from "../rules";

export const HELP_TAO_MAU = `Cách dùng:
  dvht tao-mau --bo <tt24-huyen|tt24-tinh> --loai <loại> [--cong-lap] [--nam <năm>] [--ten <tên>] --out <tệp.xlsx>
  dvht tao-mau <hoso.json> --out <tệp.xlsx>

Tạo sổ Excel mẫu “Bảng tổng hợp” (Thông tin, Bảng tổng hợp, Ngưỡng, Hướng dẫn). Mọi ô mức độ là công thức
Excel thông thường: sổ tự tính trong Excel, Excel trên web và LibreOffice, không cần add-in.

  --bo        bộ tiêu chí: ${Object.keys(RULE_SETS).join(", ")}
  --loai      loại đơn vị: ${LOAI_DON_VI.join(", ")}
  --cong-lap  đơn vị công lập (bỏ qua nếu ngoài công lập)
  --nam       năm đánh giá, ví dụ 2025
  --ten       tên đơn vị
  --out       tệp .xlsx sẽ ghi (ghi đè nếu đã có)
  <hoso.json> hồ sơ JSON: sổ được điền sẵn số liệu của hồ sơ
  -h, --help  hướng dẫn này

Mã thoát: 0 thành công; 2 dữ liệu hoặc lệnh không hợp lệ.
`;
