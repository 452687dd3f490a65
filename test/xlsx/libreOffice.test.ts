/**
 * Real LibreOffice: blank templates compute with no error value anywhere; a template filled through the SPEC §4
 * names by another program (ExcelJS directly, not src/xlsx) gives the engine's answer after recalculation; and
 * `dvht danh-gia` reads the recalculated file back to the same hồ sơ.
 */
import fc from "fast-check";
import { join } from "node:path";
import { RULE_SETS, evaluateHoSo, loaiCuaBo, toJsonOutput, validateHoSo, type HoSo } from "../../src/rules";
import { TEN_MUC_CHUYEN_DOI_SO, XEP_LOAI } from "../../src/rules/labels";
import { buildWorkbookSpec, hoSoTrong, tenChiTieu } from "../../src/template";
import { renderWorkbook } from "../../src/xlsx/renderWorkbook";
import { writeWorkbookAtomic } from "../../src/xlsx/writeFile";
import { docSo, giaTriO } from "../../src/xlsx/readWorkbook";
import { hoSoArb } from "../helpers/arbitraries";
import { canLibreOffice, docTen, soSanh, thuMucTam, tinhLai } from "./libreOfficeHelpers";

jest.setTimeout(1_200_000);

test("blank templates of every cấp, unit type and công lập recalculate with no error value anywhere", async () => {
  canLibreOffice();
  const dir = thuMucTam("blank-in");
  const cases = (["tt24-huyen", "tt24-tinh"] as const).flatMap((bo) =>
    loaiCuaBo(RULE_SETS[bo]).flatMap((loai) => [true, false].map((congLap) => ({ bo, loai, congLap }))),
  );
  const files: string[] = [];
  for (const [i, c] of cases.entries()) {
    const file = join(dir, `blank-${i}.xlsx`);
    await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(hoSoTrong(c.bo, { loai: c.loai, congLap: c.congLap })), { ketQua: false }), file);
    files.push(file);
  }
  const out = tinhLai(files, thuMucTam("blank-out"));
  for (const [i, file] of out.entries()) {
    const { wb, giaTri } = await docTen(file);
    const errors: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = giaTriO(cell);
          if (v !== null && typeof v === "object") errors.push(`${ws.name}!${cell.address}: ${v.loi}`);
          if (typeof v === "string" && /^#[A-Z/0!?]+/.test(v)) errors.push(`${ws.name}!${cell.address}: ${v}`);
        }),
      ),
    );
    expect(errors).toEqual([]);
    // Blank: every applicable indicator lacks data; the conclusion says so.
    const blank = evaluateHoSo({ ...hoSoTrong(cases[i].bo, { loai: cases[i].loai, congLap: cases[i].congLap }), hoiDong: { chiTieu: {} } });
    expect(await soSanh(file, blank)).toEqual([]);
    expect(giaTri("KET_LUAN")).toBe(XEP_LOAI["chua-du-du-lieu"]);
  }
});

/** Writes a hồ sơ's inputs into a blank template through the defined names only, with plain ExcelJS. */
async function dienQuaTen(blank: string, out: string, hoSo: HoSo): Promise<void> {
  const { wb, o } = await docTen(blank);
  o("DV_TEN").value = hoSo.donVi.ten ?? null;
  o("DV_LOAI").value = hoSo.donVi.loai;
  o("DV_CONGLAP").value = hoSo.donVi.congLap === undefined ? null : hoSo.donVi.congLap ? "Có" : "Không";
  o("DV_NAM").value = hoSo.namDanhGia ?? null;
  for (const [id, n] of Object.entries(hoSo.chiTieu)) {
    const k = (hauTo: Parameters<typeof tenChiTieu>[1]) => tenChiTieu(id, hauTo);
    if (n.dat !== undefined) o(k("DAT")).value = n.dat ? "Có" : "Không";
    if (n.soDat !== undefined) o(k("SODAT")).value = n.soDat;
    if (n.tongSo !== undefined) o(k("TONGSO")).value = n.tongSo;
    if (n.nguoiHocDat !== undefined) o(k("NGUOIHOCDAT")).value = n.nguoiHocDat;
    if (n.tongNguoiHoc !== undefined) o(k("TONGNGUOIHOC")).value = n.tongNguoiHoc;
    if (n.mucChuyenDoiSo !== undefined) o(k("MUCCDS")).value = TEN_MUC_CHUYEN_DOI_SO[n.mucChuyenDoiSo];
    if (n.coMinhChung) o(k("MINHCHUNG")).value = n.minhChung.join(", ") || "Có";
  }
  for (const [id, c] of Object.entries(hoSo.hoiDong?.chiTieu ?? {})) {
    if (c.xepLoai) o(tenChiTieu(id, "HOIDONG")).value = XEP_LOAI[c.xepLoai];
  }
  await wb.xlsx.writeFile(out);
}

