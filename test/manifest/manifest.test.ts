/** manifest.xml: well-formed (xmllint) and carrying what the add-in needs: shared runtime, DVHT namespace, icons. */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");

test("xmllint finds it well-formed", () => {
  expect(() => execFileSync("xmllint", ["--noout", join(ROOT, "manifest.xml")])).not.toThrow();
});

test("shared runtime 1.1 runs the task pane and the functions", () => {
  expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\s*\/>/);
  expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\s*\/>/);
  expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="DVHT"\s*\/>/);
});

test("Vietnamese by default with an English override", () => {
  expect(xml).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
  expect(xml).toContain('<DisplayName DefaultValue="Đơn vị học tập">');
  expect(xml).toMatch(/<Override Locale="en-US"/);
});

test("every icon the manifest names exists in assets/", () => {
  const icons = [...xml.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+)/g)].map((m) => m[1]);
  expect(icons.length).toBeGreaterThanOrEqual(4);
  for (const icon of icons) expect(existsSync(join(ROOT, icon))).toBe(true);
});
