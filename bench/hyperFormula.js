// The template's native formulas computed by HyperFormula (an open-source spreadsheet engine), without Excel or
// LibreOffice: one HyperFormula workbook per rule set holds the sheets that evaluate (Thông tin, Bảng tổng hợp,
// Ngưỡng) with their defined names; a hồ sơ is typed into its input names and the results are read back by name.
// Used by `npm run bench` (engine_vs_hyperformula) and by the 10 000-hồ-sơ agreement test. Dev-only (GPL-3.0).
"use strict";
const { HyperFormula } = require("hyperformula");

/** Sheets whose formulas decide the results; the printed documents only quote them. */
const SHEETS_DANH_GIA = ["Thông tin", "Bảng tổng hợp", "Ngưỡng"];

function viTri(ref) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) - 1 };
}

function tuyetDoi(sheet, ref) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  return `'${sheet.replace(/'/g, "''")}'!$${m[1]}$${m[2]}`;
}

class SoHyperFormula {
  /** `spec`: a WorkbookSpec of src/template (any hồ sơ of the rule set: inputs are overwritten per hồ sơ). */
  constructor(spec) {
    this.hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: false });
    this.o = new Map(); // name → { sheet, row, col }
    const sheets = spec.sheets.filter((s) => SHEETS_DANH_GIA.includes(s.name));
    for (const s of sheets) this.hf.addSheet(s.name);
    const id = (name) => this.hf.getSheetId(name);
    // HyperFormula spells the boolean constants TRUE() and FALSE(); Excel and LibreOffice also read bare TRUE/FALSE,
    // which the formulas use. Two names make the same formulas parse unchanged.
    this.hf.addNamedExpression("TRUE", "=TRUE()");
    this.hf.addNamedExpression("FALSE", "=FALSE()");
    // Names first, so that every formula finds its names when it is parsed.
    for (const s of sheets) {
      for (const c of s.cells) {
        if (!c.name) continue;
        this.hf.addNamedExpression(c.name, `=${tuyetDoi(s.name, c.ref)}`);
        this.o.set(c.name, { sheet: id(s.name), ...viTri(c.ref) });
      }
      for (const r of s.rangeNames) {
        const [a, b] = r.range.replace(/\$/g, "").split(":");
        this.hf.addNamedExpression(r.name, `=${tuyetDoi(s.name, a)}:${tuyetDoi(s.name, b).split("!")[1]}`);
      }
    }
    this.hf.batch(() => {
      for (const s of sheets) {
        for (const c of s.cells) {
          const content = c.formula !== undefined ? `=${c.formula}` : (c.value ?? null);
          this.hf.setCellContents({ sheet: id(s.name), ...viTri(c.ref) }, [[content]]);
        }
      }
    });
  }

  /** Types the input values of a hồ sơ, given as name → value (what the template writes under each input name). */
  nhap(values) {
    this.hf.batch(() => {
      for (const [name, value] of values) {
        const o = this.o.get(name);
        // A text that looks like a number or a formula is typed as text, as Excel's "'" prefix would keep it.
        if (o) this.hf.setCellContents(o, [[typeof value === "string" && /^[=+\-\d.]/.test(value) ? `'${value}` : value]]);
      }
    });
  }

  doc(name) {
    const o = this.o.get(name);
    if (!o) throw new Error(`no name ${name}`);
    const v = this.hf.getCellValue(o);
    return v !== null && typeof v === "object" && "type" in v ? { loi: v.value ?? v.type } : v;
  }

  destroy() {
    this.hf.destroy();
  }
}

/** The input cells of a spec as name → value: exactly what the template writes for this hồ sơ. */
function giaTriNhap(spec) {
  const m = new Map();
  for (const s of spec.sheets) {
    if (!SHEETS_DANH_GIA.includes(s.name)) continue;
    for (const c of s.cells) if (c.input && c.name) m.set(c.name, c.value ?? null);
  }
  return m;
}

module.exports = { SoHyperFormula, giaTriNhap };
