/** Reading member and learner rosters: header forms, Có/Không forms, row-numbered errors, duplicates. */
import { RULE_SETS, demTuDanhSach, docBangDanhSach, docCsv, docCsvTuByte, giaiMaCp1258, gopDanhSachVaoHoSo, laVietTat, moTaCachDocCsv, nhanBangMa, nhanDauPhanCach, validateHoSo } from "../../src/rules";
import { hoSoDayDu } from "../helpers/hoSo";

const huyen = RULE_SETS["tt24-huyen"];
const doc = (csv: string, loai: "thanh-vien" | "nguoi-hoc" = "thanh-vien") => docBangDanhSach(docCsv(csv), huyen, loai, "ds.csv");

test("the documented header, UTF-8 with BOM, comma separated", () => {
  const r = doc("\ufeffSTT,Họ và tên,Chức vụ,Kỷ luật lao động,Hoàn thành bồi dưỡng,Chuyển đổi số,Ngoại ngữ,Lao động tiên tiến,Công dân học tập\n1,Nguyễn Văn A,Hiệu trưởng,Có,Có,Có,Không,Có,Có\n2,Trần Thị B,Giáo viên,Có,Không,Có,Có,Có,Không\n");
  if (!r.ok) throw new Error(r.loi.join("\n"));
  expect(r.danhSach.chiTieu).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5", "3.1"]);
  expect(demTuDanhSach(r.danhSach)).toEqual({
    "2.1": { soDat: 2, tongSo: 2 },
    "2.2": { soDat: 1, tongSo: 2 },
    "2.3": { soDat: 2, tongSo: 2 },
    "2.4": { soDat: 1, tongSo: 2 },
    "2.5": { soDat: 2, tongSo: 2 },
    "3.1": { soDat: 1, tongSo: 2 },
  });
});

test("headers in any case, order or accents; semicolons; quotes; extra columns ignored; x/1/0/yes/no", () => {
  const r = doc('ghi chú;NGOAI NGU;ho va ten;"Chức vụ/Bộ phận";ky luat lao dong\n"a;b";x;"Lê, Văn C";GV;yes\n;0;Phạm D;;no\n;1;"Vũ ""E""";;Y\n');
  if (!r.ok) throw new Error(r.loi.join("\n"));
  expect(r.danhSach.chiTieu).toEqual(["2.1", "2.4"]);
  expect(r.danhSach.nguoi.map((n) => [n.hoTen, n.nhom, n.dat])).toEqual([
    ["Lê, Văn C", "GV", { "2.1": true, "2.4": true }],
    ["Phạm D", "", { "2.1": false, "2.4": false }],
    ['Vũ "E"', "", { "2.1": true, "2.4": true }],
  ]);
});

test("every bad row is reported with its row number and reason, and nothing is read half-way", () => {
  const r = doc("Họ và tên,Kỷ luật lao động,Ngoại ngữ\nA,Có,có lẽ\n,Có,Có\nC,,Không\n\nE,Có,Có\n");
  expect(r).toEqual({
    ok: false,
    loi: [
      "ds.csv, dòng 2, cột “Ngoại ngữ”: “có lẽ” không phải Có/Không (ghi Có, Không, x, ✓, 1, 0, yes, no)",
      "ds.csv, dòng 3: thiếu họ và tên",
      "ds.csv, dòng 4, cột “Kỷ luật lao động”: để trống (ghi Có, Không, x, ✓, 1, 0, yes, no)",
    ],
  });
  expect(doc("STT,Chức vụ\n1,GV\n")).toEqual({ ok: false, loi: ["ds.csv: thiếu cột “Họ và tên” (không thấy trong 10 dòng đầu; dòng 1 ghi: “STT”, “Chức vụ”)", expect.stringContaining("ds.csv: không có cột chỉ tiêu nào")] });
  expect(doc("")).toEqual({ ok: false, loi: expect.arrayContaining([expect.stringContaining("ds.csv")]) });
  expect(doc("Họ và tên,Kỷ luật lao động\n")).toEqual({ ok: false, loi: ["ds.csv: không có dòng nào sau dòng tiêu đề"] });
});

