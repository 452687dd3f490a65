/**
 * Member and learner rosters: one row per person with Có/Không per member-level indicator (2.1–2.5, 3.1).
 * Headers are recognised whatever their case, order or accents, or abbreviated ("Kỷ luật LĐ", "CDHT"), in any of the
 * first rows (title rows above are skipped); other columns are listed, never dropped silently; Có/Không may be
 * typed as x/1/0/có/không/yes/no, and a tick list (only x or ✓ in the column) counts a blank as Không, saying so.
 * Every bad row is reported with its row number; duplicates are flagged.
 */
import { TB_DANH_SACH } from "./messages";
import { giaiMaVanBan, type BangMa } from "./textEncoding";
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
  /** What the reader did that the clerk should know (columns not used, blanks taken as Không, title rows skipped). */
  ghiChu: string[];
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

/** Marks of a tick list: a column holding only these (and blanks) counts a blank as Không. */
const DAU_TICH = new Set(["x", "✓", "✔", "☑"]);
const CO = new Set(["co", "1", "yes", "y", "true", "dat", ...DAU_TICH]);
const KHONG = new Set(["khong", "0", "no", "n", "false", "khong dat"]);
export const CACH_GHI_CO_KHONG = "Có, Không, x, ✓, 1, 0, yes, no";

/** The indicators a roster of this kind can carry: members for 2.1–2.5 and 3.1, learners for 3.1's learner part. */
export function chiTieuCuaDanhSach(ruleSet: RuleSet, loai: LoaiDanhSach): (ChiTieuTyLe | ChiTieuTyLeDiem)[] {
  return ruleSet.chiTieu.filter(
    (d): d is ChiTieuTyLe | ChiTieuTyLeDiem =>
      (d.kieu === "ty-le" && (loai === "thanh-vien" || d.nguoiHoc !== undefined)) || (d.kieu === "ty-le-diem" && loai === "thanh-vien"),
  );
}

/** Rows searched for the header (title rows above it are skipped), and for the delimiter. */
export const SO_DONG_TIM_TIEU_DE = 10;

export type DauPhanCach = "," | ";" | "\t";
const TEN_DAU: Record<DauPhanCach, string> = { ",": "dấu phẩy", ";": "dấu chấm phẩy", "\t": "dấu tab" };

/**
 * The delimiter of CSV text: of comma, semicolon and tab, the one found most often outside quotes in the first
 * rows (a title row holds few or none; Excel writes ";" where the list separator is ";"). Comma when none.
 */
export function nhanDauPhanCach(text: string): DauPhanCach {
  const dem: Record<DauPhanCach, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  let dong = 0;
  for (let i = 0; i < text.length && dong < SO_DONG_TIM_TIEU_DE; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\n") dong++;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) dem[ch]++;
  }
  return (["\t", ";"] as const).reduce<DauPhanCach>((best, d) => (dem[d] > dem[best] ? d : best), ",");
}

