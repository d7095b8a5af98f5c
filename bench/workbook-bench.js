"use strict";
// The pure workbook layer at 100,000 rows: detect the table, plan an apply, plan + report a verify.
// Baseline in the same run: one plain pass over the grid that only reads every population cell,
// the least any detection must do.
const { allocate } = require("../dist/allocation");
const { findSchedule } = require("../dist/schedules");
const { detectTable, planApply, planVerify, verifyReport, toMunicipalities } = require("../dist/workbook");
const { medianMs, populations, fmt, table } = require("./timing");

const ROWS = 100_000;

function grid() {
  const pops = populations(ROWS, 99);
  const values = [["Gemeente", "Gemeentecode", "Inwoners", "Bijdrage totaal 2023"]];
  // The check column holds whole euros at 15 cents, computed in integers (exact).
  for (let i = 0; i < ROWS; i++) values.push([`Gemeente ${i + 1}`, `GM${String(i + 1).padStart(6, "0")}`, pops[i], Math.floor((pops[i] * 15 + 50) / 100)]);
  return { sheet: "Gemeenten", top: 0, left: 0, values };
}

function workbookBench() {
  const g = grid();
  const schedule = findSchedule("nml-2023");
  const detected = detectTable(g);
  const t = detected.table;
  const allocation = allocate(schedule, toMunicipalities(t));
  const now = new Date();
  const baseline = medianMs(() => {
    let sum = 0;
    for (let r = 1; r < g.values.length; r++) {
      const v = g.values[r][2];
      if (typeof v === "number" && Number.isInteger(v)) sum += v;
    }
    if (sum <= 0) throw new Error("no population");
  });
  const detect = medianMs(() => detectTable(g));
  const plan = medianMs(() => planApply({ grid: g, table: t, allocation, budgetLines: {}, lang: "nl", toolVersion: "bench", now }));
  const check = medianMs(() => {
    const v = planVerify({ grid: g, table: t, checks: [{ target: "total", header: "Bijdrage totaal 2023" }] });
    verifyReport({ ...v, allocation, table: t, tolerance: "0" });
  });
  console.log(`\n## Workbook layer on ${ROWS.toLocaleString("en")} rows (nml-2023), median ms`);
  table(
    ["plain read of the population column", "detectTable", "planApply", "planVerify + verifyReport"],
    [[fmt(baseline), fmt(detect), fmt(plan), fmt(check)]],
  );
}

module.exports = { workbookBench };
