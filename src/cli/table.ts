/** A readable Vietnamese report of an evaluation, for the terminal (SPEC §2 summary, seed 001 section III). */
import {
  TEN_LOAI_DON_VI,
  diemChu,
  getRuleSet,
  phanTram,
  tyLeHienThiTuDem,
  yeuCauChiTieu,
  type DemMucDo,
  type HoSo,
  type KetQuaDanhGia,
  type TyLeDanhGia,
} from "../rules";

function width(text: string): number {
  return [...text.normalize("NFC")].length;
}

function formatTable(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ""))));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell + " ".repeat(widths[c] - width(cell))))
      .join("  ")
      .trimEnd(),
  );
}

function tyLeChu(tyLe: readonly TyLeDanhGia[]): string {
  if (tyLe.length === 0) return "—";
  return tyLe
    .map((t) => {
      const dem = t.soDat !== undefined ? ` (${t.soDat}/${t.tongSo})` : "";
      return `${t.doiTuong === "nguoiHoc" ? "người học " : ""}${phanTram(t.hienThi)}${dem}`;
    })
    .join("; ");
}

function dongTongHop(ten: string, dem: DemMucDo): string[] {
  const tyLe = (n: number) => (dem.apDung > 0 ? phanTram(tyLeHienThiTuDem(n, dem.apDung)) : "—");
  const lines = [
    `- Tổng số ${ten} (áp dụng): ${dem.apDung}`,
    `  + Số ${ten} không đạt: ${dem.khongDat}, tỷ lệ ${tyLe(dem.khongDat)}`,
    `  + Số ${ten} đạt mức độ 1: ${dem.mucDo1}, tỷ lệ ${tyLe(dem.mucDo1)}`,
    `  + Số ${ten} đạt mức độ 2: ${dem.mucDo2}, tỷ lệ ${tyLe(dem.mucDo2)}`,
  ];
  if (dem.chuaDuDuLieu > 0) lines.push(`  + Số ${ten} chưa đủ dữ liệu: ${dem.chuaDuDuLieu}`);
  return lines;
}

export function renderReport(hoSo: HoSo, ketQua: KetQuaDanhGia): string {
  const ruleSet = getRuleSet(hoSo.boTieuChi);
  const dv = hoSo.donVi;
  const congLap = dv.congLap === undefined ? "" : dv.congLap ? ", công lập" : ", ngoài công lập";
  const out: string[] = [
    `ĐÁNH GIÁ ${ruleSet.ten}`,
    `Đơn vị: ${dv.ten ?? "(chưa có tên)"} — ${TEN_LOAI_DON_VI[dv.loai]}${congLap}${hoSo.namDanhGia ? ` — năm ${hoSo.namDanhGia}` : ""}`,
    "",
  ];
  const cham = ruleSet.chamDiem;
  const rows: string[][] = [["Chỉ tiêu", cham ? "Cách cho điểm" : "Yêu cầu (mức 1 / mức 2)", "Tỷ lệ", cham ? "Điểm" : "Xếp loại"]];
  const lyDo: string[][] = [];
  ketQua.chiTieu.forEach((r, i) => {
    rows.push([r.id, r.trangThai === "khong-ap-dung" ? "—" : yeuCauChiTieu(ruleSet.chiTieu[i], dv, "gon"), tyLeChu(r.tyLe), r.xepLoai]);
    lyDo.push([...r.lyDo]);
  });
  formatTable(rows).forEach((line, i) => {
    out.push(line);
    if (i > 0) for (const l of lyDo[i - 1]) out.push(`          · ${l}`);
  });
  out.push("", cham ? "Điểm tiêu chí:" : "Xếp loại tiêu chí:");
  const tcRows = ruleSet.tieuChi.map((tc) => [`Tiêu chí ${tc.id}`, tc.ten, ketQua.tieuChi[tc.id].xepLoai]);
  out.push(...formatTable(tcRows).map((l) => `  ${l}`));
  if (cham) {
    // Seed 004, mục III: the total out of 100 and the class it reaches.
    const kl = ketQua.ketLuan;
    const chuaDu = kl.trangThai === "chua-du-du-lieu" ? ` (mới chấm ${ketQua.tongHop.chiTieu.apDung - ketQua.tongHop.chiTieu.chuaDuDuLieu}/${ketQua.tongHop.chiTieu.apDung} chỉ tiêu)` : "";
    out.push("", `TỔNG ĐIỂM: ${diemChu(kl.diem ?? 0, cham.diemToiDa)}${chuaDu}`);
    out.push("", `* KẾT LUẬN (Xếp loại): ${kl.xepLoai.toLocaleUpperCase("vi")}`);
    return out.join("\n") + "\n";
  }
  out.push("", "TỔNG HỢP", ...dongTongHop("chỉ tiêu", ketQua.tongHop.chiTieu), ...dongTongHop("tiêu chí", ketQua.tongHop.tieuChi));
  out.push("", `* KẾT LUẬN (Đánh giá mức độ đạt được): ${ketQua.ketLuan.xepLoai.toLocaleUpperCase("vi")}`);
  const hd = ketQua.hoiDong;
  if (hd) {
    out.push("", "THẨM ĐỊNH CỦA HỘI ĐỒNG");
    for (const tc of ruleSet.tieuChi) out.push(`  Tiêu chí ${tc.id}: ${hd.tieuChi[tc.id].xepLoai}`);
    const donVi = new Map(ketQua.chiTieu.map((r) => [r.id, r.xepLoai]));
    out.push(`  Số chỉ tiêu Hội đồng đánh giá khác đơn vị: ${hd.khacBiet.length}`);
    for (const id of hd.khacBiet) {
      const c = hd.chiTieu.find((x) => x.id === id)!;
      out.push(`    · ${id}: đơn vị “${donVi.get(id)}”, Hội đồng “${c.xepLoai}”`);
    }
    out.push(`* Hội đồng đánh giá: ${hd.ketLuan.xepLoai.toLocaleUpperCase("vi")}`);
  }
  return out.join("\n") + "\n";
}
