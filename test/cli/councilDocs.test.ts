/**
 * The council's documents (issue 17, item 2): for a batch with passing, failing, late and duplicate units, `dvht in
 * <sổ hội đồng> --pdf` prints every document in order; a passing unit is in the Quyết định's list at the council's
 * level, a failing one nowhere and with its reply naming every reason; `--don-vi` prints one unit's documents.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TRUONG_VAN_BAN_HOI_DONG } from "../../src/rules";
import { SO_HOI_DONG, TEN_VAN_BAN_HOI_DONG } from "../../src/template";
import { moSoHoiDong } from "../../src/xlsx/register";
import { canLibreOffice } from "../xlsx/libreOfficeHelpers";
import { cacTrang, gon, kichThuocTrang, laA4, soTrangIn, trangBatDau, vanBanTrang } from "../helpers/pdf";
import { moSo } from "./lockHelpers";
import { HOI_DONG_HOP_LE, datHuyen, ghiHoiDongDanhGia, ghiQuyetDinh, ghiThamDinh, ghiThongTinVanBan, khongDatHuyen, taoSo } from "./registerHelpers";
import { runDvht, tempDir } from "./processHelpers";

const dir = process.env.DVHT_GIU_THU_MUC ?? tempDir();
const nhan = (khoa: string) => TRUONG_VAN_BAN_HOI_DONG.find((t) => t.khoa === khoa)!.nhan;
const so = join(dir, "so-hoi-dong.xlsx");
const pdf = join(dir, "van-ban.pdf");
const so2024 = join(dir, "so-hoi-dong-2024.xlsx");
let inRa: ReturnType<typeof runDvht>;

beforeAll(async () => {
  canLibreOffice();
  mkdirSync(join(dir, "lan1"), { recursive: true });
  mkdirSync(join(dir, "lan2"), { recursive: true });
  taoSo(dir, "lan1/hoa-sen.xlsx", datHuyen("Trường Mầm non Hoa Sen", "mam-non"));
  const kimDong = taoSo(dir, "lan1/kim-dong.xlsx", datHuyen("Trường Tiểu học Kim Đồng"));
  taoSo(dir, "lan1/may-ho-guom.xlsx", datHuyen("Công ty May Hồ Gươm", "kinh-te"));
  taoSo(dir, "lan1/le-loi.xlsx", khongDatHuyen("Trường THCS Lê Lợi"));
  taoSo(dir, "lan1/son-ca.xlsx", datHuyen("Trường Mầm non Sơn Ca", "mam-non"));
  // Received after 15/01: late; Kim Đồng sent its dossier again.
  taoSo(dir, "lan2/binh-minh.xlsx", datHuyen("Trường Tiểu học Bình Minh"));
  copyFileSync(kimDong, join(dir, "lan2/kim-dong-gui-lai.xlsx"));
  // A unit assessed by points (TT22 as Ninh Bình guides it): the council gives a class.
  taoSo(dir, "lan2/z-tt22.xlsx", JSON.parse(readFileSync(join(__dirname, "../../examples/ninh-binh-tt22.json"), "utf8")));
  // Last year's register: Kim Đồng and Sơn Ca recognised at mức độ 1 by a decision of 15/01/2025.
  mkdirSync(join(dir, "nam-2024"), { recursive: true });
  taoSo(dir, "nam-2024/kim-dong.xlsx", { ...datHuyen("Trường Tiểu học Kim Đồng"), namDanhGia: 2024 });
  taoSo(dir, "nam-2024/son-ca.xlsx", { ...datHuyen("Trường Mầm non Sơn Ca", "mam-non"), namDanhGia: 2024 });
  expect(runDvht(["tong-hop", join(dir, "nam-2024"), "--out", so2024, "--ngay-nhan", "2025-01-05"]).code).toBe(0);
  await ghiThamDinh(so2024, "HS-0001", "Đạt mức độ 1", { nguoi: "Lê Văn Nam", ngay: "10/01/2025" });
  await ghiThamDinh(so2024, "HS-0002", "Đạt mức độ 1", { nguoi: "Lê Văn Nam", ngay: "10/01/2025" });
  await ghiQuyetDinh(so2024, "80/QĐ-UBND", "15/01/2025");
  expect(runDvht(["tong-hop", join(dir, "lan1"), "--out", so, "--ngay-nhan", "2026-01-10", "--nam", "2025", "--truoc", so2024]).code).toBe(0);
  expect(runDvht(["tong-hop", join(dir, "lan2"), "--out", so, "--ngay-nhan", "2026-01-20"]).code).toBe(0);
  // Files in name order: HS-0001 Hoa Sen, HS-0002 Kim Đồng, HS-0003 Lê Lợi, HS-0004 May Hồ Gươm, HS-0005 Sơn Ca; then
  // HS-0006 Bình Minh, HS-0007 Kim Đồng again (counted), HS-0008 the TT22 school.
  const td = { nguoi: "Lê Văn Nam", ngay: "05/02/2026" };
  await ghiThamDinh(so, "HS-0001", "Đạt mức độ 2", td);
  // Kim Đồng moves up in time (12 months after 15/01/2025); Sơn Ca asks mức độ 2 before them (received 10/01/2026).
  await ghiThamDinh(so, "HS-0007", "Đạt mức độ 2", td);
  await ghiThamDinh(so, "HS-0005", "Đạt mức độ 2", td);
  await ghiThamDinh(so, "HS-0003", (id) => (id === "2.1" ? "Không đạt" : "Đạt mức độ 1"), { ...td, ghiChu: "Tỷ lệ thành viên tuân thủ kỷ luật lao động chưa đạt 90%." });
  await ghiThamDinh(so, "HS-0004", (id) => (id === "3.1" ? "Không đạt" : "Đạt mức độ 1"), { ...td, ghiChu: "Minh chứng chỉ tiêu 3.1 không khớp số liệu." });
  await ghiThamDinh(so, "HS-0006", "Đạt mức độ 1", td);
  await ghiThamDinh(so, "HS-0008", "", { ...td, xepLoaiDiem: "Khá" });
  await ghiQuyetDinh(so, "125/QĐ-UBND", "10/02/2026");
  await ghiHoiDongDanhGia(so, HOI_DONG_HOP_LE);
  await ghiThongTinVanBan(so, {
    [nhan("ubnd")]: "Ủy ban nhân dân huyện Gia Lâm",
    [nhan("coQuan")]: "Phòng Giáo dục và Đào tạo huyện Gia Lâm",
    [nhan("kyHieu")]: "PGDĐT",
    [nhan("diaDanh")]: "Gia Lâm",
    [nhan("thuTruong")]: "Nguyễn Văn An",
    [nhan("soToTrinh")]: "12",
    [nhan("ngayToTrinh")]: "07/02/2026",
    [nhan("ngayBaoCaoThamDinh")]: "06/02/2026",
  });
  inRa = runDvht(["in", so, "--pdf", pdf]);
}, 900_000);

const sheets = "Danh sách Hội đồng; BTH HS-0001; BTH HS-0003; BTH HS-0004; BTH HS-0005; BTH HS-0006; BTH HS-0007; BTH HS-0008; Báo cáo thẩm định; Trả lời HS-0003; Trả lời HS-0004; Trả lời HS-0005; Tờ trình công nhận; Dự thảo Quyết định; Danh sách công nhận; Báo cáo kết quả năm";
const trang = (p: number) => gon(vanBanTrang(pdf, p));
/** Pages from the one whose text holds `dau` up to the next document's first page (exclusive). */
const tuTrang = (dau: string | RegExp, tu = 1) => trangBatDau(pdf, dau, tu)!;

