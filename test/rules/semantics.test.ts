/** SPEC §2 "Evaluation semantics": evidence, missing data and their order, yes/no and level indicators. */
import { RULE_SETS, XEP_LOAI, toJsonOutput } from "../../src/rules";
import { BO_TT24, danhGia, hoSoDayDu, ketQuaChiTieu, nhapMucDo2, withChiTieu } from "../helpers/hoSo";
import { SEED_000 } from "../helpers/seeds";

describe(`no evidence ⇒ Không đạt — “${SEED_000.minhChung}”`, () => {
  describe.each(BO_TT24)("%s", (bo) => {
    // The school whose digital-transformation level counts at this cấp: every indicator but one per cấp applies.
    const base = hoSoDayDu(bo, bo === "tt24-huyen" ? "pho-thong" : "thpt");
    const applicable = Object.keys(base.chiTieu);
    test.each(applicable)("chỉ tiêu %s without evidence is Không đạt", (id) => {
      for (const minhChung of [undefined, [], false, null, ""]) {
        const nhap = { ...base.chiTieu[id], minhChung };
        if (minhChung === undefined) delete nhap.minhChung;
        const r = ketQuaChiTieu(withChiTieu(base, id, nhap), id);
        expect([id, minhChung, r.xepLoai]).toEqual([id, minhChung, "Không đạt"]);
        expect(r.lyDo[0]).toContain("minh chứng");
      }
    });
    test.each(applicable)("chỉ tiêu %s with evidence as true, a list or a code keeps its level", (id) => {
      for (const minhChung of [true, ["TC-01"], "TC-01"]) {
        const r = ketQuaChiTieu(withChiTieu(base, id, { ...base.chiTieu[id], minhChung }), id);
        expect(r.xepLoai).toBe("Đạt mức độ 2");
      }
    });
  });
});

describe("missing inputs ⇒ Chưa đủ dữ liệu, judged before evidence (SPEC §2 rule 5)", () => {
  const base = hoSoDayDu("tt24-tinh", "dai-hoc");
  test.each(Object.keys(base.chiTieu))("chỉ tiêu %s absent from chiTieu", (id) => {
    expect(ketQuaChiTieu(withChiTieu(base, id, undefined), id).xepLoai).toBe("Chưa đủ dữ liệu");
  });
  test.each(Object.keys(base.chiTieu))("chỉ tiêu %s with blank inputs and no evidence", (id) => {
    expect(ketQuaChiTieu(withChiTieu(base, id, {}), id).xepLoai).toBe("Chưa đủ dữ liệu");
  });
  test("only one of the two counts is missing data, and the message names it", () => {
    const r = ketQuaChiTieu(withChiTieu(base, "2.1", { soDat: 5, minhChung: true }), "2.1");
    expect(r.xepLoai).toBe("Chưa đủ dữ liệu");
    expect(r.lyDo).toEqual(["Thiếu dữ liệu: tổng số (hoặc tỷ lệ)"]);
  });
  test("null counts are blank cells", () => {
    const r = ketQuaChiTieu(withChiTieu(base, "2.1", { soDat: null, tongSo: null, minhChung: true }), "2.1");
    expect(r.xepLoai).toBe("Chưa đủ dữ liệu");
  });
});

describe(`yes/no indicators — mức độ 2: “${SEED_000.tc1Muc2}”`, () => {
  const base = hoSoDayDu("tt24-huyen", "co-quan");
  test.each(["1.1", "1.2", "1.3", "1.4", "1.5", "3.2", "3.3"])("%s: Có ⇒ Đạt mức độ 2, Không ⇒ Không đạt", (id) => {
    expect(ketQuaChiTieu(withChiTieu(base, id, { dat: true, minhChung: true }), id).xepLoai).toBe("Đạt mức độ 2");
    expect(ketQuaChiTieu(withChiTieu(base, id, { dat: false, minhChung: true }), id).xepLoai).toBe("Không đạt");
    expect(ketQuaChiTieu(withChiTieu(base, id, { minhChung: true }), id).xepLoai).toBe("Chưa đủ dữ liệu");
  });
  test("3.5 (huyện) and 3.6 (tỉnh) vocational accreditation are yes/no", () => {
    const huyen = hoSoDayDu("tt24-huyen", "gdnn");
    expect(ketQuaChiTieu(withChiTieu(huyen, "3.5", { dat: false, minhChung: true }), "3.5").xepLoai).toBe("Không đạt");
    const tinh = hoSoDayDu("tt24-tinh", "gdnn");
    expect(ketQuaChiTieu(withChiTieu(tinh, "3.6", { dat: true, minhChung: true }), "3.6").xepLoai).toBe("Đạt mức độ 2");
  });
});

describe(`digital-transformation level — ${SEED_000.tc3ct4Huyen}`, () => {
  test.each([
    ["tt24-huyen", "pho-thong", "3.4"],
    ["tt24-tinh", "thpt", "3.4"],
    ["tt24-tinh", "dai-hoc", "3.5"],
  ] as const)("%s %s %s: chưa đạt / cơ bản / tốt", (bo, loai, id) => {
    const base = hoSoDayDu(bo, loai);
    const lv = (mucChuyenDoiSo: string) => ketQuaChiTieu(withChiTieu(base, id, { mucChuyenDoiSo, minhChung: true }), id).xepLoai;
    expect(lv("chua-dat")).toBe("Không đạt");
    expect(lv("co-ban")).toBe("Đạt mức độ 1");
    expect(lv("tot")).toBe("Đạt mức độ 2");
  });
});

