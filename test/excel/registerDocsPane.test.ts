/**
 * The council's documents and the province's calendar from the pane, on the recording fake of Excel: the open
 * register redrawn whole from what is typed in it (lapVanBanHoiDong), and a calendar file taken or refused
 * (napLichRieng): which sheets it deletes, redraws, lists and opens (the documents are the template's: a Bản tổng hợp
 * for each unit the council concluded on, a reply to each it found short, and the register's fixed documents).
 */
import { XEP_LOAI } from "../../src/rules";
import { SO_HOI_DONG, TEN_VAN_BAN_HOI_DONG, THAM_DINH } from "../../src/template";
import { laSheetSoHoiDong, laSheetVanBanHoiDong } from "../../src/template";
import { capNhatSoTrongPane, docSoMo, lapVanBanHoiDong, napLichRieng } from "../../src/taskpane/consolidateInPane";
import { moTaLichRieng } from "../../src/taskpane/councilView";
import example from "../../examples/thcs-kim-lien.json";
import { hoSoDayDu } from "../helpers/hoSo";
import { FakeExcel, ghiNhuExcel } from "./fakeExcel";
import { bam, tep } from "./registerPaneHelpers";

const NHAN = { nam: 2026, thang: 1, ngay: 10 };
const SAU = { nam: 2026, thang: 2, ngay: 3 };

/** The row number of a receipt's “Hội đồng” row in “Thẩm định”, and the columns where the unit gave a level. */
function dongHoiDong(fake: FakeExcel, ma: string): { r: number; cotCoMuc: string[] } {
  const s = fake.sheets.get(SO_HOI_DONG.thamDinh)!;
  for (const [ref, c] of s.cells) {
    const r = Number(/\d+$/.exec(ref)![0]);
    if (ref === `A${r}` && c.v === ma && s.cells.get(`C${r}`)?.v === THAM_DINH.dongHoiDong) {
      const cotCoMuc = [...s.cells].filter(([k, v]) => new RegExp(`^[D-Z]${r - 1}$`).test(k) && typeof v.v === "string" && v.v.startsWith("Đạt")).map(([k]) => k.replace(/\d+$/, ""));
      return { r, cotCoMuc };
    }
  }
  throw new Error(`no council row for ${ma}`);
}

/** Every cell of every sheet, to see that nothing was written. */
const chup = (fake: FakeExcel) => JSON.stringify([fake.sheetOrder, [...fake.sheets].map(([n, s]) => [n, [...s.cells], s.visibility]), [...fake.names], fake.active]);

async function soCoHaiDonVi() {
  const fake = new FakeExcel();
  const chay = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(fake.context());
  const kimLien = await tep("kim-lien.xlsx", example);
  const coQuan = await tep("co-quan.xlsx", { ...hoSoDayDu("tt24-huyen", "co-quan"), donVi: { ten: "UBND xã Thử", loai: "co-quan", congLap: true }, namDanhGia: 2025 });
  const hong = { name: "hong.xlsx", arrayBuffer: async () => new TextEncoder().encode("không phải sổ").buffer as ArrayBuffer };
  fake.syncs = 0;
  await capNhatSoTrongPane([kimLien, coQuan, hong], chay, NHAN, bam, () => undefined);
  return { fake, chay, syncsNhan: fake.syncs };
}

