/**
 * Live checks inside Excel: every change of a cell (worksheets.onChanged) re-reads the template in one
 * context.sync and hands the pane a fresh state (problems, criteria, conclusion). The add-in's own writes are
 * ignored. Invalid inputs are marked by the workbook's own conditional formats; the only write is the audit
 * trail (Nhật ký), queued before the read so a typed edit still costs one sync.
 */
import { RULE_SETS, gioViet, type BoTieuChiId } from "../rules";
import { TEN_SHEET_BANG_TONG_HOP, TEN_SHEET_NHAT_KY, giaTriNiemPhong, hienGiaTri, moTaTen, oKetQuaGoc, type GiaTriO } from "../template";
import { giuLaChu } from "./plainText";
import { docTrangThaiSo, type TrangThaiSo } from "./readWorkbookOfficeJs";
import { tuyChonKhoa } from "./renderLayoutWithOfficeJs";

export type ChayExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface DongNhatKy {
  thoiGian: string;
  nguoi: string;
  o: string;
  noiDung: string;
  cu: string;
  moi: string;
}

/** Appends rows under the last used row of Nhật ký without reading it first (the sheet is ours, unlocked briefly). */
export function ghiNhatKy(context: Excel.RequestContext, dong: readonly DongNhatKy[]): void {
  if (dong.length === 0) return;
  const ws = context.workbook.worksheets.getItem(TEN_SHEET_NHAT_KY);
  ws.protection.unprotect();
  const target = ws.getUsedRange(true).getLastRow().getOffsetRange(1, 0).getResizedRange(dong.length - 1, 5);
  // Text, never a formula: a value like "=HYPERLINK(…)" typed by someone is logged as it was typed.
  target.numberFormat = dong.map(() => Array(6).fill("@"));
  target.values = dong.map((d) => [d.thoiGian, d.nguoi, d.o, d.noiDung, d.cu, d.moi].map(giuLaChu));
  ws.protection.protect(tuyChonKhoa());
}

export class TheoDoiTrucTiep {
  /** While above zero, change events come from the add-in itself. */
  private dangGhi = 0;
  private truoc?: TrangThaiSo;
  private tenSheet = new Map<string, string>();

  constructor(
    private readonly chay: ChayExcel,
    private readonly capNhat: (trangThai: TrangThaiSo) => void,
    private readonly nguoiSua: () => string = () => "",
    private readonly bayGio: () => string = () => gioViet(new Date()),
  ) {}

  /** Registers the change handler once for the whole workbook (ExcelApi 1.9) and learns the sheets' ids. */
  /** Starts listening; `them` adds the caller's own handlers in the same sync. */
  async batDau(them?: (context: Excel.RequestContext) => void): Promise<void> {
    await this.chay(async (context) => {
      const sheets = context.workbook.worksheets.load("items/id,items/name");
      context.workbook.worksheets.onChanged.add((event) => this.khiThayDoi(event));
      them?.(context);
      await context.sync();
      for (const s of sheets.items) this.tenSheet.set(s.id, s.name);
    });
  }

  /** The input names a changed address covers, by the last state read (those a lock seals: cấp and bộ tiêu chí too). */
  private tenTai(sheet: string, address: string): string | undefined {
    if (!this.truoc?.hoSo) return undefined;
    const inputs = new Set(giaTriNiemPhong(RULE_SETS[this.truoc.hoSo.boTieuChi]));
    for (const [ten, v] of this.truoc.viTri) if (inputs.has(ten) && v.sheet === sheet && v.address === address) return ten;
    return undefined;
  }

  private dong(ten: string, o: string, cu: GiaTriO, moi: GiaTriO): DongNhatKy {
    return { thoiGian: this.bayGio(), nguoi: this.nguoiSua() || "(chưa nhập tên)", o, noiDung: moTaTen(ten), cu: hienGiaTri(cu), moi: hienGiaTri(moi) };
  }

  async khiThayDoi(event?: Partial<Excel.WorksheetChangedEventArgs>): Promise<void> {
    if (this.dangGhi > 0) return;
    const sheet = event?.worksheetId ? this.tenSheet.get(event.worksheetId) : undefined;
    const ten = sheet && event?.address ? this.tenTai(sheet, event.address) : undefined;
    const details = event?.details;
    await this.tinhLai(async (context, moi) => {
      // A single typed cell: its before/after come with the event, so the log is queued before the one read.
      if (ten && details) return [this.dong(ten, `'${sheet}'!${event!.address}`, (details.valueBefore as GiaTriO) ?? null, (details.valueAfter as GiaTriO) ?? null)];
      // Paste, fill, several cells: compare with the last state once the new one is read.
      if (!moi || !this.truoc?.hoSo) return [];
      const inputs = giaTriNiemPhong(RULE_SETS[this.truoc.hoSo.boTieuChi]);
      const truoc = this.truoc;
      return inputs
        .filter((n) => JSON.stringify(truoc.giaTri.get(n) ?? null) !== JSON.stringify(moi.giaTri.get(n) ?? null))
        .map((n) => {
          const v = moi.viTri.get(n);
          return this.dong(n, v ? `'${v.sheet}'!${v.address}` : n, truoc.giaTri.get(n) ?? null, moi.giaTri.get(n) ?? null);
        });
    });
  }

  /**
   * Re-reads everything (the “Tính lại toàn bộ” button: events can be missed for paste and fill). `nhatKy` gives
   * the log rows: called first without the new state (rows known in advance ride on the read's sync), then with it.
   */
  async tinhLai(nhatKy?: (context: Excel.RequestContext, moi?: TrangThaiSo) => Promise<DongNhatKy[]>): Promise<TrangThaiSo> {
    const trangThai = await this.chay(async (context) => {
      const truocDoc = nhatKy ? await nhatKy(context) : [];
      ghiNhatKy(context, truocDoc);
      const moi = await docTrangThaiSo(context);
      if (nhatKy && truocDoc.length === 0) {
        const sauDoc = await nhatKy(context, moi);
        if (sauDoc.length > 0) {
          ghiNhatKy(context, sauDoc);
          await context.sync();
        }
      }
      return moi;
    });
    this.truoc = trangThai;
    this.capNhat(trangThai);
    return trangThai;
  }

  /** Runs the add-in's own writes without reacting to the change events they raise. */
  async tuGhi<T>(fn: () => Promise<T>): Promise<T> {
    this.dangGhi++;
    try {
      return await fn();
    } finally {
      this.dangGhi--;
    }
  }
}

/**
 * “Chuyển sang công thức gốc để chia sẻ”: every Mức độ cell back to the native formula, in one batch and one
 * sync, so the workbook computes wherever it is opened (DVHT.* shows #NAME? where the add-in is not loaded).
 */
export async function chuyenSangCongThucGoc(context: Excel.RequestContext, bo: BoTieuChiId): Promise<number> {
  const defs = RULE_SETS[bo].chiTieu;
  // The Mức độ cells are locked on the protected form: unlocked for this write, protected again as the layout says.
  const form = context.workbook.worksheets.getItem(TEN_SHEET_BANG_TONG_HOP);
  form.protection.unprotect();
  for (const def of defs) {
    const { ten, congThuc } = oKetQuaGoc(def);
    context.workbook.names.getItem(ten).getRange().formulas = [[`=${congThuc}`]];
  }
  form.protection.protect(tuyChonKhoa());
  context.workbook.settings.add("dvht.cheDo", "cong-thuc-goc");
  await context.sync();
  return defs.length;
}
