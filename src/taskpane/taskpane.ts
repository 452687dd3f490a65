/* global Office, Excel, document */
/**
 * Task pane entry: choose the rule set and unit, inject the template, and follow the workbook live.
 * All logic lives in src/rules, src/template and src/excel; this file wires them to the page.
 */
import {
  provideFluentDesignSystem,
  fluentButton,
  fluentCard,
  fluentNumberField,
  fluentOption,
  fluentProgress,
  fluentRadio,
  fluentRadioGroup,
  fluentSelect,
  fluentSwitch,
  fluentTextField,
} from "@fluentui/web-components";
import { RULE_SETS, THONG_BAO, THONG_BAO_KET_QUA_LUU, docBangDanhSach, gioViet, docCsvTuByte, moTaCachDocCsv, homNayLocal, isBoTieuChiId, loaiCuaBo, type BoTieuChiId, type LoaiDonVi } from "../rules";
import { nhapDanhSachVaoSo } from "../excel/importRoster";
import { capNhatSoTrongPane, docSoMo, hoiLaSoHoiDong, lapVanBanHoiDong, napLichRieng, type SoHoiDongMo } from "./consolidateInPane";
import { THONG_BAO_SO_PANE, hienLoiLich, hienSoHoiDong, laLocSo, luaChonLocSo, type LocSo } from "./councilView";
import { DV, buildWorkbookSpec, type WorkbookSpec, hoSoTrong, sheetChot, taoBanChot, giaTriNiemPhong, type CheDoCongThuc, type VanDe, type ViTri } from "../template";
import { renderLayoutWithOfficeJs } from "../excel/renderLayoutWithOfficeJs";
import { TheoDoiTrucTiep, chuyenSangCongThucGoc, type ChayExcel } from "../excel/liveUpdates";
import { dangKyKhiMoVanBan, gianDongVanBan, type KetQuaGianDong } from "../excel/fitDocumentRows";
import type { TrangThaiSo } from "../excel/readWorkbookOfficeJs";
import { LUA_CHON_BO, dienLuaChon, luaChonLoai, hienBieuDo, hienHoiDong, hienKetQua, hienTrangThai, hienVanDe } from "./view";

provideFluentDesignSystem().register(
  fluentButton(),
  fluentCard(),
  fluentNumberField(),
  fluentOption(),
  fluentProgress(),
  fluentRadio(),
  fluentRadioGroup(),
  fluentSelect(),
  fluentSwitch(),
  fluentTextField(),
);

const $ = (id: string) => document.getElementById(id) as HTMLElement & { value: string; checked: boolean; disabled: boolean };

let trangThai: TrangThaiSo | undefined;
let khacBiet: ViTri[] = [];
let khacBietTiep = 0;
const chay: ChayExcel = (batch) => Excel.run((context) => batch(context));
const theoDoi = new TheoDoiTrucTiep(chay, (s) => capNhat(s), () => $("nguoi-sua").value.trim());

function chonO(v: ViTri): void {
  void chay(async (ctx) => {
    ctx.workbook.worksheets.getItem(v.sheet).getRange(v.address).select();
    await ctx.sync();
  });
}

/** The open register, once the pane knows the workbook is one: the council view replaces the unit's. */
let soMo: SoHoiDongMo | undefined;
let locSo: LocSo = "tatCa";

function chonOSo(sheet: string, address: string): void {
  chay(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await ctx.sync();
  }).catch((e: Error) => hienTrangThai(document, `Không chọn được ô '${sheet}'!${address}: ${e.message}`, true));
}

function veSo(): void {
  if (!soMo) return;
  dienLuaChon($("so-loc"), luaChonLocSo(soMo.so), locSo);
  hienSoHoiDong(document, soMo, locSo, chonOSo);
}

/** Shows the council view of what was read; the unit's live view (and its problems) stays hidden from then on. */
function vaoCheDoSo(du: SoHoiDongMo): void {
  if (!soMo) {
    document.body.classList.add("che-do-so");
    $("so-hoi-dong").classList.remove("an");
    // The status line lives in the unit's result card, hidden now: it moves above the council view.
    $("so-hoi-dong").before($("trang-thai"));
  }
  soMo = du;
  veSo();
}

