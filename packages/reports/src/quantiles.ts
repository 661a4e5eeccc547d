// Order statistics over integer day counts, with the definitions the reports state.

/** Median of ascending values: the middle value, or the mean of the two middle values. */
export function medianOfSorted(sorted: ArrayLike<number>): number | null {
  const count = sorted.length;
  if (count === 0) return null;
  const middle = count >> 1;
  if (count % 2 === 1) return sorted[middle] ?? null;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Percentile of ascending values by the nearest-rank method: the value at rank ceil(p * n). */
export function nearestRankPercentile(sorted: ArrayLike<number>, fraction: number): number | null {
  const count = sorted.length;
  if (count === 0) return null;
  const rank = Math.max(1, Math.ceil(fraction * count));
  return sorted[rank - 1] ?? null;
}

/** Sorts numbers ascending into a new typed array (numeric order, not string order). */
export function sortNumbers(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}
