#!/usr/bin/env node
// What the pane's JavaScript is made of, by package, measured on the minified output itself:
// every generated character is attributed (through the bundle's source map) to the package of its
// source file. "gzip share" is what the bundle's gzip size loses when that package's characters are
// left out (so it counts how well the package compresses beside the rest); the shares need not add
// up to the total exactly.
//
//   node scripts/bundle-analysis.js [dist/taskpane.html] [--opening] [--top N] [--files PACKAGE] [--json]
//
// --opening: only the scripts the page loads on opening (its <script src>), not the chunks loaded
// on demand.
//
// Build first (`npm run build`: production, with source maps). Works offline.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { SourceMapConsumer } = require("source-map");
const { pageScripts } = require("./bundle-size");

/** The package (or own folder) a source of the map belongs to. */
function ownerOf(source) {
  const s = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  const nm = s.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = s.slice(nm + "node_modules/".length).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (s.startsWith("webpack/")) return "(webpack runtime)";
  const parts = s.split("/");
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** For one minified file with its map: per owner, the characters it produced; per source too. */
async function attribute(jsFile) {
  const code = fs.readFileSync(jsFile, "utf8");
  const map = JSON.parse(fs.readFileSync(`${jsFile}.map`, "utf8"));
  const lines = code.split("\n");
  const lineStart = [];
  let offset = 0;
  for (const l of lines) {
    lineStart.push(offset);
    offset += l.length + 1;
  }
  const owner = new Uint16Array(code.length).fill(0); // 0 = unmapped
  const owners = ["(unmapped)"];
  const ownerIndex = new Map();
  const sourceChars = new Map();
  const consumer = await new SourceMapConsumer(map);
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i];
    const next = mappings[i + 1];
    const start = lineStart[m.generatedLine - 1] + m.generatedColumn;
    const end =
      next && next.generatedLine === m.generatedLine ? lineStart[next.generatedLine - 1] + next.generatedColumn : lineStart[m.generatedLine - 1] + lines[m.generatedLine - 1].length;
    if (!m.source || m.originalLine == null) continue; // a segment without an original position (webpack wrappers)
    const o = ownerOf(m.source);
    let idx = ownerIndex.get(o);
    if (idx === undefined) {
      idx = owners.length;
      owners.push(o);
      ownerIndex.set(o, idx);
    }
    owner.fill(idx, start, end);
    sourceChars.set(m.source, (sourceChars.get(m.source) ?? 0) + (end - start));
  }
  consumer.destroy?.();
  return { code, owner, owners, sourceChars };
}

function gzipLength(s) {
  return zlib.gzipSync(Buffer.from(s, "utf8"), { level: 9 }).length;
}

async function analyse(htmlFile, { withGzip = true, opening = false } = {}) {
  const page = pageScripts(htmlFile);
  const rows = new Map();
  const sources = new Map();
  let totalGzip = 0;
  let totalChars = 0;
  for (const s of opening ? page.local : [...page.local, ...page.lazy]) {
    const file = path.resolve(s.file);
    if (!fs.existsSync(`${file}.map`)) throw new Error(`${file}.map is missing: build with source maps (npm run build)`);
    const { code, owner, owners, sourceChars } = await attribute(file);
    const gz = gzipLength(code);
    totalGzip += gz;
    totalChars += code.length;
    for (const [src, n] of sourceChars) sources.set(src, (sources.get(src) ?? 0) + n);
    const counts = new Array(owners.length).fill(0);
    for (let i = 0; i < owner.length; i++) counts[owner[i]]++;
    for (let idx = 0; idx < owners.length; idx++) {
      if (!counts[idx]) continue;
      const row = rows.get(owners[idx]) ?? { owner: owners[idx], chars: 0, gzipShare: 0 };
      row.chars += counts[idx];
      if (withGzip && counts[idx] > 200) {
        let without = "";
        let runStart = -1;
        for (let i = 0; i <= owner.length; i++) {
          const keep = i < owner.length && owner[i] !== idx;
          if (keep && runStart < 0) runStart = i;
          if (!keep && runStart >= 0) {
            without += code.slice(runStart, i);
            runStart = -1;
          }
        }
        row.gzipShare += gz - gzipLength(without);
      }
      rows.set(owners[idx], row);
    }
  }
  return { page: page.page, chars: totalChars, gzip: totalGzip, packages: [...rows.values()].sort((a, b) => b.chars - a.chars), sources };
}

if (require.main === module) {
  (async () => {
    const args = process.argv.slice(2);
    const html = args.find((a, i) => !a.startsWith("--") && !["--top", "--files"].includes(args[i - 1])) ?? path.resolve(__dirname, "..", "dist", "taskpane.html");
    const top = Number(args[args.indexOf("--top") + 1]) || 40;
    const filesOf = args.includes("--files") ? args[args.indexOf("--files") + 1] : undefined;
    const result = await analyse(html, { withGzip: !filesOf, opening: args.includes("--opening") });
    if (args.includes("--json")) {
      process.stdout.write(`${JSON.stringify({ ...result, sources: Object.fromEntries(result.sources) }, null, 2)}\n`);
      return;
    }
    const kb = (n) => `${(n / 1024).toFixed(1)}`.padStart(7);
    if (filesOf) {
      const list = [...result.sources].filter(([s]) => ownerOf(s) === filesOf).sort((a, b) => b[1] - a[1]);
      for (const [s, n] of list.slice(0, top)) process.stdout.write(`${kb(n)} KB  ${s.replace(/^webpack:\/\/[^/]*\//, "")}\n`);
      return;
    }
    process.stdout.write(`${result.page}: ${kb(result.chars)} KB minified, gzip ${kb(result.gzip)} KB\n`);
    process.stdout.write(`${"min KB".padStart(7)} ${"gzip KB".padStart(8)}  package (gzip = what leaving it out saves)\n`);
    for (const r of result.packages.slice(0, top)) process.stdout.write(`${kb(r.chars)} ${kb(r.gzipShare).padStart(8)}  ${r.owner}\n`);
  })().catch((err) => {
    process.stderr.write(`bundle-analysis: ${err.stack ?? err}\n`);
    process.exit(2);
  });
}

module.exports = { analyse, ownerOf };
