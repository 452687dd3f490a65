/**
 * The DVHT custom functions as plain functions over src/rules: each returns a value or a Vietnamese problem,
 * and functions.ts turns a problem into an Excel error. No Office here, so they are unit-testable.
 * Inputs are checked by the same schema as a hồ sơ (validateHoSo), so a cell and a JSON file are judged alike.
 */
import {
  CO_KHONG,
  THONG_BAO_CHON,
  THONG_BAO_HAM,
  LOAI_DON_VI,
  maMinhChung,
  RULE_SETS,
  XEP_LOAI,
  gopMucDo,
  hangTheoDiem,
  indicatorResult,
  isBoTieuChiId,
  tyLeHienThiTuDem,
  phanSoCuaTyLeHienThi,
  validateHoSo,
  type BoTieuChiId,
  type ChiTieuDef,
  type ChiTieuTyLe,
  type LoaiDonVi,
  type TrangThai,
} from "../rules";

export type KetQuaHam<T> = { ok: true; giaTri: T } | { ok: false; loi: string };

const ok = <T>(giaTri: T): KetQuaHam<T> => ({ ok: true, giaTri });
const loi = (message: string): KetQuaHam<never> => ({ ok: false, loi: message });

export const HOP_LE = "Hợp lệ";

/** A blank cell reaches a function as null, undefined or "" depending on the host: all mean “not typed”. */
function trong(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

// Defaults of omitted parameters are the argument table's (catalog.ts), applied before these functions run.
function docBo(boTieuChi: unknown): KetQuaHam<BoTieuChiId> {
  const bo = String(boTieuChi ?? "").trim();
  return isBoTieuChiId(bo) ? ok(bo) : loi(THONG_BAO_CHON.boKhongCo(bo, Object.keys(RULE_SETS)));
}

/** The indicator a cell names, as text ("2.1") or as the number Excel made of it (2.1). */
function timChiTieu(chiTieu: unknown, bo: BoTieuChiId): { id: string; def?: ChiTieuDef } {
  const id = typeof chiTieu === "number" ? chiTieu.toFixed(1) : String(chiTieu ?? "").trim();
  return { id, def: RULE_SETS[bo].chiTieu.find((d) => d.id === id) };
}

function docChiTieuTyLe(chiTieu: unknown, boTieuChi: unknown): KetQuaHam<{ bo: BoTieuChiId; def: ChiTieuTyLe }> {
  const bo = docBo(boTieuChi);
  if (!bo.ok) return bo;
  const { id, def } = timChiTieu(chiTieu, bo.giaTri);
  const cacChiTieu = RULE_SETS[bo.giaTri].chiTieu;
  if (!def) return loi(THONG_BAO_HAM.chiTieuKhongCo(id, bo.giaTri, cacChiTieu.map((d) => d.id)));
  if (def.kieu !== "ty-le") return loi(THONG_BAO_HAM.khongTheoTyLe(def.id, cacChiTieu.filter((d) => d.kieu === "ty-le").map((d) => d.id)));
  return ok({ bo: bo.giaTri, def });
}

function docLoai(loaiDonVi: unknown): KetQuaHam<LoaiDonVi> {
  const loai = String(loaiDonVi).trim().toLowerCase();
  return (LOAI_DON_VI as readonly string[]).includes(loai)
    ? ok(loai as LoaiDonVi)
    : loi(THONG_BAO_CHON.loaiKhongHopLe(String(loaiDonVi), LOAI_DON_VI));
}

/** "Có" / "Không" (any case) or TRUE / FALSE; blank is undefined. `truoc` starts the message of anything else. */
function docCoKhong(v: unknown, truoc: string): KetQuaHam<boolean | undefined> {
  if (trong(v)) return ok(undefined);
  if (typeof v === "boolean") return ok(v);
  const s = String(v).trim().toLocaleLowerCase("vi");
  if (s === CO_KHONG.co.toLocaleLowerCase("vi")) return ok(true);
  if (s === CO_KHONG.khong.toLocaleLowerCase("vi")) return ok(false);
  return loi(`${truoc}${THONG_BAO_CHON.coKhong(String(v))}`);
}

const docCongLap = (v: unknown) => docCoKhong(v, "công lập ");

/** The unit as two function arguments: its type and whether it is public (blank: not said). */
function docDonVi(loaiDonVi: unknown, congLap: unknown): KetQuaHam<{ loai: LoaiDonVi; congLap: boolean | null }> {
  const loai = docLoai(loaiDonVi);
  if (!loai.ok) return loai;
  const cl = docCongLap(congLap);
  return cl.ok ? ok({ loai: loai.giaTri, congLap: cl.giaTri ?? null }) : cl;
}

/** Evidence: omitted ⇒ assumed (the function checks a percentage); typed blank, FALSE or "" ⇒ none. */
function docMinhChung(v: unknown): string[] | boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === "boolean") return v;
  return maMinhChung(String(v));
}

