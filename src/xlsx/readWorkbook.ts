/**
 * Reads a dvht workbook file through its defined names (SPEC §4) — never through cell positions, so a template
 * that was moved around, or filled by another program, still reads — and turns it into a validated hồ sơ.
 */
import { existsSync, readFileSync } from "node:fs";
import { LoiSo, giaTriO, moSoTuByte, moTaVanDe, type SoExcelJS, type SoMo } from "./openWorkbook";
import { hoSoTuTen, moTaViTri, type GiaTriO, type ViTri } from "../template/readInputs";
import { MC_DANH_MUC } from "../template/sheets/vanBan";
import { kemO, ketQuaLuuKhac, tenKetQuaLuu, type OKetQuaKhac } from "../template/storedResults";
import { THONG_BAO_SO, evaluateHoSo, type HoSo } from "../rules";

export { moTaViTri, LoiSo, giaTriO, type GiaTriO, type ViTri, type SoMo, type SoExcelJS };

export interface SoDaDoc {
  hoSo: HoSo;
  /** name → where it points, for messages. */
  viTri: ReadonlyMap<string, ViTri>;
  /** The results stored in the file (CT_x_y_MUCDO, TC_x_MUCDO, KET_LUAN, the Tổng hợp counts), where it has any. */
  ketQuaLuu: ReadonlyMap<string, GiaTriO>;
  /** Stored results that are not what the rules give from the inputs, each with its cell (template/storedResults). */
  oKetQuaKhac: OKetQuaKhac[];
  /** Codes of the evidence list (Danh mục minh chứng), when the workbook has one. */
  danhMucMinhChung: string[];
  /** Problems of the documents' cells (`vanBan`), one line each naming its cell; they do not stop the assessment. */
  vanDeVanBan: string[];
}

/** Opens a workbook file (or bytes) and resolves its defined names; throws LoiSo for a file that is not a readable .xlsx. */
export async function moSo(nguon: string | Buffer, tenTep = typeof nguon === "string" ? nguon : "sổ"): Promise<SoExcelJS> {
  if (typeof nguon !== "string") return moSoTuByte(nguon, tenTep);
  if (!existsSync(nguon)) throw new LoiSo([`${tenTep}: ${THONG_BAO_SO.khongTimThayTep}`]);
  let data: Buffer;
  try {
    data = readFileSync(nguon);
  } catch {
    throw new LoiSo([`${tenTep}: ${THONG_BAO_SO.thuMucHoacKhongQuyen}`]);
  }
  return moSoTuByte(data, tenTep);
}

/** Reads the inputs and stored results of a workbook. Throws LoiSo with one Vietnamese line per problem. */
export async function docSo(nguon: string | Buffer, tenTep = typeof nguon === "string" ? nguon : "sổ"): Promise<SoDaDoc> {
  return docSoDaMo(await moSo(nguon, tenTep), tenTep);
}

/** docSo on a workbook already opened (so a caller holding one, such as a test, need not write it out again). */
export function docSoDaMo({ viTri, get, danhSach }: SoMo, tenTep: string): SoDaDoc {
  const r = hoSoTuTen({ has: (ten) => viTri.has(ten), get, danhSach }, tenTep);
  if (!r.ok) throw new LoiSo(r.vanDe.map((v) => moTaVanDe(v, viTri)));
  const ketQuaLuu = new Map<string, GiaTriO>();
  for (const ten of tenKetQuaLuu(r.ruleSet)) if (viTri.has(ten)) ketQuaLuu.set(ten, get(ten));
  const oKetQuaKhac = kemO(ketQuaLuuKhac({ has: (t) => ketQuaLuu.has(t), get: (t) => ketQuaLuu.get(t) ?? null }, evaluateHoSo(r.hoSo), r.ruleSet), viTri);
  const danhMucMinhChung = danhSach(MC_DANH_MUC).filter((v): v is string | number => typeof v === "string" || typeof v === "number").map(String);
  return { hoSo: r.hoSo, viTri, ketQuaLuu, oKetQuaKhac, danhMucMinhChung, vanDeVanBan: r.vanDeVanBan.map((v) => moTaVanDe(v, viTri)) };
}

/**
 * The whole hồ sơ of a workbook as the printed documents need it: the indicators and `vanBan` (the documents' fields,
 * the team, the abbreviations, the evidence list). `vanDeVanBan`: cells of the documents that could not be read, each
 * left out of `vanBan` (the caller decides whether to print without them). Throws LoiSo as docSo does.
 */
export async function docHoSoVaVanBan(nguon: string | Buffer | SoMo, tenTep = typeof nguon === "string" ? nguon : "sổ"): Promise<{ hoSo: HoSo; vanDeVanBan: string[] }> {
  const so = typeof nguon === "string" || Buffer.isBuffer(nguon) ? await moSo(nguon, tenTep) : nguon;
  const { hoSo, vanDeVanBan } = docSoDaMo(so, tenTep);
  return { hoSo, vanDeVanBan };
}
