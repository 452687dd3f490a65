/** The dvht command: parses arguments, runs one command, maps failures to SPEC §3 exit codes. */
import { THONG_BAO_LENH } from "../rules";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { HELP_DANH_GIA, runDanhGia } from "./danhGia";
import { HELP_TAO_MAU } from "./taoMauHelp";
import { HELP_CHOT, HELP_KIEM_TRA, runChot, runKiemTra } from "./lockCommands";
import { HELP_TONG_HOP, runTongHop } from "./tongHop";
import { HELP_IN, runIn } from "./inCommand";
import { EXIT } from "./exitCodes";
import { LoiNhap, processIo, type CliIo } from "./io";

const HELP = `Cách dùng: dvht <lệnh> [tùy chọn]

Công cụ tự đánh giá “Đơn vị học tập” theo Thông tư 24/2023/TT-BGDĐT, không cần Excel.

Lệnh:
  danh-gia <hoso.json|sổ.xlsx> [--json]   đánh giá hồ sơ hoặc sổ Excel mẫu, in bảng kết quả hoặc JSON
  tao-mau --bo <bộ> --loai <loại> [--cong-lap] --out <tệp.xlsx>
                                   tạo sổ Excel mẫu “Bảng tổng hợp” (trống)
  tao-mau <hoso.json> --out <tệp.xlsx>
                                   tạo sổ Excel mẫu điền sẵn số liệu của hồ sơ
  chot <sổ.xlsx>                   chốt số liệu (mã băm SHA-256 của mọi ô nhập, ghi vào sổ)
  kiem-tra <sổ.xlsx> [--so-hoi-dong <sổ hội đồng.xlsx>]
                                   kiểm tra số liệu so với bản đã chốt, hoặc so với bản Hội đồng đã nhận
  in <sổ.xlsx> --pdf <tệp.pdf>     in hồ sơ ra PDF (qua LibreOffice) theo thứ tự đóng quyển [--phieu];
                                   với sổ Hội đồng: in các văn bản của Hội đồng [--don-vi "<tên>"]
  tong-hop <sổ|thư mục>… --out <sổ hội đồng.xlsx>
                                   nhận hồ sơ các đơn vị vào Sổ Hội đồng (tạo mới hoặc cập nhật)

Tùy chọn chung:
  -h, --help      hướng dẫn (dùng kèm từng lệnh: dvht danh-gia --help)
  -v, --version   phiên bản

Mã thoát: 0 thành công; 1 lỗi nội bộ; 2 dữ liệu hoặc lệnh không hợp lệ;
          3 số liệu đã thay đổi so với bản chốt (hoặc bản Hội đồng đã nhận); 4 sổ chưa được chốt
          (hoặc Sổ Hội đồng chưa nhận hồ sơ của đơn vị).
`;

interface Command {
  help: string;
  options: NonNullable<Parameters<typeof parseArgs>[0]>["options"];
  /** Resolves to an exit code when the command has more outcomes than success (kiem-tra). */
  run(positionals: string[], values: Record<string, unknown>, io: CliIo): void | number | Promise<void | number>;
}

