/**
 * Live checks inside Excel: every change of a cell (worksheets.onChanged) re-reads the template in one
 * context.sync and hands the pane a fresh state (problems, criteria, conclusion). The add-in's own writes are
 * ignored. Nothing is written back: invalid inputs are marked by the workbook's own conditional formats.
 */
import { RULE_SETS, type BoTieuChiId } from "../rules";
import { mucDoFormula, tenChiTieu } from "../template";
import { docTrangThaiSo, type TrangThaiSo } from "./readWorkbookOfficeJs";

export type ChayExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class TheoDoiTrucTiep {
  /** While above zero, change events come from the add-in itself. */
  private dangGhi = 0;

  constructor(
    private readonly chay: ChayExcel,
    private readonly capNhat: (trangThai: TrangThaiSo) => void,
  ) {}

  /** Registers the change handler once for the whole workbook (ExcelApi 1.9). */
  async batDau(): Promise<void> {
    await this.chay(async (context) => {
      context.workbook.worksheets.onChanged.add((event) => this.khiThayDoi(event));
      await context.sync();
    });
  }

  async khiThayDoi(_event?: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (this.dangGhi > 0) return;
    await this.tinhLai();
  }

  /** Re-reads everything (the “Tính lại toàn bộ” button: events can be missed for paste and fill). */
  async tinhLai(): Promise<TrangThaiSo> {
    const trangThai = await this.chay((context) => docTrangThaiSo(context));
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
  for (const def of defs) {
    context.workbook.names.getItem(tenChiTieu(def.id, "MUCDO")).getRange().formulas = [[`=${mucDoFormula(def)}`]];
  }
  context.workbook.settings.add("dvht.cheDo", "cong-thuc-goc");
  await context.sync();
  return defs.length;
}
