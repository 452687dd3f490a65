/** Rate parsing and exact display (SPEC §2 rules 7–8). */
import { demDatNguong, docTyLe, tyLeHienThi, tyLeHienThiTuDem } from "../../src/rules";

const diem = (v: unknown) => {
  const r = docTyLe(v);
  if (!r.ok) throw new Error(r.loi);
  return r.diemPhanTram;
};

describe("docTyLe reads fractions, points and Vietnamese text", () => {
  test.each([
    [0.935, 93.5],
    [93.5, 93.5],
    ["93,5%", 93.5],
    ["93.5 %", 93.5],
    ["93,5", 93.5],
    ["0,935", 93.5],
    [" 72,5% ", 72.5],
    ["100%", 100],
    [1, 100],
    [0, 0],
    ["0%", 0],
    [100, 100],
    ["1,5", 1.5],
    ["0,5%", 0.5],
    ["97\u00a0%", 97],
  ])("%p → %p points", (input, expected) => {
    expect(diem(input)).toBeCloseTo(expected, 10);
  });

  test.each([[-0.1], [100.01], [150], ["abc"], ["95%%"], ["101%"], ["-5%"], [""], [Infinity], [NaN], [true], [null], ["9 5"], ["1.000,5"]])(
    "%p is an error with a Vietnamese reason",
    (input) => {
      const r = docTyLe(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.loi).toMatch(/tỷ lệ/);
    },
  );
});

describe("display rounds down to two decimals so a failing rate never shows as passing", () => {
  test("counts", () => {
    expect(tyLeHienThiTuDem(8999, 10000)).toBe(89.99);
    expect(tyLeHienThiTuDem(89999, 100000)).toBe(89.99);
    expect(tyLeHienThiTuDem(2, 3)).toBe(66.66);
    expect(tyLeHienThiTuDem(19, 20)).toBe(95);
  });
  test("typed rates", () => {
    expect(tyLeHienThi(89.999)).toBe(89.99);
    expect(tyLeHienThi(0.95 * 100)).toBe(95);
    expect(tyLeHienThi(94.999999)).toBe(94.99);
  });
  test("integer comparison handles decimal thresholds exactly", () => {
    expect(demDatNguong(975, 1000, 97.5)).toBe(true);
    expect(demDatNguong(974, 1000, 97.5)).toBe(false);
  });
});
