/**
 * The workbook's default font (the “Normal” style) is Times New Roman 11 instead of ExcelJS's Calibri 11. Column
 * widths are counted in that font's digits: Times New Roman's digits at 11 pt are as wide in pixels as Calibri's,
 * so Excel draws the same widths, and LibreOffice — which has Liberation Serif, metric-compatible with Times New
 * Roman, but usually no Calibri metrics (it falls back to the much wider DejaVu Sans) — draws them too. Without
 * this, every printed page LibreOffice makes is shrunk by about a quarter to fit its widened columns.
 */
import { FONT } from "../template/styles";

interface StylesProto {
  model: { fonts: unknown[] };
  _addFont(font: Record<string, unknown>): number;
}

// ExcelJS's own module (not in its typings): the xform that writes styles.xml.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const StylesXform = require("exceljs/lib/xlsx/xform/style/styles-xform") as { prototype: StylesProto };
const proto = StylesXform.prototype;
const addFont = proto._addFont;
if (!(addFont as { dvht?: boolean }).dvht) {
  const patched = function (this: StylesProto, font: Record<string, unknown>): number {
    // Font 0 is the default font: the one ExcelJS adds itself is Calibri with the “minor” theme scheme.
    const macDinh = this.model.fonts.length === 0 && font.name === "Calibri" && font.scheme === "minor";
    return addFont.call(this, macDinh ? { size: 11, color: font.color, name: FONT, family: 1 } : font);
  };
  (patched as { dvht?: boolean }).dvht = true;
  proto._addFont = patched;
}

export const PHONG_MAC_DINH = FONT;
