/** Property tests: monotonicity and agreement between equivalent inputs, over random hồ sơ. */
import fc from "fast-check";
import { gopMucDo, validateHoSo, type TrangThai } from "../../src/rules";
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
    fc.property(hoSoArb(), (raw) => {
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
