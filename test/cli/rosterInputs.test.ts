/**
 * `dvht tao-mau --thanh-vien` with rosters as clerks export them: Excel's "CSV (Comma delimited)" on Vietnamese
 * Windows (Windows-1258, semicolons where the list separator is ";"), a title row above the header, tick marks with
 * blanks, abbreviated and unknown headers; an .xlsx with a title row. Each is read, and what the reader did is said.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { hoSoDayDu } from "../helpers/hoSo";
import { runDvht, tempDir, writeTemp } from "./processHelpers";

const dir = tempDir();
const hoSo = writeTemp(dir, "hoso.json", hoSoDayDu("tt24-huyen", "pho-thong"));

/** Windows-1258 bytes of "Họ và tên" etc., as Windows writes them (base letter, then the tone byte). */
const CP1258: [string, number[]][] = [
  ["Họ", [0x48, 0x6f, 0xf2]],
  ["tên", [0x74, 0xea, 0x6e]],
  ["Kỷ", [0x4b, 0x79, 0xd2]],
  ["luật", [0x6c, 0x75, 0xe2, 0xf2, 0x74]],
  ["Chức", [0x43, 0x68, 0xfd, 0xec, 0x63]],
  ["vụ", [0x76, 0x75, 0xf2]],
  ["Nguyễn", [0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e]],
  ["Lê", [0x4c, 0xea]],
  ["Bình", [0x42, 0x69, 0xcc, 0x6e, 0x68]],
  ["Ghi", [0x47, 0x68, 0x69]],
  ["chú", [0x63, 0x68, 0xfa]],
  ["DANH", [0x44, 0x41, 0x4e, 0x48]],
  ["SÁCH", [0x53, 0xc1, 0x43, 0x48]],
  ["và", [0x76, 0xe0]],
  ["LĐ", [0x4c, 0xd0]],
];
function cp1258(text: string): Buffer {
  const out: number[] = [];
  for (const part of text.split(/(\s+|[;\r\n]+)/)) {
    const known = CP1258.find(([w]) => w === part);
    if (known) out.push(...known[1]);
    else {
      if ([...part].some((c) => c.charCodeAt(0) > 0x7f)) throw new Error(`no bytes for ${part}`);
      out.push(...Buffer.from(part, "latin1"));
    }
  }
  return Buffer.from(out);
}

test("a Windows-1258 CSV with a title row, semicolons, tick marks, “Kỷ luật LĐ”, “CDHT” and a column it does not know", () => {
  const csv = join(dir, "ds.csv");
  writeFileSync(csv, cp1258("DANH SÁCH;;;;\r\nSTT;Họ và tên;Chức vụ;Kỷ luật LĐ;CDHT;Ghi chú\r\n1;Nguyễn An;GV;x;x;\r\n2;Lê Bình;GV;;x;\r\n3;Lê Chi;GV;x;;\r\n"));
  const out = join(dir, "ds.xlsx");
  const r = runDvht(["tao-mau", hoSo, "--thanh-vien", csv, "--out", out]);
  expect([r.code, r.stderr]).toEqual([
    0,
    "Cảnh báo: chiTieu.2.1: dùng số liệu từ danh sách thành viên (2/3) thay cho số liệu trong hồ sơ\nCảnh báo: chiTieu.3.1: dùng số liệu từ danh sách thành viên (2/3) thay cho số liệu trong hồ sơ\n",
  ]);
  expect(r.stdout.split("\n").slice(1)).toEqual([
    "Ghi chú: ds.csv: dòng tiêu đề là dòng 2; dòng 1 (tên bảng) được bỏ qua",
    "Ghi chú: ds.csv: cột D “Kỷ luật LĐ” được hiểu là “Kỷ luật lao động” (chỉ tiêu 2.1)",
    "Ghi chú: ds.csv: cột E “CDHT” được hiểu là “Công dân học tập” (chỉ tiêu 3.1)",
    "Ghi chú: ds.csv: cột F “Ghi chú” không được dùng (không phải cột nào của danh sách); nếu đó là một chỉ tiêu, hãy đặt tiêu đề đúng tên cột",
    "Ghi chú: ds.csv: cột “Kỷ luật lao động” là cột đánh dấu (chỉ ghi x hoặc ✓): 1 ô trống được tính là Không",
    "Ghi chú: ds.csv: cột “Công dân học tập” là cột đánh dấu (chỉ ghi x hoặc ✓): 1 ô trống được tính là Không",
    "Ghi chú: ds.csv: số liệu chỉ tiêu 2.1, 3.1 lấy từ danh sách",
    "",
  ]);
  const json = JSON.parse(runDvht(["danh-gia", out, "--json"]).stdout);
  expect([json.chiTieu["2.1"].trangThai, json.chiTieu["3.1"].trangThai]).toEqual(["khong-dat", "khong-dat"]); // 2/3 = 66.7 %
});

