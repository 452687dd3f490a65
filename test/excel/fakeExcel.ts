import { cot } from "../../src/template/sheetBuilder";
/**
 * A recording fake of the Excel objects the add-in uses: it counts context.sync calls and keeps the final state
 * of every cell, name, merge, validation, conditional format, freeze, print setting and protection written.
 */
export interface FakeCell {
  v?: string | number | boolean;
  numFmt?: string;
  font: Record<string, unknown>;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  border?: boolean;
  locked: boolean;
  validation?: Record<string, unknown>;
  /** The cell holds a formula (written as one, or a text Excel took for one). */
  formula?: boolean;
  /** Written with Excel's leading apostrophe: text, whatever it looks like. */
  quotePrefix?: boolean;
  /** What Excel would show for a formula (the fake does not calculate): 0 unless a test says otherwise. */
  result?: string | number | boolean;
}

/**
 * What Excel makes of a value written through range.values or range.formulas: it parses a string as if typed.
 * "=…" is a formula, and so are "+…", "-…" and "@…" (Excel adds the "=", dropping the "@"); a leading apostrophe
 * makes the rest text and is not part of the value. The number format is not consulted: a writer must not rely on
 * a text format ("@") alone to keep such a string text.
 */
export function ghiNhuExcel(c: FakeCell, v: unknown): void {
  c.quotePrefix = false;
  c.formula = false;
  if (typeof v !== "string") {
    c.v = v as number | boolean;
  } else if (v.startsWith("'")) {
    c.v = v.slice(1);
    c.quotePrefix = true;
  } else if (/^[=+\-@]./s.test(v)) {
    c.v = v.startsWith("=") ? v : `=${v.startsWith("@") ? v.slice(1) : v}`;
    c.formula = true;
  } else c.v = v;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: Set<string>;
  conditionalFormats: { range: string; formula?: string; fill?: string; fontColor?: string; bold?: boolean }[];
  freeze?: string;
  page: Record<string, unknown>;
  protected: boolean;
  /** The options of the last protect() call. */
  protectOptions?: Record<string, unknown>;
  tabColor?: string;
  visibility?: string;
  columnWidths: Map<string, number>;
  rowHeights: Map<string, number>;
  /** Rows shown (false) or hidden (true) by the add-in, by row range ("12:12"). */
  rowHidden: Map<string, boolean>;
}

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
const colName = cot;

/** "B2:C3" → [["B2","C2"],["B3","C3"]] */
export function expand(address: string): string[][] {
  const [a, b] = address.replace(/\$/g, "").split(":");
  const p = (r: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(r)!;
    return { c: colNum(m[1]), r: Number(m[2]) };
  };
  const s = p(a);
  const e = p(b ?? a);
  const rows: string[][] = [];
  for (let r = s.r; r <= e.r; r++) {
    const row: string[] = [];
    for (let c = s.c; c <= e.c; c++) row.push(`${colName(c)}${r}`);
    rows.push(row);
  }
  return rows;
}

export class FakeExcel {
  syncs = 0;
  sheets = new Map<string, FakeSheet>();
  sheetOrder: string[] = [];
  names = new Map<string, string>();
  settings = new Map<string, unknown>();
  properties: Record<string, string> = {};
  active?: string;
  /** The last range selected (Range.select), as the council view selects a receipt's row. */
  chon?: { sheet: string; address: string };
  handlers: ((e: unknown) => Promise<void>)[] = [];
  activatedHandlers: ((e: { worksheetId: string }) => Promise<void>)[] = [];
  private pending: (() => void)[] = [];

  addSheet(name: string): FakeSheet {
    const s: FakeSheet = { name, cells: new Map(), merges: new Set(), conditionalFormats: [], page: {}, protected: false, columnWidths: new Map(), rowHeights: new Map(), rowHidden: new Map() };
    this.sheets.set(name, s);
    this.sheetOrder.push(name);
    return s;
  }

