/**
 * The council's register as data (src/rules/register): which receipt counts, what is set apart, what the totals
 * count, and that keeping the recognition and asking for mức 2 follow the council's verdict only.
 */
import {
  LICH,
  LICH_TT22,
  TRANG_THAI_SO,
  VIEC_HOI_DONG,
  XEP_LOAI,
  baoLuuDenTheoQuyetDinh,
  congThang,
  deNghiMucDo2TheoQuyetDinh,
  docNgayChu,
  hanNopKhiNhan,
  khoaDonVi,
  kiemTraLichRieng,
  lapSo,
  soNgayGiua,
  type BanNhan,
  type ThamDinh,
} from "../../src/rules";
import { ban } from "../helpers/banNhan";

const thamDinh = (b: BanNhan, muc: (id: string) => "khong-dat" | "muc-do-1" | "muc-do-2"): ThamDinh => ({
  chiTieu: Object.fromEntries(b.chiTieu.filter((c) => c.trangThai !== "khong-ap-dung").map((c) => [c.id, muc(c.id)])),
  ghiChu: "",
  nguoi: "Thư ký Hội đồng",
  ngay: "05/02/2026",
  loi: [],
});

test("the same unit (name spacing and case aside, same type) received twice counts once: the latest receipt", () => {
  const a1 = ban("Trường  A", { ngayNhan: "2026-01-08" });
  const a2 = { ...ban("trường a", { ngayNhan: "2026-01-12" }) };
  expect(khoaDonVi(a1.ten, a1.loai)).toBe(khoaDonVi(a2.ten, a2.loai));
  const s = lapSo([a2, a1], new Map());
  expect(s.dong.map((d) => [d.ban.ma, d.trangThai, d.tinh])).toEqual([
    [a2.ma, TRANG_THAI_SO.chuaThamDinh, true],
    [a1.ma, TRANG_THAI_SO.trung, false],
  ]);
  expect(s.tong).toMatchObject({ soDonVi: 1, trung: 1 });
});

test("the run's year and cấp default to what most receipts have; others are listed apart, not totalled; points-based units join any cấp", () => {
  const s = lapSo([ban("A"), ban("B"), ban("C", { nam: 2024 }), ban("D", { bo: "tt24-tinh" }), ban("E", { bo: "tt22" })], new Map());
  expect([s.nam, s.cap]).toEqual([2025, "huyen"]);
  expect(s.dong.map((d) => d.trangThai)).toEqual([TRANG_THAI_SO.chuaThamDinh, TRANG_THAI_SO.chuaThamDinh, TRANG_THAI_SO.khacNam, TRANG_THAI_SO.khacCap, TRANG_THAI_SO.chuaThamDinh]);
  expect(s.tong.soDonVi).toBe(3);
  expect(s.tong.khacNamCap).toBe(2);
  // TT22 units are totalled by their class (seed 004: Tốt / Khá / Trung bình / Chưa đạt).
  const cls = s.dong[4].ban.tuDanhGia.xepLoai;
  expect(["Tốt", "Khá", "Trung bình", "Chưa đạt"]).toContain(cls);
  expect(s.tong.tuDanhGia[cls]).toBe(1);
  // Chosen explicitly, the run takes cấp tỉnh of 2024.
  const t = lapSo([ban("A"), ban("D", { bo: "tt24-tinh", nam: 2024 })], new Map(), { nam: 2024, cap: "tinh" });
  expect(t.dong.map((d) => d.trangThai)).toEqual([TRANG_THAI_SO.khacNam, TRANG_THAI_SO.chuaThamDinh]);
});

test("the council's result exists only when every applicable indicator has its level; it decides the totals", () => {
  const a = ban("A");
  const partial: ThamDinh = { ...thamDinh(a, () => "muc-do-2"), chiTieu: { "1.1": "muc-do-2" } };
  expect(lapSo([a], new Map([[a.ma, partial]])).dong[0]).toMatchObject({ ketLuanHoiDong: "", trangThai: TRANG_THAI_SO.chuaThamDinh });
  const s = lapSo([a], new Map([[a.ma, thamDinh(a, (id) => (id === "2.1" ? "khong-dat" : "muc-do-2"))]]));
  expect(s.dong[0]).toMatchObject({ ketLuanHoiDong: XEP_LOAI["khong-dat"], trangThai: TRANG_THAI_SO.daThamDinh });
  expect(s.tong.hoiDong[XEP_LOAI["khong-dat"]]).toBe(1);
  expect(s.tong.tuDanhGia[XEP_LOAI["muc-do-2"]]).toBe(1);
});

