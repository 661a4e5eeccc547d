import { addDaysToDate, addMonthsToDate } from '@parent-partner/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonthsToDay,
  formatCentralTimestamp,
  formatDay,
  nthWeekdayOfMonth,
  readDay,
  weekdayOfDay,
} from './day-numbers';

describe('day numbers', () => {
  it('counts from 1970-01-01 and round-trips any date', () => {
    expect(readDay('1970-01-01', 'date')).toBe(0);
    expect(formatDay(readDay('2024-02-29', 'date'))).toBe('2024-02-29');
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (day) => {
        expect(readDay(formatDay(day), 'date')).toBe(day);
      }),
    );
  });

  it('agrees with core date arithmetic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: -400, max: 400 }),
        (day, shift) => {
          expect(formatDay(day + shift)).toBe(addDaysToDate(formatDay(day), shift));
          expect(formatDay(addMonthsToDay(day, shift % 40))).toBe(
            addMonthsToDate(formatDay(day), shift % 40),
          );
        },
      ),
    );
  });

  it('rejects impossible dates without echoing them', () => {
    for (const value of ['2026-02-30', '2026-2-3', '2025-13-01']) {
      expect(() => readDay(value, 'asOf')).toThrow('asOf: expected a valid calendar date');
      try {
        readDay(value, 'asOf');
      } catch (error) {
        expect(String(error)).not.toContain(value);
      }
    }
  });

  it('knows weekdays and the n-th weekday of a month', () => {
    expect(weekdayOfDay(readDay('2026-06-29', 'date'))).toBe(0);
    expect(formatDay(nthWeekdayOfMonth(2026, 3, 6, 2))).toBe('2026-03-08');
  });

  it('writes Central time offsets with daylight saving time', () => {
    expect(formatCentralTimestamp(readDay('2026-01-15', 'date'), 9 * 60)).toBe(
      '2026-01-15T09:00:00-06:00',
    );
    expect(formatCentralTimestamp(readDay('2026-03-08', 'date'), 14 * 60 + 5)).toBe(
      '2026-03-08T14:05:00-05:00',
    );
    expect(formatCentralTimestamp(readDay('2026-11-01', 'date'), 12 * 60)).toBe(
      '2026-11-01T12:00:00-06:00',
    );
  });
});
