/** `dvht tong-hop` as a process: many units, a locked one, a reviewed one, broken and foreign files. */
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hoSoDayDu, withChiTieu } from "../helpers/hoSo";
import { runDvht, tempDir, writeTemp } from "./processHelpers";

const dir = tempDir();
const don = join(dir, "don-vi");
mkdirSync(join(don, "xa"), { recursive: true });

function tao(name: string, raw: object): string {
  const json = writeTemp(dir, `${name.replace("/", "-")}.json`, raw);
  const out = join(don, `${name}.xlsx`);
  expect(runDvht(["tao-mau", json, "--out", out]).code).toBe(0);
  return out;
}

beforeAll(async () => {
  tao("truong-a", { ...hoSoDayDu("tt24-huyen", "pho-thong"), donVi: { ten: "Trường A", loai: "pho-thong", congLap: true } });
  const b = tao("so-b", { ...withChiTieu(hoSoDayDu("tt24-tinh", "co-quan"), "2.1", { soDat: 91, tongSo: 100, minhChung: true }), donVi: { ten: "Sở B", loai: "co-quan", congLap: true } });
  runDvht(["chot", b]);
  const hd = hoSoDayDu("tt24-huyen", "kinh-te");
  tao(join("xa", "cong-ty-c"), {
    ...hd,
    donVi: { ten: "Công ty C", loai: "kinh-te", congLap: false },
    hoiDong: { chiTieu: Object.fromEntries(Object.keys(hd.chiTieu).map((id) => [id, { xepLoai: id === "1.1" ? "khong-dat" : "muc-do-2" }])) },
  });
  writeFileSync(join(don, "hong.xlsx"), "không phải sổ");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "bảng lương";
  await wb.xlsx.writeFile(join(don, "xa", "bang-luong.xlsx"));
  writeFileSync(join(don, "ghi-chu.txt"), "bỏ qua");
});

test("one sorted, filterable list with levels, council, lock status, deadlines and totals; broken files listed", async () => {
  const out = join(dir, "tong-hop.xlsx");
  const r = runDvht(["tong-hop", don, "--out", out, "--ngay", "2026-01-20"]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
  expect(r.stdout).toBe(`Đã tổng hợp 3 đơn vị vào ${out}; 2 tệp không đọc được (sheet “Không đọc được”).\n`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("Tổng hợp")!;
  const header = (ws.getRow(3).values as unknown[]).slice(1);
  const rows = [4, 5, 6].map((i) => Object.fromEntries(Array.from(ws.getRow(i).values as unknown[]).slice(1).map((v, j) => [header[j], v])));
  expect(rows.map((x) => x["Đơn vị"])).toEqual(["Công ty C", "Trường A", "Sở B"]); // cấp huyện first, then by type and name
  expect(rows[0]).toMatchObject({ "Tự đánh giá": "Đạt mức độ 2", "Hội đồng đánh giá": "Không đạt", "Khác Hội đồng": 1, "Chốt số liệu": "Chưa chốt" });
  expect(rows[2]).toMatchObject({ "Tự đánh giá": "Đạt mức độ 1", "Chốt số liệu": "Đã chốt, khớp", "Mức độ 1": 1, "Đề nghị nâng mức độ 2": "Từ 15/02/2027" });
  expect(rows[1]["Hạn nộp hồ sơ"]).toBe("Quá hạn nộp (hạn trước 15/01/2026)");
  expect(rows[1]["Bảo lưu công nhận đến"]).toBe("31/12/2029");
  expect(ws.autoFilter).toBeTruthy();
  const totals = new Map<string, unknown[]>();
  ws.eachRow((row) => {
    const v = row.values as unknown[];
    if (typeof v[2] === "string") totals.set(v[2], [v[6], v[7]]);
  });
  expect(totals.get("Đạt mức độ 2")).toEqual([2, 0]);
  expect(totals.get("Đạt mức độ 1")).toEqual([1, 0]);
  expect(totals.get("Chưa thẩm định")).toEqual([0, 2]);
  const loi = wb.getWorksheet("Không đọc được")!;
  const reasons = [2, 3].map((i) => (loi.getRow(i).values as unknown[]).slice(1).join(" | "));
  expect(reasons).toEqual([
    `${join(don, "hong.xlsx")} | hong.xlsx: nội dung tệp không phải sổ Excel .xlsx (tệp hỏng, hoặc tệp khác chỉ được đổi đuôi thành .xlsx)`,
    `${join(don, "xa", "bang-luong.xlsx")} | bang-luong.xlsx: không phải sổ mẫu dvht (thiếu tên DV_LOAI); hãy tạo sổ bằng “dvht tao-mau”`,
  ]);
});

test("bad use: exit 2", () => {
  expect(runDvht(["tong-hop", don]).stderr).toMatch(/^--out: thiếu tệp kết quả/);
  expect(runDvht(["tong-hop", join(dir, "trong"), "--out", join(dir, "x.xlsx")]).stderr).toMatch(/^không tìm thấy sổ .xlsx nào để tổng hợp/);
  expect(runDvht(["tong-hop", don, "--out", join(dir, "x.xlsx"), "--ngay", "20/01/2026"]).stderr).toBe('--ngay: "20/01/2026" không đúng dạng YYYY-MM-DD\n');
});
