/** Named cell styles of the template (Times New Roman, as Vietnamese administrative documents use). */
export const FONT = "Times New Roman";

export interface StyleSpec {
  font?: { size?: number; bold?: boolean; italic?: boolean; color?: string; underline?: boolean };
  fill?: string;
  align?: { h?: "left" | "center" | "right"; v?: "top" | "middle" | "bottom"; wrap?: boolean };
  border?: boolean;
  numFmt?: string;
}

const BASE = { font: { size: 12 } } as const;

export const STYLES = {
  title: { font: { size: 14, bold: true }, align: { h: "center", v: "middle", wrap: true } },
  subtitle: { font: { size: 12, italic: true }, align: { h: "center", v: "middle", wrap: true } },
  heading: { font: { size: 12, bold: true }, align: { h: "left", v: "middle" } },
  docTitle: { font: { size: 16, bold: true }, align: { h: "center", v: "middle", wrap: true } },
  docHeading: { font: { size: 14, bold: true }, align: { h: "center", v: "middle", wrap: true } },
  docSmall: { font: { size: 13 }, align: { h: "center", v: "middle", wrap: true } },
  docSmallBold: { font: { size: 13, bold: true }, align: { h: "center", v: "middle", wrap: true } },
  docItalic: { font: { size: 13, italic: true }, align: { h: "center", v: "middle" } },
  docText: { font: { size: 13 }, align: { h: "left", v: "top", wrap: true } },
  docTextBold: { font: { size: 13, bold: true }, align: { h: "left", v: "top", wrap: true } },
  docCenter: { font: { size: 13 }, align: { h: "center", v: "middle" } },
  // Printed documents (NĐ 30/2020): no fills, 13–14 pt text, tables at 12 pt, nothing under 11 pt.
  docHead: { font: { size: 12 }, align: { h: "center", v: "top", wrap: true } },
  docHeadBold: { font: { size: 12, bold: true }, align: { h: "center", v: "top", wrap: true } },
  docMottoBold: { font: { size: 13, bold: true }, align: { h: "center", v: "top", wrap: true } },
  docDraft: { font: { size: 14, bold: true, color: "FFC00000" }, align: { h: "right", v: "middle" } },
  docItalicCenter: { font: { size: 13, italic: true }, align: { h: "center", v: "top", wrap: true } },
  docSignTitle: { font: { size: 13, bold: true }, align: { h: "center", v: "top", wrap: true } },
  docSignName: { font: { size: 13, bold: true }, align: { h: "center", v: "bottom", wrap: true } },
  docNoiNhan: { font: { size: 11 }, align: { h: "left", v: "top", wrap: true } },
  docCenterText: { font: { size: 14 }, align: { h: "center", v: "top", wrap: true } },
  docTextJustify: { font: { size: 13 }, align: { h: "left", v: "top", wrap: true } },
  docTextItalic: { font: { size: 13, italic: true }, align: { h: "left", v: "top", wrap: true } },
  tblHeader: { font: { size: 12, bold: true }, align: { h: "center", v: "middle", wrap: true }, border: true },
  tblHeaderSmall: { font: { size: 11, bold: true }, align: { h: "center", v: "middle", wrap: true }, border: true },
  tblTextSmall: { font: { size: 11 }, align: { h: "left", v: "top", wrap: true }, border: true },
  tblText: { font: { size: 12 }, align: { h: "left", v: "top", wrap: true }, border: true },
  tblTextBold: { font: { size: 12, bold: true }, align: { h: "left", v: "top", wrap: true }, border: true },
  tblCenter: { font: { size: 12 }, align: { h: "center", v: "middle", wrap: true }, border: true },
  tblMark: { font: { size: 13, bold: true }, align: { h: "center", v: "middle" }, border: true },
  header: { font: { size: 11, bold: true }, fill: "FFE2EFDA", align: { h: "center", v: "middle", wrap: true }, border: true },
  label: { font: { size: 12 }, align: { h: "left", v: "middle", wrap: true } },
  labelTop: { font: { size: 12 }, align: { h: "left", v: "top", wrap: true } },
  hint: { font: { size: 11, italic: true, color: "FF595959" }, align: { h: "left", v: "top", wrap: true } },
  labelBold: { font: { size: 12, bold: true }, align: { h: "left", v: "middle", wrap: true } },
  text: { font: { size: 11 }, align: { h: "left", v: "top", wrap: true }, border: true },
  textBold: { font: { size: 11, bold: true }, align: { h: "left", v: "top", wrap: true }, border: true },
  center: { font: { size: 11 }, align: { h: "center", v: "middle", wrap: true }, border: true },
  mark: { font: { size: 12, bold: true }, align: { h: "center", v: "middle" }, border: true },
  result: { font: { size: 11, bold: true }, align: { h: "center", v: "middle", wrap: true }, border: true },
  inputText: { font: { size: 11 }, fill: "FFFFF9E5", align: { h: "left", v: "middle", wrap: true }, border: true },
  // A narrative: wrapped from the top, the row's height left to Excel/LibreOffice so the whole text shows.
  inputDoan: { font: { size: 12 }, fill: "FFFFF9E5", align: { h: "left", v: "top", wrap: true }, border: true },
  inputNgay: { font: { size: 11 }, fill: "FFFFF9E5", align: { h: "left", v: "middle" }, border: true, numFmt: "dd/mm/yyyy" },
  inputGio: { font: { size: 11 }, fill: "FFFFF9E5", align: { h: "left", v: "middle" }, border: true, numFmt: "dd/mm/yyyy hh:mm" },
  inputChoice: { font: { size: 11 }, fill: "FFFFF9E5", align: { h: "center", v: "middle", wrap: true }, border: true },
  inputCount: { font: { size: 11 }, fill: "FFFFF9E5", align: { h: "right", v: "middle" }, border: true, numFmt: "#,##0" },
  countFormula: { font: { size: 11 }, fill: "FFDDEBF7", align: { h: "right", v: "middle" }, border: true, numFmt: "#,##0" },
  inputYear: { font: { size: 12 }, fill: "FFFFF9E5", align: { h: "left", v: "middle" }, border: true, numFmt: "0" },
  unused: { font: { size: 11 }, fill: "FFF2F2F2", border: true },
  rate: { font: { size: 11 }, align: { h: "right", v: "middle" }, border: true, numFmt: "0.00%" },
  percentPoints: { font: { size: 12 }, align: { h: "left", v: "middle" }, numFmt: '0.00"%"' },
  count: { font: { size: 12, bold: true }, align: { h: "left", v: "middle" }, numFmt: "0" },
  threshold: { font: { size: 11 }, align: { h: "center", v: "middle" }, border: true, numFmt: '0"%"' },
  conclusion: { font: { size: 13, bold: true }, align: { h: "left", v: "middle" } },
  // Conditional formats: levels at a glance; the text stays the source of truth.
  // The council's register prints at 10 pt on A4 landscape (issue 16: nothing under 9 pt).
  soHeader: { font: { size: 10, bold: true }, align: { h: "center", v: "middle", wrap: true }, border: true },
  soText: { font: { size: 10 }, align: { h: "left", v: "top", wrap: true }, border: true },
  soCenter: { font: { size: 10 }, align: { h: "center", v: "top", wrap: true }, border: true },
  soInput: { font: { size: 10 }, fill: "FFFFF9E5", align: { h: "left", v: "top", wrap: true }, border: true },
  soInputChoice: { font: { size: 10 }, fill: "FFFFF9E5", align: { h: "center", v: "middle", wrap: true }, border: true },
  soUnused: { font: { size: 10, color: "FF808080" }, fill: "FFF2F2F2", align: { h: "center", v: "middle" }, border: true },
  // The council's list of its Hội đồng đánh giá prints as a document: 13 pt (NĐ 30/2020).
  docTblHeader: { font: { size: 13, bold: true }, align: { h: "center", v: "middle", wrap: true }, border: true },
  docTblCenter: { font: { size: 13 }, align: { h: "center", v: "middle", wrap: true }, border: true },
  docTblText: { font: { size: 13 }, align: { h: "left", v: "top", wrap: true }, border: true },
  docInput: { font: { size: 13 }, fill: "FFFFF9E5", align: { h: "left", v: "middle", wrap: true }, border: true },
  docInputChoice: { font: { size: 13 }, fill: "FFFFF9E5", align: { h: "center", v: "middle", wrap: true }, border: true },
  cfKhongDat: { font: { color: "FF9C0006" }, fill: "FFFFC7CE" },
  cfMucDo1: { font: { color: "FF9C5700" }, fill: "FFFFEB9C" },
  cfMucDo2: { font: { color: "FF006100" }, fill: "FFC6EFCE" },
  cfThieu: { font: { color: "FF595959" }, fill: "FFEDEDED" },
  cfLoi: { font: { color: "FFFFFFFF", bold: true }, fill: "FFC00000" },
  cfKhacBiet: { font: { color: "FF7A3E00", bold: true }, fill: "FFFCE4D6" },
  cfLoiNhap: { font: { color: "FF9C0006" }, fill: "FFFFC7CE" },
} as const satisfies Record<string, StyleSpec>;

export type StyleName = keyof typeof STYLES;

export function styleOf(name: StyleName): StyleSpec {
  const s: StyleSpec = STYLES[name];
  return { ...s, font: { ...BASE.font, ...s.font } };
}
