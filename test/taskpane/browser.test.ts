/**
 * The built task pane in headless Chromium (playwright-core), outside Office: Office.js is served from the npm
 * copy instead of Microsoft's CDN, every other request is refused and recorded. A screenshot is kept in
 * test-artifacts/ and the Vietnamese labels are checked.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import * as ts from "typescript";
import { validateHoSo } from "../../src/rules";
import { chuCot } from "../../src/rules/roster";
import { SO_HOI_DONG, THAM_DINH, buildWorkbookSpec } from "../../src/template";
import { laSheetVanBanHoiDong } from "../../src/template";
import { FakeExcel, ghiNhuExcel, type FakeCell } from "../excel/fakeExcel";
import { hoSoDayDu } from "../helpers/hoSo";
import example from "../../examples/thcs-kim-lien.json";
import example22 from "../../examples/ninh-binh-tt22.json";

const ROOT = join(__dirname, "../..");
const ADDIN = join(ROOT, "dist/addin");
const OFFICE_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
const ARTIFACTS = join(ROOT, "test-artifacts");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xml": "application/xml" };

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(ADDIN, "taskpane.html"))) throw new Error("dist/addin chưa được build: chạy npm run build (npm test tự chạy trước)");
  if (!existsSync(CHROMIUM)) throw new Error(`Không có Chromium tại ${CHROMIUM}: cài gói chromium`);
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0])).replace(/^(\.\.[/\\])+/, "");
    const file = join(ADDIN, path);
    if (!file.startsWith(ADDIN) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Office.js replaced by a stand-in for Excel whose workbook holds these names and values (one sync per read). */
async function officeGia(page: Page, names: { name: string; formula: string; value: unknown }[]): Promise<void> {
  const stub = `
    window.__syncs = 0;
    const NAMES = ${JSON.stringify(names)};
    window.Office = {
      HostType: { Excel: "Excel" }, StartupBehavior: { load: "Load" },
      addin: { setStartupBehavior: async () => {} },
      onReady: (cb) => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }).then((i) => { cb && cb(i); return i; }),
    };
    const items = NAMES.map((n) => ({ name: n.name, formula: n.formula,
      arrayValues: { values: [[n.value === null ? "" : n.value]], types: [[n.value === null ? "Empty" : typeof n.value === "number" ? "Double" : "String"]] } }));
    window.__written = {};
    const range = (sheet) => ({ set values(v) { window.__written[sheet] = v; }, set numberFormat(_v) {}, format: { font: {}, autofitColumns() {} } });
    const ws = (name) => ({ getRangeByIndexes: () => range(name), freezePanes: { freezeRows() {} }, autoFilter: { apply() {} }, activate() {}, delete() {} });
    // No register sheet in a unit's workbook.
    const getItemOrNullObject = () => ({ isNullObject: true });
    window.Excel = { run: async (batch) => batch({
      workbook: { names: { load: () => ({ items }) }, worksheets: { onChanged: { add: () => {} }, onActivated: { add: () => {} }, load: () => ({ items: [] }), add: ws, getItem: ws, getItemOrNullObject } },
      sync: async () => { window.__syncs++; },
    }) };`;
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    if (url.startsWith("https://appsforoffice.microsoft.com/")) return route.fulfill({ status: 200, contentType: "text/javascript", body: stub });
    return route.abort();
  });
}

