/**
 * A corpus of invalid hồ sơ: each must give exit 2, nothing on stdout, and exactly these Vietnamese lines.
 * `raw` is the file's text when the file is not even JSON; then a line starts with the given text, `{tep}` being the file.
 */
import { BO_TIEU_CHI, RULE_SETS, apDungCho, loaiCuaBo, type BoTieuChiId, type ChiTieuDef, type ChiTieuLuaChon, type LoaiDonVi } from "../../src/rules";
import { truongNhapCua } from "../../src/rules/inputFields";
import { hoSoDayDu, nhapMucDo2, type RawChiTieu, type RawHoSo } from "../helpers/hoSo";

export interface BadInput {
  ten: string;
  input?: unknown;
  raw?: string;
  loi: string[];
}

const huyen = () => hoSoDayDu("tt24-huyen", "pho-thong");
const tinh = () => hoSoDayDu("tt24-tinh", "dai-hoc");

/** A copy of a passing hồ sơ with one change. */
function sua(make: () => RawHoSo, change: (h: RawHoSo & Record<string, unknown>) => void): RawHoSo {
  const h = JSON.parse(JSON.stringify(make()));
  change(h);
  return h;
}

export const BAD_INPUTS: BadInput[] = [
  { ten: "not JSON", raw: "{ boTieuChi: tt24 }", loi: ["{tep}: tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng 1, cột 3, tại “b” ("] },
  { ten: "a comma too many, on line 3", raw: '{\n  "boTieuChi": "tt24-huyen",\n}', loi: ["{tep}: tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng 3, cột 1, tại “}” ("] },
  { ten: "truncated JSON", raw: '{"boTieuChi": "tt24-huyen", "donVi": {', loi: ["{tep}: tệp không phải JSON hợp lệ: tệp kết thúc giữa chừng ở dòng 1, cột 39 ("] },
  { ten: "empty file", raw: " \n", loi: ["{tep}: tệp rỗng, không có hồ sơ"] },
  { ten: "U+FFFE before the JSON", raw: "\ufffe{", loi: ["{tep}: tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng 1, cột 1, tại “\ufffe” ("] },
  { ten: "a list instead of an object", input: [], loi: ["(hồ sơ): hồ sơ phải là một đối tượng JSON { … } (nhận được [])"] },
  { ten: "a string", input: "tt24-huyen", loi: ["(hồ sơ): hồ sơ phải là một đối tượng JSON { … } (nhận được \"tt24-huyen\")"] },
  { ten: "null", input: null, loi: ["(hồ sơ): hồ sơ phải là một đối tượng JSON { … } (nhận được null)"] },
  {
    ten: "empty object",
    input: {},
    loi: [
      "boTieuChi: thiếu bộ tiêu chí (bắt buộc); chọn một trong: tt24-huyen, tt24-tinh, tt22",
      "donVi: thiếu đơn vị (bắt buộc)",
      "namDanhGia: thiếu năm đánh giá (bắt buộc)",
      "chiTieu: thiếu danh sách chỉ tiêu (bắt buộc)",
    ],
  },
  { ten: "unknown rule set", input: sua(huyen, (h) => ((h as Record<string, unknown>).boTieuChi = "tt25")), loi: ["boTieuChi: bộ tiêu chí \"tt25\" không có; chọn một trong: tt24-huyen, tt24-tinh, tt22"] },
  { ten: "rule set in capitals", input: sua(huyen, (h) => ((h as Record<string, unknown>).boTieuChi = "TT24-HUYEN")), loi: ["boTieuChi: bộ tiêu chí \"TT24-HUYEN\" không có; chọn một trong: tt24-huyen, tt24-tinh, tt22"] },
  { ten: "missing donVi", input: sua(huyen, (h) => delete (h as Partial<RawHoSo>).donVi), loi: ["donVi: thiếu đơn vị (bắt buộc)"] },
  { ten: "donVi is a string", input: sua(huyen, (h) => ((h as Record<string, unknown>).donVi = "Trường THCS")), loi: ["donVi: đơn vị phải là một đối tượng JSON { … } (nhận được \"Trường THCS\")"] },
  { ten: "missing unit type", input: sua(huyen, (h) => delete (h.donVi as Partial<RawHoSo["donVi"]>).loai), loi: ["donVi.loai: thiếu loại đơn vị (bắt buộc); chọn một trong: co-quan, su-nghiep, kinh-te, xa-hoi, mam-non, pho-thong, thpt, gdnn, dai-hoc, giao-duc-khac"] },
  { ten: "unknown unit type", input: sua(huyen, (h) => ((h.donVi as Record<string, unknown>).loai = "truong-hoc")), loi: ["donVi.loai: loại đơn vị \"truong-hoc\" không hợp lệ; chọn một trong: co-quan, su-nghiep, kinh-te, xa-hoi, mam-non, pho-thong, thpt, gdnn, dai-hoc, giao-duc-khac"] },
  { ten: "unit type with accents", input: sua(huyen, (h) => ((h.donVi as Record<string, unknown>).loai = "phổ-thông")), loi: ["donVi.loai: loại đơn vị \"phổ-thông\" không hợp lệ; chọn một trong: co-quan, su-nghiep, kinh-te, xa-hoi, mam-non, pho-thong, thpt, gdnn, dai-hoc, giao-duc-khac"] },
  // SPEC §2 “Which units belong to which cấp”: one line naming donVi.loai, with the types of that cấp.
  { ten: "a university under tt24-huyen", input: sua(huyen, (h) => (h.donVi.loai = "dai-hoc")), loi: ['donVi.loai: loại đơn vị "dai-hoc" (Cơ sở giáo dục đại học) không thuộc cấp huyện của bộ tt24-huyen; chọn một trong: co-quan, su-nghiep, kinh-te, xa-hoi, mam-non, pho-thong, gdnn, giao-duc-khac'] },
  { ten: "an upper secondary school under tt24-huyen", input: sua(huyen, (h) => (h.donVi.loai = "thpt")), loi: ['donVi.loai: loại đơn vị "thpt" (Trường THPT, trường phổ thông nhiều cấp học (cao nhất là THPT)) không thuộc cấp huyện của bộ tt24-huyen; chọn một trong: co-quan, su-nghiep, kinh-te, xa-hoi, mam-non, pho-thong, gdnn, giao-duc-khac'] },
  { ten: "a preschool under tt24-tinh", input: sua(tinh, (h) => (h.donVi.loai = "mam-non")), loi: ['donVi.loai: loại đơn vị "mam-non" (Nhà trẻ, trường mẫu giáo, trường mầm non) không thuộc cấp tỉnh của bộ tt24-tinh; chọn một trong: co-quan, su-nghiep, kinh-te, xa-hoi, thpt, gdnn, dai-hoc, giao-duc-khac'] },
  { ten: "a primary/lower secondary school under tt24-tinh", input: sua(tinh, (h) => (h.donVi.loai = "pho-thong")), loi: ['donVi.loai: loại đơn vị "pho-thong" (Trường tiểu học, THCS, trường phổ thông nhiều cấp học (cao nhất là THCS)) không thuộc cấp tỉnh của bộ tt24-tinh; chọn một trong: co-quan, su-nghiep, kinh-te, xa-hoi, thpt, gdnn, dai-hoc, giao-duc-khac'] },
  { ten: "congLap as text", input: sua(huyen, (h) => ((h.donVi as Record<string, unknown>).congLap = "Có")), loi: ["donVi.congLap: công lập phải là true hoặc false (nhận được \"Có\")"] },
  { ten: "empty unit name", input: sua(huyen, (h) => (h.donVi.ten = "  ")), loi: ["donVi.ten: tên đơn vị không được để trống"] },
  { ten: "unit name a number", input: sua(huyen, (h) => ((h.donVi as Record<string, unknown>).ten = 42)), loi: ["donVi.ten: tên đơn vị phải là chuỗi ký tự (nhận được 42)"] },
  { ten: "missing year", input: sua(huyen, (h) => delete (h as Partial<RawHoSo>).namDanhGia), loi: ["namDanhGia: thiếu năm đánh giá (bắt buộc)"] },
  { ten: "year null", input: sua(huyen, (h) => ((h as Record<string, unknown>).namDanhGia = null)), loi: ["namDanhGia: năm đánh giá phải là số (nhận được null)"] },
  { ten: "typo in donVi (tenn)", input: sua(huyen, (h) => ((h.donVi as Record<string, unknown>).tenn = "Trường THCS")), loi: ["donVi.tenn: trường \"tenn\" không dùng ở đây; dùng: ten, loai, congLap"] },
  { ten: "typo in donVi (conglap)", input: sua(huyen, (h) => ((h.donVi as Record<string, unknown>).conglap = true)), loi: ["donVi.conglap: trường \"conglap\" không dùng ở đây; dùng: ten, loai, congLap"] },
  { ten: "year as text", input: sua(huyen, (h) => ((h as Record<string, unknown>).namDanhGia = "2025")), loi: ["namDanhGia: năm đánh giá phải là số (nhận được \"2025\")"] },
  { ten: "year with decimals", input: sua(huyen, (h) => (h.namDanhGia = 2025.5)), loi: ["namDanhGia: năm đánh giá phải là số nguyên (nhận được 2025.5)"] },
  { ten: "year too early", input: sua(huyen, (h) => (h.namDanhGia = 1999)), loi: ["namDanhGia: năm đánh giá (1999) phải lớn hơn hoặc bằng 2000"] },
  { ten: "year too late", input: sua(huyen, (h) => (h.namDanhGia = 2101)), loi: ["namDanhGia: năm đánh giá (2101) phải nhỏ hơn hoặc bằng 2100"] },
  { ten: "chiTieu is a list", input: sua(huyen, (h) => ((h as Record<string, unknown>).chiTieu = [])), loi: ["chiTieu: danh sách chỉ tiêu phải là một đối tượng JSON { … } (nhận được [])"] },
  { ten: "missing chiTieu", input: sua(huyen, (h) => delete (h as Partial<RawHoSo>).chiTieu), loi: ["chiTieu: thiếu danh sách chỉ tiêu (bắt buộc)"] },
  { ten: "unknown top-level field (typo)", input: sua(huyen, (h) => ((h as Record<string, unknown>).chitieu = {})), loi: ["chitieu: trường \"chitieu\" không dùng ở đây; dùng: boTieuChi, donVi, namDanhGia, chiTieu, hoiDong, vanBan, ghiChu"] },
  // The documents' fields (vanBan, issue 15): texts within one cell, real dates, only the fields of the list.
  {
    ten: "a report text longer than a cell",
    input: sua(huyen, (h) => (h.vanBan = { chiTieu: { "2.1": { moTa: "Mô tả.\n".repeat(300) } } })),
    loi: ["vanBan.chiTieu.2.1.moTa: “Mô tả hiện trạng” của chỉ tiêu 2.1 dài 2099 ký tự, quá giới hạn 2000 ký tự của một ô; hãy rút gọn, hoặc chuyển phần chi tiết vào một văn bản minh chứng và ghi mã của nó vào Minh chứng"],
  },
  {
    ten: "a document date that does not exist, a field of another group",
    input: sua(tinh, (h) => (h.vanBan = { toTrinh: { ngay: "2025-06-31" }, bienBan: { ngay: "2025-06-30" } })),
    loi: [
      'vanBan.toTrinh.ngay: “Ngày tờ trình” "2025-06-31" không phải một ngày có thật dạng yyyy-mm-dd (ví dụ 2025-12-20), năm từ 2000 đến 2100',
      'vanBan.bienBan.ngay: trường "ngay" không dùng ở đây; dùng: keHoach, batDau, ketThuc, diaDiem, thanhPhanKhac, uuDiem, tonTai',
    ],
  },
  { ten: "indicator not in the district set", input: sua(huyen, (h) => (h.chiTieu["3.6"] = { dat: true })), loi: ["chiTieu.3.6: chỉ tiêu \"3.6\" không có trong bộ tt24-huyen; dùng: 1.1, 1.2, 1.3, 1.4, 1.5, 2.1, 2.2, 2.3, 2.4, 2.5, 3.1, 3.2, 3.3, 3.4, 3.5"] },
  { ten: "indicator that does not exist", input: sua(tinh, (h) => (h.chiTieu["4.1"] = { dat: true })), loi: ["chiTieu.4.1: chỉ tiêu \"4.1\" không có trong bộ tt24-tinh; dùng: 1.1, 1.2, 1.3, 1.4, 1.5, 2.1, 2.2, 2.3, 2.4, 2.5, 3.1, 3.2, 3.3, 3.4, 3.5, 3.6"] },
  { ten: "indicator written 2,1", input: sua(tinh, (h) => (h.chiTieu["2,1"] = { soDat: 1, tongSo: 2 })), loi: ["chiTieu.2,1: chỉ tiêu \"2,1\" không có trong bộ tt24-tinh; dùng: 1.1, 1.2, 1.3, 1.4, 1.5, 2.1, 2.2, 2.3, 2.4, 2.5, 3.1, 3.2, 3.3, 3.4, 3.5, 3.6"] },
  { ten: "indicator is a number", input: sua(huyen, (h) => ((h.chiTieu as Record<string, unknown>)["1.1"] = 1)), loi: ["chiTieu.1.1: chỉ tiêu 1.1 phải là một đối tượng JSON { … } (nhận được 1)"] },
  { ten: "soDat greater than tongSo", input: sua(huyen, (h) => (h.chiTieu["2.1"] = { soDat: 120, tongSo: 100, minhChung: ["TC2-01"] })), loi: ["chiTieu.2.1.soDat: số đạt (120) lớn hơn tổng số (100)"] },
  { ten: "soDat negative", input: sua(huyen, (h) => (h.chiTieu["2.2"] = { soDat: -1, tongSo: 100 })), loi: ["chiTieu.2.2.soDat: số đạt (-1) phải lớn hơn hoặc bằng 0"] },
  { ten: "soDat with decimals", input: sua(huyen, (h) => (h.chiTieu["2.2"] = { soDat: 9.5, tongSo: 10 })), loi: ["chiTieu.2.2.soDat: số đạt phải là số nguyên (nhận được 9.5)"] },
  { ten: "soDat as text", input: sua(huyen, (h) => (h.chiTieu["2.3"] = { soDat: "95", tongSo: 100 })), loi: ["chiTieu.2.3.soDat: số đạt phải là số (nhận được \"95\")"] },
  { ten: "soDat a boolean", input: sua(huyen, (h) => (h.chiTieu["2.3"] = { soDat: true, tongSo: 100 })), loi: ["chiTieu.2.3.soDat: số đạt phải là số (nhận được true)"] },
  { ten: "tongSo zero", input: sua(huyen, (h) => (h.chiTieu["2.5"] = { soDat: 0, tongSo: 0 })), loi: ["chiTieu.2.5.tongSo: tổng số (0) phải lớn hơn hoặc bằng 1"] },
  { ten: "tongSo negative", input: sua(huyen, (h) => (h.chiTieu["2.5"] = { soDat: 0, tongSo: -5 })), loi: ["chiTieu.2.5.tongSo: tổng số (-5) phải lớn hơn hoặc bằng 1"] },
  { ten: "tongSo huge", input: sua(huyen, (h) => (h.chiTieu["2.5"] = { soDat: 1, tongSo: 1e300 })), loi: ["chiTieu.2.5.tongSo: tổng số (1e+300) phải nhỏ hơn hoặc bằng 9007199254740991"] },
  { ten: "learners: nguoiHocDat greater than tongNguoiHoc", input: sua(huyen, (h) => (h.chiTieu["3.1"] = { soDat: 1, tongSo: 1, nguoiHocDat: 1001, tongNguoiHoc: 1000 })), loi: ["chiTieu.3.1.nguoiHocDat: số người học đạt (1001) lớn hơn tổng số người học (1000)"] },
  { ten: "learners: tongNguoiHoc zero", input: sua(huyen, (h) => (h.chiTieu["3.1"] = { soDat: 1, tongSo: 1, nguoiHocDat: 0, tongNguoiHoc: 0 })), loi: ["chiTieu.3.1.tongNguoiHoc: tổng số người học (0) phải lớn hơn hoặc bằng 1"] },
  { ten: "learner fields on a non-member indicator", input: sua(huyen, (h) => (h.chiTieu["2.1"] = { soDat: 1, tongSo: 1, nguoiHocDat: 1, tongNguoiHoc: 1 })), loi: [
      "chiTieu.2.1.nguoiHocDat: trường \"nguoiHocDat\" không dùng ở đây; dùng: soDat, tongSo, tyLe, minhChung, ghiChu",
      "chiTieu.2.1.tongNguoiHoc: trường \"tongNguoiHoc\" không dùng ở đây; dùng: soDat, tongSo, tyLe, minhChung, ghiChu",
    ] },
  { ten: "rate above 100%", input: sua(huyen, (h) => (h.chiTieu["2.4"] = { tyLe: "150%" })), loi: ["chiTieu.2.4.tyLe: tỷ lệ 150% lớn hơn 100%"] },
  { ten: "rate above 100 points", input: sua(huyen, (h) => (h.chiTieu["2.4"] = { tyLe: 100.5 })), loi: ["chiTieu.2.4.tyLe: tỷ lệ (100.5) lớn hơn 100: nhập phân số từ 0 đến 1 hoặc số phần trăm từ 1 đến 100"] },
  { ten: "rate negative", input: sua(huyen, (h) => (h.chiTieu["2.4"] = { tyLe: -0.2 })), loi: ["chiTieu.2.4.tyLe: tỷ lệ (-0.2) không được âm"] },
  { ten: "rate unreadable text", input: sua(huyen, (h) => (h.chiTieu["2.4"] = { tyLe: "khoảng 90" })), loi: ["chiTieu.2.4.tyLe: không đọc được tỷ lệ \"khoảng 90\" (ví dụ hợp lệ: 0,935; 93,5; \"93,5%\")"] },
  { ten: "rate as an object", input: sua(huyen, (h) => (h.chiTieu["2.4"] = { tyLe: { giaTri: 90 } })), loi: ["chiTieu.2.4.tyLe: tỷ lệ phải là số (0,935 hoặc 93,5) hoặc chuỗi như \"93,5%\" (nhận được {\"giaTri\":90})"] },
  { ten: "both counts and a rate", input: sua(huyen, (h) => (h.chiTieu["2.4"] = { soDat: 60, tongSo: 100, tyLe: "60%" })), loi: ["chiTieu.2.4.tyLe: chỉ nhập số đạt/tổng số hoặc tỷ lệ, không nhập cả hai"] },
  { ten: "learner rate unreadable", input: sua(huyen, (h) => (h.chiTieu["3.1"] = { soDat: 1, tongSo: 1, tyLeNguoiHoc: "97 phần trăm" })), loi: ["chiTieu.3.1.tyLeNguoiHoc: không đọc được tỷ lệ \"97 phần trăm\" (ví dụ hợp lệ: 0,935; 93,5; \"93,5%\")"] },
  { ten: "dat as text Có", input: sua(huyen, (h) => (h.chiTieu["1.1"] = { dat: "Có", minhChung: ["TC1-01"] })), loi: ["chiTieu.1.1.dat: đạt (có/không) phải là true hoặc false (nhận được \"Có\")"] },
  { ten: "dat as 1", input: sua(huyen, (h) => (h.chiTieu["1.2"] = { dat: 1 })), loi: ["chiTieu.1.2.dat: đạt (có/không) phải là true hoặc false (nhận được 1)"] },
  { ten: "counts on a yes/no indicator", input: sua(huyen, (h) => (h.chiTieu["1.3"] = { soDat: 1, tongSo: 1 })), loi: [
      "chiTieu.1.3.soDat: trường \"soDat\" không dùng ở đây; dùng: dat, minhChung, ghiChu",
      "chiTieu.1.3.tongSo: trường \"tongSo\" không dùng ở đây; dùng: dat, minhChung, ghiChu",
    ] },
  { ten: "dat on a member indicator", input: sua(huyen, (h) => (h.chiTieu["2.1"] = { dat: true })), loi: ["chiTieu.2.1.dat: trường \"dat\" không dùng ở đây; dùng: soDat, tongSo, tyLe, minhChung, ghiChu"] },
  { ten: "unknown digital level", input: sua(huyen, (h) => (h.chiTieu["3.4"] = { mucChuyenDoiSo: "kha" })), loi: ["chiTieu.3.4.mucChuyenDoiSo: mức chuyển đổi số \"kha\" không hợp lệ; chọn một trong: chua-dat, co-ban, tot"] },
  { ten: "digital level with accents", input: sua(huyen, (h) => (h.chiTieu["3.4"] = { mucChuyenDoiSo: "Đáp ứng tốt" })), loi: ["chiTieu.3.4.mucChuyenDoiSo: mức chuyển đổi số \"Đáp ứng tốt\" không hợp lệ; chọn một trong: chua-dat, co-ban, tot"] },
  { ten: "digital level as number", input: sua(tinh, (h) => (h.chiTieu["3.5"] = { mucChuyenDoiSo: 2 })), loi: ["chiTieu.3.5.mucChuyenDoiSo: mức chuyển đổi số 2 không hợp lệ; chọn một trong: chua-dat, co-ban, tot"] },
  { ten: "evidence as a number", input: sua(huyen, (h) => (h.chiTieu["1.4"] = { dat: true, minhChung: 3 })), loi: ["chiTieu.1.4.minhChung: minh chứng phải là danh sách mã (ví dụ [\"TC1-01\"]) hoặc true/false"] },
  { ten: "evidence list with a blank code", input: sua(huyen, (h) => (h.chiTieu["1.5"] = { dat: true, minhChung: ["TC1-05", " "] })), loi: ["chiTieu.1.5.minhChung.1: mã minh chứng thứ 2 không được để trống"] },
  { ten: "evidence list with a number", input: sua(huyen, (h) => (h.chiTieu["1.5"] = { dat: true, minhChung: [5] })), loi: ["chiTieu.1.5.minhChung: minh chứng phải là danh sách mã (ví dụ [\"TC1-01\"]) hoặc true/false"] },
  { ten: "misspelt field in an indicator", input: sua(huyen, (h) => (h.chiTieu["2.2"] = { sodat: 95, tongSo: 100 })), loi: ["chiTieu.2.2.sodat: trường \"sodat\" không dùng ở đây; dùng: soDat, tongSo, tyLe, minhChung, ghiChu"] },
  { ten: "note is a number", input: sua(huyen, (h) => (h.chiTieu["3.2"] = { dat: true, ghiChu: 5 })), loi: ["chiTieu.3.2.ghiChu: ghi chú phải là chuỗi ký tự (nhận được 5)"] },
  { ten: "council level unknown", input: sua(huyen, (h) => ((h as Record<string, unknown>).hoiDong = { chiTieu: { "2.1": { xepLoai: "Đạt" } } })), loi: ['hoiDong.chiTieu.2.1.xepLoai: xếp loại của Hội đồng "Đạt" không hợp lệ; chọn một trong: khong-dat, muc-do-1, muc-do-2'] },
  { ten: "council without chiTieu", input: sua(huyen, (h) => ((h as Record<string, unknown>).hoiDong = { "2.1": { xepLoai: "muc-do-1" } })), loi: ["hoiDong.chiTieu: thiếu danh sách chỉ tiêu (bắt buộc)", 'hoiDong.2.1: trường "2.1" không dùng ở đây; dùng: chiTieu'] },
  {
    ten: "a council part on a points-based (tt22) hồ sơ: the fields offered are the ones tt22 takes",
    input: sua(() => hoSoDayDu("tt22", "co-quan"), (h) => ((h as Record<string, unknown>).hoiDong = { chiTieu: {} })),
    loi: ['hoiDong: trường "hoiDong" không dùng ở đây; dùng: boTieuChi, donVi, namDanhGia, chiTieu, vanBan, ghiChu'],
  },
  {
    ten: "several problems at once, each on its own line",
    input: sua(tinh, (h) => {
      h.chiTieu["2.1"] = { soDat: 101, tongSo: 100 };
      h.chiTieu["2.2"] = { soDat: 1, tongSo: 0 };
      (h.donVi as Record<string, unknown>).loai = "truong";
    }),
    loi: [
      "donVi.loai: loại đơn vị \"truong\" không hợp lệ; chọn một trong: co-quan, su-nghiep, kinh-te, xa-hoi, mam-non, pho-thong, thpt, gdnn, dai-hoc, giao-duc-khac",
      "chiTieu.2.1.soDat: số đạt (101) lớn hơn tổng số (100)",
      "chiTieu.2.2.tongSo: tổng số (0) phải lớn hơn hoặc bằng 1",
    ],
  },
];

