/** The command's streams, injectable so commands can be tested in-process as well as as a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Raised by a command for invalid input: the lines go to stderr and the exit code is 2. */
export class LoiNhap extends Error {
  constructor(readonly loi: readonly string[]) {
    super(loi.join("\n"));
  }
}
