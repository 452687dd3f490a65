/**
 * The shape of a roster table, checked before its rows are read: a header that names the same column twice, and a
 * row with values beyond the header (most often a name with an unquoted comma, which shifts every later column).
 * Either would be read silently otherwise. Browser-safe: the CLI and the pane read rosters through it.
 */
import { chiTieuCuaDanhSach, chuanHoa, COT_CHUNG, docBangDanhSach, type KetQuaDanhSach, type LoaiDanhSach, type RuleSet } from "../rules";
import { cot } from "../template/sheetBuilder";

/** What each header cell is read as (the same matching as docBangDanhSach), or undefined for a column it ignores. */
function vaiTroCot(header: string, ruleSet: RuleSet, loai: LoaiDanhSach): string | undefined {
  const h = chuanHoa(header);
  if (h === chuanHoa(COT_CHUNG.hoTen) || h === "ho ten") return "ho-ten";
  if (h === chuanHoa(loai === "thanh-vien" ? COT_CHUNG.chucVu : COT_CHUNG.lop) || (loai === "thanh-vien" && (h.startsWith("chuc vu") || h === "bo phan"))) return "nhom";
  return chiTieuCuaDanhSach(ruleSet, loai).find((d) => chuanHoa(d.cotDanhSach) === h)?.id;
}

/** Width of a row: up to its last non-blank cell. */
const doRong = (row: readonly string[]) => {
  let n = row.length;
  while (n > 0 && String(row[n - 1] ?? "").trim() === "") n--;
  return n;
};

function loiHinhDang(rows: readonly (readonly string[])[], ruleSet: RuleSet, loai: LoaiDanhSach, tenNguon: string): { dong: number; loi: string }[] {
  const header = (rows[0] ?? []).map((h) => String(h ?? ""));
  const loi: { dong: number; loi: string }[] = [];
  const daCo = new Map<string, number>();
  header.forEach((h, j) => {
    const vaiTro = vaiTroCot(h, ruleSet, loai);
    if (vaiTro === undefined) return;
    const truoc = daCo.get(vaiTro);
    if (truoc === undefined) daCo.set(vaiTro, j);
    else loi.push({ dong: 1, loi: `${tenNguon}, dòng 1, cột ${cot(j + 1)}: tiêu đề “${h.trim()}” trùng với cột ${cot(truoc + 1)} (“${header[truoc].trim()}”); mỗi cột chỉ được có một lần` });
  });
  const rong = doRong(header);
  rows.slice(1).forEach((r, i) => {
    const cells = r.map((c) => String(c ?? ""));
    const j = cells.findIndex((c, k) => k >= rong && c.trim() !== "");
    if (j < 0) return;
    loi.push({
      dong: i + 2,
      loi: `${tenNguon}, dòng ${i + 2}, cột ${cot(j + 1)}: “${cells[j].trim()}” nằm ngoài ${rong} cột của dòng tiêu đề (dòng có ${doRong(cells)} ô); nếu họ tên có dấu phẩy, hãy đặt họ tên trong dấu ngoặc kép`,
    });
  });
  return loi;
}

/** docBangDanhSach, with the table's shape checked too; every problem in row order, nothing half-read. */
export function docBangDanhSachDayDu(rows: readonly (readonly string[])[], ruleSet: RuleSet, loai: LoaiDanhSach, tenNguon: string): KetQuaDanhSach {
  const r = docBangDanhSach(rows, ruleSet, loai, tenNguon);
  const hinhDang = loiHinhDang(rows, ruleSet, loai, tenNguon);
  if (hinhDang.length === 0) return r;
  const dongCua = (line: string) => Number(/, dòng (\d+)/.exec(line)?.[1] ?? 0);
  const tatCa = [...hinhDang, ...(r.ok ? [] : r.loi.map((l) => ({ dong: dongCua(l), loi: l })))];
  // A stable sort: within a row the shape's problem comes first, as it explains the others.
  return { ok: false, loi: tatCa.map((x, i) => ({ ...x, i })).sort((a, b) => a.dong - b.dong || a.i - b.i).map((x) => x.loi) };
}
