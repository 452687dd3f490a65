/**
 * The parts of a zip package, read from its central directory — enough of the format for an .xlsx, browser-safe.
 * A part is inflated only when asked for, by a decompressor handed in: Node's zlib (synchronous, native) in the CLI,
 * the platform's DecompressionStream elsewhere. Anything unusual (zip64, encryption, a method other than deflate or
 * stored) throws; the caller then reads the file with the full reader.
 */

export class ZipKhongDoc extends Error {}

/** Raw deflate → bytes; either synchronous or not. */
export type GiaiNen = (raw: Uint8Array) => Uint8Array | Promise<Uint8Array>;

interface Muc {
  phuongThuc: number;
  batDau: number;
  co: number;
  coGoc: number;
}

/** The platform's raw-deflate decompressor (browsers, Node 20+). */
export async function giaiNenNenTang(raw: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream === "undefined") throw new ZipKhongDoc("không có DecompressionStream");
  const stream = new Blob([raw as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const ascii = new TextDecoder("utf-8");

export class GoiZip {
  private readonly muc = new Map<string, Muc>();
  private readonly bytes: Uint8Array;

  constructor(data: Uint8Array | ArrayBuffer) {
    const b = (this.bytes = data instanceof Uint8Array ? data : new Uint8Array(data));
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    // The end record: in the last 22 bytes, or up to 64 KiB earlier when the zip has a comment.
    let cuoi = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (dv.getUint32(i, true) === 0x06054b50) {
        cuoi = i;
        break;
      }
    }
    if (cuoi < 0) throw new ZipKhongDoc("không có bản ghi cuối");
    const soMuc = dv.getUint16(cuoi + 10, true);
    let p = dv.getUint32(cuoi + 16, true);
    if (soMuc === 0xffff || p === 0xffffffff) throw new ZipKhongDoc("zip64");
    for (let n = 0; n < soMuc; n++) {
      if (p + 46 > b.length || dv.getUint32(p, true) !== 0x02014b50) throw new ZipKhongDoc("thư mục trung tâm hỏng");
      const flags = dv.getUint16(p + 8, true);
      const phuongThuc = dv.getUint16(p + 10, true);
      const co = dv.getUint32(p + 20, true);
      const coGoc = dv.getUint32(p + 24, true);
      const dTen = dv.getUint16(p + 28, true);
      const dThem = dv.getUint16(p + 30, true);
      const dChu = dv.getUint16(p + 32, true);
      const local = dv.getUint32(p + 42, true);
      let ten = ascii.decode(b.subarray(p + 46, p + 46 + dTen));
      p += 46 + dTen + dThem + dChu;
      if (ten.endsWith("/")) continue;
      if (flags & 1) throw new ZipKhongDoc("mã hoá");
      if (co === 0xffffffff || coGoc === 0xffffffff || local === 0xffffffff) throw new ZipKhongDoc("zip64");
      if (local + 30 > b.length || dv.getUint32(local, true) !== 0x04034b50) throw new ZipKhongDoc("đầu mục hỏng");
      const batDau = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
      if (batDau + co > b.length) throw new ZipKhongDoc("mục bị cắt");
      // ExcelJS drops the leading "/" some writers put.
      if (ten.startsWith("/")) ten = ten.slice(1);
      this.muc.set(ten, { phuongThuc, batDau, co, coGoc });
    }
  }

  co(path: string): boolean {
    return this.muc.has(path);
  }

  /** The part's bytes, or undefined when the package has no such part. */
  bytesCua(path: string, giaiNen: GiaiNen): Uint8Array | Promise<Uint8Array> | undefined {
    const m = this.muc.get(path);
    if (!m) return undefined;
    const raw = this.bytes.subarray(m.batDau, m.batDau + m.co);
    if (m.phuongThuc === 0) return raw;
    if (m.phuongThuc !== 8) throw new ZipKhongDoc(`phương thức nén ${m.phuongThuc}`);
    // A damaged stream can inflate to less without an error: its size must be the one the directory records.
    const du = (b: Uint8Array) => {
      if (b.length !== m.coGoc) throw new ZipKhongDoc(`${path}: ${b.length} byte, cần ${m.coGoc}`);
      return b;
    };
    const b = giaiNen(raw);
    return b instanceof Uint8Array ? du(b) : b.then(du);
  }
}
