/** `dvht danh-gia` as a process: the readable table, the SPEC §3 JSON, help and exit codes. */
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluateHoSo, toJsonOutput, validateHoSo } from "../../src/rules";
import { hoSoDayDu, withChiTieu } from "../helpers/hoSo";
import { runDvht, tempDir, writeTemp } from "./processHelpers";

const ROOT = join(__dirname, "../..");
const EXAMPLE = join(ROOT, "examples/thcs-kim-lien.json");
const dir = tempDir();

describe("valid hồ sơ", () => {
  test("--json prints exactly the engine's SPEC §3 answer, exit 0, nothing on stderr", () => {
    const r = runDvht(["danh-gia", EXAMPLE, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    const checked = validateHoSo(JSON.parse(readFileSync(EXAMPLE, "utf8")));
    if (!checked.ok) throw new Error("example invalid");
    // The engine's answer, and no stored result cell that disagrees (a hồ sơ JSON stores none).
    expect(out).toEqual({ ...toJsonOutput(evaluateHoSo(checked.hoSo)), oKetQuaKhac: [] });
    expect(out.chiTieu["2.1"]).toEqual({ trangThai: "muc-do-2", xepLoai: "Đạt mức độ 2", lyDo: [] });
    expect(out.chiTieu["3.5"].trangThai).toBe("khong-ap-dung");
    expect(out.ketLuan).toEqual({ trangThai: "muc-do-1", xepLoai: "Đạt mức độ 1" });
    expect(out.tongHop).toEqual({
      chiTieu: { apDung: 14, khongDat: 0, mucDo1: 2, mucDo2: 12 },
      tieuChi: { apDung: 3, khongDat: 0, mucDo1: 2, mucDo2: 1 },
    });
  });

  test("the readable table names every indicator, its requirement, rate and level, the criteria, the summary and the conclusion", () => {
    const r = runDvht(["danh-gia", EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const text = r.stdout;
    expect(text).toContain("Trường THCS Kim Liên");
    expect(text).toMatch(/2\.1\s+≥ 90% \/ ≥ 95%\s+95,00% \(95\/100\)\s+Đạt mức độ 2/);
    expect(text).toMatch(/2\.4\s+≥ 50% \/ ≥ 70%\s+72,50%\s+Đạt mức độ 2/);
    expect(text).toMatch(/3\.1\s+≥ 90% \/ ≥ 95%; người học ≥ 95% \/ ≥ 97%\s+96,00% \(48\/50\); người học 97,00% \(970\/1000\)\s+Đạt mức độ 2/);
    expect(text).toMatch(/3\.5\s+—\s+—\s+Không áp dụng/);
    expect(text).toContain("Tiêu chí 2  Về kết quả học tập của thành viên trong đơn vị  Đạt mức độ 1");
    expect(text).toContain("+ Số chỉ tiêu đạt mức độ 1: 2, tỷ lệ 14,28%");
    expect(text).toContain("- Tổng số tiêu chí (áp dụng): 3");
    expect(text).toContain("* KẾT LUẬN (Đánh giá mức độ đạt được): ĐẠT MỨC ĐỘ 1");
  });

  test("a rate just below the threshold is shown rounded down, never as passing", () => {
    const file = writeTemp(dir, "bien.json", withChiTieu(hoSoDayDu("tt24-tinh", "co-quan"), "2.1", { soDat: 8999, tongSo: 10000, minhChung: true }));
    const r = runDvht(["danh-gia", file]);
    expect(r.stdout).toMatch(/2\.1\s+≥ 90% \/ ≥ 95%\s+89,99% \(8999\/10000\)\s+Không đạt/);
    expect(r.stdout).toContain("Tỷ lệ thành viên 89,99% dưới 90% (mức độ 1)");
  });

  test("a UTF-8 file with a byte-order mark is read", () => {
    const file = writeTemp(dir, "bom.json", "\ufeff" + JSON.stringify(hoSoDayDu("tt24-huyen", "xa-hoi")));
    expect(runDvht(["danh-gia", file, "--json"]).code).toBe(0);
  });
});

describe("usage", () => {
  test.each([[["--help"]], [["-h"]], [["danh-gia", "--help"]], [["danh-gia", "-h"]]])("dvht %j prints Vietnamese help, exit 0", (args) => {
    const r = runDvht(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: dvht/);
    expect(r.stdout).toContain("danh-gia");
  });
  test("--version prints the package version", () => {
    expect(runDvht(["--version"]).stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });
  test.each([
    [[], /^Cách dùng: dvht/],
    [["xep-loai"], /^lệnh không có: "xep-loai"/],
    [["danh-gia"], /^thiếu tệp hồ sơ/],
    [["danh-gia", "a.json", "b.json"], /^chỉ nhận một tệp hồ sơ/],
    [["danh-gia", EXAMPLE, "--csv"], /^tùy chọn không hợp lệ: --csv/],
    [["danh-gia", "khong-co.json"], /^khong-co\.json: không đọc được tệp khong-co\.json \(không tìm thấy tệp\)/],
    [["danh-gia", ROOT], /đây là thư mục, không phải tệp/],
  ])("dvht %j: exit 2, nothing on stdout, the reason on stderr", (args, stderr) => {
    const r = runDvht(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(stderr as RegExp);
  });
});

test("npx dvht works from the project after npm ci (the package bin)", () => {
  const out = execSync("npx --no-install dvht danh-gia examples/thcs-kim-lien.json --json", { cwd: ROOT, encoding: "utf8" });
  expect(JSON.parse(out).boTieuChi).toBe("tt24-huyen");
});
