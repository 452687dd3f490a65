/**
 * The DVHT custom functions as one table (HyperFormula's `implementedFunctions` is the model): name, parameters
 * with their type, default and Vietnamese description, and the plain function that computes the result. The Excel
 * registration (functions.ts), the metadata Excel reads (functions.json, see metadata.ts) and the tests all come
 * from this table, so a parameter cannot be documented one way and parsed another.
 */
import { diem, gopMucDoTuO, kiemTra, mucDo, nguong, tyLe, xepLoai, type KetQuaHam } from "./core";

/** Excel's parameter types for custom functions ("any" takes numbers, text, booleans and blanks alike). */
export type KieuThamSo = "number" | "string" | "boolean" | "any";

export interface ThamSo {
  ten: string;
  kieu: KieuThamSo;
  /** A range of cells (a matrix) rather than one value. */
  vung?: true;
  /** Optional parameters may be left out; a blank or omitted one takes `macDinh` when it has one. */
  tuyChon?: true;
  macDinh?: string;
  moTa: string;
}

export interface HamDef {
  id: string;
  moTa: string;
  ketQua: { kieu: KieuThamSo; moTa: string };
  thamSo: readonly ThamSo[];
  chay: (...args: unknown[]) => KetQuaHam<unknown>;
}

const BO_MUC_DO = "tt24-huyen";
const BO_DIEM = "tt22";

const boTieuChi = (macDinh: string, moTa: string): ThamSo => ({ ten: "boTieuChi", kieu: "string", tuyChon: true, macDinh, moTa });
const LOAI_DON_VI_THAM_SO = { ten: "loaiDonVi", kieu: "string", tuyChon: true, macDinh: "co-quan" } as const;
const CONG_LAP = { ten: "congLap", kieu: "any", tuyChon: true } as const;
const soDat: ThamSo = { ten: "soDat", kieu: "any", moTa: "Số thành viên đạt (số nguyên ≥ 0)." };
const tongSo: ThamSo = { ten: "tongSo", kieu: "any", moTa: "Tổng số thành viên (số nguyên ≥ 1)." };

