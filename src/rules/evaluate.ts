/**
 * The evaluator of SPEC §2 "Evaluation semantics". The order of the checks is the contract:
 * not applicable → missing inputs → no evidence → the level the inputs reach.
 */
import { apDungCho } from "./applicability";
import { danhGiaHoiDong } from "./council";
import { demMucDo, gopMucDo, ketQuaTongHop } from "./aggregate";
import { XEP_LOAI, diemChu } from "./labels";
import { DOI_TUONG, LY_DO, tenTruong } from "./messages";
import { demDatNguong, tyLeDatNguong, tyLeHienThi, tyLeHienThiTuDem } from "./rate";
import { getRuleSet } from "./ruleSets";
import { bacDat, diemToiDa, diemToiDaTieuChi, ketLuanDiem, laChiTieuDiem, tongHopTieuChiDiem, trangThaiTheoDiem } from "./scoring";
import {
  MUC_CHUYEN_DOI_SO,
  type ChiTieuDef,
  type ChiTieuLuaChon,
  type ChiTieuMucChuyenDoiSo,
  type ChiTieuTyLeDiem,
  type ChiTieuNhap,
  type ChiTieuTyLe,
  type DonVi,
  type HoSo,
  type KetQuaChiTieu,
  type KetQuaDanhGia,
  type NguongMucDo,
  type TrangThai,
  type TyLeDanhGia,
} from "./types";

const KHONG_NHAP: ChiTieuNhap = { coMinhChung: false, minhChung: [] };

/** What an indicator's inputs reach, before the evidence rule is applied. */
interface DanhGiaDauVao {
  thieu: string[];
  mucDo: 0 | 1 | 2;
  lyDo: string[];
  tyLe: TyLeDanhGia[];
  /** Points reached by the inputs (points-based indicators). */
  diem?: number;
}

type MucDo = 0 | 1 | 2;
const TRANG_THAI_MUC: Record<MucDo, TrangThai> = { 0: "khong-dat", 1: "muc-do-1", 2: "muc-do-2" };

export function evaluateHoSo(hoSo: HoSo): KetQuaDanhGia {
  const ruleSet = getRuleSet(hoSo.boTieuChi);
  const chiTieu = ruleSet.chiTieu.map((def) => indicatorResult(def, hoSo.chiTieu[def.id] ?? KHONG_NHAP, hoSo.donVi));
  const cham = ruleSet.chamDiem;
  const tieuChi: Record<string, ReturnType<typeof ketQuaTongHop>> = {};
  for (const tc of ruleSet.tieuChi) {
    const cua = chiTieu.filter((_, i) => ruleSet.chiTieu[i].tieuChi === tc.id);
    // Levels: the lowest indicator decides (seed 000 mục V.2). Points: the indicators add up (seed 004 Phụ lục).
    tieuChi[tc.id] = cham ? tongHopTieuChiDiem(cua, diemToiDaTieuChi(ruleSet, tc.id)) : ketQuaTongHop(gopMucDo(cua.map((r) => r.trangThai)));
  }
  const tieuChiStates = Object.values(tieuChi).map((r) => r.trangThai);
  const ketLuan = cham ? ketLuanDiem(cham, chiTieu) : ketQuaTongHop(gopMucDo(tieuChiStates));
  const ketQua: KetQuaDanhGia = {
    boTieuChi: ruleSet.id,
    chiTieu,
    tieuChi,
    ketLuan,
    tongHop: { chiTieu: demMucDo(chiTieu.map((r) => r.trangThai)), tieuChi: demMucDo(tieuChiStates) },
    ...(cham ? { tongDiem: ketLuan.diem } : {}),
  };
  return hoSo.hoiDong ? { ...ketQua, hoiDong: danhGiaHoiDong(ruleSet, ketQua, hoSo.hoiDong) } : ketQua;
}