test("“Lập / cập nhật văn bản Hội đồng”: one redraw in as many syncs as a reception; what the council typed, the receipt dates and the unreadable files are kept; documents of units no longer short are gone; the first document is opened", async () => {
  const { fake, chay, syncsNhan } = await soCoHaiDonVi();
  // Only the register's sheets so far: the redraw must not delete the workbook's last sheet (Excel refuses).
  expect(fake.sheetOrder.every(laSheetSoHoiDong)).toBe(true);
  expect(syncsNhan).toBeLessThanOrEqual(5);

  // The council finds HS-0001 short on every indicator, mistypes one level of HS-0002.
  const ws = fake.sheets.get(SO_HOI_DONG.thamDinh)!;
  const hs1 = dongHoiDong(fake, "HS-0001");
  expect(hs1.cotCoMuc.length).toBeGreaterThan(5);
  for (const c of hs1.cotCoMuc) ghiNhuExcel(fake.cell(ws, `${c}${hs1.r}`), XEP_LOAI["khong-dat"]);
  const hs2 = dongHoiDong(fake, "HS-0002");
  ghiNhuExcel(fake.cell(ws, `D${hs2.r}`), "Đạt");
  // A reply left from an earlier run to a unit that is no longer short, and the user's own sheet.
  fake.cell(fake.addSheet("Trả lời HS-0002"), "A1").v = "cũ";
  fake.cell(fake.addSheet("Ghi chú riêng"), "A1").v = "của tôi";
  const truoc = await docSoMo(chay, NHAN);
  expect(truoc.vanBan).toEqual([...TEN_VAN_BAN_HOI_DONG, "Trả lời HS-0002"]);

  fake.syncs = 0;
  const r = await lapVanBanHoiDong(chay, SAU);
  // Read the register, list and drop its sheets, draw them (two syncs), open the first document: as a reception.
  expect(fake.syncs).toBe(syncsNhan);
  expect([r.moi, r.kiemTraLai, r.soLoi]).toEqual([0, 0, 0]);

  expect(fake.sheets.has("Trả lời HS-0002")).toBe(false);
  expect(fake.cell(fake.sheets.get("Ghi chú riêng")!, "A1").v).toBe("của tôi");
  expect(fake.sheets.has("dvht-tam")).toBe(false);
  expect(fake.sheetOrder).toEqual(expect.arrayContaining(["BTH HS-0001", "Trả lời HS-0001"]));

  fake.syncs = 0;
  const sau = await docSoMo(chay, SAU);
  expect(fake.syncs).toBe(1);
  // What is listed is what the workbook holds, in its order; the first is the one opened.
  expect(sau.vanBan).toEqual(fake.sheetOrder.filter(laSheetVanBanHoiDong));
  expect(sau.vanBan).toEqual(expect.arrayContaining(["BTH HS-0001", "Trả lời HS-0001"]));
  expect(sau.vanBan).not.toContain("Trả lời HS-0002");
  expect(r.vanBan).toEqual(sau.vanBan);
  expect(fake.active).toBe(sau.vanBan[0]);

  // The council's verdict and its typo are kept as typed; receipts keep the day they were received.
  const dong = (ma: string) => sau.so.dong.find((d) => d.ban.ma === ma)!;
  expect([dong("HS-0001").trangThai, dong("HS-0001").ketLuanHoiDong]).toEqual(["Đã thẩm định", XEP_LOAI["khong-dat"]]);
  expect(fake.cell(fake.sheets.get(SO_HOI_DONG.thamDinh)!, `D${dongHoiDong(fake, "HS-0002").r}`).v).toBe("Đạt");
  expect(sau.loi).toEqual([expect.stringMatching(/HS-0002, chỉ tiêu 1\.1\): “Đạt” không phải/)]);
  expect(sau.so.dong.map((d) => d.ban.ngayNhan)).toEqual(truoc.so.dong.map((d) => d.ban.ngayNhan));
  expect(sau.so.dong.map((d) => d.ban.ngayNhan)).toEqual(["2026-01-10", "2026-01-10"]);
  // Nothing was received: the file the last reception could not read is still listed.
  expect(sau.tepLoi.map((t) => t.tep)).toEqual(["hong.xlsx"]);

  // Pressed again: the same sheets, the same syncs.
  const thuTu = [...fake.sheetOrder];
  fake.syncs = 0;
  await lapVanBanHoiDong(chay, SAU);
  expect(fake.syncs).toBe(syncsNhan);
  expect(fake.sheetOrder).toEqual(thuTu);
});

