/**
 * The team list's live check (HD_KIEM_TRA) says exactly what the engine says, computed by HyperFormula (an
 * independent spreadsheet engine) on the sheet's own formulas. Rule: seed 002 IV.1 “Tổ trưởng Tổ TĐG là lãnh đạo
 * cơ quan, đơn vị”; no size rule (SPEC §2). The LibreOffice comparison on random teams is in test/xlsx/libreOffice.
 */
import { HyperFormula } from "hyperformula";
import { HOP_LE_HOI_DONG, MO_TA_TO_TU_DANH_GIA, RULE_SETS, kiemTraHoiDongTuDanhGia, type ThanhVienHoiDong } from "../../src/rules";
import { DONG_DAU_HOI_DONG, HD, sheetHoiDongTuDanhGia } from "../../src/template";
import { sheetBienBan } from "../../src/template/sheets/hoSo/bienBanBaoCao";
import type { SheetSpec } from "../../src/template/model";
import { SEED_002 } from "../helpers/seeds";

function viTri(ref: string) {
  const [, c, r] = /^([A-Z]+)(\d+)$/.exec(ref)!;
  return { col: [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1, row: Number(r) - 1 };
}

/** The sheet in HyperFormula: its names, formulas and values (A2 quotes DV_TEN of another sheet: left out). */
function trongHyperFormula(spec: SheetSpec) {
  // Excel compares text ignoring case but not accents: so must HyperFormula. Every Excel evaluates SUMPRODUCT's
  // arguments as arrays; HyperFormula does so in its array mode.
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", caseSensitive: false, accentSensitive: true, useArrayArithmetic: true });
  hf.addSheet(spec.name);
  const sheet = hf.getSheetId(spec.name)!;
  const abs = (ref: string) => `'${spec.name}'!$${ref.replace(/(\d+)$/, "$$$1")}`;
  for (const c of spec.cells) if (c.name) hf.addNamedExpression(c.name, `=${abs(c.ref)}`);
  for (const c of spec.cells) {
    if (c.ref === "A2") continue;
    hf.setCellContents({ sheet, ...viTri(c.ref) }, [[c.formula !== undefined ? `=${c.formula}` : (c.value ?? null)]]);
  }
  const nhap = (ds: readonly ThanhVienHoiDong[]) => {
    ds.forEach((m, i) => {
      const row = DONG_DAU_HOI_DONG - 1 + i;
      hf.setCellContents({ sheet, row, col: 1 }, [[m.hoTen || null, m.chucVu || null, m.nhiemVu || null]]);
    });
  };
  const doc = (ten: string) => {
    const c = spec.cells.find((x) => x.name === ten)!;
    return hf.getCellValue({ sheet, ...viTri(c.ref) });
  };
  return { hf, nhap, doc };
}

const m = (hoTen: string, nhiemVu: string, chucVu?: string): ThanhVienHoiDong => ({ hoTen, nhiemVu, chucVu });
const TT = m("Nguyễn Văn A", "Tổ trưởng", "Hiệu trưởng");
const TK = m("Trần Thị B", "Thư ký", "Giáo viên");

const DOI: [string, ThanhVienHoiDong[]][] = [
  ["a blank team", []],
  ["a team of 2 (valid: no size rule)", [TT, TK]],
  ["a team of 4", [TT, TK, m("C", "Thành viên", "Giáo viên"), m("D", "Thành viên")]],
  ["a tổ trưởng who is “Tổ trưởng chuyên môn”", [{ ...TT, chucVu: "Tổ trưởng chuyên môn" }, TK]],
  ["a tổ trưởng who is “Tổ phó”, spaced", [{ ...TT, chucVu: "  Tổ   phó " }, TK]],
  ["a tổ trưởng who chairs the trade union", [{ ...TT, chucVu: "Chủ tịch Công đoàn" }, TK]],
  ["a tổ trưởng who is “Phó Hiệu trưởng” in capitals", [{ ...TT, chucVu: "PHÓ HIỆU TRƯỞNG" }, TK]],
  ["a tổ trưởng with no chức vụ", [{ ...TT, chucVu: "" }, TK]],
  ["two thư ký", [TT, TK, { ...TK, hoTen: "Lê C" }]],
  ["two tổ trưởng", [TT, { ...TT, hoTen: "Lê C", chucVu: "Giáo viên" }, TK]],
  ["the legacy label “Chủ tịch (Tổ trưởng)”", [{ ...TT, nhiemVu: "Chủ tịch (Tổ trưởng)" }, TK]],
  ["the JSON codes and odd case", [{ ...TT, nhiemVu: "to-truong" }, { ...TK, nhiemVu: "THƯ KÝ" }]],
  ["a tổ trưởng on a later row, rows without a name between", [m("  ", "Tổ trưởng", "Giáo viên"), TK, m("", "Thư ký"), m("Lê C", "Thành viên"), TT]],
  ["a name with no role", [TT, TK, m("Lê C", "")]],
];

test(`the line under the title states the roles and no size (${SEED_002.nguon}, IV.1)`, () => {
  const a3 = sheetHoiDongTuDanhGia().spec.cells.find((c) => c.ref === "A3")!;
  expect(a3.value).toBe(MO_TA_TO_TU_DANH_GIA);
  expect(MO_TA_TO_TU_DANH_GIA).toBe("Gồm tổ trưởng (là lãnh đạo cơ quan, đơn vị), thư ký và các thành viên.");
  const text = JSON.stringify(sheetHoiDongTuDanhGia().spec);
  expect(text).not.toMatch(/số lẻ|tối thiểu|MOD\(/);
});

test("the drop-down offers the labels Tổ trưởng, Thư ký, Thành viên; HD_SO_CHU_TICH is labelled “Số Tổ trưởng:”", () => {
  const spec = sheetHoiDongTuDanhGia().spec;
  const d7 = spec.cells.find((c) => c.ref === `D${DONG_DAU_HOI_DONG}`)!;
  expect(d7.validation).toMatchObject({ type: "list", list: ["Tổ trưởng", "Thư ký", "Thành viên"] });
  const o = spec.cells.find((c) => c.name === HD.soChuTich)!;
  const nhan = spec.cells.find((c) => c.ref === `A${/\d+$/.exec(o.ref)![0]}`)!;
  expect(nhan.value).toBe("Số Tổ trưởng:");
});

describe("HyperFormula computes what the engine says", () => {
  const { hf, nhap, doc } = trongHyperFormula(sheetHoiDongTuDanhGia().spec);
  afterAll(() => hf.destroy());
  test.each(DOI)("%s", (_moTa, ds) => {
    hf.batch(() => {
      hf.setCellContents({ sheet: 0, row: DONG_DAU_HOI_DONG - 1, col: 1 }, Array.from({ length: 15 }, () => [null, null, null]));
      nhap(ds);
    });
    const loi = kiemTraHoiDongTuDanhGia(ds);
    expect(doc(HD.kiemTra)).toBe(loi.length ? loi.join("; ") : HOP_LE_HOI_DONG);
  });
});

test("the cached results written with a list are the engine's", () => {
  for (const [, ds] of DOI) {
    const spec = sheetHoiDongTuDanhGia(ds).spec;
    const loi = kiemTraHoiDongTuDanhGia(ds);
    expect(spec.cells.find((c) => c.name === HD.kiemTra)!.result).toBe(loi.length ? loi.join("; ") : HOP_LE_HOI_DONG);
  }
});

test("a list from the hồ sơ JSON (role codes) shows the labels in the Nhiệm vụ column, and the chức vụ", () => {
  const spec = sheetHoiDongTuDanhGia([{ hoTen: "A", nhiemVu: "to-truong", chucVu: "Hiệu trưởng" }]).spec;
  expect(spec.cells.find((c) => c.ref === `D${DONG_DAU_HOI_DONG}`)!.value).toBe("Tổ trưởng");
  expect(spec.cells.find((c) => c.ref === `C${DONG_DAU_HOI_DONG}`)!.value).toBe("Hiệu trưởng");
});

test("the Biên bản names the tổ trưởng as Chủ trì and the thư ký, whichever label or code the list uses", () => {
  const { hf, nhap } = trongHyperFormula(sheetHoiDongTuDanhGia().spec);
  const bienBan = sheetBienBan(RULE_SETS["tt24-huyen"]).b.spec.cells;
  const chuTri = bienBan.find((c) => c.formula?.startsWith('"1. Chủ trì: "'))!.formula!;
  const thuKy = bienBan.find((c) => c.formula?.startsWith('"2. Thư ký: "'))!.formula!;
  hf.addSheet("BB");
  const bb = hf.getSheetId("BB")!;
  hf.setCellContents({ sheet: bb, row: 0, col: 0 }, [[`=${chuTri}`], [`=${thuKy}`]]);
  // Seed 000 Phụ lục: “1. Chủ trì: Ông/Bà ……… Chức vụ: ………”, dotted while the list is empty.
  expect(hf.getCellValue({ sheet: bb, row: 0, col: 0 })).toBe("1. Chủ trì: Ông/Bà ………………………… Chức vụ: ……………………");
  for (const [nhan, ma] of [["Tổ trưởng", "thu-ky"], ["Chủ tịch (Tổ trưởng)", "Thư ký"], ["to-truong", "thư ký"]]) {
    nhap([m("Lê C", "Thành viên"), { ...TT, nhiemVu: nhan }, { ...TK, nhiemVu: ma }]);
    expect([nhan, hf.getCellValue({ sheet: bb, row: 0, col: 0 }), hf.getCellValue({ sheet: bb, row: 1, col: 0 })]).toEqual([
      nhan,
      "1. Chủ trì: Ông/Bà Nguyễn Văn A     Chức vụ: Hiệu trưởng",
      "2. Thư ký: Ông/Bà Trần Thị B     Chức vụ: Giáo viên",
    ]);
  }
  hf.destroy();
});
