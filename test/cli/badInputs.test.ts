/** The corpus of bad inputs through the real command: exit 2, nothing on stdout, the expected lines on stderr. */
import { BAD_INPUTS } from "../corpus/badInputs";
import { runDvht, tempDir, writeTemp } from "./processHelpers";

const dir = tempDir();

test("the corpus has at least 50 bad inputs", () => {
  expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(50);
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