async function docLaiSo(): Promise<void> {
  try {
    const du = await docSoMo(chay);
    vaoCheDoSo(du);
    const xong = du.so.dong.filter((d) => d.ketLuanHoiDong).length;
    hienTrangThai(document, `Đã đọc Sổ Hội đồng: ${du.so.dong.length} hồ sơ, Hội đồng đã kết luận ${xong}${du.loi.length ? `; ${du.loi.length} lỗi khi ghi thẩm định (xem dưới)` : ""}.`, du.loi.length > 0);
  } catch (e) {
    hienTrangThai(document, `Không đọc được Sổ Hội đồng: ${(e as Error).message}`, true);
  }
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The layout of the open workbook's rule set (where the documents' rows are), built once per rule set. */
const boCuc = new Map<BoTieuChiId, WorkbookSpec>();
function boCucSo(): WorkbookSpec | undefined {
  const hoSo = trangThai?.hoSo;
  if (!hoSo) return undefined;
  if (!boCuc.has(hoSo.boTieuChi)) boCuc.set(hoSo.boTieuChi, buildWorkbookSpec(hoSoTrong(hoSo.boTieuChi, hoSo.donVi, hoSo.namDanhGia)));
  return boCuc.get(hoSo.boTieuChi);
}

const baoGianDong = (kq: KetQuaGianDong) =>
  hienTrangThai(document, kq.sheets.length ? `Đã chuẩn bị in: ${kq.soDong} dòng của ${kq.sheets.length} văn bản cao vừa nội dung đã gõ.` : "Sổ này chưa có các văn bản của hồ sơ: hãy chèn mẫu trước.");

async function chuanBiIn(): Promise<void> {
  const spec = boCucSo();
  if (!spec) {
    hienTrangThai(document, "Chưa chuẩn bị in được: hãy chèn mẫu và sửa các vấn đề trước.", true);
    return;
  }
  try {
    baoGianDong(await chay((ctx) => gianDongVanBan(ctx, spec)));
  } catch (e) {
    hienTrangThai(document, `Không chuẩn bị in được: ${(e as Error).message}`, true);
  }
}

async function chotSoLieu(): Promise<void> {
  try {
    const s = await theoDoi.tinhLai();
    if (!s.hoSo) {
      hienTrangThai(document, "Chưa chốt được: hãy sửa các vấn đề trước.", true);
      return;
    }
    const ruleSet = RULE_SETS[s.hoSo.boTieuChi];
    const giaTri = new Map(giaTriNiemPhong(ruleSet).filter((n) => s.giaTri.has(n)).map((n) => [n, s.giaTri.get(n) ?? null]));
    const ban = await taoBanChot(ruleSet, giaTri, sha256);
    const spec = { sheets: [sheetChot(ban, s.viTri)], properties: { title: "", subject: "", keywords: "", category: "" } };
    await theoDoi.tuGhi(() => chay((ctx) => renderLayoutWithOfficeJs(ctx, spec, { danhDauMau: false })));
    hienTrangThai(document, `Đã chốt ${giaTri.size} ô nhập lúc ${gioViet(ban.thoiDiem)} (mã ${ban.maBam.slice(0, 12)}…).`);
  } catch (e) {
    hienTrangThai(document, `Không chốt được: ${(e as Error).message}`, true);
  }
}

