/** Vietnamese reasons and validation messages, kept in one module (see STYLE.md, HyperFormula's ErrorMessage). */
import { TEN_CAP, TEN_LOAI_DON_VI, TEN_MUC_CHUYEN_DOI_SO, phanTram, soGon } from "./labels";
import { loaiCuaBo, type LoaiDonVi, type MucChuyenDoiSo, type RuleSet } from "./types";

/** Field names of the hồ sơ as a clerk reads them. */
export const TEN_TRUONG: Readonly<Record<string, string>> = {
  boTieuChi: "bộ tiêu chí",
  cap: "cấp",
  donVi: "đơn vị",
  ten: "tên đơn vị",
  loai: "loại đơn vị",
  congLap: "công lập",
  namDanhGia: "năm đánh giá",
  chiTieu: "danh sách chỉ tiêu",
  dat: "đạt (có/không)",
  soDat: "số đạt",
  tongSo: "tổng số",
  tyLe: "tỷ lệ",
  nguoiHocDat: "số người học đạt",
  tongNguoiHoc: "tổng số người học",
  tyLeNguoiHoc: "tỷ lệ người học",
  mucChuyenDoiSo: "mức chuyển đổi số",
  luaChon: "lựa chọn",
  danhHieu: "danh hiệu tập thể",
  minhChung: "minh chứng",
  ghiChu: "ghi chú",
  hoiDong: "đánh giá của Hội đồng",
  xepLoai: "xếp loại của Hội đồng",
  vanBan: "nội dung các văn bản của hồ sơ",
};

export function tenTruong(key: string | number | undefined): string {
  return (key !== undefined && TEN_TRUONG[String(key)]) || String(key ?? "hồ sơ");
}

export const LY_DO = {
  khongApDung: (loai: LoaiDonVi) => `Không áp dụng cho loại đơn vị: ${TEN_LOAI_DON_VI[loai]}`,
  khongApDungNguoiHoc: (loai: LoaiDonVi) =>
    `Phần người học chỉ áp dụng cho cơ sở giáo dục; không áp dụng cho: ${TEN_LOAI_DON_VI[loai]}`,
  chuaKhaiCongLap: "Chưa khai báo đơn vị có phải là công lập hay không (donVi.congLap)",
  thieu: (truong: string[]) => `Thiếu dữ liệu: ${truong.join(", ")}`,
  khongMinhChung:
    "Không có minh chứng: “Các tiêu chí, chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt”",
  khongDat: "Đơn vị khai báo chưa đạt",
  khongMinhChungDiem: "Không có minh chứng: 0 điểm (“Việc đánh giá phải căn cứ vào kết quả đạt được của từng tiêu chí, có minh chứng cụ thể”)",
  luaChon: (ten: string, diem: number) => `Lựa chọn “${ten}”: ${soGon(diem)} điểm`,
  bacTyLe: (tyLe: number, tu: number | undefined, diem: number, thapNhat: number) =>
    tu === undefined
      ? `Tỷ lệ thành viên ${phanTram(tyLe)} dưới ${thapNhat}%: 0 điểm`
      : `Tỷ lệ thành viên ${phanTram(tyLe)} (từ ${tu}%): ${soGon(diem)} điểm`,
  tyLeDuoi: (doiTuong: string, tyLe: number, nguong: number, mucDo: 1 | 2) =>
    `Tỷ lệ ${doiTuong} ${phanTram(tyLe)} dưới ${nguong}% (mức độ ${mucDo})`,
  mucCdsDuoi: (co: MucChuyenDoiSo, can: MucChuyenDoiSo, mucDo: 1 | 2) =>
    `Mức chuyển đổi số “${TEN_MUC_CHUYEN_DOI_SO[co]}” chưa đạt “${TEN_MUC_CHUYEN_DOI_SO[can]}” (mức độ ${mucDo})`,
} as const;

export const DOI_TUONG = { thanhVien: "thành viên", nguoiHoc: "người học" } as const;

