/** The registry of rule sets by id. */
import type { BoTieuChiId, RuleSet } from "../types";
import { TT22 } from "./tt22";
import { TT24_HUYEN, TT24_TINH } from "./tt24";

const DA_CO: Record<string, RuleSet> = {
  "tt24-huyen": TT24_HUYEN,
  "tt24-tinh": TT24_TINH,
  tt22: TT22,
};

/** Read-only to every reader; only `dangKyBoTieuChi` adds to it. */
export const RULE_SETS: Readonly<Record<BoTieuChiId, RuleSet>> = DA_CO as Record<BoTieuChiId, RuleSet>;

/**
 * Adds a rule set given as data (a province's own guide, or the tests' synthetic set): every surface — engine,
 * workbook, formulas, functions, readers, consolidation — reads the registry, so nothing else needs to change.
 */
export function dangKyBoTieuChi(ruleSet: RuleSet): void {
  if (Object.prototype.hasOwnProperty.call(DA_CO, ruleSet.id)) throw new Error(`bộ tiêu chí "${ruleSet.id}" đã có`);
  DA_CO[ruleSet.id] = ruleSet;
}

export function getRuleSet(id: BoTieuChiId): RuleSet {
  return RULE_SETS[id];
}

export function isBoTieuChiId(value: unknown): value is BoTieuChiId {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(RULE_SETS, value);
}
