/**
 * Looked at as a reader would: the template printed to PDF by LibreOffice, pages rendered to PNG (kept in
 * test-artifacts/), the Bảng tổng hợp on A4 landscape with its title, header and conclusion.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { validateHoSo } from "../../src/rules";
import { buildWorkbookSpec } from "../../src/template";
import { chuyenDoiBangLibreOffice } from "../../src/xlsx/libreOffice";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { writeWorkbookAtomic } from "../../src/xlsx/writeFile";
import { canLibreOffice, thuMucTam } from "./libreOfficeHelpers";
import example from "../../examples/thcs-kim-lien.json";

const ARTIFACTS = join(__dirname, "../../test-artifacts");

test("the filled template prints on A4, the Bảng tổng hợp in landscape like the official form", async () => {
  canLibreOffice();
  const checked = validateHoSo(example);
  if (!checked.ok) throw new Error(checked.loi.join("\n"));
  const dir = thuMucTam("print");
  const file = join(dir, "bang-tong-hop.xlsx");
  await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(checked.hoSo)), file);
  const r = chuyenDoiBangLibreOffice([file], dir, "pdf");
  expect(r.ok).toBe(true);
  const pdf = join(dir, "bang-tong-hop.pdf");

  const info = execFileSync("pdfinfo", ["-l", "20", pdf], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(pages).toBeGreaterThanOrEqual(4);
  const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[2]), Number(m[3])]);
  // A4 is 595 × 842 points; every page is A4, portrait or landscape.
  for (const [w, h] of sizes) expect([Math.round(Math.min(w, h)), Math.round(Math.max(w, h))]).toEqual([595, 842]);

  const text = (page: number) => execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" });
  const bangPage = Array.from({ length: pages }, (_, i) => i + 1).find((p) => text(p).includes("BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ"))!;
  expect(bangPage).toBeDefined();
  expect(sizes[bangPage - 1][0]).toBeGreaterThan(sizes[bangPage - 1][1]); // landscape
  const bang = text(bangPage);
  for (const s of ["“ĐƠN VỊ HỌC TẬP” CẤP HUYỆN", "Trường THCS Kim Liên", "Xếp loại chỉ tiêu", "Xếp loại tiêu chí", "Minh chứng", "Đạt mức độ 2"]) {
    expect(bang).toContain(s);
  }
  const all = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  expect(all).toContain("KẾT LUẬN: ĐẠT MỨC ĐỘ 1");
  expect(all).toContain("NGƯỠNG ĐÁNH GIÁ VÀ CĂN CỨ PHÁP LÝ");

  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync("pdftoppm", ["-r", "80", "-png", "-f", String(bangPage), "-l", String(bangPage), pdf, join(ARTIFACTS, "bang-tong-hop")]);
  expect(readdirSync(ARTIFACTS).some((f) => f.startsWith("bang-tong-hop") && f.endsWith(".png"))).toBe(true);
}, 120_000);
