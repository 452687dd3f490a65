/**
 * A corpus of bad roster CSV files (README “Danh sách thành viên và người học”): for every roster column of every
 * rule set, a row with a blank, a doubtful or a made-up yes/no; rows without a name, with too many or too few cells;
 * a header that names a column twice. Each must be refused with the row (and column) named, and nothing written.
 * Generated cases give the row every line must name (`dong`) and what the first line must say (`chua`); a few
 * file-level cases give the exact lines.
 */
import { BO_TIEU_CHI, COT_CHUNG, RULE_SETS, chiTieuCuaDanhSach, type BoTieuChiId, type LoaiDanhSach } from "../../src/rules";

export interface BadCsv {
  ten: string;
  bo: BoTieuChiId;
  loai: LoaiDanhSach;
  csv: string;
  /** Row every line names (`<tệp>, dòng N…`), and text the first line contains. */
  dong?: number;
  chua?: string[];
  /** Exact lines, `{tep}` standing for the file's name. */
  loi?: string[];
}

/** The header of a roster of this kind: STT, name, position or class, then one column per indicator. */
export function tieuDe(bo: BoTieuChiId, loai: LoaiDanhSach): string[] {
  return [COT_CHUNG.stt, COT_CHUNG.hoTen, loai === "thanh-vien" ? COT_CHUNG.chucVu : COT_CHUNG.lop, ...chiTieuCuaDanhSach(RULE_SETS[bo], loai).map((d) => d.cotDanhSach)];
}

/** A valid roster of four people; `sua` bends one row (0-based among the people, so row i+2 of the file). */
export function csvHopLe(bo: BoTieuChiId, loai: LoaiDanhSach, sua?: (rows: string[][]) => void, sep = ","): string {
  const header = tieuDe(bo, loai);
  const rows = [header, ...[1, 2, 3, 4].map((i) => [String(i), `Người ${i}`, loai === "thanh-vien" ? "Giáo viên" : "6A", ...header.slice(3).map((_, j) => ((i + j) % 3 ? "Có" : "Không"))])];
  sua?.(rows);
  return rows.map((r) => r.join(sep)).join("\r\n") + "\r\n";
}

const DANH_SACH: [BoTieuChiId, LoaiDanhSach][] = BO_TIEU_CHI.flatMap((bo) =>
  (["thanh-vien", "nguoi-hoc"] as const).filter((loai) => chiTieuCuaDanhSach(RULE_SETS[bo], loai).length > 0).map((loai) => [bo, loai] as [BoTieuChiId, LoaiDanhSach]),
);

const GIA_TRI_SAI: [ten: string, giaTri: string, chua: string][] = [
  ["blank", "", "để trống"],
  ["maybe", "có lẽ", "“có lẽ” không phải Có/Không"],
  ["a number", "2", "“2” không phải Có/Không"],
  ["a question", "Đạt?", "“Đạt?” không phải Có/Không"],
];

function oSai(bo: BoTieuChiId, loai: LoaiDanhSach): BadCsv[] {
  const header = tieuDe(bo, loai);
  return header.slice(3).flatMap((cot, j) =>
    GIA_TRI_SAI.map(([ten, giaTri, chua], k) => {
      const nguoi = (j + k) % 4; // spread over the rows
      return {
        ten: `${bo} ${loai} “${cot}” ${ten}`,
        bo,
        loai,
        csv: csvHopLe(bo, loai, (rows) => void (rows[nguoi + 1][3 + j] = giaTri), k % 2 ? ";" : ","),
        dong: nguoi + 2,
        chua: [`cột “${cot}”`, chua],
      };
    }),
  );
}

