/**
 * template/storedResults: the result cells a template stores are what the engine gives (the check finds nothing on a
 * workbook as dvht writes it, for every rule set, with and without a council), and a result written over is named.
 */
import { RULE_SETS, evaluateHoSo, loaiCuaBo, validateHoSo, type BoTieuChiId, type HoSo } from "../../src/rules";
import { buildWorkbookSpec, ketQuaLuuKhac, tenKetQuaLuu, type GiaTriO } from "../../src/template";
import { giaTriTuTho } from "../../src/template/cellValue";
import { hoSoDayDu, withChiTieu, type RawHoSo } from "../helpers/hoSo";

function hopLe(raw: RawHoSo): HoSo {
  const r = validateHoSo(raw);
  if (!r.ok) throw new Error(r.loi.join("\n"));
  return r.hoSo;
}

/** The stored value of every named cell of the template made from the hồ sơ, as a reader would get it. */
function oCuaMau(hoSo: HoSo): Map<string, GiaTriO> {
  const o = new Map<string, GiaTriO>();
  for (const sheet of buildWorkbookSpec(hoSo).sheets) {
    for (const c of sheet.cells) if (c.name) o.set(c.name, giaTriTuTho(c.formula ? c.result : c.value));
  }
  return o;
}

const nguon = (o: Map<string, GiaTriO>) => ({ has: (t: string) => o.has(t), get: (t: string) => o.get(t) ?? null });

const CASES: [string, RawHoSo][] = (Object.keys(RULE_SETS) as BoTieuChiId[]).flatMap((bo) => {
  const loai = loaiCuaBo(RULE_SETS[bo])[0];
  const day = hoSoDayDu(bo, loai);
  const [dau, hai] = RULE_SETS[bo].chiTieu;
  return [
    [`${bo} full`, day],
    [`${bo} one indicator without evidence, one missing`, withChiTieu(withChiTieu(day, dau.id, { ...day.chiTieu[dau.id], minhChung: [] }), hai.id, undefined)],
    ...(RULE_SETS[bo].chamDiem ? [] : [[`${bo} with a council`, { ...day, hoiDong: { chiTieu: { [dau.id]: { xepLoai: "khong-dat" } } } }] as [string, RawHoSo]]),
  ];
});

test.each(CASES)("%s: every stored result the template writes is the engine's", (_ten, raw) => {
  const hoSo = hopLe(raw);
  const o = oCuaMau(hoSo);
  const ruleSet = RULE_SETS[hoSo.boTieuChi];
  // Every result the check reads is in the template (none silently skipped).
  expect(tenKetQuaLuu(ruleSet).filter((t) => !o.has(t))).toEqual([]);
  expect(ketQuaLuuKhac(nguon(o), evaluateHoSo(hoSo), ruleSet)).toEqual([]);
});

test("a level written over is named with what it holds and what the rules give; blanks and errors claim nothing", () => {
  const hoSo = hopLe(withChiTieu(hoSoDayDu("tt24-huyen", "co-quan"), "2.1", { soDat: 10, tongSo: 100, minhChung: ["TC2-01"] }));
  const o = oCuaMau(hoSo);
  o.set("CT_2_1_MUCDO", "Đạt mức độ 2");
  o.set("KET_LUAN", " Đạt mức độ 2 ");
  o.set("TC_1_MUCDO", null);
  o.set("TC_3_MUCDO", { loi: "#NAME?" });
  o.set("TH_CT_KHONGDAT", "1"); // a number typed as text reads as the number it shows
  expect(ketQuaLuuKhac(nguon(o), evaluateHoSo(hoSo), RULE_SETS["tt24-huyen"])).toEqual([
    { ten: "CT_2_1_MUCDO", daLuu: "Đạt mức độ 2", tinhLai: "Không đạt" },
    { ten: "KET_LUAN", daLuu: " Đạt mức độ 2 ", tinhLai: "Không đạt" },
  ]);
});

test("TT22: points and class", () => {
  const hoSo = hopLe(hoSoDayDu("tt22", "co-quan"));
  const o = oCuaMau(hoSo);
  o.set("TONG_DIEM", 100);
  o.set("CT_2_1_DIEM", 2);
  o.set("KET_LUAN", "Khá");
  const k = ketQuaLuuKhac(nguon(o), evaluateHoSo(hoSo), RULE_SETS.tt22);
  expect(k.map((x) => x.ten)).toEqual(["CT_2_1_DIEM", "KET_LUAN"]);
  expect(k[1]).toEqual({ ten: "KET_LUAN", daLuu: "Khá", tinhLai: "Tốt" });
});
