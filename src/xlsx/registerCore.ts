/**
 * Updating the council's register with what was read today: new files are received (numbered, dated), known ones
 * re-checked against what was received, and everything already recorded is kept. Browser-safe: the CLI and the
 * pane update a register with the same code.
 */
import { isoTuNgay, lapSo, type BanNhan, type Cap, type LichRieng, type NgayThang, type QuyetDinhCongNhan, type SoHoiDong, type SoNamTruoc, type ThamDinh, type ThanhVienDanhGia, type ThongTinVanBanHoiDong } from "../rules";
import type { GiaTriO } from "../template";
import { khacKhiNhan, type BanDoc, type TepLoi } from "./consolidateCore";
import type ExcelJS from "exceljs";
import { giaTriO } from "./openWorkbook";

export interface TuyChonNhan {
  ngayNhan: NgayThang;
  /** The day of this run (re-checks are dated with it). */
  homNay: NgayThang;
  nam?: number;
  cap?: Cap;
  /** Receive known files again as new receipts (a unit's corrected dossier), instead of re-checking them. */
  nhanLai?: boolean;
  /** The province's deadlines for this run and, kept in the register, the later ones (`--lich`). */
  lichRieng?: LichRieng;
  /** Last year's register (`--truoc`): replaces the one the register keeps. */
  truoc?: SoNamTruoc;
}

export interface KetQuaCapNhat {
  so: SoHoiDong;
  loi: TepLoi[];
  moi: number;
  kiemTraLai: number;
}

const soMa = (ma: string) => Number(/(\d+)$/.exec(ma)?.[1] ?? 0);

export function capNhatBanNhan(
  daCo: {
    bans: BanNhan[];
    thamDinh: Map<string, ThamDinh>;
    chon?: SoHoiDong["chon"];
    hoiDongDanhGia?: ThanhVienDanhGia[];
    quyetDinh?: QuyetDinhCongNhan;
    lichRieng?: LichRieng;
    thongTinVanBan?: ThongTinVanBanHoiDong;
    truoc?: SoNamTruoc;
  },
  docDuoc: readonly (BanDoc | TepLoi)[],
  o: TuyChonNhan,
): KetQuaCapNhat {
  const bans = [...daCo.bans];
  let so = Math.max(0, ...bans.map((b) => soMa(b.ma)));
  const loi: TepLoi[] = [];
  let moi = 0;
  let kiemTraLai = 0;
  const homNay = isoTuNgay(o.homNay);
  for (const r of docDuoc) {
    // The receipt of this file the council holds last: a file is re-checked against what was received.
    const cu = [...bans].reverse().find((b) => b.tep === r.tep);
    if ("lyDo" in r) {
      if (cu) {
        bans[bans.indexOf(cu)] = { ...cu, kiemTraLai: { ngay: homNay, thayDoi: [], loi: r.lyDo } };
        kiemTraLai++;
      } else loi.push(r);
      continue;
    }
    if (cu && !o.nhanLai) {
      bans[bans.indexOf(cu)] = { ...cu, kiemTraLai: { ngay: homNay, thayDoi: cu.vanTay === r.vanTay ? [] : khacKhiNhan(cu, r) } };
      kiemTraLai++;
      continue;
    }
    so++;
    bans.push({ ...r, ma: `HS-${String(so).padStart(4, "0")}`, ngayNhan: isoTuNgay(o.ngayNhan) });
    moi++;
  }
  // The decision typed on “Tổng hợp”, the province's deadlines and last year's register are carried as read.
  const soMoi = lapSo(
    bans,
    daCo.thamDinh,
    { nam: o.nam ?? daCo.chon?.nam, cap: o.cap ?? daCo.chon?.cap },
    { quyetDinh: daCo.quyetDinh, lichRieng: o.lichRieng ?? daCo.lichRieng, homNay: o.homNay, truoc: o.truoc ?? daCo.truoc },
  );
  // The council's members are the council's typing: carried to the next rendering as read.
  return { so: { ...soMoi, hoiDongDanhGia: daCo.hoiDongDanhGia ?? [], thongTinVanBan: daCo.thongTinVanBan ?? {} }, loi, moi, kiemTraLai };
}

/** A worksheet's values as a grid (for docSoHoiDong), through the converter every reader uses. */
export function bangTuExcelJs(ws: ExcelJS.Worksheet | undefined): GiaTriO[][] | undefined {
  if (!ws) return undefined;
  const grid: GiaTriO[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: GiaTriO[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => (cells[c - 1] = giaTriO(cell)));
    grid[r - 1] = Array.from(cells, (v) => v ?? null);
  });
  return Array.from(grid, (row) => row ?? []);
}
