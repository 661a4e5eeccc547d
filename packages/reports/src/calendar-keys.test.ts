import { addDaysToDate, addMonthsToDate, daysBetweenDates } from '@parent-partner/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  dayNumberOf,
  formatMonthIndex,
  lastDayWithin12MonthsOf,
  monthIndexOf,
} from './calendar-keys';

describe('calendar keys', () => {
  test('month index of a date and of a timestamp', () => {
    expect(monthIndexOf('2026-03-31')).toBe(2026 * 12 + 2);
    expect(monthIndexOf('2026-01-01T08:00:00-06:00')).toBe(2026 * 12);
    expect(formatMonthIndex(2026 * 12 + 11)).toBe('2026-12');
  });

  test('day numbers differ by the days between two dates, as core counts them', () => {
    const date = fc
      .record({
        year: fc.integer({ min: 1900, max: 2100 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(
        ({ year, month, day }) =>
          `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(date, date, (from, to) => {
        expect(dayNumberOf(to) - dayNumberOf(from)).toBe(daysBetweenDates(from, to));
      }),
    );
    expect(dayNumberOf('2024-03-01') - dayNumberOf('2024-02-28')).toBe(2);
  });
});

test('the last day within 12 months agrees with core date arithmetic', () => {
  const date = fc
    .record({
      year: fc.integer({ min: 1990, max: 2090 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .filter(({ year, month, day }) => day <= new Date(Date.UTC(year, month, 0)).getUTCDate())
    .map(
      ({ year, month, day }) =>
        `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    );
  fc.assert(
    fc.property(date, (start) => {
      expect(lastDayWithin12MonthsOf(start)).toBe(
        dayNumberOf(addDaysToDate(addMonthsToDate(start, 12), -1)),
      );
    }),
  );
  // 2024-02-29: a year later is 2025-02-28, so the last day within 12 months is 2025-02-27.
  expect(lastDayWithin12MonthsOf('2024-02-29')).toBe(dayNumberOf('2025-02-27'));
});