/**
 * Generated bad inputs: for every indicator of every rule set and each of its input fields, values of the wrong
 * kind or out of range; bad unit fields per rule set; and a council level that is not one. The exact wording is
 * the hand-written corpus's business: here every line must start with the field's path (`tienTo`) and be Vietnamese.
 */
export interface BadInputSinh {
  ten: string;
  input: RawHoSo;
  /** Paths the lines may start with (a list item adds `.n`, as in `chiTieu.1.5.minhChung.1: …`). */
  tienTo: string[];
}

type GiaTriSai = [ten: string, giaTri: unknown];

const DEM_SAI: GiaTriSai[] = [["negative", -1], ["fractional", 2.5], ["a string", "95"], ["a boolean", true], ["too large", 1e300], ["an object", {}], ["a list", [1]]];
const TONG_SAI: GiaTriSai[] = [["zero", 0], ["negative", -5], ["fractional", 7.5], ["a string", "100"], ["a boolean", false], ["too large", 1e300]];
const TY_LE_SAI: GiaTriSai[] = [["above 100 points", 150], ["above 100%", "150%"], ["negative", -0.2], ["unreadable text", "khoảng 90"], ["an object", { giaTri: 90 }], ["a boolean", true]];
const SAI_THEO_TRUONG: Record<string, GiaTriSai[]> = {
  soDat: DEM_SAI,
  nguoiHocDat: DEM_SAI,
  tongSo: TONG_SAI,
  tongNguoiHoc: TONG_SAI,
  tyLe: TY_LE_SAI,
  tyLeNguoiHoc: TY_LE_SAI,
  dat: [["text Có", "Có"], ["1", 1], ["text true", "true"], ["a list", [true]]],
  mucChuyenDoiSo: [["unknown code", "kha"], ["the label", "Đáp ứng tốt"], ["a number", 2], ["a boolean", true]],
  minhChung: [["a number", 3], ["a list with a number", [5]], ["a list with a blank code", ["TC-01", " "]], ["an object", { ma: "TC-01" }], ["a list with null", [null]]],
  ghiChu: [["a number", 5], ["a boolean", true], ["a list", ["ghi chú"]]],
};

