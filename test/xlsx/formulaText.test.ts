/**
 * Formula-looking names in workbooks written by `dvht` (ExcelJS): the unit name and the members' names and positions
 * are stored as text cells, never as formulas, in the template (blank and filled, with its “Thành viên” sheet) and in
 * the consolidated list of `dvht tong-hop`.
 */
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GIONG_CONG_THUC } from "../corpus/formulaText";
import { hoSoDayDu } from "../helpers/hoSo";
import { runDvht, tempDir, writeTemp } from "../cli/processHelpers";

const dir = tempDir();

async function doc(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function oTen(wb: ExcelJS.Workbook, ten: string): ExcelJS.Cell {
  const range = (wb.definedNames.model as { name: string; ranges: string[] }[]).find((n) => n.name === ten)!.ranges[0];
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range)!;
  return wb.getWorksheet(m[1])!.getCell(`${m[2]}${m[3]}`);
}

/** Every cell that holds one of the texts is a text cell, and no formula is one of them typed after "=". */
function chiLaChu(wb: ExcelJS.Workbook, texts: readonly string[]): number {
  let n = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          expect([ws.name, cell.address, texts.some((t) => `=${cell.formula}` === t || cell.formula === t.replace(/^[=@]/, ""))]).toEqual([ws.name, cell.address, false]);
        } else if (texts.includes(cell.value as string)) {
          expect([ws.name, cell.address, cell.type]).toEqual([ws.name, cell.address, ExcelJS.ValueType.String]);
          n++;
        }
      }),
    ),
  );
  return n;
}

test.each(GIONG_CONG_THUC)("tao-mau --ten %j: DV_TEN is a text cell", async (ten) => {
  const out = join(dir, `trong-${GIONG_CONG_THUC.indexOf(ten)}.xlsx`);
  const r = runDvht(["tao-mau", "--bo", "tt24-huyen", "--loai", "co-quan", `--ten=${ten}`, "--out", out]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  const wb = await doc(out);
  expect([oTen(wb, "DV_TEN").type, oTen(wb, "DV_TEN").value]).toEqual([ExcelJS.ValueType.String, ten]);
  expect(chiLaChu(wb, [ten])).toBeGreaterThanOrEqual(1);
  // Read back by dvht, the name is the same text.
  const j = runDvht(["danh-gia", out]);
  expect(j.code).toBe(0);
  expect(j.stdout).toContain(`Đơn vị: ${ten} — `);
});

test("a filled template with a member roster: unit name, members' names and positions are text cells", async () => {
  const don = join(dir, "don-vi");
  mkdirSync(don);
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const csv = ["STT,Họ và tên,Chức vụ,Kỷ luật lao động", ...GIONG_CONG_THUC.map((t, i) => `${i + 1},${q(t)},${q(t)},Có`)].join("\n");
  writeFileSync(join(dir, "ds.csv"), csv);
  const files: string[] = [];
  for (const [i, ten] of GIONG_CONG_THUC.entries()) {
    const json = writeTemp(dir, `hoso-${i}.json`, { ...hoSoDayDu("tt24-huyen", "pho-thong"), donVi: { ten, loai: "pho-thong", congLap: true } });
    const out = join(don, `day-du-${i}.xlsx`);
    const r = runDvht(["tao-mau", json, "--thanh-vien", join(dir, "ds.csv"), "--out", out]);
    expect(r.code).toBe(0);
    files.push(out);
  }
  const wb = await doc(files[0]);
  expect(oTen(wb, "DV_TEN").type).toBe(ExcelJS.ValueType.String);
  const tv = wb.getWorksheet("Thành viên")!;
  GIONG_CONG_THUC.forEach((t, i) => {
    for (const col of ["B", "C"]) expect([col, tv.getCell(`${col}${i + 2}`).type, tv.getCell(`${col}${i + 2}`).value]).toEqual([col, ExcelJS.ValueType.String, t]);
  });
  expect(chiLaChu(wb, GIONG_CONG_THUC)).toBeGreaterThanOrEqual(2 * GIONG_CONG_THUC.length + 1);

  // The council's list names each unit as text too.
  const out = join(dir, "tong-hop.xlsx");
  expect(runDvht(["tong-hop", don, "--out", out, "--ngay", "2026-01-20"]).code).toBe(0);
  // Each name three times: the list, and the verdict sheet's two rows (the unit's levels, the council's).
  expect(chiLaChu(await doc(out), GIONG_CONG_THUC)).toBe(3 * GIONG_CONG_THUC.length);
});