test("an .xlsx roster with a title row above the header", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  ws.addRow(["DANH SÁCH THÀNH VIÊN NĂM 2025"]);
  ws.addRow([]);
  ws.addRow(["STT", "Họ và tên", "Chức vụ", "Kỷ luật lao động"]);
  ws.addRow([1, "An", "GV", "Có"]);
  ws.addRow([2, "Bình", "GV", "Không"]);
  const file = join(dir, "ds-tieu-de.xlsx");
  await wb.xlsx.writeFile(file);
  const r = runDvht(["tao-mau", hoSo, "--thanh-vien", file, "--out", join(dir, "ra.xlsx")]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("2 thành viên");
  expect(r.stdout).toContain("Ghi chú: ds-tieu-de.xlsx: dòng tiêu đề là dòng 3; 2 dòng đầu (tên bảng) được bỏ qua\n");
  expect(r.stdout).toContain("Ghi chú: ds-tieu-de.xlsx: số liệu chỉ tiêu 2.1 lấy từ danh sách\n");
});

test("a file whose table cannot be found says how it was read and what row 1 held", () => {
  const csv = join(dir, "la.csv");
  writeFileSync(csv, cp1258("Ghi chú;và\r\nLê;Nguyễn\r\n"));
  const r = runDvht(["tao-mau", hoSo, "--thanh-vien", csv, "--out", join(dir, "la.xlsx")]);
  expect([r.code, r.stdout]).toEqual([2, ""]);
  expect(r.stderr.split("\n")[0]).toBe(
    "la.csv: thiếu cột “Họ và tên” (không thấy trong 10 dòng đầu; dòng 1 ghi: “Ghi chú”, “và”; tệp được đọc theo bảng mã Windows-1258, phân cách bằng dấu chấm phẩy)",
  );
});

test("danh-gia --thanh-vien: the same result as the workbook tao-mau writes from the same roster, with the same notes", () => {
  const csv = join(dir, "dg.csv");
  writeFileSync(csv, cp1258("DANH SÁCH;;;;\r\nSTT;Họ và tên;Chức vụ;Kỷ luật LĐ;CDHT;Ghi chú\r\n1;Nguyễn An;GV;x;x;\r\n2;Lê Bình;GV;;x;\r\n3;Lê Chi;GV;x;x;\r\n"));
  const out = join(dir, "dg.xlsx");
  const tao = runDvht(["tao-mau", hoSo, "--thanh-vien", csv, "--out", out]);
  expect(tao.code).toBe(0);
  const dg = runDvht(["danh-gia", hoSo, "--thanh-vien", csv, "--json"]);
  expect(dg.code).toBe(0);
  expect(dg.stdout).toBe(runDvht(["danh-gia", out, "--json"]).stdout);
  const notes = tao.stdout.split("\n").filter((l) => l.startsWith("Ghi chú: "));
  expect(notes).toContain("Ghi chú: dg.csv: số liệu chỉ tiêu 2.1, 3.1 lấy từ danh sách");
  expect(dg.stderr.split("\n").filter((l) => l.startsWith("Ghi chú: "))).toEqual(notes);
  expect(dg.stderr).toContain("Cảnh báo: chiTieu.3.1: dùng số liệu từ danh sách thành viên (3/3) thay cho số liệu trong hồ sơ\n");
  const bad = runDvht(["danh-gia", out, "--thanh-vien", csv]);
  expect([bad.code, bad.stdout]).toEqual([2, ""]);
  expect(bad.stderr).toMatch(/^--thanh-vien\/--nguoi-hoc chỉ dùng với hồ sơ JSON/);
});
