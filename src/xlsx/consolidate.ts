/**
 * `dvht tong-hop`: reads any number of unit workbooks (in parallel on the machine's cores) and writes one sorted,
 * filterable list with totals per level. Unreadable or foreign files are listed with the reason, never fatal.
 */
import ExcelJS from "exceljs";
import { existsSync, readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { extname, join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { THONG_BAO_SO, XEP_LOAI, type NgayThang } from "../rules";
import { FONT } from "../template";
import { CHUA_THAM_DINH, cotTongHop, sapXep, type DongTongHop, type TepLoi } from "./consolidateCore";
import { docDongTongHop } from "./consolidateRow";
import { writeWorkbookAtomic } from "./writeFile";

/** Files named on the command line, and the .xlsx (and .xls) files inside folders (recursively); Excel's lock files skipped. */
export function timTep(duongDan: readonly string[], boQua: string): { tep: string[]; loi: TepLoi[] } {
  const tep: string[] = [];
  const loi: TepLoi[] = [];
  const them = (p: string) => {
    if (resolve(p) === resolve(boQua)) return;
    if (!existsSync(p)) return loi.push({ tep: p, lyDo: THONG_BAO_SO.khongTimThay });
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const child = join(p, name);
        if (statSync(child).isDirectory()) them(child);
        // .xls too: an old-format workbook is listed as unreadable, with what to do, rather than silently skipped.
        else if ([".xlsx", ".xls"].includes(extname(name).toLowerCase()) && !name.startsWith("~$") && resolve(child) !== resolve(boQua)) tep.push(child);
      }
    } else tep.push(p);
  };
  duongDan.forEach(them);
  return { tep, loi };
}

/** Most worker threads: each holds its own copy of the modules (about 60 MB), and reading is bound by the cores. */
const MAX_LUONG = 8;
/** Files handed to a worker at a time: small enough that the threads finish together, large enough to cost no messages. */
const CO_LO = 8;

export async function docNhieuSo(files: readonly string[], homNay: NgayThang, tienDo?: (xong: number, tong: number) => void): Promise<(DongTongHop | TepLoi)[]> {
  const workerFile = join(__dirname, "consolidateWorker.js");
  const nWorkers = Math.min(availableParallelism(), MAX_LUONG, Math.ceil(files.length / 25));
  const results = new Map<string, DongTongHop | TepLoi>();
  const xong = () => tienDo?.(results.size, files.length);
  if (nWorkers <= 1 || !existsSync(workerFile)) {
    // Few files, or running from sources (tests): one thread is enough.
    for (const f of files) {
      results.set(f, await docDongTongHop(f, homNay));
      xong();
    }
  } else {
    // One worker per core, each asking for the next batch when done with one: a slow file holds no one up.
    let tiep = 0;
    await Promise.all(
      Array.from(
        { length: nWorkers },
        () =>
          new Promise<void>((done, fail) => {
            const w = new Worker(workerFile, { workerData: { homNay } });
            const giao = () => {
              if (tiep >= files.length) return void w.terminate();
              w.postMessage(files.slice(tiep, (tiep += CO_LO)));
            };
            w.on("message", (lo: (DongTongHop | TepLoi)[]) => {
              for (const r of lo) results.set(r.tep, r);
              xong();
              giao();
            });
            w.on("error", fail);
            w.on("exit", () => done());
            giao();
          }),
      ),
    );
  }
  return files.map((f) => results.get(f) ?? { tep: f, lyDo: THONG_BAO_SO.khongDocXong });
}

const font = (bold = false, size = 11) => ({ name: FONT, size, bold });

export async function ghiTongHop(ketQua: readonly (DongTongHop | TepLoi)[], out: string): Promise<{ soDonVi: number; soLoi: number }> {
  const dong = sapXep(ketQua.filter((r): r is DongTongHop => "tuDanhGia" in r));
  const loi = ketQua.filter((r): r is TepLoi => "lyDo" in r);
  const COT = cotTongHop();
  const wb = new ExcelJS.Workbook();
  wb.creator = "dvht";
  const ws = wb.addWorksheet("Tổng hợp", { views: [{ state: "frozen", ySplit: 3 }], pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 6 }, ...COT.map((c) => ({ width: c.width }))];
  ws.getCell("A1").value = "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ “ĐƠN VỊ HỌC TẬP”";
  ws.getCell("A1").font = font(true, 14);
  ws.getCell("A2").value = `${dong.length} đơn vị; ${loi.length} tệp không đọc được (xem sheet “Không đọc được”).`;
  const header = ws.getRow(3);
  ["STT", ...COT.map((c) => c.header)].forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = font(true);
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
  });
  dong.forEach((d, i) => {
    const row = ws.getRow(4 + i);
    row.getCell(1).value = i + 1;
    COT.forEach((c, j) => (row.getCell(j + 2).value = c.value(d)));
    row.font = font();
  });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + Math.max(dong.length, 1), column: COT.length + 1 } };

  // Totals per level, for the units' own conclusion and the council's.
  let r = 5 + dong.length;
  ws.getCell(`B${r}`).value = "Tổng theo mức";
  ws.getCell(`B${r}`).font = font(true);
  const muc = [XEP_LOAI["muc-do-2"], XEP_LOAI["muc-do-1"], XEP_LOAI["khong-dat"], XEP_LOAI["chua-du-du-lieu"], CHUA_THAM_DINH];
  ws.getCell(`F${r}`).value = "Tự đánh giá";
  ws.getCell(`G${r}`).value = "Hội đồng";
  for (const m of muc) {
    r++;
    ws.getCell(`B${r}`).value = m;
    ws.getCell(`F${r}`).value = dong.filter((d) => d.tuDanhGia === m).length;
    ws.getCell(`G${r}`).value = dong.filter((d) => d.hoiDong === m).length;
  }

  const wl = wb.addWorksheet("Không đọc được");
  wl.columns = [{ header: "Tệp", width: 60 }, { header: "Lý do", width: 100 }];
  wl.getRow(1).font = font(true);
  for (const e of loi) wl.addRow([e.tep, e.lyDo]);
  await writeWorkbookAtomic(wb, out);
  return { soDonVi: dong.length, soLoi: loi.length };
}
