#!/usr/bin/env node
// Serves the built preview page (dist/preview/, from `npm run build:preview`) over plain HTTP:
// http://127.0.0.1:3001/ by default, PORT and HOST to change it. `/` is preview.html.
// `/office-js/…` is Microsoft's office.js, served unmodified from node_modules/@microsoft/office-js/dist
// (its licence allows using it to develop and test; it is never copied into a build).
// No dependencies (node:http); also usable from tests:
//   const { startPreviewServer } = require("./scripts/serve-preview");
//   const server = await startPreviewServer({ port: 0 }); // server.url, then server.close()
"use strict";
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");

const DEFAULT_ROOT = path.resolve(__dirname, "..", "dist", "preview");
/** office.js's files, where npm put them; the preview page asks for them under OFFICE_JS_URL. */
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const OFFICE_JS_URL = "/office-js/";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/** The file under `root` for a request path, or undefined (never outside `root`); office.js's under /office-js/. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const [base, rest] = decoded.startsWith(OFFICE_JS_URL) ? [OFFICE_JS_DIST, decoded.slice(OFFICE_JS_URL.length)] : [root, decoded];
  const relative = rest === "/" ? "preview.html" : rest.replace(/^\/+/, "");
  const file = path.resolve(base, relative);
  if (file !== base && !file.startsWith(base + path.sep)) return undefined;
  return file;
}

function handler(root) {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
    const file = fileFor(root, urlPath);
    fs.stat(file ?? "", (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`Not found: ${urlPath}\n`);
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-cache",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
}

/**
 * Starts the server; resolves with it once listening, with `url` set. `building`: the folder is
 * still being built (the end-to-end tests' global set-up), so a missing preview.html is no error yet.
 */
function startPreviewServer({ root = DEFAULT_ROOT, port = 3001, host = "127.0.0.1", building = false } = {}) {
  const dir = path.resolve(root);
  if (!building && !fs.existsSync(path.join(dir, "preview.html"))) {
    return Promise.reject(new Error(`${path.join(dir, "preview.html")} does not exist: build it with \`npm run build:preview\`.`));
  }
  const server = http.createServer(handler(dir));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      server.url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}/`;
      resolve(server);
    });
  });
}

if (require.main === module) {
  const port = process.env.PORT === undefined ? 3001 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`serve-preview: PORT must be a port number, not "${process.env.PORT}"\n`);
    process.exit(2);
  }
  startPreviewServer({ port, host: process.env.HOST || "127.0.0.1" }).then(
    (server) => {
      process.stdout.write(`Verdeelsleutel preview: ${server.url}  (Ctrl+C stops it)\n`);
      const stop = () => server.close(() => process.exit(0));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    },
    (err) => {
      process.stderr.write(`serve-preview: ${err.code === "EADDRINUSE" ? `port ${port} is in use; set PORT to another` : err.message}\n`);
      process.exit(1);
    },
  );
}

module.exports = { startPreviewServer, fileFor };
