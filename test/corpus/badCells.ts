/**
 * A corpus of bad values typed into the named input cells of a dvht workbook (SPEC §4), for every input name of every
 * rule set: each must stop `dvht danh-gia sổ.xlsx` (exit 2, nothing on stdout) with lines that start with the cell,
 * `CT_2_1_SODAT ('Bảng tổng hợp'!D12): …`. Pure data: the test opens the templates and writes the values.
 */
import { BO_TIEU_CHI, RULE_SETS, type BoTieuChiId, type LoaiDonVi } from "../../src/rules";
import { DV, tenChiTieu } from "../../src/template/names";
import { tenCacONhap } from "../../src/template/readInputs";

/** A cell value as ExcelJS writes it: an Excel error is { error: "#DIV/0!" }. */
export type GiaTriO = string | number | boolean | { error: string } | null;

export interface BadCell {
  ten: string;
  bo: BoTieuChiId;
  /** Name → value to write (the other cells keep the template's values). */
  sua: Record<string, GiaTriO>;
  /** The cell every line must name. */
  o: string;
}

/** The unit type of each rule set's template: one where learners (3.1) and the digital level (3.4/3.5) are asked. */
export const LOAI_MAU: Record<BoTieuChiId, LoaiDonVi> = { "tt24-huyen": "pho-thong", "tt24-tinh": "dai-hoc", tt22: "pho-thong" };

type Sai = [ten: string, giaTri: GiaTriO];
const LOI: Sai = ["an Excel error", { error: "#DIV/0!" }];
const DEM: Sai[] = [["text", "95 người"], ["a boolean", true], LOI, ["negative", -1], ["fractional", 2.5], ["too large", 1e300]];
const TONG: Sai[] = [["zero", 0], ["negative", -5], ["fractional", 7.5], ["text", "một trăm"], ["a boolean", false], LOI];
const TY_LE: Sai[] = [["above 100", 150], ["negative", -5], ["text", "khoảng 90"], ["a boolean", true], LOI];

/** Bad values by the suffix of the name (CT_x_y_<suffix>); MINHCHUNG takes any text, so only an error is bad there. */
const SAI_THEO_HAU_TO: Record<string, Sai[]> = {
  SODAT: DEM,
  NGUOIHOCDAT: DEM,
  TONGSO: TONG,
  TONGNGUOIHOC: TONG,
  TYLENHAP: TY_LE,
  DAT: [["maybe", "có lẽ"], ["x", "x"], ["1", 1], ["a boolean", true], LOI],
  MUCCDS: [["unknown level", "Khá"], ["a number", 2], ["a boolean", true], LOI],
  LUACHON: [["unknown choice", "Có kế hoạch"], ["yes", "Có"], ["a number", 10], LOI],
  DANHHIEU: [["unknown title", "Chiến sĩ thi đua"], ["a number", 5], ["a boolean", true], LOI],
  MINHCHUNG: [LOI],
  HOIDONG: [["a level that is not one", "Đạt"], ["a code", "muc-do-2"], ["a number", 2], LOI],
};

const SAI_DON_VI: Record<string, Sai[]> = {
  [DV.loai]: [["unknown type", "truong-hoc"], ["a number", 6], ["a boolean", true], ["blank", ""], LOI],
  [DV.congLap]: [["maybe", "có lẽ"], ["1", 1], ["a boolean", true], LOI],
  [DV.nam]: [["text", "năm 2025"], ["too early", 1999], ["too late", 2101], ["fractional", 2025.5], ["a boolean", true]],
};

function cacO(bo: BoTieuChiId): BadCell[] {
  const ruleSet = RULE_SETS[bo];
  const out: BadCell[] = [];
  for (const ten of tenCacONhap(ruleSet)) {
    const hauTo = /^CT_\d+_\d+_(.+)$/.exec(ten)?.[1];
    if (hauTo?.startsWith("HOIDONG") && ruleSet.chamDiem) continue; // the points form has no council columns
    const sai = hauTo !== undefined ? SAI_THEO_HAU_TO[hauTo] : SAI_DON_VI[ten];
    for (const [moTa, giaTri] of sai ?? []) out.push({ ten: `${bo} ${ten} ${moTa}`, bo, sua: { [ten]: giaTri }, o: ten });
  }
  return out;
}

