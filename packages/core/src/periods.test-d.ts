import { describe, expectTypeOf, test } from 'vitest';
import type { SafeResult } from './errors';
import {
  createPeriodContainingDate,
  type FiscalYearOptions,
  type InvalidPeriodError,
  monthsBetweenDates,
  parsePeriod,
  type RecurringPeriodKind,
  type ReportingPeriod,
  type ReportingPeriodKind,
  safeParsePeriod,
  shiftPeriod,
} from './index';

describe('reporting period types', () => {
  test('a period is a kind, a label and two calendar-date strings', () => {
    expectTypeOf<ReportingPeriod>().toEqualTypeOf<{
      kind: ReportingPeriodKind;
      label: string;
      start: string;
      end: string;
    }>();
    expectTypeOf<ReportingPeriodKind>().toEqualTypeOf<
      | 'month'
      | 'quarter'
      | 'state-fiscal-year'
      | 'state-fiscal-quarter'
      | 'federal-fiscal-year'
      | 'federal-fiscal-quarter'
      | 'custom'
    >();
    expectTypeOf<RecurringPeriodKind>().toEqualTypeOf<Exclude<ReportingPeriodKind, 'custom'>>();
  });

  test('parsers return a period or the period error', () => {
    expectTypeOf(parsePeriod).returns.toEqualTypeOf<ReportingPeriod>();
    expectTypeOf(safeParsePeriod).returns.toEqualTypeOf<
      SafeResult<ReportingPeriod, InvalidPeriodError>
    >();
    const result = safeParsePeriod('SFY2026');
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<ReportingPeriod>();
    else expectTypeOf(result.error.reason).toBeString();
  });

  test('options are optional and typed', () => {
    expectTypeOf(parsePeriod).parameter(1).toEqualTypeOf<FiscalYearOptions | undefined>();
    // @ts-expect-error the start month is a number, not a month name
    parsePeriod('SFY2026', { fiscalYearStartMonth: 'July' });
    // @ts-expect-error with exactOptionalPropertyTypes, omit the option instead of passing undefined
    parsePeriod('SFY2026', { fiscalYearStartMonth: undefined });
  });

  test('only recurring kinds have a period containing a date', () => {
    expectTypeOf(createPeriodContainingDate).parameter(0).toEqualTypeOf<RecurringPeriodKind>();
    // @ts-expect-error a custom period cannot be derived from one date
    createPeriodContainingDate('custom', '2026-03-01');
    expectTypeOf(shiftPeriod).returns.toEqualTypeOf<ReportingPeriod>();
    expectTypeOf(monthsBetweenDates).returns.toBeNumber();
  });
});
