/**
 * The council's register as data (src/rules/register): which receipt counts, what is set apart, what the totals
 * count, and that keeping the recognition and asking for mức 2 follow the council's verdict only.
 */
import { RULE_SETS, TRANG_THAI_SO, XEP_LOAI, evaluateHoSo, hanNopKhiNhan, khoaDonVi, lapSo, validateHoSo, type BanNhan, type ThamDinh } from "../../src/rules";
import { hoSoDayDu, withChiTieu } from "../helpers/hoSo";

let so = 0;
function ban(ten: string, o: { nam?: number; bo?: "tt24-huyen" | "tt24-tinh" | "tt22"; ngayNhan?: string; khongDat?: boolean } = {}): BanNhan {
  const bo = o.bo ?? "tt24-huyen";
  let raw = { ...hoSoDayDu(bo, bo === "tt24-tinh" ? "co-quan" : "pho-thong"), namDanhGia: o.nam ?? 2025 };
  if (o.khongDat) raw = withChiTieu(raw, "2.1", { soDat: 10, tongSo: 100, minhChung: true }) as typeof raw;
  const v = validateHoSo(raw);
  if (!v.ok) throw new Error(v.loi.join("\n"));
  const k = evaluateHoSo(v.hoSo);
  so++;
  return {
    ma: `HS-${String(so).padStart(4, "0")}`,
    tep: `/don-vi/${ten}-${so}.xlsx`,
    ngayNhan: o.ngayNhan ?? "2026-01-10",
    ten,
    loai: v.hoSo.donVi.loai,
    congLap: true,
    nam: v.hoSo.namDanhGia ?? null,
    boTieuChi: bo,
    phienBan: RULE_SETS[bo].phienBan,
    chot: { trangThai: "khop", maBam: "a".repeat(64), thoiDiem: "2026-01-05T02:00:00.000Z" },
    vanTay: "b".repeat(64),
    giaTri: {},
    tuDanhGia: { trangThai: k.ketLuan.trangThai, xepLoai: k.ketLuan.xepLoai, ...(k.tongDiem !== undefined ? { tongDiem: k.tongDiem } : {}) },
    tieuChi: {},
    chiTieu: k.chiTieu.map((c) => ({ id: c.id, trangThai: c.trangThai, xepLoai: c.xepLoai, lyDo: [...c.lyDo] })),
    ketQuaKhac: [],
    hoiDongDienSan: [],
  };
}

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

test("seed 000: “bảo lưu trong thời hạn 03 năm (36 tháng) tiếp theo năm được công nhận”, “sau ít nhất 01 năm (12 tháng)” — from the council's verdict only", () => {
  const a = ban("A");
  // The unit says mức 2; without the council's verdict, neither shows.
  expect(lapSo([a], new Map()).dong[0]).toMatchObject({ baoLuuDen: "", deNghiMucDo2: "" });
  // The council says Không đạt: neither shows, whatever the unit says.
  expect(lapSo([a], new Map([[a.ma, thamDinh(a, () => "khong-dat")]])).dong[0]).toMatchObject({ baoLuuDen: "", deNghiMucDo2: "" });
  // The council says mức 1: kept to the end of 2029 (recognised in 2026), mức 2 asked from 15/02/2027.
  expect(lapSo([a], new Map([[a.ma, thamDinh(a, (id) => (id === "2.1" ? "muc-do-1" : "muc-do-2"))]])).dong[0]).toMatchObject({ baoLuuDen: "31/12/2029", deNghiMucDo2: "Từ 15/02/2027" });
  // A unit that failed its own assessment but the council finds at mức 2: kept, no mức 2 request needed.
  const b = ban("B", { khongDat: true });
  expect(lapSo([b], new Map([[b.ma, thamDinh(b, () => "muc-do-2")]])).dong[0]).toMatchObject({ ketLuanHoiDong: "Đạt mức độ 2", baoLuuDen: "31/12/2029", deNghiMucDo2: "" });
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
