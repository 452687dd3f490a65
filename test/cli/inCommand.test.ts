/** `dvht in`: the hồ sơ printed through LibreOffice, documents in the binding order of seed 000, on A4. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { canLibreOffice } from "../xlsx/libreOfficeHelpers";
import { runDvht, tempDir } from "./processHelpers";

const ROOT = join(__dirname, "../..");
const dir = tempDir();

test("the eight documents in the binding order of seed 000, each on a new page, and nothing else", () => {
  canLibreOffice();
  const xlsx = join(dir, "kl.xlsx");
  expect(runDvht(["tao-mau", join(ROOT, "examples/thcs-kim-lien.json"), "--out", xlsx]).code).toBe(0);
  const pdf = join(dir, "ho-so.pdf");
  const r = runDvht(["in", xlsx, "--pdf", pdf]);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`Đã in ${pdf}: Trang bìa; Tờ trình; Danh sách Hội đồng TĐG; Bản tổng hợp (in); Biên bản tự đánh giá; Báo cáo tự đánh giá; Danh mục minh chứng.\n`);
  expect(r.stderr).toBe("");
  const info = execFileSync("pdfinfo", ["-l", "50", pdf], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  for (const m of info.matchAll(/size:\s+([\d.]+) x ([\d.]+) pts/g)) {
    expect([Math.round(Math.min(+m[1], +m[2])), Math.round(Math.max(+m[1], +m[2]))]).toEqual([595, 842]);
  }
  const text = (p: number) => execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"], { encoding: "utf8" });
  const firstPageOf = (s: string) => Array.from({ length: pages }, (_, i) => i + 1).find((p) => text(p).includes(s));
  const order = [
    "BÁO CÁO TỰ ĐÁNH GIÁ",
    "TỜ TRÌNH",
    "DANH SÁCH VÀ CHỮ KÝ THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ",
    "BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ",
    "BIÊN BẢN",
    "II. TỰ ĐÁNH GIÁ",
    "DANH MỤC CÁC MINH CHỨNG",
  ].map(firstPageOf);
  expect(order.every((p) => p !== undefined)).toBe(true);
  expect(order[0]).toBe(1);
  expect([...order].sort((a, b) => a! - b!)).toEqual(order);
  expect(text(1)).toContain("TRƯỜNG THCS KIM LIÊN");
  expect(text(1)).not.toContain("ĐƠN VỊ TRƯỜNG");
  expect(text(1)).toContain("“ĐƠN VỊ HỌC TẬP” CẤP HUYỆN");
  const all = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  // pdftotext splits some Vietnamese words with spaces: compare without white space.
  const gon = (s: string) => s.replace(/\s+/g, "");
  expect(gon(text(order[1]!))).toContain(gon("Kính gửi: Phòng Giáo dục và Đào tạo"));
  expect(gon(text(order[1]!))).toContain(gon("Trường THCS Kim Liên kính đề nghị Phòng Giáo dục và Đào tạo xem xét, đánh giá, công nhận Trường THCS Kim Liên đạt “Đơn vị học tập” cấp huyện mức độ 1 năm 2025."));
  expect(gon(text(order[1]!))).toContain(gon("14 chỉ tiêu được đánh giá: 12 chỉ tiêu đạt mức độ 2, 2 chỉ tiêu đạt mức độ 1, 0 chỉ tiêu không đạt"));
  expect(gon(execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }))).toContain(gon("Mức tự đánh giá “Đơn vị học tập” năm 2025: Đạt mức độ 1"));
  // Percentages with the Vietnamese decimal comma, whatever the reader's locale.
  expect(gon(all)).toContain(gon("- Số lượng các chỉ tiêu đạt: 14 (100,00%); số lượng các tiêu chí đạt: 3 (100,00%)"));
  expect(all).not.toContain("NGƯỠNG ĐÁNH GIÁ"); // working sheets are not part of the hồ sơ
  expect(all).not.toContain("Trang 1 /");
  expect(all).not.toContain("#NAME?");
  // Keep one picture per document for a reader to look at.
  const art = join(ROOT, "test-artifacts");
  mkdirSync(art, { recursive: true });
  order.forEach((p, i) => execFileSync("pdftoppm", ["-r", "50", "-png", "-singlefile", "-f", String(p), "-l", String(p), pdf, join(art, `ho-so-${i + 1}`)]));
  expect(existsSync(join(art, "ho-so-1.png"))).toBe(true);
}, 120_000);

test("without LibreOffice: a clear Vietnamese message, exit 1, no PDF", () => {
  const xlsx = join(dir, "kl2.xlsx");
  runDvht(["tao-mau", join(ROOT, "examples/thcs-kim-lien.json"), "--out", xlsx]);
  const pdf = join(dir, "khong.pdf");
  const r = runDvht(["in", xlsx, "--pdf", pdf], undefined, { ...process.env, PATH: "/nonexistent" });
  expect(r.code).toBe(1);
  expect(r.stderr).toBe("Không tìm thấy LibreOffice (lệnh soffice): cài LibreOffice Calc (gói libreoffice-calc) rồi chạy lại.\n");
  expect(existsSync(pdf)).toBe(false);
});

test("bad use: exit 2", () => {
  expect(runDvht(["in", "a.xlsx"]).stderr).toBe("--pdf: thiếu tệp PDF kết quả\n");
  expect(runDvht(["in", "a.xlsx", "--pdf", "a.doc"]).code).toBe(2);
});

test("seed 002's phiếu M1 (one page per indicator) and M2 (one page per criterion) print as forms", async () => {
  canLibreOffice();
  const { inHoSo } = await import("../../src/xlsx/printDossier");
  const xlsx = join(dir, "phieu.xlsx");
  runDvht(["tao-mau", join(ROOT, "examples/thcs-kim-lien.json"), "--out", xlsx]);
  for (const [sheet, pages, key] of [["Phiếu M1 chỉ tiêu", 15, "PHIẾU ĐÁNH GIÁ CHỈ TIÊU"], ["Phiếu M2 tiêu chí", 3, "PHIẾU ĐÁNH GIÁ TIÊU CHÍ"]] as const) {
    const pdf = join(dir, `${pages}.pdf`);
    await inHoSo(xlsx, pdf, { thuTu: [sheet] });
    const n = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
    // Every form starts on a page of its own (a long answer may run onto a second page).
    const starts = Array.from({ length: n }, (_, i) => i + 1).filter((p) => execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"], { encoding: "utf8" }).includes(key));
    expect([sheet, starts.length]).toEqual([sheet, pages]);
    expect(n).toBe(pages);
  }
}, 120_000);
