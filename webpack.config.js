
// One entry per add-in surface, as in OfficeDev/Excel-Custom-Functions-Shared: the task pane page loads the
// functions chunk too (shared runtime). The dev URL is replaced by the production URL at build time.
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = process.env.DVHT_URL || "https://dvht.example.vn/";

/** A production build without DVHT_URL points at a placeholder domain: say so instead of doing it silently. */
function baoDiaChi(dev) {
  if (dev) return;
  const noi = process.env.DVHT_URL
    ? `manifest.xml trong dist/addin trỏ về ${urlProd} (DVHT_URL).`
    : `Chưa đặt DVHT_URL: manifest.xml trong dist/addin trỏ về địa chỉ mẫu ${urlProd}, chưa dùng để triển khai được.\n` +
      "  Bản triển khai: DVHT_URL=https://<máy chủ của đơn vị>/ npm run build";
  process.stderr.write(`${noi}\n`);
}

/**
 * functions.json from the functions' argument table (src/functions/catalog.ts), compiled by `npm run build:cli`
 * (run by `npm ci`, `npm run build` and `npm start`): Excel's formula help and the functions' parsing are one table.
 */
class MetadataHamPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("MetadataHam", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "MetadataHam", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const file = path.resolve(__dirname, "dist/node/functions/metadata.js");
        delete require.cache[file];
        let metadataHam;
        try {
          ({ metadataHam } = require(file));
        } catch {
          throw new Error("Thiếu dist/node/functions/metadata.js: hãy chạy “npm run build:cli” trước (npm ci tự chạy).");
        }
        compilation.emitAsset("functions.json", new webpack.sources.RawSource(`${JSON.stringify(metadataHam(), null, 2)}\n`));
      });
    });
  }
}

module.exports = (env, options) => {
  const dev = options.mode === "development";
  baoDiaChi(dev);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
    },
    output: { path: path.resolve(__dirname, "dist/addin"), clean: true },
    // In the browser ExcelJS is its self-contained build (loaded on demand by the pane's consolidation only).
    resolve: { extensions: [".ts", ".js"], alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") } },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.json", compilerOptions: { module: "es2020", moduleResolution: "bundler" } } } }],
    },
    plugins: [
      new MetadataHamPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      // A self-signed certificate: office-addin-dev-certs needs rights these machines lack (see README).
      server: "https",
      // Only this machine: the dev server is for sideloading into the clerk's own Excel, not for the network.
      host: "localhost",
      port: Number(process.env.DVHT_PORT || process.env.npm_package_config_dev_server_port || 3000),
      static: { directory: path.resolve(__dirname, "dist/addin") },
    },
  };
};
