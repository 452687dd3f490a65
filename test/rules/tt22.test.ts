/**
 * TT22 scoring (seed 004, Ninh Bình Phụ lục): every band exactly at its edge, one member below and one above, with
 * counts and with typed rates; every answer of the choice indicators; evidence; the class limits of the total.
 */
import { RULE_SETS, evaluateHoSo, validateHoSo, type ChiTieuTyLeDiem } from "../../src/rules";
import { hoSoDayDu, ketQuaChiTieu, withChiTieu, type RawHoSo } from "../helpers/hoSo";
import { SEED_004 } from "../helpers/seeds";

const TT22 = RULE_SETS.tt22;
const MC = { minhChung: ["MC-01"] };
const base = hoSoDayDu("tt22", "co-quan");
const diemCua = (raw: RawHoSo, id: string) => ketQuaChiTieu(raw, id).diem;

/** The bands as the seed writes them: “Đạt 100%: a; Từ 75% đến dưới 100%: b; …; Dưới x%: 0”. */
const BANG: Record<string, { quote: string; bac: [number, number][] }> = {
  "2.1": { quote: SEED_004.ct21, bac: [[100, 10], [75, 7], [50, 5], [20, 2]] },
  "2.2": { quote: SEED_004.ct22, bac: [[100, 5], [75, 3], [50, 2], [30, 1]] },
  "2.3": { quote: SEED_004.ct23, bac: [[100, 10], [75, 7], [50, 5], [30, 2]] },
  // Seed typo: “Dưới 10%: 0 điểm” under “Từ 30% đến dưới 50%: 1 điểm” — read as below 30%.
  "2.4": { quote: SEED_004.ct24, bac: [[100, 5], [75, 3], [50, 2], [30, 1]] },
  "3.1": { quote: SEED_004.ct31, bac: [[100, 25], [75, 15], [50, 10], [20, 5]] },
  "3.3": { quote: SEED_004.ct33, bac: [[100, 5], [75, 3], [50, 2], [30, 1]] },
};

test("ten indicators, 30 + 30 + 40 = 100 points (seed 004: “Tổng số điểm tối đa cho các tiêu chí là 100 điểm”)", () => {
  expect(TT22.chiTieu.map((d) => d.id)).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"]);
  const k = evaluateHoSo((validateHoSo(base) as { ok: true; hoSo: never }).hoSo);
  expect(Object.values(k.tieuChi).map((t) => t.diemToiDa)).toEqual([30, 30, 40]);
  expect(k.tongDiem).toBe(100);
  expect(k.ketLuan).toMatchObject({ xepLoai: "Tốt", trangThai: "muc-do-2", hang: "tot", diem: 100 });
});

test("the rule data holds exactly the seed's bands", () => {
  for (const [id, { bac }] of Object.entries(BANG)) {
    const def = TT22.chiTieu.find((d) => d.id === id) as ChiTieuTyLeDiem;
    expect(def.bac.map((b) => [b.tu, b.diem])).toEqual(bac);
  }
});

describe.each(Object.entries(BANG))("chỉ tiêu %s", (id, { quote, bac }) => {
  const diem = (soDat: number, tongSo: number) => diemCua(withChiTieu(base, id, { soDat, tongSo, ...MC }), id);
  const typed = (tyLe: number | string) => diemCua(withChiTieu(base, id, { tyLe, ...MC }), id);

  /** Independent oracle: the first band whose edge n/tongSo reaches, in integers. */
  const mongDoi = (n: number, tongSo: number) => bac.find(([tu]) => n * 100 >= tu * tongSo)?.[1] ?? 0;

  test.each([100, 48, 7, 333])(`tổng số %i: at, below and above each band edge — ${quote.replace(/<[^>]+>/g, " ")}`, (tongSo) => {
    bac.forEach(([tu, d]) => {
      const at = Math.ceil((tu * tongSo) / 100);
      expect(diem(at, tongSo)).toBe(d);
      for (const n of [at - 1, at + 1]) if (n >= 0 && n <= tongSo) expect(diem(n, tongSo)).toBe(mongDoi(n, tongSo));
      // One member short of the edge is always the band below (the edge is “từ x%”, inclusive).
      if (at - 1 >= 0) expect(diem(at - 1, tongSo)).toBeLessThan(d);
    });
    expect(diem(0, tongSo)).toBe(0);
    expect(diem(tongSo - 1, tongSo)).toBeLessThan(bac[0][1]);
  });

  test("typed rates: exactly at each edge, 0.01 point below, and 100% only when typed as 100", () => {
    bac.forEach(([tu, d], k) => {
      const duoi = k + 1 < bac.length ? bac[k + 1][1] : 0;
      expect(typed(tu)).toBe(d);
      expect(typed(`${tu - 0.01}%`.replace(".", ","))).toBe(duoi);
      expect(typed(tu / 100)).toBe(d);
    });
    expect(typed("99,99%")).toBe(bac[1][1]);
  });

  test("no evidence ⇒ 0 points, with the reason (seed 004: “có minh chứng cụ thể”)", () => {
    const r = ketQuaChiTieu(withChiTieu(base, id, { soDat: 10, tongSo: 10 }), id);
    expect(r).toMatchObject({ diem: 0, trangThai: "khong-dat" });
    expect(r.lyDo[0]).toMatch(/Không có minh chứng/);
  });
});

