import {
  createCustomPeriod,
  listMonthsInPeriod,
  parsePeriod,
  type ReportingPeriod,
} from '@parent-partner/core';
import { ReportError } from './errors';
import type { ProgramRecords } from './program-records';

/** Reads a period given as a label (with the program's fiscal year) or as a period object. */
export function resolvePeriod(
  records: ProgramRecords,
  period: ReportingPeriod | string,
): ReportingPeriod {
  if (typeof period === 'string') {
    return parsePeriod(period, { fiscalYearStartMonth: records.program.fiscalYearStartMonth });
  }
  if (
    period === null ||
    typeof period !== 'object' ||
    typeof period.start !== 'string' ||
    typeof period.end !== 'string'
  ) {
    throw new ReportError(
      'REPORT_INVALID_OPTIONS',
      'period: expected a period label or a reporting period',
    );
  }
  return period;
}

/** Splits a range into its months, clipping the first and last to the range. */
export function splitIntoMonths(range: ReportingPeriod): ReportingPeriod[] {
  return listMonthsInPeriod(range).map((month) => {
    if (month.start >= range.start && month.end <= range.end) return month;
    // Dates are strings: the later of two starts and the earlier of two ends, by string order.
    const start = [month.start, range.start].sort()[1] ?? month.start;
    const end = [month.end, range.end].sort()[0] ?? month.end;
    return createCustomPeriod(start, end);
  });
}
