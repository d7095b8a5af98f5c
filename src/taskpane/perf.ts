// How long the preview's recompute takes (allocation + formatting, no rendering): kept for the
// tests and the bench, and marked for the browser's performance timeline as "verdeel:recompute".
export const RECOMPUTE_MEASURE = "verdeel:recompute";

const recent: number[] = [];

export function recordRecompute(start: number, end: number): void {
  recent.push(end - start);
  if (recent.length > 500) recent.shift();
  try {
    if (typeof performance.measure === "function") performance.measure(RECOMPUTE_MEASURE, { start, end });
  } catch {
    // An environment without User Timing level 3: the numbers above are enough.
  }
}

/** The last recompute durations in milliseconds, oldest first. */
export function recomputeTimings(): readonly number[] {
  return recent;
}

export function clearRecomputeTimings(): void {
  recent.length = 0;
}

let rowRenders = 0;

/** Counts renders of preview rows (a memoized row that is skipped does not count). */
export function countRowRender(): void {
  rowRenders++;
}

/** How many preview rows rendered since the last reset. */
export function rowRenderCount(): number {
  return rowRenders;
}

export function resetRowRenderCount(): void {
  rowRenders = 0;
}
