// The bundled schedules (src/schedules/*.json) checked with the schedule format's own parser
// when they are built, so that a broken file fails the build, naming the file and the field,
// while the pane does not load the parser (zod) to open. Two ways in:
//   - a webpack loader for src/schedules/*.json (webpack.config.js): it runs
//     src/allocation/schema.ts through the build's own loaders (`importModule`), so it checks
//     with the parser as it is in the tree being built;
//   - `node scripts/schedule-check.js` after `tsc -p tsconfig.cli.json` (npm run build:cli), with
//     the parser just compiled into dist/: the command's build fails the same way.
// Decision: docs/performance.md.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const SCHEDULES_DIR = path.resolve(__dirname, "../src/schedules");
const SCHEMA_SOURCE = path.resolve(__dirname, "../src/allocation/schema.ts");

/**
 * What is wrong with one bundled schedule file (its text), as lines naming the file and the
 * field: parseSchedule's issues (Dutch, then English), invalid JSON, or an id that is not the
 * file's name. An empty list: the file is valid.
 */
function scheduleFileProblems(text, file, parseSchedule) {
  const name = path.basename(file);
  const origin = `src/schedules/${name}`;
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return [`${origin}: not valid JSON: ${e.message}`];
  }
  let schedule;
  try {
    schedule = parseSchedule(json, origin);
  } catch (e) {
    if (!Array.isArray(e?.issues)) throw e;
    return e.issues.flatMap((issue) => [issue.message, `  ${issue.messageEn}`]);
  }
  return `${schedule.id}.json` === name ? [] : [`${origin}: id "${schedule.id}" does not match the file name`];
}

function failure(problems) {
  return new Error(`A bundled schedule is not valid:\n${problems.join("\n")}`);
}

/** The webpack loader: passes the file through unchanged, or fails the build. */
module.exports = function scheduleCheckLoader(source) {
  const done = this.async();
  this.importModule(SCHEMA_SOURCE).then(
    ({ parseSchedule }) => {
      const problems = scheduleFileProblems(source, this.resourcePath, parseSchedule);
      done(problems.length > 0 ? failure(problems) : null, source);
    },
    (e) => done(e),
  );
};
module.exports.scheduleFileProblems = scheduleFileProblems;
module.exports.SCHEDULES_DIR = SCHEDULES_DIR;

/** Every bundled file, with the parser compiled into dist/ (the command's build). */
function checkAll() {
  const { parseSchedule } = require(path.resolve(__dirname, "../dist/allocation/schema.js"));
  const files = fs.readdirSync(SCHEDULES_DIR).filter((f) => f.endsWith(".json")).sort();
  const problems = files.flatMap((f) => scheduleFileProblems(fs.readFileSync(path.join(SCHEDULES_DIR, f), "utf8"), f, parseSchedule));
  if (problems.length > 0) {
    console.error(failure(problems).message);
    process.exit(1);
  }
}

if (require.main === module) checkAll();
