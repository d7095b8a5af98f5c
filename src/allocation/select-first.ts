// Partial selection: move the k first items (by a strict total order) to the front of an index
// array in O(n) on average, instead of sorting all n.

export type IndexOrder = (a: number, b: number) => number;

function sortRange(items: Int32Array, lo: number, hi: number, order: IndexOrder): void {
  const part = Array.from(items.subarray(lo, hi + 1)).sort(order);
  items.set(part, lo);
}

/**
 * Rearranges `items` so that items[0..k-1] are the k first under `order` (in no particular
 * order). `order` must be a strict total order (no two items compare equal), so the chosen set
 * is the same for every input arrangement. Falls back to sorting a range when pivots keep
 * being poor, so the worst case is O(n log n).
 */
export function selectFirst(items: Int32Array, k: number, order: IndexOrder): void {
  if (k <= 0 || k >= items.length) return;
  const target = k - 1;
  let lo = 0;
  let hi = items.length - 1;
  let budget = 2 * Math.ceil(Math.log2(items.length)) + 16;
  while (lo < hi) {
    if (budget-- === 0) {
      sortRange(items, lo, hi, order);
      return;
    }
    // Median of three as pivot.
    const mid = lo + ((hi - lo) >> 1);
    let a = items[lo];
    let b = items[mid];
    const c = items[hi];
    if (order(a, b) > 0) [a, b] = [b, a];
    const pivot = order(b, c) <= 0 ? b : order(a, c) <= 0 ? c : a;
    let i = lo;
    let j = hi;
    do {
      while (order(items[i], pivot) < 0) i++;
      while (order(pivot, items[j]) < 0) j--;
      if (i <= j) {
        const t = items[i];
        items[i] = items[j];
        items[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < target) lo = i;
    if (target < i) hi = j;
  }
}

/**
 * The k-th largest value (1-based) of `values`, which it reorders. Quickselect on plain
 * numbers, with a sort as fallback when pivots keep being poor.
 */
export function kthLargest(values: Float64Array, k: number): number {
  const target = values.length - k; // the k-th largest is at this index in ascending order
  let lo = 0;
  let hi = values.length - 1;
  let budget = 2 * Math.ceil(Math.log2(values.length + 1)) + 16;
  while (lo < hi) {
    if (budget-- === 0) {
      values.subarray(lo, hi + 1).sort();
      break;
    }
    const mid = lo + ((hi - lo) >> 1);
    const a = values[lo];
    const b = values[mid];
    const c = values[hi];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    do {
      while (values[i] < pivot) i++;
      while (pivot < values[j]) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < target) lo = i;
    if (target < i) hi = j;
  }
  return values[target];
}
