// `dvht tong-hop` registering 2,000 distinct unit workbooks into a new Sổ Hội đồng: seconds, peak memory of the
// process, the reading alone, and the ratio to a full ExcelJS parse of the same files. The workbooks are made once
// and kept in os.tmpdir()/dvht-bench-2000-v3.
//
// Making them: 40 real workbooks from varied hồ sơ (the examples, TT22, random TT24 units of every type, some
// locked), rendered as `dvht tao-mau` does, each with the unit name "Đơn vị thử nghiệm 90000000"; then each of the
// 2,000 files is one of them with the number in the name made unique — every part that holds it (the shared
// string, the cached results of the formulas that show the name) patched and re-deflated, every other part copied
// compressed as it is. A locked variant's fingerprint covers the name, so those files read as changed since locked.
"use strict";
const { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir, availableParallelism } = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const zlib = require("node:zlib");
const { Buffer } = require("node:buffer");

const SO_TEP = 2000;
const SO_MAU = 40;
const DAU = "90000000";
const THU_MUC = path.join(tmpdir(), "dvht-bench-2000-v3");
/** Beside the folder, not in it: tong-hop lists every file it finds. */
const XONG = `${THU_MUC}.xong`;
const ROOT = path.join(__dirname, "..");

/** The entries of a zip (central directory), each with its raw compressed bytes. */
function docZip(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const n = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < n; i++) {
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const usize = buf.readUInt32LE(p + 24);
    const nl = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nl);
    p += 46 + nl + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + csize);
    out.push({ name, method, crc, usize, raw, text: method === 8 ? zlib.inflateRawSync(raw).toString("utf8") : raw.toString("utf8") });
  }
  return out;
}

function ghiZip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6);
    h.writeUInt16LE(e.method, 8);
    h.writeUInt32LE(0x21, 10); // 1980-01-01 00:00
    h.writeUInt32LE(e.crc, 14);
    h.writeUInt32LE(e.raw.length, 18);
    h.writeUInt32LE(e.usize, 22);
    h.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    h.copy(c, 8, 6, 28);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    parts.push(h, name, e.raw);
    central.push(c, name);
    offset += 30 + name.length + e.raw.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

/** The i-th variant's hồ sơ (JSON as `dvht tao-mau` reads it). */
function hoSoMau(k) {
  const { RULE_SETS, LOAI_DON_VI, loaiCuaBo } = require("../dist/node/rules");
  const ten = `Đơn vị thử nghiệm ${DAU}`;
  const vi = ["ho-so-day-du", "thcs-kim-lien", "ninh-binh-tt22"][k % 8];
  if (vi) {
    const h = JSON.parse(readFileSync(path.join(ROOT, "examples", `${vi}.json`), "utf8"));
    h.donVi.ten = ten;
    // Vary the counts, so the variants of one example differ in results too.
    for (const ct of Object.values(h.chiTieu)) if (typeof ct.soDat === "number") ct.soDat = Math.max(0, ct.soDat - (k % 5) * 3);
    return h;
  }
  const boTieuChi = k % 2 ? "tt24-huyen" : "tt24-tinh";
  const loai = loaiCuaBo(RULE_SETS[boTieuChi]);
  const chiTieu = {};
  for (const def of RULE_SETS[boTieuChi].chiTieu) {
    const mc = { minhChung: [`MC-${def.id}`] };
    if (def.kieu === "dat") chiTieu[def.id] = { dat: (k + def.id.length) % 7 !== 0, ...mc };
    else if (def.kieu === "muc-cds") chiTieu[def.id] = { mucChuyenDoiSo: ["chua-dat", "co-ban", "tot"][k % 3], ...mc };
    else {
      const learners = def.nguoiHoc ? { nguoiHocDat: 850 + ((k * 7) % 151), tongNguoiHoc: 1000 } : {};
      chiTieu[def.id] = { soDat: 70 + ((k * 3 + def.id.length) % 31), tongSo: 100, ...learners, ...mc };
    }
  }
  void LOAI_DON_VI;
  return { boTieuChi, donVi: { ten, loai: loai[k % loai.length], congLap: k % 3 !== 0 }, namDanhGia: 2025, chiTieu };
}