  cell(sheet: FakeSheet, ref: string): FakeCell {
    let c = sheet.cells.get(ref);
    if (!c) {
      c = { font: {}, locked: true };
      sheet.cells.set(ref, c);
    }
    return c;
  }

  /** The value under a name, as getRange().values would give it. */
  valueOf(name: string): unknown {
    const ref = this.names.get(name);
    if (!ref) throw new Error(`no name ${name}`);
    const m = /^='?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
    const v = this.sheets.get(m[1].replace(/''/g, "'"))?.cells.get(`${m[2]}${m[3]}`)?.v;
    return v === undefined ? "" : v;
  }

  context(): Excel.RequestContext {
    return new FakeContext(this) as unknown as Excel.RequestContext;
  }

  queue(fn: () => void): void {
    this.pending.push(fn);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const run = this.pending;
    this.pending = [];
    for (const fn of run) fn();
  }
}

class FakeContext {
  workbook: FakeWorkbook;
  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(fake);
  }
  sync() {
    return this.fake.sync();
  }
}

class FakeWorkbook {
  worksheets: FakeWorksheets;
  names: FakeNames;
  settings: { add: (k: string, v: unknown) => void };
  properties: Record<string, string>;
  constructor(private readonly fake: FakeExcel) {
    this.properties = fake.properties;
    this.worksheets = new FakeWorksheets(fake);
    this.names = new FakeNames(fake);
    this.settings = { add: (k, v) => void fake.settings.set(k, v) };
  }
}

