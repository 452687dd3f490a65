/**
 * The council view of the pane, opened on a Sổ Hội đồng: a summary of the register, its totals, the receipts
 * filtered by status (each selecting its “Hội đồng” row in the sheet “Thẩm định”), and the problems of what the
 * council typed. Plain data in (what docSoMo read), text only out: a unit's name is never taken for markup.
 */
import { HANG_TONG, TEN_CAP, TRANG_THAI_SO, type DongSo, type HanNam, type LichRieng, type SoHoiDong } from "../rules";
import { SO_HOI_DONG } from "../template";
import type { SoHoiDongMo } from "./consolidateInPane";

/** The filter: every receipt, or those of one status (TRANG_THAI_SO's keys). */
export type LocSo = "tatCa" | keyof typeof TRANG_THAI_SO;
const TAT_CA = "Tất cả";

/** What the council view says about the council's documents and the province's calendar. */
export const THONG_BAO_SO_PANE = {
  dangLapVanBan: "Đang lập lại Sổ Hội đồng và các văn bản của Hội đồng…",
  daLapVanBan: (vanBan: readonly string[]) =>
    vanBan.length
      ? `Đã lập / cập nhật ${vanBan.length} văn bản của Hội đồng từ những gì đã ghi trong sổ; đang mở sheet “${vanBan[0]}”.`
      : "Đã lập lại Sổ Hội đồng từ những gì đã ghi trong sổ; chưa có văn bản nào của Hội đồng.",
  khongLapDuoc: (loi: string) => `Không lập được văn bản Hội đồng: ${loi}`,
  chuaCoVanBan: "Chưa có văn bản nào của Hội đồng trong sổ: bấm “Lập / cập nhật văn bản Hội đồng”.",
  chuaChonLich: "Hãy chọn tệp lịch riêng (.json).",
  dangApDungLich: (tep: string) => `Đang lập lại Sổ Hội đồng theo lịch riêng ${tep}…`,
  lichSai: (tep: string, n: number) => `Chưa dùng lịch riêng ${tep}: ${n} lỗi cần sửa (xem dưới). Sổ không bị thay đổi.`,
  daApDungLich: (tep: string) => `Đã lập lại Sổ Hội đồng theo lịch riêng ${tep}; sổ giữ lịch này cho các lần sau.`,
  khongApDungLich: (loi: string) => `Không áp dụng được lịch riêng: ${loi}`,
  lichTheoThongTu: "Sổ đang dùng các hạn của Thông tư (không có lịch riêng của địa phương).",
  lichDangDung: (moTa: string) => `Sổ đang dùng lịch riêng của địa phương: ${moTa}.`,
};

const TEN_HAN: Readonly<Record<Exclude<keyof LichRieng, "hanNopBaoGom">, string>> = {
  hanNop: "hạn nộp hồ sơ",
  hanCongNhan: "hạn ra quyết định công nhận",
  hanBaoCaoSo: "hạn báo cáo Sở",
};

const ngayHan = (h: HanNam) => `${String(h.ngay).padStart(2, "0")}/${String(h.thang).padStart(2, "0")} ${h.namSau === false ? "năm đánh giá" : "năm sau"}`;

