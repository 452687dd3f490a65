/** A worker thread of `dvht tong-hop`: reads each batch of files it is sent and answers with their receipts. */
import { parentPort } from "node:worker_threads";
import { docBanNhan } from "./consolidateRow";

parentPort!.on("message", (files: string[]) => {
  void (async () => {
    const lo = [];
    for (const file of files) lo.push(await docBanNhan(file));
    parentPort!.postMessage(lo);
  })();
});
