import { describe, expect, test } from 'vitest';
import { medianOfSorted, nearestRankPercentile, sortNumbers } from './quantiles';

describe('quantiles', () => {
  test('median of odd and even counts, worked by hand', () => {
    expect(medianOfSorted(sortNumbers([9, 1, 5]))).toBe(5);
    // 1 2 | 4 10 → (2 + 4) / 2
    expect(medianOfSorted(sortNumbers([10, 2, 4, 1]))).toBe(3);
    expect(medianOfSorted([])).toBeNull();
  });

  test('nearest-rank 90th percentile', () => {
    // ten values: rank ceil(0.9 * 10) = 9 → the ninth smallest
    expect(nearestRankPercentile(sortNumbers([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]), 0.9)).toBe(9);
    // three values: rank ceil(2.7) = 3 → the largest
    expect(nearestRankPercentile(sortNumbers([3, 1, 2]), 0.9)).toBe(3);
    expect(nearestRankPercentile([], 0.9)).toBeNull();
  });

  test('sorting is numeric', () => {
    expect([...sortNumbers([10, 9, 100])]).toEqual([9, 10, 100]);
  });
});
