#!/usr/bin/env node
// The JavaScript a built page loads, raw and gzip (zlib level 9): every local <script src>
// of the page, plus every chunk webpack emitted beside it to load later (`*.chunk.js`: none
// today, but a lazily loaded part is still JavaScript the pane loads). Scripts from other hosts
// (office.js from Microsoft's CDN) are listed, not counted. The page's local stylesheets
// (<link rel="stylesheet">: the CSS that Griffel's extraction moved out of the JavaScript) are
// measured the same way and reported apart.
//
//   node scripts/bundle-size.js [dist/taskpane.html] [--json]
//   require("./scripts/bundle-size").pageScripts("dist/taskpane.html")
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

function measure(file) {
  const content = fs.readFileSync(file);
  return { file: path.relative(process.cwd(), file), bytes: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length };
}

const sum = (list, key) => list.reduce((n, s) => n + s[key], 0);

/** The values of attribute `attr` of every `tag` element whose whole tag matches `filter`. */
function attributeValues(html, tag, attr, filter = () => true) {
  const tags = html.match(new RegExp(`<${tag}\\b[^>]*>`, "gi")) ?? [];
  const value = new RegExp(`\\b${attr}=(?:"([^"]+)"|'([^']+)'|([^\\s>]+))`, "i");
  return tags.filter(filter).flatMap((t) => {
    const m = t.match(value);
    return m ? [m[1] ?? m[2] ?? m[3]] : [];
  });
}

/**
 * For a built HTML page: `local` = its scripts, `lazy` = the chunks beside it loaded on demand,
 * `external` = script URLs of other hosts (not counted), `bytes`/`gzip` = local + lazy JavaScript,
 * `css` = { files, bytes, gzip } of its local stylesheets (and CSS chunks loaded on demand).
 */
function pageScripts(htmlFile) {
  const html = fs.readFileSync(htmlFile, "utf8");
  const dir = path.dirname(htmlFile);
  const isExternal = (url) => /^(https?:)?\/\//i.test(url);
  const resolve = (url) => path.resolve(dir, decodeURIComponent(url.split(/[?#]/)[0]));
  const srcs = attributeValues(html, "script", "src");
  const external = srcs.filter(isExternal);
  const localFiles = srcs.filter((s) => !isExternal(s)).map(resolve);
  const local = localFiles.map(measure);
  const lazy = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".chunk.js"))
    .map((f) => path.join(dir, f))
    .filter((f) => !localFiles.includes(f))
    .map(measure);
  const linked = attributeValues(html, "link", "href", (t) => /\brel=["']?stylesheet\b/i.test(t))
    .filter((h) => !isExternal(h))
    .map(resolve);
  const lazyStyles = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".chunk.css"))
    .map((f) => path.join(dir, f))
    .filter((f) => !linked.includes(f));
  const styles = [...linked, ...lazyStyles].map(measure);
  return {
    page: path.relative(process.cwd(), htmlFile),
    local,
    lazy,
    external,
    bytes: sum(local, "bytes") + sum(lazy, "bytes"),
    gzip: sum(local, "gzip") + sum(lazy, "gzip"),
    css: { files: styles, bytes: sum(styles, "bytes"), gzip: sum(styles, "gzip") },
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
    for (const s of result.lazy) process.stdout.write(`  ${s.file} (loaded on demand): ${kb(s.bytes)}, gzip ${kb(s.gzip)}\n`);
    for (const url of result.external) process.stdout.write(`  ${url} (not counted)\n`);
    process.stdout.write(`  JavaScript total: ${kb(result.bytes)}, gzip ${kb(result.gzip)}\n`);
    for (const s of result.css.files) process.stdout.write(`  ${s.file}: ${kb(s.bytes)}, gzip ${kb(s.gzip)}\n`);
    process.stdout.write(`  CSS total: ${kb(result.css.bytes)}, gzip ${kb(result.css.gzip)}\n`);
  }
}

module.exports = { pageScripts };
