/** A worker thread of `dvht tong-hop`: reads the files it is given, one message per file (for the progress bar). */
import { parentPort, workerData } from "node:worker_threads";
import type { NgayThang } from "../rules";
import { docDongTongHop } from "./consolidateRow";

const { files, homNay } = workerData as { files: string[]; homNay: NgayThang };
void (async () => {
  for (const file of files) parentPort!.postMessage(await docDongTongHop(file, homNay));
})();
