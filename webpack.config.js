// webpack for the Excel add-in, in the conventions of Microsoft's Office add-in templates.
//
//   webpack --mode production           dist/: taskpane.html + its JS (the pane and the worksheet
//                                       functions), functions.json/.en.json, assets/, manifest.xml for ADDIN_URL
//   webpack --mode development          the same, unminified, dev manifest (https://localhost:3000/)
//   webpack serve --mode development    HTTPS dev server on https://localhost:3000/ (taskpane.html and preview.html)
//   webpack --mode production --env preview   dist/preview/: the preview page only (served by scripts/serve-preview.js),
//                                       with functions.json/.en.json (its sheet calls the worksheet functions)
//
// dist/ also holds the compiled `verdeel` command (tsconfig.cli.json); cleaning keeps it.
// Decisions: docs/addin.md.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_URL, hostingUrl, productionManifest } = require("./scripts/manifest-tools");
const { griffelBuild } = require("./scripts/griffel-css");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsBuildPlugin } = require("./scripts/functions-build");
const { BundleBudgetPlugin } = require("./scripts/bundle-budget");
const { themeCss } = require("./scripts/theme-css");

const DIST = path.resolve(__dirname, "dist");
// Microsoft's office.js for the preview page, served from node_modules (never copied into a build).
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const PREVIEW_DIR = path.join(DIST, "preview");
const DEV_PORT = Number(new URL(DEV_URL).port); // 3000: fixed by the URLs in manifest.xml

/** Folders of dist/ that are not webpack's: the command compiled by `npm run build:cli`, and the preview. */
function foreignDistFolders() {
  const cli = JSON.parse(fs.readFileSync(path.join(__dirname, "tsconfig.cli.json"), "utf8"));
  return [...(cli.include ?? []).map((p) => path.basename(p)), "preview"];
}

/**
 * HTTPS for the dev server. office-addin-dev-certs creates and trusts a localhost certificate
 * on Windows and Mac; where it cannot trust it (Linux: no sudo), it has still written the
 * files to ~/.office-addin-dev-certs, and those serve HTTPS fine.
 */
async function devHttpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
    if (Object.values(paths).every((p) => fs.existsSync(p))) {
      console.warn(
        `office-addin-dev-certs could not check or trust its certificate (${String(err?.message ?? err).split("\n")[0]}); ` +
          `using the files in ${dir}.`,
      );
      return Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
    }
    throw new Error(
      `No development certificate for https://localhost:${DEV_PORT}/. Create one with ` +
        "`npx office-addin-dev-certs install` (on Windows and Mac it is also trusted; elsewhere trust " +
        `${path.join(dir, "ca.crt")} yourself). Cause: ${err?.message ?? err}`,
    );
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  const dev = mode === "development";
  const preview = Boolean(env.preview);
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = hostingUrl(process.env.ADDIN_URL);

  // The taskpane page (in Excel) and the preview page (in any browser: office.js from node_modules
  // and the simulated Excel behind it, src/preview/office-boot.ts).
  const pages = {
    // The pane's Fluent theme is a stylesheet in its page (scripts/theme-css.js), not JavaScript.
    taskpane: { entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html", filename: "taskpane.html", parameters: { themeCss: themeCss() } },
    preview: { entry: "./src/preview/index.tsx", template: "./src/preview/preview.html", filename: "preview.html", parameters: {} },
  };
  const wanted = preview ? ["preview"] : serving ? ["taskpane", "preview"] : ["taskpane"];
  // The worksheet functions run in the pane's page (the shared runtime): their own entry, on top
  // of the pane's (dependOn), so both share one copy of every module, the schedules included.
  const FUNCTIONS = "./src/functions/functions.ts";
  const withFunctions = !preview;
  const entry = Object.fromEntries(wanted.map((name) => [name, pages[name].entry]));
  if (withFunctions) entry.functions = { import: FUNCTIONS, dependOn: "taskpane" };

  const copyPatterns = [{ from: "assets/*.png", to: "assets/[name][ext]" }];
  if (!preview) {
    copyPatterns.push({
      from: "manifest.xml",
      to: "manifest.xml",
      // Development keeps https://localhost:3000/; production points every URL at ADDIN_URL.
      transform: (content) => (dev ? content : Buffer.from(productionManifest(content.toString("utf8"), url))),
    });
  }

  const keep = new RegExp(`^(${foreignDistFolders().map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})([\\\\/]|$)`);

  // Fluent's styles compiled ahead of time, their CSS in a stylesheet (scripts/griffel-css.js).
  const griffel = griffelBuild();

  return {
    mode,
    devtool: "source-map",
    entry,
    output: {
      path: preview ? PREVIEW_DIR : DIST,
      // Hashed names in production: Office's webviews cache hard, a new build must not be served stale.
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      publicPath: "auto",
      clean: preview ? true : { keep },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              onlyCompileBundledFiles: true,
              // tsconfig.json says commonjs (for Jest and the command); ES modules let webpack
              // tree-shake Fluent UI. ES2020 keeps Safari 14 (Excel for Mac on older macOS) working.
              compilerOptions: { module: "esnext", target: "ES2020", sourceMap: true, noEmit: false },
            },
          },
        },
        // The bundled schedules, checked with parseSchedule as they are built (not when the pane
        // opens): a broken file fails the build, naming the file and the field.
        { test: /\.json$/, include: path.resolve(__dirname, "src/schedules"), use: path.resolve(__dirname, "scripts/schedule-check.js") },
        // Our modules do nothing when loaded but define things (the entries aside), so a module
        // none of whose exports is used is left out, barrels (src/workbook/index.ts) included:
        // without this, the pane's bundle kept the command's CSV reading (papaparse) and more.
        { test: /\.tsx?$/, include: path.resolve(__dirname, "src"), sideEffects: false },
        ...griffel.rules,
      ],
    },
    // webpack's own CSS support: the stylesheet of Griffel's extracted rules, linked by HtmlWebpackPlugin.
    experiments: { css: true },
    optimization: { splitChunks: { cacheGroups: griffel.cacheGroups } },
    plugins: [
      ...wanted.map(
        (name) =>
          new HtmlWebpackPlugin({
            filename: pages[name].filename,
            template: pages[name].template,
            chunks: name === "taskpane" && withFunctions ? ["taskpane", "functions"] : [name],
            scriptLoading: "defer",
            templateParameters: pages[name].parameters,
          }),
      ),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      // functions.json from the functions' JSDoc (Microsoft's tool, which also appends the
      // CustomFunctions.associate calls to functions.ts), functions.en.json and functions.js beside
      // it. The preview page too: it loads functions.ts itself and reads both metadata files.
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS, output: "functions.json" }),
      new FunctionsBuildPlugin({ englishTexts: path.resolve(__dirname, "src/functions/metadata-en.json") }),
      ...griffel.plugins,
      // The pane's JavaScript on opening, gzip, against its budget: over it, the build fails
      // (scripts/bundle-budget.js). The preview page and development builds have no budget.
      ...(dev || preview ? [] : [new BundleBudgetPlugin({ entries: ["taskpane", "functions"] })]),
    ],
    // webpack's own hints see raw sizes only; the budget above is the gzip check.
    performance: { hints: false },
    devServer: {
      hot: true,
      // Excel (desktop, and on the web in this machine's browser) loads the pane from localhost;
      // nothing else on the network needs to reach the dev server.
      host: "localhost",
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await devHttpsOptions() : undefined },
      // The preview page loads office.js from /office-js/ (as scripts/serve-preview.js serves it).
      static: [{ directory: OFFICE_JS_DIST, publicPath: "/office-js", watch: false }],
    },
  };
};
