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
  const { timTep, docNhieuSo, ghiTongHop } = require("../dist/node/xlsx/consolidate");
  const dir = mkdtempSync(path.join(tmpdir(), "dvht-bench-"));
  const first = path.join(dir, "don-vi-0.xlsx");
  await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(validated[0])), first);
  for (let i = 1; i < 500; i++) copyFileSync(first, path.join(dir, `don-vi-${i}.xlsx`));
  const out = path.join(tmpdir(), "dvht-bench-tong-hop.xlsx");
  const start = process.hrtime.bigint();
  const { tep } = timTep([dir], out);
  await ghiTongHop(await docNhieuSo(tep, { nam: 2026, thang: 1, ngay: 1 }), out);
  return { name: "consolidate_500_s", value: Number(process.hrtime.bigint() - start) / 1e9, unit: "s" };
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

(async () => {
  results.push(await consolidate500());
  results.push(...(await roster20k()));
  for (const r of results) console.log(`BENCH ${r.name} ${r.value} ${r.unit}`);
  writeFileSync(path.join(__dirname, "results.json"), JSON.stringify({ machine: `${require("node:os").cpus().length} cores, node ${process.version}`, results }, null, 2));
})();