/** The lock sheet (“Chốt số liệu”). */
export const THONG_BAO_CHOT = {
  boKhongCo: (bo: string, co: readonly string[]) =>
    `bảng chốt ghi bộ tiêu chí “${bo}”, không có trong dvht (có: ${co.join(", ")})`,
  cachBamLa: (cach: string) => `bảng chốt ghi cách tính mã “${cach}”, dvht chỉ biết cách 1 và 2`,
  thoiDiemSai: (thoiDiem: string) => `thời điểm chốt “${thoiDiem}” không phải một thời điểm ISO 8601`,
  gioHienSai: (hien: string, dung: string) => `giờ chốt hiển thị “${hien}” khác thời điểm đã chốt (${dung})`,
  thieuTen: (ten: readonly string[]) => `bảng chốt còn nhưng thiếu tên ${ten.join(", ")} (hoặc tên chỉ vào ô đã bị xóa)`,
  /** The lock sheet is gone under its name while the names of a lock are still defined. */
  biXoa: "bảng chốt bị xóa hoặc đổi tên: sổ vẫn còn các tên CHOT_… của một lần chốt nhưng không còn sheet “Chốt số liệu”",
  /** A lock made before the fingerprint covered cấp, bộ tiêu chí and the lock time (no CHOT_CACH_BAM). */
  cachCu: (file: string) =>
    `Lưu ý: bản chốt này theo cách cũ (không có CHOT_CACH_BAM): mã băm không bao gồm cấp, bộ tiêu chí và thời điểm chốt; nên chốt lại (“dvht chot ${file}”).`,
  tieuDeCachBam: "Cách tính mã",
  moTaCachBam: "2: SHA-256 của bộ tiêu chí, phiên bản, thời điểm chốt và mọi ô nhập của đơn vị (kể cả cấp, bộ tiêu chí)",
  /** The paper's line (Tờ trình, Báo cáo kết quả). */
  maTrenGiay: "Mã chốt số liệu: ",
  chotLuc: " — chốt lúc ",
  chuaChot: "Số liệu chưa được chốt",
} as const;

/** Stored result cells that disagree with what the rules give from the inputs (results never come from stored cells). */
export const THONG_BAO_KET_QUA_LUU = {
  /** `o`: the name and its cell, "CT_2_1_MUCDO ('Bảng tổng hợp'!L12)". */
  dong: (o: string, daLuu: string, tinhLai: string) => `${o} ghi “${daLuu}”, bộ quy tắc cho “${tinhLai}”`,
  kiemTra: (n: number) => `Có ${n} ô kết quả trong sổ khác với kết quả bộ quy tắc tính từ số liệu (ô bị ghi đè, hoặc sổ chưa được tính lại):`,
  khongIn: (n: number) =>
    `không in: ${n} ô kết quả trong sổ khác với kết quả bộ quy tắc tính từ số liệu (ô bị ghi đè, hoặc sổ chưa được tính lại); khôi phục công thức của các ô (hoặc mở sổ bằng Excel/LibreOffice để tính lại) rồi in lại:`,
  khongKiemTraDuoc: (lyDo: string) => `Không kiểm tra được các ô kết quả (số liệu chưa hợp lệ): ${lyDo}`,
  /** The pane's problem line at the cell. */
  vanDe: (daLuu: string, tinhLai: string) => `ô kết quả ghi “${daLuu}”, bộ quy tắc tính từ số liệu cho “${tinhLai}” (ô bị ghi đè?)`,
} as const;

