/** Making unit workbooks and typing into a Sổ Hội đồng as a council secretary would (the register's tests share it). */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { CHI_TIEU_THAM_DINH, HDDG, QUYET_DINH, SO_HOI_DONG, THAM_DINH } from "../../src/template";
import type { ThanhVienDanhGia } from "../../src/rules";
import { hoSoDayDu, withChiTieu } from "../helpers/hoSo";
import { moSo } from "./lockHelpers";
import { runDvht, writeTemp } from "./processHelpers";

export type Loai = Parameters<typeof hoSoDayDu>[1];
export const donVi = (ten: string, loai: Loai = "pho-thong", congLap = true) => ({ ten, loai, congLap });
export const datHuyen = (ten: string, loai: Loai = "pho-thong") => ({ ...hoSoDayDu("tt24-huyen", loai), donVi: donVi(ten, loai) });
export const khongDatHuyen = (ten: string) => withChiTieu(datHuyen(ten), "2.1", { soDat: 40, tongSo: 100, minhChung: ["TC2-01"] });

/** A unit's workbook made by `dvht tao-mau` from a hồ sơ, at dir/file. */
export function taoSo(dir: string, file: string, raw: object): string {
  const json = writeTemp(dir, `${file.replace(/[/\\]/g, "-")}.json`, raw);
  const out = join(dir, file);
  expect(runDvht(["tao-mau", json, "--out", out]).code).toBe(0);
  return out;
}

/** Opens a workbook, lets `sua` change it as a script would, saves it. */
export async function suaSo(file: string, sua: (wb: ExcelJS.Workbook) => Promise<void> | void): Promise<void> {
  const wb = await moSo(file);
  await sua(wb);
  await wb.xlsx.writeFile(file);
}

/** Types the council's verdict into the register's “Thẩm định” sheet. */
export async function ghiThamDinh(so: string, ma: string, muc: string | ((id: string) => string), them: { ghiChu?: string; nguoi?: string; ngay?: string; xepLoaiDiem?: string } = {}) {
  await suaSo(so, (wb) => {
    const ws = wb.getWorksheet(SO_HOI_DONG.thamDinh)!;
    ws.eachRow((row) => {
      if (row.getCell(1).value !== ma || row.getCell(3).value !== THAM_DINH.dongHoiDong) return;
      CHI_TIEU_THAM_DINH.forEach((id, j) => {
        const c = row.getCell(4 + j);
        if (c.value !== "—") c.value = typeof muc === "string" ? muc : muc(id);
      });
      const n = CHI_TIEU_THAM_DINH.length;
      if (them.xepLoaiDiem) row.getCell(4 + n).value = them.xepLoaiDiem;
      if (them.ghiChu) row.getCell(5 + n).value = them.ghiChu;
      if (them.nguoi) row.getCell(6 + n).value = them.nguoi;
      if (them.ngay) row.getCell(7 + n).value = them.ngay;
    });
  });
}

/** Types the Quyết định công nhận's number and date next to their labels on “Tổng hợp”. */
export async function ghiQuyetDinh(so: string, soQd: string, ngay: string | Date) {
  await suaSo(so, (wb) => {
    wb.getWorksheet(SO_HOI_DONG.tong)!.eachRow((row) => {
      if (row.getCell(1).value === QUYET_DINH.so) row.getCell(2).value = soQd;
      if (row.getCell(1).value === QUYET_DINH.ngay) row.getCell(2).value = ngay;
    });
  });
}

/** Types the Hội đồng đánh giá's members (rows from the first member row). */
export async function ghiHoiDongDanhGia(so: string, ds: readonly ThanhVienDanhGia[]) {
  await suaSo(so, (wb) => {
    const ws = wb.getWorksheet(SO_HOI_DONG.hoiDong)!;
    ds.forEach((t, i) => ["B", "C", "D", "E"].forEach((c, j) => (ws.getCell(`${c}${HDDG.dongDau + i}`).value = [t.hoTen, t.chucVu, t.nhiemVu, t.daiDien][j])));
  });
}

/** Types the fields of the council's documents next to their labels on “Thông tin văn bản”. */
export async function ghiThongTinVanBan(so: string, theoNhan: Record<string, string | Date>) {
  await suaSo(so, (wb) => {
    wb.getWorksheet(SO_HOI_DONG.thongTin)!.eachRow((row) => {
      const nhan = String(row.getCell(1).value ?? "");
      if (nhan in theoNhan) row.getCell(2).value = theoNhan[nhan];
    });
  });
}

/** A council that meets SPEC §2: chủ tịch from the Phòng, a thư ký, the three bodies represented, five members. */
export const HOI_DONG_HOP_LE: ThanhVienDanhGia[] = [
  { hoTen: "Nguyễn Thị Hồng", chucVu: "Phó Trưởng phòng GD&ĐT", nhiemVu: "Chủ tịch Hội đồng", daiDien: "Phòng/Sở Giáo dục và Đào tạo" },
  { hoTen: "Lê Văn Nam", chucVu: "Chuyên viên Phòng GD&ĐT", nhiemVu: "Thư ký", daiDien: "Phòng/Sở Giáo dục và Đào tạo" },
  { hoTen: "Trần Minh Đức", chucVu: "Phó Trưởng phòng Nội vụ", nhiemVu: "Ủy viên", daiDien: "Cơ quan chuyên môn khác thuộc UBND" },
  { hoTen: "Phạm Thu Hà", chucVu: "Phó Chủ tịch Hội Khuyến học huyện", nhiemVu: "Ủy viên", daiDien: "Hội khuyến học" },
  { hoTen: "Đỗ Quang Vinh", chucVu: "Phó Chủ tịch Liên đoàn Lao động huyện", nhiemVu: "Ủy viên", daiDien: "Tổ chức chính trị - xã hội" },
];