/** A unit type of the cấp the indicator applies to, so the input is read (public, as 1.3 asks of some types). */
function loaiApDung(bo: BoTieuChiId, def: ChiTieuDef): LoaiDonVi {
  return loaiCuaBo(RULE_SETS[bo]).find((loai) => apDungCho(def.apDung, { loai, congLap: true }))!;
}

function voiChiTieu(bo: BoTieuChiId, def: ChiTieuDef, nhap: RawChiTieu): RawHoSo {
  const h = hoSoDayDu(bo, loaiApDung(bo, def));
  h.chiTieu[def.id] = nhap;
  return h;
}

/** Wrong answers of a choice indicator: another indicator's code, its own label instead of the code, a capitalised code, types. */
function luaChonSai(def: ChiTieuLuaChon, all: readonly ChiTieuDef[]): GiaTriSai[] {
  const ma = new Set(def.luaChon.map((c) => c.ma));
  const khac = all.flatMap((d) => (d.kieu === "lua-chon" ? d.luaChon.map((c) => c.ma) : [])).find((m) => !ma.has(m)) ?? "tot";
  return [["another indicator's code", khac], ["the label", def.luaChon[0].ten], ["a capitalised code", def.luaChon[0].ma.toUpperCase()], ["a number", 10], ["a boolean", true]];
}

