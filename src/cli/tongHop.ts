/** `dvht tong-hop <tệp|thư mục…> --out <sổ hội đồng.xlsx>`: the council's register of the units' dossiers. */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { THONG_BAO_LENH, THONG_BAO_LICH, THONG_BAO_SO, canhBaoHoiDongDanhGia, homNayLocal, kiemTraHoiDongDanhGia, type Cap, type LichRieng, type NgayThang } from "../rules";
import { LoiNhap, type CliIo } from "./io";

export const HELP_TONG_HOP = `Cách dùng: dvht tong-hop <sổ.xlsx|thư mục>… --out <sổ-hội-đồng.xlsx> [--ngay-nhan YYYY-MM-DD]
                     [--nam NNNN] [--cap huyen|tinh] [--lich <lịch.json>] [--truoc <sổ năm trước.xlsx>]
                     [--nhan-lai] [--json]

Nhận hồ sơ của các đơn vị vào Sổ Hội đồng (sổ của Phòng/Sở GD&ĐT). Lần đầu tạo sổ; chạy lại với cùng --out thì
tệp mới được nhận, tệp đã nhận được kiểm tra lại so với bản đã nhận, mọi điều Hội đồng đã ghi (sheet “Thẩm định”)
và danh sách Hội đồng đánh giá (sheet “Hội đồng đánh giá”, được kiểm tra: số thành viên lẻ, tối thiểu 05; một
chủ tịch là lãnh đạo Phòng/Sở, một thư ký; có đại diện cơ quan chuyên môn, Hội khuyến học, tổ chức chính trị - xã
hội; vấn đề được in ra stderr dạng cảnh báo) được giữ.
Mỗi hồ sơ: đơn vị, loại, cấp, công lập, năm, bộ tiêu chí và phiên bản, ngày nhận, đúng hạn hay nộp muộn,
mã chốt và thời điểm chốt khi nhận, dấu niêm phong (SHA-256 của mọi ô nhập), kết quả tự đánh giá (tính lại từ số
liệu, không lấy ô kết quả lưu trong sổ), các chỉ tiêu chưa đạt và lý do, kết luận của Hội đồng, trạng thái.
Hội đồng ghi số và ngày Quyết định công nhận ở sheet “Tổng hợp”: thời hạn bảo lưu (đến 31/12 năm thứ 3 sau năm
quyết định) và ngày sớm nhất đề nghị mức độ 2 (12 tháng kể từ ngày quyết định) tính từ ngày đó; trước khi ghi:
“Chờ quyết định công nhận”. Sheet “Tổng hợp” cũng ghi các hạn của đợt (nhận hồ sơ, quyết định công nhận, báo cáo
Sở) và số ngày còn lại tính đến --ngay.
Một đơn vị nộp nhiều lần chỉ được tính một lần (lần nhận sau cùng); đơn vị khác năm, khác cấp được liệt kê riêng,
không cộng vào tổng. Mọi tệp tìm thấy đều thành một dòng hoặc một lỗi có lý do (sheet “Không đọc được”).

  --out        Sổ Hội đồng (.xlsx): tạo mới hoặc cập nhật
  --ngay-nhan  ngày nhận các tệp mới (mặc định: hôm nay); tệp đã nhận giữ ngày nhận lần đầu
  --ngay       ngày của lần chạy, ghi cho việc kiểm tra lại (mặc định: hôm nay)
  --nam        năm đánh giá của đợt (mặc định: năm mà phần lớn hồ sơ có)
  --cap        cấp của đợt: huyen hoặc tinh (mặc định: cấp mà phần lớn hồ sơ có)
  --lich       lịch riêng của địa phương (JSON), giữ trong sổ cho các lần chạy sau, ví dụ
               {"hanNop": {"ngay": 5, "thang": 12, "namSau": false}, "hanNopBaoGom": false,
                "hanCongNhan": {"ngay": 15, "thang": 2}, "hanBaoCaoSo": {"ngay": 15, "thang": 3}}
               (namSau: hạn ở năm sau năm đánh giá, mặc định true; hanNopBaoGom: true = “chậm nhất ngày …”)
  --truoc     Sổ Hội đồng của năm trước (do “dvht tong-hop” tạo): mỗi đơn vị có cột “Lịch sử công nhận”:
               chưa được công nhận trước đây; đang trong thời hạn công nhận (đến 31/12 năm thứ 3 sau năm quyết
               định); đến hạn công nhận lại; đủ điều kiện đề nghị nâng mức độ 2 (ít nhất 12 tháng từ ngày quyết
               định đến ngày nhận hồ sơ) hoặc đề nghị nâng mức quá sớm (có cảnh báo). Giữ trong sổ cho các lần chạy
               sau; lịch sử của sổ năm trước được nối tiếp. Cho --truoc lần nữa thì thay sổ năm trước đã giữ
  --nhan-lai   nhận lại các tệp đã nhận như hồ sơ mới (đơn vị nộp bản sửa), thay vì kiểm tra lại
  --json       in sổ ra stdout dạng JSON

Mã thoát: 0 thành công; 2 lệnh không hợp lệ, không có tệp nào, --out hoặc --truoc không phải Sổ Hội đồng.
`;

export function docNgay(tuyChon: string, text: string | undefined): NgayThang {
  if (text === undefined) return homNayLocal();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1) throw new LoiNhap([THONG_BAO_LENH.ngaySai(tuyChon, text)]);
  return { nam: Number(m[1]), thang: Number(m[2]), ngay: Number(m[3]) };
}