/** Splits CSV text (comma, semicolon or tab, see nhanDauPhanCach; quotes allowed; a BOM dropped). */
export function docCsv(text: string, sep: DauPhanCach = nhanDauPhanCach(text.replace(/^\uFEFF/, ""))): string[][] {
  const body = text.replace(/^\uFEFF/, "");
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

export interface CsvDaDoc {
  rows: string[][];
  bangMa: BangMa;
  dauPhanCach: DauPhanCach;
}

/** A CSV or tab-separated file from its bytes: encoding and delimiter detected (see giaiMaVanBan, nhanDauPhanCach). */
export function docCsvTuByte(bytes: Uint8Array): CsvDaDoc {
  const { text, bangMa } = giaiMaVanBan(bytes);
  const dauPhanCach = nhanDauPhanCach(text);
  return { rows: docCsv(text, dauPhanCach), bangMa, dauPhanCach };
}

/** How a CSV file was read, for the message when its table cannot be found: "bảng mã Windows-1258, dấu chấm phẩy". */
export function moTaCachDocCsv(csv: Omit<CsvDaDoc, "rows">): string {
  return `đọc theo bảng mã ${csv.bangMa}, phân cách bằng ${TEN_DAU[csv.dauPhanCach]}`;
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

/**
 * A header abbreviating a column name: its first words written out, the rest by their initials ("ky luat ld",
 * "cdht" for "Công dân học tập"); at least one word abbreviated, and two or more initials.
 */
export function laVietTat(header: string, ten: string): boolean {
  const h = chuanHoa(header).replace(/[.\-_/]/g, " ").replace(/\s+/g, " ").trim().split(" ");
  const w = chuanHoa(ten).split(" ");
  for (let day = 0; day < w.length - 1; day++) {
    const viet = w.slice(day).map((x) => x[0]).join("");
    if (h.length >= day + 1 && w.slice(0, day).every((x, k) => h[k] === x) && h.slice(day).join("") === viet) return true;
  }
  return false;
}

/** What a header cell is read as: the name, the group (chức vụ / lớp), an indicator's id, or nothing (ignored). */
function vaiTroCot(header: string, defs: readonly (ChiTieuTyLe | ChiTieuTyLeDiem)[], loai: LoaiDanhSach): string | undefined {
  const h = chuanHoa(header);
  if (h === chuanHoa(COT_CHUNG.hoTen) || h === "ho ten") return "ho-ten";
  if (h === chuanHoa(loai === "thanh-vien" ? COT_CHUNG.chucVu : COT_CHUNG.lop) || (loai === "thanh-vien" && (h.startsWith("chuc vu") || h === "bo phan"))) return "nhom";
  const dung = defs.find((d) => chuanHoa(d.cotDanhSach) === h);
  if (dung) return dung.id;
  // An abbreviation counts only when it names one column of the rule set.
  const viet = defs.filter((d) => laVietTat(header, d.cotDanhSach));
  return viet.length === 1 ? viet[0].id : undefined;
}

/** Width of a row: up to its last non-blank cell. */
function doRong(row: readonly string[]): number {
  let n = row.length;
  while (n > 0 && row[n - 1].trim() === "") n--;
  return n;
}


/**
 * Reads a roster table for a rule set; all problems at once, in row order, nothing half-read. The header is the
 * first of the first rows that names the “Họ và tên” column (a title above it is skipped). The table's shape is
 * checked too: a header naming the same column twice, or a row with values beyond the header (most often a name
 * with an unquoted comma, which shifts every later column), would otherwise be read silently. `cachDoc` says how
 * the file was read (encoding, delimiter), for the message when no header is found.
 */
export function docBangDanhSach(rows: readonly (readonly string[])[], ruleSet: RuleSet, loai: LoaiDanhSach, tenNguon: string, cachDoc?: string): KetQuaDanhSach {
  if (rows.length === 0 || rows.every((r) => r.every((c) => String(c ?? "").trim() === ""))) return { ok: false, loi: [`${tenNguon}: tệp rỗng`] };
  const defs = chiTieuCuaDanhSach(ruleSet, loai);
  const vaiTroCua = (r: readonly string[]) => r.map((h) => vaiTroCot(String(h ?? ""), defs, loai));
  let dongTieuDe = rows.slice(0, SO_DONG_TIM_TIEU_DE).findIndex((r) => vaiTroCua(r).includes("ho-ten"));
  // No name column anywhere: the first row that names any column is taken as the header, to say what else is missing.
  if (dongTieuDe < 0) dongTieuDe = Math.max(0, rows.slice(0, SO_DONG_TIM_TIEU_DE).findIndex((r) => vaiTroCua(r).some((v) => v !== undefined)));
  const header = rows[dongTieuDe].map((h) => String(h ?? ""));
  const vaiTro = vaiTroCua(header);
  const cotTen = vaiTro.indexOf("ho-ten");
  const cotNhom = vaiTro.indexOf("nhom");
  const cotChiTieu = defs.map((d) => ({ def: d, cot: vaiTro.indexOf(d.id) })).filter((c) => c.cot >= 0);
  const loi: string[] = [];
  if (cotTen < 0) loi.push(TB_DANH_SACH.thieuHoTen(tenNguon, COT_CHUNG.hoTen, SO_DONG_TIM_TIEU_DE, rows[0].map((c) => String(c ?? "")), cachDoc));
  if (cotChiTieu.length === 0) loi.push(`${tenNguon}: không có cột chỉ tiêu nào (${defs.map((d) => d.cotDanhSach).join(", ")})`);
  if (loi.length) return { ok: false, loi };
  const soDongTieuDe = dongTieuDe + 1;
  vaiTro.forEach((v, j) => {
    const truoc = v === undefined ? -1 : vaiTro.indexOf(v);
    if (truoc >= 0 && truoc < j) {
      loi.push(`${tenNguon}, dòng ${soDongTieuDe}, cột ${chuCot(j + 1)}: tiêu đề “${header[j].trim()}” trùng với cột ${chuCot(truoc + 1)} (“${header[truoc].trim()}”); mỗi cột chỉ được có một lần`);
    }
  });
  const rong = doRong(header);
  const ghiChu: string[] = [];
  if (dongTieuDe > 0) ghiChu.push(TB_DANH_SACH.boQuaDongDau(tenNguon, soDongTieuDe));
  header.forEach((h, j) => {
    const v = vaiTro[j];
    const def = defs.find((d) => d.id === v);
    if (def && chuanHoa(h) !== chuanHoa(def.cotDanhSach)) ghiChu.push(TB_DANH_SACH.cotVietTat(tenNguon, chuCot(j + 1), h.trim(), def.cotDanhSach, def.id));
    // STT is expected and carries nothing to count: not listed.
    if (v === undefined && h.trim() !== "" && chuanHoa(h) !== chuanHoa(COT_CHUNG.stt)) ghiChu.push(TB_DANH_SACH.cotKhongDung(tenNguon, chuCot(j + 1), h.trim()));
  });

  const duLieu = rows.slice(dongTieuDe + 1).map((r) => r.map((c) => String(c ?? "").trim()));
  // A tick list: every value of the column is a tick mark (no Có/Không anywhere), so its blanks mean Không.
  const danhDau = new Set(
    cotChiTieu
      .filter(({ cot }) => {
        const giaTri = duLieu.filter((c) => c.some((x) => x !== "")).map((c) => chuanHoa(c[cot] ?? "")).filter((v) => v !== "");
        return giaTri.length > 0 && giaTri.every((v) => DAU_TICH.has(v));
      })
      .map(({ def }) => def.id),
  );

  const nguoi: NguoiTrongDanhSach[] = [];
  const canhBao: string[] = [];
  const daCo = new Map<string, number>();
  const trongTinhKhong = new Map<string, number>();
  duLieu.forEach((cells, i) => {
    const dong = soDongTieuDe + i + 1;
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
      else if (v === "" && danhDau.has(def.id)) {
        dat[def.id] = false;
        trongTinhKhong.set(def.id, (trongTinhKhong.get(def.id) ?? 0) + 1);
      } else if (v === "") loi.push(`${tenNguon}, dòng ${dong}, cột “${def.cotDanhSach}”: để trống (ghi ${CACH_GHI_CO_KHONG})`);
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
  for (const { def } of cotChiTieu) {
    const n = trongTinhKhong.get(def.id);
    if (n) ghiChu.push(TB_DANH_SACH.trongLaKhong(tenNguon, def.cotDanhSach, n));
  }
  ghiChu.push(TB_DANH_SACH.chiTieuTuDanhSach(tenNguon, cotChiTieu.map((c) => c.def.id)));
  return { ok: true, danhSach: { loai, chiTieu: cotChiTieu.map((c) => c.def.id), nguoi, canhBao, ghiChu } };
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
