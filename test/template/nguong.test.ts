/**
 * The Ngưỡng sheet says, for each indicator the seed words differently at mức độ 2, both wordings and how the tool
 * reads them (issue 15 item 8; the wordings are checked against seed 000 in test/rules/seedQuotes). The notes must
 * stay true to the evaluator: each one is tied here to the behaviour it describes.
 */
import { RULE_SETS, minhChungGoiY, noiDungTheoMucDo, type ChiTieuDef } from "../../src/rules";
import { TEN_SHEET_NGUONG, buildWorkbookSpec, hoSoTrong } from "../../src/template";
import { danhGia, hoSoDayDu, withChiTieu } from "../helpers/hoSo";

const def = (bo: keyof typeof RULE_SETS, id: string): ChiTieuDef => RULE_SETS[bo].chiTieu.find((d) => d.id === id)!;

function sheetNguong(bo: "tt24-huyen" | "tt24-tinh" | "tt22") {
  return buildWorkbookSpec(hoSoTrong(bo, { loai: "co-quan" })).sheets.find((s) => s.name === TEN_SHEET_NGUONG)!;
}

test.each(["tt24-huyen", "tt24-tinh"] as const)("%s: one note per indicator worded otherwise at mức độ 2, with both wordings", (bo) => {
  const cells = sheetNguong(bo).cells;
  const defs = RULE_SETS[bo].chiTieu.filter((d) => d.noiDungMucDo);
  expect(defs.length).toBeGreaterThan(0);
  const dau = cells.findIndex((c) => c.value === "Chỉ tiêu có lời văn khác nhau giữa mức độ 1 và mức độ 2, và cách sổ này đọc");
  expect(dau).toBeGreaterThan(0);
  for (const d of defs) {
    const i = cells.findIndex((c, j) => j > dau && c.value === d.id);
    expect(cells[i + 1].value).toBe(`Mức độ 1: ${d.noiDungMucDo!.mucDo1}\nMức độ 2: ${d.noiDungMucDo!.mucDo2}`);
    expect(cells[i + 2].value).toBe(d.noiDungMucDo!.cachDoc);
  }
});

test("TT22 (points, no levels) has no such note", () => {
  expect(JSON.stringify(sheetNguong("tt22"))).not.toContain("lời văn khác nhau");
});

test("the text at a level: the seed's own words, a share's threshold before its text, else the same text", () => {
  expect(noiDungTheoMucDo(def("tt24-huyen", "2.4"), 2)).toMatch(/^Tối thiểu 70% thành viên trong đơn vị có trình độ ngoại ngữ/);
  expect(noiDungTheoMucDo(def("tt24-huyen", "2.4"), 1)).toMatch(/^Tối thiểu 50% thành viên trong đơn vị có chứng nhận hoặc chứng chỉ ngoại ngữ/);
  expect(noiDungTheoMucDo(def("tt24-tinh", "2.1"), 2)).toBe(`Tối thiểu 95% thành viên trong đơn vị tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị, có tinh thần đoàn kết, hợp tác, chia sẻ và trao đổi.`);
  expect(noiDungTheoMucDo(def("tt24-huyen", "1.1"), 2)).toBe(def("tt24-huyen", "1.1").noiDung);
  expect(noiDungTheoMucDo(def("tt22", "2.1"), 1)).toBe(def("tt22", "2.1").noiDung);
  expect(minhChungGoiY(RULE_SETS.tt22, def("tt22", "2.2"))).toBe(RULE_SETS.tt22.chamDiem!.goiY["2.2"].minhChung);
  for (const bo of ["tt24-huyen", "tt24-tinh", "tt22"] as const) for (const d of RULE_SETS[bo].chiTieu) expect([bo, d.id, Boolean(minhChungGoiY(RULE_SETS[bo], d))]).toEqual([bo, d.id, true]);
});

test("3.3 cấp huyện as its note says: danh hiệu reached is Đạt mức độ 2 for every unit type, public or not", () => {
  expect(def("tt24-huyen", "3.3").noiDungMucDo!.cachDoc).toMatch(/Đạt mức độ 2, không đạt là Không đạt.*doanh nghiệp/);
  for (const loai of ["kinh-te", "xa-hoi", "co-quan"] as const) {
    for (const congLap of [true, false]) {
      const r = danhGia(hoSoDayDu("tt24-huyen", loai, congLap)).chiTieu.find((c) => c.id === "3.3")!;
      expect([loai, congLap, r.xepLoai]).toEqual([loai, congLap, "Đạt mức độ 2"]);
    }
  }
  const khong = danhGia(withChiTieu(hoSoDayDu("tt24-huyen", "co-quan"), "3.3", { dat: false, minhChung: ["TC3-03"] })).chiTieu.find((c) => c.id === "3.3")!;
  expect(khong.xepLoai).toBe("Không đạt");
});

test("2.4 as its note says: one roster column for both levels, thresholds 50% and 70%", () => {
  const d = def("tt24-huyen", "2.4");
  expect(d.kieu === "ty-le" && [d.cotDanhSach, d.nguong.mucDo1, d.nguong.mucDo2]).toEqual(["Ngoại ngữ", 50, 70]);
  expect(d.noiDungMucDo!.cachDoc).toContain("một cột “Ngoại ngữ” cho cả hai mức");
  expect(d.noiDungMucDo!.cachDoc).toContain("(50% và 70%)");
});