const COMMANDS: Record<string, Command> = {
  in: {
    help: HELP_IN,
    options: { pdf: { type: "string" }, phieu: { type: "boolean" }, "don-vi": { type: "string" } },
    run: (positionals, v, io) => runIn(positionals, { pdf: v.pdf as string | undefined, phieu: Boolean(v.phieu), donVi: v["don-vi"] as string | undefined }, io),
  },
  "tong-hop": {
    help: HELP_TONG_HOP,
    options: { out: { type: "string" }, ngay: { type: "string" }, "ngay-nhan": { type: "string" }, nam: { type: "string" }, cap: { type: "string" }, lich: { type: "string" }, truoc: { type: "string" }, "nhan-lai": { type: "boolean" }, json: { type: "boolean" } },
    run: (positionals, v, io) =>
      runTongHop(
        positionals,
        {
          out: v.out as string | undefined,
          ngay: v.ngay as string | undefined,
          ngayNhan: v["ngay-nhan"] as string | undefined,
          nam: v.nam as string | undefined,
          cap: v.cap as string | undefined,
          nhanLai: v["nhan-lai"] === true,
          lich: v.lich as string | undefined,
          truoc: v.truoc as string | undefined,
          json: v.json === true,
        },
        io,
      ),
  },
  chot: { help: HELP_CHOT, options: {}, run: (positionals, _v, io) => runChot(positionals, io) },
  "kiem-tra": {
    help: HELP_KIEM_TRA,
    options: { "so-hoi-dong": { type: "string" } },
    run: async (positionals, v, io) =>
      typeof v["so-hoi-dong"] === "string" && positionals.length === 1 && /\.xlsx$/i.test(positionals[0])
        ? (await import("./registerCheck")).runKiemTraSoHoiDong(positionals[0], v["so-hoi-dong"], io)
        : runKiemTra(positionals, io),
  },
  "danh-gia": {
    help: HELP_DANH_GIA,
    options: { json: { type: "boolean" }, "thanh-vien": { type: "string" }, "nguoi-hoc": { type: "string" } },
    run: (positionals, values, io) =>
      runDanhGia(positionals, { json: values.json === true, thanhVien: values["thanh-vien"] as string | undefined, nguoiHoc: values["nguoi-hoc"] as string | undefined }, io),
  },
  "tao-mau": {
    help: HELP_TAO_MAU,
    options: {
      bo: { type: "string" },
      loai: { type: "string" },
      "cong-lap": { type: "boolean" },
      nam: { type: "string" },
      ten: { type: "string" },
      out: { type: "string" },
      "thanh-vien": { type: "string" },
      "nguoi-hoc": { type: "string" },
    },
    // Loaded on demand: ExcelJS is only needed when a workbook is written.
    run: async (positionals, v, io) =>
      (await import("./taoMau")).runTaoMau(
        positionals,
        {
          bo: v.bo as string | undefined,
          loai: v.loai as string | undefined,
          congLap: v["cong-lap"] === true,
          nam: v.nam as string | undefined,
          ten: v.ten as string | undefined,
          out: v.out as string | undefined,
          thanhVien: v["thanh-vien"] as string | undefined,
          nguoiHoc: v["nguoi-hoc"] as string | undefined,
        },
        io,
      ),
  },
};

/** The package version, found by walking up from this file (it runs from src/ in tests, dist/node/ when built). */
function version(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  }
  return "?";
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      io.err(HELP); // a usage error: stdout stays empty
      return EXIT.invalid;
    }
    if (name === "-h" || name === "--help" || name === "help") {
      io.out(HELP);
      return EXIT.ok;
    }
    if (name === "-v" || name === "--version") {
      io.out(`${version()}\n`);
      return EXIT.ok;
    }
    const command = COMMANDS[name];
    if (!command) throw new LoiNhap([THONG_BAO_LENH.lenhKhongCo(name, Object.keys(COMMANDS))]);
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      io.out(command.help);
      return EXIT.ok;
    }
    const code = await command.run(positionals, values, io);
    return typeof code === "number" ? code : EXIT.ok;
  } catch (e) {
    if (e instanceof LoiNhap) {
      io.err(e.loi.map((l) => `${l}\n`).join(""));
      return EXIT.invalid;
    }
    io.err(`${THONG_BAO_LENH.loiNoiBo((e as Error).stack ?? String(e))}\n`);
    return EXIT.internal;
  }
}

function parseCommandArgs(command: Command, args: string[]) {
  try {
    return parseArgs({
      args,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const message = (e as Error).message;
    const option = /'([^']+)'/.exec(message)?.[1];
    throw new LoiNhap([option ? THONG_BAO_LENH.tuyChonSai(option) : THONG_BAO_LENH.thamSoSai(message)]);
  }
}