test("inside Excel (a stand-in), the pane shows the conclusion, criteria, counts and clickable problems", async () => {
  // The Kim Liên workbook as injected; then the same with one count a clerk mistyped.
  const ok = validateHoSo(example);
  if (!ok.ok) throw new Error();
  // The council has started its review: 2.3 judged differently from the unit.
  const spec = buildWorkbookSpec({ ...ok.hoSo, hoiDong: { chiTieu: { "2.3": { xepLoai: "muc-do-2" } } } });
  const names = spec.sheets.flatMap((s) =>
    s.cells.filter((c) => c.name).map((c) => ({ name: c.name!, formula: `='${s.name}'!$${c.ref.match(/[A-Z]+/)![0]}$${c.ref.match(/\d+/)![0]}`, value: (c.formula !== undefined ? c.result : c.value) ?? null })),
  );
  const page = await browser.newPage({ viewport: { width: 360, height: 1300 } });
  await officeGia(page, names);
  await page.goto(`${base}/taskpane.html`);
  await page.waitForFunction(() => document.getElementById("ket-luan")?.textContent?.startsWith("Kết luận"), null, { timeout: 120_000 });
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).toContain("Kết luận: Đạt mức độ 1");
  expect(text).toContain("Tiêu chí 2. Về kết quả học tập của thành viên trong đơn vị");
  expect(text).toContain("Hội đồng đánh giá: Chưa đủ dữ liệu — 1 chỉ tiêu khác đơn vị");
  // The chart: one stacked bar per criterion (Kim Liên: criterion 1 all at mức 2; in criterion 2 only 2.3 at mức 1).
  const bars = await page.$$eval("#bieu-do rect[data-muc]", (els) => els.map((e) => e.querySelector("title")!.textContent));
  expect(bars).toContain("Tiêu chí 1: 5 chỉ tiêu đạt mức độ 2");
  expect(bars).toContain("Tiêu chí 2: 1 chỉ tiêu đạt mức độ 1");
  expect(text).toContain("Chỉ tiêu 2.3: đơn vị “Đạt mức độ 1”, Hội đồng “Đạt mức độ 2”");
  expect(await page.evaluate(() => (window as unknown as { __syncs: number }).__syncs)).toBeLessThanOrEqual(2);
  expect(await page.$eval("#chen-mau", (e) => (e as HTMLButtonElement).disabled)).toBe(false);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, "taskpane-excel.png"), fullPage: true });
  // A unit's own workbook is not a register: receiving files into it is refused, nothing written.
  await page.setInputFiles("#tep-don-vi", { name: "x.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("x") });
  await page.click("#chay-tong-hop");
  await page.waitForFunction(() => document.getElementById("trang-thai")?.textContent?.startsWith("Sổ đang mở là sổ của một đơn vị"), null, { timeout: 60_000 });
  expect(await page.evaluate(() => Object.keys((window as unknown as { __written: object }).__written))).toEqual([]);
  expect(await page.isVisible("#the-ket-qua")).toBe(true);

  // Now with a mistyped count: the problem is listed with its cell.
  const bad = names.map((n) => (n.name === "CT_2_1_SODAT" ? { ...n, value: 120 } : n));
  const page2 = await browser.newPage({ viewport: { width: 360, height: 1300 } });
  await officeGia(page2, bad);
  await page2.goto(`${base}/taskpane.html`);
  await page2.waitForFunction(() => document.getElementById("so-van-de")?.textContent === "(1)", null, { timeout: 120_000 });
  expect(await page2.$eval("#van-de", (e) => (e as HTMLElement).innerText)).toBe("CT_2_1_SODAT ('Bảng tổng hợp'!D12): số đạt (120) lớn hơn tổng số (100)");
  await page.close();
  await page2.close();
}, 180_000);

test("a points-based (tt22) workbook: the pane shows the class with the total, the criteria's points and a mistyped choice", async () => {
  const ok = validateHoSo(example22);
  if (!ok.ok) throw new Error();
  const spec = buildWorkbookSpec(ok.hoSo);
  const names = spec.sheets.flatMap((s) =>
    s.cells.filter((c) => c.name).map((c) => ({ name: c.name!, formula: `='${s.name}'!$${c.ref.match(/[A-Z]+/)![0]}$${c.ref.match(/\d+/)![0]}`, value: (c.formula !== undefined ? c.result : c.value) ?? null })),
  );
  const page = await browser.newPage({ viewport: { width: 360, height: 1100 } });
  await officeGia(page, names);
  await page.goto(`${base}/taskpane.html`);
  await page.waitForFunction(() => document.getElementById("ket-luan")?.textContent?.startsWith("Xếp loại"), null, { timeout: 120_000 });
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).toContain("Xếp loại: Khá — 73/100 điểm");
  expect(text).toContain("Tiêu chí 3. Tiêu chí đánh giá hiệu quả, tác động của xây dựng Đơn vị học tập\t23/40 điểm");
  expect(text).toContain("Chỉ tiêu 2.3\t7/10 điểm");
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, "taskpane-tt22.png"), fullPage: true });
  await page.close();

  const bad = names.map((n) => (n.name === "CT_1_1_LUACHON" ? { ...n, value: "Có" } : n));
  const page2 = await browser.newPage({ viewport: { width: 360, height: 1100 } });
  await officeGia(page2, bad);
  await page2.goto(`${base}/taskpane.html`);
  await page2.waitForFunction(() => document.getElementById("so-van-de")?.textContent === "(1)", null, { timeout: 120_000 });
  expect(await page2.$eval("#van-de", (e) => (e as HTMLElement).innerText)).toMatch(/^CT_1_1_LUACHON \('Bảng tổng hợp'!E7\): phải là một trong: Có kế hoạch riêng; /);
  await page2.close();
}, 180_000);

