/**
 * Issue 15 item 4: a typed text (up to 2 000 characters, line breaks included) prints whole from Excel's own
 * Print too. Excel's tallest row is 409 pt, so a narrative prints over two rows (the split computed by formulas,
 * checked here in HyperFormula against the TypeScript split the heights are estimated with), and the rows that
 * follow their text are known from the layout whatever the hồ sơ holds.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HyperFormula } from "hyperformula";
import { validateHoSo } from "../../src/rules";
import { TEN_SHEET_BAO_CAO, TEN_SHEET_BIEN_BAN, buildWorkbookSpec, chieuCaoTheoChu, dongTheoChu, hoSoTrong } from "../../src/template";
import { CHU_MOI_DONG_IN, phanDoanFormula, tachDoan } from "../../src/template/sheets/hoSo/khung";

const TU = "Đơn vị đã tổ chức học tập thường xuyên cho cán bộ, công chức";
/** A 2 000-character text with line breaks, as a clerk types a long Mô tả hiện trạng. */
const DAI = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${TU}`).join("\n").slice(0, 2000);

const MAU = [
  "",
  "Ngắn.",
  "x".repeat(CHU_MOI_DONG_IN),
  "x".repeat(CHU_MOI_DONG_IN + 1),
  `${"a".repeat(CHU_MOI_DONG_IN - 1)} tiếp`,
  `${"a".repeat(CHU_MOI_DONG_IN)} tiếp`,
  `${"ab ".repeat(400)}\n${"cd ".repeat(300)}`,
  `${"x".repeat(600)}\n${"y".repeat(600)}`,
  DAI,
];

describe("a narrative in two printed rows", () => {
  test("the TypeScript split keeps every character but the one space or line break it breaks at", () => {
    for (const t of MAU) {
      const [a, b] = tachDoan(t);
      expect(a.length).toBeLessThanOrEqual(CHU_MOI_DONG_IN);
      if (b) expect(a.length + b.length).toBeGreaterThanOrEqual(t.length - 1);
      else expect(a).toBe(t);
      expect(t.startsWith(a)).toBe(true);
      expect(t.endsWith(b)).toBe(true);
    }
  });

  test("the workbook's formulas split exactly as the TypeScript does (HyperFormula)", () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    const sheet = hf.getSheetId(hf.addSheet("S"))!;
    hf.addNamedExpression("T", "=S!$A$1");
    const [dau, tiep] = phanDoanFormula("T");
    hf.setCellContents({ sheet, row: 0, col: 1 }, [[`=${dau}`, `=${tiep}`]]);
    for (const t of MAU) {
      hf.setCellContents({ sheet, row: 0, col: 0 }, [[t === "" ? null : t]]);
      const [a, b] = [1, 2].map((col) => hf.getCellValue({ sheet, row: 0, col }));
      // An empty cell reads as null (the first formula quotes it): shown as nothing, as Excel shows it.
      const chu = (v: unknown) => (v === null ? "" : String(v));
      expect([chu(a), chu(b)]).toEqual(tachDoan(t));
    }
  });

  test("a 2 000-character text with line breaks fits two rows under Excel's 409 pt", () => {
    const spec = buildWorkbookSpec(hoSoTrong("tt24-huyen", { loai: "co-quan", congLap: true }, 2025));
    const bc = spec.sheets.find((s) => s.name === TEN_SHEET_BAO_CAO)!;
    const dong = dongTheoChu(bc);
    const cell = bc.cells.find((c) => c.formula?.includes("BC_1_1_MOTA"))!;
    const [r1, r2] = dong.filter((d) => d.cells.some((o) => bc.cells.find((c) => c.ref === o.ref)?.formula?.includes("BC_1_1_MOTA")));
    expect(r1.row).toBe(Number(cell.ref.slice(1)));
    expect(r2.row).toBe(r1.row + 1);
    expect(r1.cells[0]).toMatchObject({ rong: 84, pt: 13 });
    const [a, b] = tachDoan(DAI);
    const h1 = chieuCaoTheoChu(r1, () => a);
    const h2 = chieuCaoTheoChu(r2, () => b);
    expect(h1).toBeLessThan(409);
    expect(h2).toBeLessThan(409);
    // Taller than one line: the estimate grows with the text (about 15 printed lines each).
    expect(h1).toBeGreaterThan(13 * 12);
    // The continuation row is not printed while it shows nothing; a label row is never in the list.
    expect(r2.anKhiTrong).toBe(true);
    expect(dong.every((d) => d.cells.every((o) => bc.cells.find((c) => c.ref === o.ref)?.formula))).toBe(true);
  });

  test("the documents' rows that follow their text are the same whatever the hồ sơ holds (the pane's layout)", () => {
    const raw = JSON.parse(readFileSync(join(__dirname, "../../examples/ho-so-day-du.json"), "utf8"));
    const r = validateHoSo(raw);
    if (!r.ok) throw new Error(r.loi.join("\n"));
    const day = buildWorkbookSpec(r.hoSo);
    const trong = buildWorkbookSpec(hoSoTrong(r.hoSo.boTieuChi, r.hoSo.donVi, r.hoSo.namDanhGia));
    const vanBan = day.sheets.filter((s) => s.dongTheoChu).map((s) => s.name);
    expect(vanBan).toEqual(expect.arrayContaining([TEN_SHEET_BAO_CAO, TEN_SHEET_BIEN_BAN]));
    for (const name of vanBan) {
      const rows = (spec: typeof day) => dongTheoChu(spec.sheets.find((s) => s.name === name)!).map((d) => [d.row, d.cells.map((o) => o.ref)]);
      expect(rows(day)).toEqual(rows(trong));
    }
  });
});
