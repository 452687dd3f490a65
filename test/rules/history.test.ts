/**
 * Last year's register as history (src/rules/history): who was recognised, by which decision and until when, and
 * what that says of this year's request — at the boundaries of seed 000 III.3 (“03 năm (36 tháng) tiếp theo năm được
 * công nhận”, “sau ít nhất 01 năm (12 tháng) kể từ ngày được công nhận”).
 */
import { TRANG_THAI_SO, khoaDonVi, lapSo, lichSuDonVi, soNamTruocTuSo, type BanNhan, type CongNhanTruoc, type SoNamTruoc, type ThamDinh } from "../../src/rules";
import { ban } from "../helpers/banNhan";

const thamDinh = (b: BanNhan, muc: "khong-dat" | "muc-do-1" | "muc-do-2"): ThamDinh => ({
  chiTieu: Object.fromEntries(b.chiTieu.filter((c) => c.trangThai !== "khong-ap-dung").map((c) => [c.id, muc])),
  ghiChu: "",
  nguoi: "Thư ký",
  ngay: "05/02/2025",
  loi: [],
});

/** A history with one unit (“Trường A”, phổ thông) recognised at `trangThai` by a decision of `ngay`. */
function truocVoi(trangThai: "muc-do-1" | "muc-do-2", ngay: string, baoLuuDen: string, nam = 2024): SoNamTruoc {
  const ct: CongNhanTruoc = {
    khoa: khoaDonVi("Trường A", "pho-thong"),
    ten: "Trường A",
    loai: "pho-thong",
    nam,
    trangThai,
    ketLuan: trangThai === "muc-do-1" ? "Đạt mức độ 1" : "Đạt mức độ 2",
    quyetDinh: { so: "12/QĐ-UBND", ngay },
    baoLuuDen,
  };
  return { nam, cap: "huyen", tep: "/so-2024.xlsx", tong: {}, congNhan: [ct] };
}

/** Trường A's dossier of `nam`, received on `ngayNhan`, self-assessed at mức 2 (hoSoDayDu) or mức 1. */
const yeuCau = (nam: number, ngayNhan: string, muc: "muc-do-1" | "muc-do-2" = "muc-do-2"): BanNhan => {
  const b = ban("Trường A", { nam, ngayNhan });
  return muc === "muc-do-2" ? b : { ...b, tuDanhGia: { trangThai: "muc-do-1", xepLoai: "Đạt mức độ 1" } };
};

describe("nâng mức: at least 12 months from the decision's date to the receipt", () => {
  const truoc = truocVoi("muc-do-1", "10/02/2025", "31/12/2028");
  test("exactly 12 months (10/02/2025 → received 10/02/2026): eligible", () => {
    expect(lichSuDonVi(yeuCau(2025, "2026-02-10"), truoc)).toEqual({
      loai: "du-dieu-kien-nang-muc",
      chu: "Đã công nhận mức độ 1 năm 2024 (QĐ số 12/QĐ-UBND ngày 10/02/2025); đủ điều kiện đề nghị nâng mức độ 2 (từ 10/02/2026)",
      congNhan: truoc.congNhan[0],
    });
  });
  test("a day before (received 09/02/2026): too early, naming the earliest day, with a warning", () => {
    const ls = lichSuDonVi(yeuCau(2025, "2026-02-09"), truoc);
    expect(ls.loai).toBe("nang-muc-qua-som");
    expect(ls.chu).toContain("đề nghị nâng mức độ 2 quá sớm: sớm nhất từ 10/02/2026");
    expect(ls.canhBao).toMatch(/^Đề nghị nâng mức quá sớm: .*từ 10\/02\/2026$/);
  });
  test("asking mức 1 again, or recognised at mức 2 already: within validity", () => {
    expect(lichSuDonVi(yeuCau(2025, "2026-01-10", "muc-do-1"), truoc)).toMatchObject({ loai: "dang-bao-luu", chu: expect.stringMatching(/đang trong thời hạn công nhận đến 31\/12\/2028$/) });
    expect(lichSuDonVi(yeuCau(2025, "2026-01-10"), truocVoi("muc-do-2", "10/02/2025", "31/12/2028")).loai).toBe("dang-bao-luu");
  });
});

describe("công nhận lại: validity 31/12 of the decision's year + 3 against the year asked for", () => {
  // Assessed 2021, decided 10/02/2022: kept through 2023, 2024, 2025.
  const truoc = truocVoi("muc-do-1", "10/02/2022", "31/12/2025", 2021);
  test("asking for 2025 (validity ends 31/12/2025): still within it", () => {
    expect(lichSuDonVi(yeuCau(2025, "2026-01-10", "muc-do-1"), truoc).loai).toBe("dang-bao-luu");
  });
  test("asking for 2026: due for công nhận lại, saying when validity ended — even when asking mức 2", () => {
    for (const muc of ["muc-do-1", "muc-do-2"] as const) {
      expect(lichSuDonVi(yeuCau(2026, "2027-01-10", muc), truoc)).toEqual({
        loai: "den-han-cong-nhan-lai",
        chu: "Đã công nhận mức độ 1 năm 2021 (QĐ số 12/QĐ-UBND ngày 10/02/2022); hết thời hạn bảo lưu ngày 31/12/2025: đến hạn công nhận lại",
        congNhan: truoc.congNhan[0],
      });
    }
  });
});