/** Every element of the page, inside the Fluent components' shadow roots too. */
function imgGaiVao(): number {
  const all: Element[] = [];
  const walk = (root: Document | ShadowRoot) =>
    root.querySelectorAll("*").forEach((e) => {
      all.push(e);
      if (e.shadowRoot) walk(e.shadowRoot);
    });
  walk(document);
  return all.filter((e) => e.tagName === "IMG" && e.getAttribute("src") === "x").length;
}

test("a unit name and problems that contain HTML are shown as text, never as markup", async () => {
  const ok = validateHoSo(example);
  if (!ok.ok) throw new Error();
  const spec = buildWorkbookSpec(ok.hoSo);
  const names = spec.sheets.flatMap((s) =>
    s.cells.filter((c) => c.name).map((c) => ({ name: c.name!, formula: `='${s.name}'!$${c.ref.match(/[A-Z]+/)![0]}$${c.ref.match(/\d+/)![0]}`, value: (c.formula !== undefined ? c.result : c.value) ?? null })),
  );
  const TEN = `<img src=x onerror="window.__xss=1">`;
  const O = `<img src=x onerror="window.__xss=2"><b>đậm</b>`;
  const CSV_O = `<img src=x onerror="window.__xss=3">`;
  const xss = (p: Page) => p.evaluate(() => (window as unknown as { __xss?: number }).__xss);

  // The unit's name in the form, then a member roster whose yes/no cell is markup: its problem is listed as text.
  const page = await browser.newPage({ viewport: { width: 360, height: 1300 } });
  await officeGia(page, names.map((n) => (n.name === "DV_TEN" ? { ...n, value: TEN } : n)));
  await page.goto(`${base}/taskpane.html`);
  await page.waitForFunction(() => document.getElementById("ket-luan")?.textContent?.startsWith("Kết luận"), null, { timeout: 120_000 });
  expect(await page.$eval("#ten-don-vi", (e) => (e as HTMLInputElement).value)).toBe(TEN);
  await page.setInputFiles("#tep-danh-sach", { name: "ds.csv", mimeType: "text/csv", buffer: Buffer.from(`Họ và tên,Chức vụ,Kỷ luật lao động\nNguyễn Văn A,GV,${CSV_O}\n`) });
  await page.click("#nhap-danh-sach");
  await page.waitForFunction(() => document.getElementById("trang-thai")?.textContent?.startsWith("Chưa nhập"), null, { timeout: 120_000 });
  expect(await page.$eval("#van-de", (e) => (e as HTMLElement).innerText)).toBe(`ds.csv, dòng 2, cột “Kỷ luật lao động”: “${CSV_O}” không phải Có/Không (ghi Có, Không, x, ✓, 1, 0, yes, no)`);
  await page.waitForTimeout(300); // an injected <img> would have fired its onerror by now
  expect(await page.evaluate(imgGaiVao)).toBe(0);
  expect(await xss(page)).toBeUndefined();
  await page.close();

  // An indicator cell holding markup: the problem quotes it, as text.
  const page2 = await browser.newPage({ viewport: { width: 360, height: 1300 } });
  await officeGia(page2, names.map((n) => (n.name === "DV_TEN" ? { ...n, value: TEN } : n.name === "CT_1_1_DAT" ? { ...n, value: O } : n)));
  await page2.goto(`${base}/taskpane.html`);
  await page2.waitForFunction(() => document.getElementById("so-van-de")?.textContent === "(1)", null, { timeout: 120_000 });
  expect(await page2.$eval("#van-de", (e) => (e as HTMLElement).innerText)).toBe(`CT_1_1_DAT ('Bảng tổng hợp'!D7): phải là "Có" hoặc "Không" (nhận được "${O}")`);
  await page2.waitForTimeout(300);
  expect(await page2.evaluate(imgGaiVao)).toBe(0);
  expect(await page2.$$eval("#van-de b", (els) => els.length)).toBe(0);
  expect(await xss(page2)).toBeUndefined();
  await page2.close();
}, 180_000);