test("inputs written through the SPEC §4 names by another program give the engine's answer", async () => {
  canLibreOffice();
  const dir = thuMucTam("names-in");
  // Counts only: SPEC §4 names carry counts (a typed rate has no SPEC name).
  const raws = [...fc.sample(hoSoArb("tt24-huyen"), { seed: 7, numRuns: 30 }), ...fc.sample(hoSoArb("tt24-tinh"), { seed: 8, numRuns: 30 })];
  const hoSo: HoSo[] = raws.map((raw, i) => {
    const cac = loaiCuaBo(RULE_SETS[raw.boTieuChi]);
    raw.donVi.loai = cac[i % cac.length];
    for (const n of Object.values(raw.chiTieu)) if ("tyLe" in n) delete n.tyLe;
    const r = validateHoSo(raw);
    if (!r.ok) throw new Error(r.loi.join("\n"));
    return r.hoSo;
  });
  const files: string[] = [];
  for (const [i, h] of hoSo.entries()) {
    const blank = join(dir, `blank-${i}.xlsx`);
    await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(hoSoTrong(h.boTieuChi, { loai: "co-quan" }))), blank);
    const filled = join(dir, `filled-${i}.xlsx`);
    await dienQuaTen(blank, filled, h);
    files.push(filled);
  }
  const out = tinhLai(files, thuMucTam("names-out"));
  for (const [i, file] of out.entries()) {
    expect(await soSanh(file, evaluateHoSo({ ...hoSo[i], hoiDong: hoSo[i].hoiDong ?? { chiTieu: {} } }))).toEqual([]);
    // And dvht reads the same hồ sơ back from the recalculated file.
    const back = await docSo(file);
    expect(toJsonOutput(evaluateHoSo(back.hoSo))).toEqual(toJsonOutput(evaluateHoSo(hoSo[i])));
  }
});

test("a value typed in LibreOffice that the engine refuses shows “Dữ liệu không hợp lệ”, never a level", async () => {
  canLibreOffice();
  const dir = thuMucTam("invalid-in");
  const blank = join(dir, "blank.xlsx");
  await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(hoSoTrong("tt24-huyen", { loai: "co-quan", congLap: true }))), blank);
  const { wb, o } = await docTen(blank);
  o("CT_2_1_SODAT").value = 120; // more than tổng số
  o("CT_2_1_TONGSO").value = 100;
  o("CT_2_2_SODAT").value = "95"; // text
  o("CT_2_2_TONGSO").value = 100;
  o("CT_1_1_DAT").value = "x";
  for (const id of ["2_1", "2_2", "1_1"]) o(`CT_${id}_MINHCHUNG`).value = "MC";
  const file = join(dir, "invalid.xlsx");
  await wb.xlsx.writeFile(file);
  const [out] = tinhLai([file], thuMucTam("invalid-out"));
  const { giaTri } = await docTen(out);
  for (const id of ["2_1", "2_2", "1_1"]) expect(giaTri(`CT_${id}_MUCDO`)).toBe("Dữ liệu không hợp lệ");
  await expect(docSo(out)).rejects.toMatchObject({
    loi: [
      expect.stringMatching(/^CT_1_1_DAT \('Bảng tổng hợp'!D7\): phải là "Có" hoặc "Không"/),
      expect.stringMatching(/^CT_2_2_SODAT \('Bảng tổng hợp'!D13\): phải là số \(nhận được "95"\)/),
      "CT_2_1_SODAT ('Bảng tổng hợp'!D12): số đạt (120) lớn hơn tổng số (100)",
    ],
  });
});

