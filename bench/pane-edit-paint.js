"use strict";
/* global HTMLInputElement, requestAnimationFrame, MutationObserver -- measureInPage runs in the page */
// From a rate edit to the next paint that shows the new figures, measured inside the page.
//
// The edit is what a keystroke does to the rate field (the field's value set and an `input`
// event, which React handles like typing), dispatched at a random moment within a frame, as
// real keystrokes arrive. Then:
//   edit → DOM    the preview table holds the new figures (a MutationObserver sees them: after
//                 React's deferred render of the table has committed);
//   edit → paint  the frame after that has been painted (requestAnimationFrame, then a task posted
//                 from it, which runs once that frame's rendering is done). It includes waiting for
//                 the frame: on average half a frame (8 ms at 60 Hz) even when nothing is slow.
//   CPU           the renderer main thread's CPU time from the edit to that paint (Chrome's trace:
//                 the thread time of its tasks), which waiting and other processes on the machine
//                 do not inflate the way they inflate the times above. Measured in a second pass
//                 of the same edits, since tracing itself slows the page.
// Baseline, in the same page and interleaved with the real edits: an edit that changes the rate
// but no rounded amount (0,09 → 0,090000001), so the pane recomputes and the field repaints but no
// figure in the table changes; it is all of the above but the table's repaint.

/** Runs in the page: `edits` are [value, watch] pairs; watch "figure" waits for new figures, "recompute" for the recompute only. */
async function measureInPage({ input, table, edits }) {
  const setValue = (v) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(input, v);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  };
  const afterNextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const rows = () => table.querySelectorAll('[role="row"], tr');
  // The first municipality (row 1 after the header) and the last (before the totals row).
  const watched = () => {
    const r = rows();
    return [r[1], r[r.length - 2]].map((row) => row.textContent);
  };
  const recomputes = () => performance.getEntriesByName("verdeel:recompute").length;
  const out = [];
  for (const [index, [value, watch]] of edits.entries()) {
    // Start at a random moment of a frame, after the previous edit has settled.
    await afterNextPaint();
    await new Promise((r) => setTimeout(r, Math.random() * 16));
    const before = watched();
    const recomputesBefore = recomputes();
    performance.mark(`verdeel:edit:${index}:start`);
    const t0 = performance.now();
    const done = () =>
      watch === "figure" ? watched().every((text, i) => text !== before[i]) : recomputes() > recomputesBefore;
    const dom = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (done()) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(table, { subtree: true, childList: true, characterData: true });
      if (watch !== "figure") {
        // No DOM change to observe in the table: poll the recompute entry once per task.
        const poll = () => (done() ? (observer.disconnect(), resolve(performance.now())) : setTimeout(poll, 0));
        setTimeout(poll, 0);
      }
    });
    setValue(value);
    const tDom = await dom;
    const tPaint = await afterNextPaint();
    performance.mark(`verdeel:edit:${index}:end`);
    out.push({ value, watch, dom: tDom - t0, paint: tPaint - t0 });
  }
  return out;
}

/** Chrome's trace (devtools timeline and user timing) around `run`: its events. */
async function traced(page, run) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: "toplevel,devtools.timeline,blink.user_timing", transferMode: "ReportEvents" });
  try {
    return { result: await run(), events };
  } finally {
    await cdp.send("Tracing.end");
    await complete;
    await cdp.detach();
  }
}

/** Per edit (by index), the main thread's CPU ms between its start and end marks. */
function cpuPerEdit(events) {
  const marks = events.filter((e) => /^verdeel:edit:\d+:(start|end)$/.test(e.name));
  if (marks.length === 0) return [];
  const thread = (e) => `${e.pid}:${e.tid}`;
  const main = thread(marks[0]);
  const windows = new Map();
  for (const m of marks) {
    const [, , index, edge] = m.name.split(":");
    const w = windows.get(index) ?? {};
    if (!(edge in w)) w[edge] = m.ts; // a mark can appear twice (begin and end phase): keep the first
    windows.set(index, w);
  }
  // The thread's top-level tasks: complete events, or begin/end pairs for long ones.
  const tasks = [];
  const open = [];
  for (const e of events) {
    if (e.name !== "ThreadControllerImpl::RunTask" || thread(e) !== main) continue;
    if (e.ph === "X") tasks.push({ ts: e.ts, cpu: (e.tdur ?? e.dur) / 1000 });
    else if (e.ph === "B") open.push(e);
    else if (e.ph === "E" && open.length) {
      const b = open.pop();
      tasks.push({ ts: b.ts, cpu: (e.tts !== undefined && b.tts !== undefined ? e.tts - b.tts : e.ts - b.ts) / 1000 });
    }
  }
  const cpu = [];
  for (const [index, w] of windows) {
    cpu[Number(index)] = tasks.filter((t) => t.ts >= w.start && t.ts < w.end).reduce((n, t) => n + t.cpu, 0);
  }
  return cpu;
}

/**
 * On a page showing the pane with the nml-2023 schedule and 342 rows: `rounds` real edits
 * (0,08 … each changing every row's extension and total) and as many baseline edits, interleaved.
 */
async function rateEditToPaint(page, rounds = 15) {
  const rate = page.getByRole("group", { name: "Uitbreiding" }).getByRole("textbox", { name: /Tarief/ });
  const table = page.getByRole("table", { name: "Voorbeeld van de bijdragen" });
  await table.evaluate((el) => el.scrollIntoView({ block: "start" }));
  const edits = [];
  for (let i = 0; i < rounds + 2; i++) {
    const cents = 8 + (i % 12);
    const v = `0,${String(cents).padStart(2, "0")}`;
    edits.push([v, "figure"], [`${v}0000001`, "recompute"]);
  }
  const args = { input: await rate.elementHandle(), table: await table.elementHandle(), edits };
  const timed = await page.evaluate(measureInPage, args);
  // The same edits again (from 0,07: the last round ends elsewhere), traced, for the CPU time.
  await page.evaluate(measureInPage, { ...args, edits: [["0,07", "figure"]] });
  const { events } = await traced(page, () => page.evaluate(measureInPage, args));
  const cpu = cpuPerEdit(events);
  const results = timed.map((r, i) => ({ ...r, cpu: cpu[i] }));
  // The first two rounds warm up (JIT, style caches).
  const measured = results.slice(4);
  return {
    figure: measured.filter((r) => r.watch === "figure"),
    baseline: measured.filter((r) => r.watch === "recompute"),
  };
}

module.exports = { rateEditToPaint, measureInPage };