/**
 * Excel replaced by the recording fake the Office.js tests use (test/excel/fakeExcel.ts, transpiled for the page),
 * holding this workbook: the pane reads and writes it as it would a real one.
 */
async function officeFake(page: Page, sheets: { name: string; cells: [string, FakeCell][]; visibility?: string }[], names: [string, string][]): Promise<void> {
  const js = ts.transpileModule(readFileSync(join(ROOT, "test/excel/fakeExcel.ts"), "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  const stub = `
    window.Office = {
      HostType: { Excel: "Excel" }, StartupBehavior: { load: "Load" },
      addin: { setStartupBehavior: async () => {} },
      onReady: (cb) => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }).then((i) => { cb && cb(i); return i; }),
    };
    (() => {
      const module = { exports: {} };
      const exports = module.exports;
      // The fake's one import: the column letters (the project's own function, as jest compiled it).
      const require = (p) => { if (p.endsWith("/sheetBuilder")) return { cot: ${chuCot.toString()} }; throw new Error("no module " + p); };
      ${js}
      const fake = new module.exports.FakeExcel();
      for (const s of ${JSON.stringify(sheets)}) {
        const sheet = fake.addSheet(s.name);
        for (const [ref, c] of s.cells) sheet.cells.set(ref, c);
        if (s.visibility) sheet.visibility = s.visibility;
      }
      for (const [n, f] of ${JSON.stringify(names)}) fake.names.set(n, f);
      window.__fake = fake;
      window.Excel = { run: async (batch) => batch(fake.context()) };
    })();`;
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    if (url.startsWith("https://appsforoffice.microsoft.com/")) return route.fulfill({ status: 200, contentType: "text/javascript", body: stub });
    return route.abort();
  });
}

async function tepDonVi(name: string, raw: unknown): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const ok = validateHoSo(raw);
  if (!ok.ok) throw new Error(ok.loi.join("\n"));
  const { renderWorkbook } = await import("../../src/xlsx/renderWorkbook");
  return { name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await (await renderWorkbook(buildWorkbookSpec(ok.hoSo))).xlsx.writeBuffer()) };
}

/** The register's receipts and states after the council view received its file (kept by a later redraw). */
const TRANG_THAI_SAU_KHI_NHAN = [
  ["HS-0001", "Trùng"],
  ["HS-0002", "Đã thẩm định"],
  ["HS-0003", "Đã thẩm định"],
  ["HS-0004", "Khác năm"],
  ["HS-0005", "Chưa thẩm định"],
];

test("opened on a Sổ Hội đồng, the pane shows the council view: its units filtered by status, each selecting its verdict row; it receives new files and re-reads the council's verdicts", async () => {
  const { capNhatSoTrongPane } = await import("../../src/taskpane/consolidateInPane");
  const TEN_XSS = `UBND xã <img src=x onerror="window.__xss=1">`;
  const kimLien = await tepDonVi("kim-lien.xlsx", example);
  const files = [
    kimLien,
    { ...kimLien, name: "kim-lien-nop-lai.xlsx" },
    await tepDonVi("xa.xlsx", { ...hoSoDayDu("tt24-huyen", "co-quan"), donVi: { ten: TEN_XSS, loai: "co-quan", congLap: true } }),
    await tepDonVi("hoa-sen-2024.xlsx", { ...hoSoDayDu("tt24-huyen", "mam-non"), donVi: { ten: "Trường Mầm non Hoa Sen", loai: "mam-non", congLap: true }, namDanhGia: 2024 }),
  ];
  // The register as the pane (or `dvht tong-hop --out`) writes it, made here on the fake.
  const fake = new FakeExcel();
  await capNhatSoTrongPane(
    files.map((f) => ({ name: f.name, arrayBuffer: async () => f.buffer.buffer.slice(f.buffer.byteOffset, f.buffer.byteOffset + f.buffer.byteLength) as ArrayBuffer })),
    (batch) => batch(fake.context()),
    { nam: 2026, thang: 1, ngay: 10 },
    async (t) => createHash("sha256").update(t).digest("hex"),
    () => undefined,
  );
  // The council's entries: the village's row all “Không đạt”; on Kim Liên's counted receipt a mistyped level.
  const td = fake.sheets.get(SO_HOI_DONG.thamDinh)!;
  const hang = (ma: string) => [...td.cells].find(([ref, c]) => ref.startsWith("A") && c.v === ma && td.cells.get(`C${ref.slice(1)}`)?.v === THAM_DINH.dongHoiDong)![0].slice(1);
  const oCoMuc = (r: string) => [...td.cells].filter(([ref, c]) => ref.endsWith(String(Number(r) - 1)) && /^[D-Z]\d+$/.test(ref) && typeof c.v === "string" && c.v.startsWith("Đạt")).map(([ref]) => ref.replace(/\d+$/, r));
  for (const ref of oCoMuc(hang("HS-0003"))) ghiNhuExcel(fake.cell(td, ref), "Không đạt");
  const oSai = `D${hang("HS-0002")}`;
  ghiNhuExcel(fake.cell(td, oSai), "Đạt");
  const sheets = [...fake.sheets.values()].map((s) => ({ name: s.name, cells: [...s.cells], visibility: s.visibility }));

  const page = await browser.newPage({ viewport: { width: 360, height: 1500 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await officeFake(page, sheets, [...fake.names]);
  await page.goto(`${base}/taskpane.html`);
  await page
    .waitForFunction(() => document.querySelectorAll("#so-danh-sach li.so-dong").length > 0, null, { timeout: 120_000 })
    .catch(async () => {
      throw new Error(`pane said: ${await page.$eval("#trang-thai", (e) => e.textContent)}; errors: ${errors.join(" | ")}`);
    });
  const gia = () =>
    page.evaluate(() => {
      const f = (window as unknown as { __fake: FakeExcel }).__fake;
      return { syncs: f.syncs, active: f.active, chon: f.chon };
    });
  // Start-up: the workbook's sheets (and whether it is a register) in one sync, the register in one more.
  expect((await gia()).syncs).toBeLessThanOrEqual(2);
  // The unit's live view is hidden: no “not a template” problems on a register.
  for (const id of ["the-mau", "the-ket-qua", "the-van-de", "the-chot"]) expect(await page.isVisible(`#${id}`)).toBe(false);
  expect(await page.isVisible("#the-so-hoi-dong")).toBe(true);
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toContain("Vấn đề cần sửa");
  expect(await page.$eval("#so-tom-tat", (e) => e.textContent)).toBe(
    "Năm đánh giá 2025, cấp huyện: 4 hồ sơ, 2 đơn vị được tính; 1 trùng, 1 khác năm, 0 khác cấp (không tính); 0 đã thay đổi sau khi nhận; 0 tệp không đọc được.",
  );
  const ds = () => page.$$eval("#so-danh-sach li.so-dong", (els) => els.map((e) => [e.getAttribute("data-ma"), e.querySelector(".so-ten")!.textContent, e.querySelector(".tt")!.textContent]));
  expect(await ds()).toEqual([
    ["HS-0001", "HS-0001 · Trường THCS Kim Liên", "Trùng"],
    ["HS-0002", "HS-0002 · Trường THCS Kim Liên", "Chưa thẩm định"],
    ["HS-0003", `HS-0003 · ${TEN_XSS}`, "Đã thẩm định"],
    ["HS-0004", "HS-0004 · Trường Mầm non Hoa Sen", "Khác năm"],
  ]);
  expect(text).toContain("Hội đồng kết luận: Không đạt");
  expect(text).toContain("Tự đánh giá: Đạt mức độ 1");
  expect(await page.$$eval("#so-loc fluent-option", (els) => els.map((e) => e.textContent))).toEqual([
    "Tất cả (4)", "Chưa thẩm định (1)", "Đã thẩm định (1)", "Đã thay đổi sau khi nhận (0)", "Trùng (1)", "Khác năm (1)", "Khác cấp (0)",
  ]);
  expect(await page.$$eval("#so-tong tr", (els) => els.map((e) => (e as HTMLElement).innerText.split("\t")))).toEqual([
    ["Kết quả", "Hội đồng", "Tự đánh giá"],
    ["Đạt mức độ 2", "0", "1"],
    ["Đạt mức độ 1", "0", "1"],
    ["Không đạt", "1", "0"],
    ["Chưa thẩm định", "1", "—"],
  ]);
  // The council's typo, its cell a link.
  const loi = await page.$eval("#so-loi", (e) => (e as HTMLElement).innerText);
  expect(loi).toMatch(new RegExp(`^'Thẩm định'!${oSai} \\(hồ sơ HS-0002, chỉ tiêu 1\\.1\\): “Đạt” không phải một trong`));
  await page.waitForTimeout(300); // an injected <img> would have fired its onerror by now
  expect(await page.evaluate(imgGaiVao)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, "taskpane-so-hoi-dong.png"), fullPage: true });

  // A unit's name selects its “Hội đồng” row in “Thẩm định”; the problem's cell selects that cell.
  await page.click('#so-danh-sach li[data-ma="HS-0002"] button.so-ten');
  await page.waitForFunction(() => (window as unknown as { __fake: { chon?: unknown } }).__fake.chon !== undefined);
  expect((await gia()).chon).toEqual({ sheet: "Thẩm định", address: expect.stringMatching(new RegExp(`^D${hang("HS-0002")}:[A-Z]+${hang("HS-0002")}$`)) });
  expect((await gia()).active).toBe("Thẩm định");
  await page.click("#so-loi button");
  await page.waitForFunction((o) => (window as unknown as { __fake: { chon?: { address: string } } }).__fake.chon?.address === o, oSai);

  // The filter: only the duplicates.
  await page.$eval("#so-loc", (e) => {
    (e as HTMLSelectElement).value = "trung";
    e.dispatchEvent(new Event("change"));
  });
  expect((await ds()).map((d) => d[0])).toEqual(["HS-0001"]);
  await page.$eval("#so-loc", (e) => {
    (e as HTMLSelectElement).value = "tatCa";
    e.dispatchEvent(new Event("change"));
  });

  // The council corrects its typo and completes Kim Liên in the sheet, then asks the pane to re-read.
  const goVao = oCoMuc(hang("HS-0002")).map((ref) => [ref, "Đạt mức độ 1"]);
  await page.evaluate((ghi) => {
    const f = (window as unknown as { __fake: FakeExcel }).__fake;
    const s = f.sheets.get("Thẩm định")!;
    for (const [ref, v] of ghi) f.cell(s, ref).v = v;
  }, goVao);
  await page.click("#so-cap-nhat");
  await page.waitForFunction(() => document.getElementById("so-so-loi")?.textContent === "", null, { timeout: 60_000 });
  expect((await ds()).map((d) => d[2])).toEqual(["Trùng", "Đã thẩm định", "Đã thẩm định", "Khác năm"]);
  expect(await page.$eval("#trang-thai", (e) => e.textContent)).toBe("Đã đọc Sổ Hội đồng: 4 hồ sơ, Hội đồng đã kết luận 2.");

  // Receiving: a new unit and a broken file; the council's verdicts are kept, the broken file counted.
  await page.setInputFiles("#tep-don-vi", [
    await tepDonVi("phong-van-hoa.xlsx", { ...hoSoDayDu("tt24-huyen", "co-quan"), donVi: { ten: "Phòng Văn hóa", loai: "co-quan", congLap: true } }),
    { name: "hong.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("không phải sổ") },
  ]);
  await page.click("#chay-tong-hop");
  await page
    .waitForFunction(() => document.getElementById("trang-thai")?.textContent?.startsWith("Sổ Hội đồng:"), null, { timeout: 120_000 })
    .catch(async () => {
      throw new Error(`pane said: ${await page.$eval("#trang-thai", (e) => e.textContent)}; errors: ${errors.join(" | ")}`);
    });
  expect(await page.$eval("#trang-thai", (e) => e.textContent)).toBe("Sổ Hội đồng: 1 hồ sơ mới, 0 kiểm tra lại; 5 hồ sơ, 3 đơn vị được tính; 1 tệp không đọc được (sheet “Không đọc được”).");
  expect((await ds()).map((d) => [d[0], d[2]])).toEqual(TRANG_THAI_SAU_KHI_NHAN);
  expect(await page.$eval("#so-tom-tat", (e) => e.textContent)).toContain("1 tệp không đọc được (sheet “Không đọc được”)");
  expect(errors).toEqual([]);
  await page.screenshot({ path: join(ARTIFACTS, "taskpane-so-hoi-dong-sau-khi-nhan.png"), fullPage: true });

  // The council's documents: the register redrawn once from what is typed (nothing received), the documents the
  // workbook now holds listed in its order, the first opened.
  const trangThai = () => page.$eval("#trang-thai", (e) => e.textContent ?? "");
  const cho = (dau: string) =>
    page
      .waitForFunction((d) => document.getElementById("trang-thai")?.textContent?.startsWith(d), dau, { timeout: 120_000 })
      .catch(async () => {
        throw new Error(`pane said: ${await trangThai()}; errors: ${errors.join(" | ")}`);
      });
  const syncsTruoc = (await gia()).syncs;
  await page.click("#so-lap-van-ban");
  await cho("Đã lập");
  // One refresh (at most five syncs) and the view read back once.
  expect((await gia()).syncs - syncsTruoc).toBeLessThanOrEqual(6);
  const soSheet = await page.evaluate(() => (window as unknown as { __fake: FakeExcel }).__fake.sheetOrder);
  const vanBan = soSheet.filter(laSheetVanBanHoiDong);
  const dsVanBan = await page.$$eval("#so-van-ban li", (els) => els.map((e) => e.textContent));
  if (vanBan.length) {
    expect(dsVanBan).toEqual(vanBan);
    expect((await gia()).active).toBe(vanBan[0]);
  } else expect(dsVanBan).toEqual(["Chưa có văn bản nào của Hội đồng trong sổ: bấm “Lập / cập nhật văn bản Hội đồng”."]);
  expect(soSheet).not.toContain("dvht-tam");
  expect((await ds()).map((d) => [d[0], d[2]])).toEqual(TRANG_THAI_SAU_KHI_NHAN);
  expect(await page.$eval("#so-tom-tat", (e) => e.textContent)).toContain("1 tệp không đọc được");
  expect(await page.$eval("#so-lich-dang-dung", (e) => e.textContent)).toBe("Sổ đang dùng các hạn của Thông tư (không có lịch riêng của địa phương).");

  // The province's calendar: a wrong file is refused with its problems, nothing synced; a right one is applied and kept.
  const syncsLich = (await gia()).syncs;
  await page.setInputFiles("#so-lich", { name: "sai.json", mimeType: "application/json", buffer: Buffer.from('{"hanNop": {"ngay": 31, "thang": 2}}') });
  await cho("Chưa dùng lịch riêng");
  expect(await trangThai()).toBe("Chưa dùng lịch riêng sai.json: 1 lỗi cần sửa (xem dưới). Sổ không bị thay đổi.");
  expect(await page.$$eval("#so-loi-lich li", (els) => els.map((e) => e.textContent))).toEqual(["sai.json: “hanNop”: ngày 31/2 không có trong năm"]);
  expect((await gia()).syncs).toBe(syncsLich);
  await page.setInputFiles("#so-lich", { name: "buon-ho.json", mimeType: "application/json", buffer: Buffer.from('{"hanNop": {"ngay": 5, "thang": 12, "namSau": false}, "hanNopBaoGom": false}') });
  await cho("Đã lập lại Sổ Hội đồng theo lịch riêng");
  expect(await page.$$eval("#so-loi-lich li", (els) => els.length)).toBe(0);
  expect(await page.$eval("#so-lich-dang-dung", (e) => e.textContent)).toBe("Sổ đang dùng lịch riêng của địa phương: hạn nộp hồ sơ: trước ngày 05/12 năm đánh giá.");
  const h1 = await page.evaluate((ten) => {
    const f = (window as unknown as { __fake: FakeExcel }).__fake;
    return f.sheets.get(ten)?.cells.get("H1")?.v;
  }, SO_HOI_DONG.duLieu);
  expect(JSON.parse(String(h1))).toEqual({ hanNop: { ngay: 5, thang: 12, namSau: false }, hanNopBaoGom: false });
  expect(errors).toEqual([]);
  await page.screenshot({ path: join(ARTIFACTS, "taskpane-so-hoi-dong-van-ban.png"), fullPage: true });
  await page.close();
}, 300_000);

