import * as z from 'zod';
import { ParentPartnerError } from './errors';

// Calendar dates are `YYYY-MM-DD` strings in the proleptic Gregorian calendar.
// All arithmetic is done on integers (year, month, day, day number), never on
// `Date`, so no result depends on the time zone of the machine running it.

/** Earliest year a calendar date may have. */
const MIN_YEAR = 0;
/** Latest year a calendar date may have (four digits). */
const MAX_YEAR = 9999;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1–12) and day (1–31) of a calendar date, with no time of day and no time zone. */
export interface CalendarDateParts {
  /** Four-digit year, 0–9999. */
  readonly year: number;
  /** Month of the year, 1 (January) to 12 (December). */
  readonly month: number;
  /** Day of the month, 1 to 31. */
  readonly day: number;
}

/** Tells whether `year` is a leap year in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in `month` (1–12) of `year`.
 *
 * @throws ParentPartnerError `INVALID_ARGUMENT` when `month` is not an integer from 1 to 12.
 */
export function countDaysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new ParentPartnerError('INVALID_ARGUMENT', 'month: expected an integer from 1 to 12');
  }
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Tells whether `year` is an integer year that a four-digit calendar date can hold. */
export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Splits a `YYYY-MM-DD` string into integers, or returns `undefined` when it is not a real calendar date. */
export function readCalendarDate(value: unknown): CalendarDateParts | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_PATTERN.exec(value);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > countDaysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Writes integer parts as a `YYYY-MM-DD` string (the parts are assumed valid). */
export function writeCalendarDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a calendar date or throws an `INVALID_ARGUMENT` error naming `path` (never the value).
 *
 * @param path - The parameter or field name to put in the error message.
 */
export function requireCalendarDate(value: unknown, path: string): CalendarDateParts {
  const parts = readCalendarDate(value);
  if (parts === undefined) {
    throw new ParentPartnerError(
      'INVALID_ARGUMENT',
      `${path}: expected a valid calendar date written YYYY-MM-DD`,
    );
  }
  return parts;
}

/** Counts days from 0000-03-01 to the date; day numbers differ by exactly the days between two dates. */
export function toDayNumber(year: number, month: number, day: number): number {
  // Years start in March so the leap day is the last day of the shifted year
  // (H. Hinnant's days_from_civil, restricted to years >= 0).
  const shiftedYear = month <= 2 ? year - 1 : year;
  const shiftedMonth = month <= 2 ? month + 9 : month - 3;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  return (
    shiftedYear * 365 +
    Math.floor(shiftedYear / 4) -
    Math.floor(shiftedYear / 100) +
    Math.floor(shiftedYear / 400) +
    dayOfYear
  );
}