function dongSai(bo: BoTieuChiId, loai: LoaiDanhSach): BadCsv[] {
  const header = tieuDe(bo, loai);
  const last = header.at(-1)!;
  return [
    { ten: `${bo} ${loai} no name`, bo, loai, csv: csvHopLe(bo, loai, (r) => void (r[2][1] = "")), dong: 3, chua: ["thiếu họ và tên"] },
    { ten: `${bo} ${loai} a name of spaces`, bo, loai, csv: csvHopLe(bo, loai, (r) => void (r[3][1] = "   ")), dong: 4, chua: ["thiếu họ và tên"] },
    { ten: `${bo} ${loai} a row cut short`, bo, loai, csv: csvHopLe(bo, loai, (r) => void r[4].splice(Math.max(3, r[4].length - 2))), dong: 5, chua: ["để trống", "cột “"] },
    { ten: `${bo} ${loai} a row of one cell`, bo, loai, csv: csvHopLe(bo, loai, (r) => void r[1].splice(1)), dong: 2, chua: ["thiếu họ và tên"] },
    {
      ten: `${bo} ${loai} one cell too many`,
      bo,
      loai,
      csv: csvHopLe(bo, loai, (r) => void r[2].push("Có")),
      dong: 3,
      chua: [`cột ${String.fromCharCode(65 + header.length)}`, "nằm ngoài", "dấu ngoặc kép"],
    },
    {
      ten: `${bo} ${loai} a name with an unquoted comma`,
      bo,
      loai,
      csv: csvHopLe(bo, loai, (r) => void (r[3][1] = "Nguyễn, Văn B")),
      dong: 4,
      chua: ["nằm ngoài", "dấu ngoặc kép"],
    },
    {
      ten: `${bo} ${loai} the last column twice`,
      bo,
      loai,
      csv: csvHopLe(bo, loai, (r) => r.forEach((row, i) => row.push(i === 0 ? last : "Có"))),
      dong: 1,
      chua: [`cột ${String.fromCharCode(65 + header.length)}: tiêu đề “${last}” trùng với cột ${String.fromCharCode(64 + header.length)}`],
    },
    {
      ten: `${bo} ${loai} the name column twice`,
      bo,
      loai,
      csv: csvHopLe(bo, loai, (r) => r.forEach((row, i) => row.push(i === 0 ? "họ và tên" : `Người ${i}`))),
      dong: 1,
      chua: ["tiêu đề “họ và tên” trùng với cột B (“Họ và tên”)"],
    },
  ];
}

/** Row 1 as the message quotes it: its first 8 cells. */
const dong1 = (cells: string[]) => cells.slice(0, 8).map((c) => `“${c}”`).join(", ") + (cells.length > 8 ? ", …" : "");

/** Files no row of which can be read: the exact lines. */
function tepSai(bo: BoTieuChiId, loai: LoaiDanhSach): BadCsv[] {
  const cot = chiTieuCuaDanhSach(RULE_SETS[bo], loai).map((d) => d.cotDanhSach).join(", ");
  const header = tieuDe(bo, loai);
  return [
    { ten: `${bo} ${loai} empty file`, bo, loai, csv: "", loi: ["{tep}: tệp rỗng"] },
    { ten: `${bo} ${loai} header only`, bo, loai, csv: `${header.join(",")}\n`, loi: ["{tep}: không có dòng nào sau dòng tiêu đề"] },
    { ten: `${bo} ${loai} no name column`, bo, loai, csv: csvHopLe(bo, loai, (r) => void (r[0][1] = "Tên")), loi: [`{tep}: thiếu cột “${COT_CHUNG.hoTen}” (không thấy trong 10 dòng đầu; dòng 1 ghi: ${dong1(header.map((h, j) => (j === 1 ? "Tên" : h)))})`] },
    { ten: `${bo} ${loai} no indicator column`, bo, loai, csv: "STT,Họ và tên,Ghi chú\n1,Người 1,x\n", loi: [`{tep}: không có cột chỉ tiêu nào (${cot})`] },
  ];
}

export const BAD_CSV: BadCsv[] = DANH_SACH.flatMap(([bo, loai]) => [...oSai(bo, loai), ...dongSai(bo, loai), ...tepSai(bo, loai)]);