async function nhapDanhSach(): Promise<void> {
  const file = (document.getElementById("tep-danh-sach") as HTMLInputElement).files?.[0];
  if (!file) {
    hienTrangThai(document, "Hãy chọn tệp danh sách (.csv hoặc .xlsx).", true);
    return;
  }
  const s = trangThai?.hoSo ? trangThai : await theoDoi.tinhLai();
  if (!s.hoSo) {
    hienTrangThai(document, "Hãy chèn mẫu và sửa các vấn đề trước khi nhập danh sách.", true);
    return;
  }
  const hoSo = s.hoSo;
  const ruleSet = RULE_SETS[hoSo.boTieuChi];
  const loai = $("loai-danh-sach").value === "nguoi-hoc" ? "nguoi-hoc" : "thanh-vien";
  const bar = $("tien-do-danh-sach");
  try {
    let rows: string[][] | undefined;
    let loiTep = "";
    let cachDoc: string | undefined;
    if (/\.(csv|txt|tsv)$/i.test(file.name)) {
      // Bytes, not file.text(): a CSV saved by Excel on Vietnamese Windows is Windows-1258, not UTF-8.
      const csv = docCsvTuByte(new Uint8Array(await file.arrayBuffer()));
      rows = csv.rows;
      cachDoc = moTaCachDocCsv(csv);
    } else {
      const data = await file.arrayBuffer();
      const [{ hangTuSo }, { lyDoKhongMoDuoc }] = await Promise.all([import("../xlsx/rosterRows"), import("../xlsx/openWorkbook")]);
      rows = await hangTuSo(data);
      if (!rows) loiTep = `${file.name}: ${lyDoKhongMoDuoc(data)}`;
    }
    const r = rows ? docBangDanhSach(rows, ruleSet, loai, file.name, cachDoc) : { ok: false as const, loi: [loiTep] };
    if (!r.ok) {
      hienVanDe(document, r.loi.map((thongBao) => ({ thongBao })), new Map(), chonO);
      hienTrangThai(document, `Chưa nhập: ${r.loi.length} dòng cần sửa (xem “Vấn đề cần sửa”). Sổ không bị thay đổi.`, true);
      return;
    }
    bar.classList.remove("an");
    await theoDoi.tuGhi(() =>
      chay((ctx) =>
        nhapDanhSachVaoSo(ctx, hoSo, r.danhSach, (xong, tong) => {
          bar.setAttribute("value", String(Math.round((xong / tong) * 100)));
          hienTrangThai(document, `Đang ghi ${xong}/${tong} dòng…`);
        }),
      ),
    );
    await theoDoi.tinhLai();
    const trung = r.danhSach.canhBao.length ? ` Lưu ý: ${r.danhSach.canhBao.length} dòng trùng tên.` : "";
    hienTrangThai(document, `Đã nhập ${r.danhSach.nguoi.length} ${loai === "thanh-vien" ? "thành viên" : "người học"}; số đạt và tổng số được đếm từ danh sách.${trung} ${r.danhSach.ghiChu.map((g) => g.replace(`${file.name}: `, "")).join(". ")}.`);
  } catch (e) {
    hienTrangThai(document, `Không nhập được danh sách: ${(e as Error).message}`, true);
  } finally {
    bar.classList.add("an");
  }
}

async function tongHop(): Promise<void> {
  const files = Array.from((document.getElementById("tep-don-vi") as HTMLInputElement).files ?? []);
  if (files.length === 0) {
    hienTrangThai(document, "Hãy chọn ít nhất một sổ .xlsx của đơn vị.", true);
    return;
  }
  if (!soMo && trangThai?.coMau) {
    hienTrangThai(document, "Sổ đang mở là sổ của một đơn vị: hãy mở Sổ Hội đồng hoặc một sổ trống để nhận hồ sơ.", true);
    return;
  }
  const bar = $("tien-do-tong-hop");
  bar.classList.remove("an");
  try {
    const r = await theoDoi.tuGhi(() =>
      capNhatSoTrongPane(files, chay, homNayLocal(), sha256, (xong, tong) => {
        bar.setAttribute("value", String(Math.round((xong / tong) * 100)));
        hienTrangThai(document, `Đang đọc ${xong}/${tong} sổ…`);
      }),
    );
    // The view shows the register as written (its rows where the sheet has them), read back once.
    vaoCheDoSo(await docSoMo(chay));
    hienTrangThai(
      document,
      `Sổ Hội đồng: ${r.moi} hồ sơ mới, ${r.kiemTraLai} kiểm tra lại; ${r.so.dong.length} hồ sơ, ${r.so.tong.soDonVi} đơn vị được tính` +
        `${r.soLoi ? `; ${r.soLoi} tệp không đọc được (sheet “Không đọc được”)` : ""}.`,
    );
  } catch (e) {
    hienTrangThai(document, `Không tổng hợp được: ${(e as Error).message}`, true);
  } finally {
    bar.classList.add("an");
  }
}

/** “Lập / cập nhật văn bản Hội đồng”: one redraw of the open register, then the view read back once. */
async function lapVanBan(): Promise<void> {
  if (!soMo) return;
  hienTrangThai(document, THONG_BAO_SO_PANE.dangLapVanBan);
  try {
    await theoDoi.tuGhi(() => lapVanBanHoiDong(chay));
    const du = await docSoMo(chay);
    vaoCheDoSo(du);
    hienTrangThai(document, THONG_BAO_SO_PANE.daLapVanBan(du.vanBan));
  } catch (e) {
    hienTrangThai(document, THONG_BAO_SO_PANE.khongLapDuoc((e as Error).message), true);
  }
}

