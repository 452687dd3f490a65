/** Jest runs the TypeScript sources directly; the CLI tests run the built command as a process. */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // A time limit is not an assertion: many tests spawn the CLI, LibreOffice or Chromium, and must pass on a machine
  // whose cores are busy. Files with long work (LibreOffice batches) set their own, longer limit.
  testTimeout: 180_000,
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
};
