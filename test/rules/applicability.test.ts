/** Which indicators apply to which unit (SPEC §2 table and rule 1), for every unit type and both cấp. */
import { RULE_SETS, loaiCuaBo, type BoTieuChiId, type LoaiDonVi } from "../../src/rules";
import { danhGia, hoSoDayDu } from "../helpers/hoSo";
import { SEED_000 } from "../helpers/seeds";

const GIAO_DUC: LoaiDonVi[] = ["mam-non", "pho-thong", "thpt", "gdnn", "dai-hoc", "giao-duc-khac"];

/** Expected applicability written out independently of the rule data. */
function ky(bo: BoTieuChiId, id: string, loai: LoaiDonVi, congLap: boolean): boolean {
  switch (id) {
    case "1.3":
      return loai === "co-quan" || ((loai === "su-nghiep" || GIAO_DUC.includes(loai)) && congLap);
    case "2.4":
      return loai !== "kinh-te";
    case "3.4":
      return bo === "tt24-huyen" ? loai === "pho-thong" || loai === "thpt" : loai === "thpt";
    case "3.5":
      return bo === "tt24-huyen" ? loai === "gdnn" : loai === "dai-hoc";
    case "3.6":
      return loai === "gdnn";
    default:
      return true;
  }
}

const cases = (["tt24-huyen", "tt24-tinh"] as const).flatMap((bo) =>
  loaiCuaBo(RULE_SETS[bo]).flatMap((loai) => [true, false].map((congLap) => [bo, loai, congLap] as const)),
);

describe("applicability", () => {
  test("district has 15 indicators, province 16", () => {
    expect(RULE_SETS["tt24-huyen"].chiTieu).toHaveLength(15);
    expect(RULE_SETS["tt24-tinh"].chiTieu).toHaveLength(16);
  });

  test.each(cases)("%s, %s, công lập %s", (bo, loai, congLap) => {
    const ketQua = danhGia(hoSoDayDu(bo, loai, congLap));
    for (const r of ketQua.chiTieu) {
      const expected = ky(bo, r.id, loai, congLap);
      expect([r.id, r.trangThai === "khong-ap-dung"]).toEqual([r.id, !expected]);
      if (expected) expect([r.id, r.xepLoai]).toEqual([r.id, "Đạt mức độ 2"]);
      else expect([r.id, r.xepLoai]).toEqual([r.id, "Không áp dụng"]);
    }
    // Not applicable is left out of every count.
    const apDung = ketQua.chiTieu.filter((r) => r.trangThai !== "khong-ap-dung").length;
    expect(ketQua.tongHop.chiTieu.apDung).toBe(apDung);
    expect(ketQua.tongHop.chiTieu.mucDo2).toBe(apDung);
    expect(ketQua.ketLuan.xepLoai).toBe("Đạt mức độ 2");
  });

  test(`1.3 — ${SEED_000.tc1ct3}`, () => {
    expect(danhGia(hoSoDayDu("tt24-huyen", "su-nghiep", false)).chiTieu.find((r) => r.id === "1.3")!.trangThai).toBe("khong-ap-dung");
    expect(danhGia(hoSoDayDu("tt24-huyen", "su-nghiep", true)).chiTieu.find((r) => r.id === "1.3")!.trangThai).toBe("muc-do-2");
  });

  test("1.3 for a service or education unit that did not say whether it is public: Chưa đủ dữ liệu", () => {
    for (const loai of ["su-nghiep", "thpt"] as const) {
      const raw = hoSoDayDu("tt24-tinh", loai);
      const { congLap: _omit, ...donVi } = raw.donVi;
      const r = danhGia({ ...raw, donVi }).chiTieu.find((x) => x.id === "1.3")!;
      expect(r.xepLoai).toBe("Chưa đủ dữ liệu");
      expect(r.lyDo[0]).toContain("công lập");
    }
    // A state body needs no answer: 1.3 always applies to it.
    const raw = hoSoDayDu("tt24-tinh", "co-quan");
    const { congLap: _omit, ...donVi } = raw.donVi;
    expect(danhGia({ ...raw, donVi }).chiTieu.find((x) => x.id === "1.3")!.xepLoai).toBe("Đạt mức độ 2");
  });

  test(`3.4–3.6 quote their sources: ${SEED_000.tc3ct4Huyen}; ${SEED_000.tc3ct5Huyen}; ${SEED_000.tc3ct4Tinh}; ${SEED_000.tc3ct5Tinh}; ${SEED_000.tc3ct6Tinh}`, () => {
    const tinh = RULE_SETS["tt24-tinh"].chiTieu;
    expect(tinh.find((d) => d.id === "3.5")!.noiDung).toContain("4740/QĐ-BGDĐT");
    expect(tinh.find((d) => d.id === "3.4")!.noiDung).toContain("4725/QĐ-BGDĐT");
    expect(RULE_SETS["tt24-huyen"].chiTieu.find((d) => d.id === "3.4")!.noiDung).toContain("4725/QĐ-BGDĐT");
  });
});
