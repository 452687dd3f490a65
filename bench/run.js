#!/usr/bin/env node
// `npm run bench`: throughput figures printed as "BENCH <name> <value> <unit>" and saved to bench/results.json.
// Not part of `npm test`: timings belong here, as ratios and rates, never in unit tests.
"use strict";
const { writeFileSync } = require("node:fs");
const path = require("node:path");
const { RULE_SETS, evaluateHoSo, validateHoSo, LOAI_DON_VI } = require("../dist/node/rules");

function randomHoSo(i) {
  const boTieuChi = i % 2 ? "tt24-huyen" : "tt24-tinh";
  const chiTieu = {};
  for (const def of RULE_SETS[boTieuChi].chiTieu) {
    const mc = { minhChung: ["MC"] };
    if (def.kieu === "dat") chiTieu[def.id] = { dat: (i + def.id.length) % 7 !== 0, ...mc };
    else if (def.kieu === "muc-cds") chiTieu[def.id] = { mucChuyenDoiSo: ["chua-dat", "co-ban", "tot"][i % 3], ...mc };
    else {
      const learners = def.nguoiHoc ? { nguoiHocDat: 900 + (i % 101), tongNguoiHoc: 1000 } : {};
      chiTieu[def.id] = { soDat: 80 + (i % 21), tongSo: 100, ...learners, ...mc };
    }
  }
  return { boTieuChi, donVi: { loai: LOAI_DON_VI[i % LOAI_DON_VI.length], congLap: i % 3 !== 0 }, namDanhGia: 2025, chiTieu };
}

function rate(name, n, fn) {
  fn(Math.min(n, 200)); // warm-up
  const start = process.hrtime.bigint();
  fn(n);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { name, value: Math.round(n / seconds), unit: "ho_so_per_s" };
}

const inputs = Array.from({ length: 20000 }, (_, i) => randomHoSo(i));
const validated = inputs.map((h) => {
  const r = validateHoSo(h);
  if (!r.ok) throw new Error(r.loi.join("\n"));
  return r.hoSo;
});
const results = [
  rate("engine_evaluate", inputs.length, (n) => { for (let i = 0; i < n; i++) evaluateHoSo(validated[i]); }),
  rate("engine_validate_and_evaluate", inputs.length, (n) => { for (let i = 0; i < n; i++) evaluateHoSo(validateHoSo(inputs[i]).hoSo); }),
];
async function consolidate500() {
  const { mkdtempSync, copyFileSync } = require("node:fs");
  const { tmpdir } = require("node:os");
  const { buildWorkbookSpec } = require("../dist/node/template");
  const { renderWorkbook } = require("../dist/node/xlsx/renderWorkbook");
  const { writeWorkbookAtomic } = require("../dist/node/xlsx/writeFile");
  const { tongHopVaoSo } = require("../dist/node/xlsx/register");
  const dir = mkdtempSync(path.join(tmpdir(), "dvht-bench-"));
  const first = path.join(dir, "don-vi-0.xlsx");
  await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(validated[0])), first);
  for (let i = 1; i < 500; i++) copyFileSync(first, path.join(dir, `don-vi-${i}.xlsx`));
  const out = path.join(dir, "..", `${path.basename(dir)}-so-hoi-dong.xlsx`);
  const start = process.hrtime.bigint();
  const ngay = { nam: 2026, thang: 1, ngay: 10 };
  await tongHopVaoSo([dir], out, { ngayNhan: ngay, homNay: ngay });
  return { name: "consolidate_500_s", value: Number(process.hrtime.bigint() - start) / 1e9, unit: "s", dir };
}

async function roster20k() {
  const { mkdtempSync } = require("node:fs");
  const { tmpdir } = require("node:os");
  const { RULE_SETS, docBangDanhSach, docCsv, gopDanhSachVaoHoSo } = require("../dist/node/rules");
  const { buildWorkbookSpec } = require("../dist/node/template");
  const { renderWorkbook } = require("../dist/node/xlsx/renderWorkbook");
  const { writeWorkbookAtomic } = require("../dist/node/xlsx/writeFile");
  const { docSo } = require("../dist/node/xlsx/readWorkbook");
  const cols = ["Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số", "Ngoại ngữ", "Lao động tiên tiến", "Công dân học tập"];
  const csv = ["STT,Họ và tên,Chức vụ," + cols.join(","), ...Array.from({ length: 20000 }, (_, i) => `${i + 1},Người ${i + 1},GV,${cols.map((_, j) => ((i + j) % 10 ? "Có" : "Không")).join(",")}`)].join("\n");
  const file = path.join(mkdtempSync(path.join(tmpdir(), "dvht-bench-")), "20k.xlsx");
  let start = process.hrtime.bigint();
  const ds = docBangDanhSach(docCsv(csv), RULE_SETS["tt24-huyen"], "thanh-vien", "bench.csv").danhSach;
  const hoSo = gopDanhSachVaoHoSo(validated[1], ds).hoSo;
  await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(hoSo, "cong-thuc-goc", { thanhVien: ds })), file);
  const write = Number(process.hrtime.bigint() - start) / 1e9;
  start = process.hrtime.bigint();
  await docSo(file);
  const read = Number(process.hrtime.bigint() - start) / 1e9;
  return [
    { name: "xlsx_write_20k_members_s", value: write, unit: "s" },
    { name: "xlsx_read_20k_members_s", value: read, unit: "s" },
  ];
}

/**
 * The engine against HyperFormula computing the template's own native formulas for the same hồ sơ: the engine
 * validates and evaluates the JSON; HyperFormula gets the same inputs typed into the template and recalculates.
 */
