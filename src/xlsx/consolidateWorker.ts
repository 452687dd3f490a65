/** A worker thread of `dvht tong-hop`: reads the files it is given, one message per file (for the progress bar). */
import { parentPort, workerData } from "node:worker_threads";
import { docBanNhan } from "./consolidateRow";

const { files } = workerData as { files: string[] };
void (async () => {
  for (const file of files) parentPort!.postMessage(await docBanNhan(file));
})();
