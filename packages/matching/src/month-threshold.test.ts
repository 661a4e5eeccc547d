import { addDaysToDate, monthsBetweenDates } from '@parent-partner/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findMonthThreshold } from './month-threshold';

const dateArbitrary = fc
  .integer({ min: 0, max: 3000 })
  .map((days) => addDaysToDate('2020-01-01', days));

describe('findMonthThreshold', () => {
  test('agrees with monthsBetweenDates (a 0-month threshold only for dates up to asOf)', () => {
    fc.assert(
      fc.property(
        dateArbitrary,
        dateArbitrary,
        fc.integer({ min: 0, max: 60 }),
        (from, asOf, months) => {
          fc.pre(months >= 1 || from <= asOf);
          expect(from <= findMonthThreshold(asOf, months)).toBe(
            monthsBetweenDates(from, asOf) >= months,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('a date after asOf never meets a threshold of 0 months', () => {
    expect('2020-01-02' <= findMonthThreshold('2020-01-01', 0)).toBe(false);
  });

  test('clamps to the end of a shorter month', () => {
    expect(findMonthThreshold('2025-02-28', 1)).toBe('2025-01-31');
    expect(findMonthThreshold('2026-03-01', 12)).toBe('2025-03-01');
    expect(findMonthThreshold('2024-03-30', 1)).toBe('2024-02-29');
  });
});
