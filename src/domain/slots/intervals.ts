/**
 * Half-open intervals [start, end) of integer minutes since the Unix epoch (UTC).
 *
 * An `IntervalSet` is sorted by start, holds no empty intervals, and no two of its intervals overlap or touch
 * (touching intervals are merged). `normalize` makes one from any list; `union`, `intersect` and `subtract`
 * take and return interval sets and run in O(n + m).
 */
export type Interval = readonly [start: number, end: number];
export type IntervalSet = readonly Interval[];

/** Sorts, drops empty intervals and merges overlapping or touching ones. O(n log n) for the sort, then O(n). */
export function normalize(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Interval[] = [];
  for (const [start, end] of sorted) pushMerged(out, start, end);
  return out;
}

/** Everything in either set. Both arguments must be normalized. */
export function union(a: IntervalSet, b: IntervalSet): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]![0] <= b[j]![0]) ? a[i++]! : b[j++]!;
    pushMerged(out, next[0], next[1]);
  }
  return out;
}

/** Everything in both sets. Both arguments must be normalized. */
export function intersect(a: IntervalSet, b: IntervalSet): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const start = Math.max(x[0], y[0]);
    const end = Math.min(x[1], y[1]);
    if (end > start) out.push([start, end]);
    if (x[1] < y[1]) i++;
    else j++;
  }
  return out;
}

/** Everything in `a` that is not in `b`. Both arguments must be normalized. */
export function subtract(a: IntervalSet, b: IntervalSet): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const [start, end] of a) {
    let cursor = start;
    while (j < b.length && b[j]![1] <= cursor) j++;
    let k = j;
    while (k < b.length && b[k]![0] < end) {
      const [bStart, bEnd] = b[k]!;
      if (bStart > cursor) out.push([cursor, bStart]);
      cursor = Math.max(cursor, bEnd);
      if (cursor >= end) break;
      k++;
    }
    if (cursor < end) out.push([cursor, end]);
  }
  return out;
}

/** Whether [start, end) lies wholly inside one interval of the (normalized) set. O(log n). */
export function contains(set: IntervalSet, start: number, end: number): boolean {
  let lo = 0;
  let hi = set.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = set[mid]!;
    if (start < s) hi = mid - 1;
    else if (start >= e) lo = mid + 1;
    else return end <= e;
  }
  return false;
}

function pushMerged(out: Interval[], start: number, end: number): void {
  if (end <= start) return;
  const last = out[out.length - 1];
  if (last && start <= last[1]) {
    if (end > last[1]) out[out.length - 1] = [last[0], end];
  } else {
    out.push([start, end]);
  }
}
