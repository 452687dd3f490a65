/** Every defined name of an indicator is spelled by one helper, whatever the shape of its id. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { phanTenChiTieu, tenBaoCao, tenChiTieu, tenDanhMucLuaChon, tenNguong, tenTruongChiTieu } from "../../src/template";

test("every dot of an indicator id becomes an underscore, not only the first", () => {
  expect(phanTenChiTieu("2.1")).toBe("2_1");
  expect(phanTenChiTieu("3.1.2")).toBe("3_1_2");
  expect(tenChiTieu("3.1.2", "MUCDO")).toBe("CT_3_1_2_MUCDO");
  expect(tenTruongChiTieu("1.1", "minhChung")).toBe("CT_1_1_MINHCHUNG");
  expect(tenNguong("4.1.1", "M1")).toBe("NG_4_1_1_M1");
  expect(tenDanhMucLuaChon("1.1.1", "TEN")).toBe("DM_LC_1_1_1_TEN");
  expect(tenBaoCao("2.1.3", "MOTA")).toBe("BC_2_1_3_MOTA");
});

test("no source file assembles an indicator's name by hand", () => {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".ts")) files.push(p);
    }
  };
  walk(join(__dirname, "../../src"));
  const handBuilt = files.flatMap((p) =>
    readFileSync(p, "utf8")
      .split("\n")
      .map((line, i) => ({ where: `${p}:${i + 1}`, line }))
      .filter(({ line }) => /`(CT|NG|BC|DM_LC)_\$\{/.test(line) || /\.replace\("\.", "_"\)/.test(line)),
  );
  expect(handBuilt.map((h) => h.where)).toEqual([]);
});
