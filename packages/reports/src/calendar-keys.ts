// Integer keys for `YYYY-MM-DD` strings, read digit by digit so the hot loops
// allocate nothing and never touch `Date` (no time zone can change a result).

/** Month index (year * 12 + month - 1) of a date or timestamp string that starts with `YYYY-MM`. */
export function monthIndexOf(date: string): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  return year * 12 + month - 1;
}

/** Day number of a date or timestamp string that starts with `YYYY-MM-DD` (consecutive days differ by one). */
export function dayNumberOf(date: string): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return dayNumberOfParts(year, month, day);
}

/** Day number of a year, month (1–12) and day. */
function dayNumberOfParts(year: number, month: number, day: number): number {
  // H. Hinnant's days_from_civil with the year starting in March.
  const shiftedYear = month <= 2 ? year - 1 : year;
  const shiftedMonth = month <= 2 ? month + 9 : month - 3;
  return (
    shiftedYear * 365 +
    Math.floor(shiftedYear / 4) -
    Math.floor(shiftedYear / 100) +
    Math.floor(shiftedYear / 400) +
    Math.floor((153 * shiftedMonth + 2) / 5) +
    day -
    1
  );
}

/** Writes a month index as `YYYY-MM`. */
export function formatMonthIndex(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Day number of the last day within 12 months after a date: one year later, less a day (29 February maps to 28 February). */
export function lastDayWithin12MonthsOf(date: string): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48) +
    1;
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  let day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2 && day === 29 && !leap) day = 28;
  return dayNumberOfParts(year, month, day) - 1;
}