/** Values each valid alone and wrong together. */
function cacCap(bo: BoTieuChiId): BadCell[] {
  const out: BadCell[] = [];
  for (const def of RULE_SETS[bo].chiTieu) {
    if (def.kieu !== "ty-le" && def.kieu !== "ty-le-diem") continue;
    const t = (hauTo: Parameters<typeof tenChiTieu>[1]) => tenChiTieu(def.id, hauTo);
    out.push({ ten: `${bo} ${def.id} số đạt > tổng số`, bo, sua: { [t("SODAT")]: 5, [t("TONGSO")]: 3 }, o: t("SODAT") });
    out.push({ ten: `${bo} ${def.id} counts and a typed rate`, bo, sua: { [t("SODAT")]: 5, [t("TONGSO")]: 10, [t("TYLENHAP")]: 0.5 }, o: t("TYLENHAP") });
    if (def.kieu === "ty-le" && def.nguoiHoc) {
      out.push({ ten: `${bo} ${def.id} người học đạt > tổng`, bo, sua: { [t("NGUOIHOCDAT")]: 11, [t("TONGNGUOIHOC")]: 10 }, o: t("NGUOIHOCDAT") });
    }
  }
  // The rule set cannot be told: its cell says nothing known, nor does the cấp (tt22 names both cấp anyway).
  out.push({ ten: `${bo} unknown rule set and cấp`, bo, sua: { [DV.boTieuChi]: "tt25", [DV.cap]: "cấp xã" }, o: DV.boTieuChi });
  return out;
}

export const BAD_CELLS: BadCell[] = BO_TIEU_CHI.flatMap((bo) => [...cacO(bo), ...cacCap(bo)]);

/**
 * Values as clerks and other programs leave them, good and bad, in the shapes ExcelJS gives them (a date, rich
 * text, a formula with its cached result, accents typed as combining marks): both readers must read each the same.
 */
export interface CellVariant {
  ten: string;
  bo: BoTieuChiId;
  sua: Record<string, unknown>;
}

const NFD = (s: string) => s.normalize("NFD");
const rich = (...parts: string[]) => ({ richText: parts.map((text) => ({ text })) });

export const CELL_VARIANTS: CellVariant[] = BO_TIEU_CHI.flatMap((bo): CellVariant[] => {
  const ct = (id: string, hauTo: string) => `CT_${id.replace(".", "_")}_${hauTo}`;
  const tyLe = RULE_SETS[bo].chiTieu.find((d) => d.kieu === "ty-le" || d.kieu === "ty-le-diem")!.id;
  const coDat = RULE_SETS[bo].chiTieu.find((d) => d.kieu === "dat");
  return [
    { ten: `${bo} Có/Không in capitals`, bo, sua: { [DV.congLap]: "CÓ" } },
    { ten: `${bo} Có/Không in lower case`, bo, sua: { [DV.congLap]: "không" } },
    { ten: `${bo} Có typed with a combining accent`, bo, sua: { [DV.congLap]: NFD("Có") } },
    { ten: `${bo} Có in rich text`, bo, sua: { [DV.congLap]: rich("C", "ó") } },
    { ten: `${bo} an empty string`, bo, sua: { [DV.congLap]: "", [DV.ten]: "" } },
    { ten: `${bo} the year as a date`, bo, sua: { [DV.nam]: new Date(Date.UTC(2025, 5, 1)) } },
    { ten: `${bo} the year as text`, bo, sua: { [DV.nam]: "2025" } },
    { ten: `${bo} the year from a formula`, bo, sua: { [DV.nam]: { formula: "2020+5", result: 2025 } } },
    { ten: `${bo} a formula with an error result`, bo, sua: { [DV.nam]: { formula: "1/0", result: { error: "#DIV/0!" } } } },
    { ten: `${bo} a formula with an empty result`, bo, sua: { [DV.ten]: { formula: `""`, result: "" } } },
    { ten: `${bo} counts stored as text`, bo, sua: { [ct(tyLe, "SODAT")]: "12", [ct(tyLe, "TONGSO")]: "20" } },
    { ten: `${bo} counts from formulas`, bo, sua: { [ct(tyLe, "SODAT")]: { formula: "10+2", result: 12 }, [ct(tyLe, "TONGSO")]: { formula: "4*5", result: 20 } } },
    { ten: `${bo} a count of zero from a formula`, bo, sua: { [ct(tyLe, "SODAT")]: { formula: "0*1", result: 0 }, [ct(tyLe, "TONGSO")]: 20 } },
    { ten: `${bo} a boolean count`, bo, sua: { [ct(tyLe, "SODAT")]: false, [ct(tyLe, "TONGSO")]: 20 } },
    { ten: `${bo} evidence in rich text`, bo, sua: { [ct(tyLe, "MINHCHUNG")]: rich("MC1, ", "MC2") } },
    { ten: `${bo} a name with combining accents`, bo, sua: { [DV.ten]: NFD("Trường Tiểu học Hòa Bình") } },
    ...(coDat ? [{ ten: `${bo} Đạt as Có with a combining accent`, bo, sua: { [ct(coDat.id, "DAT")]: NFD("có") } }] : []),
  ];
});
