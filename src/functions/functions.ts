/* global CustomFunctions */
/**
 * DVHT custom functions (namespace DVHT in manifest.xml), registered from the argument table (catalog.ts): each
 * applies the table's defaults, calls src/functions/core and turns a Vietnamese problem into an Excel #VALUE!
 * error carrying that message. They never write to the workbook.
 */
import { DANH_MUC_HAM, goiHam } from "./catalog";

/** The function Excel calls for `DVHT.<id>`: a value, or #VALUE! with the Vietnamese message. */
function hamExcel(id: string): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => {
    const r = goiHam(id, ...args);
    if (r.ok) return r.giaTri;
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, r.loi);
  };
}

// Office loads this file in the shared runtime; the tests import it without Office (nothing to register then).
if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function") {
  for (const h of DANH_MUC_HAM) CustomFunctions.associate(h.id, hamExcel(h.id));
}
