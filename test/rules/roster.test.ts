/** Reading member and learner rosters: header forms, Có/Không forms, row-numbered errors, duplicates. */
import { RULE_SETS, demTuDanhSach, docBangDanhSach, docCsv, gopDanhSachVaoHoSo, validateHoSo } from "../../src/rules";
import { hoSoDayDu } from "../helpers/hoSo";

const huyen = RULE_SETS["tt24-huyen"];
const doc = (csv: string, loai: "thanh-vien" | "nguoi-hoc" = "thanh-vien") => docBangDanhSach(docCsv(csv), huyen, loai, "ds.csv");

test("the documented header, UTF-8 with BOM, comma separated", () => {
  const r = doc("\ufeffSTT,Họ và tên,Chức vụ,Kỷ luật lao động,Hoàn thành bồi dưỡng,Chuyển đổi số,Ngoại ngữ,Lao động tiên tiến,Công dân học tập\n1,Nguyễn Văn A,Hiệu trưởng,Có,Có,Có,Không,Có,Có\n2,Trần Thị B,Giáo viên,Có,Không,Có,Có,Có,Không\n");
  if (!r.ok) throw new Error(r.loi.join("\n"));
  expect(r.danhSach.chiTieu).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5", "3.1"]);
  expect(demTuDanhSach(r.danhSach)).toEqual({
    "2.1": { soDat: 2, tongSo: 2 },
    "2.2": { soDat: 1, tongSo: 2 },
    "2.3": { soDat: 2, tongSo: 2 },
    "2.4": { soDat: 1, tongSo: 2 },
    "2.5": { soDat: 2, tongSo: 2 },
    "3.1": { soDat: 1, tongSo: 2 },
  });
});

test("headers in any case, order or accents; semicolons; quotes; extra columns ignored; x/1/0/yes/no", () => {
  const r = doc('ghi chú;NGOAI NGU;ho va ten;"Chức vụ/Bộ phận";ky luat lao dong\n"a;b";x;"Lê, Văn C";GV;yes\n;0;Phạm D;;no\n;1;"Vũ ""E""";;Y\n');
  if (!r.ok) throw new Error(r.loi.join("\n"));
  expect(r.danhSach.chiTieu).toEqual(["2.1", "2.4"]);
  expect(r.danhSach.nguoi.map((n) => [n.hoTen, n.nhom, n.dat])).toEqual([
    ["Lê, Văn C", "GV", { "2.1": true, "2.4": true }],
    ["Phạm D", "", { "2.1": false, "2.4": false }],
    ['Vũ "E"', "", { "2.1": true, "2.4": true }],
  ]);
});

test("every bad row is reported with its row number and reason, and nothing is read half-way", () => {
  const r = doc("Họ và tên,Kỷ luật lao động,Ngoại ngữ\nA,Có,có lẽ\n,Có,Có\nC,,Không\n\nE,Có,Có\n");
  expect(r).toEqual({
    ok: false,
    loi: [
      "ds.csv, dòng 2, cột “Ngoại ngữ”: “có lẽ” không phải Có/Không (ghi Có, Không, x, 1, 0, yes, no)",
      "ds.csv, dòng 3: thiếu họ và tên",
      "ds.csv, dòng 4, cột “Kỷ luật lao động”: để trống (ghi Có, Không, x, 1, 0, yes, no)",
    ],
  });
  expect(doc("STT,Chức vụ\n1,GV\n")).toEqual({ ok: false, loi: ["ds.csv: thiếu cột “Họ và tên”", expect.stringContaining("ds.csv: không có cột chỉ tiêu nào")] });
  expect(doc("")).toEqual({ ok: false, loi: expect.arrayContaining([expect.stringContaining("ds.csv")]) });
  expect(doc("Họ và tên,Kỷ luật lao động\n")).toEqual({ ok: false, loi: ["ds.csv: không có dòng nào sau dòng tiêu đề"] });
});

test("duplicates are flagged, not dropped", () => {
  const r = doc("Họ và tên,Chức vụ,Kỷ luật lao động\nNguyễn Văn A,GV,Có\nnguyen van a,gv,Không\nNguyễn Văn A,Kế toán,Có\n");
  if (!r.ok) throw new Error();
  expect(r.danhSach.canhBao).toEqual(["ds.csv, dòng 3: trùng với dòng 2 (nguyen van a, gv)"]);
  expect(r.danhSach.nguoi).toHaveLength(3);
});

test("learners carry 3.1's learner part; the hồ sơ takes the roster's counts", () => {
  const r = doc("Họ và tên,Lớp,Công dân học tập\nHS1,6A,Có\nHS2,6A,Có\nHS3,6B,Không\n", "nguoi-hoc");
  if (!r.ok) throw new Error(r.loi.join());
  expect(r.danhSach.chiTieu).toEqual(["3.1"]);
  const base = validateHoSo(hoSoDayDu("tt24-huyen", "pho-thong"));
  if (!base.ok) throw new Error();
  const g = gopDanhSachVaoHoSo(base.hoSo, r.danhSach);
  expect(g.hoSo.chiTieu["3.1"]).toMatchObject({ soDat: 100, tongSo: 100, nguoiHocDat: 2, tongNguoiHoc: 3 });
  expect(g.canhBao).toEqual(["chiTieu.3.1: dùng số liệu từ danh sách người học (2/3) thay cho số liệu trong hồ sơ"]);
});