test("every document, in order, drawn from the register as typed", () => {
  expect(inRa.stderr).toBe("");
  expect(inRa.code).toBe(0);
  expect(inRa.stdout).toBe(`Đã in ${pdf}: ${sheets}.\n`);
  const thuTu = [
    "DANH SÁCH THÀNH VIÊN HỘI ĐỒNG ĐÁNH GIÁ",
    "BẢN TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU",
    "BÁO CÁO THẨM ĐỊNH",
    "V/v kết quả thẩm định hồ sơ",
    "TỜ TRÌNH",
    "QUYẾT ĐỊNH",
    "DANH SÁCH ĐƠN VỊ ĐẠT",
    "Kết quả đánh giá, công nhận “Đơn vị học tập”",
  ].map((t) => tuTrang(t));
  expect(thuTu.every((p) => p !== undefined)).toBe(true);
  expect([...thuTu].sort((a, b) => a - b)).toEqual(thuTu);
  // Seven units concluded on: seven Bản tổng hợp, each starting a page.
  expect(cacTrang(pdf).filter((p) => trang(p).includes(gon("BẢN TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU"))).length).toBe(7);
  // The council's list under the office's header, as the decision setting it up attaches it.
  const ds = trang(1);
  expect(ds).toContain(gon("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"));
  expect(ds).toContain(gon("Nguyễn Thị Hồng"));
  expect(ds).toContain(gon("Danh sách có 5 thành viên"));
});

