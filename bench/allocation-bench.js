"use strict";
// Allocate + verify throughput of the exact core, beside two baselines in the same process:
// - float: plain JavaScript numbers (fast and wrong: 50020 * 0.07 = 3501.4000000000005);
// - naive Decimal: a new Decimal for every operand of every step, rate parsed per row.
const Decimal = require("decimal.js");
const { allocate, verify } = require("../dist/allocation");
const { findSchedule } = require("../dist/schedules");
const { medianMs, populations, fmt, table } = require("./timing");

const SIZES = [1_000, 10_000, 100_000, 1_000_000];

function municipalities(pops) {
  return pops.map((population, i) => ({ name: `Gemeente ${i}`, code: `GM${String(i).padStart(6, "0")}`, population }));
}

/** What a workbook would hold if every figure were right: decimal strings per component and total. */
function foundFigures(allocation) {
  const found = [];
  for (const c of allocation.components) {
    c.amounts.forEach((a, index) => found.push({ index, target: c.componentId, found: a.toString() }));
  }
  allocation.totals.forEach((t, index) => found.push({ index, target: "total", found: t.toString() }));
  return found;
}

function exactRun(schedule, munis, found) {
  const allocation = allocate(schedule, munis);
  const result = verify(allocation, found, "0");
  if (result.matched !== result.checked) throw new Error("exact verify disagreed with itself");
  return allocation;
}

function floatRun(rates, pops, found) {
  const n = pops.length;
  let mismatches = 0;
  const cols = rates.map((r) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = Math.round(pops[i] * r);
    return out;
  });
  const totals = new Float64Array(n);
  for (let i = 0; i < n; i++) totals[i] = cols.reduce((s, c) => s + c[i], 0);
  [...cols, totals].forEach((c, k) => {
    for (let i = 0; i < n; i++) if (Math.abs(found[k][i] - c[i]) > 0) mismatches++;
  });
  if (mismatches) throw new Error("float verify disagreed with itself");
}

function naiveDecimalRun(rateStrings, pops, found) {
  const n = pops.length;
  const cols = rateStrings.map((r) => {
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = new Decimal(pops[i]).times(new Decimal(r)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toString();
    }
    return out;
  });
  const totals = new Array(n);
  for (let i = 0; i < n; i++) totals[i] = cols.reduce((s, c) => s.plus(new Decimal(c[i])), new Decimal(0)).toString();
  let mismatches = 0;
  [...cols, totals].forEach((c, k) => {
    for (let i = 0; i < n; i++) if (!new Decimal(found[k][i]).minus(new Decimal(c[i])).abs().lte(new Decimal("0"))) mismatches++;
  });
  if (mismatches) throw new Error("naive verify disagreed with itself");
}

function allocationBench() {
  const schedule = findSchedule("nml-2023");
  const rateStrings = schedule.components.map((c) => c.rate);
  const rates = rateStrings.map(Number);
  console.log("\n## Allocate + verify, nml-2023 (2 per-inhabitant components + total), median ms");
  const rows = [];
  for (const n of SIZES) {
    const pops = populations(n);
    const munis = municipalities(pops);
    const runs = n >= 1_000_000 ? 3 : 5;
    // The figures a correct workbook holds, prepared outside the timed part for every contender.
    const reference = allocate(schedule, munis);
    const found = foundFigures(reference);
    const foundColumns = [...reference.components.map((c) => c.amounts), reference.totals];
    const foundFloat = foundColumns.map((col) => Float64Array.from(col, (d) => Number(d.toString())));
    const foundStrings = foundColumns.map((col) => col.map((d) => d.toString()));
    const exact = medianMs(() => exactRun(schedule, munis, found), runs);
    const float = medianMs(() => floatRun(rates, pops, foundFloat), runs);
    const naive = medianMs(() => naiveDecimalRun(rateStrings, pops, foundStrings), runs);
    rows.push([n.toLocaleString("en"), fmt(exact), fmt(float), fmt(naive), (exact / float).toFixed(1) + "x", (naive / exact).toFixed(2) + "x", Math.round(n / (exact / 1000)).toLocaleString("en")]);
  }
  table(["rows", "exact", "float", "naive Decimal", "exact/float", "naive/exact", "exact rows/s"], rows);
  console.log("Target: 100,000 rows allocated and verified in < 200 ms.");

  const nhn = findSchedule("nhn-2020");
  console.log("\n## Share of a fixed total (nhn-2020, largest remainder), allocate only, median ms");
  const shareRows = [];
  for (const n of SIZES) {
    const munis = municipalities(populations(n, 7));
    const ms = medianMs(() => allocate(nhn, munis), n >= 1_000_000 ? 3 : 5);
    shareRows.push([n.toLocaleString("en"), fmt(ms), Math.round(n / (ms / 1000)).toLocaleString("en")]);
  }
  table(["rows", "exact", "rows/s"], shareRows);
}

module.exports = { allocationBench };
