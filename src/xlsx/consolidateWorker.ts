/** A worker thread of `dvht tong-hop`: reads each batch of files it is sent and answers with their lines. */
import { parentPort, workerData } from "node:worker_threads";
import type { NgayThang } from "../rules";
import { docDongTongHop } from "./consolidateRow";

const { homNay } = workerData as { homNay: NgayThang };
parentPort!.on("message", (files: string[]) => {
  void (async () => {
    const lo = [];
    for (const file of files) lo.push(await docDongTongHop(file, homNay));
    parentPort!.postMessage(lo);
  })();
});
