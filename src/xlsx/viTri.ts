/** Where a defined name points, and how a message names it: `CT_2_1_SODAT ('Bảng tổng hợp'!D12)`. */
export interface ViTri {
  sheet: string;
  address: string;
}

export function moTaViTri(ten: string, viTri: ViTri | undefined): string {
  return viTri ? `${ten} ('${viTri.sheet}'!${viTri.address})` : ten;
}
