/**
 * Ngưỡng of a points-based rule set (TT22, seed 004): each indicator's bands (from x %: y points) or answers, the
 * class limits of the total, each with its source. Protected; the Bảng tổng hợp formulas read it by name.
 */
import { diemToiDa, soGon, type ChiTieuDef, type DonVi, type RuleSet } from "../../rules";
import { apDungFormula } from "../formulas";
import { tenDanhMucLuaChon, tenNguong, tenNguongXepLoai } from "../names";
import { SheetBuilder, chieuCaoDong, o } from "../sheetBuilder";
import { TEN_SHEET_NGUONG, apDungChu, ghiDanhMuc } from "./nguong";

function soBac(def: ChiTieuDef): number {
  return def.kieu === "ty-le-diem" ? def.bac.length : 0;
}

export function sheetNguongDiem(ruleSet: RuleSet, donVi: DonVi): SheetBuilder {
  const cham = ruleSet.chamDiem!;
  // As many band columns as the indicator with the most bands has (seed 004: four), then applicability and source.
  const SO_BAC = Math.max(1, ...ruleSet.chiTieu.map(soBac));
  const COT_AP_DUNG = 3 + 2 * SO_BAC + 1;
  const COT_CAN_CU = COT_AP_DUNG + 1;
  const COT = [10, 46, 10, ...Array<number>(2 * SO_BAC).fill(9), 13, 60];
  const b = new SheetBuilder(TEN_SHEET_NGUONG, COT, { landscape: true, titleRows: "4:5" });
  const cuoi = o(COT_CAN_CU, 1).replace(/\d+$/, "");
  b.merged("A1", `${cuoi}1`, { value: "CÁCH CHO ĐIỂM, XẾP LOẠI VÀ CĂN CỨ", style: "title" });
  b.merged("A2", `${cuoi}2`, { value: `${ruleSet.ten} — ${ruleSet.vanBan}. Phiên bản quy tắc: ${ruleSet.phienBan}`, style: "subtitle" });
  b.height(2, 33);
  const down = (col: number, text: string) => b.merged(o(col, 4), o(col, 5), { value: text, style: "header" });
  down(1, "Chỉ tiêu");
  down(2, "Nội dung");
  down(3, "Điểm tối đa");
  for (let k = 1; k <= SO_BAC; k++) {
    const c = 2 + 2 * k;
    b.merged(o(c, 4), o(c + 1, 4), { value: `Bậc ${k}`, style: "header" });
    b.set({ ref: o(c, 5), value: "Từ (%)", style: "header" });
    b.set({ ref: o(c + 1, 5), value: "Điểm", style: "header" });
  }
  down(COT_AP_DUNG, "Áp dụng cho đơn vị này");
  down(COT_CAN_CU, "Căn cứ");
  b.height(4, 20);
  b.height(5, 20);

  let row = 6;
  for (const def of ruleSet.chiTieu) {
    b.set({ ref: o(1, row), value: def.id, style: "center" });
    b.set({ ref: o(2, row), value: def.noiDungNgan, style: "text" });
    b.set({ ref: o(3, row), value: diemToiDa(def), style: "center" });
    for (let k = 1; k <= SO_BAC; k++) {
      const [cTu, cDiem] = [2 + 2 * k, 3 + 2 * k];
      if (def.kieu === "ty-le-diem" && k <= soBac(def)) {
        b.set({ ref: o(cTu, row), value: def.bac[k - 1].tu, style: "threshold", name: tenNguong(def.id, `B${k}`) });
        b.set({ ref: o(cDiem, row), value: def.bac[k - 1].diem, style: "center", name: tenNguong(def.id, `D${k}`) });
      } else if (def.kieu === "dat" && def.diem !== undefined && k === 1) {
        b.set({ ref: o(cTu, row), value: "Có", style: "center" });
        b.set({ ref: o(cDiem, row), value: def.diem, style: "center", name: tenNguong(def.id, "D1") });
      } else if (def.kieu === "lua-chon" && k === 1) {
        b.merged(o(cTu, row), o(1 + 2 * SO_BAC + 2, row), { value: "Theo lựa chọn (xem danh mục bên dưới)", style: "center" });
      } else if (def.kieu !== "lua-chon") {
        b.set({ ref: o(cTu, row), value: null, style: "unused" });
        b.set({ ref: o(cDiem, row), value: null, style: "unused" });
      }
    }
    b.set({ ref: o(COT_AP_DUNG, row), formula: apDungFormula(def.apDung), result: apDungChu(def.apDung, donVi), style: "result", name: tenNguong(def.id, "APDUNG") });
    b.set({ ref: o(COT_CAN_CU, row), value: def.canCu, style: "text" });
    b.height(row, chieuCaoDong([{ text: def.noiDungNgan, width: COT[1] }, { text: def.canCu, width: COT[COT_CAN_CU - 1] }]));
    row++;
  }
  b.merged(o(1, row), o(2, row), { value: "Tổng điểm tối đa", style: "labelBold" });
  b.set({ ref: o(3, row), value: cham.diemToiDa, style: "center" });
  row += 2;

  b.set({ ref: o(1, row), value: "Danh mục lựa chọn và điểm", style: "heading" });
  row++;
  for (const def of ruleSet.chiTieu) {
    if (def.kieu !== "lua-chon") continue;
    b.set({ ref: o(1, row), value: def.id, style: "center" });
    b.set({ ref: o(2, row), value: "Lựa chọn", style: "header" });
    b.set({ ref: o(3, row), value: "Điểm", style: "header" });
    row++;
    const first = row;
    for (const c of def.luaChon) {
      b.set({ ref: o(2, row), value: c.ten, style: "text" });
      b.set({ ref: o(3, row), value: c.diem, style: "center" });
      row++;
    }
    b.nameRange(tenDanhMucLuaChon(def.id, "TEN"), `$B$${first}:$B$${row - 1}`);
    b.nameRange(tenDanhMucLuaChon(def.id, "DIEM"), `$C$${first}:$C$${row - 1}`);
  }
  row++;

  b.set({ ref: o(1, row), value: "Xếp loại theo tổng điểm", style: "heading" });
  row++;
  b.set({ ref: o(2, row), value: "Xếp loại", style: "header" });
  b.set({ ref: o(3, row), value: "Từ (điểm)", style: "header" });
  row++;
  cham.xepLoai.forEach((x, i) => {
    const truoc = cham.xepLoai[i - 1];
    b.set({ ref: o(2, row), value: x.ten, style: "text" });
    b.set({ ref: o(3, row), value: x.tu, style: "center", name: tenNguongXepLoai(x.ma) });
    b.merged(o(4, row), o(6, row), { value: truoc ? `đến dưới ${soGon(truoc.tu)} điểm` : `đến ${soGon(cham.diemToiDa)} điểm`, style: "text" });
    row++;
  });
  b.merged(o(2, row), o(COT_CAN_CU, row), { value: `Căn cứ: ${cham.canCu}.`, style: "label" });
  ghiDanhMuc(b, row + 2, ruleSet);
  return b;
}
