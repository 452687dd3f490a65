/**
 * `dvht tong-hop` and `dvht kiem-tra --so-hoi-dong` as processes: the council's register (issue 16). Each forgery a
 * Phòng officer met is a named test, caught against what the register received; duplicates, other years and cấp,
 * TT22 units and files that are not unit workbooks are each handled as the issue says.
 */
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CHOT, DONG_DAU_CHOT, QUYET_DINH, SO_HOI_DONG, TEN_SHEET_CHOT } from "../../src/template";
import { moSoHoiDong } from "../../src/xlsx/register";
import { hoSoDayDu } from "../helpers/hoSo";
import { oCuaTen, tinhLaiMaV2 } from "./lockHelpers";
import { runDvht, tempDir, writeTemp } from "./processHelpers";
import { datHuyen, donVi, ghiQuyetDinh, ghiThamDinh, khongDatHuyen, suaSo, taoSo } from "./registerHelpers";

const dir = tempDir();
const don = join(dir, "don-vi");
const tao = (file: string, raw: object) => taoSo(dir, file, raw);
mkdirSync(join(don, "xa"), { recursive: true });

const json = (args: string[]) => {
  const r = runDvht([...args, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as {
    nam: number;
    cap: string;
    tong: { hoiDong: Record<string, number>; tuDanhGia: Record<string, number>; soDonVi: number; trung: number; khacNamCap: number; thayDoi: number };
    donVi: {
      ma: string;
      tep: string;
      ten: string;
      trangThai: string;
      tinh: boolean;
      ngayNhan: string;
      hanNop: string;
      tuDanhGia: { xepLoai: string };
      chiTieuChuaDat: { id: string; lyDo: string[] }[];
      hoiDong: null | { ketLuan: string | null; chiTieu: Record<string, string>; tieuChi: Record<string, { xepLoai: string }>; ghiChu: string; nguoiThamDinh: string; ngayThamDinh: string; loi: string[] };
      baoLuuDen: string | null;
      deNghiMucDo2: string | null;
      choQuyetDinh: boolean;
      canhBao: string[];
      lichSu: null | { loai: string; chu: string };
      chot: { trangThai: string; maBam?: string };
      vanTay: string;
      tenLoai: string;
      congLap: boolean;
      phienBan: string;
    }[];
    khongDocDuoc: { tep: string; lyDo: string }[];
    quyetDinh: null | { so: string; ngay: string; loi: string[] };
    hanHoiDong: { viec: string; han: string; chu: string; conNgay: number }[];
    lichRieng: null | Record<string, unknown>;
    truoc: null | { nam: number | null; cap: string | null; tep: string; tong: Record<string, Record<string, number>>; soCongNhan: number };
  };
};


let a: string, aLai: string, b: string, tinh: string, cu: string, tt22: string, c: string;
beforeAll(async () => {
  a = tao("don-vi/truong-a.xlsx", datHuyen("Trường A"));
  b = tao("don-vi/truong-b.xlsx", khongDatHuyen("Trường B"));
  c = tao("don-vi/xa/cong-ty-c.xlsx", {
    ...datHuyen("Công ty C", "kinh-te"),
    // The unit typed “the council's” levels itself before sending: never the council's verdict.
    hoiDong: { chiTieu: Object.fromEntries(Object.keys(datHuyen("x", "kinh-te").chiTieu).map((id) => [id, { xepLoai: "muc-do-2" }])) },
  });
  tinh = tao("don-vi/so-tinh.xlsx", { ...hoSoDayDu("tt24-tinh", "co-quan"), donVi: donVi("Sở X", "co-quan") });
  cu = tao("don-vi/nam-cu.xlsx", { ...datHuyen("Trường Năm Cũ"), namDanhGia: 2024 });
  tt22 = tao("don-vi/tt22.xlsx", { ...JSON.parse(readFileSync(join(__dirname, "../../examples/ninh-binh-tt22.json"), "utf8")) });
  // Trường A sent its dossier twice (a second file, received a day later).
  aLai = join(don, "xa", "truong-a-gui-lai.xlsx");
  copyFileSync(a, aLai);
  expect(runDvht(["chot", a]).code).toBe(0);
  writeFileSync(join(don, "hong.xlsx"), "không phải sổ");
  writeFileSync(join(don, "bang.ods"), "PK");
  writeFileSync(join(don, "macro.xlsm"), "PK");
  writeFileSync(join(don, "cu.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from("W\0o\0r\0k\0b\0o\0o\0k\0")]));
  writeFileSync(join(don, "ghi-chu.txt"), "không phải sổ");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "bảng lương";
  await wb.xlsx.writeFile(join(don, "xa", "bang-luong.xlsx"));
});

describe("the register of a batch", () => {
  let so: string;
  let r: ReturnType<typeof json>;
  beforeAll(() => {
    so = join(dir, "so-hoi-dong.xlsx");
    // First the folder without the resent copy, then the copy a day later.
    const lan1 = runDvht(["tong-hop", a, b, c, tinh, cu, tt22, join(don, "hong.xlsx"), join(don, "bang.ods"), "--out", so, "--ngay-nhan", "2026-01-10"]);
    expect(lan1.code).toBe(0);
    r = json(["tong-hop", don, "--out", so, "--ngay-nhan", "2026-01-16"]);
  });

  test("every file found is a row or a named error (.ods, .xlsm, .xls, broken, not a dvht workbook, other files)", () => {
    const loi = new Map(r.khongDocDuoc.map((l) => [l.tep, l.lyDo]));
    expect(loi.get(resolve(don, "bang.ods"))).toMatch(/OpenDocument \(\.ods\)/);
    expect(loi.get(resolve(don, "macro.xlsm"))).toMatch(/macro \(\.xlsm\)/);
    expect(loi.get(resolve(don, "cu.xls"))).toMatch(/\.xls|OLE|97–2003/);
    expect(loi.get(resolve(don, "hong.xlsx"))).toMatch(/không phải sổ Excel/);
    expect(loi.get(resolve(don, "ghi-chu.txt"))).toMatch(/không phải sổ Excel \(\.txt\)/);
    expect(loi.get(resolve(don, "xa/bang-luong.xlsx"))).toMatch(/không phải sổ mẫu dvht/);
    expect(r.donVi.map((d) => d.tep).sort()).toEqual([a, aLai, b, c, tinh, cu, tt22].map((f) => resolve(f)).sort());
    expect(r.donVi.length + r.khongDocDuoc.length).toBe(7 + 6);
  });

  test("the same unit received twice is flagged and counted once (the latest); the other receipt is listed", () => {
    const rows = r.donVi.filter((d) => d.ten === "Trường A");
    expect(rows.map((d) => [d.ngayNhan, d.trangThai, d.tinh])).toEqual([
      ["2026-01-10", "Trùng", false],
      ["2026-01-16", "Chưa thẩm định", true],
    ]);
    expect(rows[1].canhBao[0]).toBe(`Đơn vị nộp 2 lần: chỉ tính hồ sơ này (các lần khác: ${rows[0].ma})`);
    // Known files are re-checked, not received again: their receipt date is kept.
    expect(r.donVi.find((d) => d.ten === "Trường B")!.ngayNhan).toBe("2026-01-10");
  });

  test("other years and cấp are listed apart and not totalled; TT22 units are totalled by their class", () => {
    expect([r.nam, r.cap]).toEqual([2025, "huyen"]);
    expect(r.donVi.find((d) => d.ten === "Sở X")!.trangThai).toBe("Khác cấp");
    expect(r.donVi.find((d) => d.ten === "Trường Năm Cũ")!.trangThai).toBe("Khác năm");
    expect(r.tong.khacNamCap).toBe(2);
    expect(r.tong.trung).toBe(1);
    // Counted: Trường A, Trường B, Công ty C, the TT22 unit.
    expect(r.tong.soDonVi).toBe(4);
    expect(r.tong.tuDanhGia).toMatchObject({ "Đạt mức độ 2": 2, "Không đạt": 1, Khá: 1 });
    expect(r.tong.hoiDong["Chưa thẩm định"]).toBe(4);
  });

  test("a row carries what a decision needs: type label, công lập, failing indicators with reasons, deadline against the receipt date, seal", () => {
    const rb = r.donVi.find((d) => d.ten === "Trường B")!;
    expect(rb.tuDanhGia.xepLoai).toBe("Không đạt");
    expect(rb.chiTieuChuaDat).toEqual([{ id: "2.1", trangThai: "khong-dat", xepLoai: "Không đạt", lyDo: ["Tỷ lệ thành viên 40,00% dưới 90% (mức độ 1)"] }]);
    expect(rb.hanNop).toBe("Đúng hạn (nhận 10/01/2026, hạn trước 15/01/2026)");
    expect(r.donVi.find((d) => d.tep === resolve(aLai))!.hanNop).toBe("Nộp muộn (nhận 16/01/2026, hạn trước 15/01/2026)");
    expect(rb.tenLoai).toMatch(/^Trường tiểu học, THCS/);
    expect(rb.congLap).toBe(true);
    expect(rb.phienBan).toBe("tt24-huyen/1");
    expect(rb.vanTay).toMatch(/^[0-9a-f]{64}$/);
    expect(r.donVi.find((d) => d.tep === resolve(a))!.chot).toMatchObject({ trangThai: "khop", maBam: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // Keeping the recognition and asking for mức 2 wait for the council's verdict.
    expect(r.donVi.every((d) => d.baoLuuDen === null && d.deNghiMucDo2 === null)).toBe(true);
  });

  test("levels the unit typed into the council's cells of its own workbook are never the council's", () => {
    const rc = r.donVi.find((d) => d.ten === "Công ty C")!;
    expect(rc.hoiDong).toBeNull();
    expect(rc.trangThai).toBe("Chưa thẩm định");
    expect(rc.canhBao.join("\n")).toMatch(/Sổ đơn vị đã có sẵn ô của Hội đồng khi nhận \(\d+ ô\): không dùng làm kết quả của Hội đồng/);
  });

  test("the council's verdict typed in the register is kept on every run and decides bảo lưu and nâng mức; a typo names its cell and loses no unit", async () => {
    const ma = (ten: string) => r.donVi.find((d) => d.ten === ten && d.tinh)!.ma;
    // The council finds Trường A at mức 1 on 2.1 only, so mức 1 overall; Trường B: it agrees, Không đạt on 2.1.
    await ghiThamDinh(so, ma("Trường A"), (id) => (id === "2.1" ? "Đạt mức độ 1" : "Đạt mức độ 2"), { ghiChu: "Minh chứng 2.1 chưa đủ", nguoi: "Nguyễn Văn Thẩm", ngay: "05/02/2026" });
    await ghiThamDinh(so, ma("Trường B"), (id) => (id === "2.1" ? "Không đạt" : "Đạt mức độ 2"), { nguoi: "Lê Thị Định", ngay: "05/02/2026" });
    await ghiThamDinh(so, ma("Công ty C"), (id) => (id === "1.2" ? "Đạt" : "Đạt mức độ 2"));
    const r2 = json(["tong-hop", don, "--out", so, "--ngay", "2026-02-06"]);
    const ra = r2.donVi.find((d) => d.ma === ma("Trường A"))!;
    expect(ra.trangThai).toBe("Đã thẩm định");
    expect(ra.hoiDong).toMatchObject({ ketLuan: "Đạt mức độ 1", ghiChu: "Minh chứng 2.1 chưa đủ", nguoiThamDinh: "Nguyễn Văn Thẩm", ngayThamDinh: "05/02/2026" });
    expect(ra.hoiDong!.tieuChi["2"].xepLoai).toBe("Đạt mức độ 1");
    expect(ra.tuDanhGia.xepLoai).toBe("Đạt mức độ 2");
    // Passing, but no Quyết định công nhận recorded yet: pending, nothing computed from the assessed year.
    expect([ra.baoLuuDen, ra.deNghiMucDo2, ra.choQuyetDinh]).toEqual([null, null, true]);
    const rb = r2.donVi.find((d) => d.ma === ma("Trường B"))!;
    expect([rb.hoiDong!.ketLuan, rb.baoLuuDen, rb.deNghiMucDo2, rb.choQuyetDinh]).toEqual(["Không đạt", null, null, false]);
    const rc = r2.donVi.find((d) => d.ma === ma("Công ty C"))!;
    expect(rc.trangThai).toBe("Chưa thẩm định");
    expect(rc.hoiDong!.loi[0]).toMatch(new RegExp(`^'Thẩm định'!E\\d+ \\(hồ sơ ${ma("Công ty C")}, chỉ tiêu 1\\.2\\): “Đạt” không phải một trong: Không đạt, Đạt mức độ 1, Đạt mức độ 2`));
    expect(rc.tinh).toBe(true);
    expect(r2.tong.hoiDong).toMatchObject({ "Đạt mức độ 1": 1, "Không đạt": 1, "Chưa thẩm định": 2 });
    // A third run with nothing new keeps all of it.
    const r3 = json(["tong-hop", don, "--out", so]);
    expect(r3.donVi.find((d) => d.ma === ma("Trường A"))!.hoiDong).toMatchObject({ ketLuan: "Đạt mức độ 1", nguoiThamDinh: "Nguyễn Văn Thẩm" });
    // The council's dates for 2025 (seed 000 VI.1.3, VII), days left against --ngay.
    const r4 = json(["tong-hop", don, "--out", so, "--ngay", "2026-02-14"]);
    expect(r4.hanHoiDong).toEqual([
      { viec: "Nhận hồ sơ đề nghị công nhận của đơn vị", han: "15/01/2026", chu: "trước 15/01/2026", conNgay: -30 },
      { viec: "Quyết định công nhận", han: "15/02/2026", chu: "trước 15/02/2026", conNgay: 1 },
      { viec: "Báo cáo kết quả đánh giá, công nhận gửi Sở GD&ĐT", han: "15/03/2026", chu: "trước 15/03/2026", conNgay: 29 },
    ]);
  });

  test("seed 000 III.3: bảo lưu and nâng mức follow the Quyết định công nhận the council records on “Tổng hợp”, kept on every run; a bad date names its cell", async () => {
    const ma = r.donVi.find((d) => d.ten === "Trường A" && d.tinh)!.ma;
    // “sau ít nhất 01 năm (12 tháng) kể từ ngày được công nhận”: decision 10/02/2026 → from 10/02/2027.
    await ghiQuyetDinh(so, "125/QĐ-UBND", "10/02/2026");
    const r1 = json(["tong-hop", don, "--out", so, "--ngay", "2026-02-11"]);
    expect(r1.quyetDinh).toEqual({ so: "125/QĐ-UBND", ngay: "10/02/2026", loi: [] });
    const ra = r1.donVi.find((d) => d.ma === ma)!;
    expect([ra.baoLuuDen, ra.deNghiMucDo2, ra.choQuyetDinh]).toEqual(["31/12/2029", "Từ 10/02/2027", false]);
    expect(r1.donVi.find((d) => d.ten === "Trường B" && d.tinh)!.baoLuuDen).toBeNull();
    // Kept on the next run, as typed; a date typed as an Excel date reads as dd/mm/yyyy.
    expect(json(["tong-hop", don, "--out", so]).quyetDinh).toEqual({ so: "125/QĐ-UBND", ngay: "10/02/2026", loi: [] });
    await ghiQuyetDinh(so, "125/QĐ-UBND", new Date(Date.UTC(2027, 0, 1)));
    const r2 = json(["tong-hop", don, "--out", so]);
    expect([r2.donVi.find((d) => d.ma === ma)!.baoLuuDen, r2.donVi.find((d) => d.ma === ma)!.deNghiMucDo2]).toEqual(["31/12/2030", "Từ 01/01/2028"]);
    // A date that is no day: named with its cell on stderr, kept as typed, the unit back to pending; nothing lost.
    await ghiQuyetDinh(so, "125/QĐ-UBND", "31/02/2026");
    const sai = runDvht(["tong-hop", don, "--out", so, "--json"]);
    expect(sai.code).toBe(0);
    expect(sai.stderr).toMatch(/^'Tổng hợp'!B\d+: “31\/02\/2026” không phải ngày dạng dd\/mm\/yyyy/);
    const r3 = JSON.parse(sai.stdout) as ReturnType<typeof json>;
    expect(r3.quyetDinh).toMatchObject({ so: "125/QĐ-UBND", ngay: "31/02/2026" });
    expect(r3.donVi.find((d) => d.ma === ma)!).toMatchObject({ baoLuuDen: null, choQuyetDinh: true });
    expect(r3.donVi.find((d) => d.ma === ma)!.hoiDong).toMatchObject({ ketLuan: "Đạt mức độ 1" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(so);
    const cells: string[] = [];
    wb.getWorksheet(SO_HOI_DONG.tong)!.eachRow((row) => cells.push(String(row.getCell(1).value) + "|" + String(row.getCell(2).value)));
    expect(cells).toContain(`${QUYET_DINH.ngay}|31/02/2026`);
    await ghiQuyetDinh(so, "125/QĐ-UBND", "10/02/2026");
  });

  test("the printed list: A4 landscape, 9 pt or more, header repeated, page numbers from page 2, working columns not printed", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(so);
    const ws = wb.getWorksheet(SO_HOI_DONG.ds)!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesRow: "4:4" });
    expect(ws.headerFooter).toMatchObject({ differentFirst: true, oddHeader: expect.stringContaining("&P") });
    expect(ws.pageSetup.printArea).toMatch(/^A1:Q\d+$/);
    let min = 99;
    ws.eachRow((row) => row.eachCell((cell) => (min = Math.min(min, cell.font?.size ?? 99))));
    expect(min).toBeGreaterThanOrEqual(9);
    expect(wb.getWorksheet(SO_HOI_DONG.duLieu)!.state).toBe("hidden");
  });
});

describe("forgeries caught against the register (kiem-tra --so-hoi-dong)", () => {
  const soF = join(dir, "so-forgery.xlsx");
  const goc = join(dir, "goc");
  mkdirSync(goc);
  let base: string;
  beforeAll(() => {
    base = tao("goc/base.xlsx", khongDatHuyen("Trường Giả Mạo"));
    expect(runDvht(["chot", base]).code).toBe(0);
    expect(runDvht(["tong-hop", base, "--out", soF, "--ngay-nhan", "2026-01-10"]).code).toBe(0);
  });
  const banSao = (ten: string) => {
    const f = join(goc, ten);
    copyFileSync(base, f);
    return f;
  };
  const kiemTra = (f: string) => runDvht(["kiem-tra", f, "--so-hoi-dong", soF]);

  test("the untouched file matches what was received (exit 0)", () => {
    const r = kiemTra(base);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Sổ khớp với hồ sơ HS-0001 Hội đồng nhận ngày 10\/01\/2026/);
  });

  test("an input edited and the lock's fingerprint recomputed by script: exit 3 naming the cell old → new", async () => {
    const f = banSao("sua-va-bam-lai.xlsx");
    await suaSo(f, async (wb) => {
      oCuaTen(wb, "CT_2_1_SODAT").value = 95;
      // The lock sheet's copy of the value too, then the unkeyed fingerprint recomputed, as a 20-line script would.
      wb.getWorksheet(TEN_SHEET_CHOT)!.eachRow((row, i) => {
        if (i >= DONG_DAU_CHOT && row.getCell(1).value === "CT_2_1_SODAT") row.getCell(4).value = "95";
      });
      tinhLaiMaV2(wb);
    });
    const r = kiemTra(f);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("- Chỉ tiêu 2.1 — số đạt (CT_2_1_SODAT): 40 → 95\n");
  });

  test("the lock deleted and made again with dvht chot: exit 3 (a new lock code and time)", () => {
    const f = banSao("chot-lai.xlsx");
    expect(runDvht(["chot", f]).code).toBe(0);
    const r = kiemTra(f);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`(${CHOT.thoiDiem}):`);
  });

  test("a back-dated lock time: exit 3", async () => {
    const f = banSao("lui-ngay.xlsx");
    await suaSo(f, async (wb) => {
      oCuaTen(wb, CHOT.thoiDiem).value = "2026-01-01T01:00:00.000Z";
    });
    const r = kiemTra(f);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("→ “2026-01-01T01:00:00.000Z”");
  });

  test.each([
    ["DV_BOTIEUCHI", "tt24-tinh"],
    ["DV_CAP", "Cấp tỉnh"],
  ])("%s changed (huyện → tỉnh): exit 3", async (ten, moi) => {
    const f = banSao(`doi-${ten}.xlsx`);
    await suaSo(f, async (wb) => {
      oCuaTen(wb, ten).value = moi;
    });
    const r = kiemTra(f);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^Sổ đã thay đổi so với hồ sơ HS-0001/);
  });

  test("the lock sheet deleted: exit 3", async () => {
    const f = banSao("xoa-chot.xlsx");
    await suaSo(f, (wb) => {
      wb.removeWorksheet(wb.getWorksheet("Chốt số liệu")!.id);
    });
    expect(kiemTra(f).code).toBe(3);
  });

  test("forged results (“Đạt mức độ 2” over CT_2_1_MUCDO, TC_2_MUCDO, KET_LUAN of a failing unit): exit 3 naming the cells; the register marks such a file", async () => {
    const f = banSao("ket-qua-gia.xlsx");
    await suaSo(f, async (wb) => {
      for (const ten of ["CT_2_1_MUCDO", "TC_2_MUCDO", "KET_LUAN"]) oCuaTen(wb, ten).value = "Đạt mức độ 2";
    });
    const r = kiemTra(f);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/0 ô nhập, 3 ô kết quả ghi đè/);
    expect(r.stdout).toMatch(/KET_LUAN \('Bảng tổng hợp'![A-Z]+\d+\) ghi “Đạt mức độ 2”/);
    const soGia = join(dir, "so-ket-qua-gia.xlsx");
    const j = json(["tong-hop", f, "--out", soGia]);
    expect(j.donVi[0].tuDanhGia.xepLoai).toBe("Không đạt");
    expect((j.donVi[0] as unknown as { ketQuaKhac: { ten: string; daLuu: string; tinhLai: string }[] }).ketQuaKhac.map((k) => [k.ten, k.daLuu, k.tinhLai])).toEqual(
      expect.arrayContaining([["KET_LUAN", "Đạt mức độ 2", "Không đạt"]]),
    );
    expect(j.donVi[0].canhBao.join("\n")).toMatch(/Ô kết quả lưu trong sổ khác kết quả tính lại/);
  });

  test("a unit the register never received: exit 4", () => {
    const f = tao("goc/la.xlsx", datHuyen("Trường Lạ"));
    const r = kiemTra(f);
    expect(r.code).toBe(4);
    expect(r.stdout).toMatch(/chưa nhận hồ sơ nào của đơn vị này/);
  });

  test("re-run: a file changed since receipt is marked, the received result stays; --nhan-lai receives it anew", async () => {
    await suaSo(base, async (wb) => {
      oCuaTen(wb, "CT_2_1_SODAT").value = 95;
    });
    const r = json(["tong-hop", base, "--out", soF]);
    expect(r.donVi).toHaveLength(1);
    expect(r.donVi[0]).toMatchObject({ trangThai: "Đã thay đổi sau khi nhận", tuDanhGia: { xepLoai: "Không đạt" } });
    expect(r.tong.thayDoi).toBe(1);
    const r2 = json(["tong-hop", base, "--out", soF, "--nhan-lai", "--ngay-nhan", "2026-01-12"]);
    expect(r2.donVi.map((d) => [d.ma, d.trangThai])).toEqual([
      ["HS-0001", "Trùng"],
      ["HS-0002", "Chưa thẩm định"],
    ]);
  });
});

test("--out that is not a register is refused and left as it was (exit 2); bad use: exit 2", () => {
  const khac = join(dir, "khac.xlsx");
  copyFileSync(a, khac);
  const truoc = readFileSync(khac);
  const r = runDvht(["tong-hop", b, "--out", khac]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/không phải Sổ Hội đồng/);
  expect(readFileSync(khac).equals(truoc)).toBe(true);
  expect(runDvht(["tong-hop", b]).code).toBe(2);
  expect(runDvht(["tong-hop", b, "--out", join(dir, "x.xlsx"), "--cap", "xa"]).code).toBe(2);
  expect(runDvht(["tong-hop", b, "--out", join(dir, "x.xlsx"), "--ngay-nhan", "2026-02-30"]).code).toBe(2);
});

test("the register's received data reads back (moSoHoiDong) with every receipt", async () => {
  const so = join(dir, "so-doc-lai.xlsx");
  expect(runDvht(["tong-hop", a, b, "--out", so]).code).toBe(0);
  const doc = await moSoHoiDong(so);
  expect(doc.bans.map((x) => x.ten)).toEqual(["Trường A", "Trường B"]);
  expect(doc.loi).toEqual([]);
});

test("the year and cấp the council chose (--nam, --cap) are kept for later runs of the same register", () => {
  const so = join(dir, "so-cap-tinh.xlsx");
  expect(json(["tong-hop", a, tinh, "--out", so, "--cap", "tinh"]).cap).toBe("tinh");
  const r = json(["tong-hop", a, tinh, "--out", so]);
  expect(r.cap).toBe("tinh");
  expect(r.donVi.map((d) => d.trangThai)).toEqual(["Khác cấp", "Chưa thẩm định"]);
});

describe("a province's deadlines (--lich), kept in the register", () => {
  const lich = (ten: string, noiDung: object) => writeTemp(dir, ten, noiDung);

  test("seed 003, Buôn Hồ: “Trước ngày 05/12 hàng năm” of the assessed year: 04/12 on time, 05/12 late; kept for later runs", () => {
    const so = join(dir, "so-buon-ho.xlsx");
    const tep = lich("buon-ho.json", { hanNop: { ngay: 5, thang: 12, namSau: false }, hanNopBaoGom: false });
    const r1 = json(["tong-hop", a, "--out", so, "--ngay-nhan", "2025-12-04", "--ngay", "2025-12-01", "--lich", tep]);
    expect(r1.donVi[0].hanNop).toBe("Đúng hạn (nhận 04/12/2025, hạn trước 05/12/2025)");
    expect(r1.hanHoiDong[0]).toEqual({ viec: "Nhận hồ sơ đề nghị công nhận của đơn vị", han: "05/12/2025", chu: "trước 05/12/2025", conNgay: 4 });
    expect(r1.lichRieng).toEqual({ hanNop: { ngay: 5, thang: 12, namSau: false }, hanNopBaoGom: false });
    // A later run without --lich keeps the province's deadlines.
    const r2 = json(["tong-hop", b, "--out", so, "--ngay-nhan", "2025-12-05", "--ngay", "2025-12-05"]);
    expect(r2.donVi.find((d) => d.ten === "Trường B")!.hanNop).toBe("Nộp muộn (nhận 05/12/2025, hạn trước 05/12/2025)");
    expect(r2.lichRieng).toEqual(r1.lichRieng);
  });

  test("seed 004, Ninh Bình: “chậm nhất là ngày 25 tháng 01”: 25/01 on time, 26/01 late", () => {
    const so = join(dir, "so-ninh-binh.xlsx");
    const tep = lich("ninh-binh.json", { hanNop: { ngay: 25, thang: 1 }, hanNopBaoGom: true });
    const r1 = json(["tong-hop", a, "--out", so, "--ngay-nhan", "2026-01-25", "--ngay", "2026-01-20", "--lich", tep]);
    expect(r1.donVi[0].hanNop).toBe("Đúng hạn (nhận 25/01/2026, hạn chậm nhất 25/01/2026)");
    expect(r1.hanHoiDong[0]).toMatchObject({ han: "25/01/2026", chu: "chậm nhất 25/01/2026", conNgay: 5 });
    const r2 = json(["tong-hop", b, "--out", so, "--ngay-nhan", "2026-01-26"]);
    expect(r2.donVi.find((d) => d.ten === "Trường B")!.hanNop).toMatch(/^Nộp muộn \(nhận 26\/01\/2026/);
  });

  test("a bad --lich is refused (exit 2) naming the field; the register is not written", () => {
    const so = join(dir, "so-lich-sai.xlsx");
    const sai = runDvht(["tong-hop", a, "--out", so, "--lich", lich("sai.json", { hanNop: { ngay: 31, thang: 4 }, hanCongNhan: "15/02" })]);
    expect(sai.code).toBe(2);
    expect(sai.stderr).toMatch(/“hanNop”: ngày 31\/4 không có trong năm/);
    expect(sai.stderr).toMatch(/“hanCongNhan” \(hạn ra quyết định công nhận\) phải có dạng/);
    const hong = join(dir, "hong-lich.json");
    writeFileSync(hong, "{ hanNop: ");
    expect(runDvht(["tong-hop", a, "--out", so, "--lich", hong]).stderr).toMatch(/không đọc được JSON/);
    expect(runDvht(["tong-hop", a, "--out", so, "--lich", join(dir, "khong-co.json")]).code).toBe(2);
    expect(existsSync(so)).toBe(false);
  });
});

describe("last year's register as history (--truoc)", () => {
  const nam = join(dir, "hai-nam");
  mkdirSync(nam);
  const so2024 = join(nam, "so-2024.xlsx");
  const so2025 = join(nam, "so-2025.xlsx");
  let don2025: string[];
  beforeAll(async () => {
    // 2024: Trường A recognised at mức 1, Trường E at mức 2, Trường B found failing; decision of 10/02/2025.
    const f2024 = [tao("hai-nam/a-2024.xlsx", { ...datHuyen("Trường A"), namDanhGia: 2024 }), tao("hai-nam/b-2024.xlsx", { ...khongDatHuyen("Trường B"), namDanhGia: 2024 }), tao("hai-nam/e-2024.xlsx", { ...datHuyen("Trường E"), namDanhGia: 2024 })];
    const r = json(["tong-hop", ...f2024, "--out", so2024, "--ngay-nhan", "2025-01-10"]);
    const ma = (ten: string) => r.donVi.find((d) => d.ten === ten)!.ma;
    await ghiThamDinh(so2024, ma("Trường A"), (id) => (id === "2.1" ? "Đạt mức độ 1" : "Đạt mức độ 2"), { nguoi: "Thư ký", ngay: "05/02/2025" });
    await ghiThamDinh(so2024, ma("Trường B"), (id) => (id === "2.1" ? "Không đạt" : "Đạt mức độ 2"), { nguoi: "Thư ký", ngay: "05/02/2025" });
    await ghiThamDinh(so2024, ma("Trường E"), "Đạt mức độ 2", { nguoi: "Thư ký", ngay: "05/02/2025" });
    await ghiQuyetDinh(so2024, "12/QĐ-UBND", "10/02/2025");
    // 2025: the same three units (each self-assessed: A and E at mức 2, B failing), received 10/01/2026.
    don2025 = [tao("hai-nam/a-2025.xlsx", datHuyen("Trường A")), tao("hai-nam/b-2025.xlsx", khongDatHuyen("Trường B")), tao("hai-nam/e-2025.xlsx", datHuyen("Trường E"))];
  });

  test("each unit shows its history; asking mức 2 within 12 months of the decision is flagged; kept on later runs", async () => {
    const r = json(["tong-hop", ...don2025, "--out", so2025, "--ngay-nhan", "2026-01-10", "--truoc", so2024]);
    expect(r.truoc).toEqual({
      nam: 2024,
      cap: "huyen",
      tep: resolve(so2024),
      tong: { "pho-thong": expect.objectContaining({ "Đạt mức độ 1": 1, "Đạt mức độ 2": 1, "Không đạt": 1, "Chưa thẩm định": 0 }) },
      soCongNhan: 2,
    });
    const ls = (ten: string) => r.donVi.find((d) => d.ten === ten)!;
    expect(ls("Trường A").lichSu).toEqual({
      loai: "nang-muc-qua-som",
      chu: "Đã công nhận mức độ 1 năm 2024 (QĐ số 12/QĐ-UBND ngày 10/02/2025); đề nghị nâng mức độ 2 quá sớm: sớm nhất từ 10/02/2026 (12 tháng kể từ ngày quyết định), hồ sơ nhận 10/01/2026",
    });
    expect(ls("Trường A").canhBao).toContain("Đề nghị nâng mức quá sớm: đơn vị được công nhận mức độ 1 ngày 10/02/2025, chỉ được đề nghị mức độ 2 từ 10/02/2026");
    expect(ls("Trường B").lichSu).toEqual({ loai: "chua-cong-nhan", chu: "Chưa được công nhận trước đây" });
    expect(ls("Trường E").lichSu).toEqual({ loai: "dang-bao-luu", chu: "Đã công nhận mức độ 2 năm 2024 (QĐ số 12/QĐ-UBND ngày 10/02/2025); đang trong thời hạn công nhận đến 31/12/2028" });
    // The printed list has the column; a later run without --truoc keeps the history (the hidden sheet's JSON).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(so2025);
    const ws = wb.getWorksheet(SO_HOI_DONG.ds)!;
    const cotLs = (ws.getRow(4).values as unknown[]).indexOf("Lịch sử công nhận");
    expect(cotLs).toBeGreaterThan(0);
    const texts: unknown[] = [];
    ws.eachRow((row, i) => i > 4 && texts.push(row.getCell(cotLs).value));
    expect(texts).toContain(ls("Trường E").lichSu!.chu);
    const r2 = json(["tong-hop", ...don2025, "--out", so2025]);
    expect(r2.truoc).toEqual(r.truoc);
    expect(r2.donVi.map((d) => d.lichSu)).toEqual(r.donVi.map((d) => d.lichSu));
    const doc = await moSoHoiDong(so2025);
    expect(doc.truoc!.congNhan.map((c) => [c.ten, c.trangThai, c.baoLuuDen])).toEqual([
      ["Trường A", "muc-do-1", "31/12/2028"],
      ["Trường E", "muc-do-2", "31/12/2028"],
    ]);
  });

  test("--truoc given again replaces the kept one (a register without a decision recognises nobody)", () => {
    const khongQd = join(nam, "so-2024-khong-qd.xlsx");
    expect(runDvht(["tong-hop", join(nam, "a-2024.xlsx"), "--out", khongQd, "--ngay-nhan", "2025-01-10"]).code).toBe(0);
    const so = join(nam, "so-2025-thay.xlsx");
    expect(json(["tong-hop", ...don2025, "--out", so, "--truoc", so2024]).truoc!.soCongNhan).toBe(2);
    const r = json(["tong-hop", ...don2025, "--out", so, "--truoc", khongQd]);
    expect(r.truoc).toMatchObject({ tep: resolve(khongQd), soCongNhan: 0 });
    expect(r.donVi.every((d) => d.lichSu?.loai === "chua-cong-nhan")).toBe(true);
    // Without any previous register, no history at all.
    expect(json(["tong-hop", ...don2025, "--out", join(nam, "so-khong-truoc.xlsx")]).donVi.every((d) => d.lichSu === null)).toBe(true);
  });

  test("a --truoc that is not a register (a unit's workbook, a missing file, the --out itself) is refused naming it (exit 2), nothing written", () => {
    const out = join(nam, "so-bi-tu-choi.xlsx");
    for (const sai of [join(nam, "a-2025.xlsx"), join(nam, "khong-co.xlsx"), join(don, "hong.xlsx")]) {
      const r = runDvht(["tong-hop", ...don2025, "--out", out, "--truoc", sai]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--truoc ${sai}: không phải Sổ Hội đồng`);
      expect(existsSync(out)).toBe(false);
    }
    const truoc = readFileSync(so2025);
    const r = runDvht(["tong-hop", ...don2025, "--out", so2025, "--truoc", so2025]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/là chính sổ --out/);
    expect(readFileSync(so2025).equals(truoc)).toBe(true);
  });
});
