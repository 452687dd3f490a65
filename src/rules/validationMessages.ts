/** Turns schema problems into one Vietnamese line each: "<path>: <message>" (SPEC §3). */
import type { core } from "zod";
import { TEN_TRUONG, THONG_BAO_VAN_BAN, tenTruong } from "./messages";
import type { RuleSet } from "./types";
import { DANH_SACH_VAN_BAN, NHOM_VAN_BAN, PHAN_CHI_TIEU_VAN_BAN, TRUONG_VAN_BAN_DON_VI } from "./vanBan";


const MO_TA_KIEU: Record<string, string> = {
  int: "số nguyên",
  number: "số",
  boolean: "true hoặc false",
  string: "chuỗi ký tự",
  object: "một đối tượng JSON { … }",
  array: "một danh sách [ … ]",
};

function hienThi(value: unknown): string {
  if (value === undefined) return "không có";
  if (typeof value === "string") return `"${value}"`;
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 40 ? `${json.slice(0, 37)}…` : json;
}

export function duongDan(path: readonly PropertyKey[]): string {
  // Keys a reader could not see (empty, spaces, colons) are quoted so the path stays unambiguous.
  const segment = (k: PropertyKey) => (/^[^\s:"]+$/.test(String(k)) ? String(k) : JSON.stringify(String(k)));
  return path.length === 0 ? "(hồ sơ)" : path.map(segment).join(".");
}

/** What a clerk calls a part of `vanBan` (path after "vanBan"), from the one list of its fields (rules/vanBan.ts). */
function nhanVanBan(path: readonly PropertyKey[]): string | undefined {
  const [a, b, c] = path.map(String);
  const truong = TRUONG_VAN_BAN_DON_VI.find((t) => t.khoa === a);
  if (truong && path.length === 1) return `“${truong.nhan}”`;
  const nhom = NHOM_VAN_BAN.find((n) => n.khoa === a);
  const truongNhom = nhom?.truong.find((t) => t.khoa === b);
  if (nhom) return path.length === 1 ? `phần “${nhom.tieuDe}”` : truongNhom && `“${truongNhom.nhan}”`;
  const phan = PHAN_CHI_TIEU_VAN_BAN.find((p) => p.khoa === c);
  if (a === "chiTieu" && path.length === 3 && phan) return `“${phan.nhan}” của chỉ tiêu ${b}`;
  if (a === "chiTieu" && path.length === 2) return `chỉ tiêu ${b}`;
  if (a === "tieuChi" && path.length === 3) return `“Kết luận về tiêu chí ${b}”`;
  if (a === "tieuChi" && path.length === 2) return `tiêu chí ${b}`;
  const ds = a in DANH_SACH_VAN_BAN ? DANH_SACH_VAN_BAN[a as keyof typeof DANH_SACH_VAN_BAN] : undefined;
  if (ds && path.length === 1) return `danh sách “${ds.nhan}”`;
  if (ds && path.length === 2) return `dòng ${Number(b) + 1} của “${ds.nhan}”`;
  const cot = ds?.cot.find((k) => k.khoa === c);
  if (cot && path.length === 3) return `“${cot.nhan}”`;
  return undefined;
}

/** What a clerk calls the thing at a path: a field name, an indicator, or the n-th evidence code. */
function nhanTaiDuongDan(path: readonly PropertyKey[]): string {
  if (path[0] === "vanBan" && path.length > 1) {
    const nhan = nhanVanBan(path.slice(1));
    if (nhan) return nhan;
  }
  const key = path[path.length - 1];
  const parent = path[path.length - 2];
  if (path.length === 2 && parent === "chiTieu") return `chỉ tiêu ${String(key)}`;
  if (parent === "minhChung" && typeof key === "number") return `mã minh chứng thứ ${key + 1}`;
  return tenTruong(key as string | undefined);
}

/**
 * One issue as clerk-readable lines. `truongHopLe` gives the fields the schema allows at a path (derived from the
 * schema itself, so the list offered never names a field the schema refuses there).
 */
export function formatIssue(issue: core.$ZodIssue, ruleSet: RuleSet | undefined, truongHopLe: (path: readonly PropertyKey[]) => string[]): string[] {
  const path = issue.path;
  const key = path.length > 0 ? path[path.length - 1] : undefined;
  const nhan = nhanTaiDuongDan(path);
  const input = (issue as { input?: unknown }).input;
  const line = (message: string, at = path) => `${duongDan(at)}: ${message}`;

  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return [line(`thiếu ${nhan} (bắt buộc)`)];
      return [line(`${nhan} phải là ${MO_TA_KIEU[issue.expected] ?? issue.expected} (nhận được ${hienThi(input)})`)];
    case "too_small":
      if (issue.origin === "string") return [line(`${nhan} không được để trống`)];
      return [line(`${nhan} (${hienThi(input)}) phải lớn hơn hoặc bằng ${issue.minimum}`)];
    case "too_big":
      return [line(`${nhan} (${hienThi(input)}) phải nhỏ hơn hoặc bằng ${issue.maximum}`)];
    case "invalid_value":
      if (input === undefined) return [line(`thiếu ${nhan} (bắt buộc); chọn một trong: ${issue.values.join(", ")}`)];
      if (key === "boTieuChi" && ruleSet === undefined)
        return [line(`bộ tiêu chí ${hienThi(input)} không có; chọn một trong: ${issue.values.join(", ")}`)];
      return [line(`${nhan} ${hienThi(input)} không hợp lệ; chọn một trong: ${issue.values.join(", ")}`)];
    case "unrecognized_keys": {
      const hopLe = truongHopLe(path);
      const cuoi = path[path.length - 1];
      const noi = cuoi === "chiTieu"
        ? (k: string) => `chỉ tiêu ${JSON.stringify(k)} không có trong bộ ${ruleSet?.id}`
        : cuoi === "tieuChi" && path[0] === "vanBan"
          ? (k: string) => THONG_BAO_VAN_BAN.tieuChiKhongCo(k, ruleSet?.id)
          : (k: string) => `trường ${JSON.stringify(k)} không dùng ở đây`;
      return issue.keys.map((k) => line(`${noi(k)}; dùng: ${hopLe.join(", ")}`, [...path, k]));
    }
    case "invalid_union":
      if (key === "minhChung") return [line(`minh chứng phải là danh sách mã (ví dụ ["TC1-01"]) hoặc true/false`)];
      if (key !== undefined && TEN_TRUONG[String(key)]?.startsWith("tỷ lệ"))
        return [line(`${nhan} phải là số (0,935 hoặc 93,5) hoặc chuỗi như "93,5%" (nhận được ${hienThi(input)})`)];
      return [line(`${nhan} không hợp lệ (nhận được ${hienThi(input)})`)];
    case "custom":
      return [line(issue.message)];
    default:
      return [line(`${nhan} không hợp lệ (nhận được ${hienThi(input)})`)];
  }
}
