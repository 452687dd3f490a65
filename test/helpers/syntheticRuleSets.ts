/**
 * Two rule sets that exist only in the tests, to prove that rule sets are data: nothing outside this file knows
 * them, yet the engine, the workbook and its native formulas, the DVHT functions, the readers and the consolidation
 * must all handle them. Each differs from the real ones where generic code used to assume today's sets:
 * four criteria; a levels set with a learner part on a different indicator than 3.1 and indicators limited to some
 * unit types (and to public units); a points set with a five-band indicator and a points indicator that applies
 * only to some units.
 */
import { dangKyBoTieuChi, isBoTieuChiId, LOAI_DON_VI, type BoTieuChiId, type LoaiDonVi, type PhamViApDung, type RuleSet } from "../../src/rules";

const TAT_CA: PhamViApDung = { loai: LOAI_DON_VI };
const GIAO_DUC: LoaiDonVi[] = ["mam-non", "pho-thong", "thpt", "gdnn", "dai-hoc", "giao-duc-khac"];
const NGUON = "Bộ tiêu chí thử nghiệm (chỉ có trong kiểm thử)";

export const BO_MUC = "thu-nghiem-muc" as BoTieuChiId;
export const BO_DIEM = "thu-nghiem-diem" as BoTieuChiId;

const BON_TIEU_CHI = [
  { id: "1", ten: "Tiêu chí thử một" },
  { id: "2", ten: "Tiêu chí thử hai" },
  { id: "3", ten: "Tiêu chí thử ba" },
  { id: "4", ten: "Tiêu chí thử bốn" },
];

const THU_NGHIEM_MUC: RuleSet = {
  id: BO_MUC,
  ten: "Bộ thử nghiệm theo mức độ",
  tenNgan: "Thử nghiệm (mức độ)",
  cap: "huyen",
  vanBan: NGUON,
  phienBan: "thu-nghiem-muc/1",
  lich: { hanNop: { ngay: 10, thang: 3 }, hanNopBaoGom: true, hanCongNhan: { ngay: 1, thang: 4 }, soNamBaoLuu: 2, soThangNangMuc: 24 },
  tieuChi: BON_TIEU_CHI,
  chiTieu: [
    { id: "1.1", tieuChi: "1", kieu: "dat", apDung: TAT_CA, noiDungNgan: "Điều kiện thử", noiDung: "Điều kiện thử", canCu: NGUON },
    {
      id: "1.2", tieuChi: "1", kieu: "dat", apDung: { loai: ["co-quan", "su-nghiep", "pho-thong"], chiCongLap: ["su-nghiep", "pho-thong"] },
      noiDungNgan: "Kinh phí thử (công lập)", noiDung: "Kinh phí thử", canCu: NGUON,
    },
    {
      id: "2.1", tieuChi: "2", kieu: "ty-le", apDung: TAT_CA, cotDanhSach: "Cột thử A",
      nguong: { mucDo1: 80, mucDo2: 88, canCu: NGUON }, noiDungNgan: "Tỷ lệ thử A", noiDung: "Tỷ lệ thử A", canCu: NGUON,
    },
    {
      id: "2.2", tieuChi: "2", kieu: "ty-le", apDung: TAT_CA, cotDanhSach: "Cột thử B",
      nguong: { mucDo1: 60, mucDo2: 75, canCu: NGUON },
      nguoiHoc: { apDung: { loai: GIAO_DUC.filter((l) => l !== "thpt" && l !== "dai-hoc") }, nguong: { mucDo1: 85, mucDo2: 92, canCu: NGUON } },
      noiDungNgan: "Tỷ lệ thử B, có người học", noiDung: "Tỷ lệ thử B", canCu: NGUON,
    },
    {
      id: "3.1", tieuChi: "3", kieu: "muc-cds", apDung: { loai: ["pho-thong", "gdnn"] }, mucDo1: "co-ban", mucDo2: "tot",
      noiDungNgan: "Chuyển đổi số thử", noiDung: "Chuyển đổi số thử", canCu: NGUON,
    },
    {
      id: "4.1", tieuChi: "4", kieu: "ty-le", apDung: { loai: ["kinh-te", "xa-hoi", "co-quan"] }, cotDanhSach: "Cột thử C",
      nguong: { mucDo1: 40, mucDo2: 55, canCu: NGUON }, noiDungNgan: "Tỷ lệ thử C (giới hạn)", noiDung: "Tỷ lệ thử C", canCu: NGUON,
    },
    { id: "4.2", tieuChi: "4", kieu: "dat", apDung: TAT_CA, noiDungNgan: "Điều kiện thử bốn", noiDung: "Điều kiện thử bốn", canCu: NGUON },
  ],
};