/** The province's deadlines kept in the register, in words (“hạn nộp hồ sơ: trước ngày 05/12 năm đánh giá; …”). */
export function moTaLichRieng(lich: LichRieng | undefined): string {
  if (!lich) return THONG_BAO_SO_PANE.lichTheoThongTu;
  const phan = (Object.keys(TEN_HAN) as (keyof typeof TEN_HAN)[]).flatMap((k) => {
    const h = lich[k];
    if (!h) return [];
    const truoc = k === "hanNop" && lich.hanNopBaoGom !== undefined ? (lich.hanNopBaoGom ? "chậm nhất ngày " : "trước ngày ") : "";
    return [`${TEN_HAN[k]}: ${truoc}${ngayHan(h)}`];
  });
  if (!lich.hanNop && lich.hanNopBaoGom !== undefined) phan.push(`hạn nộp ${lich.hanNopBaoGom ? "tính cả" : "không tính"} ngày hạn`);
  return THONG_BAO_SO_PANE.lichDangDung(phan.join("; ") || "không đổi hạn nào");
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

const khoaTrangThai = Object.keys(TRANG_THAI_SO) as (keyof typeof TRANG_THAI_SO)[];

export function laLocSo(v: string): v is LocSo {
  return v === "tatCa" || (khoaTrangThai as string[]).includes(v);
}

export function locDong(so: SoHoiDong, loc: LocSo): DongSo[] {
  return loc === "tatCa" ? so.dong : so.dong.filter((d) => d.trangThai === TRANG_THAI_SO[loc]);
}

/** The filter's choices with their counts (“Trùng (2)”), in TRANG_THAI_SO's order. */
export function luaChonLocSo(so: SoHoiDong): { value: LocSo; text: string }[] {
  return [
    { value: "tatCa" as LocSo, text: `${TAT_CA} (${so.dong.length})` },
    ...khoaTrangThai.map((k) => ({ value: k as LocSo, text: `${TRANG_THAI_SO[k]} (${locDong(so, k).length})` })),
  ];
}

/** One line on the register as a whole: year and cấp of the run, what is counted, what is set apart. */
export function tomTatSo(du: Pick<SoHoiDongMo, "so" | "tepLoi">): string {
  const { so, tepLoi } = du;
  const dem = (k: keyof typeof TRANG_THAI_SO) => locDong(so, k).length;
  const dot = `Năm đánh giá ${so.nam ?? "?"}${so.cap ? `, ${TEN_CAP[so.cap]}` : ""}`;
  return (
    `${dot}: ${so.dong.length} hồ sơ, ${so.tong.soDonVi} đơn vị được tính; ${so.tong.trung} trùng, ${dem("khacNam")} khác năm, ${dem("khacCap")} khác cấp (không tính); ` +
    `${so.tong.thayDoi} đã thay đổi sau khi nhận; ${tepLoi.length} tệp không đọc được${tepLoi.length ? ` (sheet “${SO_HOI_DONG.loi}”)` : ""}.`
  );
}

function bangTong(so: SoHoiDong): HTMLTableRowElement[] {
  const dau = el("tr");
  dau.append(el("th", "Kết quả"), el("th", "Hội đồng", "so"), el("th", "Tự đánh giá", "so"));
  // Only the rows that count something: a points-based class nobody has is noise in a narrow pane.
  const hang = HANG_TONG.filter((h) => (so.tong.hoiDong[h] ?? 0) > 0 || (so.tong.tuDanhGia[h] ?? 0) > 0);
  return [
    dau,
    ...hang.map((h) => {
      const tr = el("tr");
      tr.append(el("td", h), el("td", String(so.tong.hoiDong[h] ?? 0), "so"), el("td", h in so.tong.tuDanhGia ? String(so.tong.tuDanhGia[h]) : "—", "so"));
      return tr;
    }),
  ];
}

const LOP_TRANG_THAI: Readonly<Record<string, string>> = {
  [TRANG_THAI_SO.chuaThamDinh]: "tt-cho",
  [TRANG_THAI_SO.daThamDinh]: "tt-xong",
  [TRANG_THAI_SO.daThayDoi]: "tt-loi",
  [TRANG_THAI_SO.trung]: "tt-rieng",
  [TRANG_THAI_SO.khacNam]: "tt-rieng",
  [TRANG_THAI_SO.khacCap]: "tt-rieng",
};

function dongSo(d: DongSo, o: string | undefined, chonO: (sheet: string, address: string) => void): HTMLLIElement {
  const li = el("li", undefined, "so-dong");
  li.dataset.ma = d.ban.ma;
  const ten = `${d.ban.ma} · ${d.ban.ten}`;
  if (o) {
    const b = el("button", ten, "so-ten");
    b.title = `Đến dòng “Hội đồng” của hồ sơ ${d.ban.ma} ở sheet “${SO_HOI_DONG.thamDinh}” ('${SO_HOI_DONG.thamDinh}'!${o})`;
    b.addEventListener("click", () => chonO(SO_HOI_DONG.thamDinh, o));
    li.append(b);
  } else li.append(el("span", ten, "so-ten"));
  li.append(el("span", d.trangThai, `tt ${LOP_TRANG_THAI[d.trangThai] ?? ""}`));
  const tu = d.ban.tuDanhGia;
  li.append(
    el("div", `Tự đánh giá: ${tu.xepLoai}${tu.tongDiem !== undefined ? ` (${tu.tongDiem} điểm)` : ""}`, "so-muc"),
    el("div", `Hội đồng kết luận: ${d.ketLuanHoiDong || TRANG_THAI_SO.chuaThamDinh}`, "so-muc"),
  );
  if (d.canhBao.length) {
    const ul = el("ul", undefined, "so-canh-bao");
    ul.append(...d.canhBao.map((c) => el("li", c)));
    li.append(ul);
  }
  return li;
}

/** A problem that begins with its cell ('Thẩm định'!E12 …): the cell becomes a link that selects it. */
const O_DAU = /^'((?:[^']|'')+)'!(\$?[A-Z]+\$?\d+)/;

