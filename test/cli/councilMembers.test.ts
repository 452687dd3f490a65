/**
 * The Hội đồng đánh giá listed in the Sổ Hội đồng (issue 17, item 1): `dvht tong-hop` creates the sheet, keeps what
 * the council typed across runs, warns of the membership problems on stderr (exit 0) and gives them under
 * `hoiDongDanhGia` in --json; LibreOffice, recalculating the sheet's own formulas, reaches the same verdict.
 */
import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { HOP_LE_HOI_DONG_DANH_GIA, LOI_HOI_DONG_DANH_GIA, canhBaoHoiDongDanhGia, kiemTraHoiDongDanhGia, type ThanhVienDanhGia } from "../../src/rules";
import { HDDG, SO_HOI_DONG } from "../../src/template";
import { hoSoDayDu } from "../helpers/hoSo";
import { SEED_000 } from "../helpers/seeds";
import { canLibreOffice, thuMucTam, tinhLai } from "../xlsx/libreOfficeHelpers";
import { runDvht, tempDir, writeTemp } from "./processHelpers";

const dir = tempDir();
const don = join(dir, "don-vi");
mkdirSync(don, { recursive: true });
const so = join(dir, "so-hoi-dong.xlsx");

const m = (hoTen: string, chucVu: string, nhiemVu: string, daiDien: string): ThanhVienDanhGia => ({ hoTen, chucVu, nhiemVu, daiDien });
/** Four members, no tổ chức chính trị - xã hội: too few, even, one body missing. */
const BON: ThanhVienDanhGia[] = [
  m("Nguyễn Văn An", "Trưởng phòng GD&ĐT", "Chủ tịch Hội đồng", "Phòng/Sở Giáo dục và Đào tạo"),
  m("Trần Thị Bình", "Chuyên viên Phòng GD&ĐT", "Thư ký", "Phòng/Sở Giáo dục và Đào tạo"),
  m("Lê Văn Cường", "Phó Trưởng phòng Nội vụ", "Ủy viên", "Cơ quan chuyên môn khác thuộc UBND"),
  m("Phạm Thị Dung", "Phó Chủ tịch Hội Khuyến học huyện", "Ủy viên", "Hội khuyến học"),
];
const NAM: ThanhVienDanhGia[] = [...BON, m("Hoàng Văn Em", "Phó Chủ tịch Liên đoàn Lao động huyện", "Ủy viên", "Tổ chức chính trị - xã hội")];

async function go(file: string, ds: readonly ThanhVienDanhGia[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SO_HOI_DONG.hoiDong)!;
  for (let i = 0; i < HDDG.soDong; i++) {
    const t = ds[i];
    ["B", "C", "D", "E"].forEach((c, j) => (ws.getCell(`${c}${HDDG.dongDau + i}`).value = t ? [t.hoTen, t.chucVu, t.nhiemVu, t.daiDien][j] : null));
  }
  await wb.xlsx.writeFile(file);
}

async function docDanhSach(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SO_HOI_DONG.hoiDong)!;
  return Array.from({ length: 5 }, (_, i) => ["B", "C", "D", "E"].map((c) => String(ws.getCell(`${c}${HDDG.dongDau + i}`).value ?? "")));
}

/** The value of the “Kiểm tra:” cell (D of the row labelled so). */
async function ketQuaKiemTra(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SO_HOI_DONG.hoiDong)!;
  let r = 0;
  ws.eachRow((row, i) => {
    if (row.getCell(1).value === "Kiểm tra:") r = i;
  });
  const v = ws.getCell(`D${r}`).value as ExcelJS.CellFormulaValue | string;
  return String(typeof v === "object" && v && "result" in v ? v.result : v);
}

type Json = { hoiDongDanhGia: { thanhVien: ThanhVienDanhGia[]; vanDe: string[] } };
const tongHop = (json: boolean) => runDvht(["tong-hop", don, "--out", so, "--ngay-nhan", "2025-01-10", ...(json ? ["--json"] : [])]);

beforeAll(() => {
  const raw = writeTemp(dir, "dv.json", { ...hoSoDayDu("tt24-huyen", "pho-thong"), donVi: { ten: "Trường TH Kim Đồng", loai: "pho-thong", congLap: true } });
  expect(runDvht(["tao-mau", raw, "--out", join(don, "kim-dong.xlsx")]).code).toBe(0);
});

