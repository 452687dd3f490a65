/** `dvht in <sổ.xlsx> --pdf <hồ sơ.pdf>`: the hồ sơ printed through LibreOffice, in the order of seed 000. */
import { THONG_BAO_LENH } from "../rules";
import { EXIT } from "./exitCodes";
import { LoiNhap, type CliIo } from "./io";

export const HELP_IN = `Cách dùng: dvht in <sổ.xlsx> --pdf <hồ-sơ.pdf> [--phieu]
       dvht in <sổ hội đồng.xlsx> --pdf <văn-bản.pdf> [--don-vi "<tên đơn vị hoặc mã hồ sơ>"]

In hồ sơ ra PDF qua LibreOffice, các văn bản theo thứ tự đóng quyển (mục VI.3.b): (1) Trang bìa; (2) Tờ trình
đề nghị công nhận ở mức đơn vị tự đánh giá đạt — hoặc, khi đơn vị tự đánh giá “Không đạt”, Báo cáo kết quả tự
đánh giá (mẫu M8) nêu các chỉ tiêu chưa đạt và lý do; (3) Danh sách và chữ ký thành viên Hội đồng tự đánh giá;
(4) Bản tổng hợp kết quả tự đánh giá; (5) Danh mục chữ viết tắt (khi đơn vị có liệt kê); (6) Biên bản tự đánh giá;
(7) Báo cáo tự đánh giá; (8) Danh mục các minh chứng. Kết quả do bộ quy tắc tính lại từ số liệu, không lấy từ ô
kết quả lưu trong sổ: sổ có ô kết quả khác kết quả tính lại (ô bị ghi đè) thì không in (mã thoát 2, stderr nêu các ô).
Tờ trình / Báo cáo kết quả in mã chốt số liệu (16 ký tự đầu) và giờ chốt khi sổ đã chốt (“dvht chot”).
Khi còn chỉ tiêu “Chưa đủ dữ liệu”, mọi trang có chữ “DỰ THẢO” và stderr nêu các chỉ tiêu
còn thiếu. Sổ gốc không bị thay đổi. Cần LibreOffice (lệnh soffice).

  --phieu   in thêm Phiếu đánh giá chỉ tiêu (mẫu M1) và tiêu chí (mẫu M2)

Với Sổ Hội đồng (tạo bởi “dvht tong-hop --out”), in các văn bản của Hội đồng theo thứ tự: Danh sách Hội đồng
đánh giá; Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu do Hội đồng thẩm định của từng đơn vị đã thẩm định;
Báo cáo thẩm định; Văn bản trả lời từng đơn vị không đạt (nêu rõ lý do); Tờ trình đề nghị công nhận gửi Chủ tịch
UBND; Dự thảo Quyết định công nhận và Danh sách đơn vị đạt mức độ 2, mức độ 1 (theo kết luận của Hội đồng); Báo cáo
kết quả đánh giá, công nhận (so sánh với năm trước khi sổ có dữ liệu năm trước). Văn bản lấy theo những gì đang ghi
trong sổ (sheet “Thẩm định”, “Tổng hợp”, “Hội đồng đánh giá”, “Thông tin văn bản”); sổ không bị thay đổi.
  --don-vi  chỉ in Bản tổng hợp và (khi không đạt) Văn bản trả lời của một đơn vị (tên hoặc mã hồ sơ HS-…)

Mã thoát: 0 thành công (kể cả bản dự thảo); 1 thiếu LibreOffice hoặc LibreOffice không in được; 2 sổ hoặc lệnh
không hợp lệ, hoặc sổ có ô kết quả khác kết quả tính lại.
`;

export async function runIn(positionals: string[], o: { pdf?: string; phieu?: boolean; donVi?: string }, io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw new LoiNhap([positionals.length === 0 ? THONG_BAO_LENH.thieuTep("sổ", "dvht in <sổ.xlsx> --pdf <tệp.pdf>") : THONG_BAO_LENH.motTepMoiLan("sổ")]);
  if (!o.pdf) throw new LoiNhap([THONG_BAO_LENH.thieuTuyChon("--pdf", "tệp PDF kết quả")]);
  if (!/\.pdf$/i.test(o.pdf)) throw new LoiNhap([THONG_BAO_LENH.duoiTep("--pdf", o.pdf, ".pdf")]);
  const { inHoSo, ThieuLibreOffice } = await import("../xlsx/printDossier");
  const { inSoHoiDong, laTepSoHoiDong } = await import("../xlsx/printRegister");
  const { LoiSo } = await import("../xlsx/readWorkbook");
  try {
    const laSo = await laTepSoHoiDong(positionals[0]);
    if (!laSo && o.donVi !== undefined) throw new LoiNhap([THONG_BAO_LENH.chiDungVoi("--don-vi", "Sổ Hội đồng")]);
    const kq = laSo ? await inSoHoiDong(positionals[0], o.pdf, { donVi: o.donVi }) : await inHoSo(positionals[0], o.pdf, { phieu: o.phieu });
    for (const c of kq.canhBao) io.err(`${c}\n`);
    io.out(`Đã in ${o.pdf}: ${kq.vanBan.join("; ")}.\n`);
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