export function indicatorResult(def: ChiTieuDef, nhap: ChiTieuNhap, donVi: DonVi): KetQuaChiTieu {
  const result = (trangThai: TrangThai, lyDo: string[], tyLe: TyLeDanhGia[] = []): KetQuaChiTieu => ({
    id: def.id,
    trangThai,
    xepLoai: XEP_LOAI[trangThai],
    lyDo,
    tyLe,
  });
  const apDung = apDungCho(def.apDung, donVi);
  if (apDung === false) return result("khong-ap-dung", [LY_DO.khongApDung(donVi.loai)]);
  if (apDung === undefined) return result("chua-du-du-lieu", [LY_DO.chuaKhaiCongLap]);

  const dauVao = DANH_GIA_THEO_KIEU[def.kieu](def as never, nhap, donVi);
  if (dauVao.thieu.length > 0) return result("chua-du-du-lieu", [LY_DO.thieu(dauVao.thieu)], dauVao.tyLe);
  if (laChiTieuDiem(def)) {
    // “Việc đánh giá phải căn cứ vào kết quả đạt được của từng tiêu chí, có minh chứng cụ thể” (seed 004, III.1):
    // without evidence the indicator scores 0.
    const toiDa = diemToiDa(def);
    const diem = nhap.coMinhChung ? (dauVao.diem ?? 0) : 0;
    const lyDo = nhap.coMinhChung ? dauVao.lyDo : [LY_DO.khongMinhChungDiem, ...dauVao.lyDo];
    return { ...result(trangThaiTheoDiem(diem, toiDa), lyDo, dauVao.tyLe), xepLoai: diemChu(diem, toiDa), diem, diemToiDa: toiDa };
  }
  if (!nhap.coMinhChung) return result("khong-dat", [LY_DO.khongMinhChung, ...dauVao.lyDo], dauVao.tyLe);
  return result(TRANG_THAI_MUC[dauVao.mucDo], dauVao.lyDo, dauVao.tyLe);
}

/** One evaluator per kind of indicator; a new kind of rule set adds a row here, not a special case. */
const DANH_GIA_THEO_KIEU: {
  [K in ChiTieuDef["kieu"]]: (def: Extract<ChiTieuDef, { kieu: K }>, nhap: ChiTieuNhap, donVi: DonVi) => DanhGiaDauVao;
} = {
  dat: (def, nhap) => {
    if (nhap.dat === undefined) return { thieu: [tenTruong("dat")], mucDo: 0, lyDo: [], tyLe: [] };
    // A yes/no indicator that holds is “Đạt mức độ 2”: mức độ 2 asks the same as mức độ 1 (seed 000, IV.1.2).
    // In a points rule set it is worth its points, or 0 (seed 004: “Có các quy định …: 10 điểm; Không …: 0 điểm”).
    const diem = def.diem === undefined ? undefined : nhap.dat ? def.diem : 0;
    return nhap.dat ? { thieu: [], mucDo: 2, lyDo: [], tyLe: [], diem } : { thieu: [], mucDo: 0, lyDo: [LY_DO.khongDat], tyLe: [], diem };
  },
  "ty-le": danhGiaTyLe,
  "muc-cds": danhGiaMucChuyenDoiSo,
  "lua-chon": danhGiaLuaChon,
  "ty-le-diem": danhGiaTyLeDiem,
};

function danhGiaLuaChon(def: ChiTieuLuaChon, nhap: ChiTieuNhap): DanhGiaDauVao {
  const ma = nhap[def.truong];
  const chon = def.luaChon.find((c) => c.ma === ma);
  if (!chon) return { thieu: [tenTruong(def.truong)], mucDo: 0, lyDo: [], tyLe: [] };
  const toiDa = diemToiDa(def);
  const lyDo = chon.diem < toiDa ? [LY_DO.luaChon(chon.ten, chon.diem)] : [];
  return { thieu: [], mucDo: 0, lyDo, tyLe: [], diem: chon.diem };
}

/** A share scored in bands: exact on counts (100% only when every member), tolerant only of binary noise when typed. */
function danhGiaTyLeDiem(def: ChiTieuTyLeDiem, nhap: ChiTieuNhap): DanhGiaDauVao {
  const phan = docPhan("thanhVien", nhap.soDat, nhap.tongSo, nhap.tyLe, ["soDat", "tongSo", "tyLe"]);
  if ("thieu" in phan) return { thieu: [phan.thieu], mucDo: 0, lyDo: [], tyLe: [] };
  const bac = bacDat(def.bac, phan.datMuc);
  const diem = bac?.diem ?? 0;
  const lyDo = diem < diemToiDa(def) ? [LY_DO.bacTyLe(phan.hienThi.hienThi, bac?.tu, diem, def.bac[def.bac.length - 1].tu)] : [];
  return { thieu: [], mucDo: 0, lyDo, tyLe: [phan.hienThi], diem };
}

