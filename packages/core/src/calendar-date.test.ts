import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addDaysToDate,
  addMonthsToDate,
  CalendarDateSchema,
  compareCalendarDates,
  computeAgeInYears,
  countDaysInMonth,
  daysBetweenDates,
  fromDayNumber,
  isLeapYear,
  isValidCalendarDate,
  monthsBetweenDates,
  toDayNumber,
  writeCalendarDate,
} from './calendar-date';
import { ParentPartnerError } from './errors';

/** Any valid calendar date in years 0000-9999. */
const calendarDate = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) =>
    writeCalendarDate(year, month, Math.min(day, countDaysInMonth(year, month))),
  );

/** Oracle built on UTC milliseconds: independent of the integer algorithm and of the local time zone. */
function utcDayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return Math.round(instant.getTime() / 86_400_000);
}

function expectInvalidArgument(run: () => unknown, path: string): void {
  try {
    run();
  } catch (error) {
    expect(ParentPartnerError.isInstance(error)).toBe(true);
    expect((error as ParentPartnerError).code).toBe('INVALID_ARGUMENT');
    expect((error as ParentPartnerError).message.startsWith(`${path}:`)).toBe(true);
    return;
  }
  throw new Error('expected an INVALID_ARGUMENT error');
}

describe('isValidCalendarDate', () => {
  test('example: isValidCalendarDate', () => {
    expect([
      isValidCalendarDate('2024-02-29'),
      isValidCalendarDate('2025-02-29'),
      isValidCalendarDate('2026-02-30'),
    ]).toEqual([true, false, false]);
  });

  test('applies the Gregorian leap-year rule', () => {
    expect(isValidCalendarDate('2000-02-29')).toBe(true);
    expect(isValidCalendarDate('1900-02-29')).toBe(false);
    expect(isValidCalendarDate('2100-02-29')).toBe(false);
    expect(isValidCalendarDate('0000-02-29')).toBe(true);
  });

  test('rejects malformed strings and non-strings', () => {
    for (const value of [
      '2026-04-31',
      '2026-00-10',
      '2026-13-01',
      '2026-01-00',
      '2026-1-05',
      '26-01-05',
      '2026-01-05T00:00:00Z',
      ' 2026-01-05',
      '+02026-01-05',
      '',
      20260105,
      null,
      new Date(Date.UTC(2026, 0, 5)),
    ]) {
      expect(isValidCalendarDate(value)).toBe(false);
    }
  });

  test('CalendarDateSchema accepts real days only', () => {
    expect(CalendarDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(CalendarDateSchema.safeParse('2025-02-29').success).toBe(false);
  });
});

describe('isLeapYear and countDaysInMonth', () => {
  test('follow the Gregorian calendar', () => {
    expect([2024, 2025, 1900, 2000, 2100, 0].map(isLeapYear)).toEqual([
      true,
      false,
      false,
      true,
      false,
      true,
    ]);
    expect(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => countDaysInMonth(2025, month)),
    ).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(countDaysInMonth(2024, 2)).toBe(29);
  });

  test('countDaysInMonth rejects a month outside 1-12', () => {
    expectInvalidArgument(() => countDaysInMonth(2026, 13), 'month');
    expectInvalidArgument(() => countDaysInMonth(2026, 0), 'month');
    expectInvalidArgument(() => countDaysInMonth(2026, 1.5), 'month');
  });
});

describe('compareCalendarDates', () => {
  test('example: compareCalendarDates', () => {
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareCalendarDates)).toEqual([
      '2025-12-31',
      '2026-01-15',
      '2026-03-01',
    ]);
  });

  test('agrees with the day count', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (left, right) => {
        expect(compareCalendarDates(left, right)).toBe(Math.sign(daysBetweenDates(right, left)));
      }),
    );
  });

  test('rejects invalid dates without echoing them', () => {
    expectInvalidArgument(() => compareCalendarDates('2026-02-30', '2026-03-01'), 'left');
    expectInvalidArgument(() => compareCalendarDates('2026-03-01', '2026-02-30'), 'right');
    try {
      compareCalendarDates('1987-02-30', '2026-03-01');
    } catch (error) {
      expect((error as Error).message).not.toContain('1987');
    }
  });
});