async function taoThuMuc() {
  if (existsSync(XONG) && existsSync(THU_MUC) && readdirSync(THU_MUC).length === SO_TEP) return;
  rmSync(THU_MUC, { recursive: true, force: true });
  rmSync(XONG, { force: true });
  mkdirSync(THU_MUC, { recursive: true });
  const { readHoSoJson } = require("../dist/node/cli/readHoSo");
  const { buildWorkbookSpec } = require("../dist/node/template");
  const { renderWorkbook } = require("../dist/node/xlsx/renderWorkbook");
  const { writeWorkbookAtomic } = require("../dist/node/xlsx/writeFile");
  const { chotSo } = require("../dist/node/xlsx/lockWorkbook");
  const mau = [];
  const tam = `${THU_MUC}-mau`;
  rmSync(tam, { recursive: true, force: true });
  mkdirSync(tam);
  for (let k = 0; k < SO_MAU; k++) {
    const json = path.join(tam, `${k}.json`);
    writeFileSync(json, JSON.stringify(hoSoMau(k)));
    const xlsx = path.join(tam, `${k}.xlsx`);
    await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(readHoSoJson(json), "cong-thuc-goc")), xlsx);
    if (k % 5 === 4) await chotSo(xlsx, "2026-01-10T08:00:00.000Z");
    mau.push(docZip(readFileSync(xlsx)));
  }
  for (let i = 0; i < SO_TEP; i++) {
    const so = String(Number(DAU) + i);
    const entries = mau[i % SO_MAU].map((e) => {
      if (!e.text.includes(DAU)) return e;
      const data = Buffer.from(e.text.split(DAU).join(so), "utf8");
      return { name: e.name, method: 8, crc: zlib.crc32(data), usize: data.length, raw: zlib.deflateRawSync(data) };
    });
    writeFileSync(path.join(THU_MUC, `don-vi-${String(i).padStart(4, "0")}.xlsx`), ghiZip(entries));
  }
  rmSync(tam, { recursive: true, force: true });
  writeFileSync(XONG, "");
}

/**
 * A full ExcelJS parse (the reader tong-hop used before) of every 20th file, on as many threads as tong-hop uses,
 * extrapolated to the 2,000.
 */
async function docDayDu() {
  const { Worker } = require("node:worker_threads");
  const files = readdirSync(THU_MUC).filter((f) => f.endsWith(".xlsx")).sort();
  const mau = files.filter((_, i) => i % 20 === 0).map((f) => path.join(THU_MUC, f));
  const n = Math.min(availableParallelism(), 8);
  const code = `const { workerData, parentPort } = require("node:worker_threads");
    const { moSo } = require(${JSON.stringify(path.join(ROOT, "dist/node/xlsx/readWorkbook"))});
    (async () => { for (const f of workerData) await moSo(f); parentPort.postMessage("xong"); })();`;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: n }, (_, k) => new Promise((done, fail) => new Worker(code, { eval: true, workerData: mau.filter((_, i) => i % n === k) }).on("message", done).on("error", fail))),
  );
  return ((Number(process.hrtime.bigint() - start) / 1e9) * files.length) / mau.length;
}

async function consolidate2000() {
  await taoThuMuc();
  const out = path.join(tmpdir(), "dvht-bench-2000-tong-hop.xlsx");
  rmSync(out, { force: true });
  const coTime = existsSync("/usr/bin/time");
  const cmd = [process.execPath, path.join(ROOT, "bin/dvht.js"), "tong-hop", THU_MUC, "--out", out];
  const start = process.hrtime.bigint();
  const r = coTime ? spawnSync("/usr/bin/time", ["-f", "MAXRSS_KB %M", ...cmd], { encoding: "utf8" }) : spawnSync(cmd[0], cmd.slice(1), { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`tong-hop exit ${r.status}: ${r.stderr.slice(-2000)}`);
  const rss = /MAXRSS_KB (\d+)/.exec(r.stderr ?? "");
  // The reading alone (workers, light reader), without writing the register: what the rest of the time is spent on.
  const { timTep, docNhieuSo } = require("../dist/node/xlsx/consolidate");
  const t0 = process.hrtime.bigint();
  await docNhieuSo(timTep([THU_MUC], out).tep);
  const doc = Number(process.hrtime.bigint() - t0) / 1e9;
  const full = await docDayDu();
  return [
    { name: "consolidate_2000_s", value: Math.round(seconds * 100) / 100, unit: "s" },
    ...(rss ? [{ name: "consolidate_2000_peak_mb", value: Math.round(Number(rss[1]) / 1024), unit: "MB" }] : []),
    { name: "consolidate_2000_read_s", value: Math.round(doc * 100) / 100, unit: "s (reading only, no register written)" },
    { name: "full_parse_2000_s", value: Math.round(full * 10) / 10, unit: `s (ExcelJS, ${Math.min(availableParallelism(), 8)} threads, every 20th file)` },
    { name: "consolidate_full_parse_ratio", value: Math.round((seconds / full) * 1000) / 1000, unit: "x" },
  ];
}

module.exports = { consolidate2000, THU_MUC };

if (require.main === module) {
  consolidate2000().then((rs) => {
    for (const r of rs) console.log(`BENCH ${r.name} ${r.value} ${r.unit}`);
  });
}
