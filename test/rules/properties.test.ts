/** Property tests: monotonicity and agreement between equivalent inputs, over random hồ sơ. */
import fc from "fast-check";
import { RULE_SETS, gopMucDo, validateHoSo, type TrangThai } from "../../src/rules";
import { demArb, hoSoArb } from "../helpers/arbitraries";
import { danhGia, hoSoDayDu, ketQuaChiTieu, withChiTieu } from "../helpers/hoSo";

const HANG: Record<TrangThai, number> = { "khong-ap-dung": -1, "chua-du-du-lieu": -1, "khong-dat": 0, "muc-do-1": 1, "muc-do-2": 2 };
const PERCENT_IDS = ["2.1", "2.2", "2.3", "2.4", "2.5", "3.1"];
const base = hoSoDayDu("tt24-huyen", "co-quan");

test("raising soDat never lowers a level", () => {
  fc.assert(
    fc.property(fc.constantFrom(...PERCENT_IDS), demArb, fc.integer({ min: 1, max: 50 }), (id, { soDat, tongSo }, plus) => {
      const lv = (n: number) => HANG[ketQuaChiTieu(withChiTieu(base, id, { soDat: n, tongSo, minhChung: true }), id).trangThai];
      expect(lv(Math.min(tongSo, soDat + plus))).toBeGreaterThanOrEqual(lv(soDat));
    }),
    { numRuns: 2000 },
  );
});

test("a count and the equivalent typed rate give the same level", () => {
  fc.assert(
    fc.property(fc.constantFrom(...PERCENT_IDS), demArb, (id, { soDat, tongSo }) => {
      const byCount = ketQuaChiTieu(withChiTieu(base, id, { soDat, tongSo, minhChung: true }), id).trangThai;
      const byFraction = ketQuaChiTieu(withChiTieu(base, id, { tyLe: soDat / tongSo, minhChung: true }), id).trangThai;
      expect(byFraction).toBe(byCount);
      const points = (soDat * 100) / tongSo;
      if (points > 1) {
        const byPoints = ketQuaChiTieu(withChiTieu(base, id, { tyLe: points, minhChung: true }), id).trangThai;
        expect(byPoints).toBe(byCount);
      }
    }),
    { numRuns: 3000 },
  );
});

test("a count and the equivalent learner rate give the same level (3.1, education units)", () => {
  const school = hoSoDayDu("tt24-tinh", "dai-hoc");
  fc.assert(
    fc.property(demArb, ({ soDat, tongSo }) => {
      const lv = (extra: object) =>
        ketQuaChiTieu(withChiTieu(school, "3.1", { soDat: 100, tongSo: 100, minhChung: true, ...extra }), "3.1").trangThai;
      expect(lv({ tyLeNguoiHoc: soDat / tongSo })).toBe(lv({ nguoiHocDat: soDat, tongNguoiHoc: tongSo }));
    }),
    { numRuns: 1000 },
  );
});

test("adding evidence never lowers a level, anywhere in a random hồ sơ", () => {
  fc.assert(
    fc.property(hoSoArb(), (raw) => {
      const before = danhGia(raw);
      const withEvidence = {
        ...raw,
        chiTieu: Object.fromEntries(Object.entries(raw.chiTieu).map(([id, n]) => [id, { ...n, minhChung: ["MC-99"] }])),
      };
      const after = danhGia(withEvidence);
      before.chiTieu.forEach((r, i) => {
        if (HANG[r.trangThai] >= 0) expect(HANG[after.chiTieu[i].trangThai]).toBeGreaterThanOrEqual(HANG[r.trangThai]);
        else expect(after.chiTieu[i].trangThai).toBe(r.trangThai);
      });
    }),
    { numRuns: 500 },
  );
});

