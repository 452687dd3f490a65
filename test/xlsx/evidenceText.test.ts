/**
 * Evidence texts as clerks paste them, on every path: the engine (hồ sơ JSON and the CLI's workbook reader), the
 * native formulas computed by HyperFormula and recalculated by LibreOffice, the DVHT custom functions and the pane's
 * reader. Issue 14: CT_2_1_MINHCHUNG = U+00A0 showed 2.1 “Đạt mức độ 2” on the sheet and “Không đạt” in the CLI.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { RULE_SETS, duocTrichDan, evaluateHoSo, validateHoSo, type BoTieuChiId, type KetQuaDanhGia } from "../../src/rules";
import { TEN_SHEET_MINH_CHUNG, buildWorkbookSpec, tenChiTieu, tenTruongChiTieu } from "../../src/template";
import { goiHam } from "../../src/functions/catalog";

// The functions as Excel calls them: through the argument table, its defaults applied.
const [diem, mucDo] = ["DIEM", "MUCDO"].map((id) => (...a: unknown[]) => goiHam(id, ...a));
import { renderLayoutWithOfficeJs } from "../../src/excel/renderLayoutWithOfficeJs";
import { docTrangThaiSo } from "../../src/excel/readWorkbookOfficeJs";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { writeWorkbookAtomic } from "../../src/xlsx/writeFile";
import { docSo } from "../../src/xlsx/readWorkbook";
import { FakeExcel } from "../excel/fakeExcel";
import { BIEN_THE_MINH_CHUNG } from "../helpers/evidence";
import { hoSoDayDu } from "../helpers/hoSo";
import { canLibreOffice, docTen, kyVong, soSanh, thuMucTam, tinhLai } from "./libreOfficeHelpers";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SoHyperFormula, giaTriNhap } = require("../../bench/hyperFormula.js");

jest.setTimeout(300_000);

const BO: BoTieuChiId[] = ["tt24-huyen", "tt22"];
const MC = tenTruongChiTieu("2.1", "minhChung");

/** A unit that reaches the top everywhere, whose 2.1 evidence is `text`. */
function hoSoVoi(bo: BoTieuChiId, text: string) {
  const raw = hoSoDayDu(bo, "co-quan");
  raw.chiTieu["2.1"] = { ...raw.chiTieu["2.1"], minhChung: text };
  const r = validateHoSo(raw);
  if (!r.ok) throw new Error(r.loi.join("\n"));
  return r.hoSo;
}

/** The workbook's input cells for a hồ sơ, with the evidence cell holding the text exactly as typed. */
function oNhap(bo: BoTieuChiId, text: string): Map<string, unknown> {
  const m: Map<string, unknown> = giaTriNhap(buildWorkbookSpec(hoSoVoi(bo, "TC2-01")));
  m.set(MC, text === "" ? null : text);
  return m;
}

const ketQua = (bo: BoTieuChiId, text: string): KetQuaDanhGia => {
  const h = hoSoVoi(bo, text);
  return evaluateHoSo(RULE_SETS[bo].chamDiem ? h : { ...h, hoiDong: { chiTieu: {} } });
};

describe.each(BO)("%s", (bo) => {
  test.each(BIEN_THE_MINH_CHUNG)("engine: 2.1 with $moTa", ({ text, coMinhChung }) => {
    const r = ketQua(bo, text).chiTieu.find((c) => c.id === "2.1")!;
    if (bo === "tt22") expect(r.diem).toBe(coMinhChung ? 10 : 0);
    else expect(r.xepLoai).toBe(coMinhChung ? "Đạt mức độ 2" : "Không đạt");
  });

  test("HyperFormula computes what the engine computes for every variant", () => {
    const hf = new SoHyperFormula(buildWorkbookSpec(hoSoVoi(bo, "")));
    const khac: string[] = [];
    for (const { moTa, text } of BIEN_THE_MINH_CHUNG) {
      hf.nhap(oNhap(bo, text));
      for (const [ten, mongDoi] of kyVong(ketQua(bo, text))) {
        let v = hf.doc(ten);
        if (ten.endsWith("_TYLE") && typeof v === "number") v = Math.round(v * 10000);
        if (v !== mongDoi) khac.push(`${moTa}: ${ten} = ${JSON.stringify(v)}, engine ${JSON.stringify(mongDoi)}`);
      }
    }
    hf.destroy();
    expect(khac).toEqual([]);
  });

  test("the custom functions answer as the engine for every variant", () => {
    for (const { moTa, text } of BIEN_THE_MINH_CHUNG) {
      const r = ketQua(bo, text).chiTieu.find((c) => c.id === "2.1")!;
      const ham = bo === "tt22" ? diem("2.1", 100, 100, text, bo) : mucDo(100, 100, "2.1", bo, "co-quan", text, "Có");
      expect([moTa, ham]).toEqual([moTa, { ok: true, giaTri: bo === "tt22" ? r.diem : r.xepLoai }]);
    }
  });

  test("the pane's reader (Office.js) reads every variant as the engine does", async () => {
    for (const { moTa, text } of BIEN_THE_MINH_CHUNG) {
      const fake = new FakeExcel();
      await renderLayoutWithOfficeJs(fake.context(), buildWorkbookSpec(hoSoVoi(bo, "TC2-01")));
      const ref = /^='?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(fake.names.get(MC)!)!;
      fake.cell(fake.sheets.get(ref[1])!, `${ref[2]}${ref[3]}`).v = text;
      const s = await docTrangThaiSo(fake.context());
      expect([moTa, s.vanDe]).toEqual([moTa, []]);
      const k = ketQua(bo, text);
      expect([moTa, s.ketQua!.chiTieu.find((c) => c.id === "2.1"), s.ketQua!.ketLuan]).toEqual([moTa, k.chiTieu.find((c) => c.id === "2.1"), k.ketLuan]);
    }
  });
});