function chiTieuSai(bo: BoTieuChiId): BadInputSinh[] {
  const all = RULE_SETS[bo].chiTieu;
  const out: BadInputSinh[] = [];
  for (const def of all) {
    const path = (truong: string) => `chiTieu.${def.id}.${truong}`;
    for (const truong of Object.keys(truongNhapCua(def))) {
      const sai = def.kieu === "lua-chon" && truong === def.truong ? luaChonSai(def, all) : SAI_THEO_TRUONG[truong];
      for (const [ten, giaTri] of sai) {
        const nhap: RawChiTieu = { ...nhapMucDo2(def), [truong]: giaTri };
        // A typed rate goes without the counts it would replace, so only the rate itself is wrong.
        for (const dem of truong === "tyLe" ? ["soDat", "tongSo"] : truong === "tyLeNguoiHoc" ? ["nguoiHocDat", "tongNguoiHoc"] : []) delete nhap[dem];
        out.push({ ten: `${bo} ${def.id}.${truong} ${ten}`, input: voiChiTieu(bo, def, nhap), tienTo: [path(truong)] });
      }
    }
    const base = nhapMucDo2(def);
    if ("soDat" in base) {
      out.push({ ten: `${bo} ${def.id} soDat > tongSo`, input: voiChiTieu(bo, def, { ...base, soDat: 101, tongSo: 100 }), tienTo: [path("soDat")] });
      out.push({ ten: `${bo} ${def.id} both counts and tyLe`, input: voiChiTieu(bo, def, { ...base, tyLe: "95%" }), tienTo: [path("tyLe")] });
    }
    if ("nguoiHocDat" in base) {
      out.push({ ten: `${bo} ${def.id} nguoiHocDat > tongNguoiHoc`, input: voiChiTieu(bo, def, { ...base, nguoiHocDat: 1001, tongNguoiHoc: 1000 }), tienTo: [path("nguoiHocDat")] });
      out.push({ ten: `${bo} ${def.id} both learner counts and tyLeNguoiHoc`, input: voiChiTieu(bo, def, { ...base, tyLeNguoiHoc: 0.97 }), tienTo: [path("tyLeNguoiHoc")] });
    }
    // A field of another kind of indicator, and a misspelt one.
    const la = def.kieu === "dat" ? "soDat" : "dat";
    out.push({ ten: `${bo} ${def.id} field ${la} of another kind`, input: voiChiTieu(bo, def, { ...base, [la]: la === "dat" ? true : 1 }), tienTo: [path(la)] });
    out.push({ ten: `${bo} ${def.id} misspelt field`, input: voiChiTieu(bo, def, { ...base, minhchung: ["TC-01"] }), tienTo: [path("minhchung")] });
  }
  return out;
}