/** The command line's usage errors (src/cli): one line each on stderr, exit 2. */
export const THONG_BAO_LENH = {
  thieuTep: (loai: "sổ" | "hồ sơ", cuPhap: string) => `thiếu tệp ${loai}: ${cuPhap}`,
  motTepMoiLan: (loai: "sổ" | "hồ sơ") => `chỉ nhận một tệp ${loai} mỗi lần`,
  canXlsx: (tep: string) => `${tep}: cần một sổ Excel .xlsx`,
  thieuTuyChon: (tuyChon: string, canGi: string) => `${tuyChon}: thiếu ${canGi}`,
  duoiTep: (tuyChon: string, tep: string, duoi: string) => `${tuyChon}: tệp "${tep}" phải có đuôi ${duoi}`,
  ngaySai: (tuyChon: string, text: string) => `${tuyChon}: "${text}" không đúng dạng YYYY-MM-DD`,
  thieuNguonTongHop: "thiếu sổ hoặc thư mục cần tổng hợp",
  khongCoSoTongHop: "không tìm thấy sổ .xlsx nào để tổng hợp",
  namSai: (text: string) => `--nam: "${text}" không phải một năm (ví dụ --nam 2025)`,
  capSai: (text: string) => `--cap: "${text}" phải là huyen hoặc tinh`,
  lenhKhongCo: (ten: string, cac: readonly string[]) => `lệnh không có: "${ten}". Các lệnh: ${cac.join(", ")} (xem dvht --help)`,
  tuyChonSai: (tuyChon: string) => `tùy chọn không hợp lệ: ${tuyChon} (xem --help)`,
  thamSoSai: (chiTiet: string) => `tham số không hợp lệ: ${chiTiet}`,
  loiNoiBo: (chiTiet: string) => `Lỗi nội bộ của dvht: ${chiTiet}`,
  chiDungVoi: (tuyChon: string, loai: string) => `${tuyChon}: chỉ dùng với ${loai}`,
} as const;

/** Reading and printing a workbook (src/xlsx, src/template, the pane). */
export const THONG_BAO_SO = {
  khongPhaiMau: (tep: string, thieu: string) => `${tep}: không phải sổ mẫu dvht (thiếu ${thieu}); hãy tạo sổ bằng “dvht tao-mau”`,
  khongRoBo: (co: readonly string[]) => `không xác định được bộ tiêu chí (${co.join(", ")})`,
  khongTimThay: "không tìm thấy tệp hoặc thư mục",
  khongTimThayTep: "không tìm thấy tệp",
  laThuMuc: "đây là thư mục, không phải tệp",
  khongCoQuyen: "không có quyền đọc",
  thuMucHoacKhongQuyen: "không đọc được tệp (là thư mục hoặc không có quyền đọc)",
  canCsvHoacXlsx: "cần tệp .csv, .txt hoặc .xlsx",
  tepRong: "tệp rỗng (0 byte), không phải sổ Excel",
  coMatKhau:
    "sổ Excel có đặt mật khẩu (tệp đã được mã hóa) nên không đọc được; hãy mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại",
  xlsCu: "tệp Excel 97–2003 (.xls) là định dạng cũ, không đọc được; hãy mở bằng Excel và lưu lại dạng “Sổ làm việc Excel (*.xlsx)”",
  oleCu: "tệp Office dạng cũ (OLE): sổ có mật khẩu (mã hóa) hoặc định dạng .xls cũ; hãy mở bằng Excel, gỡ mật khẩu nếu có, rồi lưu lại dạng .xlsx không mật khẩu",
  xlsxCatDo: "tệp .xlsx không trọn vẹn (bị cắt dở, thiếu phần cuối), thường do tải về hoặc sao chép chưa xong; hãy lấy lại tệp đầy đủ",
  xlsxHong: "tệp .xlsx bị hỏng hoặc có nội dung không đọc được; hãy mở bằng Excel, lưu lại rồi thử lại",
  khongPhaiXlsx: "nội dung tệp không phải sổ Excel .xlsx (tệp hỏng, hoặc tệp khác chỉ được đổi đuôi thành .xlsx)",
  khongDocXong: "không đọc xong",
  // Files in a folder the register does not read: each named with what to do (nothing is skipped silently).
  tepOds: "tệp OpenDocument (.ods): hãy mở bằng LibreOffice hoặc Excel và lưu lại dạng “Sổ làm việc Excel (*.xlsx)”",
  tepXlsm: "sổ Excel có macro (.xlsm) không được nhận: hãy mở bằng Excel và lưu lại dạng “Sổ làm việc Excel (*.xlsx)” (không macro)",
  tepMau: (duoi: string) => `tệp mẫu Excel (${duoi}), không phải sổ của đơn vị: hãy lưu lại dạng .xlsx`,
  tepKhoaExcel: "tệp khóa tạm của Excel (“~$…”, có khi sổ đang mở): không phải hồ sơ, bỏ qua",
  khongPhaiSo: (duoi: string) => `không phải sổ Excel (${duoi || "không có đuôi"}): không được đọc`,
  khongPhaiSoHoiDong: (tep: string) =>
    `${tep} không phải Sổ Hội đồng do “dvht tong-hop” tạo (thiếu sheet “Dữ liệu nhận”): không ghi đè; hãy chọn tệp --out khác`,
  truocKhongPhaiSo: (tep: string) => `--truoc ${tep}: không phải Sổ Hội đồng do “dvht tong-hop” tạo (hoặc không đọc được tệp); hãy chọn sổ Hội đồng của năm trước`,
  truocLaSoOut: (tep: string) => `--truoc ${tep}: là chính sổ --out; hãy chọn sổ Hội đồng của năm trước`,
  loiKhiDoc: (chiTiet: string) => `lỗi khi đọc: ${chiTiet}`,
  thieuLibreOffice: "Không tìm thấy LibreOffice (lệnh soffice): cài LibreOffice Calc (gói libreoffice-calc) rồi chạy lại.",
  libreOfficeKhongIn: (chiTiet: string) => `LibreOffice không in được: ${chiTiet}`,
  inDuThao: (thieu: readonly string[]) =>
    `Cảnh báo: hồ sơ còn chỉ tiêu “Chưa đủ dữ liệu” (${thieu.join(", ")}): mọi trang được in kèm chữ “DỰ THẢO”; nhập đủ số liệu rồi in lại để có bản chính thức.`,
} as const;

