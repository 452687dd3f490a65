// Lets the benchmark load TypeScript sources (the Office.js layer and the recording fake of the tests) without a
// build step: each .ts file is transpiled on require, types dropped. Bench-only.
"use strict";
const { readFileSync } = require("node:fs");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};
