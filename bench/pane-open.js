"use strict";
/* global window -- openPane's callbacks run in the page */
// Opening the production taskpane.html the way Excel opens it, in headless Chromium:
// - office.js from node_modules/@microsoft/office-js/dist, where Office would load it from
//   Microsoft's CDN: the page's one <script src="https://appsforoffice.microsoft.com/…/office.js">
//   is pointed at /office-js/office.js when the page is served (nothing else of the page changes;
//   office.js then loads its other files beside it, as from the CDN);
// - Excel itself: bench/pane-excel.ts (the simulated Excel at window.external, the example
//   workbook), injected before the page's own scripts run.
// Measured: first contentful paint, and "pane on screen" = the moment the combobox named
// Verdeelschema first exists (a MutationObserver in the page), both ms from navigation; and which
// of the page's scripts had been fetched by then.
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const webpack = require("webpack");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(__dirname, "out", "pane");
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const CDN_OFFICE_JS = /https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/g;
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png" };

/** bench/pane-excel.ts as one script (production mode), for addInitScript. */
async function buildExcelScript() {
  const config = {
    mode: "production",
    context: ROOT,
    entry: path.join(__dirname, "pane-excel.ts"),
    devtool: false,
    output: { path: OUT, filename: "pane-excel.js", clean: false },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.join(ROOT, "tsconfig.json"),
              onlyCompileBundledFiles: true,
              compilerOptions: { module: "esnext", target: "ES2020", noEmit: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
  };
  await new Promise((resolve, reject) =>
    webpack(config, (err, stats) => (err || stats.hasErrors() ? reject(err || new Error(stats.toString("errors-only"))) : resolve())),
  );
  return path.join(OUT, "pane-excel.js");
}

/** The file a request asks for: under `root`, or office.js's folder under /office-js/; never outside them. */
function fileFor(root, urlPath) {
  const [base, rest] = urlPath.startsWith("/office-js/") ? [OFFICE_JS_DIST, urlPath.slice("/office-js/".length)] : [root, urlPath];
  const file = path.resolve(base, rest === "/" ? "taskpane.html" : rest.replace(/^\/+/, ""));
  return file === base || file.startsWith(base + path.sep) ? file : undefined;
}

/** Serves a production build's folder; taskpane.html with office.js's CDN address pointed at /office-js/office.js. */
function startPaneServer(root) {
  const server = http.createServer((req, res) => {
    const file = fileFor(root, decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname));
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    let body = fs.readFileSync(file);
    if (file.endsWith(".html")) body = Buffer.from(body.toString("utf8").replace(CDN_OFFICE_JS, "/office-js/office.js"));
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Content-Length": body.length, "Cache-Control": "no-cache" });
    res.end(body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.url = `http://127.0.0.1:${server.address().port}/`;
      resolve(server);
    });
  });
}

/** One opening of the page at `url` in a new tab: { fcp, ready } in ms from navigation, and the URLs of the page's scripts fetched by then. */
async function openPane(context, url, excelScript) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript({ path: excelScript });
  await page.goto(url, { waitUntil: "load" });
  try {
    await page.waitForFunction(() => window.verdeelBench?.paneReady !== undefined, null, { timeout: 60_000 });
  } catch (e) {
    const text = await page.locator("body").innerText();
    throw new Error(`bench: the pane at ${url} did not show its Verdeelschema combobox (${errors.join("; ") || text.slice(0, 300)}): ${e.message}`);
  }
  const result = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const found = () => performance.getEntriesByName("first-contentful-paint")[0];
        const ready = window.verdeelBench.paneReady;
        // The page's own scripts fetched by then (office.js's files come from /office-js/).
        const scripts = performance
          .getEntriesByType("resource")
          .filter((e) => e.initiatorType === "script" && e.responseEnd <= ready && !new URL(e.name).pathname.startsWith("/office-js/"))
          .map((e) => e.name);
        const done = () => resolve({ fcp: found().startTime, ready, scripts });
        if (found()) return done();
        new PerformanceObserver(() => found() && done()).observe({ type: "paint", buffered: true });
      }),
  );
  await page.close();
  return result;
}

module.exports = { buildExcelScript, startPaneServer, openPane };
