/**
 * The council's documents (issue 17, item 2): for a batch with passing, failing, late and duplicate units, `dvht in
 * <sổ hội đồng> --pdf` prints every document in order; a passing unit is in the Quyết định's list at the council's
 * level, a failing one nowhere and with its reply naming every reason; `--don-vi` prints one unit's documents.
 */
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { TRUONG_VAN_BAN_HOI_DONG } from "../../src/rules";
import { canLibreOffice } from "../xlsx/libreOfficeHelpers";
import { cacTrang, gon, moPdf, soTrangIn, vanBanTrang } from "../helpers/pdf";
import { HOI_DONG_HOP_LE, datHuyen, ghiHoiDongDanhGia, ghiQuyetDinh, ghiThamDinh, ghiThongTinVanBan, khongDatHuyen, taoSo } from "./registerHelpers";
import { runDvht, tempDir } from "./processHelpers";

const dir = process.env.DVHT_GIU_THU_MUC ?? tempDir();
const nhan = (khoa: string) => TRUONG_VAN_BAN_HOI_DONG.find((t) => t.khoa === khoa)!.nhan;
const so = join(dir, "so-hoi-dong.xlsx");
const pdf = join(dir, "van-ban.pdf");
let inRa: ReturnType<typeof runDvht>;

beforeAll(async () => {
  canLibreOffice();
  mkdirSync(join(dir, "lan1"), { recursive: true });
  mkdirSync(join(dir, "lan2"), { recursive: true });
  taoSo(dir, "lan1/hoa-sen.xlsx", datHuyen("Trường Mầm non Hoa Sen", "mam-non"));
  const kimDong = taoSo(dir, "lan1/kim-dong.xlsx", datHuyen("Trường Tiểu học Kim Đồng"));
  taoSo(dir, "lan1/may-ho-guom.xlsx", datHuyen("Công ty May Hồ Gươm", "kinh-te"));
  taoSo(dir, "lan1/le-loi.xlsx", khongDatHuyen("Trường THCS Lê Lợi"));
  // Received after 15/01: late; Kim Đồng sent its dossier again.
  taoSo(dir, "lan2/binh-minh.xlsx", datHuyen("Trường Tiểu học Bình Minh"));
  copyFileSync(kimDong, join(dir, "lan2/kim-dong-gui-lai.xlsx"));
  expect(runDvht(["tong-hop", join(dir, "lan1"), "--out", so, "--ngay-nhan", "2026-01-10", "--nam", "2025"]).code).toBe(0);
  expect(runDvht(["tong-hop", join(dir, "lan2"), "--out", so, "--ngay-nhan", "2026-01-20"]).code).toBe(0);
  // HS-0001 Hoa Sen, HS-0002 Kim Đồng, HS-0003 Lê Lợi, HS-0004 May Hồ Gươm (files in name order); then HS-0005 Bình Minh, HS-0006 Kim Đồng again.
  await ghiThamDinh(so, "HS-0001", "Đạt mức độ 2", { nguoi: "Lê Văn Nam", ngay: "05/02/2026" });
  await ghiThamDinh(so, "HS-0006", "Đạt mức độ 1", { nguoi: "Lê Văn Nam", ngay: "05/02/2026" });
  await ghiThamDinh(so, "HS-0003", (id) => (id === "2.1" ? "Không đạt" : "Đạt mức độ 1"), { ghiChu: "Tỷ lệ viên chức hoàn thành bồi dưỡng chưa đạt 50%.", nguoi: "Lê Văn Nam", ngay: "05/02/2026" });
  await ghiThamDinh(so, "HS-0004", (id) => (id === "3.1" ? "Không đạt" : "Đạt mức độ 1"), { ghiChu: "Minh chứng chỉ tiêu 3.1 không khớp số liệu.", nguoi: "Lê Văn Nam", ngay: "05/02/2026" });
  await ghiThamDinh(so, "HS-0005", "Đạt mức độ 1", { nguoi: "Lê Văn Nam", ngay: "05/02/2026" });
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

test("every document, in order, from the register as typed", () => {
  expect(inRa.stderr).toBe("");
  expect(inRa.code).toBe(0);
  expect(inRa.stdout).toContain("BTH HS-0001; BTH HS-0003; BTH HS-0004; BTH HS-0005; BTH HS-0006; Báo cáo thẩm định; Trả lời HS-0003; Trả lời HS-0004; Tờ trình công nhận; Dự thảo Quyết định; Danh sách công nhận; Báo cáo kết quả năm");
  expect(existsSync(pdf)).toBe(true);
});
