/** `dvht in <sổ.xlsx> --pdf <hồ sơ.pdf>`: the hồ sơ printed through LibreOffice, in the order of seed 000. */
import { EXIT } from "./exitCodes";
import { LoiNhap, type CliIo } from "./io";

export const HELP_IN = `Cách dùng: dvht in <sổ.xlsx> --pdf <hồ-sơ.pdf>

In hồ sơ ra PDF qua LibreOffice, các văn bản theo thứ tự đóng quyển: (1) Trang bìa; (2) Tờ trình; (3) Danh sách
và chữ ký thành viên Hội đồng tự đánh giá; (4) Bản tổng hợp kết quả tự đánh giá; (5) Danh mục chữ viết tắt;
(6) Biên bản tự đánh giá; (7) Báo cáo tự đánh giá; (8) Danh mục các minh chứng. Sổ gốc không bị thay đổi.
Cần LibreOffice (lệnh soffice).

Mã thoát: 0 thành công; 1 thiếu LibreOffice hoặc LibreOffice không in được; 2 sổ hoặc lệnh không hợp lệ.
`;

export async function runIn(positionals: string[], o: { pdf?: string }, io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw new LoiNhap([positionals.length === 0 ? "thiếu tệp sổ: dvht in <sổ.xlsx> --pdf <tệp.pdf>" : "chỉ nhận một tệp sổ mỗi lần"]);
  if (!o.pdf) throw new LoiNhap(["--pdf: thiếu tệp PDF kết quả"]);
  if (!/\.pdf$/i.test(o.pdf)) throw new LoiNhap([`--pdf: tệp "${o.pdf}" phải có đuôi .pdf`]);
  const { inHoSo, ThieuLibreOffice } = await import("../xlsx/printDossier");
  const { LoiSo } = await import("../xlsx/readWorkbook");
  try {
    const docs = await inHoSo(positionals[0], o.pdf);
    io.out(`Đã in ${o.pdf}: ${docs.join("; ")}.\n`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof LoiSo) throw new LoiNhap(e.loi);
    if (e instanceof ThieuLibreOffice) {
      io.err(`${e.message}\n`);
      return EXIT.internal;
    }
    throw e;
  }
}
