"use strict";
// The task pane: what it costs to load and to react.
// - gzip size of the JavaScript taskpane.html loads (production build; office.js from the CDN not
//   counted; chunks loaded on demand counted), and apart from it the CSS it links (Griffel's
//   extracted styles);
// - first contentful paint of the preview page (the real pane on office.js + the simulated Excel) in headless
//   Chromium, beside a blank page served by the same server in the same browser (the baseline);
// - the preview's recompute (allocation + formatting) for 342 municipalities after a rate edit;
// - a rate edit to the next paint showing the new figures for 342 municipalities, beside an edit
//   that changes no figure (the baseline: everything but the table's repaint); bench/pane-edit-paint.js.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const webpack = require("webpack");
const { chromium } = require("playwright-core");
const { pageScripts } = require("../scripts/bundle-size");
const { startPreviewServer } = require("../scripts/serve-preview");
const { fmt, table } = require("./timing");
const { rateEditToPaint } = require("./pane-edit-paint");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(__dirname, "out", "preview");
const CHROMIUM = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => fs.existsSync(p));
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function buildPreview() {
  const config = await require(path.join(ROOT, "webpack.config.js"))({ preview: true }, { mode: "production" });
  config.context = ROOT;
  config.output = { ...config.output, path: OUT, clean: true };
  config.performance = { hints: false };
  await new Promise((resolve, reject) =>
    webpack(config, (err, stats) => (err || stats.hasErrors() ? reject(err || new Error(stats.toString("errors-only"))) : resolve())),
  );
  fs.writeFileSync(path.join(OUT, "blank.html"), "<!doctype html><html><body><p>Leeg</p></body></html>");
}

/** First contentful paint, and (for the pane) when its schedule combobox is on screen. */
async function firstPaint(context, url, paneReady) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  let ready;
  if (paneReady) {
    await page.getByRole("combobox", { name: "Verdeelschema" }).waitFor();
    ready = await page.evaluate(() => performance.now());
  }
  const fcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const found = () => performance.getEntriesByName("first-contentful-paint")[0];
        if (found()) return resolve(found().startTime);
        new PerformanceObserver(() => found() && resolve(found().startTime)).observe({ type: "paint", buffered: true });
      }),
  );
  await page.close();
  return { fcp, ready };
}

/** The recompute timings of 20 rate edits, then the edit-to-paint figures, on one page of 342 rows. */
async function rateEdits342(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}?rows=342`);
  await page.getByText("Blad Gemeenten, A1:C343: 342 gemeenten.").waitFor();
  await page.getByRole("combobox", { name: "Verdeelschema" }).click();
  await page.getByRole("option", { name: /nml-2023/ }).first().click();
  const rate = page.getByRole("group", { name: "Uitbreiding" }).getByRole("textbox", { name: /Tarief/ });
  await page.waitForFunction(() => performance.getEntriesByName("verdeel:recompute").length > 0);
  await page.evaluate(() => performance.clearMeasures("verdeel:recompute"));
  for (let c = 8; c <= 27; c++) {
    await rate.fill(`0,${String(c).padStart(2, "0")}`);
    await page.waitForFunction((n) => performance.getEntriesByName("verdeel:recompute").length >= n, c - 7);
  }
  const times = await page.evaluate(() => performance.getEntriesByName("verdeel:recompute").map((e) => e.duration));
  const paint = await rateEditToPaint(page);
  await page.close();
  return { times, paint };
}

async function paneBench() {
  console.log("\n## Task pane");
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const size = pageScripts(path.join(ROOT, "dist", "taskpane.html"));
  const kb = (n) => (n / 1024).toFixed(1);
  const initial = size.local.reduce((n, s) => n + s.gzip, 0);
  const lazy = size.lazy.length ? `; on opening, gzip ${kb(initial)} KB, the ${size.lazy.length} chunks loaded on demand the rest` : "";
  console.log(`JavaScript taskpane.html loads: ${kb(size.bytes)} KB, gzip ${kb(size.gzip)} KB (target <= 200 KB gzip${lazy})`);
  console.log(`CSS it links (Griffel's extracted styles): ${kb(size.css.bytes)} KB, gzip ${kb(size.css.gzip)} KB`);

  if (!CHROMIUM) throw new Error("Chromium is not installed: apt-get install -y chromium");
  await buildPreview();
  const server = await startPreviewServer({ port: 0, root: OUT });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "verdeel-bench-"));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const blank = [];
    const pane = [];
    for (let i = 0; i < 6; i++) {
      blank.push((await firstPaint(context, `${server.url}blank.html`, false)).fcp);
      pane.push(await firstPaint(context, server.url, true));
    }
    const fcp = median(pane.map((p) => p.fcp));
    const ready = median(pane.map((p) => p.ready));
    table(
      ["blank page FCP", "preview FCP", "pane on screen", "pane on screen - blank FCP"],
      [[fmt(median(blank)), fmt(fcp), fmt(ready), fmt(ready - median(blank))]],
    );
    console.log("ms from navigation, median of 6; 'pane on screen' = its Verdeelschema combobox exists (target <= 500 ms).");
    const { times, paint } = await rateEdits342(context, server.url);
    table(["rate edits", "recompute median", "recompute max"], [[times.length, fmt(median(times)), fmt(Math.max(...times))]]);
    console.log("342 municipalities, allocation + formatting after a rate edit, ms (target <= 16 ms).");
    const col = (list, key) => list.map((r) => r[key]).filter((x) => x !== undefined);
    const row = (label, list) => [
      label,
      list.length,
      fmt(median(col(list, "dom"))),
      fmt(median(col(list, "paint"))),
      fmt(Math.min(...col(list, "paint"))),
      fmt(Math.max(...col(list, "paint"))),
      col(list, "cpu").length ? fmt(median(col(list, "cpu"))) : "-",
    ];
    table(
      ["rate edit", "edits", "-> DOM median", "-> next paint median", "min", "max", "main-thread CPU median"],
      [row("new figures", paint.figure), row("no figure changes", paint.baseline)],
    );
    console.log(
      "342 municipalities, ms from the edit (at a random moment of a frame) to the table holding the new figures and to the\n" +
        "next paint after that (includes waiting for the frame, ~8 ms on average), and the renderer main thread's CPU time in\n" +
        "between; 'no figure changes' = the baseline, all of it but the table's repaint (target: new figures <= 16 ms).",
    );
  } finally {
    await context.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { paneBench };
