#!/usr/bin/env node
// The JavaScript a built page loads, raw and gzip (zlib level 9): every local <script src>
// of the page. Scripts from other hosts (office.js from Microsoft's CDN) are listed, not counted.
//
//   node scripts/bundle-size.js [dist/taskpane.html] [--json]
//   require("./scripts/bundle-size").pageScripts("dist/taskpane.html")
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

/** { local: [{ file, bytes, gzip }], external: [url], bytes, gzip } for a built HTML page. */
function pageScripts(htmlFile) {
  const html = fs.readFileSync(htmlFile, "utf8");
  const srcs = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
  const local = [];
  const external = [];
  for (const src of srcs) {
    if (/^(https?:)?\/\//i.test(src)) {
      external.push(src);
      continue;
    }
    const file = path.resolve(path.dirname(htmlFile), decodeURIComponent(src.split(/[?#]/)[0]));
    const content = fs.readFileSync(file);
    local.push({ file: path.relative(process.cwd(), file), bytes: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length });
  }
  return {
    page: path.relative(process.cwd(), htmlFile),
    local,
    external,
    bytes: local.reduce((n, s) => n + s.bytes, 0),
    gzip: local.reduce((n, s) => n + s.gzip, 0),
  };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const html = args.find((a) => !a.startsWith("--")) ?? path.resolve(__dirname, "..", "dist", "taskpane.html");
  if (!fs.existsSync(html)) {
    process.stderr.write(`bundle-size: ${html} does not exist; build first (npm run build)\n`);
    process.exit(2);
  }
  const result = pageScripts(html);
  if (args.includes("--json")) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    process.stdout.write(`${result.page} loads:\n`);
    for (const s of result.local) process.stdout.write(`  ${s.file}: ${kb(s.bytes)}, gzip ${kb(s.gzip)}\n`);
    for (const url of result.external) process.stdout.write(`  ${url} (not counted)\n`);
    process.stdout.write(`  total: ${kb(result.bytes)}, gzip ${kb(result.gzip)}\n`);
  }
}

module.exports = { pageScripts };
