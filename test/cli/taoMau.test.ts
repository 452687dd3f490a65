/** `dvht tao-mau` and `dvht danh-gia <sổ.xlsx>` as processes: the contract of SPEC §3 for workbooks. */
import ExcelJS from "exceljs";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hoSoDayDu, withChiTieu } from "../helpers/hoSo";
import { runDvht, tempDir, writeTemp } from "./processHelpers";

const ROOT = join(__dirname, "../..");
const EXAMPLE = join(ROOT, "examples/thcs-kim-lien.json");
const dir = tempDir();

test("a hồ sơ written as a workbook evaluates exactly like the hồ sơ (including a typed rate)", () => {
  const out = join(dir, "kim-lien.xlsx");
  const r = runDvht(["tao-mau", EXAMPLE, "--out", out]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Đã tạo");
  const fromJson = runDvht(["danh-gia", EXAMPLE, "--json"]);
  const fromXlsx = runDvht(["danh-gia", out, "--json"]);
  expect(fromXlsx.code).toBe(0);
  expect(fromXlsx.stderr).toBe("");
  expect(JSON.parse(fromXlsx.stdout)).toEqual(JSON.parse(fromJson.stdout));
});

test.each([
  ["tt24-tinh", "dai-hoc", true],
  ["tt24-huyen", "kinh-te", false],
] as const)("blank template %s %s: written, read back, every applicable indicator lacks data", (bo, loai, congLap) => {
  const out = join(dir, `mau-${bo}-${loai}.xlsx`);
  const r = runDvht(["tao-mau", "--bo", bo, "--loai", loai, ...(congLap ? ["--cong-lap"] : []), "--nam", "2025", "--out", out]);
  expect(r.code).toBe(0);
  const json = JSON.parse(runDvht(["danh-gia", out, "--json"]).stdout);
  expect(json.boTieuChi).toBe(bo);
  expect(json.ketLuan.xepLoai).toBe("Chưa đủ dữ liệu");
  expect(json.tongHop.chiTieu.mucDo2).toBe(0);
});

test("a stored result that disagrees with the engine is reported, and the exit code stays 0", async () => {
  const out = join(dir, "sua.xlsx");
  runDvht(["tao-mau", EXAMPLE, "--out", out]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("Bảng tổng hợp")!;
  const cell = ws.getCell("L12"); // CT_2_1_MUCDO
  cell.value = { formula: cell.formula, result: "Không đạt" } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(out);
  const r = runDvht(["danh-gia", out, "--json"]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("Cảnh báo: CT_2_1_MUCDO ('Bảng tổng hợp'!L12) ghi “Không đạt”, bộ quy tắc cho “Đạt mức độ 2”\n");
});

describe("bad input: exit 2, nothing on stdout, Vietnamese lines naming the field or the cell", () => {
  test.each([
    [["tao-mau", "--loai", "co-quan", "--out", "x.xlsx"], /^--bo: thiếu bộ tiêu chí/],
    [["tao-mau", "--bo", "tt23", "--loai", "co-quan", "--out", "x.xlsx"], /^--bo: bộ tiêu chí "tt23" không có/],
    [["tao-mau", "--bo", "tt24-huyen", "--loai", "truong", "--out", "x.xlsx"], /^--loai: loại đơn vị "truong" không hợp lệ/],
    [["tao-mau", "--bo", "tt24-huyen", "--loai", "co-quan", "--nam", "20x5", "--out", "x.xlsx"], /^--nam: năm đánh giá "20x5"/],
    [["tao-mau", "--bo", "tt24-huyen", "--loai", "co-quan"], /^--out: thiếu tệp kết quả/],
    [["tao-mau", "--bo", "tt24-huyen", "--loai", "co-quan", "--out", "x.ods"], /^--out: tệp kết quả "x.ods" phải có đuôi .xlsx/],
    [["tao-mau", "--bo", "tt24-huyen", "--loai", "co-quan", "--out", "/khong/co/x.xlsx"], /^--out: thư mục "\/khong\/co" không tồn tại/],
    [["tao-mau", EXAMPLE, "--bo", "tt24-huyen", "--out", "x.xlsx"], /không dùng cả hai/],
  ])("dvht %j", (args, message) => {
    const r = runDvht(args as string[], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  test("an invalid hồ sơ writes no file", () => {
    const bad = writeTemp(dir, "bad.json", withChiTieu(hoSoDayDu("tt24-huyen", "co-quan"), "2.1", { soDat: 5, tongSo: 4 }));
    const out = join(dir, "khong-ghi.xlsx");
    const r = runDvht(["tao-mau", bad, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("chiTieu.2.1.soDat: số đạt (5) lớn hơn tổng số (4)\n");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("a file that is not a workbook, and a workbook that is not a dvht template", async () => {
    const notZip = join(dir, "hong.xlsx");
    writeFileSync(notZip, "không phải zip");
    let r = runDvht(["danh-gia", notZip]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(`${notZip}: nội dung tệp không phải sổ Excel .xlsx (tệp hỏng, hoặc tệp khác chỉ được đổi đuôi thành .xlsx)\n`);
    const foreign = join(dir, "khac.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = 1;
    await wb.xlsx.writeFile(foreign);
    r = runDvht(["danh-gia", foreign]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(/không phải sổ mẫu dvht \(thiếu tên DV_LOAI\)/);
  });

  test("bad cells are named with their address", async () => {
    const out = join(dir, "o-sai.xlsx");
    runDvht(["tao-mau", "--bo", "tt24-huyen", "--loai", "co-quan", "--out", out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.getWorksheet("Bảng tổng hợp")!.getCell("E12").value = 0; // CT_2_1_TONGSO
    wb.getWorksheet("Thông tin")!.getCell("B6").value = "có lẽ"; // DV_CONGLAP
    await wb.xlsx.writeFile(out);
    const r = runDvht(["danh-gia", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `DV_CONGLAP ('Thông tin'!B6): phải là "Có" hoặc "Không" (nhận được "có lẽ")\n` +
        `CT_2_1_TONGSO ('Bảng tổng hợp'!E12): tổng số (0) phải lớn hơn hoặc bằng 1\n`,
    );
  });
});

describe("tao-mau with a member roster", () => {
  const header = "STT;Họ và tên;Chức vụ;Kỷ luật lao động;Hoàn thành bồi dưỡng;Chuyển đổi số;Ngoại ngữ;Lao động tiên tiến;Công dân học tập\n";
  test("counts come from the roster; replaced hồ sơ counts and duplicates are warned about", () => {
    const csv = writeTemp(dir, "tv.csv", "\ufeff" + header + "1;An;GV;x;x;x;x;x;x\n2;Bình;GV;1;1;1;0;1;1\n3;An;gv;yes;yes;yes;no;yes;yes\n");
    const out = join(dir, "tv.xlsx");
    const r = runDvht(["tao-mau", EXAMPLE, "--thanh-vien", csv, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("3 thành viên");
    expect(r.stderr).toContain("Cảnh báo: tv.csv, dòng 4: trùng với dòng 2 (An, gv)");
    expect(r.stderr).toContain("Cảnh báo: chiTieu.2.1: dùng số liệu từ danh sách thành viên (3/3) thay cho số liệu trong hồ sơ");
    const json = JSON.parse(runDvht(["danh-gia", out, "--json"]).stdout);
    expect(json.chiTieu["2.4"].trangThai).toBe("khong-dat"); // 1/3
  });
  test("a roster with bad rows writes nothing and lists every row", () => {
    const csv = writeTemp(dir, "tv-sai.csv", header + "1;An;GV;x;x;x;x;x;?\n2;;GV;x;x;x;x;x;x\n");
    const out = join(dir, "tv-sai.xlsx");
    const r = runDvht(["tao-mau", EXAMPLE, "--thanh-vien", csv, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "tv-sai.csv, dòng 2, cột “Công dân học tập”: “?” không phải Có/Không (ghi Có, Không, x, ✓, 1, 0, yes, no)\n" + "tv-sai.csv, dòng 3: thiếu họ và tên\n",
    );
    expect(existsSync(out)).toBe(false);
  });
});

test("evidence codes cited on the form but missing from the Danh mục minh chứng are reported", async () => {
  const out = join(dir, "minh-chung.xlsx");
  runDvht(["tao-mau", EXAMPLE, "--out", out]);
  let r = runDvht(["danh-gia", out, "--json"]);
  expect(r.stderr).toBe(""); // an empty list is not checked yet
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("Sổ minh chứng")!; // the clerk's register (the printed Danh mục lists the cited codes)
  ["TC1-01", "TC1-02", "TC1-03", "TC1-04", "TC1-05", "TC2-01", "TC2-02", "TC2-03", "TC2-04", "TC2-05", "TC3-01", "TC3-02", "TC3-03"].forEach((ma, i) => (ws.getCell(`A${4 + i}`).value = ma));
  await wb.xlsx.writeFile(out);
  r = runDvht(["danh-gia", out, "--json"]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("Cảnh báo: mã minh chứng “TC3-04” (chỉ tiêu 3.4) chưa có trong Danh mục minh chứng\n");
});

describe("tt22 (points) workbooks through the CLI", () => {
  const EXAMPLE_22 = join(ROOT, "examples/ninh-binh-tt22.json");

  test("JSON → workbook → danh-gia gives the same points, total and class as the JSON", () => {
    const out = join(dir, "ninh-binh.xlsx");
    expect(runDvht(["tao-mau", EXAMPLE_22, "--out", out]).code).toBe(0);
    const fromJson = JSON.parse(runDvht(["danh-gia", EXAMPLE_22, "--json"]).stdout);
    const fromXlsx = runDvht(["danh-gia", out, "--json"]);
    expect(fromXlsx.stderr).toBe("");
    expect(JSON.parse(fromXlsx.stdout)).toEqual(fromJson);
    expect(fromJson).toMatchObject({ boTieuChi: "tt22", tongDiem: 73, ketLuan: { xepLoai: "Khá", tongDiem: 73, hang: "kha" } });
    expect(fromJson.chiTieu["2.3"]).toMatchObject({ diem: 7, diemToiDa: 10, xepLoai: "7/10 điểm" });
  });

  test("blank tt22 template: every indicator lacks data, diem null, class not given", () => {
    const out = join(dir, "mau-tt22.xlsx");
    expect(runDvht(["tao-mau", "--bo", "tt22", "--loai", "co-quan", "--out", out]).code).toBe(0);
    const json = JSON.parse(runDvht(["danh-gia", out, "--json"]).stdout);
    expect(json.ketLuan).toMatchObject({ xepLoai: "Chưa đủ dữ liệu", tongDiem: 0 });
    expect(Object.values(json.chiTieu).every((c) => (c as { diem: unknown }).diem === null)).toBe(true);
  });

  test("a choice typed outside the list and a stored points cell that disagrees are named by cell", async () => {
    const out = join(dir, "ninh-binh-sai.xlsx");
    runDvht(["tao-mau", EXAMPLE_22, "--out", out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Bảng tổng hợp")!;
    const diem = ws.getCell("J13"); // CT_2_3_DIEM
    diem.value = { formula: diem.formula, result: 10 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(out);
    const warn = runDvht(["danh-gia", out]);
    expect(warn.code).toBe(0);
    expect(warn.stderr).toBe("Cảnh báo: CT_2_3_DIEM ('Bảng tổng hợp'!J13) ghi “10”, bộ quy tắc cho “7”\n");
    ws.getCell("E7").value = "Có"; // CT_1_1_LUACHON
    await wb.xlsx.writeFile(out);
    const bad = runDvht(["danh-gia", out, "--json"]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/^CT_1_1_LUACHON \('Bảng tổng hợp'!E7\): phải là một trong: Có kế hoạch riêng; Lồng ghép trong kế hoạch công tác năm; Không xây dựng kế hoạch \(nhận được "Có"\)/);
  });
});
