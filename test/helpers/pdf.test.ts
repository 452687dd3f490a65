/**
 * The PDF reader of the print checks (test/helpers/pdf.ts) against PDFs whose answer is known: workbooks made here,
 * printed by the project's LibreOffice helper. Font sizes, the page number of NĐ 30/2020 (Arabic numeral, centred in
 * the top margin, none on the first page), and OCR telling visible text from text a fixed row height clipped.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { chuyenDoiBangLibreOffice } from "../../src/xlsx/libreOffice";
import { thuMucTam } from "../xlsx/libreOfficeHelpers";
import { cacDong, cacTrang, coChuNhoHon, hienThi, kichThuocTrang, laA4, moPdf, soTrangIn, thieuCongCu, trangBatDau, trangCo, type Pdf } from "./pdf";

jest.setTimeout(1_200_000);

const thieu = thieuCongCu();
// Straight to stderr: Jest shows no console output for a suite whose tests are all skipped.
if (thieu) process.stderr.write(`\nBỏ qua kiểm thử đọc PDF (test/helpers/pdf.test.ts): ${thieu}.\n`);
const moTa = thieu ? describe.skip : describe;

const CO = [10, 11, 13, 14] as const;

const DOAN_DAI =
  "Năm 2025, nhà trường có 62 cán bộ, giáo viên và nhân viên, trong đó 58 người đã hoàn thành chương trình bồi dưỡng thường xuyên theo kế hoạch của Phòng Giáo dục và Đào tạo. " +
  "Các tổ chuyên môn sinh hoạt định kỳ hai tuần một lần, chia sẻ bài giảng điện tử trên kho học liệu dùng chung của trường và thảo luận về đổi mới phương pháp dạy học. " +
  "Thư viện được bổ sung thêm bốn trăm đầu sách tham khảo, phòng máy tính được nâng cấp để giáo viên tự học ngoại ngữ và tin học sau giờ lên lớp. " +
  "Cuối cùng, mọi minh chứng của chỉ tiêu này đã được đóng thành tập riêng và lưu tại phòng hành chính của nhà trường.";
/** On the first printed line: visible. */
const CAU_DAU = "Năm 2025, nhà trường có 62 cán bộ, giáo viên và nhân viên, trong đó 58 người đã hoàn thành chương trình bồi dưỡng thường xuyên";
/**
 * On the third and fourth lines: in the PDF (LibreOffice draws a few lines past the row, inside a clipping path; the
 * rest it leaves out) but not on the page.
 */
const CAU_BI_CAT = "chuyên môn sinh hoạt định kỳ hai tuần một lần, chia sẻ bài giảng điện tử trên kho học liệu dùng chung của trường và thảo luận về đổi mới phương pháp dạy học.";

/** Writes the workbook and prints it through LibreOffice as `dvht in` does. */
async function inRa(ten: string, lam: (wb: ExcelJS.Workbook) => void): Promise<Pdf> {
  const dir = thuMucTam(`pdf-${ten}`);
  const wb = new ExcelJS.Workbook();
  lam(wb);
  const xlsx = join(dir, `${ten}.xlsx`);
  await wb.xlsx.writeFile(xlsx);
  const r = chuyenDoiBangLibreOffice([xlsx], dir, "pdf", 900_000);
  if (!r.ok) throw new Error(r.output);
  return moPdf(join(dir, `${ten}.pdf`));
}

const A4_DOC = { paperSize: 9, orientation: "portrait" } as const;

