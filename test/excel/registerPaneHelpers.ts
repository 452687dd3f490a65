/**
 * What the register's pane tests hand the pane: a unit's workbook as a picked file (rendered from its hồ sơ), and a
 * sha256 hasher (node:crypto) standing in for the browser's digest that capNhatSoTrongPane is given.
 */
import { validateHoSo, type HoSo } from "../../src/rules";
import { buildWorkbookSpec } from "../../src/template";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";

export const bam = async (text: string) => {
  const { createHash } = await import("node:crypto");
  return createHash("sha256").update(text).digest("hex");
};

/** The unit's workbook of `raw`, as a file picked in the pane is read (name + arrayBuffer). */
export async function tep(name: string, raw: unknown) {
  const ok = validateHoSo(raw);
  if (!ok.ok) throw new Error(ok.loi.join("\n"));
  const data = await (await renderWorkbook(buildWorkbookSpec(ok.hoSo as HoSo))).xlsx.writeBuffer();
  return { name, arrayBuffer: async () => data as ArrayBuffer };
}
