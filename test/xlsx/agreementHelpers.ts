/**
 * The three ways a workbook's results are computed, compared on random hồ sơ: the engine, the template's native
 * formulas computed by HyperFormula (an independent spreadsheet engine) and the DVHT custom functions as Excel
 * calls them (through the argument table). Shared by the agreement test and the synthetic rule-set test.
 */
import fc from "fast-check";
import { RULE_SETS, loaiCuaBo, validateHoSo, type BoTieuChiId, type HoSo, type KetQuaDanhGia } from "../../src/rules";
import { buildWorkbookSpec, hoSoTrong } from "../../src/template";
import { goiHam } from "../../src/functions/catalog";
import { hoSoArb } from "../helpers/arbitraries";
import { ketQuaNhuSo, kyVong } from "./libreOfficeHelpers";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SoHyperFormula, giaTriNhap } = require("../../bench/hyperFormula.js");

const [mucDo, diem, xepLoai, gopMucDoTuO] = ["MUCDO", "DIEM", "XEPLOAI", "TIEUCHI"].map((id) => (...a: unknown[]) => goiHam(id, ...a));

/** Random valid hồ sơ of each rule set, every unit type in turn, some without công lập. */
export function hoSoNgauNhien(bo: readonly BoTieuChiId[], soHoSo: number, seed = 10_000): HoSo[] {
  return bo.flatMap((b, i) =>
    fc.sample(hoSoArb(b), { seed: seed + i, numRuns: Math.ceil(soHoSo / bo.length) }).map((raw, j) => {
      const cac = loaiCuaBo(RULE_SETS[b]);
      raw.donVi.loai = cac[j % cac.length];
      if (j % 7 === 3) delete raw.donVi.congLap;
      const r = validateHoSo(raw);
      if (!r.ok) throw new Error(r.loi.join("\n"));
      return r.hoSo;
    }),
  );
}

/** What the custom functions answer for the same inputs, as name → value (only where a function exists). */
function quaHam(hoSo: HoSo, k: KetQuaDanhGia): Map<string, unknown> {
  const ruleSet = RULE_SETS[hoSo.boTieuChi];
  const m = new Map<string, unknown>();
  const congLap = hoSo.donVi.congLap === undefined ? "" : hoSo.donVi.congLap ? "Có" : "Không";
  for (const def of ruleSet.chiTieu) {
    const n = hoSo.chiTieu[def.id];
    const mc = n === undefined ? "" : n.coMinhChung ? (n.minhChung.join(", ") || "Có") : "";
    const r = (x: { ok: boolean; giaTri?: unknown; loi?: string }) => (x.ok ? x.giaTri : `lỗi: ${x.loi}`);
    if (def.kieu === "ty-le") {
      m.set(`${def.id}`, r(mucDo(n?.soDat ?? "", n?.tongSo ?? "", def.id, hoSo.boTieuChi, hoSo.donVi.loai, mc, congLap, n?.nguoiHocDat ?? "", n?.tongNguoiHoc ?? "", n?.tyLe === undefined ? "" : `${n.tyLe}%`, n?.tyLeNguoiHoc === undefined ? "" : `${n.tyLeNguoiHoc}%`)));
    } else if (def.kieu === "ty-le-diem") {
      const typed = n?.tyLe !== undefined;
      m.set(`${def.id}`, r(diem(def.id, typed ? `${n!.tyLe}%` : (n?.soDat ?? ""), typed ? "" : (n?.tongSo ?? ""), mc, hoSo.boTieuChi, hoSo.donVi.loai, congLap)));
    } else if (def.kieu === "lua-chon") {
      m.set(`${def.id}`, r(diem(def.id, n?.[def.truong] ?? "", "", mc, hoSo.boTieuChi, hoSo.donVi.loai, congLap)));
    } else if (def.kieu === "dat" && def.diem !== undefined) {
      m.set(`${def.id}`, r(diem(def.id, n?.dat ?? "", "", mc, hoSo.boTieuChi, hoSo.donVi.loai, congLap)));
    }
  }
  if (ruleSet.chamDiem) {
    m.set("ket-luan", r2(xepLoai(k.chiTieu.map((c) => [c.diem ?? c.xepLoai]), hoSo.boTieuChi)));
  } else {
    for (const tc of ruleSet.tieuChi) m.set(`tc-${tc.id}`, r2(gopMucDoTuO(k.chiTieu.filter((c) => c.id.startsWith(`${tc.id}.`)).map((c) => [c.xepLoai]))));
    m.set("ket-luan", r2(gopMucDoTuO(Object.values(k.tieuChi).map((t) => [t.xepLoai]))));
  }
  return m;
}
const r2 = (x: { ok: boolean; giaTri?: unknown; loi?: string }) => (x.ok ? x.giaTri : `lỗi: ${x.loi}`);

/** What the engine says for the same places. */
function quaEngine(hoSo: HoSo, k: KetQuaDanhGia): Map<string, unknown> {
  const ruleSet = RULE_SETS[hoSo.boTieuChi];
  const m = new Map<string, unknown>();
  for (const c of k.chiTieu) {
    const def = ruleSet.chiTieu.find((d) => d.id === c.id)!;
    if (def.kieu === "ty-le") m.set(c.id, c.xepLoai);
    else if (ruleSet.chamDiem) m.set(c.id, c.diem ?? c.xepLoai);
  }
  if (!ruleSet.chamDiem) for (const tc of ruleSet.tieuChi) m.set(`tc-${tc.id}`, k.tieuChi[tc.id].xepLoai);
  m.set("ket-luan", k.ketLuan.xepLoai);
  return m;
}


/** Every disagreement (at most 20 described) between engine, HyperFormula and the functions, and how many values were compared. */
export function soSanhBaCach(hoSo: readonly HoSo[]): { khac: string[]; soSanh: number } {
  const bo = [...new Set(hoSo.map((h) => h.boTieuChi))];
  const so = new Map(bo.map((bo) => [bo, new SoHyperFormula(buildWorkbookSpec(hoSoTrong(bo, { loai: "co-quan" })))]));
  const khac: string[] = [];
  let soSanh = 0;
  for (const h of hoSo) {
    // The council's columns compute even before a review: compare them as an empty review.
    const k = ketQuaNhuSo(h);
    const hf = so.get(h.boTieuChi)!;
    hf.nhap(giaTriNhap(buildWorkbookSpec(h)));
    for (const [ten, mongDoi] of kyVong(k)) {
      let v = hf.doc(ten);
      if (ten.endsWith("_TYLE") && typeof v === "number") v = Math.round(v * 10000);
      soSanh++;
      if (v !== mongDoi && khac.length < 20) khac.push(`${JSON.stringify(h).slice(0, 2000)}\n  công thức ${ten} = ${JSON.stringify(v)}, engine ${JSON.stringify(mongDoi)}`);
    }
    const ham = quaHam(h, k);
    for (const [ten, mongDoi] of quaEngine(h, k)) {
      soSanh++;
      if (ham.get(ten) !== mongDoi && khac.length < 20) khac.push(`${JSON.stringify(h).slice(0, 2000)}\n  hàm ${ten} = ${JSON.stringify(ham.get(ten))}, engine ${JSON.stringify(mongDoi)}`);
    }
  }
  for (const hf of so.values()) hf.destroy();
  return { khac, soSanh };
}
