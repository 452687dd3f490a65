/** DVHT custom functions called directly, their Excel errors, and their generated metadata (SPEC §5). */
import fc from "fast-check";
import { RULE_SETS, THONG_BAO, indicatorResult, loaiCuaBo, validateHoSo, type BoTieuChiId, type ChiTieuTyLe, type LoaiDonVi } from "../../src/rules";

const THONG_BAO_LOAI = (loai: LoaiDonVi, bo: BoTieuChiId) => `donVi.loai: ${THONG_BAO.loaiKhongThuocCap(loai, RULE_SETS[bo])}`;
import { HOP_LE } from "../../src/functions/core";
import { DANH_MUC_HAM, goiHam, hamTheoTen } from "../../src/functions/catalog";
import { metadataHam } from "../../src/functions/metadata";

// Each function as Excel calls it: through the argument table (its defaults applied), then the plain function.
const goi = (id: string) => (...a: unknown[]) => goiHam(id, ...a);
const [mucDo, tyLe, nguong, kiemTra, gopMucDoTuO, diem, xepLoai] = ["MUCDO", "TYLE", "NGUONG", "KIEMTRA", "TIEUCHI", "DIEM", "XEPLOAI"].map(goi);
import { SEED_004 } from "../helpers/seeds";
import { demArb, hoSoArb } from "../helpers/arbitraries";
import { SEED_000 } from "../helpers/seeds";

const val = <T>(r: { ok: boolean; giaTri?: T; loi?: string }) => {
  if (!r.ok) throw new Error(r.loi);
  return r.giaTri as T;
};