test("a new register has the sheet; the missing list is said once on stderr, exit 0", () => {
  const r = tongHop(false);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe(`${canhBaoHoiDongDanhGia(LOI_HOI_DONG_DANH_GIA.chuaLap)}\n`);
  const j = JSON.parse(tongHop(true).stdout) as Json;
  expect(j.hoiDongDanhGia).toEqual({ thanhVien: [], vanDe: [LOI_HOI_DONG_DANH_GIA.chuaLap] });
});

test(`four members typed are kept across runs and warned of (“${SEED_000.hoiDongCapHuyen}”)`, async () => {
  await go(so, BON);
  const r = tongHop(false);
  expect(r.code).toBe(0);
  const vanDe = [LOI_HOI_DONG_DANH_GIA.toiThieu(4), LOI_HOI_DONG_DANH_GIA.soLe(4), LOI_HOI_DONG_DANH_GIA.thieuDaiDien("chinh-tri-xa-hoi")];
  expect(kiemTraHoiDongDanhGia(BON)).toEqual(vanDe);
  expect(r.stderr).toBe(vanDe.map((v) => `${canhBaoHoiDongDanhGia(v)}\n`).join(""));
  const j = JSON.parse(tongHop(true).stdout) as Json;
  expect(j.hoiDongDanhGia).toEqual({ thanhVien: BON, vanDe });
  // Two more runs later, the typing is still on the sheet, and the check cell holds the same verdict.
  expect((await docDanhSach(so)).slice(0, 4)).toEqual(BON.map((t) => [t.hoTen, t.chucVu, t.nhiemVu, t.daiDien]));
  expect(await ketQuaKiemTra(so)).toBe(vanDe.join("; "));
});

test("a fifth member from the Liên đoàn Lao động: valid, no warning", async () => {
  await go(so, NAM);
  const r = tongHop(false);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
  expect((JSON.parse(tongHop(true).stdout) as Json).hoiDongDanhGia).toEqual({ thanhVien: NAM, vanDe: [] });
  expect(await ketQuaKiemTra(so)).toBe(HOP_LE_HOI_DONG_DANH_GIA);
});

test("LibreOffice, recalculating what the council typed, agrees with the CLI on invalid councils and a valid one", async () => {
  canLibreOffice();
  const tam = thuMucTam("hddg");
  const vao = join(tam, "vao");
  mkdirSync(vao);
  const tep = [join(vao, "bon.xlsx"), join(vao, "nam.xlsx"), join(vao, "hop-le.xlsx")];
  // Typed after the last run: the cached results are stale, only a recalculation gives the verdict.
  copyFileSync(so, tep[0]);
  await go(tep[0], BON);
  // Five members again, but the Nội vụ member typed as a second chủ tịch.
  copyFileSync(so, tep[1]);
  await go(tep[1], [...NAM.slice(0, 2), { ...NAM[2], nhiemVu: "Chủ tịch" }, ...NAM.slice(3)]);
  // Valid, typed over a register the CLI wrote with the four members (its cached verdict invalid).
  await go(so, BON);
  expect(tongHop(false).code).toBe(0);
  expect(await ketQuaKiemTra(so)).not.toBe(HOP_LE_HOI_DONG_DANH_GIA);
  copyFileSync(so, tep[2]);
  await go(tep[2], NAM);
  const ra = tinhLai(tep, join(tam, "ra"));
  expect(await ketQuaKiemTra(ra[2])).toBe(HOP_LE_HOI_DONG_DANH_GIA);
  expect(await ketQuaKiemTra(ra[0])).toBe(kiemTraHoiDongDanhGia(BON).join("; "));
  expect(await ketQuaKiemTra(ra[1])).toBe(LOI_HOI_DONG_DANH_GIA.chuTich(2));
  // And the CLI, reading the same typing, says the same.
  copyFileSync(tep[1], so);
  expect((JSON.parse(tongHop(true).stdout) as Json).hoiDongDanhGia.vanDe.join("; ")).toBe(await ketQuaKiemTra(ra[1]));
});
