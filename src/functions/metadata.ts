/**
 * The functions.json Excel reads to know the DVHT functions (Office's custom-functions metadata format), generated
 * from the argument table: what Excel shows in its formula help is what the functions parse.
 */
import { DANH_MUC_HAM, type HamDef, type KieuThamSo } from "./catalog";

interface ThamSoMeta {
  name: string;
  description: string;
  type: KieuThamSo;
  dimensionality?: "matrix";
  optional?: true;
}

export interface MetadataHam {
  allowCustomDataForDataTypeAny: boolean;
  functions: { id: string; name: string; description: string; parameters: ThamSoMeta[]; result: { type?: KieuThamSo } }[];
}

function motHam(h: HamDef): MetadataHam["functions"][number] {
  return {
    id: h.id,
    name: h.id,
    description: h.moTa,
    parameters: h.thamSo.map((t) => ({
      name: t.ten,
      description: t.moTa,
      type: t.kieu,
      ...(t.vung ? { dimensionality: "matrix" as const } : {}),
      ...(t.tuyChon ? { optional: true as const } : {}),
    })),
    // "any" is Excel's default result type and is left out, as Office's own generator does.
    result: h.ketQua.kieu === "any" ? {} : { type: h.ketQua.kieu },
  };
}

export function metadataHam(): MetadataHam {
  return { allowCustomDataForDataTypeAny: true, functions: DANH_MUC_HAM.map(motHam) };
}
