import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SEED_000, SEED_004 } from "../helpers/seeds";

/**
 * The quotes the tests cite must really stand in the seeds (whitespace folded). The legal sources live beside
 * our checkout (../shared/seeds), not in the repository: in a clone elsewhere this check skips and says why.
 */
const seedDir = join(__dirname, "../../../shared/seeds");
const fold = (s: string) => s.replace(/\s+/g, " ");
const coSeeds = existsSync(seedDir);
if (!coSeeds) {
  // Straight to stderr: Jest shows no console output for a suite whose tests are all skipped.
  process.stderr.write(`\nBỏ qua đối chiếu trích dẫn: không có thư mục văn bản pháp lý ${seedDir} (chỉ có bên cạnh bản checkout của dự án).\n`);
}
const moTa = coSeeds ? describe : describe.skip;

function seed(prefix: string): string {
  return fold(readFileSync(join(seedDir, readdirSync(seedDir).find((f) => f.startsWith(prefix))!), "utf8"));
}

moTa("quotes stand in the legal sources", () => {
  test.each(Object.entries(SEED_000).filter(([k]) => k !== "nguon"))("seed 000 contains quote %s", (_key, quote) => {
    const text = seed("000_");
    for (const part of quote.split(" … ")) expect(text).toContain(fold(part));
  });

  test.each(Object.entries(SEED_004).filter(([k]) => k !== "nguon"))("seed 004 contains quote %s", (_key, quote) => {
    expect(seed("004_")).toContain(fold(quote));
  });
});
