/** 3.1 for education units needs both the member part and the learner part (SPEC §2 rule 2). */
import { RULE_SETS, loaiCuaBo } from "../../src/rules";
import { LOAI_CO_SO_GIAO_DUC } from "../../src/rules/labels";
import { BO_TT24, hoSoDayDu, ketQuaChiTieu, withChiTieu } from "../helpers/hoSo";
import { SEED_000 } from "../helpers/seeds";

const MC = { minhChung: ["TC3-01"] };

describe(`${SEED_000.tc3ct1m1} / ${SEED_000.tc3ct1m2}`, () => {
  describe.each(BO_TT24.flatMap((bo) => LOAI_CO_SO_GIAO_DUC.filter((loai) => loaiCuaBo(RULE_SETS[bo]).includes(loai)).map((loai) => [bo, loai] as const)))("%s, %s", (bo, loai) => {
    const base = hoSoDayDu(bo, loai);
    const lv = (soDat: number, tongSo: number, nguoiHocDat?: number, tongNguoiHoc?: number) =>
      ketQuaChiTieu(withChiTieu(base, "3.1", { soDat, tongSo, nguoiHocDat, tongNguoiHoc, ...MC }), "3.1");

    test("learners exactly at 97% and members at 95% give mức độ 2", () => {
      expect(lv(95, 100, 970, 1000).xepLoai).toBe("Đạt mức độ 2");
    });
    test("learners one below 97% give mức độ 1 even with members at 100%", () => {
      expect(lv(100, 100, 969, 1000).xepLoai).toBe("Đạt mức độ 1");
    });
    test("learners exactly at 95% give mức độ 1; one below gives Không đạt", () => {
      expect(lv(100, 100, 950, 1000).xepLoai).toBe("Đạt mức độ 1");
      expect(lv(100, 100, 949, 1000).xepLoai).toBe("Không đạt");
      expect(lv(100, 100, 951, 1000).xepLoai).toBe("Đạt mức độ 1");
    });
    test("members at mức 1 cap the level even when learners reach mức 2", () => {
      expect(lv(90, 100, 1000, 1000).xepLoai).toBe("Đạt mức độ 1");
      expect(lv(89, 100, 1000, 1000).xepLoai).toBe("Không đạt");
    });
    test("missing learner counts give Chưa đủ dữ liệu, never Không đạt", () => {
      const r = lv(100, 100);
      expect(r.xepLoai).toBe("Chưa đủ dữ liệu");
      expect(r.lyDo.join(" ")).toContain("tổng số người học");
    });
    test("a typed learner rate works like counts", () => {
      const r = ketQuaChiTieu(withChiTieu(base, "3.1", { soDat: 95, tongSo: 100, tyLeNguoiHoc: "97%", ...MC }), "3.1");
      expect(r.xepLoai).toBe("Đạt mức độ 2");
      const r2 = ketQuaChiTieu(withChiTieu(base, "3.1", { soDat: 95, tongSo: 100, tyLeNguoiHoc: 0.9699, ...MC }), "3.1");
      expect(r2.xepLoai).toBe("Đạt mức độ 1");
    });
  });

  test.each(["co-quan", "su-nghiep", "kinh-te", "xa-hoi"] as const)("%s: members only, learner inputs ignored", (loai) => {
    const base = hoSoDayDu("tt24-huyen", loai);
    expect(ketQuaChiTieu(withChiTieu(base, "3.1", { soDat: 95, tongSo: 100, ...MC }), "3.1").xepLoai).toBe("Đạt mức độ 2");
    const withLearners = { soDat: 95, tongSo: 100, nguoiHocDat: 1, tongNguoiHoc: 1000, ...MC };
    expect(ketQuaChiTieu(withChiTieu(base, "3.1", withLearners), "3.1").xepLoai).toBe("Đạt mức độ 2");
  });
});
