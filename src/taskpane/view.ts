/** Renders the pane's state into the DOM: text only (never HTML), so a unit name is always shown as text. */
import { RULE_SETS, TEN_LOAI_DON_VI, diemChu, XEP_LOAI, loaiCuaBo, phanTram, tyLeHienThiTuDem, type BoTieuChiId, type DemMucDo, type KetQuaDanhGia, type LoaiDonVi } from "../rules";
import { moTaViTri, tenChiTieu, type VanDe, type ViTri } from "../template";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

export function dienLuaChon(select: HTMLElement, options: readonly { value: string; text: string }[], selected: string): void {
  select.replaceChildren(
    ...options.map((o) => {
      const opt = el("fluent-option" as "option", o.text);
      opt.setAttribute("value", o.value);
      if (o.value === selected) opt.setAttribute("selected", "");
      return opt;
    }),
  );
}

export const LUA_CHON_BO = Object.values(RULE_SETS).map((r) => ({ value: r.id, text: r.tenNgan }));
/** The unit types offered for a rule set: only those its cấp assesses (seed 000 mục II). */
export function luaChonLoai(bo: BoTieuChiId): { value: LoaiDonVi; text: string }[] {
  return loaiCuaBo(RULE_SETS[bo]).map((l) => ({ value: l, text: TEN_LOAI_DON_VI[l] }));
}

function dongDem(ten: string, dem: DemMucDo): HTMLTableRowElement[] {
  const tl = (n: number) => (dem.apDung > 0 ? phanTram(tyLeHienThiTuDem(n, dem.apDung)) : "—");
  const rows: [string, string, string][] = [
    [`Số ${ten} áp dụng`, String(dem.apDung), ""],
    [`Không đạt`, String(dem.khongDat), tl(dem.khongDat)],
    [`Đạt mức độ 1`, String(dem.mucDo1), tl(dem.mucDo1)],
    [`Đạt mức độ 2`, String(dem.mucDo2), tl(dem.mucDo2)],
    [`Chưa đủ dữ liệu`, String(dem.chuaDuDuLieu), ""],
  ];
  return rows.map(([a, b, c]) => {
    const tr = el("tr");
    tr.append(el("td", a), el("td", b, "so"), el("td", c, "so"));
    return tr;
  });
}

export function hienKetQua(root: Document, ketQua: KetQuaDanhGia | undefined): void {
  const ketLuan = root.getElementById("ket-luan")!;
  const tieuChi = root.getElementById("tieu-chi")!;
  const tongHop = root.getElementById("tong-hop")!;
  if (!ketQua) {
    ketLuan.textContent = "Chưa có dữ liệu";
    ketLuan.className = "chua-du-du-lieu";
    tieuChi.replaceChildren();
    tongHop.replaceChildren();
    return;
  }
  const ruleSet = RULE_SETS[ketQua.boTieuChi];
  const kl = ketQua.ketLuan;
  // Points (TT22): the class with the total, e.g. “Xếp loại: Khá — 73/100 điểm”.
  ketLuan.textContent = ruleSet.chamDiem ? `Xếp loại: ${kl.xepLoai} — ${diemChu(kl.diem ?? 0, ruleSet.chamDiem.diemToiDa)}` : `Kết luận: ${kl.xepLoai}`;
  ketLuan.className = kl.trangThai;
  tieuChi.replaceChildren(
    ...ruleSet.tieuChi.map((tc) => {
      const tr = el("tr");
      const r = ketQua.tieuChi[tc.id];
      const text = ruleSet.chamDiem && r.diem !== undefined ? diemChu(r.diem, r.diemToiDa ?? 0) : r.xepLoai;
      tr.append(el("td", `Tiêu chí ${tc.id}. ${tc.ten}`), el("td", text, `muc ${r.trangThai}`));
      return tr;
    }),
  );
  tongHop.replaceChildren(
    ...(ruleSet.chamDiem
      ? ketQua.chiTieu.map((r) => {
          const tr = el("tr");
          tr.append(el("td", `Chỉ tiêu ${r.id}`), el("td", r.xepLoai, `so muc ${r.trangThai}`));
          return tr;
        })
      : [...dongDem("chỉ tiêu", ketQua.tongHop.chiTieu), ...dongDem("tiêu chí", ketQua.tongHop.tieuChi)]),
  );
}

/** The problems, each a link that selects its cell when it has one. */
export function hienVanDe(root: Document, vanDe: readonly VanDe[], viTri: ReadonlyMap<string, ViTri>, chonO: (v: ViTri) => void): void {
  const list = root.getElementById("van-de")!;
  root.getElementById("so-van-de")!.textContent = vanDe.length ? `(${vanDe.length})` : "";
  if (vanDe.length === 0) {
    list.replaceChildren(el("li", "Không có vấn đề.", "khong-o"));
    return;
  }
  list.replaceChildren(
    ...vanDe.map((v) => {
      const li = el("li");
      const where = v.ten ? viTri.get(v.ten) : undefined;
      if (where) {
        const b = el("button", moTaViTri(v.ten!, where));
        b.addEventListener("click", () => chonO(where));
        li.append(b, document.createTextNode(`: ${v.thongBao}`));
      } else {
        li.append(el("span", v.ten ? `${v.ten}: ${v.thongBao}` : v.thongBao, "khong-o"));
      }
      return li;
    }),
  );
}

export function hienTrangThai(root: Document, text: string, loi = false): void {
  const p = root.getElementById("trang-thai")!;
  p.textContent = text;
  p.className = loi ? "loi" : "";
}

