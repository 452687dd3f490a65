/**
 * Everything from JSON too (issue 15 item 7): a hồ sơ's `vanBan` goes into the workbook (`dvht tao-mau`) and comes
 * back whole through both readers — the file reader `dvht in` uses (docHoSoVaVanBan) and the Office.js reader
 * (recording fake). A narrative is one wrapped, unmerged cell with no fixed height and a 2,000-character check
 * (issue 15 item 4: “Any text a clerk types, up to 2,000 characters per field with line breaks, prints whole”).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DANH_SACH_VAN_BAN,
  DO_DAI_TOI_DA_VAN_BAN,
  NHOM_VAN_BAN,
  PHAN_CHI_TIEU_VAN_BAN,
  RULE_SETS,
  validateHoSo,
  type HoSo,
} from "../../src/rules";
import { TEN_SHEET_BAO_CAO, TEN_SHEET_NOI_DUNG, buildWorkbookSpec, tenBaoCao, tenKetLuanTieuChi, type SheetSpec } from "../../src/template";
import { renderLayoutWithOfficeJs } from "../../src/excel/renderLayoutWithOfficeJs";
import { docTrangThaiSo } from "../../src/excel/readWorkbookOfficeJs";
import { moSoDaNap, napSo } from "../../src/xlsx/openWorkbook";
import { docHoSoVaVanBan, docSoDaMo } from "../../src/xlsx/readWorkbook";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { runDvht, tempDir, writeTemp } from "../cli/processHelpers";
import { FakeExcel } from "../excel/fakeExcel";

const ROOT = join(__dirname, "../..");
const dir = tempDir();
type Raw = Record<string, unknown> & { vanBan: Record<string, Record<string, unknown>> };
const viDu = (): Raw => JSON.parse(readFileSync(join(ROOT, "examples/ho-so-day-du.json"), "utf8"));

/** Vietnamese prose with line breaks, exactly n characters, nothing to trim at either end. */
function doan(n: number): string {
  const cau = "- Nhà trường tổ chức cho cán bộ, giáo viên, nhân viên học tập, bồi dưỡng thường xuyên; kết quả được ghi nhận đầy đủ trong hồ sơ.\n";
  return (cau.repeat(Math.ceil(n / cau.length)).slice(0, n - 1) + "đ").replace(/\s(?=đ$)/, "x");
}

/** The example with 2,000-character narratives in a field of each kind of place (group, indicator, criterion). */
function dayDu(): Raw {
  const h = viDu();
  h.vanBan.bienBan.uuDiem = doan(DO_DAI_TOI_DA_VAN_BAN);
  h.vanBan.baoCao.tinhHinhChung = `${doan(DO_DAI_TOI_DA_VAN_BAN - 21)}\n\nĐoạn cuối: ổn định.`;
  (h.vanBan.chiTieu["2.1"] as Record<string, string>).moTa = doan(DO_DAI_TOI_DA_VAN_BAN);
  (h.vanBan.tieuChi["3"] as Record<string, string>).ketLuan = doan(DO_DAI_TOI_DA_VAN_BAN);
  return h;
}

function hopLe(raw: unknown): HoSo {
  const r = validateHoSo(raw, { namBatBuoc: true });
  if (!r.ok) throw new Error(r.loi.join("\n"));
  return r.hoSo;
}

test("the long texts are what they say: 2,000 characters with line breaks", () => {
  const vb = dayDu().vanBan;
  expect((vb.bienBan.uuDiem as string).length).toBe(DO_DAI_TOI_DA_VAN_BAN);
  expect(vb.baoCao.tinhHinhChung).toHaveLength(DO_DAI_TOI_DA_VAN_BAN);
  expect(vb.bienBan.uuDiem).toContain("\n");
});