describe('daysBetweenDates and addDaysToDate', () => {
  test('example: daysBetweenDates', () => {
    expect(daysBetweenDates('2024-02-28', '2024-03-01')).toBe(2);
  });

  test('example: addDaysToDate', () => {
    expect(addDaysToDate('2025-12-31', 1)).toBe('2026-01-01');
  });

  test('counts signed calendar days', () => {
    expect(daysBetweenDates('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetweenDates('2026-03-01', '2026-02-28')).toBe(-1);
    expect(daysBetweenDates('2026-03-08', '2026-03-08')).toBe(0);
    // Crosses the US daylight-saving change: still whole days.
    expect(daysBetweenDates('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetweenDates('2025-07-01', '2026-07-01')).toBe(365);
    expect(daysBetweenDates('2023-07-01', '2024-07-01')).toBe(366);
    expect(daysBetweenDates('0000-01-01', '9999-12-31')).toBe(3_652_424);
  });

  test('matches a UTC-millisecond oracle', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (from, to) => {
        expect(daysBetweenDates(from, to)).toBe(utcDayOf(to) - utcDayOf(from));
      }),
    );
  });

  test('day numbers round-trip and are consecutive', () => {
    // The next day number is the calendar's next day, spelled out by the calendar's own rule. (Comparing
    // the written dates as text is no test: past 9999-12-31 comes 10000-01-01, which sorts before it.)
    const nextDay = (year: number, month: number, day: number) => {
      if (day < countDaysInMonth(year, month)) return { year, month, day: day + 1 };
      return month < 12 ? { year, month: month + 1, day: 1 } : { year: year + 1, month: 1, day: 1 };
    };
    fc.assert(
      fc.property(calendarDate, (date) => {
        const [year, month, day] = date.split('-').map(Number) as [number, number, number];
        const number = toDayNumber(year, month, day);
        expect(fromDayNumber(number)).toEqual({ year, month, day });
        expect(fromDayNumber(number + 1)).toEqual(nextDay(year, month, day));
      }),
      {
        examples: [
          ['9999-12-31'],
          ['0000-01-01'],
          ['0000-02-29'],
          ['1900-02-28'],
          ['2000-02-29'],
          ['2024-12-31'],
        ],
      },
    );
  });

  test('the last supported day is followed by day one of year 10000, which no date string holds', () => {
    const last = toDayNumber(9999, 12, 31);
    expect(fromDayNumber(last + 1)).toEqual({ year: 10000, month: 1, day: 1 });
    expect(toDayNumber(10000, 1, 1)).toBe(last + 1);
    expect(utcDayOf('9999-12-31') - utcDayOf('0000-01-01')).toBe(last - toDayNumber(0, 1, 1));
    expect(() => addDaysToDate('9999-12-31', 1)).toThrow(ParentPartnerError);
  });

  test('addDaysToDate inverts daysBetweenDates', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (from, to) => {
        expect(addDaysToDate(from, daysBetweenDates(from, to))).toBe(to);
      }),
    );
  });

  test('rejects bad input and results outside years 0000-9999', () => {
    expectInvalidArgument(() => daysBetweenDates('2026-02-30', '2026-03-01'), 'from');
    expectInvalidArgument(() => daysBetweenDates('2026-03-01', 'not a date'), 'to');
    expectInvalidArgument(() => addDaysToDate('2026-03-01', 1.5), 'days');
    expectInvalidArgument(() => addDaysToDate('9999-12-31', 1), 'days');
    expectInvalidArgument(() => addDaysToDate('0000-01-01', -1), 'days');
  });
});

