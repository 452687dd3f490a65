/**
 * Which sheets of a workbook belong to the Sổ Hội đồng: its working sheets (SO_HOI_DONG) and the council's printable
 * documents, some of them one per unit (“BTH HS-0001”, “Trả lời HS-0003”). The pane deletes and redraws exactly these,
 * so a unit's document left from an earlier run (a unit that now passes needs no reply) does not linger.
 * Placeholder until src/template/soHoiDong.ts exports its own list: the lead reconciles.
 */
import { SO_HOI_DONG } from "./soHoiDong";

/** The council's documents with a fixed sheet name (Báo cáo thẩm định, Tờ trình, …), in print order. */
export const TEN_VAN_BAN_HOI_DONG: string[] = [];

/** A per-unit document: the council's Bản tổng hợp or its reply to a unit, named by the receipt. */
const VAN_BAN_DON_VI = /^(BTH|Trả lời) HS-\d+$/;

/** A printable document of the council (not one of the register's working sheets). */
export function laVanBanHoiDong(name: string): boolean {
  return TEN_VAN_BAN_HOI_DONG.includes(name) || VAN_BAN_DON_VI.test(name);
}

export function laSheetSoHoiDong(name: string): boolean {
  return (Object.values(SO_HOI_DONG) as string[]).includes(name) || laVanBanHoiDong(name);
}