const so = (v: unknown) => (trong(v) ? null : v);

const CHI_TIEU_DEM = (() => {
  for (const rs of Object.values(RULE_SETS)) {
    const def = rs.chiTieu.find((d) => d.kieu === "ty-le" && !d.nguoiHoc);
    if (def) return { bo: rs.id, id: def.id };
  }
  throw new Error("không có chỉ tiêu tỷ lệ thành viên nào");
})();

/** Checks one indicator's inputs with the hồ sơ schema; messages lose the "chiTieu.<id>." prefix of a file path. */
function kiemTraMot(bo: BoTieuChiId, donVi: { loai: LoaiDonVi; congLap?: boolean | null }, id: string, nhap: Record<string, unknown>) {
  const checked = validateHoSo({ boTieuChi: bo, donVi, chiTieu: { [id]: nhap } });
  return checked.ok
    ? { ok: true as const, hoSo: checked.hoSo }
    : { ok: false as const, loi: checked.loi.map((l) => l.replace(`chiTieu.${id}.`, "")).join("; ") };
}

/**
 * MUCDO: the level of a member-share indicator, with the engine's full semantics (applicability, missing data,
 * evidence, exact comparison). Optional learner counts complete 3.1 for education units.
 */
export function mucDo(
  soDat: unknown,
  tongSo: unknown,
  chiTieu: unknown,
  boTieuChi?: unknown,
  loaiDonVi?: unknown,
  minhChung?: unknown,
  congLap?: unknown,
  nguoiHocDat?: unknown,
  tongNguoiHoc?: unknown,
  tyLeNhap?: unknown,
  tyLeNguoiHocNhap?: unknown,
): KetQuaHam<string> {
  const ct = docChiTieuTyLe(chiTieu, boTieuChi);
  if (!ct.ok) return ct;
  const donVi = docDonVi(loaiDonVi, congLap);
  if (!donVi.ok) return donVi;
  const { bo, def } = ct.giaTri;
  const nhap: Record<string, unknown> = { soDat: so(soDat), tongSo: so(tongSo), tyLe: so(tyLeNhap), minhChung: docMinhChung(minhChung) };
  if (def.nguoiHoc) Object.assign(nhap, { nguoiHocDat: so(nguoiHocDat), tongNguoiHoc: so(tongNguoiHoc), tyLeNguoiHoc: so(tyLeNguoiHocNhap) });
  const checked = kiemTraMot(bo, donVi.giaTri, def.id, nhap);
  if (!checked.ok) return loi(checked.loi);
  return ok(indicatorResult(def, checked.hoSo.chiTieu[def.id], checked.hoSo.donVi).xepLoai);
}

/** KIEMTRA: "Hợp lệ", or the problems with the counts in Vietnamese (never an error value). */
export function kiemTra(soDat: unknown, tongSo: unknown, chiTieu?: unknown, boTieuChi?: unknown): KetQuaHam<string> {
  const ct = docChiTieuTyLe(chiTieu, boTieuChi);
  if (!ct.ok) return ok(ct.loi);
  const { bo, def } = ct.giaTri;
  if (trong(soDat) || trong(tongSo)) return ok(`${XEP_LOAI["chua-du-du-lieu"]}: cần số đạt và tổng số`);
  const checked = kiemTraMot(bo, { loai: "co-quan" }, def.id, { soDat, tongSo });
  return ok(checked.ok ? HOP_LE : checked.loi);
}

