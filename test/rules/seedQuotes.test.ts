import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SEED_000, SEED_004 } from "../helpers/seeds";

/** The quotes the tests cite must really stand in the seeds (whitespace folded). */
const seedDir = join(__dirname, "../../../shared/seeds");
const fold = (s: string) => s.replace(/\s+/g, " ");

test.each(Object.entries(SEED_000).filter(([k]) => k !== "nguon"))("seed 000 contains quote %s", (_key, quote) => {
  const text = fold(readFileSync(join(seedDir, readdirSync(seedDir).find((f) => f.startsWith("000_"))!), "utf8"));
  for (const part of quote.split(" … ")) expect(text).toContain(fold(part));
});

test.each(Object.entries(SEED_004).filter(([k]) => k !== "nguon"))("seed 004 contains quote %s", (_key, quote) => {
  const text = fold(readFileSync(join(seedDir, readdirSync(seedDir).find((f) => f.startsWith("004_"))!), "utf8"));
  expect(text).toContain(fold(quote));
});
