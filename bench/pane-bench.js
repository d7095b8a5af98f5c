"use strict";
// The task pane: what it costs to load and to react.
// - opening, beside the baseline (bench/pane-builds.js: the pane as it was before its loading work,
//   built from a fixed commit in this same run): the gzip size of the JavaScript taskpane.html
//   loads on opening and in all (office.js from the CDN not counted; chunks loaded on demand
//   counted in "all"), the CSS it links, and, in headless Chromium with office.js and a simulated
//   Excel (bench/pane-open.js), first contentful paint and "pane on screen" (its Verdeelschema
//   combobox exists), interleaved openings of both builds, medians;
// - the preview's recompute (allocation + formatting) for 342 municipalities after a rate edit;
// - a rate edit to the next paint showing the new figures for 342 municipalities, beside an edit
//   that changes no figure (the baseline: everything but the table's repaint); bench/pane-edit-paint.js.
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const webpack = require("webpack");
const { chromium } = require("playwright-core");
const { pageScripts } = require("../scripts/bundle-size");
const { startPreviewServer } = require("../scripts/serve-preview");
const { fmt, table } = require("./timing");
const { rateEditToPaint } = require("./pane-edit-paint");
const { paneBuilds } = require("./pane-builds");
const { buildExcelScript, startPaneServer, openPane } = require("./pane-open");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(__dirname, "out", "preview");
const CHROMIUM = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => fs.existsSync(p));
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** Openings of each build (after one discarded warm-up of each). */
const OPENINGS = 12;
/** The target for the JavaScript on opening (docs/performance.md; the build enforces scripts/bundle-budget.js). */
const OPENING_TARGET_KB = 200;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const kb = (n) => (n / 1024).toFixed(1);
const gzipOf = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

async function buildPreview() {
  const config = await require(path.join(ROOT, "webpack.config.js"))({ preview: true }, { mode: "production" });
  config.context = ROOT;
  config.output = { ...config.output, path: OUT, clean: true };
  config.performance = { hints: false };
  await new Promise((resolve, reject) =>
    webpack(config, (err, stats) => (err || stats.hasErrors() ? reject(err || new Error(stats.toString("errors-only"))) : resolve())),
  );
}

/** Sizes of one build: gzip of the scripts on opening, of all JavaScript, of the CSS. */
function buildSizes(dir) {
  const size = pageScripts(path.join(dir, "taskpane.html"));
  return { opening: size.local.reduce((n, s) => n + s.gzip, 0), all: size.gzip, css: size.css.gzip, lazy: size.lazy.length };
}

/** Opens both builds `OPENINGS` times each, alternating which goes first; per build its openings. */
async function openBoth(context, urls, excelScript) {
  const runs = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
  const names = Object.keys(urls);
  for (const name of names) await openPane(context, urls[name], excelScript); // warm-up: Chromium's caches, the servers
  for (let i = 0; i < OPENINGS; i++) {
    const order = i % 2 === 0 ? names : [...names].reverse();
    for (const name of order) runs[name].push(await openPane(context, urls[name], excelScript));
  }
  return runs;
}

/** The page's JavaScript (not office.js) fetched before the pane was on screen, gzip, from the build's files. */
function fetchedBeforeReady(dir, opening) {
  const files = new Set(opening.scripts.map((u) => path.join(dir, decodeURIComponent(new URL(u).pathname))));
  return [...files].filter((f) => fs.existsSync(f)).reduce((n, f) => n + gzipOf(f), 0);
}

async function paneOpening(context) {
  const builds = paneBuilds();
  const sizes = { baseline: buildSizes(builds.baseline), current: buildSizes(builds.current) };
  const excelScript = await buildExcelScript();
  const servers = { baseline: await startPaneServer(builds.baseline), current: await startPaneServer(builds.current) };
  try {
    const runs = await openBoth(context, { baseline: servers.baseline.url, current: servers.current.url }, excelScript);
    const row = (name, label) => {
      const list = runs[name];
      const ready = list.map((r) => r.ready);
      return [
        label,
        kb(sizes[name].opening),
        kb(fetchedBeforeReady(builds[name], list[list.length - 1])),
        kb(sizes[name].all),
        kb(sizes[name].css),
        fmt(median(list.map((r) => r.fcp))),
        fmt(median(ready)),
        fmt(Math.min(...ready)),
        fmt(Math.max(...ready)),
      ];
    };
    table(
      ["build", "JS on opening", "fetched before on screen", "JS in all", "CSS", "FCP", "pane on screen", "min", "max"],
      [row("baseline", `baseline ${builds.commit.slice(0, 7)}`), row("current", "current tree")],
    );
    const ratio = median(runs.current.map((r) => r.ready)) / median(runs.baseline.map((r) => r.ready));
    console.log(
      `KB gzip (level 9) and ms from navigation, median of ${OPENINGS} interleaved openings each; "pane on screen" = its\n` +
        `Verdeelschema combobox exists. Ratio current/baseline, pane on screen: ${ratio.toFixed(2)} (target <= 0.75);\n` +
        `JavaScript on opening: ${kb(sizes.current.opening)} KB gzip (target <= ${OPENING_TARGET_KB} KB), ${sizes.current.lazy} chunks loaded on demand.`,
    );
  } finally {
    servers.baseline.close();
    servers.current.close();
  }
}

/** The recompute timings of 20 rate edits, then the edit-to-paint figures, on one page of 342 rows. */
async function rateEdits342(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}?rows=342`);
  await page.getByText("Blad Gemeenten, A1:C343: 342 gemeenten.").waitFor();
  await page.getByRole("combobox", { name: "Verdeelschema" }).selectOption("nml-2023");
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
  if (!CHROMIUM) throw new Error("Chromium is not installed: apt-get install -y chromium");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "verdeel-bench-"));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: ARGS });
  let server;
  try {
    await paneOpening(context);
    await buildPreview();
    server = await startPreviewServer({ port: 0, root: OUT });
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
    server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { paneBench };