const lichTep = (name: string, text: string) => ({ name, text: async () => text });

test("“Lịch riêng của địa phương”: a valid file redraws the register with it and the register keeps it; an invalid one is refused with every problem and nothing is written", async () => {
  const { fake, chay, syncsNhan } = await soCoHaiDonVi();

  // Invalid: each problem named, in Vietnamese, with the file; not one sync, not one cell changed.
  const anh = chup(fake);
  fake.syncs = 0;
  const sai = await napLichRieng(lichTep("buon-ho.json", JSON.stringify({ hanNop: { ngay: 31, thang: 2 }, hanNopBaoGom: "có", hanXet: { ngay: 1, thang: 1 } })), chay, SAU);
  expect(sai).toEqual({
    loi: [
      "buon-ho.json: “hanNop”: ngày 31/2 không có trong năm",
      "buon-ho.json: “hanNopBaoGom” phải là true hoặc false",
      expect.stringMatching(/^buon-ho\.json: “hanXet” không phải trường của lịch; các trường: hanNop \(hạn đơn vị nộp hồ sơ\)/),
    ],
  });
  const hong = await napLichRieng(lichTep("hong.json", "{ hanNop: 5 }"), chay, SAU);
  expect(hong).toEqual({ loi: [expect.stringMatching(/^hong\.json: không đọc được JSON \(/)] });
  const mang = await napLichRieng(lichTep("mang.json", "[]"), chay, SAU);
  expect("loi" in mang && mang.loi).toEqual([expect.stringMatching(/^mang\.json: lịch: lịch phải là một đối tượng JSON/)]);
  expect(fake.syncs).toBe(0);
  expect(chup(fake)).toBe(anh);
  expect((await docSoMo(chay, SAU)).so.lichRieng).toBeUndefined();

  // Valid (Buôn Hồ: “trước ngày 05/12 hàng năm”, with a BOM as Notepad saves it): one redraw, kept in the hidden sheet.
  const lich = { hanNop: { ngay: 5, thang: 12, namSau: false }, hanNopBaoGom: false };
  fake.syncs = 0;
  const dung = await napLichRieng(lichTep("buon-ho.json", `\uFEFF${JSON.stringify(lich)}`), chay, SAU);
  expect(fake.syncs).toBe(syncsNhan);
  if (!("lich" in dung)) throw new Error(dung.loi.join("\n"));
  expect(dung.lich).toEqual(lich);
  expect(dung.kq.so.lichRieng).toEqual(lich);
  expect(JSON.parse(String(fake.cell(fake.sheets.get(SO_HOI_DONG.duLieu)!, "H1").v))).toEqual(lich);
  // Received on 10/01/2026 for 2025: late by the province's deadline (05/12/2025), on time by the rule set's (15/01).
  const doc = await docSoMo(chay, SAU);
  expect(doc.so.lichRieng).toEqual(lich);
  expect(doc.so.dong.map((d) => d.hanNop)).toEqual(dung.kq.so.dong.map((d) => d.hanNop));
  expect(doc.so.dong[0].hanNop).not.toEqual((await soCoHaiDonVi().then((s) => docSoMo(s.chay, SAU))).so.dong[0].hanNop);
  expect(moTaLichRieng(doc.so.lichRieng)).toBe("Sổ đang dùng lịch riêng của địa phương: hạn nộp hồ sơ: trước ngày 05/12 năm đánh giá.");
  expect(fake.active).toBe(SO_HOI_DONG.ds);

  // Kept: the documents' refresh (no calendar given) redraws with it.
  await lapVanBanHoiDong(chay, SAU);
  expect((await docSoMo(chay, SAU)).so.lichRieng).toEqual(lich);
  expect(moTaLichRieng(undefined)).toBe("Sổ đang dùng các hạn của Thông tư (không có lịch riêng của địa phương).");
});
