#!/usr/bin/env node
// Entry point of `npx dvht`: runs the compiled command (built by `npm ci` through the prepare script).
"use strict";
let cli;
try {
  cli = require("../dist/node/cli/index.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("dvht chưa được biên dịch: hãy chạy `npm ci` hoặc `npm run build:cli` trong thư mục dự án.\n");
    process.exit(1);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