test("NĐ 30: A4, quốc hiệu, numbers and dates in Vietnamese form, page numbers from each document's page 2 only", () => {
  expect(kichThuocTrang(pdf).every(laA4)).toBe(true);
  const dau = cacTrang(pdf).filter((p) => trang(p).includes(gon("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
  for (const p of dau) {
    expect(trang(p)).toContain(gon("Độc lập - Tự do - Hạnh phúc"));
    // The first page of a document has no number; a page that is not a first page does.
    expect(soTrangIn(pdf, p)).toBeUndefined();
  }
  for (const p of cacTrang(pdf).filter((x) => !dau.includes(x) && x > 1 && !trang(x).includes(gon("DANH SÁCH ĐƠN VỊ ĐẠT")))) expect(soTrangIn(pdf, p)).toBeGreaterThanOrEqual(2);
  const toTrinh = tuTrang("TỜ TRÌNH");
  expect(trang(toTrinh)).toContain(gon("Số: 12/TTr-PGDĐT"));
  expect(trang(toTrinh)).toContain(gon("Gia Lâm, ngày 07 tháng 02 năm 2026"));
  expect(trang(toTrinh)).toContain(gon("Kính gửi: Chủ tịch Ủy ban nhân dân huyện Gia Lâm."));
  expect(gon(vanBanTrang(pdf, tuTrang("BÁO CÁO THẨM ĐỊNH")))).toContain(gon("Số: ……/BC-HĐĐG"));
});

test("the Quyết định's list: passing units at the council's level, failing ones and those keeping an earlier recognition nowhere", () => {
  const p = tuTrang("DANH SÁCH ĐƠN VỊ ĐẠT");
  const ds = trang(p) + (soTrangIn(pdf, p + 1) ? trang(p + 1) : "");
  const muc2 = ds.slice(ds.indexOf(gon("I. ĐƠN VỊ ĐẠT MỨC ĐỘ 2")), ds.indexOf(gon("II. ĐƠN VỊ ĐẠT MỨC ĐỘ 1")));
  const muc1 = ds.slice(ds.indexOf(gon("II. ĐƠN VỊ ĐẠT MỨC ĐỘ 1")));
  expect(muc2).toContain(gon("Trường Mầm non Hoa Sen"));
  // Kim Đồng held mức độ 1 since 15/01/2025 and asked mức độ 2 after 12 months: moves up.
  expect(muc2).toContain(gon("Trường Tiểu học Kim Đồng"));
  // Bình Minh asked for mức độ 2; the council found mức độ 1: listed at mức độ 1.
  expect(muc1).toContain(gon("Trường Tiểu học Bình Minh"));
  expect(muc2).not.toContain(gon("Bình Minh"));
  // The points-based unit at the level its class stands for (the cell wraps: its words are read apart).
  expect(muc1).toContain(gon("Trường THCS Đinh Tiên Hoàng"));
  expect(muc1).toContain(gon("Mức độ 1 (xếp loại"));
  expect(ds).not.toContain(gon("Lê Lợi"));
  expect(ds).not.toContain(gon("May Hồ Gươm"));
  // Sơn Ca asked mức độ 2 before its 12 months: not recognised again; it keeps its mức độ 1.
  expect(ds).not.toContain(gon("Sơn Ca"));
  expect(ds).toContain(gon("Kèm theo Quyết định số ……/QĐ-UBND"));
  const qd = trang(tuTrang("QUYẾT ĐỊNH"));
  expect(qd).toContain(gon("DỰ THẢO"));
  // A draft: numbered and dated when the UBND signs.
  expect(qd).toContain(gon("Số: ……/QĐ-UBND"));
  expect(qd).toContain(gon("Công nhận 4 đơn vị đạt “Đơn vị học tập” cấp huyện năm 2025, gồm: 2 đơn vị đạt mức độ 2 và 2 đơn vị đạt mức độ 1"));
  expect(qd).toContain(gon("Tờ trình số 12/TTr-PGDĐT ngày 07/02/2026"));
  expect(qd).toContain(gon("Xét đề nghị của Trưởng phòng Giáo dục và Đào tạo huyện Gia Lâm"));
});

test("a reply to each failing unit, with every reason and the council's note", () => {
  const leLoi = tuTrang("Kính gửi: Trường THCS Lê Lợi.");
  const may = tuTrang("Kính gửi: Công ty May Hồ Gươm.");
  const text = (p: number) => trang(p) + trang(p + 1);
  expect(text(leLoi)).toContain(gon("Chỉ tiêu 2.1"));
  expect(text(leLoi)).toContain(gon("Tỷ lệ thành viên 40,00% dưới 90% (mức độ 1)"));
  expect(text(leLoi)).toContain(gon("Ý kiến của Hội đồng: Tỷ lệ thành viên tuân thủ kỷ luật lao động chưa đạt 90%."));
  expect(text(may)).toContain(gon("Chỉ tiêu 3.1"));
  expect(text(may)).toContain(gon("đơn vị tự đánh giá “Đạt mức độ 2”"));
  expect(text(may)).toContain(gon("Minh chứng chỉ tiêu 3.1 không khớp số liệu."));
  expect(text(may)).toContain(gon("TRƯỞNG PHÒNG"));
  expect(text(may)).toContain(gon("Nguyễn Văn An"));
  // Asked to move up too early: told so, and that it keeps its recognition.
  const sonCa = tuTrang("Kính gửi: Trường Mầm non Sơn Ca.");
  expect(text(sonCa)).toContain(gon("Đề nghị công nhận nâng mức độ 2 khi chưa đủ 12 tháng kể từ ngày được công nhận"));
  expect(text(sonCa)).toContain(gon("Đơn vị tiếp tục giữ kết quả công nhận Đạt mức độ 1 (Quyết định số 80/QĐ-UBND ngày 15/01/2025), còn hiệu lực đến 31/12/2028."));
  // Passing units get no reply.
  expect(cacTrang(pdf).some((p) => trang(p).includes(gon("Kính gửi: Trường Mầm non Hoa Sen.")))).toBe(false);
});

test("the Báo cáo thẩm định counts receipts, late and duplicate dossiers, results by type, and names who falls short", () => {
  const p = tuTrang("BÁO CÁO THẨM ĐỊNH");
  const bc = trang(p) + trang(p + 1) + trang(p + 2);
  expect(bc).toContain(gon("Tổng số hồ sơ đã nhận: 8 (trong đó 1 hồ sơ nộp lại: chỉ xét hồ sơ nhận sau cùng của mỗi đơn vị). Số hồ sơ được xét: 7, của 7 đơn vị"));
  expect(bc).toContain(gon("nộp muộn: 2 (Trường Tiểu học Bình Minh, Trường Tiểu học Kim Đồng)"));
  expect(bc).toContain(gon("Hội đồng đã thẩm định 7/7 hồ sơ"));
  expect(bc).toContain(gon("III. CÁC ĐƠN VỊ CHƯA ĐỦ ĐIỀU KIỆN CÔNG NHẬN VÀ LÝ DO"));
  expect(bc).toContain(gon("quyết định công nhận 4 đơn vị"));
  expect(bc).toContain(gon("Nguyễn Thị Hồng"));
});

test("with last year's register: who asks to move up in time and who too early, and the change from last year", () => {
  const p = tuTrang("BÁO CÁO THẨM ĐỊNH");
  const bc = trang(p) + trang(p + 1);
  // Recognised at mức độ 1 on 15/01/2025: asking mức độ 2 on 20/01/2026 is in time, on 10/01/2026 too early.
  expect(bc).toContain(gon("Đối chiếu với Sổ Hội đồng năm 2024"));
  expect(bc).toContain(gon("đề nghị công nhận nâng mức độ, đủ thời gian 12 tháng: 1 (Trường Tiểu học Kim Đồng)"));
  expect(bc).toContain(gon("đề nghị nâng mức độ khi chưa đủ 12 tháng kể từ ngày được công nhận: 1 (Trường Mầm non Sơn Ca)"));
  const bth = trang(tuTrang("của Trường Mầm non Sơn Ca")) + trang(tuTrang("của Trường Mầm non Sơn Ca") + 1);
  expect(bth).toContain(gon("Lịch sử công nhận:"));
  const nam = tuTrang("Kết quả đánh giá, công nhận “Đơn vị học tập” cấp huyện năm 2025");
  const bcn = trang(nam) + trang(nam + 1);
  expect(bcn).toContain(gon("3. So sánh với năm 2024"));
  // 2024: Sơn Ca (mầm non) and Kim Đồng (phổ thông); recognised in 2025: Hoa Sen, Kim Đồng, Bình Minh, the TT22 school.
  expect(bcn).toMatch(/Tổngcộng24\+2/);
});

test("the register keeps the documents' fields across a run, and holds the documents as sheets", async () => {
  expect(runDvht(["tong-hop", join(dir, "lan1"), "--out", so, "--ngay-nhan", "2026-02-08"]).code).toBe(0);
  const doc = await moSoHoiDong(so);
  expect(doc.thongTinVanBan).toMatchObject({ kyHieu: "PGDĐT", diaDanh: "Gia Lâm", soToTrinh: "12", ngayToTrinh: "07/02/2026" });
  const wb = await moSo(so);
  const ten = wb.worksheets.map((w) => w.name);
  for (const t of [SO_HOI_DONG.thongTin, ...TEN_VAN_BAN_HOI_DONG, "BTH HS-0001", "Trả lời HS-0003"]) expect(ten).toContain(t);
});

test("tong-hop --json gives the decision's list and the replies with their reasons, as printed", () => {
  const r = runDvht(["tong-hop", join(dir, "lan1"), "--out", so, "--ngay-nhan", "2026-02-08", "--json"]);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.stdout) as { congNhan: Record<string, { ma: string; mucCongNhan: string }[]>; khongDat: { ma: string; lyDo: string[]; yKienHoiDong: string }[]; thongTinVanBan: Record<string, string> };
  expect(j.congNhan.mucDo2.map((d) => d.ma)).toEqual(["HS-0001", "HS-0007"]);
  expect(j.congNhan.mucDo1.map((d) => d.mucCongNhan)).toEqual(["Mức độ 1 (xếp loại Khá)", "Mức độ 1"]);
  expect(j.khongDat.map((d) => d.ma)).toEqual(["HS-0003", "HS-0004", "HS-0005"]);
  expect(j.khongDat[0].lyDo[0]).toMatch(/^Chỉ tiêu 2\.1 /);
  expect(j.khongDat[1].yKienHoiDong).toBe("Minh chứng chỉ tiêu 3.1 không khớp số liệu.");
  expect(j.thongTinVanBan.kyHieu).toBe("PGDĐT");
});

test("--don-vi prints one unit's Bản tổng hợp and reply; an unknown unit is named and nothing is printed", () => {
  const mot = join(dir, "le-loi.pdf");
  const r = runDvht(["in", so, "--pdf", mot, "--don-vi", "trường thcs  lê lợi"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`Đã in ${mot}: BTH HS-0003; Trả lời HS-0003.\n`);
  const dat = runDvht(["in", so, "--pdf", join(dir, "hoa-sen.pdf"), "--don-vi", "HS-0001"]);
  expect(dat.stdout).toContain("BTH HS-0001.");
  const khong = join(dir, "khong.pdf");
  const sai = runDvht(["in", so, "--pdf", khong, "--don-vi", "Trường Không Có"]);
  expect(sai.code).toBe(2);
  expect(sai.stderr).toContain("--don-vi “Trường Không Có”");
  expect(existsSync(khong)).toBe(false);
});

test("while a unit is unreviewed the Báo cáo thẩm định is a draft and stderr says which", async () => {
  const so2 = join(dir, "so-chua-xong.xlsx");
  copyFileSync(so, so2);
  await ghiThamDinh(so2, "HS-0006", "");
  const pdf2 = join(dir, "chua-xong.pdf");
  const r = runDvht(["in", so2, "--pdf", pdf2]);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("Còn 1 hồ sơ chưa thẩm định (HS-0006)");
  const p = trangBatDau(pdf2, "BÁO CÁO THẨM ĐỊNH")!;
  expect(gon(vanBanTrang(pdf2, p))).toContain("DỰTHẢO");
  expect(gon(vanBanTrang(pdf2, p))).toContain(gon("còn 1 hồ sơ chưa thẩm định: Trường Tiểu học Bình Minh"));
  // The Tờ trình of an open review is a draft too.
  expect(gon(vanBanTrang(pdf2, trangBatDau(pdf2, "TỜ TRÌNH")!))).toContain("DỰTHẢO");
});
