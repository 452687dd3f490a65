/**
 * Rule sets are data, not code (issue 14): two rule sets that exist only in the tests (test/helpers/
 * syntheticRuleSets.ts — four criteria, a five-band indicator, indicators limited to some units, a learner part on
 * another indicator than 3.1) are registered, and then every path agrees on them with no other change: the engine,
 * the native formulas (HyperFormula and a real LibreOffice), the DVHT functions, the pane's reader and the
 * consolidated list.
 */
import fc from "fast-check";
import { RULE_SETS, evaluateHoSo, validateHoSo, type HoSo } from "../../src/rules";
import { buildWorkbookSpec, hoSoTrong } from "../../src/template";
import { moSo } from "../../src/xlsx/readWorkbook";
import { banNhanTuSo, type BanDoc } from "../../src/xlsx/consolidateCore";
import { renderLayoutWithOfficeJs } from "../../src/excel/renderLayoutWithOfficeJs";
import { docTrangThaiSo } from "../../src/excel/readWorkbookOfficeJs";
import { goiHam } from "../../src/functions/catalog";
import { createHash } from "node:crypto";
import { BO_DIEM, BO_MUC, dangKyBoThuNghiem } from "../helpers/syntheticRuleSets";
import { FakeExcel } from "../excel/fakeExcel";
import { hoSoNgauNhien, soSanhBaCach } from "./agreementHelpers";
import { canLibreOffice, tinhLaiVaSoSanh } from "./libreOfficeHelpers";

const BO = dangKyBoThuNghiem();

function hopLe(raw: unknown): HoSo {
  const r = validateHoSo(raw);
  if (!r.ok) throw new Error(r.loi.join("\n"));
  return r.hoSo;
}

test("the engine reads the synthetic sets from their data: four criteria, five bands, limited applicability", () => {
  const diem = (soDat: number) =>
    evaluateHoSo(hopLe({ boTieuChi: BO_DIEM, donVi: { loai: "kinh-te" }, namDanhGia: 2025, chiTieu: { "2.1": { soDat, tongSo: 100, minhChung: ["M"] } } })).chiTieu.find((c) => c.id === "2.1")!.diem;
  // The five bands 100 / 80 / 60 / 40 / 20 %, each exactly at, just below and above.
  expect([100, 99, 80, 79, 81, 60, 59, 40, 39, 20, 19, 0].map(diem)).toEqual([20, 15, 15, 10, 15, 10, 5, 5, 2, 2, 0, 0]);
  const k = evaluateHoSo(hopLe({ boTieuChi: BO_DIEM, donVi: { loai: "kinh-te" }, namDanhGia: 2025, chiTieu: {} }));
  expect(Object.keys(k.tieuChi)).toEqual(["1", "2", "3", "4"]);
  expect(k.chiTieu.find((c) => c.id === "3.1")!.xepLoai).toBe("Không áp dụng");
  const m = evaluateHoSo(hopLe({ boTieuChi: BO_MUC, donVi: { loai: "mam-non", congLap: true }, namDanhGia: 2025, chiTieu: { "2.2": { soDat: 75, tongSo: 100, nguoiHocDat: 91, tongNguoiHoc: 100, minhChung: ["M"] } } }));
  expect(m.chiTieu.find((c) => c.id === "2.2")!.xepLoai).toBe("Đạt mức độ 1");
  expect(Object.keys(m.tieuChi)).toEqual(["1", "2", "3", "4"]);
});

test("engine, native formulas (HyperFormula) and DVHT functions agree on 3 000 random hồ sơ of the synthetic sets", () => {
  const hoSo = hoSoNgauNhien(BO, 3000, 4_444);
  const { khac, soSanh } = soSanhBaCach(hoSo);
  expect(khac).toEqual([]);
  expect(soSanh).toBeGreaterThan(3000 * 10);
}, 1_800_000);

test("DVHT functions take the synthetic sets by name: thresholds and bands from their data", () => {
  const r = (x: { ok: boolean; giaTri?: unknown; loi?: string }) => (x.ok ? x.giaTri : x.loi);
  expect(r(goiHam("NGUONG", "2.2", 2, BO_MUC, true))).toBe(92);
  expect(r(goiHam("MUCDO", 88, 100, "2.1", BO_MUC, "co-quan", "M"))).toBe("Đạt mức độ 2");
  expect(r(goiHam("MUCDO", 87, 100, "2.1", BO_MUC, "co-quan", "M"))).toBe("Đạt mức độ 1");
  expect(r(goiHam("DIEM", "2.1", 40, 100, "M", BO_DIEM))).toBe(5);
  expect(r(goiHam("XEPLOAI", 80, BO_DIEM))).toBe("Tốt");
  expect(r(goiHam("XEPLOAI", 79, BO_DIEM))).toBe("Khá");
});

test("the pane's reader (Office.js, recording fake) reads the synthetic workbooks as the engine evaluates them", async () => {
  for (const h of hoSoNgauNhien(BO, 40, 777)) {
    const fake = new FakeExcel();
    await renderLayoutWithOfficeJs(fake.context(), buildWorkbookSpec(h));
    const s = await docTrangThaiSo(fake.context());
    expect(s.vanDe).toEqual([]);
    expect(s.hoSo?.boTieuChi).toBe(h.boTieuChi);
    expect(s.ketQua).toEqual(evaluateHoSo(h));
  }
}, 300_000);

const SO_FILE = 60;

test(`LibreOffice recalculates ${SO_FILE} synthetic workbooks as the engine evaluates them; consolidation lists all four criteria`, async () => {
  canLibreOffice();
  const hoSo = hoSoNgauNhien(BO, SO_FILE, 31_337);
  const { out, khac } = await tinhLaiVaSoSanh(hoSo, "thu-nghiem");
  expect(khac.slice(0, 20)).toEqual([]);

  // The consolidated list, from the recalculated files: four criterion columns, each unit's four levels.
  const bam = async (t: string) => createHash("sha256").update(t).digest("hex");
  for (const [i, file] of out.slice(0, 10).entries()) {
    const d = (await banNhanTuSo(await moSo(file), file, `tn-${i}`, bam)) as BanDoc;
    expect("lyDo" in d ? d : undefined).toBeUndefined();
    const k = evaluateHoSo(hoSo[i]);
    expect(Object.values(d.tieuChi).map((t) => t.xepLoai)).toEqual(RULE_SETS[hoSo[i].boTieuChi].tieuChi.map((t) => k.tieuChi[t.id].xepLoai));
    expect(Object.keys(d.tieuChi)).toHaveLength(4);
    expect(d.tuDanhGia.xepLoai).toBe(k.ketLuan.xepLoai);
  }
}, 1_800_000);

test("a blank synthetic template renders (both sets) and its guide carries the set's own notes", () => {
  const so = buildWorkbookSpec(hoSoTrong(BO_DIEM, { loai: "co-quan" }));
  const huongDan = so.sheets.find((s) => s.name === "Hướng dẫn")!;
  expect(huongDan.cells.map((c) => String(c.value ?? "")).join("\n")).toContain("Ghi chú riêng của bộ thử nghiệm.");
  expect(fc.sample(fc.constantFrom(...BO), 1)).toHaveLength(1);
});
