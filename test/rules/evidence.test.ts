/**
 * “Các tiêu chí, chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt” (seed 000): what a Minh chứng text
 * cites, defined once in src/rules/evidence.ts, and read the same from a hồ sơ string, a hồ sơ list and a cell.
 */
import { coMinhChung, duocTrichDan, khoaMaMinhChung, maMinhChung, validateHoSo } from "../../src/rules";
import { BIEN_THE_MINH_CHUNG } from "../helpers/evidence";
import { danhGia, hoSoDayDu, ketQuaChiTieu, withChiTieu } from "../helpers/hoSo";

test.each(BIEN_THE_MINH_CHUNG)("$moTa: has evidence = $coMinhChung", ({ text, coMinhChung: co }) => {
  expect(coMinhChung(text)).toBe(co);
});

test("the cited codes: split at , ; and line breaks, blanks of every kind around each code removed", () => {
  expect(maMinhChung(" MC1 ")).toEqual(["MC1"]);
  expect(maMinhChung("MC1;MC2")).toEqual(["MC1", "MC2"]);
  expect(maMinhChung("MC1\r\nMC2\n\nMC3")).toEqual(["MC1", "MC2", "MC3"]);
  expect(maMinhChung("\u00A0MC1\u00A0,\u200BMC2\uFEFF;\tMC3\u202F")).toEqual(["MC1", "MC2", "MC3"]);
  expect(maMinhChung("QĐ 12/QĐ-UBND, ,")).toEqual(["QĐ 12/QĐ-UBND"]);
  expect(maMinhChung(", ;\u00A0\u200B\t\r\n")).toEqual([]);
});

test("codes compare whole, without blanks, whatever the case: MC1 is not cited by MC10", () => {
  expect(khoaMaMinhChung(" TC 1-01\u00A0")).toBe("tc1-01");
  expect(duocTrichDan("MC1", ["MC10"])).toBe(false);
  expect(duocTrichDan("MC1", ["MC10; MC11", "MC2"])).toBe(false);
  expect(duocTrichDan("MC1", ["MC10", "mc1"])).toBe(true);
  expect(duocTrichDan("MC10", ["MC1, MC10"])).toBe(true);
  expect(duocTrichDan("\u00A0", ["MC1, ,"])).toBe(false);
});

describe("the engine judges a hồ sơ's evidence by the same definition", () => {
  const base = hoSoDayDu("tt24-huyen", "co-quan");
  test.each(BIEN_THE_MINH_CHUNG)("minhChung as text $moTa", ({ text, coMinhChung: co }) => {
    const r = ketQuaChiTieu(withChiTieu(base, "2.1", { soDat: 100, tongSo: 100, minhChung: text }), "2.1");
    expect(r.xepLoai).toBe(co ? "Đạt mức độ 2" : "Không đạt");
  });

  test("CT 2.1 with only a no-break space is “Không đạt”, and so is the unit", () => {
    const k = danhGia(withChiTieu(base, "2.1", { soDat: 100, tongSo: 100, minhChung: "\u00A0" }));
    expect(k.chiTieu.find((c) => c.id === "2.1")!.xepLoai).toBe("Không đạt");
    expect(k.ketLuan.xepLoai).toBe("Không đạt");
  });

  test("a listed code made only of blanks or separators is refused like an empty one", () => {
    for (const ma of ["", "\u00A0", "\u200B", ", ;"]) {
      const r = validateHoSo(withChiTieu(base, "2.1", { soDat: 100, tongSo: 100, minhChung: ["TC2-01", ma] }));
      expect(r).toEqual({ ok: false, loi: ["chiTieu.2.1.minhChung.1: mã minh chứng thứ 2 không được để trống"] });
    }
  });

  test("a listed entry holding several codes gives each of them", () => {
    const r = validateHoSo(withChiTieu(base, "2.1", { soDat: 100, tongSo: 100, minhChung: [" TC2-01 ;TC2-02"] }));
    expect(r.ok && r.hoSo.chiTieu["2.1"].minhChung).toEqual(["TC2-01", "TC2-02"]);
  });
});