test("a unit not in the history, or recognised only in the year asked for, was not recognised before", () => {
  const truoc = truocVoi("muc-do-1", "10/02/2025", "31/12/2028");
  expect(lichSuDonVi(ban("Trường Khác"), truoc)).toEqual({ loai: "chua-cong-nhan", chu: "Chưa được công nhận trước đây" });
  expect(lichSuDonVi(ban("Trường A", { loai: "kinh-te" }), truoc).loai).toBe("chua-cong-nhan");
  expect(lichSuDonVi(yeuCau(2024, "2025-01-10"), truoc).loai).toBe("chua-cong-nhan");
});

describe("soNamTruocTuSo: what last year's register passes on", () => {
  const a = ban("Trường A", { nam: 2024, ngayNhan: "2025-01-10" });
  const b = ban("Trường B", { nam: 2024, ngayNhan: "2025-01-10", khongDat: true });
  const c = ban("Trường C", { nam: 2024, ngayNhan: "2025-01-10" });
  const tt22 = ban("Công ty D", { nam: 2024, bo: "tt22", ngayNhan: "2025-01-10", loai: "kinh-te" });
  const td = new Map([
    [a.ma, thamDinh(a, "muc-do-1")],
    [b.ma, thamDinh(b, "khong-dat")],
    [tt22.ma, { chiTieu: {}, xepLoaiDiem: "Khá", ghiChu: "", nguoi: "Thư ký", ngay: "05/02/2025", loi: [] }],
  ]);
  const quyetDinh = { so: "12/QĐ-UBND", ngay: "10/02/2025", loi: [] };

  test("only counted units the council found passing, under a recorded decision; counts by type and conclusion", () => {
    const s = soNamTruocTuSo(lapSo([a, b, c, tt22], td, {}, { quyetDinh }), "/so-2024.xlsx");
    expect([s.nam, s.cap, s.tep]).toEqual([2024, "huyen", "/so-2024.xlsx"]);
    expect(s.congNhan).toEqual([
      { khoa: khoaDonVi("Trường A", "pho-thong"), ten: "Trường A", loai: "pho-thong", nam: 2024, trangThai: "muc-do-1", ketLuan: "Đạt mức độ 1", quyetDinh: { so: "12/QĐ-UBND", ngay: "10/02/2025" }, baoLuuDen: "31/12/2028" },
      // Points: “Khá” is mức 1 in TT22's classes; nothing kept over years (no baoLuuDen).
      { khoa: khoaDonVi("Công ty D", "kinh-te"), ten: "Công ty D", loai: "kinh-te", nam: 2024, trangThai: "muc-do-1", ketLuan: "Khá", quyetDinh: { so: "12/QĐ-UBND", ngay: "10/02/2025" } },
    ]);
    expect(s.tong["pho-thong"]).toMatchObject({ "Đạt mức độ 1": 1, "Không đạt": 1, [TRANG_THAI_SO.chuaThamDinh]: 1 });
    expect(s.tong["kinh-te"]).toMatchObject({ Khá: 1 });
    // A points class a year later: shown, and assessed again.
    expect(lichSuDonVi(ban("Công ty D", { bo: "tt22", loai: "kinh-te" }), s)).toEqual({
      loai: "den-han-cong-nhan-lai",
      chu: "Đã công nhận loại Khá năm 2024 (QĐ số 12/QĐ-UBND ngày 10/02/2025); xếp loại theo từng năm, không bảo lưu: đến hạn công nhận lại",
      congNhan: s.congNhan.find((c) => c.ten === "Công ty D"),
    });
  });

  test("without a decision (or with an unreadable date), nobody is recognised", () => {
    expect(soNamTruocTuSo(lapSo([a], td), "x").congNhan).toEqual([]);
    expect(soNamTruocTuSo(lapSo([a], td, {}, { quyetDinh: { so: "1", ngay: "31/02/2025", loi: ["sai"] } }), "x").congNhan).toEqual([]);
  });

  test("the chain accumulates: last year's own history is carried, the latest recognition of each unit kept", () => {
    const s2024 = soNamTruocTuSo(lapSo([a, b, c], td, {}, { quyetDinh }), "/so-2024.xlsx");
    // 2025: Trường A asks mức 2 too early; Trường C is recognised at mức 2; Trường A is not reviewed.
    const a25 = ban("Trường A", { nam: 2025, ngayNhan: "2026-01-10" });
    const c25 = ban("Trường C", { nam: 2025, ngayNhan: "2026-01-10" });
    const so2025 = lapSo([a25, c25], new Map([[c25.ma, thamDinh(c25, "muc-do-2")]]), {}, { quyetDinh: { so: "20/QĐ-UBND", ngay: "12/02/2026", loi: [] }, truoc: s2024 });
    expect(so2025.truoc).toBe(s2024);
    const ra = so2025.dong.find((d) => d.ban.ma === a25.ma)!;
    expect(ra.lichSu!.loai).toBe("nang-muc-qua-som");
    expect(ra.canhBao).toContain(ra.lichSu!.canhBao);
    expect(so2025.dong.find((d) => d.ban.ma === c25.ma)!.lichSu!.loai).toBe("chua-cong-nhan");
    const s2025 = soNamTruocTuSo(so2025, "/so-2025.xlsx");
    expect(s2025.congNhan.map((x) => [x.ten, x.nam, x.trangThai, x.baoLuuDen])).toEqual([
      ["Trường A", 2024, "muc-do-1", "31/12/2028"],
      ["Trường C", 2025, "muc-do-2", "31/12/2029"],
    ]);
    // Without a previous register, rows carry no history.
    expect(lapSo([a25], new Map()).dong[0].lichSu).toBeUndefined();
  });
});
