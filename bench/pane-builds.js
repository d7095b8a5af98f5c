"use strict";
// The two production builds of the task pane the bench compares, both made in the same run:
// - the baseline: the tree of a fixed commit (PANE_BASELINE_COMMIT: main before the pane's loading
//   work), taken with `git archive` into bench/out/pane/baseline-<commit>/ and built there by its
//   own webpack.config.js with its own dependencies: this checkout's node_modules when the
//   commit's package-lock.json is this one's, else an `npm ci` of the commit's lock file, made once
//   and kept in bench/out/pane/deps-<hash of the lock file>/ for later runs;
// - the current tree, built by this checkout's webpack.config.js into bench/out/pane/current/.
// Both with `webpack --mode production`, as `npm run build` does.
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(__dirname, "out", "pane");

/** main before the pane's loading work: React 19, every tab in the opening bundle. */
const PANE_BASELINE_COMMIT = "e1751cfaf6569fda95e57bb6017062ec1392c3aa";

/** `webpack --mode production` in `dir` (its own webpack.config.js and node_modules), output into `outDir`. */
function webpackBuild(dir, outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [dir] });
  execFileSync(process.execPath, [cli, "--mode", "production", "--output-path", outDir, "--no-stats"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (!fs.existsSync(path.join(outDir, "taskpane.html"))) throw new Error(`bench: the build in ${dir} wrote no taskpane.html`);
}

function git(args, options = {}) {
  return execFileSync("git", args, { cwd: ROOT, maxBuffer: 512 * 1024 * 1024, ...options });
}

/** The node_modules folder the commit's tree builds with (installed once per lock file). */
function dependenciesOf(commit) {
  const lock = git(["show", `${commit}:package-lock.json`]);
  if (lock.equals(fs.readFileSync(path.join(ROOT, "package-lock.json")))) return path.join(ROOT, "node_modules");
  const dir = path.join(OUT, `deps-${createHash("sha256").update(lock).digest("hex").slice(0, 12)}`);
  const done = path.join(dir, ".installed");
  if (!fs.existsSync(done)) {
    console.log(`Installing the baseline's dependencies (npm ci of ${commit.slice(0, 8)}'s lock file, once) into ${path.relative(ROOT, dir)}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "package.json"), git(["show", `${commit}:package.json`]));
    fs.writeFileSync(path.join(dir, "package-lock.json"), lock);
    // --ignore-scripts: the build needs no install script (the commit's `prepare` compiles the command).
    execFileSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
    fs.writeFileSync(done, `${new Date().toISOString()}\n`);
  }
  return path.join(dir, "node_modules");
}

/** The baseline commit's tree, extracted afresh each run (nothing stale survives), with its dependencies linked in. */
function baselineTree(commit = PANE_BASELINE_COMMIT) {
  try {
    git(["cat-file", "-e", `${commit}^{commit}`], { stdio: "ignore" });
  } catch {
    throw new Error(`bench: the pane's baseline commit ${commit} is not in this clone (a shallow clone?): git fetch --unshallow`);
  }
  const dir = path.join(OUT, `baseline-${commit.slice(0, 8)}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  execFileSync("tar", ["-x", "-C", dir], { input: git(["archive", "--format=tar", commit]) });
  fs.symlinkSync(dependenciesOf(commit), path.join(dir, "node_modules"), "dir");
  return dir;
}

/** Builds both; returns the folders that hold their taskpane.html. */
function paneBuilds() {
  const tree = baselineTree();
  const baseline = path.join(tree, "dist");
  const current = path.join(OUT, "current");
  webpackBuild(tree, baseline);
  webpackBuild(ROOT, current);
  return { commit: PANE_BASELINE_COMMIT, baseline, current };
}

module.exports = { paneBuilds, webpackBuild, PANE_BASELINE_COMMIT };
