/**
 * The corpus of bad rosters (test/corpus/badCsv.ts): every case through the reader `dvht tao-mau --thanh-vien` uses
 * (docBangDanhSach), a sample through the command as a process: exit 2, nothing on stdout, every row named,
 * and no workbook written.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RULE_SETS, docBangDanhSach, docCsv, type BoTieuChiId, type LoaiDanhSach } from "../../src/rules";
import { BAD_CSV, csvHopLe, type BadCsv } from "../corpus/badCsv";
import { CO_DAU, TIENG_ANH } from "../corpus/tiengViet";
import { hoSoDayDu } from "../helpers/hoSo";
import { runDvht, tempDir, writeTemp } from "./processHelpers";

const dir = tempDir();

const doc = (csv: string, bo: BoTieuChiId, loai: LoaiDanhSach, ten: string) => docBangDanhSach(docCsv(csv), RULE_SETS[bo], loai, ten);

function kiemTra(c: BadCsv, lines: readonly string[], tep: string): void {
  if (c.loi) {
    expect(lines).toEqual(c.loi.map((l) => l.replace("{tep}", tep)));
    return;
  }
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    const dungDong = line.startsWith(`${tep}, dòng ${c.dong}: `) || line.startsWith(`${tep}, dòng ${c.dong}, cột `);
    expect(dungDong ? "" : line).toBe("");
    expect(line).toMatch(CO_DAU);
    expect(line).not.toMatch(TIENG_ANH);
  }
  for (const text of c.chua ?? []) expect(lines[0]).toContain(text);
}

test("the rosters the cases bend are valid as they are", () => {
  for (const c of BAD_CSV) expect(doc(csvHopLe(c.bo, c.loai), c.bo, c.loai, "ds.csv").ok).toBe(true);
});

test.each(BAD_CSV.map((c) => [c.ten, c] as const))("%s", (_ten, c) => {
  const r = doc(c.csv, c.bo, c.loai, "ds.csv");
  expect(r.ok).toBe(false);
  if (!r.ok) kiemTra(c, r.loi, "ds.csv");
});

test("a sample through `dvht tao-mau --thanh-vien/--nguoi-hoc`: exit 2, the same lines, no workbook", () => {
  const sample = BAD_CSV.filter((_c, i) => i % Math.ceil(BAD_CSV.length / 8) === 0);
  expect(sample.some((c) => c.loai === "nguoi-hoc")).toBe(true);
  for (const [i, c] of sample.entries()) {
    // A school of the cấp (both have learners): thpt at cấp tỉnh, pho-thong at cấp huyện (SPEC §2).
    const json = writeTemp(dir, `hoso-${i}.json`, hoSoDayDu(c.bo, c.bo === "tt24-tinh" ? "thpt" : "pho-thong"));
    const csv = join(dir, `ds-${i}.csv`);
    writeFileSync(csv, c.csv);
    const out = join(dir, `ra-${i}.xlsx`);
    const r = runDvht(["tao-mau", json, c.loai === "thanh-vien" ? "--thanh-vien" : "--nguoi-hoc", csv, "--out", out]);
    const inProcess = doc(c.csv, c.bo, c.loai, `ds-${i}.csv`);
    expect([c.ten, r.code, r.stdout]).toEqual([c.ten, 2, ""]);
    expect(r.stderr).toBe(`${inProcess.ok ? "" : inProcess.loi.join("\n")}\n`);
    kiemTra(c, r.stderr.trimEnd().split("\n"), `ds-${i}.csv`);
    expect(existsSync(out)).toBe(false);
  }
});

test("an unreadable .xlsx roster says why, and writes nothing", () => {
  const json = writeTemp(dir, "hoso-xlsx.json", hoSoDayDu("tt24-huyen", "pho-thong"));
  const full = join(dir, "mau.xlsx");
  expect(runDvht(["tao-mau", "--bo", "tt24-huyen", "--loai", "co-quan", "--out", full]).code).toBe(0);
  const cut = join(dir, "ds-cat-do.xlsx");
  const bytes = readFileSync(full);
  writeFileSync(cut, bytes.subarray(0, bytes.length >> 1));
  const out = join(dir, "ra-xlsx.xlsx");
  const r = runDvht(["tao-mau", json, "--thanh-vien", cut, "--out", out]);
  expect([r.code, r.stdout]).toEqual([2, ""]);
  expect(r.stderr).toBe(`${cut}: tệp .xlsx không trọn vẹn (bị cắt dở, thiếu phần cuối), thường do tải về hoặc sao chép chưa xong; hãy lấy lại tệp đầy đủ\n`);
  expect(existsSync(out)).toBe(false);
});