test("seed 000: “bảo lưu trong thời hạn 03 năm (36 tháng) tiếp theo năm được công nhận”, “sau ít nhất 01 năm (12 tháng) kể từ ngày được công nhận” — from the decision, for units the council found passing", () => {
  const a = ban("A");
  const qd = (ngay: string) => ({ quyetDinh: { so: "125/QĐ-UBND", ngay, loi: [] } });
  // The unit says mức 2; without the council's verdict, neither shows, decision or not.
  expect(lapSo([a], new Map(), {}, qd("10/02/2026")).dong[0]).toMatchObject({ baoLuuDen: "", deNghiMucDo2: "", choQuyetDinh: false });
  // The council says Không đạt: neither shows, whatever the unit says or the decision.
  expect(lapSo([a], new Map([[a.ma, thamDinh(a, () => "khong-dat")]]), {}, qd("10/02/2026")).dong[0]).toMatchObject({ baoLuuDen: "", deNghiMucDo2: "", choQuyetDinh: false });
  const muc1 = new Map([[a.ma, thamDinh(a, (id) => (id === "2.1" ? "muc-do-1" : "muc-do-2"))]]);
  // The council says mức 1, no decision recorded yet: pending, nothing computed from the assessed year.
  expect(lapSo([a], muc1).dong[0]).toMatchObject({ baoLuuDen: "", deNghiMucDo2: "", choQuyetDinh: true });
  // Decision of 10/02/2026: kept to 31/12/2029; mức 2 asked from 10/02/2027 (12 months from the decision's day).
  expect(lapSo([a], muc1, {}, qd("10/02/2026")).dong[0]).toMatchObject({ baoLuuDen: "31/12/2029", deNghiMucDo2: "Từ 10/02/2027", choQuyetDinh: false });
  // A decision late in 2026 and one early in 2027 (a late council): the year of the decision decides.
  expect(lapSo([a], muc1, {}, qd("31/12/2026")).dong[0]).toMatchObject({ baoLuuDen: "31/12/2029", deNghiMucDo2: "Từ 31/12/2027" });
  expect(lapSo([a], muc1, {}, qd("01/01/2027")).dong[0]).toMatchObject({ baoLuuDen: "31/12/2030", deNghiMucDo2: "Từ 01/01/2028" });
  // An unreadable date (its problem named by the template reader) leaves the unit pending.
  expect(lapSo([a], muc1, {}, { quyetDinh: { so: "", ngay: "31/02/2026", loi: ["'Tổng hợp'!B6: …"] } }).dong[0]).toMatchObject({ baoLuuDen: "", choQuyetDinh: true });
  // A unit that failed its own assessment but the council finds at mức 2: kept, no mức 2 request needed.
  const b = ban("B", { khongDat: true });
  expect(lapSo([b], new Map([[b.ma, thamDinh(b, () => "muc-do-2")]]), {}, qd("10/02/2026")).dong[0]).toMatchObject({ ketLuanHoiDong: "Đạt mức độ 2", baoLuuDen: "31/12/2029", deNghiMucDo2: "" });
  // A superseded receipt is not the one recognised.
  const a2 = ban("A", { ngayNhan: "2026-01-12" });
  const hai = lapSo([a, a2], new Map([...muc1, [a2.ma, thamDinh(a2, () => "muc-do-2")]]), {}, qd("10/02/2026"));
  expect(hai.dong.map((d) => [d.trangThai, d.baoLuuDen])).toEqual([[TRANG_THAI_SO.trung, ""], [TRANG_THAI_SO.daThamDinh, "31/12/2029"]]);
});