/** Inverse of {@link toDayNumber}. */
export function fromDayNumber(dayNumber: number): CalendarDateParts {
  const era = Math.floor(dayNumber / 146097);
  const dayOfEra = dayNumber - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/**
 * Tells whether a string is a real calendar date written `YYYY-MM-DD` (years 0000–9999, leap years respected).
 *
 * @example
 * ```ts
 * [isValidCalendarDate('2024-02-29'), isValidCalendarDate('2025-02-29'), isValidCalendarDate('2026-02-30')];
 * //=> [true, false, false]
 * ```
 */
export function isValidCalendarDate(value: unknown): value is string {
  return readCalendarDate(value) !== undefined;
}

/** Schema of a calendar date string `YYYY-MM-DD` that names a real day (no time, no time zone). */
export const CalendarDateSchema = z
  .string()
  .refine(isValidCalendarDate, { message: 'Expected a valid calendar date written YYYY-MM-DD' });

/**
 * Compares two calendar dates for sorting: negative when `left` is earlier, positive when later, 0 when equal.
 *
 * @throws ParentPartnerError `INVALID_ARGUMENT` when either argument is not a valid calendar date.
 * @example
 * ```ts
 * ['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareCalendarDates);
 * //=> ['2025-12-31', '2026-01-15', '2026-03-01']
 * ```
 */
export function compareCalendarDates(left: string, right: string): -1 | 0 | 1 {
  requireCalendarDate(left, 'left');
  requireCalendarDate(right, 'right');
  // Zero-padded four-digit years make string order equal to date order.
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Counts the days from `from` to `to`: positive when `to` is later, negative when earlier, 0 on the same day.
 *
 * The count is of calendar days, so it is never off by one around daylight-saving changes.
 *
 * @throws ParentPartnerError `INVALID_ARGUMENT` when either argument is not a valid calendar date.
 * @example
 * ```ts
 * daysBetweenDates('2024-02-28', '2024-03-01');
 * //=> 2
 * ```
 */
export function daysBetweenDates(from: string, to: string): number {
  const start = requireCalendarDate(from, 'from');
  const end = requireCalendarDate(to, 'to');
  return (
    toDayNumber(end.year, end.month, end.day) - toDayNumber(start.year, start.month, start.day)
  );
}

/**
 * Adds a whole number of days (negative to go back) to a calendar date.
 *
 * @throws ParentPartnerError `INVALID_ARGUMENT` when `date` is invalid, `days` is not an integer, or the result falls outside years 0000–9999.
 * @example
 * ```ts
 * addDaysToDate('2025-12-31', 1);
 * //=> '2026-01-01'
 * ```
 */
export function addDaysToDate(date: string, days: number): string {
  const parts = requireCalendarDate(date, 'date');
  if (!Number.isSafeInteger(days)) {
    throw new ParentPartnerError('INVALID_ARGUMENT', 'days: expected an integer');
  }
  const result = fromDayNumber(toDayNumber(parts.year, parts.month, parts.day) + days);
  if (!isSupportedYear(result.year)) {
    throw new ParentPartnerError('INVALID_ARGUMENT', 'days: the result is outside years 0000-9999');
  }
  return writeCalendarDate(result.year, result.month, result.day);
}

/**
 * Adds a whole number of months (negative to go back), keeping the day of the month but clamping it to the last day of a shorter month.
 *
 * So `2026-01-31` plus one month is `2026-02-28`, and `2024-02-29` plus twelve months is `2025-02-28`.
 *
 * @throws ParentPartnerError `INVALID_ARGUMENT` when `date` is invalid, `months` is not an integer, or the result falls outside years 0000–9999.
 * @example
 * ```ts
 * addMonthsToDate('2026-01-31', 1);
 * //=> '2026-02-28'
 * ```
 */
export function addMonthsToDate(date: string, months: number): string {
  const parts = requireCalendarDate(date, 'date');
  if (!Number.isSafeInteger(months)) {
    throw new ParentPartnerError('INVALID_ARGUMENT', 'months: expected an integer');
  }
  const monthIndex = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  if (!isSupportedYear(year)) {
    throw new ParentPartnerError(
      'INVALID_ARGUMENT',
      'months: the result is outside years 0000-9999',
    );
  }
  const month = monthIndex - year * 12 + 1;
  return writeCalendarDate(year, month, Math.min(parts.day, countDaysInMonth(year, month)));
}

/**
 * Counts the whole months elapsed from `from` to `to`.
 *
 * A month is complete when `to` reaches the same day of the month as `from`, or, when that day does not
 * exist in the later month, when `to` is that month's last day. Equivalently, for `n >= 0`:
 * `monthsBetweenDates(from, to) >= n` exactly when `addMonthsToDate(from, n) <= to`. So
 * `2025-11-25 → 2026-11-25` is 12 months, `2025-11-25 → 2026-11-24` is 11, and
 * `2025-01-31 → 2025-02-28` is 1. When `to` is before `from` the result is
 * `-monthsBetweenDates(to, from)`.
 *
 * @throws ParentPartnerError `INVALID_ARGUMENT` when either argument is not a valid calendar date.
 * @example
 * ```ts
 * [monthsBetweenDates('2025-11-25', '2026-11-25'), monthsBetweenDates('2025-11-25', '2026-11-24')];
 * //=> [12, 11]
 * ```
 */
export function monthsBetweenDates(from: string, to: string): number {
  const start = requireCalendarDate(from, 'from');
  const end = requireCalendarDate(to, 'to');
  // `0 - n` rather than `-n`: a zero count must be 0, not -0.
  if (to < from) return 0 - countWholeMonths(end, start);
  return countWholeMonths(start, end);
}

function countWholeMonths(start: CalendarDateParts, end: CalendarDateParts): number {
  const months = (end.year - start.year) * 12 + (end.month - start.month);
  const reached = end.day >= start.day || end.day === countDaysInMonth(end.year, end.month);
  return reached ? months : months - 1;
}

/**
 * Counts a person's age in whole years on a date, from their birth date.
 *
 * An age is the whole months from `birthDate` to `on`, divided by 12 and rounded down, so a birthday is
 * reached on its anniversary, and a 29 February birthday on 28 February in common years (the same rule as
 * {@link monthsBetweenDates} and {@link addMonthsToDate}: the age on `on` is at least `n` exactly when
 * `addMonthsToDate(birthDate, 12 * n) <= on`).
 *
 * @throws ParentPartnerError `INVALID_ARGUMENT` when either date is invalid or `on` is before `birthDate`.
 * @example
 * ```ts
 * [computeAgeInYears('2008-03-15', '2026-03-14'), computeAgeInYears('2008-03-15', '2026-03-15')];
 * //=> [17, 18]
 * ```
 */
export function computeAgeInYears(birthDate: string, on: string): number {
  const birth = requireCalendarDate(birthDate, 'birthDate');
  const day = requireCalendarDate(on, 'on');
  if (on < birthDate) {
    throw new ParentPartnerError('INVALID_ARGUMENT', 'on: expected a date on or after birthDate');
  }
  return Math.floor(countWholeMonths(birth, day) / 12);
}
