/**
 * Reads the template inside Excel in one context.sync: every defined name with its values and address
 * (NamedItem.arrayValues, formula), then the same pure reader as files use (src/template/readInputs).
 */
import { evaluateHoSo, type HoSo, type KetQuaDanhGia } from "../rules";
import {
  MC_DANH_MUC,
  hoSoTuTen,
  ketQuaLuuKhac,
  maChuaCoTrongDanhMuc,
  tenKetQuaLuu,
  tenTruongChiTieu,
  type GiaTriO,
  type KetQuaLuuKhac,
  type VanDe,
  type ViTri,
} from "../template";
import { giaTriTuTho } from "../template/cellValue";

export interface TrangThaiSo {
  /** The template is present (its names exist). */
  coMau: boolean;
  hoSo?: HoSo;
  ketQua?: KetQuaDanhGia;
  vanDe: VanDe[];
  viTri: Map<string, ViTri>;
  /** Results stored in the cells (to compare with the engine). */
  ketQuaTrongSo: Map<string, GiaTriO>;
  /** Stored results that are not what the engine gives from the inputs (typed over, or not recomputed). */
  ketQuaKhac: KetQuaLuuKhac[];
  /** Every single-cell name's value, as read. */
  giaTri: Map<string, GiaTriO>;
}

export function viTriTuCongThuc(formula: string): ViTri | undefined {
  const m = /^=(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(formula);
  return m ? { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: `${m[3]}${m[4]}` } : undefined;
}

export async function docTrangThaiSo(context: Excel.RequestContext): Promise<TrangThaiSo> {
  const names = context.workbook.names.load("items/name,items/formula,items/arrayValues");
  await context.sync();
  const values = new Map<string, GiaTriO>();
  const viTri = new Map<string, ViTri>();
  /** Names over a range (the lists of `vanBan`): their first column, top to bottom. */
  const danhSach = new Map<string, GiaTriO[]>();
  let danhMuc: string[] = [];
  for (const n of names.items) {
    if (n.name === MC_DANH_MUC) danhMuc = n.arrayValues.values.map((row) => String(row[0] ?? "")).filter(Boolean);
    const v = viTriTuCongThuc(n.formula);
    if (!v) {
      // A name over a range (a list) or a constant: not an input cell.
      if (Array.isArray(n.arrayValues?.values)) danhSach.set(n.name, n.arrayValues.values.map((row, i) => giaTriTuTho(row[0], n.arrayValues.types?.[i]?.[0])));
      continue;
    }
    viTri.set(n.name, v);
    values.set(n.name, giaTriTuTho(n.arrayValues.values[0]?.[0], n.arrayValues.types[0]?.[0]));
  }
  const r = hoSoTuTen({ has: (t) => values.has(t), get: (t) => values.get(t) ?? null, danhSach: (t) => danhSach.get(t) ?? [] }, "sổ này");
  const ketQuaTrongSo = new Map<string, GiaTriO>();
  if (!r.ok) return { coMau: viTri.has("DV_LOAI"), vanDe: r.vanDe, viTri, ketQuaTrongSo, ketQuaKhac: [], giaTri: values };
  for (const ten of tenKetQuaLuu(r.ruleSet)) if (values.has(ten)) ketQuaTrongSo.set(ten, values.get(ten)!);
  const ketQua = evaluateHoSo(r.hoSo);
  // Evidence codes cited on the form but missing from the evidence list: shown as problems at their cell.
  const vanDe: VanDe[] = maChuaCoTrongDanhMuc(r.hoSo, danhMuc).map(({ id, ma }) => ({
    ten: tenTruongChiTieu(id, "minhChung"),
    thongBao: `mã minh chứng “${ma}” chưa có trong Danh mục minh chứng`,
  }));
  // The documents' cells that could not be read: shown at their cells, the assessment goes on.
  vanDe.push(...r.vanDeVanBan);
  const ketQuaKhac = ketQuaLuuKhac({ has: (t) => ketQuaTrongSo.has(t), get: (t) => ketQuaTrongSo.get(t) ?? null }, ketQua, r.ruleSet);
  return { coMau: true, hoSo: r.hoSo, ketQua, vanDe, viTri, ketQuaTrongSo, ketQuaKhac, giaTri: values };
}