/** A cell of the workbook as read (readInputs): `nhan` is the value as the clerk sees it ("x" or 5). */
export const THONG_BAO_O = {
  coLoi: (loi: string) => `ô có lỗi ${loi}`,
  motTrong: (cac: readonly string[], nhan: string, noi = ", ") => `phải là một trong: ${cac.join(noi)} (nhận được ${nhan})`,
  coKhong: (nhan: string) => `phải là "Có" hoặc "Không" (nhận được ${nhan})`,
  phaiLaSo: (nhan: string) => `phải là số (nhận được ${nhan})`,
  thieuLoai: "thiếu loại đơn vị",
  loaiKhongHopLe: (nhan: string, co: readonly string[]) => `loại đơn vị ${nhan} không hợp lệ; chọn một trong: ${co.join(", ")}`,
  namPhaiLaSo: (nhan: string) => `năm đánh giá phải là số (nhận được ${nhan})`,
  phaiLaNgay: (nhan: string) => `phải là một ngày, dạng dd/mm/yyyy (nhận được ${nhan})`,
  ngayCoGio: (nhan: string) => `chỉ ghi ngày, không kèm giờ (nhận được ${nhan})`,
  phaiLaNgayGio: (nhan: string) => `phải là ngày và giờ, dạng dd/mm/yyyy hh:mm (nhận được ${nhan})`,
  dongDanhSach: (danhSach: string, tt: number, loi: string) => `${danhSach}, dòng ${tt}: ${loi}`,
} as const;

/** Wrong choices a clerk can make anywhere a rule set or a unit type is named (CLI options, functions, JSON). */
export const THONG_BAO_CHON = {
  boKhongCo: (bo: string, co: readonly string[]) => `bộ tiêu chí "${bo}" không có; chọn một trong: ${co.join(", ")}`,
  loaiKhongHopLe: (loai: string, co: readonly string[]) => `loại đơn vị "${loai}" không hợp lệ; chọn một trong: ${co.join(", ")}`,
  coKhong: (v: string) => THONG_BAO_O.coKhong(`"${v}"`),
} as const;