describe("MUCDO", () => {
  test(`thresholds exactly at, below and above — ${SEED_000.tc2ct1m1}`, () => {
    expect(val(mucDo(90, 100, "2.1"))).toBe("Đạt mức độ 1");
    expect(val(mucDo(89, 100, "2.1"))).toBe("Không đạt");
    expect(val(mucDo(95, 100, "2.1"))).toBe("Đạt mức độ 2");
    expect(val(mucDo(94, 100, "2.1"))).toBe("Đạt mức độ 1");
    expect(val(mucDo(50, 100, "2.4", "tt24-tinh"))).toBe("Đạt mức độ 1");
    expect(val(mucDo(69, 100, "2.4", "tt24-tinh"))).toBe("Đạt mức độ 1");
    expect(val(mucDo(70, 100, "2.4", "tt24-tinh"))).toBe("Đạt mức độ 2");
  });

  test("agrees with the engine on random counts, every member indicator, unit type and evidence", () => {
    const defs = [...RULE_SETS["tt24-huyen"].chiTieu, ...RULE_SETS["tt24-tinh"].chiTieu].filter((d): d is ChiTieuTyLe => d.kieu === "ty-le");
    fc.assert(
      fc.property(
        fc.constantFrom(...defs.map((d, i) => [i < 6 ? "tt24-huyen" : "tt24-tinh", d] as const)),
        demArb,
        demArb,
        fc.constantFrom<LoaiDonVi>("co-quan", "kinh-te", "pho-thong", "dai-hoc"),
        fc.constantFrom("MC-01", "", undefined),
        ([bo, def], tv, nh, loai, mc) => {
          if (!loaiCuaBo(RULE_SETS[bo]).includes(loai)) {
            // A type the cấp does not assess is refused, as a hồ sơ with it is.
            const r = mucDo(tv.soDat, tv.tongSo, def.id, bo, loai, mc, "Có", nh.soDat, nh.tongSo);
            expect(r).toEqual({ ok: false, loi: THONG_BAO_LOAI(loai, bo) });
            return;
          }
          const got = val(mucDo(tv.soDat, tv.tongSo, def.id, bo, loai, mc, "Có", nh.soDat, nh.tongSo));
          const raw = { boTieuChi: bo, donVi: { loai, congLap: true }, chiTieu: { [def.id]: { ...tv, ...(def.nguoiHoc ? { nguoiHocDat: nh.soDat, tongNguoiHoc: nh.tongSo } : {}), minhChung: mc === undefined ? true : mc ? [mc] : [] } } };
          const checked = validateHoSo(raw);
          if (!checked.ok) throw new Error(checked.loi.join());
          expect(got).toBe(indicatorResult(def, checked.hoSo.chiTieu[def.id], checked.hoSo.donVi).xepLoai);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("blank inputs ⇒ Chưa đủ dữ liệu; blank evidence ⇒ Không đạt; 2.4 for an enterprise ⇒ Không áp dụng", () => {
    expect(val(mucDo(null, 100, "2.1"))).toBe("Chưa đủ dữ liệu");
    expect(val(mucDo("", "", "2.1"))).toBe("Chưa đủ dữ liệu");
    expect(val(mucDo(95, 100, "2.1", "tt24-huyen", "co-quan", ""))).toBe("Không đạt");
    expect(val(mucDo(95, 100, "2.1", "tt24-huyen", "co-quan", false))).toBe("Không đạt");
    expect(val(mucDo(95, 100, "2.4", "tt24-huyen", "kinh-te"))).toBe("Không áp dụng");
    expect(val(mucDo(100, 100, "3.1", "tt24-huyen", "pho-thong"))).toBe("Chưa đủ dữ liệu");
    expect(val(mucDo(100, 100, "3.1", "tt24-huyen", "pho-thong", "MC", "Có", 969, 1000))).toBe("Đạt mức độ 1");
  });

  test(`a typed learner rate (no learner counts) is compared exactly at, below and above — ${SEED_000.tc3ct1m2}`, () => {
    const nh = (tyLe: unknown) => val(mucDo(50, 50, "3.1", "tt24-huyen", "pho-thong", "MC", "Có", "", "", "", tyLe));
    expect([nh(97), nh("97%"), nh(96.99), nh(95), nh(94.99), nh(0.97)]).toEqual(["Đạt mức độ 2", "Đạt mức độ 2", "Đạt mức độ 1", "Đạt mức độ 1", "Không đạt", "Đạt mức độ 2"]);
    expect(mucDo(50, 50, "3.1", "tt24-huyen", "pho-thong", "MC", "Có", 970, 1000, "", 97)).toMatchObject({ ok: false });
  });

  test("a unit type the rule set's cấp does not assess is an error naming donVi.loai, never a level", () => {
    expect(mucDo(100, 100, "2.1", "tt24-huyen", "dai-hoc", "MC")).toEqual({ ok: false, loi: THONG_BAO_LOAI("dai-hoc", "tt24-huyen") });
    expect(mucDo(100, 100, "2.1", "tt24-huyen", "thpt", "MC")).toEqual({ ok: false, loi: THONG_BAO_LOAI("thpt", "tt24-huyen") });
    expect(mucDo(100, 100, "2.1", "tt24-tinh", "mam-non", "MC")).toEqual({ ok: false, loi: THONG_BAO_LOAI("mam-non", "tt24-tinh") });
    expect(mucDo(100, 100, "2.1", "tt24-tinh", "pho-thong", "MC")).toEqual({ ok: false, loi: THONG_BAO_LOAI("pho-thong", "tt24-tinh") });
    expect(val(mucDo(100, 100, "2.1", "tt24-tinh", "dai-hoc", "MC"))).toBe("Đạt mức độ 2");
  });

  test.each([
    [[120, 100, "2.1"], "soDat: số đạt (120) lớn hơn tổng số (100)"],
    [[9.5, 10, "2.1"], "soDat: số đạt phải là số nguyên (nhận được 9.5)"],
    [[1, 0, "2.1"], "tongSo: tổng số (0) phải lớn hơn hoặc bằng 1"],
    [["abc", 10, "2.1"], 'soDat: số đạt phải là số (nhận được "abc")'],
    [[1, 2, "1.1"], "chỉ tiêu 1.1 không tính theo tỷ lệ thành viên (dùng các chỉ tiêu 2.1, 2.2, 2.3, 2.4, 2.5, 3.1)"],
    [[1, 2, "9.9"], 'chỉ tiêu "9.9" không có trong bộ tt24-huyen (1.1, 1.2, 1.3, 1.4, 1.5, 2.1, 2.2, 2.3, 2.4, 2.5, 3.1, 3.2, 3.3, 3.4, 3.5)'],
    [[1, 2, "2.1", "tt25"], 'bộ tiêu chí "tt25" không có; chọn một trong: tt24-huyen, tt24-tinh, tt22'],
    [[1, 2, "2.1", "tt24-huyen", "truong"], 'loại đơn vị "truong" không hợp lệ; chọn một trong: co-quan, su-nghiep, kinh-te, xa-hoi, mam-non, pho-thong, thpt, gdnn, dai-hoc, giao-duc-khac'],
    [[1, 2, "2.1", "tt24-huyen", "co-quan", "MC", "có lẽ"], 'công lập phải là "Có" hoặc "Không" (nhận được "có lẽ")'],
  ])("MUCDO%j is an error: %s", (args, message) => {
    expect(mucDo(...args)).toEqual({ ok: false, loi: message });
  });
});

describe("TYLE, NGUONG, KIEMTRA, TIEUCHI, KETLUAN", () => {
  test("TYLE is the exact share rounded down to 0.01%", () => {
    expect(val(tyLe(2, 3))).toBe(0.6666);
    expect(val(tyLe(8999, 10000))).toBe(0.8999);
    expect(val(tyLe(95, 100))).toBe(0.95);
    expect(tyLe(5, 4)).toEqual({ ok: false, loi: "soDat: số đạt (5) lớn hơn tổng số (4)" });
  });
  test("NGUONG reads the rule data", () => {
    expect(val(nguong("2.4", 1))).toBe(50);
    expect(val(nguong("2.4", 2))).toBe(70);
    expect(val(nguong("2.1", 2, "tt24-tinh"))).toBe(95);
    expect(val(nguong("3.1", 1, "tt24-huyen", true))).toBe(95);
    expect(val(nguong("3.1", 2, "tt24-huyen", true))).toBe(97);
    expect(nguong("2.1", 3)).toEqual({ ok: false, loi: "mức độ phải là 1 hoặc 2 (nhận được 3)" });
  });
  test("KIEMTRA says Hợp lệ or the problem, never an error value", () => {
    expect(val(kiemTra(95, 100))).toBe(HOP_LE);
    expect(val(kiemTra(120, 100))).toBe("soDat: số đạt (120) lớn hơn tổng số (100)");
    expect(val(kiemTra("", 100))).toBe("Chưa đủ dữ liệu: cần số đạt và tổng số");
  });
  test(`TIEUCHI / KETLUAN aggregate — ${SEED_000.tieuChiDat}`, () => {
    expect(val(gopMucDoTuO([["Đạt mức độ 2"], ["Đạt mức độ 1"], [""], ["Không áp dụng"]]))).toBe("Đạt mức độ 1");
    expect(val(gopMucDoTuO([["Đạt mức độ 2"], ["Chưa đủ dữ liệu"]]))).toBe("Chưa đủ dữ liệu");
    expect(val(gopMucDoTuO([["Chưa đủ dữ liệu"], ["Không đạt"]]))).toBe("Không đạt");
    expect(val(gopMucDoTuO([["đạt mức độ 2", "Đạt mức độ 2"]]))).toBe("Đạt mức độ 2");
    expect(gopMucDoTuO([["Tốt"]])).toEqual({ ok: false, loi: '"Tốt" không phải một xếp loại (Không áp dụng, Chưa đủ dữ liệu, Không đạt, Đạt mức độ 1, Đạt mức độ 2)' });
  });
});

describe("the Excel wrappers", () => {
  class FakeError extends Error {
    constructor(readonly code: string, message: string) {
      super(message);
    }
  }
  const associated = new Map<string, (...a: unknown[]) => unknown>();
  beforeAll(() => {
    (globalThis as Record<string, unknown>).CustomFunctions = {
      Error: FakeError,
      ErrorCode: { invalidValue: "#VALUE!" },
      associate: (id: string, f: (...a: unknown[]) => unknown) => associated.set(id, f),
    };
  });
  test("every function of the table is registered; bad input becomes #VALUE! carrying the Vietnamese message", async () => {
    await import("../../src/functions/functions");
    expect([...associated.keys()]).toEqual(DANH_MUC_HAM.map((h) => h.id));
    const f = Object.fromEntries(associated);
    expect(f.MUCDO(95, 100, "2.1")).toBe("Đạt mức độ 2");
    expect(f.TYLE(1, 3)).toBe(0.3333);
    let thrown: unknown;
    try {
      f.MUCDO(120, 100, "2.1");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FakeError);
    expect(thrown).toMatchObject({ code: "#VALUE!", message: "soDat: số đạt (120) lớn hơn tổng số (100)" });
  });
});

describe("the argument table is the one source of the metadata and the defaults", () => {
  const meta = metadataHam();

  test("eight functions; functions.json lists each parameter of the table, in order, with its type and description", () => {
    expect(meta.functions.map((f) => f.id)).toEqual(["MUCDO", "TYLE", "NGUONG", "KIEMTRA", "TIEUCHI", "KETLUAN", "DIEM", "XEPLOAI"]);
    for (const h of DANH_MUC_HAM) {
      const f = meta.functions.find((m) => m.id === h.id)!;
      expect(f.description).toBe(h.moTa);
      expect(f.parameters.map((p) => [p.name, p.type, p.optional ?? false, p.dimensionality ?? "scalar", p.description])).toEqual(
        h.thamSo.map((t) => [t.ten, t.kieu, t.tuyChon ?? false, t.vung ? "matrix" : "scalar", t.moTa]),
      );
      expect(f.description).toMatch(/[àáạảãăâđêôơưếềệốồộớờợứừựĐ]/);
    }
    expect(hamTheoTen("MUCDO").thamSo.map((t) => t.ten)).toEqual(["soDat", "tongSo", "chiTieu", "boTieuChi", "loaiDonVi", "minhChung", "congLap", "nguoiHocDat", "tongNguoiHoc", "tyLe", "tyLeNguoiHoc"]);
    expect(meta.functions.find((f) => f.id === "TIEUCHI")!.parameters[0].dimensionality).toBe("matrix");
  });

  test("a required parameter is never optional after an optional one, and a default is named in its description", () => {
    for (const h of DANH_MUC_HAM) {
      const dau = h.thamSo.findIndex((t) => t.tuyChon);
      if (dau >= 0) expect(h.thamSo.slice(dau).every((t) => t.tuyChon)).toBe(true);
      for (const t of h.thamSo) if (t.macDinh !== undefined) expect([t.tuyChon, t.moTa.includes(t.macDinh)]).toEqual([true, true]);
    }
  });

  test.each(DANH_MUC_HAM.flatMap((h) => h.thamSo.map((t, i) => [h.id, t.ten, i, t.macDinh] as const).filter(([, , , d]) => d !== undefined)))(
    "%s: a blank or omitted %s means its default",
    (id, _ten, i, macDinh) => {
      const vidu: Record<string, unknown[]> = {
        MUCDO: [95, 100, "2.1", "tt24-huyen", "co-quan"],
        NGUONG: ["2.4", 1, "tt24-huyen"],
        KIEMTRA: [95, 100, "2.1", "tt24-huyen"],
        DIEM: ["2.1", 95, 100, "MC", "tt22"],
        XEPLOAI: [[[85]], "tt22"],
      };
      const args = [...vidu[id]];
      args[i] = macDinh;
      const mong = goiHam(id, ...args);
      for (const trong of ["", null, undefined]) {
        const a = [...args];
        a[i] = trong;
        expect(goiHam(id, ...a)).toEqual(mong);
      }
    },
  );
});

describe("DIEM (TT22)", () => {
  test(`bands exactly at, below and above — ${SEED_004.ct31.replace(/<[^>]+>/g, " ")}`, () => {
    expect(val(diem("3.1", 100, 100))).toBe(25);
    expect(val(diem("3.1", 99, 100))).toBe(15);
    expect(val(diem("3.1", 75, 100))).toBe(15);
    expect(val(diem("3.1", 74, 100))).toBe(10);
    expect(val(diem("3.1", 20, 100))).toBe(5);
    expect(val(diem("3.1", 19, 100))).toBe(0);
    expect(val(diem(3.1, "75%"))).toBe(15);
    expect(val(diem("3.1", 0.7499))).toBe(10);
  });

  test("choices by label or code, 1.2 by Có/Không, evidence, missing input", () => {
    expect(val(diem("1.1", "Có kế hoạch riêng"))).toBe(10);
    expect(val(diem("1.1", "long-ghep"))).toBe(5);
    expect(val(diem("3.2", "tập thể lao động TIÊN TIẾN"))).toBe(5);
    expect(val(diem("1.2", "Có"))).toBe(10);
    expect(val(diem("1.2", false))).toBe(0);
    expect(val(diem("1.2", "Có", "", ""))).toBe(0);
    expect(val(diem("2.1", 10, 10, "TC2-01"))).toBe(10);
    expect(val(diem("2.1", "", ""))).toBe("Chưa đủ dữ liệu");
  });

  test.each([
    [["4.1", 1, 1], /chỉ tiêu "4.1" không có trong bộ tt22/],
    [["2.1", 12, 10], /số đạt \(12\) lớn hơn tổng số \(10\)/],
    [["1.1", "Có"], /chọn một trong: Có kế hoạch riêng/],
    [["1.1", "rieng", 5], /bỏ trống tham số tổng số/],
    [["2.1", 1, 2, "", "tt24-huyen"], /xếp loại theo mức độ/],
  ] as const)("DIEM%j is an error: %s", (args, message) => {
    const r = diem(...args);
    expect(r.ok).toBe(false);
    expect((r as { loi: string }).loi).toMatch(message);
  });

  test("agrees with the engine on random tt22 inputs", () => {
    fc.assert(
      fc.property(hoSoArb("tt22"), (raw) => {
        const checked = validateHoSo(raw);
        if (!checked.ok) throw new Error(checked.loi.join());
        for (const def of RULE_SETS.tt22.chiTieu) {
          const n = raw.chiTieu[def.id];
          if (!n) continue;
          const mc = n.minhChung === undefined || n.minhChung === false || (Array.isArray(n.minhChung) && n.minhChung.length === 0) ? "" : "MC";
          const giaTri = def.kieu === "ty-le-diem" ? (n.tyLe ?? n.soDat) : def.kieu === "dat" ? n.dat : n[def.kieu === "lua-chon" ? def.truong : "dat"];
          const tong = def.kieu === "ty-le-diem" && n.tyLe === undefined ? n.tongSo : undefined;
          const r = indicatorResult(def, checked.hoSo.chiTieu[def.id], checked.hoSo.donVi);
          expect(val(diem(def.id, giaTri, tong, mc))).toBe(r.diem ?? r.xepLoai);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe(`XEPLOAI (TT22) — ${SEED_004.tot} ${SEED_004.kha} ${SEED_004.trungBinh}`, () => {
  test.each([[100, "Tốt"], [85, "Tốt"], [84.5, "Khá"], [70, "Khá"], [69, "Trung bình"], [50, "Trung bình"], [49, "Chưa đạt"], [0, "Chưa đạt"]])("%d điểm → %s", (t, x) => {
    expect(val(xepLoai(t))).toBe(x);
  });
  test("a range of points is added up; a missing indicator keeps it unclassed; bad cells are errors", () => {
    expect(val(xepLoai([[10], [10], [5], [""], [25], [10], [5], [10], [5], [5]]))).toBe("Tốt");
    expect(val(xepLoai([[10], ["Chưa đủ dữ liệu"], [5]]))).toBe("Chưa đủ dữ liệu");
    expect(xepLoai([[10], ["mười"]])).toEqual({ ok: false, loi: '"mười" không phải là điểm' });
    expect(xepLoai(101).ok).toBe(false);
    expect(xepLoai(90, "tt24-huyen").ok).toBe(false);
  });
});