export interface TuyChonTongHop {
  out?: string;
  ngayNhan?: string;
  ngay?: string;
  nam?: string;
  cap?: string;
  nhanLai?: boolean;
  lich?: string;
  truoc?: string;
  json?: boolean;
}

/** The province's deadlines from `--lich <tệp.json>`: every problem named, the command refused (exit 2). */
export async function docLichTuTep(tep: string): Promise<LichRieng> {
  const { kiemTraLichRieng } = await import("../rules");
  let text: string;
  try {
    text = await readFile(tep, "utf8");
  } catch (e) {
    throw new LoiNhap([`--lich ${tep}: không đọc được tệp (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new LoiNhap([THONG_BAO_LICH.jsonSai(`--lich ${tep}`, (e as Error).message)]);
  }
  const kq = kiemTraLichRieng(json);
  if ("loi" in kq) throw new LoiNhap(kq.loi.map((l) => `--lich ${tep}: ${l}`));
  return kq.lich;
}

export async function runTongHop(positionals: string[], o: TuyChonTongHop, io: CliIo): Promise<void> {
  if (!o.out) throw new LoiNhap([THONG_BAO_LENH.thieuTuyChon("--out", "Sổ Hội đồng (ví dụ --out so-hoi-dong.xlsx)")]);
  if (!/\.xlsx$/i.test(o.out)) throw new LoiNhap([THONG_BAO_LENH.duoiTep("--out", o.out, ".xlsx")]);
  if (positionals.length === 0) throw new LoiNhap([THONG_BAO_LENH.thieuNguonTongHop]);
  const ngayNhan = docNgay("--ngay-nhan", o.ngayNhan);
  const homNay = docNgay("--ngay", o.ngay);
  if (o.nam !== undefined && !/^\d{4}$/.test(o.nam)) throw new LoiNhap([THONG_BAO_LENH.namSai(o.nam)]);
  if (o.cap !== undefined && o.cap !== "huyen" && o.cap !== "tinh") throw new LoiNhap([THONG_BAO_LENH.capSai(o.cap)]);
  const lichRieng = o.lich !== undefined ? await docLichTuTep(o.lich) : undefined;
  const { tongHopVaoSo, docSoNamTruoc } = await import("../xlsx/register");
  const { LoiSo } = await import("../xlsx/openWorkbook");
  // Last year's register is read before anything is written: a file that is not one refuses the run.
  let truoc: Awaited<ReturnType<typeof docSoNamTruoc>> | undefined;
  if (o.truoc !== undefined) {
    if (resolve(o.truoc) === resolve(o.out)) throw new LoiNhap([THONG_BAO_SO.truocLaSoOut(o.truoc)]);
    try {
      truoc = await docSoNamTruoc(o.truoc);
    } catch (e) {
      if (e instanceof LoiSo) throw new LoiNhap(e.loi);
      throw e;
    }
  }
  const thanhTienDo = process.stderr.isTTY && !o.json;
  let kq: Awaited<ReturnType<typeof tongHopVaoSo>>;
  try {
    kq = await tongHopVaoSo(positionals, o.out, { ngayNhan, homNay, nam: o.nam ? Number(o.nam) : undefined, cap: o.cap as Cap | undefined, nhanLai: o.nhanLai, lichRieng, truoc: truoc?.truoc }, (xong, tong) => {
      if (!thanhTienDo || tong <= 20) return;
      const w = 30;
      const filled = Math.round((xong / tong) * w);
      process.stderr.write(`\rĐang đọc [${"█".repeat(filled)}${"·".repeat(w - filled)}] ${xong}/${tong}`);
      if (xong === tong) process.stderr.write("\n");
    });
  } catch (e) {
    if (e instanceof LoiSo) throw new LoiNhap(e.loi);
    throw e;
  }
  for (const l of [...(truoc?.loi ?? []), ...kq.loiSo, ...(kq.so.quyetDinh?.loi ?? [])]) io.err(`${l}\n`);
  if (kq.so.dong.length === 0 && kq.loi.length > 0 && kq.moi === 0) {
    // Nothing readable at all: the register is still written (it names every file), and the command says so.
    io.err(`${THONG_BAO_LENH.khongCoSoTongHop}\n`);
  }
  if (o.json) {
    // The membership problems are under hoiDongDanhGia.vanDe: stderr stays for errors of the run.
    const { soHoiDongJson } = await import("../xlsx/registerJson");
    io.out(`${JSON.stringify(soHoiDongJson(kq.so, kq.loi), null, 2)}\n`);
    return;
  }
  // The council's list (sheet “Hội đồng đánh giá”): its problems as warnings; an empty list is said once.
  for (const v of kiemTraHoiDongDanhGia(kq.so.hoiDongDanhGia ?? [])) io.err(`${canhBaoHoiDongDanhGia(v)}\n`);
  const t = kq.so.tong;
  io.out(
    `Sổ Hội đồng ${o.out}: ${kq.moi} hồ sơ mới, ${kq.kiemTraLai} kiểm tra lại; ${kq.so.dong.length} hồ sơ, ${t.soDonVi} đơn vị được tính` +
      `${t.trung ? `, ${t.trung} trùng` : ""}${t.khacNamCap ? `, ${t.khacNamCap} khác năm hoặc cấp` : ""}${t.thayDoi ? `, ${t.thayDoi} đã thay đổi sau khi nhận` : ""}` +
      `${kq.loi.length ? `; ${kq.loi.length} tệp không đọc được (sheet “Không đọc được”)` : ""}.\n`,
  );
}
