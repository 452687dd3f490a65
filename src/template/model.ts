/**
 * The workbook as data: sheets, cells, styles, names, validations, conditional formats, protection and print
 * setup. Two thin renderers serialise it: src/xlsx (ExcelJS, files) and src/excel (Office.js, inside Excel).
 */
import type { StyleName } from "./styles";

export type CellValue = string | number | boolean | null;

export interface ValidationSpec {
  type: "list" | "whole" | "decimal" | "custom";
  /** For list: the allowed values, or a range reference such as `'Ngưỡng'!$A$2:$A$4`. */
  list?: readonly string[];
  listRange?: string;
  /** For whole/decimal: bounds; for custom: the formula (without "="), relative to the cell itself. */
  min?: number;
  max?: number;
  formula?: string;
  allowBlank: boolean;
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

export interface CellSpec {
  /** A1 reference on its sheet. */
  ref: string;
  value?: CellValue;
  /** Formula without the leading "=", in English function names and comma separators. */
  formula?: string;
  /** The engine's answer for this formula, stored so a viewer that does not recalculate still shows it. */
  result?: CellValue;
  style?: StyleName;
  /** Workbook-scope defined name that points at this cell (SPEC §4). */
  name?: string;
  /** Unlocked for typing when the sheet is protected. */
  input?: boolean;
  validation?: ValidationSpec;
}

export interface ConditionalFormatSpec {
  /** e.g. "J7:J21" */
  range: string;
  rules: readonly { formula: string; style: StyleName }[];
}

/** Margins in inches, as Excel's page setup dialog and the xlsx file keep them. */
export interface MarginsSpec {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/** One printed header or footer: Excel's codes (&P page number, &N number of pages, &"Font"&10 font and size). */
export interface HeaderFooterSpec {
  left?: string;
  center?: string;
  right?: string;
}

/** Everything a printed page of the sheet depends on (SheetBuilder fills the defaults, PRINT_DEFAULTS). */
export interface PrintSpec {
  landscape: boolean;
  paper: "A4";
  /** Scaled to fit this many pages across and down; 0 = as many as needed. */
  fitTo: { width: number; height: number };
  centerHorizontally: boolean;
  margins: MarginsSpec;
  /** Rows repeated at the top of every printed page, e.g. "5:6". */
  titleRows?: string;
  header: HeaderFooterSpec;
  footer: HeaderFooterSpec;
  /** No header or footer on the sheet's first page (NĐ 30/2020: no page number on a document's first page). */
  differentFirst: boolean;
  /** Printed without cell colours (the typing cells' fills are for the screen, not the signed paper). */
  blackAndWhite: boolean;
  /** Numbering starts again at this number on the sheet (each document counts its own pages), else continues. */
  firstPageNumber?: number;
}

/** The print options a sheet is built with: the orientation, and whatever differs from PRINT_DEFAULTS. */
export type PrintOptions = Pick<PrintSpec, "landscape" | "titleRows"> & { margins?: Partial<MarginsSpec> } & Partial<Omit<PrintSpec, "landscape" | "titleRows" | "margins">>;

/**
 * What a user may still do on a protected sheet (no password: anyone can unprotect to inspect). Both renderers
 * write these; protecting again after a pane write uses them too.
 */
export const SHEET_PROTECTION = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true } as const;

export interface SheetSpec {
  name: string;
  /** Column widths in characters, from column A. */
  columns: readonly number[];
  rowHeights?: Readonly<Record<number, number>>;
  cells: CellSpec[];
  merges: string[];
  conditionalFormats: ConditionalFormatSpec[];
  /** Protected without a password: anyone can inspect, nobody overwrites a formula by accident. */
  protect: boolean;
  /** First unfrozen row and column (1-based), e.g. { row: 7, col: 3 } freezes rows 1–6 and columns A–B. */
  freeze?: { row: number; col: number };
  print: PrintSpec;
  /** What prints, when not the whole used range (e.g. the cover without its typing notes). */
  printArea?: string;
  /** Rows after which a new printed page starts (one form per page). */
  rowBreaks?: number[];
  /** Charts over ranges of this sheet: drawn by the Office.js renderer (ExcelJS cannot write charts). */
  charts?: { type: "ColumnStacked"; range: string; title: string; anchor: string }[];
  /** Workbook-scope names of multi-cell ranges on this sheet (lists), e.g. { name: "DM_LOAI", range: "$A$30:$A$39" }. */
  rangeNames: { name: string; range: string }[];
  /** Validations over whole ranges (rosters: tens of thousands of rows, one rule each column). */
  rangeValidations?: { range: string; validation: ValidationSpec }[];
  tabColor?: string;
  /** Kept out of sight (the register's received data): both renderers hide it. */
  hidden?: boolean;
  /** A printed document: rows showing text by formula grow with it before printing (see rowFit.ts). */
  dongTheoChu?: boolean;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Workbook properties used to recognise a dvht template. */
  properties: { title: string; subject: string; keywords: string; category: string };
}