moTa("test/helpers/pdf.ts", () => {
  let coChu: Pdf;
  let soTrang: Pdf;
  let catXen: Pdf;

  beforeAll(async () => {
    coChu = await inRa("co-chu", (wb) => {
      const ws = wb.addWorksheet("Cỡ chữ", { pageSetup: { ...A4_DOC } });
      ws.getColumn(1).width = 80;
      CO.forEach((co, i) => {
        const o = ws.getCell(2 * i + 1, 1);
        o.value = `mau${co} Tiếng Việt có dấu: Đạt mức độ 2, tỷ lệ 95,00%.`;
        o.font = { name: "Times New Roman", size: co };
      });
    });
    soTrang = await inRa("so-trang", (wb) => {
      const ws = wb.addWorksheet("Trang", { pageSetup: { ...A4_DOC } });
      ws.getColumn(1).width = 6;
      ws.getColumn(2).width = 50; // both columns on one page wide
      // Three pages of table rows whose TT column holds bare numbers at the left: not page numbers.
      for (let r = 1; r <= 150; r++) {
        ws.getCell(r, 1).value = r;
        ws.getCell(r, 2).value = `Dòng số ${r} của bảng kiểm tra số trang`;
        ws.getRow(r).font = { name: "Times New Roman", size: 13 };
      }
      // NĐ 30/2020: the number centred in the top margin, none on the first page; a footer “Trang x / y” is not one.
      ws.headerFooter = { differentFirst: true, firstHeader: "", oddHeader: '&C&"Times New Roman"&13&P', oddFooter: "&CTrang &P / &N", firstFooter: "&CTrang &P / &N" };
    });
    catXen = await inRa("cat-xen", (wb) => {
      // The same narrative in a row tall enough: all of it prints (page 1). (LibreOffice does not grow a row to its
      // wrapped text on opening an xlsx: a row without a height shows one line.)
      const du = wb.addWorksheet("Đủ", { pageSetup: { ...A4_DOC } });
      du.getColumn(1).width = 75;
      du.getCell("A1").value = DOAN_DAI;
      du.getCell("A1").font = { name: "Times New Roman", size: 13 };
      du.getCell("A1").alignment = { wrapText: true, vertical: "top" };
      du.getRow(1).height = 150;
      const ws = wb.addWorksheet("Cắt", { pageSetup: { ...A4_DOC } });
      ws.getColumn(1).width = 75;
      const o = ws.getCell("A1");
      o.value = DOAN_DAI;
      o.font = { name: "Times New Roman", size: 13 };
      o.alignment = { wrapText: true, vertical: "top" };
      ws.getRow(1).height = 30; // a fixed height: only the first two lines fit
      // Rows below with text of their own, so nothing of the narrative can show past its cell.
      for (let r = 2; r <= 11; r++) {
        ws.getCell(`A${r}`).value = `Dòng ${r}: ô khác.`;
        ws.getCell(`A${r}`).font = { name: "Times New Roman", size: 13 };
      }
      // Some of its words in view, below the clipped lines: not enough to call it visible.
      ws.getCell("A12").value = "Ghi chú: thư viện và phòng máy tính của trường mở cửa cả ngày thứ bảy.";
      ws.getCell("A12").font = { name: "Times New Roman", size: 13 };
    });
  });

  test("DOAN_DAI is the 600-character narrative of issue 15", () => {
    expect(DOAN_DAI.length).toBeGreaterThanOrEqual(590);
    expect(DOAN_DAI.length).toBeLessThanOrEqual(620);
  });

  test("font sizes: Times New Roman 10 / 11 / 13 / 14 pt measured back, and words under 11 pt listed with their page", () => {
    const dong = cacDong(coChu, 1);
    for (const co of CO) {
      const d = dong.find((l) => l.text.startsWith(`mau${co}`));
      expect(d).toBeDefined();
      expect([co, [...new Set(d!.tu.map((w) => Math.round(w.co)))]]).toEqual([co, [co]]);
      for (const w of d!.tu) expect(Math.abs(w.co - co)).toBeLessThanOrEqual(0.1);
    }
    // The Vietnamese words come back whole, though LibreOffice takes some letters from a fallback font.
    expect(dong.find((l) => l.text.startsWith("mau13"))!.tu.map((w) => w.text)).toEqual(["mau13", "Tiếng", "Việt", "có", "dấu:", "Đạt", "mức", "độ", "2,", "tỷ", "lệ", "95,00%."]);
    const nho = coChuNhoHon(coChu, 11);
    expect(nho.length).toBeGreaterThan(0);
    expect(nho.every((w) => w.trang === 1 && w.co === 10)).toBe(true);
    expect(nho.map((w) => w.text)).toContain("mau10");
    expect(coChuNhoHon(coChu, 10)).toEqual([]);
    expect(kichThuocTrang(coChu).every(laA4)).toBe(true);
  });

  test("page numbers: none on the first page, then 2, 3 … centred in the top margin; footers and table numbers are not taken", () => {
    const trangs = cacTrang(soTrang);
    expect(trangs.length).toBeGreaterThanOrEqual(3);
    expect(trangs.map((t) => soTrangIn(soTrang, t))).toEqual([undefined, ...trangs.slice(1)]);
    // The premise: the footer and the TT column are on the page as text.
    expect(trangCo(soTrang, 2, `Trang 2 / ${trangs.length}`)).toBe(true);
    expect(trangBatDau(soTrang, "Dòng số 150")).toBe(trangs.length);
    expect(trangBatDau(soTrang, ["không có", "Dòng số 1 của"])).toBe(1);
    expect(trangBatDau(soTrang, "Dòng số 1 của", 2)).toBeUndefined();
  });

  test("a narrative cut by a fixed row height: OCR sees only what prints (pdftotext may still have the clipped text)", () => {
    // Page 1: the narrative in a row tall enough; page 2 (the last): the same in a row of fixed 30 pt.
    expect(trangCo(catXen, 2, CAU_DAU)).toBe(true);
    expect(hienThi(catXen, CAU_DAU, 2)).toMatchObject({ hienThi: true, trang: 2 });
    // LibreOffice may or may not export the clipped lines as text; either way the sentence is not visible on paper.
    const cat = hienThi(catXen, CAU_BI_CAT, 2);
    expect(cat.hienThi).toBe(false);
    expect(cat.tiLe).toBeLessThan(0.85);
    // Printed whole on page 1, the same sentence is visible: the check can say both.
    expect(hienThi(catXen, CAU_BI_CAT, 1)).toMatchObject({ hienThi: true, trang: 1 });
    process.stderr.write(`OCR: câu bị cắt đọc được ${Math.round(cat.tiLe * 100)}%, câu in đủ ${Math.round(hienThi(catXen, CAU_BI_CAT, 1).tiLe * 100)}%\n`);
  });
});