/** The DVHT custom functions' problems (shown as the #VALUE! error's message). */
export const THONG_BAO_HAM = {
  chiTieuKhongCo: (id: string, bo: string, co: readonly string[]) => `chỉ tiêu "${id}" không có trong bộ ${bo} (${co.join(", ")})`,
  khongTheoTyLe: (id: string, coTyLe: readonly string[]) => `chỉ tiêu ${id} không tính theo tỷ lệ thành viên (dùng các chỉ tiêu ${coTyLe.join(", ")})`,
  canDem: "cần số đạt và tổng số",
  mucDoSai: (v: string) => `mức độ phải là 1 hoặc 2 (nhận được ${v})`,
  khongCoNguoiHoc: (id: string) => `chỉ tiêu ${id} không có ngưỡng người học`,
  khongPhaiXepLoai: (v: string, co: readonly string[]) => `"${v}" không phải một xếp loại (${co.join(", ")})`,
  khongChamDiem: (bo: string, dung: string) => `bộ tiêu chí ${bo} xếp loại theo mức độ, không chấm điểm (dùng DVHT.${dung})`,
  khongCoLuaChon: (id: string) => `chỉ tiêu ${id} không có lựa chọn`,
  chonMotTrong: (id: string, co: readonly string[], v: string) => `chỉ tiêu ${id}: chọn một trong: ${co.join("; ")} (nhận được "${v}")`,
  boTrongTongSo: (id: string) => `chỉ tiêu ${id} không tính theo tỷ lệ: bỏ trống tham số tổng số`,
  khongPhaiDiem: (v: string) => `"${v}" không phải là điểm`,
  tongDiemNgoai: (tong: number, toiDa: number) => `tổng điểm ${tong} phải từ 0 đến ${toiDa}`,
} as const;

/** The hồ sơ JSON file and its fields (schema.ts, the CLI). */
export const THONG_BAO = {
  datLonHonTong: (soDat: string, dat: number, tongSo: string, tong: number) =>
    `${tenTruong(soDat)} (${dat}) lớn hơn ${tenTruong(tongSo)} (${tong})`,
  caDemVaTyLe: (soDat: string, tongSo: string, tyLe: string) =>
    `chỉ nhập ${tenTruong(soDat)}/${tenTruong(tongSo)} hoặc ${tenTruong(tyLe)}, không nhập cả hai`,
  khongDocDuocJson: (chiTiet: string) => `tệp không phải JSON hợp lệ (${chiTiet})`,
  jsonKetThucGiuaChung: (dong: number, cot: number) =>
    `tệp không phải JSON hợp lệ: tệp kết thúc giữa chừng ở dòng ${dong}, cột ${cot} (thiếu dấu đóng “}”, “]” hoặc “"”)`,
  jsonSaiCuPhap: (dong: number, cot: number, kyTu: string) =>
    `tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng ${dong}, cột ${cot}, tại ${kyTu} (thường do thiếu hoặc thừa dấu phẩy, dấu ngoặc kép hay dấu ngoặc)`,
  khongPhaiUtf8: (dong: number, cot: number, byte: number) =>
    `tệp không phải văn bản UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} ở dòng ${dong}, cột ${cot}), nên chữ có dấu sẽ bị đọc sai; hãy mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8`,
  laUtf16: "tệp được lưu bằng bảng mã UTF-16 (Unicode), không phải UTF-8; hãy lưu lại tệp với bảng mã UTF-8",
  tepRong: "tệp rỗng, không có hồ sơ",
  khongDocDuocTep: (tep: string, chiTiet: string) => `không đọc được tệp ${tep} (${chiTiet})`,
  /** A unit type the rule set's cấp does not assess (seed 000 mục II). */
  loaiKhongThuocCap: (loai: LoaiDonVi, ruleSet: RuleSet) =>
    `loại đơn vị "${loai}" (${TEN_LOAI_DON_VI[loai]}) không thuộc ${TEN_CAP[ruleSet.cap]} của bộ ${ruleSet.id}; chọn một trong: ${loaiCuaBo(ruleSet).join(", ")}`,
} as const;

/** How to keep a text within a cell (a hồ sơ field, a cell's validation alert; issue 15 item 4). */
const CACH_TACH_VAN_BAN = "rút gọn, hoặc chuyển phần chi tiết vào một văn bản minh chứng và ghi mã của nó vào Minh chứng";