test("99 of 100 is not 100%: the top band is compared exactly on counts", () => {
  expect(diemCua(withChiTieu(base, "3.1", { soDat: 99, tongSo: 100, ...MC }), "3.1")).toBe(15);
  expect(diemCua(withChiTieu(base, "3.1", { soDat: 9999, tongSo: 10000, ...MC }), "3.1")).toBe(15);
  expect(diemCua(withChiTieu(base, "3.1", { soDat: 10000, tongSo: 10000, ...MC }), "3.1")).toBe(25);
});

test.each([
  ["1.1", "luaChon", [["rieng", 10], ["long-ghep", 5], ["khong", 0]], SEED_004.ct11],
  ["1.3", "luaChon", [["day-du", 10], ["mot-phan", 5], ["khong", 0]], SEED_004.ct13],
  ["3.2", "danhHieu", [["xuat-sac", 10], ["tien-tien", 5], ["khong", 0]], SEED_004.ct32],
] as const)("chỉ tiêu %s: every answer of %s — %s", (id, truong, answers, _quote) => {
  for (const [ma, d] of answers) expect(diemCua(withChiTieu(base, id, { [truong]: ma, ...MC }), id)).toBe(d);
});

test(`chỉ tiêu 1.2: Có 10, Không 0 — ${SEED_004.ct12.replace(/<[^>]+>/g, " ")}`, () => {
  expect(diemCua(withChiTieu(base, "1.2", { dat: true, ...MC }), "1.2")).toBe(10);
  expect(diemCua(withChiTieu(base, "1.2", { dat: false, ...MC }), "1.2")).toBe(0);
});

test("an unknown answer is refused with a Vietnamese line naming the field", () => {
  const r = validateHoSo(withChiTieu(base, "1.1", { luaChon: "co", ...MC }));
  expect(r.ok).toBe(false);
  expect((r as { loi: string[] }).loi[0]).toMatch(/^chiTieu\.1\.1\.luaChon: /);
  const h = validateHoSo(withChiTieu(base, "3.2", { danhHieu: true, ...MC }));
  expect((h as { loi: string[] }).loi[0]).toMatch(/^chiTieu\.3\.2\.danhHieu: /);
});

test("a missing indicator is “Chưa đủ dữ liệu”, never 0, and the unit is not classed", () => {
  const raw = { ...base, chiTieu: { ...base.chiTieu } };
  delete raw.chiTieu["2.2"];
  const k = evaluateHoSo((validateHoSo(raw) as { ok: true; hoSo: never }).hoSo);
  expect(k.chiTieu.find((c) => c.id === "2.2")).toMatchObject({ trangThai: "chua-du-du-lieu", xepLoai: "Chưa đủ dữ liệu" });
  expect(k.chiTieu.find((c) => c.id === "2.2")!.diem).toBeUndefined();
  expect(k.tieuChi["2"]).toMatchObject({ trangThai: "chua-du-du-lieu", diem: 25 });
  expect(k.ketLuan).toMatchObject({ xepLoai: "Chưa đủ dữ liệu", trangThai: "chua-du-du-lieu", diem: 95 });
});

