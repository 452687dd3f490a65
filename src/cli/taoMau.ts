/** `dvht tao-mau`: writes a blank template for a unit, or one filled from a hồ sơ (SPEC §3). */
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { LOAI_DON_VI, RULE_SETS, THONG_BAO, THONG_BAO_CHON, THONG_BAO_LENH, isBoTieuChiId, loaiCuaBo, type HoSo, type LoaiDonVi } from "../rules";
import { buildWorkbookSpec, hoSoTrong } from "../template";
import { renderWorkbook } from "../xlsx/renderWorkbook";
import { writeWorkbookAtomic } from "../xlsx/writeFile";
import { LoiNhap, type CliIo } from "./io";
import { readHoSoJson } from "./readHoSo";
import { apDungDanhSach } from "./rosters";

export interface TaoMauOptions {
  thanhVien?: string;
  nguoiHoc?: string;
  bo?: string;
  loai?: string;
  congLap?: boolean;
  nam?: string;
  ten?: string;
  out?: string;
}

function hoSoTuTuyChon(o: TaoMauOptions): HoSo {
  const loi: string[] = [];
  if (o.bo === undefined) loi.push(`--bo: thiếu bộ tiêu chí (${Object.keys(RULE_SETS).join(", ")})`);
  else if (!isBoTieuChiId(o.bo)) loi.push(`--bo: ${THONG_BAO_CHON.boKhongCo(o.bo, Object.keys(RULE_SETS))}`);
  if (o.loai === undefined) loi.push(`--loai: thiếu loại đơn vị (${LOAI_DON_VI.join(", ")})`);
  else if (!LOAI_DON_VI.includes(o.loai as LoaiDonVi)) loi.push(`--loai: ${THONG_BAO_CHON.loaiKhongHopLe(o.loai, LOAI_DON_VI)}`);
  else if (isBoTieuChiId(o.bo) && !loaiCuaBo(RULE_SETS[o.bo]).includes(o.loai as LoaiDonVi)) loi.push(`--loai: ${THONG_BAO.loaiKhongThuocCap(o.loai as LoaiDonVi, RULE_SETS[o.bo])}`);
  let nam: number | undefined;
  if (o.nam !== undefined) {
    nam = Number(o.nam);
    if (!Number.isInteger(nam) || nam < 2000 || nam > 2100) loi.push(`--nam: năm đánh giá "${o.nam}" phải là số nguyên từ 2000 đến 2100`);
  }
  if (loi.length) throw new LoiNhap(loi);
  const donVi = { loai: o.loai as LoaiDonVi, congLap: o.congLap === true, ...(o.ten?.trim() ? { ten: o.ten.trim() } : {}) };
  return hoSoTrong(o.bo as HoSo["boTieuChi"], donVi, nam);
}

function kiemTraOut(out: string | undefined): string {
  if (!out) throw new LoiNhap(["--out: thiếu tệp kết quả (ví dụ --out mau.xlsx)"]);
  if (!/\.xlsx$/i.test(out)) throw new LoiNhap([`--out: tệp kết quả "${out}" phải có đuôi .xlsx`]);
  const dir = dirname(resolve(out));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new LoiNhap([`--out: thư mục "${dir}" không tồn tại`]);
  return out;
}

export async function runTaoMau(positionals: string[], o: TaoMauOptions, io: CliIo): Promise<void> {
  if (positionals.length > 1) throw new LoiNhap([THONG_BAO_LENH.motTepMoiLan("hồ sơ")]);
  if (positionals.length === 1 && (o.bo || o.loai || o.congLap || o.nam || o.ten)) {
    throw new LoiNhap(["dùng hoặc <hoso.json>, hoặc --bo/--loai/--cong-lap/--nam/--ten, không dùng cả hai"]);
  }
  const nhap = positionals.length === 1 ? readHoSoJson(positionals[0]) : hoSoTuTuyChon(o);
  const out = kiemTraOut(o.out);
  // Rosters: every problem of both files first; nothing is written unless all of them read.
  const { hoSo, danhSach, canhBao, ghiChu } = await apDungDanhSach(nhap, { thanhVien: o.thanhVien, nguoiHoc: o.nguoiHoc });
  const wb = await renderWorkbook(buildWorkbookSpec(hoSo, "cong-thuc-goc", danhSach));
  await writeWorkbookAtomic(wb, out);
  for (const c of canhBao) io.err(`Cảnh báo: ${c}\n`);
  const ds = [danhSach.thanhVien && `${danhSach.thanhVien.nguoi.length} thành viên`, danhSach.nguoiHoc && `${danhSach.nguoiHoc.nguoi.length} người học`].filter(Boolean);
  io.out(`Đã tạo ${out} — ${RULE_SETS[hoSo.boTieuChi].ten}, loại đơn vị ${hoSo.donVi.loai}${ds.length ? `, ${ds.join(", ")}` : ""}.\n`);
  // What the roster reader did (columns not used, blanks taken as Không, which indicators it counted): never silent.
  for (const c of ghiChu) io.out(`Ghi chú: ${c}\n`);
}