describe('addMonthsToDate', () => {
  test('example: addMonthsToDate', () => {
    expect(addMonthsToDate('2026-01-31', 1)).toBe('2026-02-28');
  });

  test('clamps to the end of shorter months', () => {
    expect(addMonthsToDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToDate('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsToDate('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonthsToDate('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsToDate('2026-05-31', 1)).toBe('2026-06-30');
    expect(addMonthsToDate('2025-11-25', 12)).toBe('2026-11-25');
    expect(addMonthsToDate('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonthsToDate('2026-01-15', 0)).toBe('2026-01-15');
  });

  test('rejects bad input and results outside years 0000-9999', () => {
    expectInvalidArgument(() => addMonthsToDate('2026-02-29', 1), 'date');
    expectInvalidArgument(() => addMonthsToDate('2026-01-01', Number.NaN), 'months');
    expectInvalidArgument(() => addMonthsToDate('9999-12-01', 1), 'months');
    expectInvalidArgument(() => addMonthsToDate('0000-01-01', -1), 'months');
  });
});

describe('monthsBetweenDates', () => {
  test('example: monthsBetweenDates', () => {
    expect([
      monthsBetweenDates('2025-11-25', '2026-11-25'),
      monthsBetweenDates('2025-11-25', '2026-11-24'),
    ]).toEqual([12, 11]);
  });

  test('counts a month once the day of the month is reached', () => {
    expect(monthsBetweenDates('2026-01-15', '2026-01-15')).toBe(0);
    expect(monthsBetweenDates('2026-01-15', '2026-02-14')).toBe(0);
    expect(monthsBetweenDates('2026-01-15', '2026-02-15')).toBe(1);
    expect(monthsBetweenDates('2025-06-30', '2026-06-30')).toBe(12);
  });

  test('counts a month once the later month ends when the day does not exist in it', () => {
    expect(monthsBetweenDates('2025-01-31', '2025-02-27')).toBe(0);
    expect(monthsBetweenDates('2025-01-31', '2025-02-28')).toBe(1);
    expect(monthsBetweenDates('2024-01-31', '2024-02-28')).toBe(0);
    expect(monthsBetweenDates('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetweenDates('2025-01-31', '2025-03-30')).toBe(1);
    expect(monthsBetweenDates('2025-01-31', '2025-03-31')).toBe(2);
    expect(monthsBetweenDates('2024-02-29', '2025-02-28')).toBe(12);
    expect(monthsBetweenDates('2025-03-31', '2025-04-30')).toBe(1);
  });

  test('is negative when to is before from, as the negation of the forward count', () => {
    expect(monthsBetweenDates('2026-11-25', '2025-11-25')).toBe(-12);
    expect(monthsBetweenDates('2025-02-28', '2025-01-31')).toBe(-1);
    expect(monthsBetweenDates('2026-01-20', '2026-01-10')).toBe(0);
    fc.assert(
      fc.property(calendarDate, calendarDate, (from, to) => {
        expect(monthsBetweenDates(to, from)).toBe(0 - monthsBetweenDates(from, to));
      }),
    );
  });

  test('at least n months have elapsed exactly when adding n months does not pass the later date', () => {
    fc.assert(
      fc.property(
        calendarDate,
        calendarDate,
        fc.integer({ min: 0, max: 240 }),
        (left, right, months) => {
          const [from, to] = left <= right ? [left, right] : [right, left];
          // Stay below 10000-01: the sum must be a four-digit year.
          fc.pre(
            Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + months < 10_000 * 12,
          );
          const elapsed = monthsBetweenDates(from, to);
          expect(elapsed >= months).toBe(addMonthsToDate(from, months) <= to);
        },
      ),
    );
  });

  test('rejects invalid dates', () => {
    expectInvalidArgument(() => monthsBetweenDates('2025-02-29', '2026-01-01'), 'from');
    expectInvalidArgument(() => monthsBetweenDates('2025-01-01', '2026-13-01'), 'to');
  });
});

describe('computeAgeInYears', () => {
  test('reaches a birthday on its anniversary, and 29 February on 28 February', () => {
    expect(computeAgeInYears('2008-03-15', '2026-03-14')).toBe(17);
    expect(computeAgeInYears('2008-03-15', '2026-03-15')).toBe(18);
    expect(computeAgeInYears('2008-02-29', '2026-02-27')).toBe(17);
    expect(computeAgeInYears('2008-02-29', '2026-02-28')).toBe(18);
    expect(computeAgeInYears('2008-02-29', '2028-02-28')).toBe(19);
    expect(computeAgeInYears('2008-02-29', '2028-02-29')).toBe(20);
    expect(computeAgeInYears('2020-01-01', '2020-01-01')).toBe(0);
  });

  test('agrees with addMonthsToDate: the age is at least n exactly when the n-th birthday is reached', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 9_000 }),
        fc.integer({ min: 0, max: 25 }),
        (birthOffset, ageDays, years) => {
          const birthDate = addDaysToDate('1950-01-01', birthOffset);
          const on = addDaysToDate(birthDate, ageDays);
          const reached = addMonthsToDate(birthDate, 12 * years) <= on;
          expect(computeAgeInYears(birthDate, on) >= years).toBe(reached);
        },
      ),
    );
  });

  test('refuses a date before the birth date and invalid dates, without their values', () => {
    expect(() => computeAgeInYears('2020-01-02', '2020-01-01')).toThrow(/^on: /);
    expect(() => computeAgeInYears('2020-02-30', '2021-01-01')).toThrow(/^birthDate: /);
  });
});
