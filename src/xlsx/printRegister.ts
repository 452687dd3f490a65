/**
 * `dvht in <sổ hội đồng.xlsx> --pdf`: the council's documents printed through LibreOffice, drawn again from what the
 * register holds now (the verdicts, the decision and the fields as typed, even when typed after the last
 * `tong-hop`), on a copy: the register itself is not touched. Order: the Hội đồng đánh giá's list, each unit's Bản
 * tổng hợp, the Báo cáo thẩm định, the replies, the Tờ trình, the Dự thảo Quyết định and its list, the yearly report.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { THONG_BAO_SO, canhBaoHoiDongDanhGia, homNayLocal, kiemTraHoiDongDanhGia, type NgayThang } from "../rules";
import { SO_HOI_DONG, sheetVanBanDonVi, sheetVanBanHoiDong } from "../template";
import { timLibreOffice } from "./libreOffice";
import { LoiSo } from "./openWorkbook";
import { moSoHoiDong } from "./register";
import { capNhatBanNhan } from "./registerCore";
import { renderWorkbook } from "./renderWorkbook";
import { GoiZip, giaiNenNenTang } from "./zipParts";
import { ThieuLibreOffice, boMauNen, inPdf, type KetQuaIn } from "./printDossier";

/** A register has its hidden received-data sheet: told from the package's sheet list, without reading the cells. */
export async function laTepSoHoiDong(file: string): Promise<boolean> {
  try {
    const zip = new GoiZip(readFileSync(file));
    const wb = await zip.bytesCua("xl/workbook.xml", giaiNenNenTang);
    return wb !== undefined && new TextDecoder().decode(wb).includes(`name="${SO_HOI_DONG.duLieu}"`);
  } catch {
    return false;
  }
}

export const THONG_BAO_IN_SO = {
  khongCoDonVi: (donVi: string) =>
    `--don-vi “${donVi}”: không có đơn vị nào có tên hoặc mã hồ sơ này mà Hội đồng đã thẩm định xong (xem sheet “${SO_HOI_DONG.thamDinh}”; đơn vị trùng, khác năm hoặc khác cấp không có văn bản)`,
  conChuaThamDinh: (ds: readonly string[]) => `Còn ${ds.length} hồ sơ chưa thẩm định (${ds.length > 20 ? `${ds.slice(0, 20).join(", ")}, …` : ds.join(", ")}): Báo cáo thẩm định và Báo cáo năm in có chữ “DỰ THẢO”`,
} as const;

export async function inSoHoiDong(file: string, pdf: string, o: { donVi?: string; homNay?: NgayThang } = {}): Promise<KetQuaIn> {
  const daCo = await moSoHoiDong(file);
  const homNay = o.homNay ?? homNayLocal();
  // No new receipt: the register as recorded, with what the council typed since the last run.
  const { so } = capNhatBanNhan(daCo, [], { ngayNhan: homNay, homNay });
  const tt = so.thongTinVanBan ?? {};
  const sheets = o.donVi !== undefined ? sheetVanBanDonVi(so, tt, o.donVi) : sheetVanBanHoiDong(so, tt);
  if (!sheets) throw new LoiSo([THONG_BAO_IN_SO.khongCoDonVi(o.donVi!)]);
  if (!timLibreOffice()) throw new ThieuLibreOffice(THONG_BAO_SO.thieuLibreOffice);
  const canhBao = [...daCo.loi, ...so.dong.flatMap((d) => d.thamDinh?.loi ?? []), ...(so.quyetDinh?.loi ?? [])];
  if (o.donVi === undefined) {
    const chua = so.dong.filter((d) => d.tinh && !d.ketLuanHoiDong).map((d) => d.ban.ma);
    if (chua.length) canhBao.push(THONG_BAO_IN_SO.conChuaThamDinh(chua));
    canhBao.push(...kiemTraHoiDongDanhGia(so.hoiDongDanhGia ?? []).map(canhBaoHoiDongDanhGia));
  }
  const wb = await renderWorkbook({ sheets, properties: { title: "Văn bản của Hội đồng đánh giá “Đơn vị học tập”", subject: "dvht", keywords: "dvht-van-ban-hoi-dong", category: "dvht" } });
  wb.eachSheet((ws) => boMauNen(ws));
  const dir = mkdtempSync(join(tmpdir(), "dvht-in-so-"));
  try {
    await inPdf(wb, join(dir, "van-ban.xlsx"), pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { vanBan: sheets.map((s) => s.name), canhBao };
}
