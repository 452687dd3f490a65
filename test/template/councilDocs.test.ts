/**
 * The council's documents as layout (issue 17, item 2), without LibreOffice: who issues and signs at each cấp (seed 000
 * VI.1.2 for the Phòng and the Chủ tịch UBND cấp huyện, VI.2.2 for the Sở and the UBND cấp tỉnh), who is listed in the
 * Quyết định's appendix (only units the council found passing, at the council's level), who gets a reply and why, and
 * what a large or empty batch gives (no cell over Excel's limit, nothing dropped, nothing invented).
 */
import { ketQuaThamDinh, khoaDonVi, lapSo, type BanNhan, type SoHoiDong, type ThamDinh, type ThongTinVanBanHoiDong } from "../../src/rules";
import { sheetVanBanDonVi, sheetVanBanHoiDong, type SheetSpec } from "../../src/template";
import { ban } from "../helpers/banNhan";

const thamDinh = (b: BanNhan, muc: (id: string) => "khong-dat" | "muc-do-1" | "muc-do-2", ghiChu = ""): ThamDinh => ({
  chiTieu: Object.fromEntries(b.chiTieu.filter((c) => c.trangThai !== "khong-ap-dung").map((c) => [c.id, muc(c.id)])),
  ghiChu,
  nguoi: "Thư ký Hội đồng",
  ngay: "05/02/2026",
  loi: [],
});

const chu = (s: SheetSpec) => s.cells.map((c) => String(c.value ?? "")).join("\n");
const sheet = (ds: SheetSpec[], ten: string) => ds.find((s) => s.name === ten)!;
const TT: ThongTinVanBanHoiDong = { ubnd: "Ủy ban nhân dân thành phố Hà Nội", coQuan: "Sở Giáo dục và Đào tạo Hà Nội", kyHieu: "SGDĐT", diaDanh: "Hà Nội", thuTruong: "Trần Văn Giám" };

function so(bans: BanNhan[], td: [BanNhan, ThamDinh][], qd?: string): SoHoiDong {
  return {
    ...lapSo(bans, new Map(td.map(([b, t]) => [b.ma, t])), {}, qd ? { quyetDinh: { so: "300/QĐ-UBND", ngay: qd, loi: [] } } : {}),
    thongTinVanBan: TT,
  };
}