/** The province's calendar picked in the council view: refused whole with its problems, or the register redrawn with it. */
async function apDungLichRieng(): Promise<void> {
  const input = document.getElementById("so-lich") as HTMLInputElement;
  const file = input.files?.[0];
  if (!soMo) return;
  if (!file) {
    hienTrangThai(document, THONG_BAO_SO_PANE.chuaChonLich, true);
    return;
  }
  hienLoiLich(document, []);
  hienTrangThai(document, THONG_BAO_SO_PANE.dangApDungLich(file.name));
  try {
    const r = await theoDoi.tuGhi(() => napLichRieng(file, chay));
    if ("loi" in r) {
      hienLoiLich(document, r.loi);
      hienTrangThai(document, THONG_BAO_SO_PANE.lichSai(file.name, r.loi.length), true);
      return;
    }
    vaoCheDoSo(await docSoMo(chay));
    hienTrangThai(document, THONG_BAO_SO_PANE.daApDungLich(file.name));
  } catch (e) {
    hienTrangThai(document, THONG_BAO_SO_PANE.khongApDungLich((e as Error).message), true);
  } finally {
    // The same file picked again (once corrected) is a change again.
    input.value = "";
  }
}

function capNhat(s: TrangThaiSo): void {
  // On a register the unit's checks have nothing to say (no template): its edits are the council's.
  if (soMo) return;
  trangThai = s;
  hienKetQua(document, s.ketQua);
  hienBieuDo(document, s.ketQua);
  // A result cell typed over is a problem at its cell too: the pane's levels are the engine's, the sheet's are not.
  const vanDe: VanDe[] = [...s.vanDe, ...s.ketQuaKhac.map((k) => ({ ten: k.ten, thongBao: THONG_BAO_KET_QUA_LUU.vanDe(k.daLuu, k.tinhLai) }))];
  hienVanDe(document, vanDe, s.viTri, chonO);
  khacBiet = hienHoiDong(document, s.ketQua, s.viTri, chonO);
  khacBietTiep = 0;
  if (!s.coMau) hienTrangThai(document, "Sổ này chưa có mẫu: chọn thông tin rồi bấm “Chèn mẫu Bảng tổng hợp”.");
  else hienTrangThai(document, vanDe.length ? `Có ${vanDe.length} vấn đề cần sửa.` : "Đã tính theo số liệu mới nhất.");
  if (s.hoSo) {
    $("bo-tieu-chi").value = s.hoSo.boTieuChi;
    dienLoai(s.hoSo.boTieuChi, s.hoSo.donVi.loai);
    if (s.hoSo.donVi.congLap !== undefined) $("cong-lap").checked = s.hoSo.donVi.congLap;
    if (s.hoSo.donVi.ten) $("ten-don-vi").value = s.hoSo.donVi.ten;
    if (s.hoSo.namDanhGia) $("nam").value = String(s.hoSo.namDanhGia);
  }
}

/** Offers the unit types of the chosen rule set's cấp, keeping the chosen type when that cấp has it. */
function dienLoai(bo: BoTieuChiId, chon: string = $("loai-don-vi").value): void {
  const cac = luaChonLoai(bo);
  dienLuaChon($("loai-don-vi"), cac, cac.some((c) => c.value === chon) ? chon : cac[0].value);
}

function boDangChon(): BoTieuChiId {
  const bo = $("bo-tieu-chi").value;
  return isBoTieuChiId(bo) ? bo : "tt24-huyen";
}

function luaChonHienTai() {
  const nam = Number($("nam").value);
  return {
    bo: boDangChon(),
    donVi: { loai: $("loai-don-vi").value as LoaiDonVi, congLap: $("cong-lap").checked, ...($("ten-don-vi").value.trim() ? { ten: $("ten-don-vi").value.trim() } : {}) },
    nam: Number.isInteger(nam) && nam >= 2000 && nam <= 2100 ? nam : undefined,
    cheDo: (($("che-do").value as CheDoCongThuc) || "cong-thuc-goc") as CheDoCongThuc,
  };
}

