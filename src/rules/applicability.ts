/** Which indicators apply to a unit (SPEC §2 rule 1), from the data in each rule set. */
import type { DonVi, PhamViApDung } from "./types";

/** true / false, or undefined when the answer depends on `congLap` and the unit did not say. */
export function apDungCho(pham: PhamViApDung, donVi: DonVi): boolean | undefined {
  if (!pham.loai.includes(donVi.loai)) return false;
  if (!pham.chiCongLap?.includes(donVi.loai)) return true;
  return donVi.congLap;
}
