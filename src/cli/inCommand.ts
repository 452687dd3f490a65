/** `dvht in <sổ.xlsx> --pdf <hồ sơ.pdf>`: the hồ sơ printed through LibreOffice, in the order of seed 000. */
import { THONG_BAO_LENH } from "../rules";
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
  if (positionals.length !== 1) throw new LoiNhap([positionals.length === 0 ? THONG_BAO_LENH.thieuTep("sổ", "dvht in <sổ.xlsx> --pdf <tệp.pdf>") : THONG_BAO_LENH.motTepMoiLan("sổ")]);
  if (!o.pdf) throw new LoiNhap([THONG_BAO_LENH.thieuTuyChon("--pdf", "tệp PDF kết quả")]);
  if (!/\.pdf$/i.test(o.pdf)) throw new LoiNhap([THONG_BAO_LENH.duoiTep("--pdf", o.pdf, ".pdf")]);
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
