/**
 * “Nội dung hồ sơ”: where a clerk types what the printed documents say beyond the indicators — numbers, dates and
 * places of the documents, the Biên bản's meeting, the report's text per criterion and indicator. Laid out from the
 * one list of fields (rules/vanBan.ts): per group a heading, per field label | input cell (named) | hint. The
 * documents read these cells by their names. A narrative is one wide, wrapped, unmerged cell with no fixed row
 * height, so Excel and LibreOffice fit the row to the whole text; a validation keeps it within DO_DAI_TOI_DA_VAN_BAN.
 */
import {
  DO_DAI_TOI_DA_VAN_BAN,
  NAM_VAN_BAN,
  PHAN_CHI_TIEU_VAN_BAN,
  PHAN_TIEU_CHI_VAN_BAN,
  THONG_BAO_VAN_BAN,
  phanVanBanCua,
  type HoSo,
  type RuleSet,
  type TruongVanBan,
  type VanBanHoSo,
} from "../../rules";
import { soSeriTuIso } from "../cellValue";
import type { CellValue, ValidationSpec } from "../model";
import { tenBaoCao, tenKetLuanTieuChi } from "../names";
import { SheetBuilder } from "../sheetBuilder";
import type { StyleName } from "../styles";
import { TEN_SHEET_HOI_DONG } from "./hoiDongTuDanhGia";
import { TEN_SHEET_CHU_VIET_TAT } from "./hoSoIn";
import { TEN_SHEET_THONG_TIN } from "./thongTin";
import { TEN_SHEET_MINH_CHUNG } from "./vanBan";

export const TEN_SHEET_NOI_DUNG = "Nội dung hồ sơ";

const KIEU_O: Record<TruongVanBan["kieu"], StyleName> = { dong: "inputText", doan: "inputDoan", ngay: "inputNgay", gio: "inputGio" };

/** What each kind of cell accepts, relative to the cell itself (custom rules: both renderers and every viewer know them). */
export function kiemTraTruong(kieu: TruongVanBan["kieu"], ref: string, nhan: string): ValidationSpec {
  const trongNam = `${ref}>=DATE(${NAM_VAN_BAN.tu},1,1),${ref}<DATE(${NAM_VAN_BAN.den + 1},1,1)`;
  const chung = { allowBlank: true, promptTitle: nhan.length <= 32 ? nhan : `${nhan.slice(0, 31)}…` };
  if (kieu === "ngay")
    return { ...chung, type: "custom", formula: `AND(ISNUMBER(${ref}),${ref}=INT(${ref}),${trongNam})`, prompt: THONG_BAO_VAN_BAN.oNgay, errorTitle: "Ngày không hợp lệ", error: THONG_BAO_VAN_BAN.oNgay };
  if (kieu === "gio")
    return { ...chung, type: "custom", formula: `AND(ISNUMBER(${ref}),${trongNam})`, prompt: THONG_BAO_VAN_BAN.oGio, errorTitle: "Thời gian không hợp lệ", error: THONG_BAO_VAN_BAN.oGio };
  return {
    ...chung,
    type: "custom",
    formula: `LEN(${ref})<=${DO_DAI_TOI_DA_VAN_BAN}`,
    prompt: THONG_BAO_VAN_BAN.oNhapChu(DO_DAI_TOI_DA_VAN_BAN),
    errorTitle: "Văn bản quá dài",
    error: THONG_BAO_VAN_BAN.oQuaDai(DO_DAI_TOI_DA_VAN_BAN),
  };
}

/** A field's value as its cell holds it: text as is, a date or time as its serial number (shown dd/mm/yyyy). */
export function giaTriTruong(kieu: TruongVanBan["kieu"], v: string | undefined): CellValue {
  if (v === undefined || v === "") return null;
  return kieu === "ngay" || kieu === "gio" ? soSeriTuIso(v) : v;
}

const COT = { nhan: "A", o: "B", goiY: "C" } as const;

export function sheetNoiDungHoSo(ruleSet: RuleSet, hoSo: HoSo): SheetBuilder {
  const b = new SheetBuilder(TEN_SHEET_NOI_DUNG, [34, 90, 40], { landscape: true });
  const vb: VanBanHoSo = hoSo.vanBan ?? {};
  const phan = phanVanBanCua(ruleSet);
  b.merged("A1", "C1", { value: "NỘI DUNG CÁC VĂN BẢN CỦA HỒ SƠ", style: "title" });
  b.height(1, 24);
  const danhSach = [`Tổ tự đánh giá: sheet “${TEN_SHEET_HOI_DONG}”`, ...(phan.danhSach.includes("chuVietTat") ? [`chữ viết tắt: sheet “${TEN_SHEET_CHU_VIET_TAT}”`, `minh chứng: sheet “${TEN_SHEET_MINH_CHUNG}”`] : [])];
  b.merged("A2", "C2", {
    value: `Ô màu vàng nhạt là ô nhập; các văn bản của hồ sơ lấy nội dung từ đây. Mỗi ô tối đa ${DO_DAI_TOI_DA_VAN_BAN} ký tự; xuống dòng trong ô: Alt+Enter (Excel), Ctrl+Enter (LibreOffice). Cơ quan chủ quản và địa danh: sheet “${TEN_SHEET_THONG_TIN}”; ${danhSach.join("; ")}.`,
    style: "subtitle",
  });
  b.height(2, 48);
  let r = 4;
  const dong = (nhan: string, ten: string, kieu: TruongVanBan["kieu"], v: string | undefined, goiY?: string) => {
    const ref = `${COT.o}${r}`;
    b.set({ ref: `${COT.nhan}${r}`, value: nhan, style: kieu === "doan" ? "labelTop" : "label" });
    b.set({ ref, value: giaTriTruong(kieu, v), style: KIEU_O[kieu], input: true, name: ten, validation: kiemTraTruong(kieu, ref, nhan) });
    if (goiY) b.set({ ref: `${COT.goiY}${r}`, value: goiY, style: "hint" });
    r++;
  };
  const tieuDe = (text: string, style: StyleName = "heading") => {
    b.merged(`A${r}`, `C${r}`, { value: text, style });
    r++;
  };
  for (const nhom of phan.nhom) {
    tieuDe(nhom.tieuDe);
    const giaTri = (vb as Record<string, Record<string, string> | undefined>)[nhom.khoa] ?? {};
    for (const t of nhom.truong) dong(t.nhan, t.ten, t.kieu, giaTri[t.khoa], t.goiY);
    r++;
  }
  if (phan.theoChiTieu) {
    tieuDe("Báo cáo tự đánh giá: từng tiêu chí, chỉ tiêu");
    for (const tc of ruleSet.tieuChi) {
      tieuDe(`Tiêu chí ${tc.id}. ${tc.ten}`);
      for (const def of ruleSet.chiTieu.filter((d) => d.tieuChi === tc.id)) {
        tieuDe(`Chỉ tiêu ${def.id}. ${def.noiDungNgan}`, "labelBold");
        const giaTri = vb.chiTieu?.[def.id] ?? {};
        for (const p of PHAN_CHI_TIEU_VAN_BAN) dong(p.nhan, tenBaoCao(def.id, p.hauTo), "doan", giaTri[p.khoa]);
      }
      dong(`Kết luận về Tiêu chí ${tc.id}`, tenKetLuanTieuChi(tc.id), "doan", vb.tieuChi?.[tc.id]?.[PHAN_TIEU_CHI_VAN_BAN.khoa], PHAN_TIEU_CHI_VAN_BAN.nhan);
      r++;
    }
  }
  return b;
}
