/** The template as written by ExcelJS: SPEC §4 names, formulas over Ngưỡng, validations, protection, print setup. */
import ExcelJS from "exceljs";
import { LOAI_DON_VI, RULE_SETS, validateHoSo, type BoTieuChiId } from "../../src/rules";
import { TEN_SHEET_BANG_TONG_HOP, buildWorkbookSpec, hoSoTrong, tenChiTieu, tenDanhMucLuaChon, tenNguong } from "../../src/template";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { hoSoDayDu } from "../helpers/hoSo";

async function roundTrip(bo: BoTieuChiId, loai = "pho-thong" as const) {
  const wb = await renderWorkbook(buildWorkbookSpec(hoSoTrong(bo, { loai, congLap: true }, 2025)));
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

function names(wb: ExcelJS.Workbook): Map<string, string> {
  return new Map((wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [n.name, n.ranges[0]]));
}

describe.each(["tt24-huyen", "tt24-tinh"] as const)("%s template", (bo) => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await roundTrip(bo);
  });

  test("sheets in the order of SPEC §4", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Thông tin", "Bảng tổng hợp", "Ngưỡng", "Hướng dẫn", "Nội dung hồ sơ", "Trang bìa", "Tờ trình", "Báo cáo kết quả TĐG", "Danh sách Hội đồng TĐG", "Bản tổng hợp (in)", "Danh mục chữ viết tắt", "Biên bản tự đánh giá", "Báo cáo tự đánh giá", "Danh mục minh chứng", "Sổ minh chứng", "Phiếu M1 chỉ tiêu", "Phiếu M2 tiêu chí", "Nhật ký"]);
  });

  test("every defined name of SPEC §4, pointing at one cell", () => {
    const n = names(wb);
    const expected = ["DV_LOAI", "DV_CONGLAP", "DV_CAP", "DV_NAM", "KET_LUAN", "TC_1_MUCDO", "TC_2_MUCDO", "TC_3_MUCDO"];
    for (const def of RULE_SETS[bo].chiTieu) {
      const k = def.id.replace(/\./g, "_"); // SPEC §4 spelled out here, independently of names.ts
      expected.push(`CT_${k}_MINHCHUNG`, `CT_${k}_MUCDO`);
      if (def.kieu === "dat") expected.push(`CT_${k}_DAT`);
      if (def.kieu === "muc-cds") expected.push(`CT_${k}_MUCCDS`);
      if (def.kieu === "ty-le") expected.push(`CT_${k}_SODAT`, `CT_${k}_TONGSO`, `CT_${k}_TYLE`);
    }
    expected.push("CT_3_1_NGUOIHOCDAT", "CT_3_1_TONGNGUOIHOC");
    for (const name of expected) expect([name, n.get(name)]).toEqual([name, expect.stringMatching(/^'[^']+'!\$[A-Z]+\$\d+$/)]);
  });

  test("every Mức độ cell is a native formula reading its thresholds from the Ngưỡng sheet", () => {
    const n = names(wb);
    for (const def of RULE_SETS[bo].chiTieu) {
      const [, sheet, col, row] = /^'(.+)'!\$([A-Z]+)\$(\d+)$/.exec(n.get(tenChiTieu(def.id, "MUCDO"))!)!;
      const cell = wb.getWorksheet(sheet)!.getCell(`${col}${row}`);
      expect(cell.type).toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula).toContain(tenNguong(def.id, "APDUNG"));
      if (def.kieu !== "dat") expect(cell.formula).toMatch(/NG_\d_\d_M2/);
      const threshold = n.get(tenNguong(def.id, "APDUNG"))!;
      expect(threshold.startsWith("'Ngưỡng'!")).toBe(true);
    }
    expect(n.get("NG_2_1_M1")!.startsWith("'Ngưỡng'!")).toBe(true);
  });

  test("input cells are unlocked with validations and Vietnamese messages; formulas are locked; sheets protected without password", () => {
    const ws = wb.getWorksheet(TEN_SHEET_BANG_TONG_HOP)!;
    const n = names(wb);
    const cellOf = (name: string) => ws.getCell(n.get(name)!.split("!")[1].replace(/\$/g, ""));
    const soDat = cellOf("CT_2_1_SODAT");
    expect(soDat.protection?.locked).toBe(false);
    expect(soDat.dataValidation?.type).toBe("custom");
    expect(soDat.dataValidation?.error).toContain("không lớn hơn tổng số");
    expect(cellOf("CT_1_1_DAT").dataValidation?.formulae).toEqual(['"Có,Không"']);
    expect(cellOf("CT_2_1_MUCDO").protection?.locked).not.toBe(false);
    expect((ws as unknown as { sheetProtection: { sheet: boolean; hashValue?: string } }).sheetProtection).toMatchObject({ sheet: true });
    expect((ws as unknown as { sheetProtection: { hashValue?: string } }).sheetProtection.hashValue).toBeUndefined();
  });

  test("A4 landscape, fit to width, repeated header rows, Times New Roman, frozen panes", () => {
    const ws = wb.getWorksheet(TEN_SHEET_BANG_TONG_HOP)!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe("5:6");
    expect(ws.getCell("B7").font?.name).toBe("Times New Roman");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 6, xSplit: 2 });
  });
});

