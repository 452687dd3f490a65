/** Helpers for tests that let LibreOffice recalculate workbooks and read the values back through defined names. */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chuyenDoiBangLibreOffice, timLibreOffice } from "../../src/xlsx/libreOffice";
import { giaTriO, type GiaTriO } from "../../src/xlsx/readWorkbook";
import { RULE_SETS, evaluateHoSo, type HoSo, type KetQuaDanhGia } from "../../src/rules";
import { SO_KHAC_BIET, buildWorkbookSpec, ketQuaTheoTen, tenChiTieu, tenTongHop } from "../../src/template";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { writeWorkbookAtomic } from "../../src/xlsx/writeFile";

/** LibreOffice is part of the test environment (.ci/run installs it); its absence is a failure, not a skip. */
export function canLibreOffice(): void {
  if (!timLibreOffice() && process.env.DVHT_SKIP_LIBREOFFICE !== "1") {
    throw new Error("LibreOffice (soffice) không có: cài gói libreoffice-calc, hoặc đặt DVHT_SKIP_LIBREOFFICE=1 để bỏ qua có chủ ý");
  }
}

export const coLibreOffice = () => Boolean(timLibreOffice());

export function thuMucTam(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dvht-${prefix}-`));
}

/** Recalculates every file in LibreOffice (one start for all) and returns the output paths, in order. */
export function tinhLai(files: string[], outDir: string): string[] {
  // A batch of ~245 files takes minutes on a busy machine: the limit only guards against a hung LibreOffice.
  const r = chuyenDoiBangLibreOffice(files, outDir, "xlsx", 1_500_000);
  if (!r.ok) throw new Error(`LibreOffice failed: ${r.output}`);
  return files.map((f) => join(outDir, f.split("/").pop()!));
}

/** Values of defined names, read straight from the workbook XML through ExcelJS (not through src/xlsx). */
export async function docTen(file: string): Promise<{ wb: ExcelJS.Workbook; giaTri: (ten: string) => GiaTriO; o: (ten: string) => ExcelJS.Cell }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const map = new Map<string, ExcelJS.Cell>();
  for (const { name, ranges } of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0] ?? "");
    if (m && ranges.length === 1) {
      const ws = wb.getWorksheet(m[1].replace(/''/g, "'"));
      if (ws) map.set(name, ws.getCell(`${m[2]}${m[3]}`));
    }
  }
  const o = (ten: string) => {
    const cell = map.get(ten);
    if (!cell) throw new Error(`no defined name ${ten} in ${file}`);
    return cell;
  };
  return { wb, o, giaTri: (ten) => giaTriO(o(ten)) };
}

/** Everything the workbook computes that the engine also answers, as name → expected value. */
export function kyVong(ketQua: KetQuaDanhGia): Map<string, string | number> {
  // Results by name (levels, or points): the same table `dvht danh-gia` checks stored results against.
  const m = ketQuaTheoTen(ketQua);
  for (const r of ketQua.chiTieu) {
    const tv = r.tyLe.find((t) => t.doiTuong === "thanhVien");
    if (tv) m.set(tenChiTieu(r.id, "TYLE"), Math.round(tv.hienThi * 100));
  }
  if (ketQua.tongDiem !== undefined) return m;
  // The council's columns compute even when it has not reviewed anything yet (everything then lacks data).
  if (ketQua.hoiDong) m.set(SO_KHAC_BIET, ketQua.hoiDong.khacBiet.length);
  for (const [nhom, dem] of [["CT", ketQua.tongHop.chiTieu], ["TC", ketQua.tongHop.tieuChi]] as const) {
    m.set(tenTongHop(nhom, "APDUNG"), dem.apDung);
    m.set(tenTongHop(nhom, "KHONGDAT"), dem.khongDat);
    m.set(tenTongHop(nhom, "MUCDO1"), dem.mucDo1);
    m.set(tenTongHop(nhom, "MUCDO2"), dem.mucDo2);
    m.set(tenTongHop(nhom, "CHUADU"), dem.chuaDuDuLieu);
  }
  return m;
}

/** Compares a recalculated file with the engine; returns one line per disagreement. */
export async function soSanh(file: string, ketQua: KetQuaDanhGia): Promise<string[]> {
  const { giaTri } = await docTen(file);
  const khac: string[] = [];
  for (const [ten, mongDoi] of kyVong(ketQua)) {
    let v = giaTri(ten);
    // Rates are fractions in a 0.00% cell: compare in hundredths of a percent.
    if (ten.endsWith("_TYLE") && typeof v === "number") v = Math.round(v * 10000);
    if (v !== mongDoi) khac.push(`${file}: ${ten} = ${JSON.stringify(v)}, engine ${JSON.stringify(mongDoi)}`);
  }
  return khac;
}


/** The engine's answer for everything a workbook computes: a levels workbook's council columns compute even before
 * any review, so they are compared as an empty review. */
export function ketQuaNhuSo(h: HoSo): KetQuaDanhGia {
  return evaluateHoSo(RULE_SETS[h.boTieuChi].chamDiem ? h : { ...h, hoiDong: h.hoiDong ?? { chiTieu: {} } });
}

/**
 * Writes each hồ sơ's workbook without cached results, lets LibreOffice recalculate them all (one start), and
 * compares every computed name with the engine. Returns the recalculated files and every difference.
 */
export async function tinhLaiVaSoSanh(hoSo: readonly HoSo[], tienTo: string): Promise<{ out: string[]; khac: string[] }> {
  const inDir = thuMucTam(`${tienTo}-in`);
  const files: string[] = [];
  for (const [i, h] of hoSo.entries()) {
    const file = join(inDir, `${tienTo}-${String(i).padStart(3, "0")}.xlsx`);
    await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(h), { ketQua: false }), file);
    files.push(file);
  }
  const out = tinhLai(files, thuMucTam(`${tienTo}-out`));
  const khac: string[] = [];
  for (const [i, file] of out.entries()) khac.push(...(await soSanh(file, ketQuaNhuSo(hoSo[i]))));
  return { out, khac };
}