describe("a Sở's batch (cấp tỉnh)", () => {
  const a = ban("Sở Tư pháp", { bo: "tt24-tinh" });
  const b = ban("Sở Xây dựng", { bo: "tt24-tinh" });
  const c = ban("Sở Công Thương", { bo: "tt24-tinh" });
  const d = ban("Sở Y tế", { bo: "tt24-tinh" });
  const s = so(
    [a, b, c, d],
    [
      [a, thamDinh(a, () => "muc-do-2")],
      [b, thamDinh(b, (id) => (id === "2.1" ? "muc-do-1" : "muc-do-2"))],
      [c, thamDinh(c, (id) => (id === "3.2" ? "khong-dat" : "muc-do-2"), "Chưa có minh chứng chia sẻ tri thức.")],
    ],
    "10/02/2026",
  );
  const ds = sheetVanBanHoiDong(s, TT);

  test("documents in print order: a Bản tổng hợp per concluded unit, a reply per failing one (seed 000 VI.2.2 d–đ)", () => {
    expect(ds.map((x) => x.name)).toEqual([
      "Danh sách Hội đồng",
      `BTH ${a.ma}`, `BTH ${b.ma}`, `BTH ${c.ma}`,
      "Báo cáo thẩm định",
      `Trả lời ${c.ma}`,
      "Tờ trình công nhận", "Dự thảo Quyết định", "Danh sách công nhận", "Báo cáo kết quả năm",
    ]);
    // Sheet names fit Excel's 31 characters.
    expect(ds.every((x) => x.name.length <= 31)).toBe(true);
  });

  test("the Sở issues, its Giám đốc signs; the Tờ trình goes to the Chủ tịch UBND cấp tỉnh; the yearly report to the UBND", () => {
    const toTrinh = chu(sheet(ds, "Tờ trình công nhận"));
    expect(toTrinh).toContain("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI");
    expect(toTrinh).toContain("Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Hà Nội.");
    expect(toTrinh).toContain("GIÁM ĐỐC");
    expect(toTrinh).toContain("Trần Văn Giám");
    expect(toTrinh).toContain("“Đơn vị học tập” cấp tỉnh năm 2025");
    expect(chu(sheet(ds, "Báo cáo kết quả năm"))).toContain("Kính gửi: Ủy ban nhân dân thành phố Hà Nội.");
    expect(chu(sheet(ds, `Trả lời ${c.ma}`))).toContain("Số: ……/SGDĐT");
    expect(chu(sheet(ds, "Dự thảo Quyết định"))).toContain("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
  });

  test("the appendix lists passing units at the council's level, never a failing or unreviewed one", () => {
    const dsCn = chu(sheet(ds, "Danh sách công nhận"));
    const [muc2, muc1] = dsCn.split("II. ĐƠN VỊ ĐẠT MỨC ĐỘ 1");
    expect(muc2).toContain("Sở Tư pháp");
    // Sở Xây dựng asked for mức độ 2; the council found 2.1 at mức độ 1: recognised at mức độ 1.
    expect(muc1).toContain("Sở Xây dựng");
    expect(muc2).not.toContain("Sở Xây dựng");
    expect(dsCn).not.toContain("Sở Công Thương");
    expect(dsCn).not.toContain("Sở Y tế");
    // The draft's list: the UBND numbers and dates the decision when it signs it.
    expect(dsCn).toContain("Kèm theo Quyết định số ……/QĐ-UBND ngày ……………");
    expect(chu(sheet(ds, "Dự thảo Quyết định"))).toContain("Công nhận 2 đơn vị đạt “Đơn vị học tập” cấp tỉnh năm 2025, gồm: 1 đơn vị đạt mức độ 2 và 1 đơn vị đạt mức độ 1");
  });

  test("the reply names the failing indicator, the unit's own level and the council's note; the report says one is still open", () => {
    const tl = chu(sheet(ds, `Trả lời ${c.ma}`));
    expect(tl).toContain("Kính gửi: Sở Công Thương.");
    expect(tl).toContain("Chỉ tiêu 3.2");
    expect(tl).toContain("Hội đồng đánh giá “Không đạt”, đơn vị tự đánh giá “Đạt mức độ 2”");
    expect(tl).toContain("Ý kiến của Hội đồng: Chưa có minh chứng chia sẻ tri thức.");
    const bc = sheet(ds, "Báo cáo thẩm định");
    expect(chu(bc)).toContain("Hội đồng đã thẩm định 3/4 hồ sơ; còn 1 hồ sơ chưa thẩm định: Sở Y tế");
    expect(chu(bc)).toContain("DỰ THẢO");
  });

  test("--don-vi: by receipt number or by name, spacing and case aside; an unconcluded unit has none", () => {
    expect(sheetVanBanDonVi(s, TT, "  sở  CÔNG thương ")!.map((x) => x.name)).toEqual([`BTH ${c.ma}`, `Trả lời ${c.ma}`]);
    expect(sheetVanBanDonVi(s, TT, a.ma.toLowerCase())!.map((x) => x.name)).toEqual([`BTH ${a.ma}`]);
    expect(sheetVanBanDonVi(s, TT, "Sở Y tế")).toBeUndefined();
  });
});

test("an empty register still gives the documents, saying there is nothing to recognise, with dotted places for what is not typed", () => {
  const ds = sheetVanBanHoiDong(lapSo([], new Map()), {});
  expect(ds.map((x) => x.name)).toEqual(["Danh sách Hội đồng", "Báo cáo thẩm định", "Tờ trình công nhận", "Dự thảo Quyết định", "Danh sách công nhận", "Báo cáo kết quả năm"]);
  expect(chu(sheet(ds, "Tờ trình công nhận"))).toContain("Không có đơn vị đủ điều kiện công nhận");
  expect(chu(sheet(ds, "Tờ trình công nhận"))).toContain("……………, ngày …… tháng …… năm ……");
  expect(chu(sheet(ds, "Danh sách công nhận"))).toContain("Không có.");
});

test("a batch of 2,000 units: names in a paragraph are cut to a readable list, no cell reaches Excel's 32,767 characters", () => {
  const mau = ban("Trường mẫu", { ngayNhan: "2026-01-20" });
  const bans = Array.from({ length: 2000 }, (_, i) => ({ ...mau, ma: `HS-${String(i + 1).padStart(4, "0")}`, ten: `Trường Tiểu học số ${i + 1} của huyện`, tep: `/d/${i}.xlsx` }));
  const ds = sheetVanBanHoiDong(lapSo(bans, new Map(bans.slice(0, 500).map((b) => [b.ma, thamDinh(b, () => "khong-dat")]))), {});
  for (const s of ds) for (const c of s.cells) expect(String(c.value ?? "").length).toBeLessThan(32_767);
  const bc = chu(sheet(ds, "Báo cáo thẩm định"));
  expect(bc).toContain("nộp muộn: 2000 (");
  expect(bc).toContain("và 1988 đơn vị khác (xem Sổ Hội đồng)");
  // Every failing unit has its reply and its row in the report's table: none dropped.
  expect(ds.filter((s) => s.name.startsWith("Trả lời ")).length).toBe(500);
});

describe("a unit still recognised by last year's decision (seed 000 III.3: 03 năm; mức độ 2 after 12 months)", () => {
  const truoc = (b: BanNhan, trangThai: "muc-do-1" | "muc-do-2", ngay: string) => ({
    nam: 2024,
    cap: "huyen" as const,
    tep: "/so-2024.xlsx",
    tong: {},
    congNhan: [{ khoa: khoaDonVi(b.ten, b.loai), ten: b.ten, loai: b.loai, nam: 2024, trangThai, ketLuan: trangThai === "muc-do-1" ? "Đạt mức độ 1" : "Đạt mức độ 2", quyetDinh: { so: "80/QĐ-UBND", ngay }, baoLuuDen: "31/12/2028" }],
  });
  const lap = (b: BanNhan, muc: "muc-do-1" | "muc-do-2", t: ReturnType<typeof truoc>) => {
    const s = { ...lapSo([b], new Map([[b.ma, thamDinh(b, () => muc)]]), {}, { truoc: t }), thongTinVanBan: TT };
    return { k: ketQuaThamDinh(s)[0], ds: sheetVanBanHoiDong(s, TT) };
  };

  test("moving up to mức độ 2 twelve months after the decision: listed at mức độ 2", () => {
    const b = ban("Trường Nâng Mức", { ngayNhan: "2026-01-15" });
    const { k, ds } = lap(b, "muc-do-2", truoc(b, "muc-do-1", "15/01/2025"));
    expect([k.dat, k.giuCongNhan]).toEqual([true, undefined]);
    expect(chu(sheet(ds, "Danh sách công nhận"))).toContain("Trường Nâng Mức");
  });

  test("a day before the twelve months: not listed; the reply says too early and what the unit keeps", () => {
    const b = ban("Trường Quá Sớm", { ngayNhan: "2026-01-14" });
    const { k, ds } = lap(b, "muc-do-2", truoc(b, "muc-do-1", "15/01/2025"));
    expect(k.dat).toBe(false);
    expect(chu(sheet(ds, "Danh sách công nhận"))).not.toContain("Trường Quá Sớm");
    const tl = chu(sheet(ds, `Trả lời ${b.ma}`));
    expect(tl).toContain("khi chưa đủ 12 tháng kể từ ngày được công nhận");
    expect(tl).toContain("Đơn vị tiếp tục giữ kết quả công nhận Đạt mức độ 1 (Quyết định số 80/QĐ-UBND ngày 15/01/2025), còn hiệu lực đến 31/12/2028.");
  });

  test("the council finds no higher level than the one held: not recognised again, told it keeps it", () => {
    const b = ban("Trường Giữ Mức", { ngayNhan: "2026-01-20" });
    const { k, ds } = lap(b, "muc-do-1", truoc(b, "muc-do-1", "15/01/2025"));
    expect(k.dat).toBe(false);
    expect(k.lyDo[0]).toContain("không cao hơn mức đơn vị đang được công nhận");
    expect(chu(sheet(ds, "Danh sách công nhận"))).not.toContain("Trường Giữ Mức");
  });
});