function donViSai(bo: BoTieuChiId): BadInputSinh[] {
  const base = () => hoSoDayDu(bo, loaiCuaBo(RULE_SETS[bo]).includes("pho-thong") ? "pho-thong" : "thpt") as RawHoSo & Record<string, unknown>;
  const cases: [string, string, (h: RawHoSo & Record<string, unknown>) => void][] = [
    ["unit type unknown", "donVi.loai", (h) => ((h.donVi as Record<string, unknown>).loai = "truong-hoc")],
    ["unit type in capitals", "donVi.loai", (h) => ((h.donVi as Record<string, unknown>).loai = "PHO-THONG")],
    ["unit type a number", "donVi.loai", (h) => ((h.donVi as Record<string, unknown>).loai = 6)],
    ["unit type blank", "donVi.loai", (h) => ((h.donVi as Record<string, unknown>).loai = "")],
    ["congLap as text", "donVi.congLap", (h) => ((h.donVi as Record<string, unknown>).congLap = "Có")],
    ["congLap as 1", "donVi.congLap", (h) => ((h.donVi as Record<string, unknown>).congLap = 1)],
    ["unit name a number", "donVi.ten", (h) => ((h.donVi as Record<string, unknown>).ten = 42)],
    ["unit name blank", "donVi.ten", (h) => ((h.donVi as Record<string, unknown>).ten = " ")],
    ["unit name a list", "donVi.ten", (h) => ((h.donVi as Record<string, unknown>).ten = ["Trường"])],
    ["year as text", "namDanhGia", (h) => ((h as Record<string, unknown>).namDanhGia = "2025")],
    ["year fractional", "namDanhGia", (h) => (h.namDanhGia = 2025.5)],
    ["year too early", "namDanhGia", (h) => (h.namDanhGia = 1999)],
    ["year too late", "namDanhGia", (h) => (h.namDanhGia = 2101)],
    ["year a boolean", "namDanhGia", (h) => ((h as Record<string, unknown>).namDanhGia = true)],
    ["indicator not in the set", "chiTieu.9.9", (h) => (h.chiTieu["9.9"] = { dat: true })],
    ["indicator not an object", "chiTieu.1.1", (h) => ((h.chiTieu as Record<string, unknown>)["1.1"] = "Đạt")],
  ];
  return cases.map(([ten, tienTo, change]) => {
    const h = base();
    change(h);
    return { ten: `${bo} ${ten}`, input: h, tienTo: [tienTo] };
  });
}

/** The council's level of each indicator (TT24 sets: tt22 has no council columns). */
function hoiDongSai(bo: BoTieuChiId): BadInputSinh[] {
  return RULE_SETS[bo].chiTieu.map((def) => {
    const h = voiChiTieu(bo, def, nhapMucDo2(def));
    h.hoiDong = { chiTieu: { [def.id]: { xepLoai: "Đạt mức độ 2" } } };
    return { ten: `${bo} council level of ${def.id} as a label`, input: h, tienTo: [`hoiDong.chiTieu.${def.id}.xepLoai`] };
  });
}

export const BAD_INPUTS_SINH: BadInputSinh[] = BO_TIEU_CHI.flatMap((bo) => [...donViSai(bo), ...chiTieuSai(bo), ...(RULE_SETS[bo].chamDiem ? [] : hoiDongSai(bo))]);
