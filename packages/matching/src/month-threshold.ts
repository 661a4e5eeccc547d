import { addMonthsToDate, countDaysInMonth } from '@parent-partner/core';

/**
 * The latest date `from` such that `monthsBetweenDates(from, asOf) >= months` (core's whole-month count).
 *
 * Eligibility rules compare a record's date with this threshold as strings instead of counting months for every partner:
 * `monthsBetweenDates(from, asOf) >= months` exactly when `from <= findMonthThreshold(asOf, months)`, for every
 * `from` when `months >= 1`, and for `from <= asOf` when `months` is 0 (a date after `asOf` never qualifies here,
 * while core counts less than a month backwards as 0).
 * When `asOf` is the last day of its month every day of the earlier month qualifies, so the threshold is that month's last day;
 * otherwise it is `addMonthsToDate(asOf, -months)`.
 */
export function findMonthThreshold(asOf: string, months: number): string {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  const day = Number(asOf.slice(8, 10));
  const back = addMonthsToDate(asOf, -months);
  if (day !== countDaysInMonth(year, month)) return back;
  const lastDay = countDaysInMonth(Number(back.slice(0, 4)), Number(back.slice(5, 7)));
  return `${back.slice(0, 8)}${String(lastDay).padStart(2, '0')}`;
}

/** A {@link findMonthThreshold} that remembers its last answer (one per rule: the date and policy rarely change between pairs). */
export function createMonthThreshold(): (asOf: string, months: number) => string {
  let lastAsOf = '';
  let lastMonths = -1;
  let lastThreshold = '';
  return (asOf, months) => {
    if (asOf !== lastAsOf || months !== lastMonths) {
      lastThreshold = findMonthThreshold(asOf, months);
      lastAsOf = asOf;
      lastMonths = months;
    }
    return lastThreshold;
  };
}
