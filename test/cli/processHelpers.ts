/** Runs the built `dvht` command as a separate process, as a clerk or an outside check would. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = join(__dirname, "../../bin/dvht.js");

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runDvht(args: string[], cwd?: string, env?: NodeJS.ProcessEnv): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd, timeout: 120_000, env: env ?? process.env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "dvht-test-"));
}

export function writeTemp(dir: string, name: string, content: string | object): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}
