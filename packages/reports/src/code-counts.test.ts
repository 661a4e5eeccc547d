import { expect, test } from 'vitest';
import { CodeCounts, CodeTable } from './code-counts';

test('counts grow with new codes and keep earlier values', () => {
  const table = new CodeTable(['a', 'b']);
  const counts = new CodeCounts(table, 2);
  expect(counts.entries(1, 'count')).toEqual([
    { code: 'a', value: 0 },
    { code: 'b', value: 0 },
  ]);
  counts.add(1, table.position('b'), 30);
  for (let extra = 0; extra < 20; extra += 1) counts.add(0, table.position(`custom:c${extra}`), 1);
  counts.add(1, table.position('custom:c19'), 5);
  expect(counts.totalCount(1)).toBe(2);
  expect(counts.totalSum(1)).toBe(35);
  expect(counts.countOf(1, 'b')).toBe(1);
  expect(counts.totalCount(0)).toBe(20);
  // Known codes always appear; others only where seen.
  expect(counts.entries(1, 'sum').map((entry) => entry.code)).toEqual(['a', 'b', 'custom:c19']);
  expect(counts.totalCount(5)).toBe(0);
});