class FakeWorksheets {
  items: { name: string; id?: string }[] = [];
  onChanged = { add: (handler: (e: unknown) => Promise<void>) => void this.fake.handlers.push(handler) };
  onActivated = { add: (handler: (e: { worksheetId: string }) => Promise<void>) => void this.fake.activatedHandlers.push(handler) };
  constructor(private readonly fake: FakeExcel) {}
  load() {
    this.fake.queue(() => (this.items = this.fake.sheetOrder.map((name) => ({ name, id: `id-${name}` }))));
    return this;
  }
  /** By name, or by the id `load` gives ("id-<name>"), as Excel's getItem takes either. */
  getItem(name: string) {
    const s = this.fake.sheets.get(name) ?? this.fake.sheets.get(name.replace(/^id-/, ""));
    if (!s) throw new Error(`no sheet ${name}`);
    return new FakeWorksheet(this.fake, s);
  }
  /** A sheet or a null object (isNullObject), with what the register reads of it: its used range's values. */
  getItemOrNullObject(name: string) {
    const fake = this.fake;
    const s = fake.sheets.get(name);
    const ws = s ? new FakeWorksheet(fake, s) : undefined;
    return {
      isNullObject: !s,
      load() {
        return this;
      },
      delete: () => ws?.delete(),
      getUsedRangeOrNullObject: () => {
        const used = { isNullObject: true, values: [] as unknown[][], valueTypes: [] as string[][], rowIndex: 0, columnIndex: 0, load: () => used };
        fake.queue(() => {
          const refs = s ? [...s.cells.entries()].filter(([, c]) => c.v !== undefined && c.v !== null && c.v !== "").map(([ref]) => ref) : [];
          if (!s || refs.length === 0) return;
          const pos = refs.map((ref) => ({ row: Number(/\d+$/.exec(ref)![0]), col: colNum(/^[A-Z]+/.exec(ref)![0]) }));
          const r0 = Math.min(...pos.map((p) => p.row));
          const c0 = Math.min(...pos.map((p) => p.col));
          const r1 = Math.max(...pos.map((p) => p.row));
          const c1 = Math.max(...pos.map((p) => p.col));
          used.isNullObject = false;
          used.rowIndex = r0 - 1;
          used.columnIndex = c0 - 1;
          for (let r = r0; r <= r1; r++) {
            const row: unknown[] = [];
            const types: string[] = [];
            for (let c = c0; c <= c1; c++) {
              const v = s.cells.get(`${colName(c)}${r}`)?.v ?? "";
              row.push(v);
              types.push(v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String");
            }
            used.values.push(row);
            used.valueTypes.push(types);
          }
        });
        return used;
      },
    };
  }
  add(name: string) {
    if (this.fake.sheets.has(name)) throw new Error(`sheet ${name} exists`);
    return new FakeWorksheet(this.fake, this.fake.addSheet(name));
  }
}

class FakeNames {
  items: { name: string; formula: string; arrayValues: { values: unknown[][]; types: string[][] } }[] = [];
  constructor(private readonly fake: FakeExcel) {}
  load() {
    this.fake.queue(() => {
      const type = (v: unknown) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String");
      this.items = [...this.fake.names.entries()].map(([name, formula]) => {
        const single = /^='?(.+?)'?!\$?[A-Z]+\$?\d+$/.test(formula);
        const range = /^='?(.+?)'?!(\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)$/.exec(formula);
        // A name over a range (a list) gives every cell, row by row, as Excel's NamedItem.arrayValues does.
        const values: unknown[][] = single
          ? [[this.fake.valueOf(name)]]
          : range
            ? expand(range[2]).map((row) => row.map((ref) => this.fake.sheets.get(range[1].replace(/''/g, "'"))?.cells.get(ref)?.v ?? ""))
            : [[""]];
        return { name, formula, arrayValues: { values, types: values.map((row) => row.map(type)) } };
      });
    });
    return this;
  }
  getItem(name: string) {
    const fake = this.fake;
    return {
      delete: () => {
        if (!fake.names.delete(name)) throw new Error(`no name ${name}`);
      },
      getRange: () => {
        const ref = fake.names.get(name);
        const m = ref ? /^='?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref) : null;
        if (!m) throw new Error(`no single-cell name ${name}`);
        return new FakeRange(fake, fake.sheets.get(m[1].replace(/''/g, "'"))!, [`${m[2]}${m[3]}`]);
      },
    };
  }
  add(name: string, ref: string) {
    if (this.fake.names.has(name)) throw new Error(`name ${name} exists`);
    this.fake.names.set(name, ref);
  }
}

class FakeWorksheet {
  constructor(private readonly fake: FakeExcel, readonly sheet: FakeSheet) {}
  get name() {
    return this.sheet.name;
  }
  load(_props?: string) {
    return this;
  }
  get protection() {
    return {
      protect: (options?: Record<string, unknown>) => {
        this.sheet.protected = true;
        this.sheet.protectOptions = options;
      },
      unprotect: () => void (this.sheet.protected = false),
    };
  }
  get charts() {
    const page = this.sheet.page;
    const charts = ((page.charts as { name: string; range: string; type: string; title: string; anchor: string }[]) ??= []);
    return {
      getItemOrNullObject: (name: string) => ({ delete: () => void (page.charts = charts.filter((c) => c.name !== name)) }),
      add: (type: string, range: { areas?: string[] }) => {
        const c = { name: "", range: String((range as unknown as { areas: string[] }).areas?.[0] ?? ""), type, title: "", anchor: "" };
        (page.charts as typeof charts).push(c);
        return {
          set name(v: string) { c.name = v; },
          title: { set text(v: string) { c.title = v; } },
          setPosition: (a: string) => void (c.anchor = a),
        };
      },
    };
  }
  get horizontalPageBreaks() {
    const page = this.sheet.page;
    return {
      add: (a: string) => void (page.breaks = [...((page.breaks as string[]) ?? []), a]),
      removePageBreaks: () => void (page.breaks = []),
    };
  }
  get freezePanes() {
    return { freezeAt: (a: string) => void (this.sheet.freeze = a), freezeRows: (n: number) => void (this.sheet.freeze = `rows:${n}`) };
  }
  get pageLayout() {
    const page = this.sheet.page;
    return new Proxy(
      {
        setPrintTitleRows: (r: string) => void (page.printTitleRows = r),
        setPrintArea: (r: string) => void (page.printArea = r),
        setPrintMargins: (unit: string, m: Record<string, number>) => void (page.margins = { unit, ...m }),
        headersFooters: {
          set state(v: string) {
            page.headersFootersState = v;
          },
          defaultForAllPages: new Proxy({}, { set: (_t, k, v) => ((page.headerFooter = { ...(page.headerFooter as object), [String(k)]: v }), true) }),
        },
      },
      {
        set: (_t, k, v) => {
          page[String(k)] = v;
          return true;
        },
      },
    );
  }
  /** Zero-based place among the sheets, as Excel's Worksheet.position. */
  set position(n: number) {
    const order = this.fake.sheetOrder.filter((x) => x !== this.sheet.name);
    order.splice(n, 0, this.sheet.name);
    this.fake.sheetOrder = order;
  }
  set tabColor(v: string) {
    this.sheet.tabColor = v;
  }
  set visibility(v: string) {
    this.sheet.visibility = v;
  }
  activate() {
    this.fake.active = this.sheet.name;
  }
  get autoFilter() {
    const page = this.sheet.page;
    return { apply: (range: { areas?: string[] }) => void (page.autoFilter = (range as unknown as { areas: string[] }).areas?.[0]) };
  }
  getRange(address: string) {
    return new FakeRange(this.fake, this.sheet, [address]);
  }
  getRanges(addresses: string) {
    return new FakeRange(this.fake, this.sheet, addresses.split(","));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
    return new FakeRange(this.fake, this.sheet, [`${colName(col + 1)}${row + 1}:${colName(col + cols)}${row + rows}`]);
  }
  delete() {
    // As Excel: a workbook keeps at least one visible sheet (the operation, and its batch, fail).
    const conLai = this.fake.sheetOrder.filter((n) => n !== this.sheet.name && !this.fake.sheets.get(n)?.visibility?.endsWith("idden"));
    if (conLai.length === 0) throw new Error(`cannot delete ${this.sheet.name}: a workbook must keep a visible sheet`);
    this.fake.sheets.delete(this.sheet.name);
    this.fake.sheetOrder = this.fake.sheetOrder.filter((n) => n !== this.sheet.name);
  }
  /** Only the chain used to append below the last used row: getUsedRange().getLastRow().getOffsetRange(1,0).getResizedRange(r,c). */
  getUsedRange() {
    const sheet = this.sheet;
    const fake = this.fake;
    const lastRow = () => Math.max(0, ...[...sheet.cells.entries()].filter(([, c]) => c.v !== undefined).map(([ref]) => Number(/\d+$/.exec(ref)![0])));
    return {
      getLastRow: () => ({
        getOffsetRange: (dr: number) => ({
          getResizedRange: (rows: number, cols: number) => ({
            set numberFormat(_m: unknown[][]) {},
            set values(m: unknown[][]) {
              const start = lastRow() + dr;
              for (let i = 0; i <= rows; i++) for (let j = 0; j <= cols; j++) ghiNhuExcel(fake.cell(sheet, `${colName(j + 1)}${start + i}`), m[i][j]);
            },
          }),
        }),
      }),
    };
  }
}

class FakeRange {
  constructor(private readonly fake: FakeExcel, private readonly sheet: FakeSheet, private readonly areas: string[]) {}
  private cells(): FakeCell[] {
    return this.areas.flatMap((a) => expand(a).flat().map((ref) => this.fake.cell(this.sheet, ref)));
  }
  private matrix(values: unknown[][], apply: (c: FakeCell, v: unknown) => void) {
    const rows = expand(this.areas[0]);
    rows.forEach((row, i) => row.forEach((ref, j) => {
      const v = values[i][j];
      if (v === null) return; // null leaves the cell as it is
      const c = this.fake.cell(this.sheet, ref);
      // As Excel: a locked cell of a protected sheet refuses every write (the whole batch fails at its sync).
      if (this.sheet.protected && c.locked) throw new Error(`${this.sheet.name}!${ref} is locked on a protected sheet`);
      apply(c, v);
    }));
  }
  private loaded?: { values: unknown[][]; formulas: unknown[][]; text: string[][] };
  /** As Excel loads them at the next sync: values show a formula's result, formulas its text (a constant as is). */
  load(_props?: string) {
    this.fake.queue(() => {
      const rows = expand(this.areas[0]).map((row) => row.map((ref) => this.sheet.cells.get(ref)));
      this.loaded = {
        values: rows.map((row) => row.map((c) => (c?.v === undefined ? "" : c.formula ? (c.result ?? 0) : c.v))),
        formulas: rows.map((row) => row.map((c) => (c?.v === undefined ? "" : c.v))),
        text: [],
      };
      this.loaded.text = this.loaded.values.map((row) => row.map((v) => String(v)));
    });
    return this;
  }
  get values(): unknown[][] {
    if (!this.loaded) throw new Error("values read before load() and sync()");
    return this.loaded.values;
  }
  get text(): string[][] {
    if (!this.loaded) throw new Error("text read before load() and sync()");
    return this.loaded.text;
  }
  set rowHidden(v: boolean) {
    this.sheet.rowHidden.set(this.areas[0], v);
  }
  get formulas(): unknown[][] {
    if (!this.loaded) throw new Error("formulas read before load() and sync()");
    return this.loaded.formulas;
  }
  set formulas(values: unknown[][]) {
    this.matrix(values, ghiNhuExcel);
  }
  set numberFormat(values: unknown[][]) {
    this.matrix(values, (c, v) => (c.numFmt = v as string));
  }
  set values(values: unknown[][]) {
    this.matrix(values, ghiNhuExcel);
  }
  merge() {
    this.sheet.merges.add(this.areas[0]);
  }
  select() {
    this.fake.chon = { sheet: this.sheet.name, address: this.areas.join(",") };
  }
  get conditionalFormats() {
    const sheet = this.sheet;
    const range = this.areas[0];
    return {
      // As in Excel: every conditional format active on any cell of the range goes.
      clearAll: () => {
        const cleared = new Set(expand(range).flat());
        sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !expand(f.range).flat().some((ref) => cleared.has(ref)));
      },
      add: () => {
        const rec: FakeSheet["conditionalFormats"][number] = { range };
        sheet.conditionalFormats.push(rec);
        return {
          custom: {
            rule: { set formula(f: string) { rec.formula = f; } },
            format: {
              font: { set color(c: string) { rec.fontColor = c; }, set bold(b: boolean) { rec.bold = b; } },
              fill: { set color(c: string) { rec.fill = c; } },
            },
          },
        };
      },
    };
  }
  get dataValidation() {
    const cells = () => this.cells();
    const set = (k: string, v: unknown) => cells().forEach((c) => (c.validation = { ...(c.validation ?? {}), [k]: v }));
    return {
      clear: () => cells().forEach((c) => (c.validation = undefined)),
      set rule(v: unknown) { set("rule", v); },
      set ignoreBlanks(v: unknown) { set("ignoreBlanks", v); },
      set prompt(v: unknown) { set("prompt", v); },
      set errorAlert(v: unknown) { set("errorAlert", v); },
    };
  }
  get format() {
    const cells = () => this.cells();
    const each = (fn: (c: FakeCell) => void) => cells().forEach(fn);
    const { sheet, areas } = this;
    const font = new Proxy({}, { set: (_t, k, v) => (each((c) => (c.font[String(k)] = v)), true) });
    return {
      font,
      fill: { set color(v: string) { each((c) => (c.fill = v)); } },
      set horizontalAlignment(v: string) { each((c) => (c.hAlign = v)); },
      set verticalAlignment(v: string) { each((c) => (c.vAlign = v)); },
      set wrapText(v: boolean) { each((c) => (c.wrap = v)); },
      set columnWidth(v: number) { sheet.columnWidths.set(areas[0], v); },
      autofitColumns: () => undefined,
      set rowHeight(v: number) { sheet.rowHeights.set(areas[0], v); },
      borders: { getItem: () => ({ set style(_v: string) { each((c) => (c.border = true)); }, set color(_v: string) {} }) },
      protection: { set locked(v: boolean) { each((c) => (c.locked = v)); } },
    };
  }
}
