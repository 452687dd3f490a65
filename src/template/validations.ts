/** Data validations of the input cells, with Vietnamese input messages and error alerts. */
import { CO_KHONG, TEN_CAP, XEP_LOAI, XEP_LOAI_HOI_DONG, loaiCuaBo, type ChiTieuLuaChon, type RuleSet } from "../rules";
import { tenDanhMucLuaChon } from "./names";
import { DM } from "./formulas";
import type { ValidationSpec } from "./model";

const rangeOf = (name: string) => name; // a workbook-scope name is a valid list source in Excel and LibreOffice

/** The unit type: only the types of the rule set's cấp (DM_LOAI lists exactly those). */
export function loaiDonViValidation(ruleSet: RuleSet): ValidationSpec {
  return {
    type: "list",
    listRange: rangeOf(DM.loai),
    allowBlank: true,
    promptTitle: "Loại đơn vị",
    prompt: `Chọn mã loại đơn vị ${TEN_CAP[ruleSet.cap]}: ${loaiCuaBo(ruleSet).join(", ")} (xem sheet Ngưỡng).`.slice(0, 255),
    errorTitle: "Loại đơn vị không hợp lệ",
    error: `Hãy chọn một mã trong danh sách loại đơn vị ${TEN_CAP[ruleSet.cap]}.`,
  };
}

export const VALIDATION = {
  coKhong: {
    type: "list",
    list: [CO_KHONG.co, CO_KHONG.khong],
    allowBlank: true,
    promptTitle: "Có / Không",
    prompt: "Chọn Có hoặc Không.",
    errorTitle: "Giá trị không hợp lệ",
    error: "Chỉ nhập Có hoặc Không.",
  },
  mucChuyenDoiSo: {
    type: "list",
    listRange: rangeOf(DM.cds),
    allowBlank: true,
    promptTitle: "Mức chuyển đổi số",
    prompt: "Chọn: Chưa đạt, Đáp ứng cơ bản hoặc Đáp ứng tốt.",
    errorTitle: "Mức chuyển đổi số không hợp lệ",
    error: "Hãy chọn một mức trong danh sách.",
  },
  nam: {
    type: "whole",
    min: 2000,
    max: 2100,
    allowBlank: true,
    promptTitle: "Năm đánh giá",
    prompt: "Năm có số liệu (từ 01/01 đến 31/12), ví dụ 2025.",
    errorTitle: "Năm không hợp lệ",
    error: "Năm đánh giá là số nguyên từ 2000 đến 2100.",
  },
  xepLoaiHoiDong: {
    type: "list",
    list: XEP_LOAI_HOI_DONG.map((k) => XEP_LOAI[k]),
    allowBlank: true,
    promptTitle: "Xếp loại của Hội đồng",
    prompt: `Hội đồng chọn: ${XEP_LOAI_HOI_DONG.map((k) => XEP_LOAI[k]).join(", ")}. Để trống nếu chưa thẩm định.`,
    errorTitle: "Xếp loại không hợp lệ",
    error: `Chỉ chọn: ${XEP_LOAI_HOI_DONG.map((k) => XEP_LOAI[k]).join(", ")}.`,
  },
  minhChung: {
    type: "custom",
    formula: "TRUE",
    allowBlank: true,
    promptTitle: "Minh chứng",
    prompt: "Mã minh chứng, cách nhau bởi dấu phẩy, dấu chấm phẩy hoặc xuống dòng (ví dụ TC2-01, TC2-02). Ô chỉ có dấu cách hay dấu phân cách là không có minh chứng ⇒ Không đạt.",
    errorTitle: "Minh chứng",
    error: "Mã minh chứng không hợp lệ.",
  },
} as const satisfies Record<string, ValidationSpec>;

/** One answer of a choice indicator (TT22), from its list on the Ngưỡng sheet. */
export function luaChonValidation(def: ChiTieuLuaChon): ValidationSpec {
  const cac = def.luaChon.map((c) => c.ten).join("; ");
  return {
    type: "list",
    listRange: rangeOf(tenDanhMucLuaChon(def.id, "TEN")),
    allowBlank: true,
    promptTitle: `Chỉ tiêu ${def.id}`,
    prompt: `Chọn: ${cac}.`.slice(0, 255),
    errorTitle: "Lựa chọn không hợp lệ",
    error: `Chỉ chọn một trong: ${cac}.`.slice(0, 255),
  };
}

/** số đạt: whole, ≥ 0, ≤ tổng số when tổng số is filled in. `self` and `tong` are relative references. */
export function soDatValidation(self: string, tong: string, doiTuong: string): ValidationSpec {
  return {
    type: "custom",
    formula: `AND(ISNUMBER(${self}),${self}=INT(${self}),${self}>=0,OR(${tong}="",${self}<=${tong}))`,
    allowBlank: true,
    promptTitle: `Số ${doiTuong} đạt`,
    prompt: `Số nguyên từ 0 đến tổng số ${doiTuong}.`,
    errorTitle: "Số đạt không hợp lệ",
    error: `Số ${doiTuong} đạt phải là số nguyên không âm và không lớn hơn tổng số.`,
  };
}

export function tongSoValidation(self: string, dat: string, doiTuong: string): ValidationSpec {
  return {
    type: "custom",
    formula: `AND(ISNUMBER(${self}),${self}=INT(${self}),${self}>=1,OR(${dat}="",${self}>=${dat}))`,
    allowBlank: true,
    promptTitle: `Tổng số ${doiTuong}`,
    prompt: `Số nguyên từ 1 trở lên, không nhỏ hơn số ${doiTuong} đạt.`,
    errorTitle: "Tổng số không hợp lệ",
    error: `Tổng số ${doiTuong} phải là số nguyên từ 1 trở lên và không nhỏ hơn số đạt.`,
  };
}

export const TY_LE_NHAP: ValidationSpec = {
  type: "decimal",
  min: 0,
  max: 100,
  allowBlank: true,
  promptTitle: "Tỷ lệ (khi không có số liệu đếm)",
  prompt: "Chỉ nhập khi không có số đạt / tổng số. Nhập phần trăm (93,5%) hoặc số từ 0 đến 100.",
  errorTitle: "Tỷ lệ không hợp lệ",
  error: "Tỷ lệ là số từ 0 đến 100 (hoặc phần trăm từ 0% đến 100%).",
};
