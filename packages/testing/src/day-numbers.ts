import type { CalendarDate, Timestamp } from '@parent-partner/core';
import { fromDayNumber, ParentPartnerError, toDayNumber } from '@parent-partner/core';

// Dates are handled as whole day numbers (days since 1970-01-01) and printed
// through a cache: the generator writes millions of dates, and integer
// arithmetic never depends on the time zone of the machine.

// Core counts days from 0000-03-01; the generator counts from 1970-01-01 (weekdays
// and offsets below rely on it), so the two differ by a constant.
const unixEpochDayNumber = toDayNumber(1970, 1, 1);

/** Days since 1970-01-01 of a calendar date. */
export function dayFromParts(year: number, month: number, day: number): number {
  return toDayNumber(year, month, day) - unixEpochDayNumber;
}

/** Year, month and day of a day number. */
export function partsFromDay(dayNumber: number): [year: number, month: number, day: number] {
  const { year, month, day } = fromDayNumber(dayNumber + unixEpochDayNumber);
  return [year, month, day];
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a `YYYY-MM-DD` string as a day number, or throws an `INVALID_ARGUMENT` error naming `path`. */
export function readDay(value: string, path: string): number {
  const match = DATE_PATTERN.exec(value);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const dayNumber = dayFromParts(year, month, day);
    const [checkYear, checkMonth, checkDay] = partsFromDay(dayNumber);
    if (checkYear === year && checkMonth === month && checkDay === day) return dayNumber;
  }
  throw new ParentPartnerError(
    'INVALID_ARGUMENT',
    `${path}: expected a valid calendar date written YYYY-MM-DD`,
  );
}

const dateTexts = new Map<number, string>();

/** The `YYYY-MM-DD` text of a day number (cached: the generator prints the same days many times). */
export function formatDay(dayNumber: number): CalendarDate {
  let text = dateTexts.get(dayNumber);
  if (text === undefined) {
    const [year, month, day] = partsFromDay(dayNumber);
    text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    dateTexts.set(dayNumber, text);
  }
  return text;
}

/** Day of the week of a day number: 0 = Monday … 6 = Sunday. */
export function weekdayOfDay(dayNumber: number): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Adds whole months to a day number, clamping to the end of shorter months. */
export function addMonthsToDay(dayNumber: number, months: number): number {
  const [year, month, day] = partsFromDay(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = partsFromDay(
    dayFromParts(targetYear, targetMonth + 1 > 12 ? 1 : targetMonth + 1, 1) - 1,
  )[2];
  return dayFromParts(targetYear, targetMonth, Math.min(day, lastDay));
}

/** The `n`-th given weekday (0 = Monday) of a month, `n` from 1. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): number {
  const first = dayFromParts(year, month, 1);
  const offset = (weekday - weekdayOfDay(first) + 7) % 7;
  return first + offset + (n - 1) * 7;
}

const centralOffsets = new Map<number, [start: number, end: number]>();

// United States daylight saving time: second Sunday of March to first Sunday of November.
function isCentralDaylightTime(dayNumber: number): boolean {
  const year = partsFromDay(dayNumber)[0];
  let range = centralOffsets.get(year);
  if (range === undefined) {
    range = [nthWeekdayOfMonth(year, 3, 6, 2), nthWeekdayOfMonth(year, 11, 6, 1)];
    centralOffsets.set(year, range);
  }
  return dayNumber >= range[0] && dayNumber < range[1];
}

/** An ISO timestamp at a local clock time in the US Central time zone (Wisconsin, Iowa), with the right offset. */
export function formatCentralTimestamp(dayNumber: number, minuteOfDay: number): Timestamp {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  const offset = isCentralDaylightTime(dayNumber) ? '-05:00' : '-06:00';
  return `${formatDay(dayNumber)}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00${offset}`;
}