/** TYLE: the exact share rounded down to 2 decimals of a percent, as a fraction for a 0.00% cell. */
export function tyLe(soDat: unknown, tongSo: unknown): KetQuaHam<number> {
  // Any member-share indicator checks counts alike: the first one of the first rule set that has one.
  const checked = kiemTraMot(CHI_TIEU_DEM.bo, { loai: "co-quan" }, CHI_TIEU_DEM.id, { soDat, tongSo });
  if (!checked.ok) return loi(checked.loi);
  const n = checked.hoSo.chiTieu[CHI_TIEU_DEM.id];
  if (n.soDat === undefined || n.tongSo === undefined) return loi(THONG_BAO_HAM.canDem);
  return ok(phanSoCuaTyLeHienThi(tyLeHienThiTuDem(n.soDat, n.tongSo)));
}

/** NGUONG: the threshold (percentage points) of an indicator at mức độ 1 or 2; learners' with nguoiHoc = TRUE. */
export function nguong(chiTieu: unknown, mucDoSo: unknown, boTieuChi?: unknown, nguoiHoc?: unknown): KetQuaHam<number> {
  const ct = docChiTieuTyLe(chiTieu, boTieuChi);
  if (!ct.ok) return ct;
  if (mucDoSo !== 1 && mucDoSo !== 2) return loi(THONG_BAO_HAM.mucDoSai(String(mucDoSo)));
  const def = ct.giaTri.def;
  const bang = nguoiHoc === true ? def.nguoiHoc?.nguong : def.nguong;
  if (!bang) return loi(THONG_BAO_HAM.khongCoNguoiHoc(def.id));
  return ok(mucDoSo === 1 ? bang.mucDo1 : bang.mucDo2);
}

const TRANG_THAI_THEO_CHU = new Map(Object.entries(XEP_LOAI).map(([k, v]) => [v.toLocaleLowerCase("vi"), k as TrangThai]));

/** TIEUCHI / KETLUAN: the level of a criterion (or the unit) from the levels of its parts; blank cells are skipped. */
export function gopMucDoTuO(range: unknown): KetQuaHam<string> {
  const cells = (Array.isArray(range) ? range.flat(2) : [range]) as unknown[];
  const states: TrangThai[] = [];
  for (const v of cells) {
    if (trong(v)) continue;
    const s = TRANG_THAI_THEO_CHU.get(String(v).trim().toLocaleLowerCase("vi"));
    if (!s) return loi(THONG_BAO_HAM.khongPhaiXepLoai(String(v), Object.values(XEP_LOAI)));
    states.push(s);
  }
  return ok(XEP_LOAI[gopMucDo(states)]);
}


function docChiTieuDiem(chiTieu: unknown, boTieuChi: unknown): KetQuaHam<{ bo: BoTieuChiId; def: ChiTieuDef }> {
  const bo = docBo(boTieuChi);
  if (!bo.ok) return bo;
  if (!RULE_SETS[bo.giaTri].chamDiem) return loi(THONG_BAO_HAM.khongChamDiem(bo.giaTri, "MUCDO"));
  const { id, def } = timChiTieu(chiTieu, bo.giaTri);
  if (!def) return loi(THONG_BAO_HAM.chiTieuKhongCo(id, bo.giaTri, RULE_SETS[bo.giaTri].chiTieu.map((d) => d.id)));
  return ok({ bo: bo.giaTri, def });
}

