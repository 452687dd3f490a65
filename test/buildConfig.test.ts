/** `npm run build` says which address the production manifest points at (never an example domain silently). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../webpack.config.js") as (env: unknown, options: { mode: string }) => { devServer: { host: string } };

function chay(mode: string, url?: string): { stderr: string; host: string } {
  const truoc = process.env.DVHT_URL;
  if (url === undefined) delete process.env.DVHT_URL;
  else process.env.DVHT_URL = url;
  const spy = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    // The module reads DVHT_URL when loaded: load a fresh copy for each case.
    let fresh: typeof config = config;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      fresh = require("../webpack.config.js");
    });
    const host = fresh({}, { mode }).devServer.host;
    return { stderr: spy.mock.calls.map((c) => String(c[0])).join(""), host };
  } finally {
    spy.mockRestore();
    if (truoc === undefined) delete process.env.DVHT_URL;
    else process.env.DVHT_URL = truoc;
  }
}

test("production build without DVHT_URL names the placeholder address and how to set the real one", () => {
  const { stderr } = chay("production");
  expect(stderr).toContain("Chưa đặt DVHT_URL");
  expect(stderr).toContain("https://dvht.example.vn/");
  expect(stderr).toContain("DVHT_URL=https://");
});

test("production build with DVHT_URL names that address", () => {
  const { stderr } = chay("production", "https://dvht.donvi.gov.vn/");
  expect(stderr).toContain("trỏ về https://dvht.donvi.gov.vn/");
  expect(stderr).not.toContain("Chưa đặt");
});

test("development build says nothing; its server listens on localhost only", () => {
  const { stderr, host } = chay("development");
  expect(stderr).toBe("");
  expect(host).toBe("localhost");
});