/** Totals at each class limit: take points off a full hồ sơ indicator by indicator. */
describe("class of the total (seed 004, mục III.2)", () => {
  const cases: [string, Record<string, object>, number, string][] = [
    [SEED_004.tot, { "3.1": { soDat: 50, tongSo: 100 } }, 85, "Tốt"],
    [SEED_004.kha, { "3.1": { soDat: 50, tongSo: 100 }, "2.4": { soDat: 0, tongSo: 100 } }, 80, "Khá"],
    [SEED_004.kha, { "3.1": { soDat: 50, tongSo: 100 }, "2.2": { soDat: 50, tongSo: 100 } }, 82, "Khá"],
    [SEED_004.kha, { "3.1": { soDat: 20, tongSo: 100 }, "3.3": { soDat: 0, tongSo: 100 } }, 75, "Khá"],
    [SEED_004.kha, { "3.1": { soDat: 75, tongSo: 100 }, "2.2": { soDat: 50, tongSo: 100 }, "2.4": { soDat: 50, tongSo: 100 } }, 84, "Khá"],
    [SEED_004.trungBinh, { "3.1": { soDat: 0, tongSo: 100 }, "2.2": { soDat: 50, tongSo: 100 }, "2.4": { soDat: 50, tongSo: 100 } }, 69, "Trung bình"],
    [SEED_004.chuaDat, { "3.1": { soDat: 0, tongSo: 100 }, "1.1": { luaChon: "khong" }, "2.1": { soDat: 50, tongSo: 100 }, "3.2": { danhHieu: "tien-tien" }, "3.3": { soDat: 50, tongSo: 100 }, "2.2": { soDat: 50, tongSo: 100 } }, 49, "Chưa đạt"],
    [SEED_004.kha, { "3.1": { soDat: 0, tongSo: 100 }, "3.3": { soDat: 0, tongSo: 100 } }, 70, "Khá"],
    [SEED_004.trungBinh, { "3.1": { soDat: 0, tongSo: 100 }, "3.3": { soDat: 30, tongSo: 100 }, "2.2": { soDat: 0, tongSo: 100 } }, 66, "Trung bình"],
    [SEED_004.trungBinh, { "3.1": { soDat: 0, tongSo: 100 }, "3.3": { soDat: 0, tongSo: 100 }, "2.2": { soDat: 75, tongSo: 100 } }, 68, "Trung bình"],
    [SEED_004.trungBinh, { "3.1": { soDat: 0, tongSo: 100 }, "3.3": { soDat: 0, tongSo: 100 }, "1.1": { luaChon: "khong" }, "1.3": { luaChon: "mot-phan" }, "3.2": { danhHieu: "tien-tien" } }, 50, "Trung bình"],
    [SEED_004.chuaDat, { "3.1": { soDat: 0, tongSo: 100 }, "3.3": { soDat: 0, tongSo: 100 }, "1.1": { luaChon: "khong" }, "1.3": { luaChon: "mot-phan" }, "3.2": { danhHieu: "tien-tien" }, "2.2": { soDat: 75, tongSo: 100 } }, 48, "Chưa đạt"],
    [SEED_004.chuaDat, { "3.1": { soDat: 0, tongSo: 100 }, "3.3": { soDat: 0, tongSo: 100 }, "1.1": { luaChon: "khong" }, "1.3": { luaChon: "mot-phan" }, "3.2": { danhHieu: "tien-tien" }, "2.2": { soDat: 99, tongSo: 100 } }, 48, "Chưa đạt"],
  ];
  test.each(cases)("%s — total %#", (_quote, doi, tong, xepLoai) => {
    let raw = base;
    for (const [id, nhap] of Object.entries(doi)) raw = withChiTieu(raw, id, { ...nhap, ...MC });
    const k = evaluateHoSo((validateHoSo(raw) as { ok: true; hoSo: never }).hoSo);
    expect(k.tongDiem).toBe(tong);
    expect(k.ketLuan.xepLoai).toBe(xepLoai);
  });

  test("exactly at, just below and just above each limit, from the class table itself", () => {
    const cham = TT22.chamDiem!;
    const lop = (t: number) => cham.xepLoai.find((x) => t >= x.tu)!.ten;
    expect([lop(85), lop(84), lop(86), lop(100)]).toEqual(["Tốt", "Khá", "Tốt", "Tốt"]);
    expect([lop(70), lop(69), lop(71)]).toEqual(["Khá", "Trung bình", "Khá"]);
    expect([lop(50), lop(49), lop(51), lop(0)]).toEqual(["Trung bình", "Chưa đạt", "Trung bình", "Chưa đạt"]);
  });
});
