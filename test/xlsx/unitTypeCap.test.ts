/**
 * SPEC §2 “Which units belong to which cấp” (seed 000 mục II, seed 002 mục III): mầm non and tiểu học/THCS are cấp
 * huyện units only, THPT and đại học cấp tỉnh units only. Every path refuses another combination: the hồ sơ JSON and
 * the workbook read by the CLI (exit 2, one line naming the type), `tao-mau`, the sheet's own formulas (HyperFormula,
 * LibreOffice: “Dữ liệu không hợp lệ”), the workbook's DV_LOAI list and the pane's choice.
 */
import { join } from "node:path";
import { LOAI_DON_VI, RULE_SETS, THONG_BAO, loaiCuaBo, type BoTieuChiId, type LoaiDonVi } from "../../src/rules";
import { DM, DV, KET_LUAN, TEN_SHEET_NGUONG, buildWorkbookSpec, tenChiTieu, tenTieuChi } from "../../src/template";
import { renderLayoutWithOfficeJs } from "../../src/excel/renderLayoutWithOfficeJs";
import { docTrangThaiSo } from "../../src/excel/readWorkbookOfficeJs";
import { luaChonLoai } from "../../src/taskpane/view";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { writeWorkbookAtomic } from "../../src/xlsx/writeFile";
import { FakeExcel } from "../excel/fakeExcel";
import { hoSoDayDu } from "../helpers/hoSo";
import { runDvht, tempDir, writeTemp } from "../cli/processHelpers";
import { canLibreOffice, docTen, thuMucTam, tinhLai } from "./libreOfficeHelpers";
import { validateHoSo } from "../../src/rules";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SoHyperFormula, giaTriNhap } = require("../../bench/hyperFormula.js");

jest.setTimeout(300_000);

/** Every impossible combination, with a possible type of the same cấp to build its workbook from. */
const SAI: readonly { bo: BoTieuChiId; loai: LoaiDonVi; mau: LoaiDonVi }[] = [
  { bo: "tt24-huyen", loai: "thpt", mau: "pho-thong" },
  { bo: "tt24-huyen", loai: "dai-hoc", mau: "gdnn" },
  { bo: "tt24-tinh", loai: "mam-non", mau: "thpt" },
  { bo: "tt24-tinh", loai: "pho-thong", mau: "dai-hoc" },
];
const dongLoi = (c: { bo: BoTieuChiId; loai: LoaiDonVi }) => THONG_BAO.loaiKhongThuocCap(c.loai, RULE_SETS[c.bo]);

function hoSoHopLe(bo: BoTieuChiId, loai: LoaiDonVi) {
  const r = validateHoSo(hoSoDayDu(bo, loai));
  if (!r.ok) throw new Error(r.loi.join("\n"));
  return r.hoSo;
}

test("the types of each cấp, as data: huyện without THPT and đại học, tỉnh without mầm non and tiểu học/THCS, TT22 all", () => {
  expect(loaiCuaBo(RULE_SETS["tt24-huyen"])).toEqual(["co-quan", "su-nghiep", "kinh-te", "xa-hoi", "mam-non", "pho-thong", "gdnn", "giao-duc-khac"]);
  expect(loaiCuaBo(RULE_SETS["tt24-tinh"])).toEqual(["co-quan", "su-nghiep", "kinh-te", "xa-hoi", "thpt", "gdnn", "dai-hoc", "giao-duc-khac"]);
  expect(loaiCuaBo(RULE_SETS.tt22)).toEqual(LOAI_DON_VI);
  for (const loai of LOAI_DON_VI) expect(validateHoSo(hoSoDayDu("tt22", loai)).ok).toBe(true);
});

test.each(SAI)("hồ sơ JSON: $loai under $bo is refused with one line naming donVi.loai (exit 2)", (c) => {
  const raw = hoSoDayDu(c.bo, c.mau);
  raw.donVi.loai = c.loai;
  expect(validateHoSo(raw)).toEqual({ ok: false, loi: [`donVi.loai: ${dongLoi(c)}`] });
  const r = runDvht(["danh-gia", writeTemp(tempDir(), "sai.json", raw), "--json"]);
  expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `donVi.loai: ${dongLoi(c)}\n`]);
});

test("tao-mau refuses an impossible --loai for its --bo", () => {
  const out = join(tempDir(), "mau.xlsx");
  const r = runDvht(["tao-mau", "--bo", "tt24-huyen", "--loai", "dai-hoc", "--out", out]);
  expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `--loai: ${dongLoi({ bo: "tt24-huyen", loai: "dai-hoc" })}\n`]);
});