function engineVsHyperFormula() {
  const { buildWorkbookSpec, hoSoTrong, ketQuaTheoTen } = require("../dist/node/template");
  const { SoHyperFormula, giaTriNhap } = require("./hyperFormula");
  const N = 1500;
  const raw = inputs.slice(0, N);
  const hoSo = validated.slice(0, N);
  const nhap = hoSo.map((h) => giaTriNhap(buildWorkbookSpec(h)));
  const ten = new Map(["tt24-huyen", "tt24-tinh"].map((bo) => [bo, [...ketQuaTheoTen(evaluateHoSo(hoSo.find((h) => h.boTieuChi === bo))).keys()]]));
  const so = new Map(["tt24-huyen", "tt24-tinh"].map((bo) => [bo, new SoHyperFormula(buildWorkbookSpec(hoSoTrong(bo, { loai: "co-quan" })))]));
  const hf = rate("hyperformula_template", N, (n) => {
    for (let i = 0; i < n; i++) {
      const s = so.get(hoSo[i].boTieuChi);
      s.nhap(nhap[i]);
      for (const t of ten.get(hoSo[i].boTieuChi)) s.doc(t);
    }
  });
  // Same hồ sơ, from the JSON object: validation and evaluation (repeated to time more than a few milliseconds).
  const engine = rate("engine_same_inputs", N * 20, (n) => { for (let i = 0; i < n; i++) evaluateHoSo(validateHoSo(raw[i % N]).hoSo); });
  for (const s of so.values()) s.destroy();
  return [hf, engine, { name: "engine_vs_hyperformula", value: Math.round(engine.value / hf.value), unit: "x" }];
}

/** Office.js: context.sync calls to inject the template and to handle one edit, with the recording fake of the tests. */
async function syncs() {
  require("./tsRequire");
  const { FakeExcel } = require("../test/excel/fakeExcel.ts");
  const { renderLayoutWithOfficeJs } = require("../src/excel/renderLayoutWithOfficeJs.ts");
  const { TheoDoiTrucTiep } = require("../src/excel/liveUpdates.ts");
  const { buildWorkbookSpec, hoSoTrong } = require("../src/template/index.ts");
  const fake = new FakeExcel();
  await renderLayoutWithOfficeJs(fake.context(), buildWorkbookSpec(hoSoTrong("tt24-huyen", { loai: "pho-thong", congLap: true }, 2025)));
  const inject = fake.syncs;
  const live = new TheoDoiTrucTiep((batch) => batch(fake.context()), () => {});
  await live.batDau();
  fake.syncs = 0;
  const ref = /^='?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(fake.names.get("CT_2_1_SODAT"));
  fake.cell(fake.sheets.get(ref[1]), `${ref[2]}${ref[3]}`).v = 95;
  await fake.handlers[0]({ address: `${ref[2]}${ref[3]}` });
  return [
    { name: "inject_syncs", value: inject, unit: "sync" },
    { name: "change_syncs", value: fake.syncs, unit: "sync" },
  ];
}

/** The same 500 workbooks converted by LibreOffice headless (what a council would otherwise run to read them). */
function libreOffice500(dir) {
  const { mkdtempSync, readdirSync } = require("node:fs");
  const { tmpdir } = require("node:os");
  const { chuyenDoiBangLibreOffice, timLibreOffice } = require("../dist/node/xlsx/libreOffice");
  if (!timLibreOffice()) return undefined;
  const files = readdirSync(dir).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(dir, f));
  const out = mkdtempSync(path.join(tmpdir(), "dvht-bench-lo-"));
  const start = process.hrtime.bigint();
  chuyenDoiBangLibreOffice(files, out, "xlsx");
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * Gzipped size of the built bundles (npm run build): the functions file, the pane as it opens, and the chunks the
 * pane loads only on demand (ExcelJS, when a council reads picked workbooks or a clerk imports an .xlsx roster).
 */
function bundles() {
  const { readFileSync, readdirSync, existsSync } = require("node:fs");
  const { gzipSync } = require("node:zlib");
  const dir = path.join(__dirname, "../dist/addin");
  if (!existsSync(dir)) return [];
  const kb = (files) => Math.round(files.reduce((n, f) => n + gzipSync(readFileSync(path.join(dir, f))).length, 0) / 102.4) / 10;
  const chunks = readdirSync(dir).filter((f) => /^\d+\.js$/.test(f));
  return [
    { name: "bundle_functions_kb_gz", value: kb(["functions.js"]), unit: "kB" },
    { name: "bundle_taskpane_kb_gz", value: kb(["taskpane.js"]), unit: "kB" },
    { name: "bundle_taskpane_on_demand_kb_gz", value: kb(chunks), unit: "kB" },
  ];
}

(async () => {
  results.push(...engineVsHyperFormula());
  results.push(...(await syncs()));
  const c = await consolidate500();
  results.push(c);
  const lo = libreOffice500(c.dir);
  delete c.dir;
  if (lo !== undefined) {
    results.push({ name: "libreoffice_convert_500_s", value: lo, unit: "s" });
    results.push({ name: "libreoffice_vs_consolidate_500", value: Math.round((lo / c.value) * 10) / 10, unit: "x" });
  }
  // 2,000 distinct unit workbooks through `dvht tong-hop` (issue 16: under 20 s on 2 cores, under 500 MB).
  results.push(...(await require("./consolidate2000").consolidate2000()));
  results.push(...bundles());
  results.push(...(await roster20k()));
  for (const r of results) console.log(`BENCH ${r.name} ${r.value} ${r.unit}`);
  writeFileSync(path.join(__dirname, "results.json"), JSON.stringify({ machine: `${require("node:os").cpus().length} cores, node ${process.version}`, results }, null, 2));
})();
