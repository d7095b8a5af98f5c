#!/usr/bin/env node
// The CPU time of the test suite, per file: runs jest (with any arguments given, e.g. a path or
// --maxWorkers=1) with tests/cpu-per-file.js recording each file, then prints the costliest files
// and the sum. A file's own CPU only: child processes it starts (the command, Chromium,
// LibreOffice) and the end-to-end builds in Jest's main process are not in it; `/usr/bin/time -v
// npx jest` gives the whole.
"use strict";
const { spawnSync } = require("node:child_process");
const { mkdtempSync, readFileSync, rmSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const dir = mkdtempSync(path.join(os.tmpdir(), "verdeel-cpu-"));
const log = path.join(dir, "cpu.tsv");
const jest = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, VERDEEL_CPU_LOG: log },
});
let rows = [];
try {
  rows = readFileSync(log, "utf8")
    .trim()
    .split("\n")
    .map((line) => line.split("\t"))
    .map(([s, file]) => ({ s: Number(s), file: path.relative(process.cwd(), file) }))
    .sort((a, b) => b.s - a.s);
} catch {
  // no file finished
}
rmSync(dir, { recursive: true, force: true });
for (const r of rows.slice(0, 25)) process.stdout.write(`${r.s.toFixed(1).padStart(7)} s  ${r.file}\n`);
const total = rows.reduce((sum, r) => sum + r.s, 0);
process.stdout.write(`${total.toFixed(1).padStart(7)} s  CPU in ${rows.length} test files\n`);
process.exit(jest.status ?? 1);