test("LibreOffice recalculates every variant as the engine, and the CLI's reader reads the file the same", async () => {
  canLibreOffice();
  const dir = thuMucTam("evidence-in");
  const cases = BO.flatMap((bo) => BIEN_THE_MINH_CHUNG.map((b) => ({ bo, ...b })));
  const files: string[] = [];
  for (const [i, c] of cases.entries()) {
    const wb = await renderWorkbook(buildWorkbookSpec(hoSoVoi(c.bo, "TC2-01")), { ketQua: false });
    const file = join(dir, `mc-${i}.xlsx`);
    await writeWorkbookAtomic(wb, file);
    const { wb: sua, o } = await docTen(file);
    o(MC).value = c.text === "" ? null : c.text;
    await sua.xlsx.writeFile(file);
    files.push(file);
  }
  const out = tinhLai(files, thuMucTam("evidence-out"));
  for (const [i, c] of cases.entries()) {
    const k = ketQua(c.bo, c.text);
    expect([c.moTa, await soSanh(out[i], k)]).toEqual([c.moTa, []]);
    const so = await docSo(out[i]);
    expect([c.moTa, so.hoSo.chiTieu["2.1"].coMinhChung]).toEqual([c.moTa, c.coMinhChung]);
  }
  // The example: the sheet and `dvht danh-gia` both say 2.1 “Không đạt”, the unit “Không đạt”.
  const nbsp = cases.findIndex((c) => c.bo === "tt24-huyen" && c.text === "\u00A0");
  const { giaTri } = await docTen(out[nbsp]);
  expect([giaTri(tenChiTieu("2.1", "MUCDO")), giaTri("KET_LUAN")]).toEqual(["Không đạt", "Không đạt"]);
});

test("Danh mục minh chứng: a code counts as cited only when cited whole (MC1 is not cited by MC10)", async () => {
  canLibreOffice();
  const dir = thuMucTam("danh-muc-in");
  const file = join(dir, "danh-muc.xlsx");
  await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(hoSoVoi("tt24-huyen", "MC10;\u00A0mc2\u00A0")), { ketQua: false }), file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(TEN_SHEET_MINH_CHUNG)!;
  const ma = ["MC1", "MC10", " MC2 ", "MC", "\u00A0", "TC1-01"];
  ma.forEach((m, i) => (ws.getCell(`A${4 + i}`).value = m));
  await wb.xlsx.writeFile(file);
  const [out] = tinhLai([file], thuMucTam("danh-muc-out"));
  const doc = new ExcelJS.Workbook();
  await doc.xlsx.readFile(out);
  const f = ma.map((_, i) => {
    const cell = doc.getWorksheet(TEN_SHEET_MINH_CHUNG)!.getCell(`F${4 + i}`);
    // ExcelJS reads an empty text result as undefined.
    return cell.type === ExcelJS.ValueType.Formula ? (cell.result ?? "") : cell.value;
  });
  expect(f).toEqual(["Chưa được trích dẫn", "Có", "Có", "Chưa được trích dẫn", "", "Có"]);
  // The engine's definition says the same.
  const texts = Object.values(hoSoVoi("tt24-huyen", "MC10;\u00A0mc2\u00A0").chiTieu).map((n) => n.minhChung.join(", "));
  expect(ma.map((m) => (m.trim() === "" ? "" : duocTrichDan(m, texts) ? "Có" : "Chưa được trích dẫn"))).toEqual(f);
});
