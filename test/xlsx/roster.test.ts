/**
 * Rosters in real LibreOffice: the counting formulas agree with the engine's counts from the same CSV; changing one
 * member's row changes the level; 20 000 members and 50 000 learners are written, recalculated and read back.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { join } from "node:path";
import { RULE_SETS, demTuDanhSach, docBangDanhSach, docCsv, evaluateHoSo, gopDanhSachVaoHoSo, validateHoSo, type DanhSach, type HoSo } from "../../src/rules";
import { buildWorkbookSpec, tenTruongChiTieu } from "../../src/template";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { writeWorkbookAtomic } from "../../src/xlsx/writeFile";
import { docSo } from "../../src/xlsx/readWorkbook";
import { hoSoDayDu } from "../helpers/hoSo";
import { canLibreOffice, docTen, soSanh, thuMucTam, tinhLai } from "./libreOfficeHelpers";

jest.setTimeout(1_800_000);
const COLS = ["Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số", "Ngoại ngữ", "Lao động tiên tiến", "Công dân học tập"];

function csvThanhVien(rows: boolean[][]): string {
  return ["STT,Họ và tên,Chức vụ," + COLS.join(","), ...rows.map((r, i) => `${i + 1},Người ${i + 1},Giáo viên,${r.map((b) => (b ? "Có" : "Không")).join(",")}`)].join("\n");
}

function doc(csv: string, loai: "thanh-vien" | "nguoi-hoc"): DanhSach {
  const r = docBangDanhSach(docCsv(csv), RULE_SETS["tt24-huyen"], loai, "ds.csv");
  if (!r.ok) throw new Error(r.loi.join("\n"));
  return r.danhSach;
}

function baseHoSo(): HoSo {
  const r = validateHoSo(hoSoDayDu("tt24-huyen", "pho-thong"));
  if (!r.ok) throw new Error();
  return r.hoSo;
}

async function ghi(dir: string, name: string, thanhVien: DanhSach, nguoiHoc?: DanhSach): Promise<{ file: string; hoSo: HoSo }> {
  let hoSo = gopDanhSachVaoHoSo(baseHoSo(), thanhVien).hoSo;
  if (nguoiHoc) hoSo = gopDanhSachVaoHoSo(hoSo, nguoiHoc).hoSo;
  const file = join(dir, name);
  await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(hoSo, "cong-thuc-goc", { thanhVien, nguoiHoc }), { ketQua: false }), file);
  return { file, hoSo };
}

test("counts from the roster equal the engine's counts from the same CSV, after LibreOffice recalculates", async () => {
  canLibreOffice();
  const dir = thuMucTam("roster");
  const rosters = fc.sample(fc.array(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }).map((r) => r.map((b, i) => b || i % 2 === 0)), { minLength: 1, maxLength: 300 }), { seed: 3, numRuns: 6 });
  const written = [];
  for (const [i, r] of rosters.entries()) written.push(await ghi(dir, `ds-${i}.xlsx`, doc(csvThanhVien(r), "thanh-vien")));
  const out = tinhLai(written.map((w) => w.file), thuMucTam("roster-out"));
  for (const [i, file] of out.entries()) {
    const { giaTri } = await docTen(file);
    const dem = demTuDanhSach(doc(csvThanhVien(rosters[i]), "thanh-vien"));
    for (const [id, d] of Object.entries(dem)) {
      expect([id, giaTri(tenTruongChiTieu(id, "soDat")), giaTri(tenTruongChiTieu(id, "tongSo"))]).toEqual([id, d.soDat, d.tongSo]);
    }
    expect(await soSanh(file, evaluateHoSo({ ...written[i].hoSo, hoiDong: { chiTieu: {} } }))).toEqual([]);
  }
});

test("changing one member's row changes the level live (no add-in)", async () => {
  canLibreOffice();
  const dir = thuMucTam("roster-edit");
  // 20 members, all meeting 2.1: mức 2. One “Không” → 19/20 = 95%: still mức 2; two → 90%: mức 1.
  const rows = Array.from({ length: 20 }, () => Array(6).fill(true));
  const { file } = await ghi(dir, "ds.xlsx", doc(csvThanhVien(rows), "thanh-vien"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Thành viên")!;
  ws.getCell("D2").value = "Không";
  ws.getCell("D3").value = "Không";
  const edited = join(dir, "sua.xlsx");
  await wb.xlsx.writeFile(edited);
  const [out] = tinhLai([edited], thuMucTam("roster-edit-out"));
  const { giaTri } = await docTen(out);
  expect([giaTri("CT_2_1_SODAT"), giaTri("CT_2_1_TONGSO"), giaTri("CT_2_1_MUCDO")]).toEqual([18, 20, "Đạt mức độ 1"]);
});

test("20 000 members and 50 000 learners: written, recalculated by LibreOffice and read back correctly", async () => {
  canLibreOffice();
  const dir = thuMucTam("roster-scale");
  const tv = Array.from({ length: 20_000 }, (_, i) => COLS.map((_, j) => (i * 7 + j * 13) % 100 < 93));
  const nh = ["STT,Họ và tên,Lớp,Công dân học tập", ...Array.from({ length: 50_000 }, (_, i) => `${i + 1},Học sinh ${i + 1},${6 + (i % 4)}A${i % 12},${i % 100 < 96 ? "x" : "0"}`)].join("\n");
  const thanhVien = doc(csvThanhVien(tv), "thanh-vien");
  const nguoiHoc = doc(nh, "nguoi-hoc");
  const { file, hoSo } = await ghi(dir, "lon.xlsx", thanhVien, nguoiHoc);
  const [out] = tinhLai([file], thuMucTam("roster-scale-out"));
  const back = await docSo(out);
  expect(back.hoSo.chiTieu["2.1"]).toMatchObject(demTuDanhSach(thanhVien)["2.1"]);
  expect(back.hoSo.chiTieu["3.1"]).toMatchObject({ nguoiHocDat: 48_000, tongNguoiHoc: 50_000 });
  expect(evaluateHoSo(back.hoSo).chiTieu).toEqual(evaluateHoSo(hoSo).chiTieu);
});
