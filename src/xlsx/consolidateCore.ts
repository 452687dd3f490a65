/**
 * What the council's register keeps of one unit's workbook, opened once: its data sealed by a fingerprint, the
 * result the engine gives from the inputs (never the stored result cells), each failing indicator with its reason.
 * Browser-safe (hashing handed in): the CLI and the task pane register files with the same code.
 */
import { THONG_BAO_SO, evaluateHoSo, getRuleSet, type BanNhan, type GiaTriNhan } from "../rules";
import { CHOT, giaTriNiemPhong, hoSoTuTen, kemO, ketQuaLuuKhac, tenCacONhap, type Bam } from "../template";
import { kiemTraSoDaMo } from "./lockCheck";
import { LoiSo, moTaVanDe, type SoMo } from "./openWorkbook";

export interface TepLoi {
  tep: string;
  lyDo: string;
}

/** A receipt before the register numbers and dates it. */
export type BanDoc = Omit<BanNhan, "ma" | "ngayNhan">;

const laOHoiDong = (ten: string) => ten.includes("_HOIDONG");

/** The register's fingerprint: the inputs, the rule set and version, and the unit's lock (its code and time). */
export async function vanTay(ban: Pick<BanDoc, "boTieuChi" | "phienBan" | "chot" | "giaTri">, bam: Bam): Promise<string> {
  const giaTri = Object.entries(ban.giaTri).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return bam(JSON.stringify({ cach: "so-hoi-dong-1", boTieuChi: ban.boTieuChi, phienBan: ban.phienBan, maBamChot: ban.chot.maBam ?? null, thoiDiemChot: ban.chot.thoiDiem ?? null, giaTri }));
}

export async function banNhanTuSo(so: SoMo, file: string, tenNgan: string, bam: Bam): Promise<BanDoc | TepLoi> {
  try {
    // The council's cells are not read with the unit's data: a council typo never makes the unit unreadable.
    const nguon = { has: (t: string) => !laOHoiDong(t) && so.viTri.has(t), get: so.get };
    const r = hoSoTuTen(nguon, tenNgan);
    if (!r.ok) {
      const v = r.vanDe[0];
      return { tep: file, lyDo: moTaVanDe(v, so.viTri) + (r.vanDe.length > 1 ? ` (và ${r.vanDe.length - 1} vấn đề khác)` : "") };
    }
    const ruleSet = getRuleSet(r.hoSo.boTieuChi);
    const k = evaluateHoSo(r.hoSo);
    const chotDoc = await kiemTraSoDaMo(so, file, bam).catch(() => ({ trangThai: "bang-chot-bi-sua" as const }));
    const chot = {
      trangThai: chotDoc.trangThai,
      ...(so.viTri.has(CHOT.maBam) ? { maBam: String(so.get(CHOT.maBam) ?? ""), thoiDiem: String(so.get(CHOT.thoiDiem) ?? "") } : {}),
    };
    const giaTri = Object.fromEntries(giaTriNiemPhong(ruleSet).filter((n) => so.viTri.has(n)).map((n) => [n, so.get(n)]));
    const hoiDongDienSan = tenCacONhap(ruleSet).filter((n) => laOHoiDong(n) && so.viTri.has(n) && so.get(n) !== null);
    const ban: BanDoc = {
      tep: file,
      ten: r.hoSo.donVi.ten ?? "",
      loai: r.hoSo.donVi.loai,
      congLap: r.hoSo.donVi.congLap ?? null,
      nam: r.hoSo.namDanhGia ?? null,
      boTieuChi: ruleSet.id,
      phienBan: ruleSet.phienBan,
      chot,
      vanTay: "",
      giaTri,
      tuDanhGia: { trangThai: k.ketLuan.trangThai, xepLoai: k.ketLuan.xepLoai, ...(k.tongDiem !== undefined ? { tongDiem: k.tongDiem } : {}) },
      tieuChi: Object.fromEntries(Object.entries(k.tieuChi).map(([id, t]) => [id, { trangThai: t.trangThai, xepLoai: t.xepLoai }])),
      chiTieu: k.chiTieu.map((c) => ({ id: c.id, trangThai: c.trangThai, xepLoai: c.xepLoai, lyDo: [...c.lyDo] })),
      // The council's computed cells follow the council's cells, which the register never reads: left out.
      ketQuaKhac: kemO(ketQuaLuuKhac(nguon, k, ruleSet), so.viTri).filter((x) => !laOHoiDong(x.ten)),
      hoiDongDienSan,
    };
    ban.vanTay = await vanTay(ban, bam);
    return ban;
  } catch (e) {
    if (e instanceof LoiSo) return { tep: file, lyDo: e.loi.join("; ") };
    return { tep: file, lyDo: THONG_BAO_SO.loiKhiDoc((e as Error).message) };
  }
}

/** Inputs (and the lock) that differ between a receipt and the file as it is now: name, old → new. */
export function khacKhiNhan(cu: Pick<BanNhan, "giaTri" | "chot">, moi: Pick<BanNhan, "giaTri" | "chot">): { ten: string; cu: GiaTriNhan; moi: GiaTriNhan }[] {
  const bang = (a: GiaTriNhan | undefined, b: GiaTriNhan | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const names = [...new Set([...Object.keys(cu.giaTri), ...Object.keys(moi.giaTri)])].sort();
  const thayDoi = names.filter((n) => !bang(cu.giaTri[n], moi.giaTri[n])).map((ten) => ({ ten, cu: cu.giaTri[ten] ?? null, moi: moi.giaTri[ten] ?? null }));
  if ((cu.chot.maBam ?? null) !== (moi.chot.maBam ?? null)) thayDoi.push({ ten: CHOT.maBam, cu: cu.chot.maBam ?? null, moi: moi.chot.maBam ?? null });
  if ((cu.chot.thoiDiem ?? null) !== (moi.chot.thoiDiem ?? null)) thayDoi.push({ ten: CHOT.thoiDiem, cu: cu.chot.thoiDiem ?? null, moi: moi.chot.thoiDiem ?? null });
  return thayDoi;
}