function dongLoi(loi: string, chonO: (sheet: string, address: string) => void): HTMLLIElement {
  const li = el("li");
  const m = O_DAU.exec(loi);
  if (!m) {
    li.append(el("span", loi, "khong-o"));
    return li;
  }
  const b = el("button", m[0]);
  b.addEventListener("click", () => chonO(m[1].replace(/''/g, "'"), m[2]));
  li.append(b, document.createTextNode(loi.slice(m[0].length)));
  return li;
}

/**
 * The council's documents the workbook holds, in print order, each opening its sheet (#so-van-ban). The names are
 * the workbook's, read after the redraw: what is listed is what is there.
 */
export function hienVanBanHoiDong(root: Document, vanBan: readonly string[], chonO: (sheet: string, address: string) => void): void {
  root.getElementById("so-van-ban")!.replaceChildren(
    ...(vanBan.length
      ? vanBan.map((ten) => {
          const li = el("li");
          const b = el("button", ten);
          b.title = `Mở sheet “${ten}”`;
          b.addEventListener("click", () => chonO(ten, "A1"));
          li.append(b);
          return li;
        })
      : [el("li", THONG_BAO_SO_PANE.chuaCoVanBan, "khong-o")]),
  );
}

/** The problems of a refused calendar file (#so-loi-lich), as text; none clears the list. */
export function hienLoiLich(root: Document, loi: readonly string[]): void {
  root.getElementById("so-loi-lich")!.replaceChildren(...loi.map((l) => el("li", l)));
}

/**
 * Draws the council view into #so-tom-tat, #so-tong, #so-danh-sach, #so-loi, #so-van-ban and #so-lich-dang-dung
 * (the filter's choices are the caller's, from luaChonLocSo). `chonO` selects a cell range of the open register.
 */
export function hienSoHoiDong(root: Document, du: SoHoiDongMo, loc: LocSo, chonO: (sheet: string, address: string) => void): void {
  root.getElementById("so-tom-tat")!.textContent = tomTatSo(du);
  root.getElementById("so-tong")!.replaceChildren(...(du.so.dong.length ? bangTong(du.so) : []));
  const ds = root.getElementById("so-danh-sach")!;
  const dong = locDong(du.so, loc);
  if (dong.length === 0) {
    ds.replaceChildren(el("li", du.so.dong.length ? `Không có hồ sơ nào ở trạng thái “${loc === "tatCa" ? TAT_CA : TRANG_THAI_SO[loc]}”.` : "Sổ chưa có hồ sơ nào: chọn các sổ của đơn vị rồi bấm “Nhận các sổ đã chọn”.", "khong-o"));
  } else ds.replaceChildren(...dong.map((d) => dongSo(d, du.oHoiDong.get(d.ban.ma), chonO)));
  root.getElementById("so-so-loi")!.textContent = du.loi.length ? `(${du.loi.length})` : "";
  root.getElementById("so-loi")!.replaceChildren(...(du.loi.length ? du.loi.map((l) => dongLoi(l, chonO)) : [el("li", "Không có lỗi.", "khong-o")]));
  hienVanBanHoiDong(root, du.vanBan, chonO);
  root.getElementById("so-lich-dang-dung")!.textContent = moTaLichRieng(du.so.lichRieng);
}