/** The council's conclusion and the indicators it judged differently, each selecting the council's cell. */
export function hienHoiDong(root: Document, ketQua: KetQuaDanhGia | undefined, viTri: ReadonlyMap<string, ViTri>, chonO: (v: ViTri) => void): ViTri[] {
  const ketLuan = root.getElementById("hoi-dong-ket-luan")!;
  const list = root.getElementById("khac-biet")!;
  const hd = ketQua?.hoiDong;
  if (!ketQua || !hd) {
    ketLuan.textContent = "Hội đồng chưa thẩm định";
    ketLuan.className = "chua-du-du-lieu";
    list.replaceChildren();
    return [];
  }
  ketLuan.textContent = `Hội đồng đánh giá: ${hd.ketLuan.xepLoai} — ${hd.khacBiet.length} chỉ tiêu khác đơn vị`;
  ketLuan.className = hd.ketLuan.trangThai;
  const diem: ViTri[] = [];
  list.replaceChildren(
    ...hd.khacBiet.map((id) => {
      const li = el("li");
      const where = viTri.get(tenChiTieu(id, "HOIDONG"));
      const donVi = ketQua.chiTieu.find((r) => r.id === id)!.xepLoai;
      const hoiDong = hd.chiTieu.find((c) => c.id === id)!.xepLoai;
      const text = `Chỉ tiêu ${id}: đơn vị “${donVi}”, Hội đồng “${hoiDong}”`;
      if (where) {
        diem.push(where);
        const b = el("button", text);
        b.addEventListener("click", () => chonO(where));
        li.append(b);
      } else li.append(el("span", text));
      return li;
    }),
  );
  return diem;
}

const MAU_MUC: readonly { key: "khongDat" | "mucDo1" | "mucDo2" | "chuaDu"; nhan: string; mau: string }[] = [
  { key: "mucDo2", nhan: XEP_LOAI["muc-do-2"], mau: "#107c10" },
  { key: "mucDo1", nhan: XEP_LOAI["muc-do-1"], mau: "#d29200" },
  { key: "khongDat", nhan: XEP_LOAI["khong-dat"], mau: "#c50f1f" },
  { key: "chuaDu", nhan: XEP_LOAI["chua-du-du-lieu"], mau: "#a0a0a0" },
];

/** Indicator levels per criterion as stacked bars (SVG drawn here: no chart library, nothing from the network). */
export function hienBieuDo(root: Document, ketQua: KetQuaDanhGia | undefined): void {
  const host = root.getElementById("bieu-do")!;
  // Levels per criterion mean nothing for a points-based rule set: its points are listed instead.
  if (!ketQua || RULE_SETS[ketQua.boTieuChi].chamDiem) {
    host.replaceChildren();
    return;
  }
  const ns = "http://www.w3.org/2000/svg";
  const svg = root.createElementNS(ns, "svg");
  const ruleSet = RULE_SETS[ketQua.boTieuChi];
  const width = 300;
  const rowH = 26;
  svg.setAttribute("viewBox", `0 0 ${width} ${ruleSet.tieuChi.length * rowH + 34}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Mức độ các chỉ tiêu theo tiêu chí");
  const text = (x: number, y: number, s: string, size = 11) => {
    const t = root.createElementNS(ns, "text");
    t.setAttribute("x", String(x));
    t.setAttribute("y", String(y));
    t.setAttribute("font-size", String(size));
    t.textContent = s;
    svg.append(t);
  };
  ruleSet.tieuChi.forEach((tc, i) => {
    const ids = ruleSet.chiTieu.filter((d) => d.tieuChi === tc.id).map((d) => d.id);
    const states = ketQua.chiTieu.filter((r) => ids.includes(r.id) && r.trangThai !== "khong-ap-dung").map((r) => r.trangThai);
    const dem = { mucDo2: 0, mucDo1: 0, khongDat: 0, chuaDu: 0 };
    for (const s of states) dem[s === "muc-do-2" ? "mucDo2" : s === "muc-do-1" ? "mucDo1" : s === "khong-dat" ? "khongDat" : "chuaDu"]++;
    const y = i * rowH + 4;
    text(0, y + 14, `TC ${tc.id}`);
    let x = 40;
    const scale = (width - 70) / Math.max(1, states.length);
    for (const m of MAU_MUC) {
      if (dem[m.key] === 0) continue;
      const rect = root.createElementNS(ns, "rect");
      rect.setAttribute("x", String(x));
      rect.setAttribute("y", String(y));
      rect.setAttribute("width", String(dem[m.key] * scale));
      rect.setAttribute("height", "18");
      rect.setAttribute("fill", m.mau);
      rect.setAttribute("data-muc", m.key);
      const title = root.createElementNS(ns, "title");
      title.textContent = `Tiêu chí ${tc.id}: ${dem[m.key]} chỉ tiêu ${m.nhan.toLowerCase()}`;
      rect.append(title);
      svg.append(rect);
      x += dem[m.key] * scale;
    }
    text(x + 4, y + 14, `${states.length}`);
  });
  MAU_MUC.forEach((m, i) => {
    const y = ruleSet.tieuChi.length * rowH + 14;
    const rect = root.createElementNS(ns, "rect");
    rect.setAttribute("x", String(i * 75));
    rect.setAttribute("y", String(y));
    rect.setAttribute("width", "10");
    rect.setAttribute("height", "10");
    rect.setAttribute("fill", m.mau);
    svg.append(rect);
    text(i * 75 + 13, y + 9, m.nhan, 9);
  });
  host.replaceChildren(svg);
}