test("calendar: the decision's arithmetic, day before / at / after", () => {
  // “sau ít nhất 01 năm (12 tháng) kể từ ngày được công nhận”: decision 10/02/2026 → asking from 10/02/2027.
  const tu = deNghiMucDo2TheoQuyetDinh({ nam: 2026, thang: 2, ngay: 10 }, LICH)!;
  expect(tu).toEqual({ nam: 2027, thang: 2, ngay: 10 });
  for (const [ngay, duoc] of [[9, false], [10, true], [11, true]] as const) expect(soNgayGiua(tu, { nam: 2027, thang: 2, ngay }) >= 0).toBe(duoc);
  // 29/02 + 12 months: the month's last day.
  expect(congThang({ nam: 2028, thang: 2, ngay: 29 }, 12)).toEqual({ nam: 2029, thang: 2, ngay: 28 });
  // “03 năm … tiếp theo năm được công nhận”: recognised in 2026 → kept through 31/12/2029, not 01/01/2030.
  const den = baoLuuDenTheoQuyetDinh({ nam: 2026, thang: 2, ngay: 10 }, LICH)!;
  expect(den).toEqual({ nam: 2029, thang: 12, ngay: 31 });
  expect(soNgayGiua({ nam: 2029, thang: 12, ngay: 30 }, den)).toBe(1);
  expect(soNgayGiua({ nam: 2030, thang: 1, ngay: 1 }, den)).toBe(-1);
  // TT22 keeps nothing over years: neither.
  expect(baoLuuDenTheoQuyetDinh({ nam: 2026, thang: 2, ngay: 10 }, LICH_TT22)).toBeUndefined();
  expect(deNghiMucDo2TheoQuyetDinh({ nam: 2026, thang: 2, ngay: 10 }, LICH_TT22)).toBeUndefined();
  expect([docNgayChu("10/02/2026"), docNgayChu("31/02/2026"), docNgayChu("29/02/2028"), docNgayChu("2026-02-10")]).toEqual([{ nam: 2026, thang: 2, ngay: 10 }, undefined, { nam: 2028, thang: 2, ngay: 29 }, undefined]);
});

test("the council's dates (seed 000 VI.1.3 “trước ngày 15 tháng 02”, VII “trước ngày 15 tháng 3”) with the days left against the run date", () => {
  const a = ban("A");
  const s = lapSo([a], new Map(), {}, { homNay: { nam: 2026, thang: 2, ngay: 14 } });
  expect(s.hanHoiDong).toEqual([
    { viec: VIEC_HOI_DONG.nhanHoSo, han: "15/01/2026", chu: "trước 15/01/2026", conNgay: -30 },
    { viec: VIEC_HOI_DONG.quyetDinh, han: "15/02/2026", chu: "trước 15/02/2026", conNgay: 1 },
    { viec: VIEC_HOI_DONG.baoCaoSo, han: "15/03/2026", chu: "trước 15/03/2026", conNgay: 29 },
  ]);
  // A Sở (cấp tỉnh) reports to nobody here.
  const t = lapSo([ban("T", { bo: "tt24-tinh" })], new Map(), {}, { homNay: { nam: 2026, thang: 2, ngay: 15 } });
  expect(t.hanHoiDong.map((h) => [h.viec, h.conNgay])).toEqual([[VIEC_HOI_DONG.nhanHoSo, -31], [VIEC_HOI_DONG.quyetDinh, 0]]);
});

