/** The corpus of bad inputs through the real command: exit 2, nothing on stdout, the expected lines on stderr. */
import { main } from "../../src/cli/index";
import { BAD_CELLS } from "../corpus/badCells";
import { BAD_CSV } from "../corpus/badCsv";
import { BAD_INPUTS, BAD_INPUTS_SINH } from "../corpus/badInputs";
import { CO_DAU, TIENG_ANH } from "../corpus/tiengViet";
import { runDvht, tempDir, writeTemp, type RunResult } from "./processHelpers";

const dir = tempDir();

test("the corpus has at least 50 bad inputs", () => {
  expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(50);
});

test("the generated hồ sơ cover every indicator of every rule set, and the three sources together reach 200", () => {
  expect(BAD_INPUTS.length + BAD_INPUTS_SINH.length).toBeGreaterThanOrEqual(300);
  for (const bo of ["tt24-huyen", "tt24-tinh", "tt22"]) expect(BAD_INPUTS_SINH.some((c) => c.input.boTieuChi === bo && c.ten.includes(" 3.3."))).toBe(true);
  expect(BAD_INPUTS.length + BAD_INPUTS_SINH.length + BAD_CELLS.length + BAD_CSV.length).toBeGreaterThanOrEqual(200);
  expect(BAD_CELLS.length).toBeGreaterThanOrEqual(100);
  expect(BAD_CSV.length).toBeGreaterThanOrEqual(50);
});

describe.each(BAD_INPUTS.map((c, i) => [c.ten, c, i] as const))("%s", (_ten, c, i) => {
  const file = writeTemp(dir, `bad-${i}.json`, c.raw ?? JSON.stringify(c.input));
  test.each([[["danh-gia", file]], [["danh-gia", file, "--json"]]])("dvht %j", (args) => {
    const r = runDvht(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    if (c.raw !== undefined) {
      expect(lines).toHaveLength(c.loi.length);
      c.loi.forEach((l, j) => expect(lines[j].startsWith(l.replace("{tep}", file))).toBe(true));
    } else {
      expect(lines).toEqual(c.loi);
    }
  });
});

/** The command's main() in this process, its streams captured: the generated cases are too many to spawn each. */
async function chay(args: string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const laTienTo = (line: string, tienTo: readonly string[]) => tienTo.some((p) => line.startsWith(`${p}: `) || new RegExp(`^${p.replace(/\./g, "\\.")}\\.\\d+: `).test(line));

describe("generated bad hồ sơ: every line names the field and is Vietnamese", () => {
  const files = BAD_INPUTS_SINH.map((c, i) => writeTemp(dir, `sinh-${i}.json`, c.input));
  test.each(BAD_INPUTS_SINH.map((c, i) => [c.ten, c, i] as const))("%s", async (_ten, c, i) => {
    const r = await chay(["danh-gia", files[i], "--json"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    const lines = r.stderr.trimEnd().split("\n");
    for (const line of lines) {
      expect([line, laTienTo(line, c.tienTo)]).toEqual([line, true]);
      expect(line).toMatch(CO_DAU);
      expect(line).not.toMatch(TIENG_ANH);
    }
  });

  test("a sample through the command as a process gives the same lines", async () => {
    const sample = BAD_INPUTS_SINH.filter((_c, i) => i % Math.ceil(BAD_INPUTS_SINH.length / 8) === 0);
    for (const c of sample) {
      const i = BAD_INPUTS_SINH.indexOf(c);
      const inProcess = await chay(["danh-gia", files[i]]);
      expect(runDvht(["danh-gia", files[i]])).toEqual(inProcess);
    }
  });
});