test("the pane renders in Vietnamese with Fluent components, loads nothing from the network but Office.js", async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 1100 } });
  const external: string[] = [];
  const officeJs: string[] = [];
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    const m = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(.+)$/.exec(url);
    const local = m && join(OFFICE_DIST, normalize(m[1]));
    if (local && local.startsWith(OFFICE_DIST) && existsSync(local)) {
      officeJs.push(m![1]);
      return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(local, "utf8") });
    }
    if (!m) external.push(url);
    return route.abort();
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}/taskpane.html`);
  await page.waitForFunction(() => document.getElementById("trang-thai")?.textContent === "Chưa kết nối với Excel.", null, { timeout: 120_000 });
  await page.waitForFunction(() => customElements.get("fluent-button") !== undefined);

  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  expect(officeJs).toContain("office.js");
  const text = await page.evaluate(() => document.body.innerText);
  for (const label of ["Đơn vị học tập", "Mẫu Bảng tổng hợp", "Bộ tiêu chí", "Loại đơn vị", "Công lập", "Năm đánh giá", "Chèn mẫu Bảng tổng hợp", "Chuyển sang công thức gốc để chia sẻ", "Tính lại toàn bộ", "Vấn đề cần sửa"]) {
    expect(text).toContain(label);
  }
  // Only the types of the chosen rule set's cấp (SPEC §2): no đại học under cấp huyện, no mầm non under cấp tỉnh.
  const loai = () => page.$$eval("#loai-don-vi fluent-option", (els) => els.map((e) => e.getAttribute("value")));
  expect(await loai()).toEqual(["co-quan", "su-nghiep", "kinh-te", "xa-hoi", "mam-non", "pho-thong", "gdnn", "giao-duc-khac"]);
  await page.$eval("#bo-tieu-chi", (e) => {
    (e as HTMLSelectElement).value = "tt24-tinh";
    e.dispatchEvent(new Event("change"));
  });
  expect(await loai()).toEqual(["co-quan", "su-nghiep", "kinh-te", "xa-hoi", "thpt", "gdnn", "dai-hoc", "giao-duc-khac"]);
  expect(await page.$$eval("#loai-don-vi fluent-option", (els) => els.map((e) => e.textContent))).toContain("Cơ sở giáo dục đại học");
  expect(await page.$$eval("#bo-tieu-chi fluent-option", (els) => els.map((e) => e.getAttribute("value")))).toEqual(["tt24-huyen", "tt24-tinh", "tt22"]);
  expect(await page.$eval("#chen-mau", (e) => (e as HTMLButtonElement).disabled)).toBe(true);
  const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (e) => e.getAttribute("content"));
  expect(csp).toContain("default-src 'self'");

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, "taskpane.png"), fullPage: true });
  await page.close();
}, 180_000);

test("npm run build produced the custom functions metadata next to the pane", () => {
  const meta = JSON.parse(readFileSync(join(ADDIN, "functions.json"), "utf8"));
  expect(meta.functions.map((f: { id: string }) => f.id).sort()).toEqual(["DIEM", "KETLUAN", "KIEMTRA", "MUCDO", "NGUONG", "TIEUCHI", "TYLE", "XEPLOAI"]);
  expect(readFileSync(join(ADDIN, "functions.js"), "utf8")).toContain("CustomFunctions.associate");
  expect(readFileSync(join(ADDIN, "manifest.xml"), "utf8")).toContain("<Id>");
});
