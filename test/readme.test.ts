/** README.md shows what the code does: the rules table and the CLI example are the real outputs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runDvht } from "./cli/processHelpers";

const ROOT = join(__dirname, "..");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");

test("the rules table is the one generated from src/rules", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { rulesTable } = require("../scripts/rules-table.js") as { rulesTable: () => string };
  expect(readme).toContain(rulesTable().trim());
});

test("the CLI example output is what dvht prints", () => {
  expect(readme).toContain(runDvht(["danh-gia", "examples/thcs-kim-lien.json"], ROOT).stdout.trimEnd());
  expect(readme).toContain(runDvht(["danh-gia", "examples/loi-nhap.json"], ROOT).stderr.trimEnd());
  expect(readme).toContain(runDvht(["danh-gia", "examples/ninh-binh-tt22.json"], ROOT).stdout.trimEnd());
});

test("README gives the two set-up commands", () => {
  expect(readme).toContain("npm ci && npm start");
  expect(readme).toContain("npm test");
});