test("duplicates are flagged, not dropped", () => {
  const r = doc("Họ và tên,Chức vụ,Kỷ luật lao động\nNguyễn Văn A,GV,Có\nnguyen van a,gv,Không\nNguyễn Văn A,Kế toán,Có\n");
  if (!r.ok) throw new Error();
  expect(r.danhSach.canhBao).toEqual(["ds.csv, dòng 3: trùng với dòng 2 (nguyen van a, gv)"]);
  expect(r.danhSach.nguoi).toHaveLength(3);
});

test("learners carry 3.1's learner part; the hồ sơ takes the roster's counts", () => {
  const r = doc("Họ và tên,Lớp,Công dân học tập\nHS1,6A,Có\nHS2,6A,Có\nHS3,6B,Không\n", "nguoi-hoc");
  if (!r.ok) throw new Error(r.loi.join());
  expect(r.danhSach.chiTieu).toEqual(["3.1"]);
  const base = validateHoSo(hoSoDayDu("tt24-huyen", "pho-thong"));
  if (!base.ok) throw new Error();
  const g = gopDanhSachVaoHoSo(base.hoSo, r.danhSach);
  expect(g.hoSo.chiTieu["3.1"]).toMatchObject({ soDat: 100, tongSo: 100, nguoiHocDat: 2, tongNguoiHoc: 3 });
  expect(g.canhBao).toEqual(["chiTieu.3.1: dùng số liệu từ danh sách người học (2/3) thay cho số liệu trong hồ sơ"]);
});