/** The functions in the order Excel lists them. */
export const DANH_MUC_HAM: readonly HamDef[] = [
  {
    id: "MUCDO",
    moTa: "Xếp loại một chỉ tiêu tính theo tỷ lệ thành viên (2.1–2.5, 3.1): Không đạt, Đạt mức độ 1, Đạt mức độ 2, Không áp dụng hoặc Chưa đủ dữ liệu.",
    ketQua: { kieu: "string", moTa: "Xếp loại chỉ tiêu." },
    thamSo: [
      soDat,
      tongSo,
      { ten: "chiTieu", kieu: "string", moTa: "Mã chỉ tiêu, ví dụ \"2.1\"." },
      boTieuChi(BO_MUC_DO, "Bộ tiêu chí: \"tt24-huyen\" (mặc định) hoặc \"tt24-tinh\"."),
      { ...LOAI_DON_VI_THAM_SO, moTa: "Loại đơn vị, ví dụ \"co-quan\" (mặc định), \"pho-thong\", \"dai-hoc\"." },
      { ten: "minhChung", kieu: "any", tuyChon: true, moTa: "Mã minh chứng; để trống nghĩa là không có minh chứng (Không đạt). Bỏ qua tham số nếu chỉ xét tỷ lệ." },
      { ...CONG_LAP, moTa: "\"Có\" hoặc \"Không\"." },
      { ten: "nguoiHocDat", kieu: "any", tuyChon: true, moTa: "Số người học đạt (chỉ tiêu 3.1 của cơ sở giáo dục)." },
      { ten: "tongNguoiHoc", kieu: "any", tuyChon: true, moTa: "Tổng số người học (chỉ tiêu 3.1 của cơ sở giáo dục)." },
      { ten: "tyLe", kieu: "any", tuyChon: true, moTa: "Tỷ lệ nhập tay khi không có số đếm (0,935 hoặc 93,5); để trống nếu đã có số đạt và tổng số." },
      { ten: "tyLeNguoiHoc", kieu: "any", tuyChon: true, moTa: "Tỷ lệ người học nhập tay khi không có số đếm người học (chỉ tiêu 3.1 của cơ sở giáo dục)." },
    ],
    chay: mucDo,
  },
  {
    id: "TYLE",
    moTa: "Tỷ lệ chính xác của số đạt trên tổng số, làm tròn xuống 2 chữ số thập phân của phần trăm (định dạng ô 0,00%).",
    ketQua: { kieu: "number", moTa: "Tỷ lệ dạng phân số, ví dụ 0,9333 (93,33%)." },
    thamSo: [soDat, tongSo],
    chay: tyLe,
  },
  {
    id: "NGUONG",
    moTa: "Ngưỡng tỷ lệ (điểm phần trăm) của một chỉ tiêu ở mức độ 1 hoặc 2, theo Thông tư 24/2023/TT-BGDĐT.",
    ketQua: { kieu: "number", moTa: "Ngưỡng, ví dụ 50." },
    thamSo: [
      { ten: "chiTieu", kieu: "string", moTa: "Mã chỉ tiêu, ví dụ \"2.4\"." },
      { ten: "mucDo", kieu: "number", moTa: "Mức độ: 1 hoặc 2." },
      boTieuChi(BO_MUC_DO, "Bộ tiêu chí: \"tt24-huyen\" (mặc định) hoặc \"tt24-tinh\"."),
      { ten: "nguoiHoc", kieu: "boolean", tuyChon: true, moTa: "TRUE để lấy ngưỡng người học của chỉ tiêu 3.1." },
    ],
    chay: nguong,
  },
  {
    id: "KIEMTRA",
    moTa: "Kiểm tra số đạt và tổng số: trả về \"Hợp lệ\" hoặc mô tả lỗi bằng tiếng Việt.",
    ketQua: { kieu: "string", moTa: "\"Hợp lệ\" hoặc vấn đề cần sửa." },
    thamSo: [
      { ten: "soDat", kieu: "any", moTa: "Số đạt." },
      { ten: "tongSo", kieu: "any", moTa: "Tổng số." },
      { ten: "chiTieu", kieu: "string", tuyChon: true, macDinh: "2.1", moTa: "Mã chỉ tiêu, ví dụ \"2.1\" (mặc định)." },
      boTieuChi(BO_MUC_DO, "Bộ tiêu chí: \"tt24-huyen\" (mặc định) hoặc \"tt24-tinh\"."),
    ],
    chay: kiemTra,
  },
  {
    id: "TIEUCHI",
    moTa: "Xếp loại tiêu chí từ xếp loại các chỉ tiêu (Không đạt nếu có chỉ tiêu không đạt; mức thấp nhất nếu đều đạt).",
    ketQua: { kieu: "string", moTa: "Xếp loại tiêu chí." },
    thamSo: [{ ten: "xepLoaiChiTieu", kieu: "any", vung: true, moTa: "Vùng ô chứa xếp loại các chỉ tiêu." }],
    chay: gopMucDoTuO,
  },
  {
    id: "KETLUAN",
    moTa: "Đánh giá mức độ đạt được của đơn vị từ xếp loại các tiêu chí.",
    ketQua: { kieu: "string", moTa: "Kết luận: Không đạt, Đạt mức độ 1, Đạt mức độ 2 hoặc Chưa đủ dữ liệu." },
    thamSo: [{ ten: "xepLoaiTieuChi", kieu: "any", vung: true, moTa: "Vùng ô chứa xếp loại các tiêu chí." }],
    chay: gopMucDoTuO,
  },
  {
    id: "DIEM",
    moTa: "Điểm tự chấm của một chỉ tiêu theo cách cho điểm của Thông tư 22/2020/TT-BGDĐT (hướng dẫn tỉnh Ninh Bình).",
    ketQua: { kieu: "any", moTa: "Số điểm, hoặc \"Chưa đủ dữ liệu\"." },
    thamSo: [
      { ten: "chiTieu", kieu: "string", moTa: "Mã chỉ tiêu, ví dụ \"2.1\"." },
      { ten: "giaTri", kieu: "any", moTa: "Chỉ tiêu tỷ lệ: số thành viên đạt (hoặc tỷ lệ khi bỏ trống tổng số); chỉ tiêu 1.1, 1.3, 3.2: lựa chọn; chỉ tiêu 1.2: \"Có\" hoặc \"Không\"." },
      { ten: "tongSo", kieu: "any", tuyChon: true, moTa: "Tổng số thành viên (chỉ tiêu tỷ lệ)." },
      { ten: "minhChung", kieu: "any", tuyChon: true, moTa: "Mã minh chứng; để trống nghĩa là không có minh chứng (0 điểm). Bỏ qua tham số nếu chỉ xét số liệu." },
      boTieuChi(BO_DIEM, "Bộ tiêu chí chấm điểm: \"tt22\" (mặc định)."),
      { ...LOAI_DON_VI_THAM_SO, moTa: "Loại đơn vị, ví dụ \"co-quan\" (mặc định): chỉ tiêu không áp dụng cho loại này ghi \"Không áp dụng\"." },
      { ...CONG_LAP, moTa: "\"Có\" hoặc \"Không\" (chỉ tiêu chỉ áp dụng cho đơn vị công lập)." },
    ],
    chay: diem,
  },
  {
    id: "XEPLOAI",
    moTa: "Xếp loại đơn vị từ tổng điểm: Tốt (từ 85), Khá (từ 70), Trung bình (từ 50), Chưa đạt.",
    ketQua: { kieu: "string", moTa: "Tốt, Khá, Trung bình, Chưa đạt hoặc Chưa đủ dữ liệu." },
    thamSo: [
      { ten: "diem", kieu: "any", vung: true, moTa: "Tổng điểm, hoặc vùng ô chứa điểm các chỉ tiêu (ô “Không áp dụng” được bỏ qua)." },
      boTieuChi(BO_DIEM, "Bộ tiêu chí chấm điểm: \"tt22\" (mặc định)."),
    ],
    chay: xepLoai,
  },
];

/** A blank cell reaches a function as null, undefined or "" depending on the host: all mean “not typed”. */
export function oTrong(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function hamTheoTen(id: string): HamDef {
  const def = DANH_MUC_HAM.find((h) => h.id === id);
  if (!def) throw new Error(`Không có hàm DVHT.${id}`);
  return def;
}

/** Calls a function as Excel would: a blank or omitted parameter with a default takes it (from the table). */
export function goiHam(id: string, ...args: unknown[]): KetQuaHam<unknown> {
  const def = hamTheoTen(id);
  const daDu = def.thamSo.map((t, i) => (t.macDinh !== undefined && oTrong(args[i]) ? t.macDinh : args[i]));
  return def.chay(...daDu);
}
