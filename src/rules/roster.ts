/**
 * Member and learner rosters: one row per person with Có/Không per member-level indicator (2.1–2.5, 3.1).
 * Headers are recognised whatever their case, order or accents; extra columns are ignored; Có/Không may be typed
 * as x/1/0/có/không/yes/no. Every bad row is reported with its row number; duplicates are flagged.
 */
import type { ChiTieuNhap, ChiTieuTyLe, ChiTieuTyLeDiem, HoSo, RuleSet } from "./types";

export type LoaiDanhSach = "thanh-vien" | "nguoi-hoc";

export interface NguoiTrongDanhSach {
  /** Row number in the file (the header is row 1). */
  dong: number;
  hoTen: string;
  /** Chức vụ / bộ phận for members, lớp for learners. */
  nhom: string;
  /** Indicator id → meets it. */
  dat: Record<string, boolean>;
}

export interface DanhSach {
  loai: LoaiDanhSach;
  /** Indicators the roster has a column for, in the rule set's order. */
  chiTieu: string[];
  nguoi: NguoiTrongDanhSach[];
  canhBao: string[];
}

export type KetQuaDanhSach = { ok: true; danhSach: DanhSach } | { ok: false; loi: string[] };

export const COT_CHUNG = {
  stt: "STT",
  hoTen: "Họ và tên",
  chucVu: "Chức vụ",
  lop: "Lớp",
} as const;

