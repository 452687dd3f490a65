/** The council's review (seed 000 mục VI: “Hội đồng đánh giá … thẩm định”): same aggregation, differences listed. */
import { toJsonOutput } from "../../src/rules";
import { danhGia, hoSoDayDu, withChiTieu } from "../helpers/hoSo";
import { SEED_000 } from "../helpers/seeds";

const base = withChiTieu(hoSoDayDu("tt24-huyen", "co-quan"), "2.3", { soDat: 91, tongSo: 100, minhChung: true });

test(`the council's criteria and conclusion follow the unit's rule — “${SEED_000.tieuChiDat}”`, () => {
  const all2 = Object.fromEntries(Object.keys(base.chiTieu).map((id) => [id, { xepLoai: "muc-do-2" }]));
  let k = danhGia({ ...base, hoiDong: { chiTieu: all2 } });
  expect(k.hoiDong!.ketLuan.xepLoai).toBe("Đạt mức độ 2");
  expect(k.hoiDong!.khacBiet).toEqual(["2.3"]); // the unit said mức 1
  k = danhGia({ ...base, hoiDong: { chiTieu: { ...all2, "1.1": { xepLoai: "khong-dat", ghiChu: "Kế hoạch thiếu chữ ký" } } } });
  expect(k.hoiDong!.tieuChi["1"].xepLoai).toBe("Không đạt");
  expect(k.hoiDong!.ketLuan.xepLoai).toBe("Không đạt");
  expect(k.hoiDong!.khacBiet).toEqual(["1.1", "2.3"]);
});

test("an unreviewed applicable indicator lacks data; indicators not applicable to the unit stay out", () => {
  const k = danhGia({ ...base, hoiDong: { chiTieu: { "1.1": { xepLoai: "muc-do-2" }, "3.4": { xepLoai: "khong-dat" } } } });
  expect(k.hoiDong!.chiTieu.find((c) => c.id === "3.4")!.xepLoai).toBe("Không áp dụng");
  expect(k.hoiDong!.tieuChi["1"].xepLoai).toBe("Chưa đủ dữ liệu");
  expect(k.hoiDong!.khacBiet).toEqual([]);
});

test("JSON output gains a hoiDong block only for a reviewed hồ sơ", () => {
  expect(toJsonOutput(danhGia(base))).not.toHaveProperty("hoiDong");
  const out = toJsonOutput(danhGia({ ...base, hoiDong: { chiTieu: { "2.3": { xepLoai: "muc-do-2" } } } }));
  expect(out.hoiDong).toMatchObject({ khacBiet: ["2.3"], soKhacBiet: 1, ketLuan: { trangThai: "chua-du-du-lieu" } });
  expect(out.hoiDong!.chiTieu["2.3"]).toEqual({ trangThai: "muc-do-2", xepLoai: "Đạt mức độ 2", khacBiet: true });
});

test("bad council input names its path", () => {
  expect(() => danhGia({ ...base, hoiDong: { chiTieu: { "2.1": { xepLoai: "tot" } } } })).toThrow(
    'hoiDong.chiTieu.2.1.xepLoai: xếp loại của Hội đồng "tot" không hợp lệ; chọn một trong: khong-dat, muc-do-1, muc-do-2',
  );
  expect(() => danhGia({ ...base, hoiDong: { chiTieu: { "3.6": { xepLoai: "muc-do-1" } } } })).toThrow(/hoiDong\.chiTieu\.3\.6: chỉ tiêu "3\.6" không có trong bộ tt24-huyen/);
});