describe("rosters as clerks have them", () => {
  /** Text → Windows-1258 the way Windows writes it: precomposed where the code page has the letter, else base + tone byte. */
  function cp1258(text: string): Uint8Array {
    const TONE: Record<string, number> = { "\u0300": 0xcc, "\u0301": 0xec, "\u0303": 0xde, "\u0309": 0xd2, "\u0323": 0xf2 };
    const RIENG: Record<string, number> = { Ă: 0xc3, ă: 0xe3, Đ: 0xd0, đ: 0xf0, Ơ: 0xd5, ơ: 0xf5, Ư: 0xdd, ư: 0xfd };
    const byte = (c: string) => RIENG[c] ?? (c.charCodeAt(0) < 0x100 && !(c.charCodeAt(0) in { 0xc3: 1, 0xd0: 1, 0xd5: 1, 0xdd: 1, 0xe3: 1, 0xf0: 1, 0xf5: 1, 0xfd: 1 }) ? c.charCodeAt(0) : undefined);
    const out: number[] = [];
    for (const c of text.normalize("NFC")) {
      const b = byte(c);
      if (b !== undefined) out.push(b);
      else {
        const d = c.normalize("NFD");
        const tone = [...d].find((m) => m in TONE)!;
        const base = d.replace(tone, "").normalize("NFC");
        out.push(byte(base)!, TONE[tone]);
      }
    }
    return Uint8Array.from(out);
  }
  const HEADER = "STT,Họ và tên,Chức vụ,Kỷ luật lao động,Hoàn thành bồi dưỡng,Chuyển đổi số,Ngoại ngữ,Lao động tiên tiến,Công dân học tập";
  const ROWS = "1,Nguyễn Thị Ánh Tuyết,Hiệu trưởng,Có,Có,Có,Không,Có,Có\r\n2,Trần Quốc Việt,Giáo viên,Có,Không,Có,Có,Có,Không\r\n";
  const docByte = (bytes: Uint8Array) => {
    const csv = docCsvTuByte(bytes);
    return docBangDanhSach(csv.rows, huyen, "thanh-vien", "ds.csv", moTaCachDocCsv(csv));
  };

  test("the Windows-1258 table: tone marks are combining and compose (NFC); Python's cp1258 agrees on every byte", () => {
    expect(giaiMaCp1258(Uint8Array.from([0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e]))).toBe("Nguyễn");
    expect(giaiMaCp1258(Uint8Array.from([0xd0, 0xf5, 0xcc, 0x69, 0x20, 0xfd, 0xf2, 0x20, 0xe3, 0xd2, 0x20, 0x80, 0xfe]))).toBe("Đời ự ẳ €₫");
    // Python's codecs cp1258 for 0x80–0xFF (bytes it leaves undefined pass through, as in the WHATWG table).
    const PYTHON = [0x20ac,0x81,0x201a,0x192,0x201e,0x2026,0x2020,0x2021,0x2c6,0x2030,0x8a,0x2039,0x152,0x8d,0x8e,0x8f,0x90,0x2018,0x2019,0x201c,0x201d,0x2022,0x2013,0x2014,0x2dc,0x2122,0x9a,0x203a,0x153,0x9d,0x9e,0x178,0xa0,0xa1,0xa2,0xa3,0xa4,0xa5,0xa6,0xa7,0xa8,0xa9,0xaa,0xab,0xac,0xad,0xae,0xaf,0xb0,0xb1,0xb2,0xb3,0xb4,0xb5,0xb6,0xb7,0xb8,0xb9,0xba,0xbb,0xbc,0xbd,0xbe,0xbf,0xc0,0xc1,0xc2,0x102,0xc4,0xc5,0xc6,0xc7,0xc8,0xc9,0xca,0xcb,0x300,0xcd,0xce,0xcf,0x110,0xd1,0x309,0xd3,0xd4,0x1a0,0xd6,0xd7,0xd8,0xd9,0xda,0xdb,0xdc,0x1af,0x303,0xdf,0xe0,0xe1,0xe2,0x103,0xe4,0xe5,0xe6,0xe7,0xe8,0xe9,0xea,0xeb,0x301,0xed,0xee,0xef,0x111,0xf1,0x323,0xf3,0xf4,0x1a1,0xf6,0xf7,0xf8,0xf9,0xfa,0xfb,0xfc,0x1b0,0x20ab,0xff];
    expect(PYTHON.map((_c, i) => giaiMaCp1258(Uint8Array.of(0x80 + i)).codePointAt(0))).toEqual(PYTHON);
    expect(nhanBangMa(cp1258("Họ và tên"))).toBe("Windows-1258");
    expect(nhanBangMa(new TextEncoder().encode("Họ và tên"))).toBe("UTF-8");
  });

  test("a CSV saved by Excel on Vietnamese Windows (Windows-1258, CRLF) reads like its UTF-8 twin", () => {
    const utf8 = doc(`${HEADER}\r\n${ROWS}`);
    const r = docByte(cp1258(`${HEADER}\r\n${ROWS}`));
    if (!r.ok || !utf8.ok) throw new Error("not read");
    expect(r.danhSach.nguoi).toEqual(utf8.danhSach.nguoi);
    expect(r.danhSach.nguoi[0].hoTen).toBe("Nguyễn Thị Ánh Tuyết");
  });

  test("tab-separated UTF-16 (Excel's “Unicode Text”), and semicolons", () => {
    const tab = `${HEADER}\r\n${ROWS}`.replace(/,/g, "\t");
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(tab, "utf16le")]);
    expect(nhanDauPhanCach(tab)).toBe("\t");
    const r = docByte(le);
    if (!r.ok) throw new Error(r.loi.join("\n"));
    expect(r.danhSach.nguoi.map((n) => n.hoTen)).toEqual(["Nguyễn Thị Ánh Tuyết", "Trần Quốc Việt"]);
    expect(nhanDauPhanCach(`${HEADER}\r\n${ROWS}`.replace(/,/g, ";").replace("Trần Quốc Việt", "Trần, Việt"))).toBe(";");
  });

  test("title rows above the header are skipped and said; rows keep their number in the file", () => {
    const r = doc(`DANH SÁCH THÀNH VIÊN NĂM 2025,,,,,,,,\r\n,,,,,,,,\r\n${HEADER}\r\n${ROWS}3,,GV,Có,Có,Có,Có,Có,Có\r\n`);
    expect(r).toEqual({ ok: false, loi: ["ds.csv, dòng 6: thiếu họ và tên"] });
    const ok = doc(`DANH SÁCH THÀNH VIÊN NĂM 2025\r\n${HEADER}\r\n${ROWS}`);
    if (!ok.ok) throw new Error(ok.loi.join("\n"));
    expect(ok.danhSach.nguoi.map((n) => n.dong)).toEqual([3, 4]);
    expect(ok.danhSach.ghiChu[0]).toBe("ds.csv: dòng tiêu đề là dòng 2; dòng 1 (tên bảng) được bỏ qua");
  });

  test("a header beyond the first 10 rows is not looked for; the message says what row 1 held and how the file was read", () => {
    const r = docByte(cp1258(`Danh sách;;\r\n${";;\r\n".repeat(9)}${HEADER.replace(/,/g, ";")}\r\n`));
    expect(r).toEqual({
      ok: false,
      loi: [
        "ds.csv: thiếu cột “Họ và tên” (không thấy trong 10 dòng đầu; dòng 1 ghi: “Danh sách”; tệp được đọc theo bảng mã Windows-1258, phân cách bằng dấu chấm phẩy)",
        expect.stringContaining("ds.csv: không có cột chỉ tiêu nào"),
      ],
    });
  });

  test("a tick list (x or ✓ only) counts blanks as Không and says so; a Có/Không column still refuses a blank", () => {
    const r = doc("Họ và tên,Kỷ luật lao động,Ngoại ngữ,Chuyển đổi số\nA,x,✓,Có\nB,,X,Không\nC,X,,Có\n");
    if (!r.ok) throw new Error(r.loi.join("\n"));
    expect(r.danhSach.nguoi.map((n) => n.dat)).toEqual([
      { "2.1": true, "2.3": true, "2.4": true },
      { "2.1": false, "2.3": false, "2.4": true },
      { "2.1": true, "2.3": true, "2.4": false },
    ]);
    expect(r.danhSach.ghiChu).toEqual([
      "ds.csv: cột “Kỷ luật lao động” là cột đánh dấu (chỉ ghi x hoặc ✓): 1 ô trống được tính là Không",
      "ds.csv: cột “Ngoại ngữ” là cột đánh dấu (chỉ ghi x hoặc ✓): 1 ô trống được tính là Không",
      "ds.csv: số liệu chỉ tiêu 2.1, 2.3, 2.4 lấy từ danh sách",
    ]);
    expect(doc("Họ và tên,Kỷ luật lao động\nA,Có\nB,\n")).toEqual({ ok: false, loi: ["ds.csv, dòng 3, cột “Kỷ luật lao động”: để trống (ghi Có, Không, x, ✓, 1, 0, yes, no)"] });
    expect(doc("Họ và tên,Kỷ luật lao động\nA,x\nB,Không\nC,\n")).toEqual({ ok: false, loi: ["ds.csv, dòng 4, cột “Kỷ luật lao động”: để trống (ghi Có, Không, x, ✓, 1, 0, yes, no)"] });
  });

  test("abbreviated headers (“Kỷ luật LĐ”, “CDHT”) are read and said; other columns are listed, never dropped silently", () => {
    const r = doc("STT,Họ và tên,Chức vụ,Kỷ luật LĐ,CDHT,Ghi chú,Điện thoại\n1,A,GV,Có,Không,,0912\n");
    if (!r.ok) throw new Error(r.loi.join("\n"));
    expect(r.danhSach.chiTieu).toEqual(["2.1", "3.1"]);
    expect(r.danhSach.ghiChu).toEqual([
      "ds.csv: cột D “Kỷ luật LĐ” được hiểu là “Kỷ luật lao động” (chỉ tiêu 2.1)",
      "ds.csv: cột E “CDHT” được hiểu là “Công dân học tập” (chỉ tiêu 3.1)",
      "ds.csv: cột F “Ghi chú” không được dùng (không phải cột nào của danh sách); nếu đó là một chỉ tiêu, hãy đặt tiêu đề đúng tên cột",
      "ds.csv: cột G “Điện thoại” không được dùng (không phải cột nào của danh sách); nếu đó là một chỉ tiêu, hãy đặt tiêu đề đúng tên cột",
      "ds.csv: số liệu chỉ tiêu 2.1, 3.1 lấy từ danh sách",
    ]);
  });

  test("abbreviations: first words written out, the rest by initials; never one letter, never two columns at once", () => {
    expect(laVietTat("CDHT", "Công dân học tập")).toBe(true);
    expect(laVietTat("Kỷ luật LĐ", "Kỷ luật lao động")).toBe(true);
    expect(laVietTat("KLLĐ", "Kỷ luật lao động")).toBe(true);
    expect(laVietTat("Công dân HT", "Công dân học tập")).toBe(true);
    expect(laVietTat("CĐS", "Chuyển đổi số")).toBe(true);
    expect(laVietTat("Kỷ LĐ", "Kỷ luật lao động")).toBe(false);
    expect(laVietTat("C", "Công dân")).toBe(false);
    expect(laVietTat("HT", "Công dân học tập")).toBe(false);
  });
});