test("a province's deadlines: seed 003 Buôn Hồ “Trước ngày 05/12 hàng năm” (the assessed year), seed 004 Ninh Bình “chậm nhất là ngày 25 tháng 01”", () => {
  const buonHo = kiemTraLichRieng({ hanNop: { ngay: 5, thang: 12, namSau: false } });
  if (!("lich" in buonHo)) throw new Error(buonHo.loi.join("\n"));
  const b = (ngayNhan: string) => hanNopKhiNhan({ nam: 2025, boTieuChi: "tt22", ngayNhan }, buonHo.lich);
  expect(b("2025-12-04")).toBe("Đúng hạn (nhận 04/12/2025, hạn chậm nhất 05/12/2025)");
  expect(b("2025-12-05")).toMatch(/^Đúng hạn/); // TT22's own hanNopBaoGom (true) is kept unless overridden
  const buonHoTruoc = kiemTraLichRieng({ hanNop: { ngay: 5, thang: 12, namSau: false }, hanNopBaoGom: false });
  if (!("lich" in buonHoTruoc)) throw new Error("lịch");
  const t = (ngayNhan: string) => hanNopKhiNhan({ nam: 2025, boTieuChi: "tt22", ngayNhan }, buonHoTruoc.lich);
  expect([t("2025-12-04"), t("2025-12-05"), t("2025-12-06")].map((x) => x.split(" ")[0])).toEqual(["Đúng", "Nộp", "Nộp"]);
  expect(t("2025-12-05")).toBe("Nộp muộn (nhận 05/12/2025, hạn trước 05/12/2025)");
  const ninhBinh = kiemTraLichRieng({ hanNop: { ngay: 25, thang: 1 }, hanNopBaoGom: true });
  if (!("lich" in ninhBinh)) throw new Error("lịch");
  const n = (ngayNhan: string) => hanNopKhiNhan({ nam: 2025, boTieuChi: "tt24-huyen", ngayNhan }, ninhBinh.lich);
  expect([n("2026-01-24"), n("2026-01-25"), n("2026-01-26")].map((x) => x.split(" ")[0])).toEqual(["Đúng", "Đúng", "Nộp"]);
  const s = lapSo([ban("A")], new Map(), {}, { lichRieng: ninhBinh.lich, homNay: { nam: 2026, thang: 1, ngay: 20 } });
  expect(s.hanHoiDong[0]).toEqual({ viec: VIEC_HOI_DONG.nhanHoSo, han: "25/01/2026", chu: "chậm nhất 25/01/2026", conNgay: 5 });
  // Bad input: each problem names its field.
  const sai = kiemTraLichRieng({ hanNop: { ngay: 31, thang: 4 }, hanCongNhan: { ngay: "15", thang: 2 }, hanNopBaoGom: "có", soNamBaoLuu: 5 });
  expect("loi" in sai && sai.loi).toEqual([
    expect.stringMatching(/^“hanNop”: ngày 31\/4 không có trong năm/),
    expect.stringMatching(/^“hanCongNhan” \(hạn ra quyết định công nhận\) phải có dạng/),
    "“hanNopBaoGom” phải là true hoặc false",
    expect.stringMatching(/^“soNamBaoLuu” không phải trường của lịch/),
  ]);
  expect(kiemTraLichRieng([1])).toEqual({ loi: [expect.stringMatching(/đối tượng JSON/)] });
});

test("seed 000: “trước ngày 15 tháng 01 của năm liền kề sau năm đánh giá”, measured at the receipt date: 14/01 on time, 15/01 late", () => {
  const b = (ngayNhan: string) => hanNopKhiNhan({ nam: 2025, boTieuChi: "tt24-huyen", ngayNhan });
  expect(b("2026-01-14")).toBe("Đúng hạn (nhận 14/01/2026, hạn trước 15/01/2026)");
  expect(b("2026-01-15")).toBe("Nộp muộn (nhận 15/01/2026, hạn trước 15/01/2026)");
  expect(b("2026-01-16")).toMatch(/^Nộp muộn/);
});

test("seed 004: “chậm nhất là ngày 25 tháng 01” includes the day: 25/01 on time, 26/01 late", () => {
  const b = (ngayNhan: string) => hanNopKhiNhan({ nam: 2025, boTieuChi: "tt22", ngayNhan });
  expect(b("2026-01-24")).toMatch(/^Đúng hạn/);
  expect(b("2026-01-25")).toBe("Đúng hạn (nhận 25/01/2026, hạn chậm nhất 25/01/2026)");
  expect(b("2026-01-26")).toMatch(/^Nộp muộn/);
});

test("a file changed since receipt is marked, and a unit prefilled council cells are warned, never the council's", () => {
  const a = { ...ban("A"), kiemTraLai: { ngay: "2026-01-20", thayDoi: [{ ten: "CT_2_1_SODAT", cu: 40, moi: 95 }] }, hoiDongDienSan: ["CT_1_1_HOIDONG"] };
  const d = lapSo([a], new Map()).dong[0];
  expect(d.trangThai).toBe(TRANG_THAI_SO.daThayDoi);
  expect(d.ketLuanHoiDong).toBe("");
  expect(d.canhBao.join("\n")).toMatch(/Tệp đã thay đổi sau khi nhận \(1 ô\)/);
  expect(d.canhBao.join("\n")).toMatch(/không dùng làm kết quả của Hội đồng/);
});
