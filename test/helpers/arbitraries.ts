/** fast-check generators of valid raw hồ sơ, for property tests here and conformance tests later. */
import fc from "fast-check";
import { RULE_SETS, loaiCuaBo, type BoTieuChiId, type ChiTieuDef } from "../../src/rules";
import type { RawChiTieu, RawHoSo } from "./hoSo";

const minhChung = fc.oneof(
  { weight: 6, arbitrary: fc.constant(["MC-01"]) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, [], false, true) },
);

/** Counts clustered around the thresholds, where mistakes hide. */
export const demArb = fc.integer({ min: 1, max: 2000 }).chain((tongSo) =>
  fc
    .oneof(
      fc.integer({ min: 0, max: tongSo }),
      fc.constantFrom(50, 70, 90, 95, 97).chain((n) =>
        fc.integer({ min: -2, max: 2 }).map((d) => Math.min(tongSo, Math.max(0, Math.ceil((n * tongSo) / 100) + d))),
      ),
    )
    .map((soDat) => ({ soDat, tongSo })),
);

/** A typed rate in each accepted form: fraction, points, Vietnamese text — near the thresholds. */
export const tyLeNhapArb: fc.Arbitrary<RawChiTieu> = fc
  .tuple(fc.constantFrom(50, 70, 90, 95, 97, 60, 93.5), fc.integer({ min: -3, max: 3 }), fc.constantFrom("phan-so", "diem", "chu"))
  .map(([n, d, form]) => {
    const diem = Math.min(100, Math.max(1.5, n + d / 100));
    const tyLe = form === "phan-so" ? diem / 100 : form === "diem" ? diem : `${String(diem).replace(".", ",")}%`;
    return { tyLe };
  });

function nhapArb(def: ChiTieuDef): fc.Arbitrary<RawChiTieu | undefined> {
  let core: fc.Arbitrary<RawChiTieu>;
  switch (def.kieu) {
    case "dat":
      core = fc.record({ dat: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)) });
      break;
    case "muc-cds":
      core = fc.record({ mucChuyenDoiSo: fc.constantFrom("chua-dat", "co-ban", "tot") });
      break;
    case "lua-chon":
      core = fc.constantFrom(...def.luaChon.map((c) => c.ma)).map((ma) => ({ [def.truong]: ma }));
      break;
    case "ty-le-diem": {
      // Counts right at, just below and just above every band edge of the rule set, and typed rates likewise.
      const edges = def.bac.map((b) => b.tu);
      const dem = fc.integer({ min: 1, max: 500 }).chain((tongSo) =>
        fc
          .oneof(
            fc.integer({ min: 0, max: tongSo }),
            fc.constantFrom(...edges).chain((n) =>
              fc.integer({ min: -1, max: 1 }).map((d) => Math.min(tongSo, Math.max(0, Math.ceil((n * tongSo) / 100) + d))),
            ),
          )
          .map((soDat) => ({ soDat, tongSo }) as RawChiTieu),
      );
      const typed = fc.tuple(fc.constantFrom(...edges), fc.integer({ min: -2, max: 0 })).map(([n, d]) => ({ tyLe: Math.max(1.5, n + d / 100) }) as RawChiTieu);
      core = fc.oneof({ weight: 5, arbitrary: dem }, { weight: 1, arbitrary: typed });
      break;
    }
    case "ty-le": {
      const thanhVien = fc.oneof({ weight: 5, arbitrary: demArb.map((d) => ({ ...d }) as RawChiTieu) }, { weight: 1, arbitrary: tyLeNhapArb });
      core = def.nguoiHoc
        ? fc.tuple(thanhVien, demArb).map(([tv, nh]) => ({ ...tv, nguoiHocDat: nh.soDat, tongNguoiHoc: nh.tongSo }))
        : thanhVien;
      break;
    }
  }
  const withEvidence = fc.tuple(core, minhChung).map(([c, m]) => (m === undefined ? c : { ...c, minhChung: m }));
  return fc.oneof({ weight: 12, arbitrary: withEvidence }, { weight: 1, arbitrary: fc.constant(undefined) });
}

export function hoSoArb(bo?: BoTieuChiId): fc.Arbitrary<RawHoSo> {
  const boArb = bo ? fc.constant(bo) : fc.constantFrom<BoTieuChiId>("tt24-huyen", "tt24-tinh", "tt22");
  return boArb.chain((boTieuChi) =>
    fc
      .record({
        loai: fc.constantFrom(...loaiCuaBo(RULE_SETS[boTieuChi])),
        congLap: fc.boolean(),
        nhap: fc.tuple(...RULE_SETS[boTieuChi].chiTieu.map(nhapArb)),
        // A council's review is recorded in levels: points-based hồ sơ have none.
        hoiDong: RULE_SETS[boTieuChi].chamDiem ? fc.constant(null) : fc.option(fc.tuple(...RULE_SETS[boTieuChi].chiTieu.map(() => fc.option(fc.constantFrom("khong-dat", "muc-do-1", "muc-do-2"), { freq: 4 }))), { freq: 2 }),
      })
      .map(({ loai, congLap, nhap, hoiDong }) => {
        const chiTieu: Record<string, RawChiTieu> = {};
        RULE_SETS[boTieuChi].chiTieu.forEach((def, i) => {
          if (nhap[i] !== undefined) chiTieu[def.id] = nhap[i]!;
        });
        const raw: RawHoSo = { boTieuChi, donVi: { ten: "Đơn vị ngẫu nhiên", loai, congLap }, namDanhGia: 2025, chiTieu };
        if (hoiDong) {
          const chon: Record<string, { xepLoai: string }> = {};
          RULE_SETS[boTieuChi].chiTieu.forEach((def, i) => {
            if (hoiDong[i]) chon[def.id] = { xepLoai: hoiDong[i]! };
          });
          raw.hoiDong = { chiTieu: chon };
        }
        return raw;
      }),
  );
}