/** The one input of a choice or yes/no indicator, from its label ("Có", "Lồng ghép …") or its code. */
function giaTriLuaChon(def: ChiTieuDef, giaTri: unknown): KetQuaHam<Record<string, unknown>> {
  if (trong(giaTri)) return ok({});
  if (def.kieu === "dat") {
    const dat = docCoKhong(giaTri, `chỉ tiêu ${def.id}: `);
    return dat.ok ? ok({ dat: dat.giaTri }) : dat;
  }
  const chu = String(giaTri).trim().toLocaleLowerCase("vi");
  if (def.kieu !== "lua-chon") return loi(THONG_BAO_HAM.khongCoLuaChon(def.id));
  const chon = def.luaChon.find((c) => c.ma === chu || c.ten.toLocaleLowerCase("vi") === chu);
  return chon ? ok({ [def.truong]: chon.ma }) : loi(THONG_BAO_HAM.chonMotTrong(def.id, def.luaChon.map((c) => c.ten), String(giaTri)));
}

/**
 * DIEM: the points of one indicator of a points-based rule set (TT22): a rate indicator from số đạt and tổng số (or a
 * typed rate when tổng số is blank), a choice from its label, 1.2 from Có/Không. Missing input → “Chưa đủ dữ liệu”.
 */
export function diem(
  chiTieu: unknown,
  giaTri: unknown,
  tongSo?: unknown,
  minhChung?: unknown,
  boTieuChi?: unknown,
  loaiDonVi?: unknown,
  congLap?: unknown,
): KetQuaHam<number | string> {
  const ct = docChiTieuDiem(chiTieu, boTieuChi);
  if (!ct.ok) return ct;
  const donVi = docDonVi(loaiDonVi, congLap);
  if (!donVi.ok) return donVi;
  const { bo, def } = ct.giaTri;
  let nhap: Record<string, unknown>;
  if (def.kieu === "ty-le-diem") {
    nhap = trong(tongSo) && !trong(giaTri) ? { tyLe: giaTri } : { soDat: so(giaTri), tongSo: so(tongSo) };
  } else {
    if (!trong(tongSo)) return loi(THONG_BAO_HAM.boTrongTongSo(def.id));
    const lc = giaTriLuaChon(def, giaTri);
    if (!lc.ok) return lc;
    nhap = lc.giaTri;
  }
  const checked = kiemTraMot(bo, donVi.giaTri, def.id, { ...nhap, minhChung: docMinhChung(minhChung) });
  if (!checked.ok) return loi(checked.loi);
  const r = indicatorResult(def, checked.hoSo.chiTieu[def.id], checked.hoSo.donVi);
  return ok(r.diem ?? r.xepLoai);
}

/**
 * XEPLOAI: the class of a total (Tốt / Khá / Trung bình / Chưa đạt), from a number or from a range of points;
 * a range still holding “Chưa đủ dữ liệu” gives that.
 */
export function xepLoai(diemHoacVung: unknown, boTieuChi?: unknown): KetQuaHam<string> {
  const bo = docBo(boTieuChi);
  if (!bo.ok) return bo;
  const cham = RULE_SETS[bo.giaTri].chamDiem;
  if (!cham) return loi(THONG_BAO_HAM.khongChamDiem(bo.giaTri, "KETLUAN"));
  const cells = (Array.isArray(diemHoacVung) ? diemHoacVung.flat(2) : [diemHoacVung]) as unknown[];
  let tong = 0;
  let thieu = false;
  for (const v of cells) {
    if (trong(v) || TRANG_THAI_THEO_CHU.get(String(v).trim().toLocaleLowerCase("vi")) === "khong-ap-dung") continue;
    if (typeof v === "number" && Number.isFinite(v)) tong += v;
    else if (TRANG_THAI_THEO_CHU.get(String(v).trim().toLocaleLowerCase("vi")) === "chua-du-du-lieu") thieu = true;
    else return loi(THONG_BAO_HAM.khongPhaiDiem(String(v)));
  }
  if (cells.every(trong)) return ok(XEP_LOAI["chua-du-du-lieu"]);
  if (tong < 0 || tong > cham.diemToiDa) return loi(THONG_BAO_HAM.tongDiemNgoai(tong, cham.diemToiDa));
  return ok(thieu ? XEP_LOAI["chua-du-du-lieu"] : hangTheoDiem(cham, tong).ten);
}