/** "Kỷ luật  LAO động" → "ky luat lao dong": how headers and yes/no values are compared. */
export function chuanHoa(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const CO = new Set(["co", "x", "1", "yes", "y", "true", "dat"]);
const KHONG = new Set(["khong", "0", "no", "n", "false", "khong dat"]);
export const CACH_GHI_CO_KHONG = "Có, Không, x, 1, 0, yes, no";

/** The indicators a roster of this kind can carry: members for 2.1–2.5 and 3.1, learners for 3.1's learner part. */
export function chiTieuCuaDanhSach(ruleSet: RuleSet, loai: LoaiDanhSach): (ChiTieuTyLe | ChiTieuTyLeDiem)[] {
  return ruleSet.chiTieu.filter(
    (d): d is ChiTieuTyLe | ChiTieuTyLeDiem =>
      (d.kieu === "ty-le" && (loai === "thanh-vien" || d.nguoiHoc !== undefined)) || (d.kieu === "ty-le-diem" && loai === "thanh-vien"),
  );
}

/** Splits CSV text (UTF-8, with or without BOM; comma or semicolon, chosen from the header line; quotes allowed). */
export function docCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true; // a quote opens a field only at its start (RFC 4180)
    else if (ch === sep) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Column letter of a 1-based index (A, …, Z, AA, …): how a clerk finds a column in a sheet. */
export function chuCot(index: number): string {
  let n = index;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** What a header cell is read as: the name, the group (chức vụ / lớp), an indicator's id, or nothing (ignored). */
function vaiTroCot(header: string, defs: readonly (ChiTieuTyLe | ChiTieuTyLeDiem)[], loai: LoaiDanhSach): string | undefined {
  const h = chuanHoa(header);
  if (h === chuanHoa(COT_CHUNG.hoTen) || h === "ho ten") return "ho-ten";
  if (h === chuanHoa(loai === "thanh-vien" ? COT_CHUNG.chucVu : COT_CHUNG.lop) || (loai === "thanh-vien" && (h.startsWith("chuc vu") || h === "bo phan"))) return "nhom";
  return defs.find((d) => chuanHoa(d.cotDanhSach) === h)?.id;
}

/** Width of a row: up to its last non-blank cell. */
function doRong(row: readonly string[]): number {
  let n = row.length;
  while (n > 0 && row[n - 1].trim() === "") n--;
  return n;
}

/**
 * Reads a roster table (header row first) for a rule set; all problems at once, in row order, nothing half-read.
 * The table's shape is checked too: a header naming the same column twice, or a row with values beyond the header
 * (most often a name with an unquoted comma, which shifts every later column), would otherwise be read silently.
 */
export function docBangDanhSach(rows: readonly (readonly string[])[], ruleSet: RuleSet, loai: LoaiDanhSach, tenNguon: string): KetQuaDanhSach {
  if (rows.length === 0) return { ok: false, loi: [`${tenNguon}: tệp rỗng`] };
  const header = rows[0].map((h) => String(h ?? ""));
  const defs = chiTieuCuaDanhSach(ruleSet, loai);
  const vaiTro = header.map((h) => vaiTroCot(h, defs, loai));
  const cotTen = vaiTro.indexOf("ho-ten");
  const cotNhom = vaiTro.indexOf("nhom");
  const cotChiTieu = defs.map((d) => ({ def: d, cot: vaiTro.indexOf(d.id) })).filter((c) => c.cot >= 0);
  const loi: string[] = [];
  if (cotTen < 0) loi.push(`${tenNguon}: thiếu cột “${COT_CHUNG.hoTen}”`);
  if (cotChiTieu.length === 0) loi.push(`${tenNguon}: không có cột chỉ tiêu nào (${defs.map((d) => d.cotDanhSach).join(", ")})`);
  if (loi.length) return { ok: false, loi };
  vaiTro.forEach((v, j) => {
    const truoc = v === undefined ? -1 : vaiTro.indexOf(v);
    if (truoc >= 0 && truoc < j) {
      loi.push(`${tenNguon}, dòng 1, cột ${chuCot(j + 1)}: tiêu đề “${header[j].trim()}” trùng với cột ${chuCot(truoc + 1)} (“${header[truoc].trim()}”); mỗi cột chỉ được có một lần`);
    }
  });
  const rong = doRong(header);

  const nguoi: NguoiTrongDanhSach[] = [];
  const canhBao: string[] = [];
  const daCo = new Map<string, number>();
  rows.slice(1).forEach((r, i) => {
    const dong = i + 2;
    const cells = r.map((c) => String(c ?? "").trim());
    if (cells.every((c) => c === "")) return; // blank lines are not people
    const ngoai = cells.findIndex((c, k) => k >= rong && c !== "");
    if (ngoai >= 0) {
      loi.push(`${tenNguon}, dòng ${dong}, cột ${chuCot(ngoai + 1)}: “${cells[ngoai]}” nằm ngoài ${rong} cột của dòng tiêu đề (dòng có ${doRong(cells)} ô); nếu họ tên có dấu phẩy, hãy đặt họ tên trong dấu ngoặc kép`);
    }
    const hoTen = cells[cotTen] ?? "";
    if (!hoTen) loi.push(`${tenNguon}, dòng ${dong}: thiếu họ và tên`);
    const dat: Record<string, boolean> = {};
    for (const { def, cot } of cotChiTieu) {
      const v = chuanHoa(cells[cot] ?? "");
      if (CO.has(v)) dat[def.id] = true;
      else if (KHONG.has(v)) dat[def.id] = false;
      else if (v === "") loi.push(`${tenNguon}, dòng ${dong}, cột “${def.cotDanhSach}”: để trống (ghi ${CACH_GHI_CO_KHONG})`);
      else loi.push(`${tenNguon}, dòng ${dong}, cột “${def.cotDanhSach}”: “${cells[cot]}” không phải Có/Không (ghi ${CACH_GHI_CO_KHONG})`);
    }
    const nhom = cotNhom >= 0 ? (cells[cotNhom] ?? "") : "";
    const key = `${chuanHoa(hoTen)}|${chuanHoa(nhom)}`;
    if (hoTen && daCo.has(key)) canhBao.push(`${tenNguon}, dòng ${dong}: trùng với dòng ${daCo.get(key)} (${hoTen}${nhom ? `, ${nhom}` : ""})`);
    else if (hoTen) daCo.set(key, dong);
    nguoi.push({ dong, hoTen, nhom, dat });
  });
  if (nguoi.length === 0) loi.push(`${tenNguon}: không có dòng nào sau dòng tiêu đề`);
  if (loi.length) return { ok: false, loi };
  return { ok: true, danhSach: { loai, chiTieu: cotChiTieu.map((c) => c.def.id), nguoi, canhBao } };
}

/** Counts per indicator: số đạt and tổng số (every person listed). */
export function demTuDanhSach(ds: DanhSach): Record<string, { soDat: number; tongSo: number }> {
  return Object.fromEntries(ds.chiTieu.map((id) => [id, { soDat: ds.nguoi.filter((n) => n.dat[id]).length, tongSo: ds.nguoi.length }]));
}

/**
 * The hồ sơ with the roster's counts in place of typed ones (the roster is the finer source); a warning for every
 * indicator whose typed counts or rate it replaces with different numbers.
 */
export function gopDanhSachVaoHoSo(hoSo: HoSo, ds: DanhSach): { hoSo: HoSo; canhBao: string[] } {
  const dem = demTuDanhSach(ds);
  const canhBao: string[] = [];
  const chiTieu: Record<string, ChiTieuNhap> = { ...hoSo.chiTieu };
  const nguon = ds.loai === "thanh-vien" ? "danh sách thành viên" : "danh sách người học";
  for (const [id, d] of Object.entries(dem)) {
    const cu: ChiTieuNhap = chiTieu[id] ?? { coMinhChung: false, minhChung: [] };
    if (ds.loai === "thanh-vien") {
      if ((cu.soDat !== undefined && (cu.soDat !== d.soDat || cu.tongSo !== d.tongSo)) || cu.tyLe !== undefined) {
        canhBao.push(`chiTieu.${id}: dùng số liệu từ ${nguon} (${d.soDat}/${d.tongSo}) thay cho số liệu trong hồ sơ`);
      }
      const { tyLe: _bo, ...conLai } = cu;
      chiTieu[id] = { ...conLai, soDat: d.soDat, tongSo: d.tongSo };
    } else {
      if ((cu.nguoiHocDat !== undefined && (cu.nguoiHocDat !== d.soDat || cu.tongNguoiHoc !== d.tongSo)) || cu.tyLeNguoiHoc !== undefined) {
        canhBao.push(`chiTieu.${id}: dùng số liệu từ ${nguon} (${d.soDat}/${d.tongSo}) thay cho số liệu trong hồ sơ`);
      }
      const { tyLeNguoiHoc: _bo, ...conLai } = cu;
      chiTieu[id] = { ...conLai, nguoiHocDat: d.soDat, tongNguoiHoc: d.tongSo };
    }
  }
  return { hoSo: { ...hoSo, chiTieu }, canhBao };
}
