/**
 * A workbook recalculated and saved by Gnumeric (`ssconvert --recalc`) stores text results of formulas as shared
 * strings (`<c t="s"><f>…</f><v>index</v></c>`): `dvht danh-gia` must read them as the texts they are, not as the
 * index numbers, so it warns of nothing and finds what it finds on the workbook as written by `dvht tao-mau`.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { moSoTuByte } from "../../src/xlsx/openWorkbook";
import { hoSoDayDu } from "../helpers/hoSo";
import { runDvht, tempDir, writeTemp } from "./processHelpers";

const coSsconvert = spawnSync("ssconvert", ["--version"], { encoding: "utf8" }).status === 0;
if (!coSsconvert) console.log("Bỏ qua test Gnumeric: không có lệnh ssconvert (cài gói gnumeric để chạy).");
const testNeuCo = coSsconvert ? test : test.skip;

testNeuCo.each([
  ["blank template", ["--bo", "tt24-huyen", "--loai", "pho-thong", "--cong-lap"]],
  ["filled tt24-tinh", "tt24-tinh"],
  ["filled tt22", "tt22"],
] as const)(
  "%s: the same result before and after `ssconvert --recalc`, and no warning",
  async (_ten, nguon) => {
    const dir = tempDir();
    const goc = join(dir, "goc.xlsx");
    const gnumeric = join(dir, "gnumeric.xlsx");
    const args = typeof nguon === "string" ? [writeTemp(dir, "hs.json", hoSoDayDu(nguon, nguon === "tt24-tinh" ? "dai-hoc" : "pho-thong"))] : [...nguon];
    expect(runDvht(["tao-mau", ...args, "--out", goc]).code).toBe(0);
    const r = spawnSync("ssconvert", ["--recalc", goc, gnumeric], { encoding: "utf8", timeout: 120_000 });
    expect(r.status).toBe(0);
    // The premise: Gnumeric did store a text result as a shared string.
    const xml = spawnSync("unzip", ["-p", gnumeric, "xl/worksheets/sheet*.xml"], { encoding: "utf8", maxBuffer: 64 << 20 }).stdout;
    expect(xml).toMatch(/<c [^>]*t="s"[^>]*>\s*<f>/);
    const truoc = runDvht(["danh-gia", goc]);
    const sau = runDvht(["danh-gia", gnumeric]);
    expect([sau.code, sau.stderr]).toEqual([0, ""]);
    expect(sau.stdout.replace(/gnumeric\.xlsx/g, "goc.xlsx")).toBe(truoc.stdout);
    // Read in process too: the conclusion cell holds text, not a number.
    const so = await moSoTuByte(readFileSync(gnumeric), "gnumeric.xlsx");
    expect(typeof so.get("KET_LUAN")).toBe("string");
  },
  120_000,
);
