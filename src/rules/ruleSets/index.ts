/** The registry of rule sets by id. */
import type { BoTieuChiId, RuleSet } from "../types";
import { TT22 } from "./tt22";
import { TT24_HUYEN, TT24_TINH } from "./tt24";

export const RULE_SETS: Readonly<Record<BoTieuChiId, RuleSet>> = {
  "tt24-huyen": TT24_HUYEN,
  "tt24-tinh": TT24_TINH,
  tt22: TT22,
};

export function getRuleSet(id: BoTieuChiId): RuleSet {
  return RULE_SETS[id];
}

export function isBoTieuChiId(value: unknown): value is BoTieuChiId {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(RULE_SETS, value);
}
