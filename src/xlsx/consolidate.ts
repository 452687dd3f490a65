/**
 * `dvht tong-hop`: finds every file it is given (folders recursively) and reads the unit workbooks among them in
 * parallel on the machine's cores. Every file found ends as a receipt or a named error, never skipped silently.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { THONG_BAO_SO } from "../rules";
import type { BanDoc, TepLoi } from "./consolidateCore";
import { docBanNhan } from "./consolidateRow";

/** Why a file found in a folder is not read as a unit workbook; undefined for the ones that are (.xlsx, .xls). */
export function lyDoKhongDoc(file: string): string | undefined {
  const name = basename(file);
  const duoi = extname(name).toLowerCase();
  if (name.startsWith("~$")) return THONG_BAO_SO.tepKhoaExcel;
  // .xls is opened to say precisely what it is (old format or password-protected).
  if (duoi === ".xlsx" || duoi === ".xls") return undefined;
  if (duoi === ".ods") return THONG_BAO_SO.tepOds;
  if (duoi === ".xlsm") return THONG_BAO_SO.tepXlsm;
  if (duoi === ".xltx" || duoi === ".xltm") return THONG_BAO_SO.tepMau(duoi);
  return THONG_BAO_SO.khongPhaiSo(duoi);
}

/** Files named on the command line and every file inside folders; `boQua` (the register itself) left out. */
export function timTep(duongDan: readonly string[], boQua: string): { tep: string[]; loi: TepLoi[] } {
  const tep: string[] = [];
  const loi: TepLoi[] = [];
  const them = (p: string, tuThuMuc: boolean) => {
    const day = resolve(p);
    if (day === resolve(boQua)) return;
    if (!existsSync(p)) return loi.push({ tep: day, lyDo: THONG_BAO_SO.khongTimThay });
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) them(join(p, name), true);
      return;
    }
    const lyDo = lyDoKhongDoc(p);
    // A file named on the command line is always opened: its own content says what it is.
    if (lyDo && tuThuMuc) loi.push({ tep: day, lyDo });
    else tep.push(day);
  };
  duongDan.forEach((p) => them(p, false));
  return { tep, loi };
}

/** Most worker threads: each holds its own copy of the modules (about 60 MB), and reading is bound by the cores. */
const MAX_LUONG = 8;
/** Files handed to a worker at a time: small enough that the threads finish together, large enough to cost no messages. */
const CO_LO = 8;

export async function docNhieuSo(files: readonly string[], tienDo?: (xong: number, tong: number) => void): Promise<(BanDoc | TepLoi)[]> {
  const workerFile = join(__dirname, "consolidateWorker.js");
  const nWorkers = Math.min(availableParallelism(), MAX_LUONG, Math.ceil(files.length / 25));
  const results = new Map<string, BanDoc | TepLoi>();
  const xong = () => tienDo?.(results.size, files.length);
  if (nWorkers <= 1 || !existsSync(workerFile)) {
    // Few files, or running from sources (tests): one thread is enough.
    for (const f of files) {
      results.set(f, await docBanNhan(f));
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
            const w = new Worker(workerFile);
            const giao = () => {
              if (tiep >= files.length) return void w.terminate();
              w.postMessage(files.slice(tiep, (tiep += CO_LO)));
            };
            w.on("message", (lo: (BanDoc | TepLoi)[]) => {
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