const NAM_BAC = [{ tu: 100, diem: 20 }, { tu: 80, diem: 15 }, { tu: 60, diem: 10 }, { tu: 40, diem: 5 }, { tu: 20, diem: 2 }];

const THU_NGHIEM_DIEM: RuleSet = {
  id: BO_DIEM,
  ten: "Bộ thử nghiệm chấm điểm",
  tenNgan: "Thử nghiệm (điểm)",
  cap: "tinh",
  vanBan: NGUON,
  phienBan: "thu-nghiem-diem/1",
  lich: { hanNop: { ngay: 5, thang: 12 }, hanNopBaoGom: false },
  ghiChuHuongDan: ["Ghi chú riêng của bộ thử nghiệm."],
  tieuChi: BON_TIEU_CHI,
  chiTieu: [
    {
      id: "1.1", tieuChi: "1", kieu: "lua-chon", truong: "luaChon", apDung: TAT_CA,
      luaChon: [{ ma: "a", ten: "Lựa chọn A", diem: 10 }, { ma: "b", ten: "Lựa chọn B", diem: 4 }, { ma: "c", ten: "Lựa chọn C", diem: 0 }],
      noiDungNgan: "Lựa chọn thử", noiDung: "Lựa chọn thử", canCu: NGUON,
    },
    { id: "1.2", tieuChi: "1", kieu: "dat", diem: 5, apDung: TAT_CA, noiDungNgan: "Có/không thử", noiDung: "Có/không thử", canCu: NGUON },
    { id: "2.1", tieuChi: "2", kieu: "ty-le-diem", bac: NAM_BAC, cotDanhSach: "Cột năm bậc", apDung: TAT_CA, noiDungNgan: "Năm bậc", noiDung: "Năm bậc", canCu: NGUON },
    {
      id: "3.1", tieuChi: "3", kieu: "ty-le-diem", bac: [{ tu: 90, diem: 15 }, { tu: 50, diem: 8 }, { tu: 25, diem: 3 }], cotDanhSach: "Cột giới hạn",
      apDung: { loai: ["co-quan", "su-nghiep", "gdnn"], chiCongLap: ["su-nghiep"] },
      noiDungNgan: "Ba bậc, chỉ một số loại đơn vị", noiDung: "Ba bậc, giới hạn", canCu: NGUON,
    },
    {
      id: "4.1", tieuChi: "4", kieu: "lua-chon", truong: "danhHieu", apDung: TAT_CA,
      luaChon: [{ ma: "x", ten: "Danh hiệu X", diem: 30 }, { ma: "y", ten: "Danh hiệu Y", diem: 12 }, { ma: "z", ten: "Không có", diem: 0 }],
      noiDungNgan: "Danh hiệu thử", noiDung: "Danh hiệu thử", canCu: NGUON,
    },
    { id: "4.2", tieuChi: "4", kieu: "dat", diem: 20, apDung: TAT_CA, noiDungNgan: "Có/không thử bốn", noiDung: "Có/không thử bốn", canCu: NGUON },
  ],
  chamDiem: {
    xepLoai: [
      { ma: "tot", ten: "Tốt", tu: 80, trangThai: "muc-do-2" },
      { ma: "kha", ten: "Khá", tu: 60, trangThai: "muc-do-1" },
      { ma: "trung-binh", ten: "Trung bình", tu: 35, trangThai: "muc-do-1" },
      { ma: "chua-dat", ten: "Chưa đạt", tu: 0, trangThai: "khong-dat" },
    ],
    diemToiDa: 100,
    canCu: NGUON,
    goiY: {},
  },
};

/** Registers both (once per test process; jest gives each test file its own modules). */
export function dangKyBoThuNghiem(): [BoTieuChiId, BoTieuChiId] {
  if (!isBoTieuChiId(BO_MUC)) dangKyBoTieuChi(THU_NGHIEM_MUC);
  if (!isBoTieuChiId(BO_DIEM)) dangKyBoTieuChi(THU_NGHIEM_DIEM);
  return [BO_MUC, BO_DIEM];
}
