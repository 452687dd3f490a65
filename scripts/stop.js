#!/usr/bin/env node

// `npm stop`: stops what `npm start` started.
"use strict";
const { spawnSync } = require("node:child_process");
const { existsSync, readFileSync, rmSync } = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const pidFile = path.join(root, ".dvht-dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  const r = spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(r.status ?? 0);
} else if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Đã dừng máy chủ phát triển (PID ${pid}).`);
  } catch {
    console.log("Máy chủ phát triển đã dừng từ trước.");
  }
  rmSync(pidFile, { force: true });
} else {
  console.log("Không có máy chủ phát triển nào do “npm start” chạy.");
}