test("the workbook's list of types (DM_LOAI, the DV_LOAI drop-down) holds only the cấp's types", () => {
  for (const bo of ["tt24-huyen", "tt24-tinh", "tt22"] as const) {
    const spec = buildWorkbookSpec(hoSoHopLe(bo, "co-quan"));
    const nguong = spec.sheets.find((s) => s.name === TEN_SHEET_NGUONG)!;
    const [a, b] = nguong.rangeNames.find((r) => r.name === DM.loai)!.range.replace(/\$/g, "").split(":");
    const [tu, den] = [Number(a.slice(1)), Number(b.slice(1))];
    const cac = nguong.cells.filter((x) => x.ref.startsWith("A") && Number(x.ref.slice(1)) >= tu && Number(x.ref.slice(1)) <= den).map((x) => x.value);
    expect([bo, cac]).toEqual([bo, loaiCuaBo(RULE_SETS[bo])]);
    const loai = spec.sheets.flatMap((s) => s.cells).find((x) => x.name === DV.loai)!;
    expect(loai.validation).toMatchObject({ type: "list", listRange: DM.loai });
  }
});

test("the pane offers only the chosen rule set's types", () => {
  for (const bo of ["tt24-huyen", "tt24-tinh", "tt22"] as const) {
    expect(luaChonLoai(bo).map((o) => o.value)).toEqual(loaiCuaBo(RULE_SETS[bo]));
  }
  expect(luaChonLoai("tt24-huyen").map((o) => o.text)).not.toContain("Cơ sở giáo dục đại học");
});

test.each(SAI)("a workbook with $loai typed under $bo: the formulas (HyperFormula) show “Dữ liệu không hợp lệ”", (c) => {
  const spec = buildWorkbookSpec(hoSoHopLe(c.bo, c.mau));
  const hf = new SoHyperFormula(spec);
  const nhap: Map<string, unknown> = giaTriNhap(spec);
  hf.nhap(nhap);
  expect(hf.doc(KET_LUAN)).toBe("Đạt mức độ 2");
  nhap.set(DV.loai, c.loai);
  hf.nhap(nhap);
  for (const def of RULE_SETS[c.bo].chiTieu) expect([def.id, hf.doc(tenChiTieu(def.id, "MUCDO"))]).toEqual([def.id, "Dữ liệu không hợp lệ"]);
  for (const tc of RULE_SETS[c.bo].tieuChi) expect(hf.doc(tenTieuChi(tc.id))).toBe("Dữ liệu không hợp lệ");
  expect(hf.doc(KET_LUAN)).toBe("Dữ liệu không hợp lệ");
  // A type that does not exist at all is invalid too; a blank one only leaves the answer open.
  nhap.set(DV.loai, "truong-hoc");
  hf.nhap(nhap);
  expect(hf.doc(KET_LUAN)).toBe("Dữ liệu không hợp lệ");
  nhap.set(DV.loai, null);
  hf.nhap(nhap);
  expect(hf.doc(KET_LUAN)).toBe("Chưa đủ dữ liệu");
  hf.destroy();
});

test.each(SAI)("the pane's reader refuses $loai typed under $bo, at the DV_LOAI cell", async (c) => {
  const fake = new FakeExcel();
  await renderLayoutWithOfficeJs(fake.context(), buildWorkbookSpec(hoSoHopLe(c.bo, c.mau)));
  const ref = /^='?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(fake.names.get(DV.loai)!)!;
  fake.cell(fake.sheets.get(ref[1])!, `${ref[2]}${ref[3]}`).v = c.loai;
  const s = await docTrangThaiSo(fake.context());
  expect(s.vanDe).toEqual([{ ten: DV.loai, thongBao: dongLoi(c) }]);
  expect(s.ketQua).toBeUndefined();
});

test("LibreOffice shows “Dữ liệu không hợp lệ” and `dvht danh-gia` on the same file refuses it naming DV_LOAI", async () => {
  canLibreOffice();
  const dir = thuMucTam("cap-in");
  const files: string[] = [];
  for (const [i, c] of SAI.entries()) {
    const file = join(dir, `cap-${i}.xlsx`);
    await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(hoSoHopLe(c.bo, c.mau)), { ketQua: false }), file);
    const { wb, o } = await docTen(file);
    o(DV.loai).value = c.loai;
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  const out = tinhLai(files, thuMucTam("cap-out"));
  for (const [i, c] of SAI.entries()) {
    const { giaTri } = await docTen(out[i]);
    expect([c.loai, giaTri(KET_LUAN), giaTri(tenChiTieu("2.1", "MUCDO"))]).toEqual([c.loai, "Dữ liệu không hợp lệ", "Dữ liệu không hợp lệ"]);
    const r = runDvht(["danh-gia", out[i], "--json"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(new RegExp(`^DV_LOAI \\('Thông tin'!B5\\): ${dongLoi(c).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n$`));
  }
});