async function chenMau(): Promise<void> {
  const c = luaChonHienTai();
  const ruleSet = RULE_SETS[c.bo];
  if (!loaiCuaBo(ruleSet).includes(c.donVi.loai)) {
    hienTrangThai(document, `Không chèn được mẫu: donVi.loai: ${THONG_BAO.loaiKhongThuocCap(c.donVi.loai, ruleSet)}`, true);
    return;
  }
  hienTrangThai(document, "Đang chèn mẫu…");
  try {
    const spec = buildWorkbookSpec(hoSoTrong(c.bo, c.donVi, c.nam), c.cheDo);
    await theoDoi.tuGhi(() => chay((ctx) => renderLayoutWithOfficeJs(ctx, spec, { ghiDe: [DV.loai, DV.congLap, DV.ten, DV.nam] })));
    // Load the add-in with the document from now on, so live checks start as soon as it opens.
    if (Office.addin?.setStartupBehavior) await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
    await theoDoi.tinhLai();
  } catch (e) {
    hienTrangThai(document, `Không chèn được mẫu: ${(e as Error).message}`, true);
  }
}

async function chuyenGoc(): Promise<void> {
  const bo = trangThai?.hoSo?.boTieuChi ?? luaChonHienTai().bo;
  try {
    const n = await theoDoi.tuGhi(() => chay((ctx) => chuyenSangCongThucGoc(ctx, bo)));
    hienTrangThai(document, `Đã chuyển ${n} ô mức độ sang công thức gốc: sổ mở được ở mọi nơi.`);
  } catch (e) {
    hienTrangThai(document, `Không chuyển được: ${(e as Error).message}`, true);
  }
}

function khoiTaoGiaoDien(): void {
  dienLuaChon($("bo-tieu-chi"), LUA_CHON_BO, "tt24-huyen");
  dienLoai("tt24-huyen", "co-quan");
  $("bo-tieu-chi").addEventListener("change", () => dienLoai(boDangChon()));
  dienLuaChon($("loai-danh-sach"), [{ value: "thanh-vien", text: "Danh sách thành viên" }, { value: "nguoi-hoc", text: "Danh sách người học" }], "thanh-vien");
  $("nam").value = String(new Date().getFullYear() - 1);
  hienKetQua(document, undefined);
  hienVanDe(document, [], new Map(), () => undefined);
}

khoiTaoGiaoDien();

Office.onReady(async (info) => {
  const trongExcel = info.host === Office.HostType.Excel;
  for (const id of ["chen-mau", "chuyen-goc", "tinh-lai", "chot-so-lieu", "khac-biet-tiep", "chay-tong-hop", "nhap-danh-sach", "chuan-bi-in", "so-cap-nhat", "so-lap-van-ban", "so-lich"]) $(id).disabled = !trongExcel;
  if (!trongExcel) {
    $("ngoai-excel").classList.remove("an");
    hienTrangThai(document, "Chưa kết nối với Excel.");
    return;
  }
  $("chen-mau").addEventListener("click", () => void chenMau());
  $("chuyen-goc").addEventListener("click", () => void chuyenGoc());
  $("tinh-lai").addEventListener("click", () => void theoDoi.tinhLai());
  $("chot-so-lieu").addEventListener("click", () => void chotSoLieu());
  $("chay-tong-hop").addEventListener("click", () => void tongHop());
  $("so-cap-nhat").addEventListener("click", () => void docLaiSo());
  $("so-lap-van-ban").addEventListener("click", () => void lapVanBan());
  $("so-lich").addEventListener("change", () => void apDungLichRieng());
  $("so-loc").addEventListener("change", () => {
    const v = $("so-loc").value;
    if (!laLocSo(v) || v === locSo) return;
    locSo = v;
    veSo();
  });
  $("nhap-danh-sach").addEventListener("click", () => void nhapDanhSach());
  $("chuan-bi-in").addEventListener("click", () => void chuanBiIn());
  $("khac-biet-tiep").addEventListener("click", () => {
    if (khacBiet.length === 0) return;
    chonO(khacBiet[khacBietTiep % khacBiet.length]);
    khacBietTiep++;
  });
  // Whether the workbook is a register is asked in the start-up sync: a unit's workbook is still read in two.
  let laSo = () => false;
  await theoDoi.batDau((context) => {
    dangKyKhiMoVanBan(context, chay, boCucSo, baoGianDong);
    laSo = hoiLaSoHoiDong(context);
  });
  if (laSo()) await docLaiSo();
  else await theoDoi.tinhLai();
});