describe("tt22 template (seed 004 Phụ lục)", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await roundTrip("tt22");
  });

  test("its own sheets: the scoring form, the bands, the guide, the documents' fields and the team (vanBan), the log", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Thông tin", "Bảng tổng hợp", "Ngưỡng", "Hướng dẫn", "Nội dung hồ sơ", "Danh sách Hội đồng TĐG", "Bảng chấm điểm (in)", "Nhật ký"]);
  });

  test("the columns of the Phụ lục, with the “Gợi ý cho điểm” shown and the 2.4 typo noted", () => {
    const ws = wb.getWorksheet(TEN_SHEET_BANG_TONG_HOP)!;
    const header = (ws.getRow(5).values as unknown[]).slice(1);
    expect(header).toEqual(["TT", "Nội dung tiêu chí", "Điểm tối đa", "Các minh chứng", "Lựa chọn / Số thành viên đạt", "Tổng số thành viên", "Tỷ lệ nhập (không có số đếm)", "Tỷ lệ", "Minh chứng (mã)", "Điểm tự chấm", "Gợi ý cho điểm"]);
    expect(ws.getCell("K7").value).toContain("Đơn vị có xây dựng kế hoạch riêng: 10 điểm");
    const n = names(wb);
    const row24 = n.get("CT_2_4_DIEM")!.match(/\d+$/)![0];
    expect(ws.getCell(`K${row24}`).value).toContain("(Bản gốc ghi “Dưới 10%”; dvht hiểu là dưới 30%.)");
  });

  test("every points cell is a native formula over the Ngưỡng names; totals and class by name", () => {
    const n = names(wb);
    const cell = (name: string) => {
      const [, sheet, col, row] = /^'(.+)'!\$([A-Z]+)\$(\d+)$/.exec(n.get(name)!)!;
      return wb.getWorksheet(sheet)!.getCell(`${col}${row}`);
    };
    for (const def of RULE_SETS.tt22.chiTieu) {
      const c = cell(tenChiTieu(def.id, "DIEM"));
      expect(c.type).toBe(ExcelJS.ValueType.Formula);
      if (def.kieu === "ty-le-diem") expect(c.formula).toContain(tenNguong(def.id, "B1"));
      if (def.kieu === "lua-chon") expect(c.formula).toContain(tenDanhMucLuaChon(def.id, "DIEM"));
    }
    for (const name of ["TC_1_DIEM", "TC_2_DIEM", "TC_3_DIEM", "TONG_DIEM", "KET_LUAN", "CT_1_1_LUACHON", "CT_1_3_LUACHON", "CT_3_2_DANHHIEU", "CT_1_2_DAT", "CT_2_1_SODAT", "NG_XL_TOT", "NG_XL_KHA", "NG_XL_TRUNG_BINH"]) {
      expect([name, n.get(name)]).toEqual([name, expect.stringMatching(/^'[^']+'!\$[A-Z]+\$\d+$/)]);
    }
    expect(cell("KET_LUAN").formula).toContain("NG_XL_TOT");
    expect(cell("NG_2_4_B4").value).toBe(30);
    expect(cell("CT_1_1_LUACHON").dataValidation).toMatchObject({ type: "list", formulae: ["DM_LC_1_1_TEN"] });
  });
});

test("a filled template stores the hồ sơ's inputs under their names", async () => {
  const raw = hoSoDayDu("tt24-tinh", "dai-hoc");
  const checked = validateHoSo(raw);
  if (!checked.ok) throw new Error();
  const wb = await renderWorkbook(buildWorkbookSpec(checked.hoSo));
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  const n = names(back);
  const val = (name: string) => {
    const [sheet, addr] = n.get(name)!.split("!");
    return back.getWorksheet(sheet.replace(/'/g, ""))!.getCell(addr.replace(/\$/g, "")).value;
  };
  expect(val("CT_2_1_SODAT")).toBe(100);
  expect(val("CT_1_1_DAT")).toBe("Có");
  expect(val("CT_3_5_MUCCDS")).toBe("Đáp ứng tốt");
  expect(val("DV_LOAI")).toBe("dai-hoc");
  expect(val("DV_CONGLAP")).toBe("Có");
  expect(LOAI_DON_VI).toContain(val("DV_LOAI"));
});