test("criteria and conclusion follow the aggregation rule; counts add up", () => {
  fc.assert(
    fc.property(fc.oneof(hoSoArb("tt24-huyen"), hoSoArb("tt24-tinh")), (raw) => {
      const k = danhGia(raw);
      for (const [tc, r] of Object.entries(k.tieuChi)) {
        expect(r.trangThai).toBe(gopMucDo(k.chiTieu.filter((c) => c.id.startsWith(`${tc}.`)).map((c) => c.trangThai)));
      }
      expect(k.ketLuan.trangThai).toBe(gopMucDo(Object.values(k.tieuChi).map((t) => t.trangThai)));
      const t = k.tongHop.chiTieu;
      expect(t.khongDat + t.mucDo1 + t.mucDo2 + t.chuaDuDuLieu).toBe(t.apDung);
      // A unit reaches a level only when every applicable indicator does.
      if (k.ketLuan.trangThai === "muc-do-2") expect(t.mucDo2).toBe(t.apDung);
      if (k.ketLuan.trangThai === "muc-do-1") expect(t.mucDo1).toBeGreaterThan(0);
    }),
    { numRuns: 500 },
  );
});

test("validation never throws: any JSON value gives a hồ sơ or Vietnamese lines with a path", () => {
  fc.assert(
    fc.property(fc.oneof(fc.jsonValue(), hoSoArb().map((h) => ({ ...h, extra: 1 }))), (value) => {
      const r = validateHoSo(value);
      if (!r.ok) for (const line of r.loi) expect(line).toMatch(/^(\(hồ sơ\)|([^\s:"]+|"(?:[^"\\]|\\.)*")(\.([^\s:"]+|"(?:[^"\\]|\\.)*"))*): \S/);
    }),
    { numRuns: 1000 },
  );
});

test("points add up: criteria are the sums of their indicators, the total of the criteria, and the class follows the total", () => {
  const cham = RULE_SETS.tt22.chamDiem!;
  fc.assert(
    fc.property(hoSoArb("tt22"), (raw) => {
      const k = danhGia(raw);
      const diem = (id: string) => k.chiTieu.find((c) => c.id === id)!.diem ?? 0;
      for (const [tc, r] of Object.entries(k.tieuChi)) {
        const ids = RULE_SETS.tt22.chiTieu.filter((d) => d.tieuChi === tc).map((d) => d.id);
        expect(r.diem).toBe(ids.reduce((s, id) => s + diem(id), 0));
      }
      expect(k.tongDiem).toBe(Object.values(k.tieuChi).reduce((s, t) => s + (t.diem ?? 0), 0));
      expect(k.tongDiem).toBeLessThanOrEqual(cham.diemToiDa);
      const thieu = k.chiTieu.some((c) => c.trangThai === "chua-du-du-lieu");
      // Missing inputs are never scored as 0 and never classed; otherwise the class is the band of the total.
      for (const c of k.chiTieu) expect(c.diem === undefined).toBe(c.trangThai === "chua-du-du-lieu");
      if (thieu) expect(k.ketLuan.xepLoai).toBe("Chưa đủ dữ liệu");
      else expect(k.ketLuan.xepLoai).toBe(k.tongDiem! >= 85 ? "Tốt" : k.tongDiem! >= 70 ? "Khá" : k.tongDiem! >= 50 ? "Trung bình" : "Chưa đạt");
    }),
    { numRuns: 1000 },
  );
});

test("raising a count never lowers a points-based indicator's points", () => {
  const base22 = hoSoDayDu("tt22", "co-quan");
  fc.assert(
    fc.property(fc.constantFrom("2.1", "2.2", "2.3", "2.4", "3.1", "3.3"), demArb, fc.integer({ min: 1, max: 50 }), (id, { soDat, tongSo }, plus) => {
      const d = (n: number) => ketQuaChiTieu(withChiTieu(base22, id, { soDat: n, tongSo, minhChung: true }), id).diem!;
      expect(d(Math.min(tongSo, soDat + plus))).toBeGreaterThanOrEqual(d(soDat));
    }),
    { numRuns: 1000 },
  );
});
