/** Renders the pane's state into the DOM: text only (never HTML), so a unit name is always shown as text. */
import { LOAI_DON_VI, RULE_SETS, TEN_CAP, TEN_LOAI_DON_VI, phanTram, tyLeHienThiTuDem, type DemMucDo, type KetQuaDanhGia } from "../rules";
import { moTaViTri, type VanDe, type ViTri } from "../template";

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

export const LUA_CHON_BO = Object.values(RULE_SETS).map((r) => ({ value: r.id, text: `“Đơn vị học tập” ${TEN_CAP[r.cap]}` }));
export const LUA_CHON_LOAI = LOAI_DON_VI.map((l) => ({ value: l, text: TEN_LOAI_DON_VI[l] }));

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
  ketLuan.textContent = `Kết luận: ${ketQua.ketLuan.xepLoai}`;
  ketLuan.className = ketQua.ketLuan.trangThai;
  const ruleSet = RULE_SETS[ketQua.boTieuChi];
  tieuChi.replaceChildren(
    ...ruleSet.tieuChi.map((tc) => {
      const tr = el("tr");
      const r = ketQua.tieuChi[tc.id];
      tr.append(el("td", `Tiêu chí ${tc.id}. ${tc.ten}`), el("td", r.xepLoai, `muc ${r.trangThai}`));
      return tr;
    }),
  );
  tongHop.replaceChildren(...dongDem("chỉ tiêu", ketQua.tongHop.chiTieu), ...dongDem("tiêu chí", ketQua.tongHop.tieuChi));
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
      const where = viTri.get(`CT_${id.replace(".", "_")}_HOIDONG`);
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