/** The `vanBan` of a hồ sơ (rules/vanBan.ts) and its typing cells: `nhan` is what the clerk calls the field. */
export const THONG_BAO_VAN_BAN = {
  quaDai: (nhan: string, doDai: number, toiDa: number) =>
    `${nhan} dài ${doDai} ký tự, quá giới hạn ${toiDa} ký tự của một ô; hãy ${CACH_TACH_VAN_BAN}`,
  trong: (nhan: string) => `${nhan} không được để trống`,
  ngaySai: (nhan: string, v: string) => `${nhan} "${v}" không phải một ngày có thật dạng yyyy-mm-dd (ví dụ 2025-12-20), năm từ 2000 đến 2100`,
  gioSai: (nhan: string, v: string) =>
    `${nhan} "${v}" không phải ngày giờ có thật dạng yyyy-mm-ddThh:mm (ví dụ 2025-12-20T08:00), năm từ 2000 đến 2100`,
  quaNhieuDong: (nhan: string, soDong: number, toiDa: number) => `${nhan} có ${soDong} dòng, sổ chỉ có ${toiDa} dòng; hãy bớt còn tối đa ${toiDa} dòng`,
  tieuChiKhongCo: (id: string, bo: string | undefined) => `tiêu chí ${JSON.stringify(id)} không có trong bộ ${bo}`,
  /** The typing cell's alert (Excel allows 225 characters). */
  oQuaDai: (toiDa: number) => `Mỗi ô tối đa ${toiDa} ký tự. Hãy ${CACH_TACH_VAN_BAN}.`,
  oNhapChu: (toiDa: number) => `Tối đa ${toiDa} ký tự; xuống dòng trong ô: Alt+Enter (Excel), Ctrl+Enter (LibreOffice).`,
  oNgay: "Nhập một ngày dạng dd/mm/yyyy, ví dụ 20/12/2025 (năm từ 2000 đến 2100).",
  oGio: "Nhập ngày và giờ dạng dd/mm/yyyy hh:mm, ví dụ 20/12/2025 08:00 (năm từ 2000 đến 2100).",
} as const;

/** Messages of the roster reader (roster.ts): one table, so the CLI, the pane and the tests say the same. */
export const TB_DANH_SACH = {
  thieuHoTen: (tenNguon: string, cotHoTen: string, soDongTim: number, dong1: readonly string[], cachDoc?: string) => {
    const o = dong1.map((c) => c.trim()).filter(Boolean);
    const dong = o.length ? `dòng 1 ghi: ${o.slice(0, 8).map((c) => `“${c.length > 40 ? `${c.slice(0, 39)}…` : c}”`).join(", ")}${o.length > 8 ? ", …" : ""}` : "dòng 1 trống";
    return `${tenNguon}: thiếu cột “${cotHoTen}” (không thấy trong ${soDongTim} dòng đầu; ${dong}${cachDoc ? `; tệp được ${cachDoc}` : ""})`;
  },
  boQuaDongDau: (tenNguon: string, dongTieuDe: number) =>
    `${tenNguon}: dòng tiêu đề là dòng ${dongTieuDe}; ${dongTieuDe === 2 ? "dòng 1" : `${dongTieuDe - 1} dòng đầu`} (tên bảng) được bỏ qua`,
  cotKhongDung: (tenNguon: string, cot: string, tieuDe: string) =>
    `${tenNguon}: cột ${cot} “${tieuDe}” không được dùng (không phải cột nào của danh sách); nếu đó là một chỉ tiêu, hãy đặt tiêu đề đúng tên cột`,
  cotVietTat: (tenNguon: string, cot: string, tieuDe: string, ten: string, id: string) =>
    `${tenNguon}: cột ${cot} “${tieuDe}” được hiểu là “${ten}” (chỉ tiêu ${id})`,
  trongLaKhong: (tenNguon: string, ten: string, soO: number) =>
    `${tenNguon}: cột “${ten}” là cột đánh dấu (chỉ ghi x hoặc ✓): ${soO} ô trống được tính là Không`,
  chiTieuTuDanhSach: (tenNguon: string, ids: readonly string[]) => `${tenNguon}: số liệu chỉ tiêu ${ids.join(", ")} lấy từ danh sách`,
} as const;
