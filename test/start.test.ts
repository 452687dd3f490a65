/**
 * `npm start` (scripts/start.js): a taken port is a clear Vietnamese message, not a stack trace; the dev server
 * listens on localhost only (README: the add-in is served to this machine's Excel, not to the network).
 */
import { spawn, spawnSync } from "node:child_process";
import { createServer, connect, type Server } from "node:net";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { request } from "node:https";

const root = join(__dirname, "..");
const start = join(root, "scripts/start.js");

function congTrong(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "localhost", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

test("a port already in use: one Vietnamese explanation, exit 1, no stack trace", async () => {
  const port = await congTrong();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(port, "localhost", resolve));
  try {
    const r = spawnSync(process.execPath, [start], { env: { ...process.env, DVHT_PORT: String(port) }, encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`cổng ${port} trên máy này đang được một chương trình khác dùng`);
    expect(r.stderr).toContain("npm stop");
    expect(r.stderr).not.toMatch(/EADDRINUSE|at .*\.js:\d+/);
  } finally {
    server.close();
  }
}, 120_000);

/** The first non-loopback IPv4 address of this machine, if it has one. */
function diaChiMang(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return undefined;
}

function ketNoi(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const c = connect({ host, port });
    c.once("connect", () => (c.destroy(), resolve(true)));
    c.once("error", () => resolve(false));
  });
}

function layTrang(port: number): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: "localhost", port, path: "/taskpane.html", rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once("error", () => resolve(0));
    req.end();
  });
}

test("the dev server answers on localhost and not on the machine's network address", async () => {
  const port = await congTrong();
  const child = spawn(process.execPath, [start], { cwd: root, env: { ...process.env, DVHT_PORT: String(port) }, detached: true, stdio: "ignore" });
  try {
    // Webpack compiles the pane first: wait for the page as long as a busy machine needs.
    let status = 0;
    for (let i = 0; i < 600 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 500));
      status = await layTrang(port);
    }
    expect(status).toBe(200);
    const mang = diaChiMang();
    if (!mang) {
      console.log("Máy không có địa chỉ mạng ngoài loopback: bỏ qua phần kiểm tra không nghe trên mạng.");
      return;
    }
    expect(await ketNoi(mang, port)).toBe(false);
  } finally {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}, 400_000);
