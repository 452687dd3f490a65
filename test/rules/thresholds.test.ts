/**
 * Every member-level threshold exactly at, one member below and one above, for both levels and both cấp.
 * Seed 000 (mục IV.1.1/IV.1.2 cấp huyện, IV.2.1/IV.2.2 cấp thành phố) and seed 001 give the numbers.
 */
import { RULE_SETS, type ChiTieuTyLe } from "../../src/rules";
import { BO_TT24, hoSoDayDu, ketQuaChiTieu, withChiTieu } from "../helpers/hoSo";
import { SEED_000, SEED_001 } from "../helpers/seeds";

const MC = { minhChung: ["MC-01"] };

/** Smallest count reaching `nguong` % of `tongSo`, computed independently of the engine. */
function soToiThieu(nguong: number, tongSo: number): number {
  return Math.ceil((nguong * tongSo) / 100);
}

describe.each(BO_TT24)("%s", (bo) => {
  const indicators = RULE_SETS[bo].chiTieu.filter((d): d is ChiTieuTyLe => d.kieu === "ty-le");
  const base = hoSoDayDu(bo, "co-quan");

  test("has the member indicators 2.1–2.5 and 3.1", () => {
    expect(indicators.map((d) => d.id)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5", "3.1"]);
  });

  describe.each(indicators.map((d) => [d.id, d] as const))("chỉ tiêu %s", (id, def) => {
    const { mucDo1, mucDo2 } = def.nguong;
    const level = (soDat: number, tongSo: number) =>
      ketQuaChiTieu(withChiTieu(base, id, { soDat, tongSo, ...MC }), id).xepLoai;

    test.each([100, 1000, 7, 33, 250])("tổng số %i: at, below and above each threshold", (tongSo) => {
      const m1 = soToiThieu(mucDo1, tongSo);
      const m2 = soToiThieu(mucDo2, tongSo);
      expect(level(m1 - 1, tongSo)).toBe("Không đạt");
      expect(level(m1, tongSo)).toBe(m1 >= m2 ? "Đạt mức độ 2" : "Đạt mức độ 1");
      if (m1 + 1 < m2) expect(level(m1 + 1, tongSo)).toBe("Đạt mức độ 1");
      if (m2 - 1 >= m1) expect(level(m2 - 1, tongSo)).toBe("Đạt mức độ 1");
      expect(level(m2, tongSo)).toBe("Đạt mức độ 2");
      if (m2 + 1 <= tongSo) expect(level(m2 + 1, tongSo)).toBe("Đạt mức độ 2");
    });

    test("typed rates: exactly at passes, 0.01 point below fails, no rounding", () => {
      const rate = (tyLe: unknown) => ketQuaChiTieu(withChiTieu(base, id, { tyLe, ...MC }), id).xepLoai;
      expect(rate(mucDo1)).toBe("Đạt mức độ 1");
      expect(rate(mucDo1 - 0.01)).toBe("Không đạt");
      expect(rate(mucDo1 + 0.01)).toBe("Đạt mức độ 1");
      expect(rate(mucDo2 - 0.01)).toBe("Đạt mức độ 1");
      expect(rate(mucDo2)).toBe("Đạt mức độ 2");
      expect(rate(mucDo2 + 0.01)).toBe("Đạt mức độ 2");
      // An Excel percent cell holds a fraction: 0.95 × 100 is 94.99999999999999 in binary floating point.
      expect(rate(mucDo2 / 100)).toBe("Đạt mức độ 2");
      expect(rate(mucDo1 / 100)).toBe("Đạt mức độ 1");
      expect(rate(`${String(mucDo1 - 0.01).replace(".", ",")}%`)).toBe("Không đạt");
      expect(rate(`${mucDo2}%`)).toBe("Đạt mức độ 2");
    });
  });

  test(`2.1 uses 90 / 95 — ${SEED_000.tc2ct1m1} / ${SEED_000.tc2ct1m2}; ${SEED_001.tc2ct1}`, () => {
    const def = indicators.find((d) => d.id === "2.1")!;
    expect([def.nguong.mucDo1, def.nguong.mucDo2]).toEqual([90, 95]);
    expect(ketQuaChiTieu(withChiTieu(base, "2.1", { soDat: 90, tongSo: 100, ...MC }), "2.1").xepLoai).toBe("Đạt mức độ 1");
    expect(ketQuaChiTieu(withChiTieu(base, "2.1", { soDat: 89, tongSo: 100, ...MC }), "2.1").xepLoai).toBe("Không đạt");
    expect(ketQuaChiTieu(withChiTieu(base, "2.1", { soDat: 95, tongSo: 100, ...MC }), "2.1").xepLoai).toBe("Đạt mức độ 2");
  });

  test(`2.4 uses 50 / 70 — ${SEED_000.tc2ct4m1} / ${SEED_000.tc2ct4m2}`, () => {
    const def = indicators.find((d) => d.id === "2.4")!;
    expect([def.nguong.mucDo1, def.nguong.mucDo2]).toEqual([50, 70]);
    expect(ketQuaChiTieu(withChiTieu(base, "2.4", { soDat: 49, tongSo: 100, ...MC }), "2.4").xepLoai).toBe("Không đạt");
    expect(ketQuaChiTieu(withChiTieu(base, "2.4", { soDat: 50, tongSo: 100, ...MC }), "2.4").xepLoai).toBe("Đạt mức độ 1");
    expect(ketQuaChiTieu(withChiTieu(base, "2.4", { soDat: 69, tongSo: 100, ...MC }), "2.4").xepLoai).toBe("Đạt mức độ 1");
    expect(ketQuaChiTieu(withChiTieu(base, "2.4", { soDat: 70, tongSo: 100, ...MC }), "2.4").xepLoai).toBe("Đạt mức độ 2");
  });

  test(`3.1 uses 90 / 95 for members and 95 / 97 for learners — ${SEED_000.tc3ct1m1} / ${SEED_000.tc3ct1m2}`, () => {
    const def = indicators.find((d) => d.id === "3.1")!;
    expect([def.nguong.mucDo1, def.nguong.mucDo2]).toEqual([90, 95]);
    expect([def.nguoiHoc?.nguong.mucDo1, def.nguoiHoc?.nguong.mucDo2]).toEqual([95, 97]);
  });

  test("the five thresholds of TT 24 are 50 / 70 / 90 / 95 / 97 and nothing else", () => {
    const all = new Set(
      indicators.flatMap((d) => [d.nguong.mucDo1, d.nguong.mucDo2, d.nguoiHoc?.nguong.mucDo1, d.nguoiHoc?.nguong.mucDo2]),
    );
    all.delete(undefined);
    expect([...all].sort((a, b) => a! - b!)).toEqual([50, 70, 90, 95, 97]);
    for (const d of indicators) expect(d.nguong.canCu).toMatch(/Thông tư 24\/2023\/TT-BGDĐT/);
  });
});

test("exact comparison uses integers: 9/10 is 90% and 8999999/10000000 is not", () => {
  const base = hoSoDayDu("tt24-huyen", "co-quan");
  const lv = (soDat: number, tongSo: number) => ketQuaChiTieu(withChiTieu(base, "2.1", { soDat, tongSo, ...MC }), "2.1").xepLoai;
  expect(lv(9, 10)).toBe("Đạt mức độ 1");
  expect(lv(8_999_999, 10_000_000)).toBe("Không đạt");
  expect(lv(9_500_000, 10_000_000)).toBe("Đạt mức độ 2");
  expect(lv(9_499_999, 10_000_000)).toBe("Đạt mức độ 1");
  expect(lv(19, 20)).toBe("Đạt mức độ 2");
});
