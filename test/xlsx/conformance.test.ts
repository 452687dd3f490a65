/**
 * Conformance: the workbook's native formulas, recalculated by a real LibreOffice, agree with the engine on every
 * CT_*_MUCDO, TC_*_MUCDO and KET_LUAN, and on the Tổng hợp counts and the displayed rates — 100%, for random
 * hồ sơ of both cấp and every unit type, and on the council's criterion levels, conclusion and differences. Files are written without cached results, so LibreOffice must compute.
 */
import fc from "fast-check";
import { LOAI_DON_VI, RULE_SETS, loaiCuaBo, evaluateHoSo, validateHoSo, type HoSo } from "../../src/rules";
import { hoSoArb } from "../helpers/arbitraries";
import { nhapMucDo2 } from "../helpers/hoSo";
import { canLibreOffice, tinhLaiVaSoSanh } from "./libreOfficeHelpers";

const SO_HO_SO = 320;

function hoSoNgauNhien(): HoSo[] {
  const huyen = fc.sample(hoSoArb("tt24-huyen"), { seed: 24_2023, numRuns: SO_HO_SO / 2 });
  const tinh = fc.sample(hoSoArb("tt24-tinh"), { seed: 11_12, numRuns: SO_HO_SO / 2 });
  return huyen.flatMap((h, i) => [h, tinh[i]]).map((raw, i) => {
    // Every unit type of each cấp, evenly; some units without công lập.
    const cac = loaiCuaBo(RULE_SETS[raw.boTieuChi]);
    raw.donVi.loai = cac[Math.floor(i / 2) % cac.length];
    if (i % 7 === 3) delete raw.donVi.congLap;
    const r = validateHoSo(raw);
    if (!r.ok) throw new Error(r.loi.join("\n"));
    return r.hoSo;
  });
}

test(`LibreOffice recalculates ${SO_HO_SO} random workbooks exactly as the engine evaluates them`, async () => {
  canLibreOffice();
  const hoSo = hoSoNgauNhien();
  expect(new Set(hoSo.map((h) => `${h.boTieuChi}/${h.donVi.loai}`)).size).toBe(loaiCuaBo(RULE_SETS["tt24-huyen"]).length + loaiCuaBo(RULE_SETS["tt24-tinh"]).length);
  expect(hoSo.filter((h) => h.hoiDong).length).toBeGreaterThan(50);
  const { khac } = await tinhLaiVaSoSanh(hoSo, "conf");
  expect(khac.slice(0, 20)).toEqual([]);
}, 1_800_000);

const SO_HO_SO_DIEM = 200;

test(`LibreOffice recalculates ${SO_HO_SO_DIEM} random points-based (tt22) workbooks exactly as the engine scores them`, async () => {
  canLibreOffice();
  const defs = RULE_SETS.tt22.chiTieu;
  const hoSo = fc.sample(hoSoArb("tt22"), { seed: 22_2020, numRuns: SO_HO_SO_DIEM }).map((raw, i) => {
    raw.donVi.loai = LOAI_DON_VI[i % LOAI_DON_VI.length];
    // One in four is strong everywhere but one random indicator, so Tốt and Khá are reached near their limits.
    if (i % 4 === 0) defs.forEach((def, k) => k !== (i / 4) % defs.length && (raw.chiTieu[def.id] = nhapMucDo2(def)));
    const r = validateHoSo(raw);
    if (!r.ok) throw new Error(r.loi.join("\n"));
    return r.hoSo;
  });
  // The random hồ sơ reach every class, and some still lack data.
  const lop = new Set(hoSo.map((h) => evaluateHoSo(h).ketLuan.xepLoai));
  expect([...lop].sort()).toEqual(["Chưa đạt", "Chưa đủ dữ liệu", "Khá", "Trung bình", "Tốt"].sort());
  const { khac } = await tinhLaiVaSoSanh(hoSo, "conf22");
  expect(khac.slice(0, 20)).toEqual([]);
}, 1_800_000);
