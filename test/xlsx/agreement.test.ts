/**
 * Agreement over 10 000 random hồ sơ of every rule set, unit type and công lập: the engine, the template's native
 * formulas (computed by HyperFormula, an independent spreadsheet engine) and the DVHT custom functions give the same
 * result for every indicator, criterion, conclusion, count, displayed rate and point. LibreOffice checks the same
 * formulas on fewer files (conformance.test.ts); HyperFormula makes ten thousand affordable.
 */
import type { BoTieuChiId } from "../../src/rules";
import { hoSoNgauNhien, soSanhBaCach } from "./agreementHelpers";

const SO_HO_SO = Number(process.env.DVHT_SO_HO_SO ?? 10_000);
const BO: BoTieuChiId[] = ["tt24-huyen", "tt24-tinh", "tt22"];

test(`engine, native formulas (HyperFormula) and custom functions agree on ${SO_HO_SO} random hồ sơ`, () => {
  const hoSo = hoSoNgauNhien(BO, SO_HO_SO);
  expect(hoSo.length).toBeGreaterThanOrEqual(SO_HO_SO);
  const { khac, soSanh } = soSanhBaCach(hoSo);
  expect(khac).toEqual([]);
  expect(soSanh).toBeGreaterThan(SO_HO_SO * 20);
}, 1_800_000);

