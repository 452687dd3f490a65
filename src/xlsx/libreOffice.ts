/**
 * LibreOffice headless: converts workbooks (to xlsx after a full recalculation, or to pdf) with a fresh profile
 * per run, set to always recalculate on load, so the file's own formulas produce every value.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RECALC_ALWAYS = `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
`;

/**
 * The profile's settings. Without a locale LibreOffice formats numbers by the machine's (LANG/LC_ALL; C.UTF-8 counts as
 * en-US). DVHT_LIBREOFFICE_LOCALE (e.g. "en-US") sets one, as a machine with that locale would: tests use it to prove
 * the print does not depend on the machine (issue 15: “95,00%” whatever the printing machine's locale).
 */
export function caiDatHoSoLibreOffice(locale = process.env.DVHT_LIBREOFFICE_LOCALE): string {
  const ngonNgu = locale && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(locale)
    ? ["ooSetupSystemLocale", "ooLocale"].map((p) => `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="${p}" oor:op="fuse"><value>${locale}</value></prop></item>\n`).join("")
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${RECALC_ALWAYS}${ngonNgu}</oor:items>
`;
}

export function timLibreOffice(): string | undefined {
  for (const cmd of ["soffice", "libreoffice"]) {
    const r = spawnSync(cmd, ["--version"], { encoding: "utf8" });
    if (r.status === 0) return cmd;
  }
  return undefined;
}

export interface KetQuaChuyenDoi {
  ok: boolean;
  output: string;
}

/** Files per LibreOffice start: one start for many files is fast, but LibreOffice 7.4 stops silently after ~245. */
const MOI_LAN = 100;

/** Converts `files` into `outDir` as `format` ("xlsx" or "pdf"), in batches through few LibreOffice starts. */
export function chuyenDoiBangLibreOffice(files: readonly string[], outDir: string, format: "xlsx" | "pdf", timeoutMs = 600_000): KetQuaChuyenDoi {
  let output = "";
  for (let i = 0; i < files.length; i += MOI_LAN) {
    const r = chuyenDoiMotLan(files.slice(i, i + MOI_LAN), outDir, format, timeoutMs);
    output += r.output;
    if (!r.ok) return { ok: false, output };
  }
  return { ok: true, output };
}

function chuyenDoiMotLan(files: readonly string[], outDir: string, format: "xlsx" | "pdf", timeoutMs: number): KetQuaChuyenDoi {
  const cmd = timLibreOffice();
  if (!cmd) return { ok: false, output: "Không tìm thấy LibreOffice (lệnh soffice). Cài gói libreoffice-calc." };
  const profile = mkdtempSync(join(tmpdir(), "dvht-lo-"));
  try {
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), caiDatHoSoLibreOffice());
    mkdirSync(outDir, { recursive: true });
    const filter = format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "pdf:calc_pdf_Export";
    const r = spawnSync(
      cmd,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", filter, "--outdir", outDir, ...files],
      { encoding: "utf8", timeout: timeoutMs },
    );
    return { ok: r.status === 0, output: `${r.stdout ?? ""}${r.stderr ?? ""}` };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