test("the team list is checked by the workbook exactly as by the engine (random teams, LibreOffice)", async () => {
  canLibreOffice();
  // Seed 002 IV.1: “Tổ trưởng Tổ TĐG là lãnh đạo cơ quan, đơn vị”; no size rule (SPEC §2).
  const { kiemTraHoiDongTuDanhGia, CACH_GHI_NHIEM_VU_TO } = await import("../../src/rules");
  const { SO_DONG_HOI_DONG, TEN_SHEET_HOI_DONG, HD } = await import("../../src/template");
  const nv = [...Object.values(CACH_GHI_NHIEM_VU_TO).flat(), "", "thư ký", " Tổ  trưởng ", "Chủ tịch"];
  const cv = ["", "Hiệu trưởng", "phó hiệu trưởng", "Tổ trưởng chuyên môn", "Tổ phó", "Chủ tịch Công đoàn", " Giám  đốc ", "Giáo viên"];
  const teams: { hoTen: string; chucVu: string; nhiemVu: string }[][] = fc.sample(
    fc.array(fc.record({ hoTen: fc.constantFrom<string>("Nguyễn Văn A", "Trần Thị B", "", "  "), chucVu: fc.constantFrom(...cv), nhiemVu: fc.constantFrom(...nv) }), { maxLength: SO_DONG_HOI_DONG }),
    { seed: 5, numRuns: 60 },
  );
  // The cases that matter, whatever the random sample holds.
  const tt = { hoTen: "Nguyễn Văn A", chucVu: "Hiệu trưởng", nhiemVu: "Tổ trưởng" };
  const tk = { hoTen: "Trần Thị B", chucVu: "Giáo viên", nhiemVu: "Thư ký" };
  teams.push([], [tt, tk], [{ ...tt, chucVu: "Tổ trưởng chuyên môn" }, tk], [{ ...tt, chucVu: "" }, tk], [tt, tk, tk], [tt, tk, { ...tk, nhiemVu: "Thành viên" }, { ...tk, nhiemVu: "Thành viên" }]);
  const dir = thuMucTam("roster-in");
  const blank = join(dir, "blank.xlsx");
  await writeWorkbookAtomic(await renderWorkbook(buildWorkbookSpec(hoSoTrong("tt24-huyen", { loai: "co-quan" }))), blank);
  const files: string[] = [];
  for (const [i, team] of teams.entries()) {
    const { wb } = await docTen(blank);
    const ws = wb.getWorksheet(TEN_SHEET_HOI_DONG)!;
    team.forEach((m, j) => {
      ws.getCell(`B${7 + j}`).value = m.hoTen || null;
      ws.getCell(`C${7 + j}`).value = m.chucVu || null;
      ws.getCell(`D${7 + j}`).value = m.nhiemVu || null;
    });
    const file = join(dir, `roster-${i}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  const out = tinhLai(files, thuMucTam("roster-out"));
  const hopLe: number[] = [];
  for (const [i, file] of out.entries()) {
    const { giaTri } = await docTen(file);
    const loi = kiemTraHoiDongTuDanhGia(teams[i]);
    if (!loi.length) hopLe.push(i);
    expect([i, giaTri(HD.kiemTra)]).toEqual([i, loi.length ? loi.join("; ") : "Hợp lệ"]);
  }
  expect(hopLe.length).toBeGreaterThanOrEqual(2); // the valid teams of 2 and 4 above, at least
});
