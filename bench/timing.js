"use strict";
// Small timing helpers shared by the benches.

/**
 * Runs fn `runs` times (after one warm-up) and returns the median in milliseconds. A full garbage
 * collection before each run, unless `gcEachRun` is false: for millisecond work such as one
 * recalculation, a forced full collection before it measures V8 warming up again, not the work.
 */
function medianMs(fn, runs = 5, { gcEachRun = true } = {}) {
  fn();
  if (global.gc) global.gc();
  const times = [];
  for (let i = 0; i < runs; i++) {
    if (gcEachRun && global.gc) global.gc();
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** medianMs for work that returns a promise: a run lasts until its promise settles. */
async function medianMsAsync(fn, runs = 5, { gcEachRun = true } = {}) {
  await fn();
  if (global.gc) global.gc();
  const times = [];
  for (let i = 0; i < runs; i++) {
    if (gcEachRun && global.gc) global.gc();
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Deterministic populations (a small LCG), realistic for Dutch municipalities: 900..950,000. */
function populations(n, seed = 20231) {
  const out = new Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = 900 + (x % 949100);
  }
  return out;
}

function fmt(ms) {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join("  ");
  console.log(line(headers));
  for (const r of rows) console.log(line(r));
}

module.exports = { medianMs, medianMsAsync, populations, fmt, table };
