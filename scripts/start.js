#!/usr/bin/env node

// `npm start`: where Office can sideload (Windows, macOS) office-addin-debugging starts the dev server and
// sideloads manifest.xml; elsewhere (Linux) we serve the add-in over https on localhost:3000 and explain how to
// sideload it in Excel on the web. `npm stop` stops what this started (PID kept in .dvht-dev-server.pid).
"use strict";
const { spawn } = require("node:child_process");
const { writeFileSync, rmSync } = require("node:fs");
const net = require("node:net");
const path = require("node:path");

const root = path.join(__dirname, "..");
const pidFile = path.join(root, ".dvht-dev-server.pid");
// The port of manifest.xml's https://localhost:3000/ (package.json config.dev_server_port; DVHT_PORT for tests).
const port = Number(process.env.DVHT_PORT || process.env.npm_package_config_dev_server_port || 3000);

const CONG_BAN = `
Không chạy được: cổng ${port} trên máy này đang được một chương trình khác dùng.
  - Nếu đó là một lần “npm start” trước: dừng nó bằng Ctrl+C ở cửa sổ đó, hoặc chạy “npm stop”.
  - Nếu không: tìm chương trình đó (Linux/macOS: lsof -i :${port}; Windows: netstat -ano | findstr :${port}) và dừng nó.
Add-in phải chạy ở cổng ${port} vì manifest.xml trỏ về https://localhost:${port}/.
`;

const HUONG_DAN = `
Ngăn tác vụ “Đơn vị học tập” đang chạy tại https://localhost:${port}/taskpane.html

Máy này không tự nạp (sideload) được add-in vào Excel. Để dùng trong Excel trên web:
  1. Mở https://localhost:${port}/taskpane.html một lần trong trình duyệt và chấp nhận chứng chỉ tự ký.
  2. Mở một sổ làm việc trong Excel trên web (office.com).
  3. Trang đầu → Bổ trợ (Add-ins) → Thêm bổ trợ khác → Tải lên bổ trợ của tôi (Upload My Add-in).
  4. Chọn tệp ${path.join(root, "manifest.xml")} rồi bấm Tải lên.
  5. Nút “Đơn vị học tập” xuất hiện trên thẻ Trang đầu; các hàm =DVHT.MUCDO(…) dùng được ngay.

Dừng: Ctrl+C ở đây, hoặc chạy “npm stop” ở cửa sổ khác.
`;

function run(cmd, args) {
  return spawn(cmd, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
}

/** Whether something already listens on localhost:port (the dev server would die with a raw EADDRINUSE). */
function congDangDung() {
  return new Promise((resolve) => {
    const thu = net.createServer();
    thu.once("error", (err) => resolve(err.code === "EADDRINUSE" || err.code === "EACCES"));
    thu.once("listening", () => thu.close(() => resolve(false)));
    thu.listen(port, "localhost");
  });
}

function batDau() {
  if (process.platform === "win32" || process.platform === "darwin") {
    const child = run("npx", ["office-addin-debugging", "start", "manifest.xml"]);
    child.on("exit", (code) => process.exit(code ?? 0));
  } else {
    const server = run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"]);
    writeFileSync(pidFile, String(server.pid));
    // The instructions come once, after webpack has had time to print its own start-up lines.
    const timer = setTimeout(() => process.stdout.write(HUONG_DAN), 8000);
    const cleanUp = () => {
      clearTimeout(timer);
      rmSync(pidFile, { force: true });
    };
    server.on("exit", (code) => {
      cleanUp();
      process.exit(code ?? 0);
    });
    for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  }
}

congDangDung().then((ban) => {
  if (ban) {
    process.stderr.write(CONG_BAN);
    process.exit(1);
  }
  batDau();
});
