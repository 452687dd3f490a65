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

test("README names every prerequisite: the Node versions of package.json and each Debian package .ci/run installs", () => {
  const ci = readFileSync(join(ROOT, ".ci/run"), "utf8");
  const paketler = [...ci.matchAll(/apt_packages\+=\(([^)]*)\)/g)].flatMap((m) => m[1].split(/\s+/));
  expect(paketler.length).toBeGreaterThanOrEqual(6);
  for (const p of paketler) expect(readme).toContain(`\`${p}\``);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engines = (require("../package.json") as { engines: { node: string } }).engines.node;
  expect(engines).toBe("^20.19.0 || ^22.13.0 || >=24");
  expect(readme).toContain("Node.js 20.19 trở lên trong dòng 20, 22.13 trở lên trong dòng 22, hoặc 24 trở lên");
});

test("README lists every benchmark figure with its target", () => {
  for (const name of ["engine_vs_hyperformula", "inject_syncs", "change_syncs", "xlsx_write_20k_members_s", "xlsx_read_20k_members_s", "consolidate_500_s", "libreoffice_vs_consolidate_500", "bundle_functions_kb_gz", "bundle_taskpane_kb_gz"]) {
    expect(readme).toContain(`\`${name}\``);
  }
  expect(readme).toMatch(/Máy đo: .*2 lõi/);
});