describe(`criteria and conclusion — “${SEED_000.tieuChiDat}” “${SEED_000.dieuKien}”`, () => {
  const base = hoSoDayDu("tt24-huyen", "co-quan");
  test("all at mức 2 ⇒ every criterion and the conclusion at mức 2", () => {
    const k = danhGia(base);
    expect(Object.values(k.tieuChi).map((t) => t.xepLoai)).toEqual(["Đạt mức độ 2", "Đạt mức độ 2", "Đạt mức độ 2"]);
    expect(k.ketLuan.xepLoai).toBe("Đạt mức độ 2");
  });
  test("one indicator at mức 1 ⇒ its criterion and the conclusion at mức 1 (the lowest level)", () => {
    const k = danhGia(withChiTieu(base, "2.3", { soDat: 90, tongSo: 100, minhChung: true }));
    expect(k.tieuChi["2"].xepLoai).toBe("Đạt mức độ 1");
    expect(k.tieuChi["1"].xepLoai).toBe("Đạt mức độ 2");
    expect(k.ketLuan.xepLoai).toBe("Đạt mức độ 1");
  });
  test("Không đạt wins over Chưa đủ dữ liệu, which wins over a level", () => {
    const missing = withChiTieu(base, "2.1", undefined);
    let k = danhGia(missing);
    expect(k.tieuChi["2"].xepLoai).toBe("Chưa đủ dữ liệu");
    expect(k.ketLuan.xepLoai).toBe("Chưa đủ dữ liệu");
    k = danhGia(withChiTieu(missing, "2.2", { soDat: 1, tongSo: 100, minhChung: true }));
    expect(k.tieuChi["2"].xepLoai).toBe("Không đạt");
    expect(k.ketLuan.xepLoai).toBe("Không đạt");
    k = danhGia(withChiTieu(missing, "1.1", { dat: false, minhChung: true }));
    expect(k.tieuChi["1"].xepLoai).toBe("Không đạt");
    expect(k.tieuChi["2"].xepLoai).toBe("Chưa đủ dữ liệu");
    expect(k.ketLuan.xepLoai).toBe("Không đạt");
  });
  test("Tổng hợp counts are exclusive buckets of the applicable items (seed 001, mục III)", () => {
    let raw = withChiTieu(base, "2.1", undefined); // chưa đủ dữ liệu
    raw = withChiTieu(raw, "2.2", { soDat: 91, tongSo: 100, minhChung: true }); // mức 1
    raw = withChiTieu(raw, "3.3", { dat: false, minhChung: true }); // không đạt
    const k = danhGia(raw);
    expect(k.tongHop.chiTieu).toEqual({ apDung: 13, khongDat: 1, mucDo1: 1, mucDo2: 10, chuaDuDuLieu: 1 });
    expect(k.tongHop.tieuChi).toEqual({ apDung: 3, khongDat: 1, mucDo1: 0, mucDo2: 1, chuaDuDuLieu: 1 });
    expect(toJsonOutput(k).tongHop).toEqual({
      chiTieu: { apDung: 13, khongDat: 1, mucDo1: 1, mucDo2: 10 },
      tieuChi: { apDung: 3, khongDat: 1, mucDo1: 0, mucDo2: 1 },
    });
  });
});

describe("JSON output (SPEC §3)", () => {
  test.each(BO_TT24)("%s: every indicator appears with exactly trangThai, xepLoai, lyDo", (bo) => {
    const out = toJsonOutput(danhGia(hoSoDayDu(bo, "kinh-te", false)));
    expect(Object.keys(out)).toEqual(["boTieuChi", "chiTieu", "tieuChi", "ketLuan", "tongHop"]);
    expect(Object.keys(out.chiTieu)).toEqual(RULE_SETS[bo].chiTieu.map((d) => d.id));
    for (const r of Object.values(out.chiTieu)) {
      expect(Object.keys(r)).toEqual(["trangThai", "xepLoai", "lyDo"]);
      expect(r.xepLoai).toBe(XEP_LOAI[r.trangThai]);
    }
    expect(Object.keys(out.tieuChi)).toEqual(["1", "2", "3"]);
    expect(out.ketLuan).toEqual({ trangThai: "muc-do-2", xepLoai: "Đạt mức độ 2" });
  });
  test("exact display strings", () => {
    expect(Object.values(XEP_LOAI)).toEqual(["Không áp dụng", "Chưa đủ dữ liệu", "Không đạt", "Đạt mức độ 1", "Đạt mức độ 2"]);
  });
  test("mức 2 has no reasons; lower levels say why", () => {
    const base = hoSoDayDu("tt24-huyen", "co-quan");
    expect(danhGia(base).chiTieu.filter((r) => r.trangThai !== "khong-ap-dung").every((r) => r.lyDo.length === 0)).toBe(true);
    const r = danhGia(withChiTieu(base, "2.1", { soDat: 92, tongSo: 100, minhChung: true })).chiTieu[5];
    expect(r.lyDo).toEqual(["Tỷ lệ thành viên 92,00% dưới 95% (mức độ 2)"]);
    expect(nhapMucDo2(RULE_SETS["tt24-huyen"].chiTieu[0])).toHaveProperty("dat", true);
  });
});