test("every field from JSON → tao-mau → read back (docHoSoVaVanBan): the same hồ sơ; danh-gia's JSON does not change", async () => {
  const raw = dayDu();
  const file = writeTemp(dir, "day-du.json", raw);
  const out = join(dir, "day-du.xlsx");
  const r = runDvht(["tao-mau", file, "--out", out]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  const doc = await docHoSoVaVanBan(out);
  expect(doc.vanDeVanBan).toEqual([]);
  expect(doc.hoSo).toEqual(hopLe(raw));
  expect(doc.hoSo.vanBan).toEqual(raw.vanBan);
  // SPEC §3: the output of danh-gia is the same for the file and for its workbook, and has no vanBan.
  const tuJson = runDvht(["danh-gia", file, "--json"]);
  const tuSo = runDvht(["danh-gia", out, "--json"]);
  expect([tuSo.code, tuSo.stderr]).toEqual([0, ""]);
  expect(tuSo.stdout).toBe(tuJson.stdout);
  expect(JSON.parse(tuSo.stdout)).not.toHaveProperty("vanBan");
});

test("a TT22 hồ sơ's vanBan goes through its workbook too (Thông tin, the typing sheet, the team's list)", async () => {
  const vb = viDu().vanBan;
  const raw = JSON.parse(readFileSync(join(ROOT, "examples/ninh-binh-tt22.json"), "utf8"));
  raw.vanBan = { coQuanChuQuan: vb.coQuanChuQuan, diaDanh: vb.diaDanh, chung: vb.chung, toTuDanhGia: vb.toTuDanhGia };
  const file = writeTemp(dir, "tt22.json", raw);
  const out = join(dir, "tt22.xlsx");
  expect(runDvht(["tao-mau", file, "--out", out]).code).toBe(0);
  const doc = await docHoSoVaVanBan(out);
  expect(doc.hoSo.vanBan).toEqual(raw.vanBan);
});

test(`a text of ${DO_DAI_TOI_DA_VAN_BAN + 1} characters or a date that does not exist: exit 2, one line naming the path, no workbook`, () => {
  const raw = dayDu();
  (raw.vanBan.chiTieu["2.1"] as Record<string, string>).moTa = doan(DO_DAI_TOI_DA_VAN_BAN + 1);
  raw.vanBan.toTrinh.ngay = "2024-11-31";
  const file = writeTemp(dir, "qua-dai.json", raw);
  const out = join(dir, "qua-dai.xlsx");
  const loi = [
    `vanBan.toTrinh.ngay: “Ngày tờ trình” "2024-11-31" không phải một ngày có thật dạng yyyy-mm-dd (ví dụ 2025-12-20), năm từ 2000 đến 2100`,
    `vanBan.chiTieu.2.1.moTa: “Mô tả hiện trạng” của chỉ tiêu 2.1 dài 2001 ký tự, quá giới hạn 2000 ký tự của một ô; hãy rút gọn, hoặc chuyển phần chi tiết vào một văn bản minh chứng và ghi mã của nó vào Minh chứng`,
  ];
  for (const args of [["tao-mau", file, "--out", out], ["danh-gia", file, "--json"]]) {
    const r = runDvht(args);
    expect([r.code, r.stdout, r.stderr.trimEnd().split("\n")]).toEqual([2, "", loi]);
  }
  expect(existsSync(out)).toBe(false);
});

test("the Office.js reader (recording fake) reads the injected workbook's vanBan the same, for each rule set", async () => {
  for (const [bo, loai] of [["tt24-huyen", "pho-thong"], ["tt24-tinh", "thpt"], ["tt22", "pho-thong"]] as const) {
    const raw = dayDu();
    const vb = raw.vanBan;
    const vanBan = RULE_SETS[bo].chamDiem ? { coQuanChuQuan: vb.coQuanChuQuan, diaDanh: vb.diaDanh, chung: vb.chung, toTuDanhGia: vb.toTuDanhGia } : vb;
    const hoSo = hopLe({ boTieuChi: bo, donVi: { ...(raw.donVi as object), loai }, namDanhGia: 2024, chiTieu: {}, vanBan });
    const fake = new FakeExcel();
    await renderLayoutWithOfficeJs(fake.context(), buildWorkbookSpec(hoSo));
    const tt = await docTrangThaiSo(fake.context());
    expect([bo, tt.vanDe]).toEqual([bo, []]);
    expect(tt.hoSo).toEqual(hoSo);
  }
});

describe("the typing sheet “Nội dung hồ sơ”, laid out from the one list of fields", () => {
  const hoSo = hopLe(dayDu());
  const spec = buildWorkbookSpec(hoSo);
  const sheet = spec.sheets.find((s) => s.name === TEN_SHEET_NOI_DUNG)!;
  const o = (s: SheetSpec, ten: string) => s.cells.find((c) => c.name === ten);
  const dong = (ref: string) => Number(/\d+$/.exec(ref)![0]);

  test("comes after the Hướng dẫn; every field, indicator part and criterion conclusion has its named input cell there", () => {
    const ten = spec.sheets.map((s) => s.name);
    expect(ten.indexOf(TEN_SHEET_NOI_DUNG)).toBe(ten.indexOf("Hướng dẫn") + 1);
    const ruleSet = RULE_SETS["tt24-huyen"];
    const names = [
      ...NHOM_VAN_BAN.flatMap((n) => n.truong.map((t) => t.ten)),
      ...ruleSet.chiTieu.flatMap((d) => PHAN_CHI_TIEU_VAN_BAN.map((p) => tenBaoCao(d.id, p.hauTo))),
      ...ruleSet.tieuChi.map((t) => tenKetLuanTieuChi(t.id)),
    ];
    for (const n of names) expect([n, o(sheet, n)?.input]).toEqual([n, true]);
    // The report reads them: the names are defined once, on the typing sheet.
    const baoCao = spec.sheets.find((s) => s.name === TEN_SHEET_BAO_CAO)!;
    expect(baoCao.cells.filter((c) => c.name?.startsWith("BC_"))).toEqual([]);
    expect(baoCao.cells.some((c) => c.formula?.includes(tenBaoCao("2.1", "MOTA")))).toBe(true);
  });

  test("a narrative: one unmerged wrapped cell, no fixed row height, and a check of its length that says how to split", () => {
    for (const ten of ["HS_BB_UU_DIEM", tenBaoCao("2.1", "MOTA"), tenKetLuanTieuChi("3")]) {
      const c = o(sheet, ten)!;
      expect(c.style).toBe("inputDoan");
      expect(sheet.merges.filter((m) => m.startsWith(`${c.ref}:`))).toEqual([]);
      expect(sheet.rowHeights?.[dong(c.ref)]).toBeUndefined();
      expect(c.validation).toMatchObject({ type: "custom", formula: `LEN(${c.ref})<=${DO_DAI_TOI_DA_VAN_BAN}`, error: expect.stringContaining("chuyển phần chi tiết vào một văn bản minh chứng") });
      expect((c.value as string).length).toBe(DO_DAI_TOI_DA_VAN_BAN);
    }
    expect(sheet.columns[1]).toBeGreaterThanOrEqual(80);
  });

  test("dates and times are real Excel dates (dd/mm/yyyy, dd/mm/yyyy hh:mm) with a check", async () => {
    const ngay = o(sheet, "HS_TTR_NGAY")!;
    const gio = o(sheet, "HS_BB_BAT_DAU")!;
    expect([ngay.value, gio.value]).toEqual([45652, 45646 + 14 / 24]);
    const wb = await renderWorkbook(spec);
    const ws = wb.getWorksheet(TEN_SHEET_NOI_DUNG)!;
    expect([ws.getCell(ngay.ref).numFmt, ws.getCell(gio.ref).numFmt]).toEqual(["dd/mm/yyyy", "dd/mm/yyyy hh:mm"]);
    expect(ngay.validation?.formula).toContain(`ISNUMBER(${ngay.ref})`);
  });

  test("the lists: the team on its sheet (roles as their labels), abbreviations and evidence on theirs, filled from JSON only", () => {
    const ds = (name: string) => spec.sheets.flatMap((s) => s.rangeNames.filter((r) => r.name === name).map((r) => ({ sheet: s, range: r.range })))[0];
    const hoTen = ds(DANH_SACH_VAN_BAN.toTuDanhGia.cot[0].ten);
    expect(hoTen.sheet.name).toBe("Danh sách Hội đồng TĐG");
    const nhiemVu = ds(DANH_SACH_VAN_BAN.toTuDanhGia.cot[2].ten);
    const dau = Number(/\d+/.exec(nhiemVu.range)![0]);
    expect(nhiemVu.sheet.cells.find((c) => c.ref === `D${dau}`)?.value).toBe("Tổ trưởng");
    const cvt = ds(DANH_SACH_VAN_BAN.chuVietTat.cot[0].ten);
    expect(cvt.sheet.name).toBe("Danh mục chữ viết tắt");
    // No abbreviation comes with the template: a blank hồ sơ has none.
    const trong = buildWorkbookSpec({ ...hoSo, vanBan: undefined }).sheets.find((s) => s.name === "Danh mục chữ viết tắt")!;
    expect(trong.cells.filter((c) => c.input && c.value !== null)).toEqual([]);
    expect(ds("MC_DANH_MUC").range).toBe("$A$4:$A$203");
  });
});

describe("a workbook's document cells as a clerk may leave them: both readers say the same", () => {
  const hoSo = hopLe(viDu());
  const spec = buildWorkbookSpec(hoSo);
  const viTri = (ten: string) => {
    for (const s of spec.sheets) for (const c of s.cells) if (c.name === ten) return { sheet: s.name, ref: c.ref };
    throw new Error(ten);
  };
  const SUA: Record<string, string | number> = {
    HS_TTR_NGAY: "26/12/2024", // a date a locale kept as text: read as the date
    HS_BB_BAT_DAU: "20/12/2024 14:00",
    HS_BC_NGAY: "hôm qua",
    HS_BB_KET_THUC: 45646.7,
    [tenBaoCao("1.1", "MOTA")]: "x".repeat(DO_DAI_TOI_DA_VAN_BAN + 1),
  };
  const nhiemVu = { sheet: "Danh sách Hội đồng TĐG", ref: "D8" };

  async function docCaHai() {
    const wb = await renderWorkbook(spec);
    const fake = new FakeExcel();
    await renderLayoutWithOfficeJs(fake.context(), spec);
    for (const [ten, v] of [...Object.entries(SUA), ["", "Chủ tịch"] as const]) {
      const { sheet, ref } = ten ? viTri(ten) : nhiemVu;
      wb.getWorksheet(sheet)!.getCell(ref).value = v;
      fake.cell(fake.sheets.get(sheet)!, ref).v = v;
    }
    const tep = docSoDaMo(moSoDaNap((await napSo(Buffer.from(await wb.xlsx.writeBuffer())))!), "sổ");
    const tt = await docTrangThaiSo(fake.context());
    return { tep, tt };
  }

  test("what reads is kept, each problem names its cell or its row, and the assessment is not stopped", async () => {
    const { tep, tt } = await docCaHai();
    const ref = (ten: string) => `${ten} ('${viTri(ten).sheet}'!${viTri(ten).ref})`;
    expect(tep.vanDeVanBan).toEqual([
      `${ref("HS_BC_NGAY")}: phải là một ngày, dạng dd/mm/yyyy (nhận được "hôm qua")`,
      'Tổ tự đánh giá, dòng 2: Nhiệm vụ phải là một trong: Tổ trưởng, Thư ký, Thành viên (nhận được "Chủ tịch")',
      `${ref(tenBaoCao("1.1", "MOTA"))}: “Mô tả hiện trạng” của chỉ tiêu 1.1 dài 2001 ký tự, quá giới hạn 2000 ký tự của một ô; hãy rút gọn, hoặc chuyển phần chi tiết vào một văn bản minh chứng và ghi mã của nó vào Minh chứng`,
    ]);
    const vb = tep.hoSo.vanBan!;
    expect(vb.toTrinh?.ngay).toBe("2024-12-26");
    expect(vb.bienBan?.batDau).toBe("2024-12-20T14:00");
    expect(vb.bienBan?.ketThuc).toBe("2024-12-20T16:48");
    expect(vb.baoCao?.ngay).toBeUndefined();
    expect(vb.chiTieu?.["1.1"]?.moTa).toBeUndefined();
    expect(vb.toTuDanhGia?.map((m) => m.hoTen)).toEqual(hoSo.vanBan!.toTuDanhGia!.filter((_, i) => i !== 1).map((m) => m.hoTen));
    expect(tep.hoSo.chiTieu).toEqual(hoSo.chiTieu);
    // The Office.js reader: the same hồ sơ, the same problems at the same cells.
    expect(tt.hoSo).toEqual(tep.hoSo);
    expect(tt.vanDe.map((v) => (v.ten ? `${v.ten} ('${tt.viTri.get(v.ten)!.sheet}'!${tt.viTri.get(v.ten)!.address})` : "") + (v.ten ? ": " : "") + v.thongBao)).toEqual(tep.vanDeVanBan);
    expect(tt.ketQua?.ketLuan.xepLoai).toBe("Đạt mức độ 1");
  });
});