function danhGiaTyLe(def: ChiTieuTyLe, nhap: ChiTieuNhap, donVi: DonVi): DanhGiaDauVao {
  const phan = [
    danhGiaPhan("thanhVien", def.nguong, nhap.soDat, nhap.tongSo, nhap.tyLe, ["soDat", "tongSo", "tyLe"]),
  ];
  if (def.nguoiHoc && apDungCho(def.nguoiHoc.apDung, donVi)) {
    phan.push(
      danhGiaPhan("nguoiHoc", def.nguoiHoc.nguong, nhap.nguoiHocDat, nhap.tongNguoiHoc, nhap.tyLeNguoiHoc, [
        "nguoiHocDat",
        "tongNguoiHoc",
        "tyLeNguoiHoc",
      ]),
    );
  }
  return {
    thieu: phan.flatMap((p) => p.thieu),
    mucDo: Math.min(...phan.map((p) => p.mucDo)) as MucDo,
    lyDo: phan.flatMap((p) => p.lyDo),
    tyLe: phan.flatMap((p) => p.tyLe),
  };
}

/** One share (members or learners): exact on counts, tolerant only of binary noise on a typed rate. */
function danhGiaPhan(
  doiTuong: TyLeDanhGia["doiTuong"],
  nguong: NguongMucDo,
  soDat: number | undefined,
  tongSo: number | undefined,
  tyLe: number | undefined,
  [truongSoDat, truongTongSo, truongTyLe]: [string, string, string],
): DanhGiaDauVao {
  const phan = docPhan(doiTuong, soDat, tongSo, tyLe, [truongSoDat, truongTongSo, truongTyLe]);
  if ("thieu" in phan) return { thieu: [phan.thieu], mucDo: 0, lyDo: [], tyLe: [] };
  const { datMuc, hienThi } = phan;
  const mucDo: MucDo = datMuc(nguong.mucDo2) ? 2 : datMuc(nguong.mucDo1) ? 1 : 0;
  const lyDo =
    mucDo === 2
      ? []
      : [LY_DO.tyLeDuoi(DOI_TUONG[doiTuong], hienThi.hienThi, mucDo === 1 ? nguong.mucDo2 : nguong.mucDo1, mucDo === 1 ? 2 : 1)];
  return { thieu: [], mucDo, lyDo, tyLe: [hienThi] };
}

/** A share from counts (exact) or a typed rate (1e-9 tolerance), or what is missing to compute it. */
function docPhan(
  doiTuong: TyLeDanhGia["doiTuong"],
  soDat: number | undefined,
  tongSo: number | undefined,
  tyLe: number | undefined,
  [truongSoDat, truongTongSo, truongTyLe]: [string, string, string],
): { datMuc: (nguong: number) => boolean; hienThi: TyLeDanhGia } | { thieu: string } {
  if (soDat !== undefined && tongSo !== undefined) {
    return { datMuc: (n) => demDatNguong(soDat, tongSo, n), hienThi: { doiTuong, hienThi: tyLeHienThiTuDem(soDat, tongSo), soDat, tongSo } };
  }
  if (tyLe !== undefined) return { datMuc: (n) => tyLeDatNguong(tyLe, n), hienThi: { doiTuong, hienThi: tyLeHienThi(tyLe) } };
  const thieu = [soDat === undefined && truongSoDat, tongSo === undefined && truongTongSo]
    .filter((t): t is string => Boolean(t))
    .map(tenTruong);
  return { thieu: `${thieu.join(", ")} (hoặc ${tenTruong(truongTyLe)})` };
}

function danhGiaMucChuyenDoiSo(def: ChiTieuMucChuyenDoiSo, nhap: ChiTieuNhap): DanhGiaDauVao {
  const co = nhap.mucChuyenDoiSo;
  if (co === undefined) return { thieu: [tenTruong("mucChuyenDoiSo")], mucDo: 0, lyDo: [], tyLe: [] };
  const hang = MUC_CHUYEN_DOI_SO.indexOf(co);
  const mucDo: MucDo = hang >= MUC_CHUYEN_DOI_SO.indexOf(def.mucDo2) ? 2 : hang >= MUC_CHUYEN_DOI_SO.indexOf(def.mucDo1) ? 1 : 0;
  const lyDo = mucDo === 2 ? [] : [LY_DO.mucCdsDuoi(co, mucDo === 1 ? def.mucDo2 : def.mucDo1, mucDo === 1 ? 2 : 1)];
  return { thieu: [], mucDo, lyDo, tyLe: [] };
}
