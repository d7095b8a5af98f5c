#!/usr/bin/env node
// The `verdeel` command: runs the compiled command from dist/ (built by `npm run build:cli`).
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const entry = path.join(__dirname, "..", "dist", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "verdeel: het commando is nog niet gebouwd (dist/cli/main.js ontbreekt). Voer eerst `npm run build:cli` uit.\n" +
      "verdeel: the command has not been built yet (dist/cli/main.js is missing). Run `npm run build:cli` first.\n",
  );
  process.exitCode = 2;
} else {
  require(entry).main();
}
