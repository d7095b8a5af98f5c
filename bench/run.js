#!/usr/bin/env node
// npm run bench: figures and ratios against baselines measured in the same run, same process.
// Never a pass/fail: this machine is shared and noisy, so read the ratios, not single numbers.
"use strict";
const { allocationBench } = require("./allocation-bench");
const { workbookBench } = require("./workbook-bench");
const { commandBench } = require("./command-bench");
const { paneBench } = require("./pane-bench");
const { functionsBench } = require("./functions-bench");

async function main() {
  const only = process.argv[2];
  console.log(`Verdeelsleutel bench — node ${process.version}, ${require("os").cpus().length} cores, ${new Date().toISOString()}`);
  if (!only || only === "allocation") allocationBench();
  if (!only || only === "workbook") workbookBench();
  if (!only || only === "command") await commandBench();
  if (!only || only === "functions") await functionsBench();
  if (!only || only === "pane") await paneBench();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
