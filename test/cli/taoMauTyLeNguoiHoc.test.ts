/**
 * Every hồ sơ `dvht danh-gia` accepts becomes a workbook with `dvht tao-mau` that gives the same result: a 3.1
 * with a typed learner rate (tyLeNguoiHoc) is written under CT_3_1_TYLENGUOIHOCNHAP (generated like the member
 * TYLENHAP), read back, and recalculated by LibreOffice (and Gnumeric when present) to the engine's levels.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { hoSoDayDu, withChiTieu, type RawHoSo } from "../helpers/hoSo";
import { canLibreOffice, coLibreOffice, thuMucTam, tinhLai } from "../xlsx/libreOfficeHelpers";
import { runDvht, writeTemp } from "./processHelpers";

const dir = thuMucTam("tylenh");

/** 3.1 of a district hồ sơ with member counts and a typed learner rate; the level turns on the learner rate. */
const CASES: [string, RawHoSo][] = [
  ["learners at 97 %", withChiTieu(hoSoDayDu("tt24-huyen", "pho-thong"), "3.1", { soDat: 50, tongSo: 50, tyLeNguoiHoc: 97, minhChung: ["MC1"] })],
  ["learners at 0.8 (a fraction)", withChiTieu(hoSoDayDu("tt24-huyen", "pho-thong"), "3.1", { soDat: 50, tongSo: 50, tyLeNguoiHoc: 0.8, minhChung: ["MC1"] })],
  ["learners at “50%” (text)", withChiTieu(hoSoDayDu("tt24-huyen", "pho-thong"), "3.1", { soDat: 50, tongSo: 50, tyLeNguoiHoc: "50%", minhChung: ["MC1"] })],
  ["learners typed, no member counts", withChiTieu(hoSoDayDu("tt24-tinh", "dai-hoc"), "3.1", { tyLe: 90, tyLeNguoiHoc: 95, minhChung: ["MC1"] })],
  ["typed learners where they do not apply", withChiTieu(hoSoDayDu("tt24-huyen", "co-quan"), "3.1", { soDat: 9, tongSo: 10, tyLeNguoiHoc: 10, minhChung: ["MC1"] })],
];

test.each(CASES)("%s: the workbook gives the hồ sơ's result, and keeps the rate", (ten, hoSo) => {
  const json = writeTemp(dir, `${ten.replace(/\W+/g, "-")}.json`, hoSo);
  const out = join(dir, `${ten.replace(/\W+/g, "-")}.xlsx`);
  const tao = runDvht(["tao-mau", json, "--out", out]);
  expect([tao.code, tao.stderr]).toEqual([0, ""]);
  const tuJson = runDvht(["danh-gia", json, "--json"]);
  const tuSo = runDvht(["danh-gia", out, "--json"]);
  expect([tuSo.code, tuSo.stderr]).toEqual([0, ""]);
  expect(tuSo.stdout).toBe(tuJson.stdout);
}, 60_000);

test("LibreOffice and Gnumeric recalculate the typed learner rate to the engine's levels", () => {
  canLibreOffice();
  if (!coLibreOffice()) return console.log("Bỏ qua: không có LibreOffice (DVHT_SKIP_LIBREOFFICE=1)");
  const files = CASES.map(([ten, hoSo]) => {
    const json = writeTemp(dir, `lo-${ten.replace(/\W+/g, "-")}.json`, hoSo);
    const out = join(dir, `lo-${ten.replace(/\W+/g, "-")}.xlsx`);
    expect(runDvht(["tao-mau", json, "--out", out]).code).toBe(0);
    return { json, out };
  });
  const loDir = thuMucTam("tylenh-lo");
  const tinh = tinhLai(files.map((f) => f.out), loDir);
  const coGnumeric = spawnSync("ssconvert", ["--version"]).status === 0;
  files.forEach(({ json }, i) => {
    const tuJson = runDvht(["danh-gia", json, "--json"]).stdout;
    // Stored results that differ from the engine's would be warned about on stderr.
    const lo = runDvht(["danh-gia", tinh[i], "--json"]);
    expect([CASES[i][0], lo.code, lo.stderr, lo.stdout]).toEqual([CASES[i][0], 0, "", tuJson]);
    if (coGnumeric) {
      const g = join(loDir, `g-${i}.xlsx`);
      expect(spawnSync("ssconvert", ["--recalc", files[i].out, g]).status).toBe(0);
      const gn = runDvht(["danh-gia", g, "--json"]);
      expect([CASES[i][0], gn.code, gn.stderr, gn.stdout]).toEqual([CASES[i][0], 0, "", tuJson]);
    }
  });
}, 1_200_000);
