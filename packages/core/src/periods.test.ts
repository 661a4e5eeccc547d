import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { addDaysToDate, countDaysInMonth, writeCalendarDate } from './calendar-date';
import { ParentPartnerError } from './errors';
import {
  countDaysInPeriod,
  createCustomPeriod,
  createFederalFiscalQuarter,
  createFederalFiscalYear,
  createMonthPeriod,
  createPeriodContainingDate,
  createQuarterPeriod,
  createStateFiscalQuarter,
  createStateFiscalYear,
  type FiscalYearOptions,
  fiscalYearOfDate,
  formatPeriodLabel,
  InvalidPeriodError,
  type InvalidPeriodReason,
  listMonthsInPeriod,
  parsePeriod,
  periodContainsDate,
  periodContainsTimestamp,
  type RecurringPeriodKind,
  type ReportingPeriod,
  ReportingPeriodSchema,
  safeParsePeriod,
  shiftPeriod,
} from './periods';

const RECURRING_KINDS: readonly RecurringPeriodKind[] = [
  'month',
  'quarter',
  'state-fiscal-year',
  'state-fiscal-quarter',
  'federal-fiscal-year',
  'federal-fiscal-quarter',
];

const startMonth = fc.integer({ min: 1, max: 12 });

/** Any valid calendar date in years `minYear` to `maxYear`. */
function calendarDateBetween(minYear: number, maxYear: number): fc.Arbitrary<string> {
  return fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) =>
      writeCalendarDate(year, month, Math.min(day, countDaysInMonth(year, month))),
    );
}

/** Any date whose containing periods (of every kind, any fiscal start month) lie in years 0000-9999. */
const calendarDate = calendarDateBetween(1, 9998);

/** Any period of any kind, with the fiscal-year options it was built with. */
const periodWithOptions: fc.Arbitrary<{ period: ReportingPeriod; options: FiscalYearOptions }> =
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...RECURRING_KINDS), calendarDate, startMonth)
      .map(([kind, date, month]) => {
        const options = { fiscalYearStartMonth: month };
        return { period: createPeriodContainingDate(kind, date, options), options };
      }),
    fc.tuple(calendarDate, calendarDate, startMonth).map(([left, right, month]) => ({
      period: left <= right ? createCustomPeriod(left, right) : createCustomPeriod(right, left),
      options: { fiscalYearStartMonth: month },
    })),
  );

function expectInvalidPeriod(run: () => unknown, reason: InvalidPeriodReason): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidPeriodError);
    expect(ParentPartnerError.isInstance(error)).toBe(true);
    expect((error as InvalidPeriodError).code).toBe('INVALID_PERIOD');
    expect((error as InvalidPeriodError).reason).toBe(reason);
    return;
  }
  throw new Error(`expected an INVALID_PERIOD error (${reason})`);
}

describe('parsePeriod and formatPeriodLabel', () => {
  test('example: parsePeriod', () => {
    expect(parsePeriod('SFY2026-Q2')).toEqual({
      kind: 'state-fiscal-quarter',
      label: 'SFY2026-Q2',
      start: '2025-10-01',
      end: '2025-12-31',
    });
  });

  test('example: safeParsePeriod', () => {
    expect(safeParsePeriod('SFY2026-Q5').success).toBe(false);
  });

  test('example: formatPeriodLabel', () => {
    expect(
      formatPeriodLabel({
        kind: 'federal-fiscal-year',
        label: '',
        start: '2025-10-01',
        end: '2026-09-30',
      }),
    ).toBe('FFY2026');
  });

  test.each([
    ['2026-03', 'month', '2026-03-01', '2026-03-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2025-02', 'month', '2025-02-01', '2025-02-28'],
    ['2026-Q1', 'quarter', '2026-01-01', '2026-03-31'],
    ['2026-Q4', 'quarter', '2026-10-01', '2026-12-31'],
    ['SFY2026', 'state-fiscal-year', '2025-07-01', '2026-06-30'],
    ['SFY2026-Q1', 'state-fiscal-quarter', '2025-07-01', '2025-09-30'],
    ['SFY2026-Q2', 'state-fiscal-quarter', '2025-10-01', '2025-12-31'],
    ['SFY2026-Q3', 'state-fiscal-quarter', '2026-01-01', '2026-03-31'],
    ['SFY2026-Q4', 'state-fiscal-quarter', '2026-04-01', '2026-06-30'],
    ['FFY2026', 'federal-fiscal-year', '2025-10-01', '2026-09-30'],
    ['FFY2026-Q1', 'federal-fiscal-quarter', '2025-10-01', '2025-12-31'],
    ['FFY2026-Q4', 'federal-fiscal-quarter', '2026-07-01', '2026-09-30'],
    ['2026-01-15..2026-02-20', 'custom', '2026-01-15', '2026-02-20'],
    ['2026-02-20..2026-02-20', 'custom', '2026-02-20', '2026-02-20'],
  ])('%s is a %s from %s to %s and formats back', (label, kind, start, end) => {
    const period = parsePeriod(label);
    expect(period).toEqual({ kind, label, start, end });
    expect(formatPeriodLabel(period)).toBe(label);
    expect(ReportingPeriodSchema.safeParse(period).success).toBe(true);
    expect(safeParsePeriod(label)).toEqual({ success: true, data: period });
  });

  test('accepts lower-case letters and returns the canonical label', () => {
    expect(parsePeriod('sfy2026-q2').label).toBe('SFY2026-Q2');
    expect(parsePeriod('ffy2026').label).toBe('FFY2026');
    expect(parsePeriod('2026-q3').label).toBe('2026-Q3');
  });

  test.each([
    ['SFY2026-Q5', 'invalid_quarter'],
    ['SFY2026-Q0', 'invalid_quarter'],
    ['FFY2026-Q12', 'invalid_quarter'],
    ['2026-Q5', 'invalid_quarter'],
    ['2026-13', 'invalid_month'],
    ['2026-00', 'invalid_month'],
    ['2026-02-30..2026-03-01', 'invalid_date'],
    ['2026-03-01..2026-02-30', 'invalid_date'],
    ['2026-03-01..2026-02-28', 'end_before_start'],
    ['SFY0000', 'invalid_year'],
    ['FFY0000-Q1', 'invalid_year'],
    ['2026', 'invalid_label'],
    ['FY2026', 'invalid_label'],
    ['SFY26', 'invalid_label'],
    ['2026-3', 'invalid_label'],
    ['2026-01-15...2026-02-20', 'invalid_label'],
    ['2026-01-15..', 'invalid_label'],
    [' 2026-03', 'invalid_label'],
    ['', 'invalid_label'],
  ] as const)('rejects %s (%s)', (label, reason) => {
    expectInvalidPeriod(() => parsePeriod(label), reason);
    const result = safeParsePeriod(label);
    expect(result.success).toBe(false);
    expect(result.error?.reason).toBe(reason);
  });

  test('rejects a label that is not a string', () => {
    expectInvalidPeriod(() => parsePeriod(202603 as unknown as string), 'invalid_label');
  });

  test('error messages never repeat the label', () => {
    const result = safeParsePeriod('1987-02-30..1987-03-01');
    expect(result.error?.message).not.toContain('1987');
    expect(result.error?.message).toContain('[invalid_date]');
  });

  test('rejects a fiscal-year start month outside 1-12', () => {
    for (const fiscalYearStartMonth of [0, 13, 6.5, Number.NaN]) {
      expectInvalidPeriod(
        () => parsePeriod('SFY2026', { fiscalYearStartMonth }),
        'invalid_fiscal_year_start_month',
      );
    }
  });

  test('the state fiscal year can start in any month', () => {
    expect(parsePeriod('SFY2026', { fiscalYearStartMonth: 10 })).toMatchObject({
      start: '2025-10-01',
      end: '2026-09-30',
    });
    expect(parsePeriod('SFY2026', { fiscalYearStartMonth: 1 })).toMatchObject({
      start: '2026-01-01',
      end: '2026-12-31',
    });
    expect(parsePeriod('SFY2026-Q1', { fiscalYearStartMonth: 1 })).toMatchObject({
      start: '2026-01-01',
      end: '2026-03-31',
    });
    expect(parsePeriod('SFY2026-Q4', { fiscalYearStartMonth: 12 })).toMatchObject({
      start: '2026-09-01',
      end: '2026-11-30',
    });
    expect(parsePeriod('SFY2024-Q3', { fiscalYearStartMonth: 9 })).toMatchObject({
      start: '2024-03-01',
      end: '2024-05-31',
    });
    // The federal fiscal year ignores the state start month.
    expect(parsePeriod('FFY2026', { fiscalYearStartMonth: 1 }).start).toBe('2025-10-01');
  });

  test('formatPeriodLabel uses the start month to place state fiscal periods', () => {
    const quarter = createStateFiscalQuarter(2026, 2, { fiscalYearStartMonth: 10 });
    expect(quarter).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
    expect(formatPeriodLabel(quarter, { fiscalYearStartMonth: 10 })).toBe('SFY2026-Q2');
    expect(formatPeriodLabel(quarter, { fiscalYearStartMonth: 7 })).toBe('SFY2026-Q3');
    expectInvalidPeriod(
      () => formatPeriodLabel(quarter, { fiscalYearStartMonth: 8 }),
      'inconsistent_period',
    );
    expectInvalidPeriod(
      () => formatPeriodLabel(createStateFiscalYear(2026), { fiscalYearStartMonth: 10 }),
      'inconsistent_period',
    );
  });

  test('formatPeriodLabel rejects ranges that are not a whole period of their kind', () => {
    const cases: [ReportingPeriod, InvalidPeriodReason][] = [
      [{ kind: 'month', label: '', start: '2026-03-02', end: '2026-03-31' }, 'inconsistent_period'],
      [{ kind: 'month', label: '', start: '2026-03-01', end: '2026-04-30' }, 'inconsistent_period'],
      [
        { kind: 'quarter', label: '', start: '2026-02-01', end: '2026-04-30' },
        'inconsistent_period',
      ],
      [
        { kind: 'federal-fiscal-quarter', label: '', start: '2025-11-01', end: '2026-01-31' },
        'inconsistent_period',
      ],
      [{ kind: 'custom', label: '', start: '2026-03-02', end: '2026-03-01' }, 'end_before_start'],
      [{ kind: 'custom', label: '', start: '2026-02-29', end: '2026-03-01' }, 'invalid_date'],
    ];
    for (const [period, reason] of cases) {
      expectInvalidPeriod(() => formatPeriodLabel(period), reason);
    }
  });

  test('property: parse(format(p)) equals p for every kind and fiscal start month', () => {
    fc.assert(
      fc.property(periodWithOptions, ({ period, options }) => {
        const label = formatPeriodLabel(period, options);
        expect(label).toBe(period.label);
        expect(parsePeriod(label, options)).toEqual(period);
        expect(ReportingPeriodSchema.safeParse(period).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('create functions', () => {
  test('example: createMonthPeriod', () => {
    expect(createMonthPeriod(2024, 2)).toEqual({
      kind: 'month',
      label: '2024-02',
      start: '2024-02-01',
      end: '2024-02-29',
    });
  });

  test('example: createQuarterPeriod', () => {
    expect(createQuarterPeriod(2026, 1)).toEqual({
      kind: 'quarter',
      label: '2026-Q1',
      start: '2026-01-01',
      end: '2026-03-31',
    });
  });

  test('example: createStateFiscalYear', () => {
    expect(createStateFiscalYear(2026)).toEqual({
      kind: 'state-fiscal-year',
      label: 'SFY2026',
      start: '2025-07-01',
      end: '2026-06-30',
    });
  });

  test('example: createStateFiscalQuarter', () => {
    expect(createStateFiscalQuarter(2026, 2)).toEqual({
      kind: 'state-fiscal-quarter',
      label: 'SFY2026-Q2',
      start: '2025-10-01',
      end: '2025-12-31',
    });
  });

  test('example: createFederalFiscalYear', () => {
    expect(createFederalFiscalYear(2026)).toEqual({
      kind: 'federal-fiscal-year',
      label: 'FFY2026',
      start: '2025-10-01',
      end: '2026-09-30',
    });
  });

  test('example: createFederalFiscalQuarter', () => {
    expect(createFederalFiscalQuarter(2026, 1)).toEqual({
      kind: 'federal-fiscal-quarter',
      label: 'FFY2026-Q1',
      start: '2025-10-01',
      end: '2025-12-31',
    });
  });

  test('example: createCustomPeriod', () => {
    expect(createCustomPeriod('2026-01-15', '2026-02-20')).toEqual({
      kind: 'custom',
      label: '2026-01-15..2026-02-20',
      start: '2026-01-15',
      end: '2026-02-20',
    });
  });

  test('example: createPeriodContainingDate', () => {
    expect(createPeriodContainingDate('state-fiscal-quarter', '2025-11-25')).toEqual({
      kind: 'state-fiscal-quarter',
      label: 'SFY2026-Q2',
      start: '2025-10-01',
      end: '2025-12-31',
    });
  });

  test('reject arguments out of range', () => {
    expectInvalidPeriod(() => createMonthPeriod(2026, 13), 'invalid_month');
    expectInvalidPeriod(() => createMonthPeriod(2026.5, 1), 'invalid_year');
    expectInvalidPeriod(() => createMonthPeriod(10_000, 1), 'invalid_year');
    expectInvalidPeriod(() => createQuarterPeriod(2026, 0), 'invalid_quarter');
    expectInvalidPeriod(() => createStateFiscalQuarter(2026, 2.5), 'invalid_quarter');
    expectInvalidPeriod(() => createFederalFiscalYear(-1), 'invalid_year');
    expectInvalidPeriod(() => createCustomPeriod('2026-03-02', '2026-03-01'), 'end_before_start');
    expectInvalidPeriod(() => createCustomPeriod('2026-3-1', '2026-03-01'), 'invalid_date');
    expectInvalidPeriod(
      () => createPeriodContainingDate('custom' as RecurringPeriodKind, '2026-03-01'),
      'invalid_label',
    );
    // A fiscal year starting in January is the calendar year; SFY0000 then exists.
    expect(createStateFiscalYear(0, { fiscalYearStartMonth: 1 }).start).toBe('0000-01-01');
  });

  test('every created period satisfies the schema', () => {
    fc.assert(
      fc.property(periodWithOptions, ({ period }) => {
        expect(ReportingPeriodSchema.parse(period)).toEqual(period);
      }),
    );
  });
});

describe('fiscal-year boundaries', () => {
  test('example: fiscalYearOfDate', () => {
    expect([fiscalYearOfDate('2026-06-30'), fiscalYearOfDate('2026-07-01')]).toEqual([2026, 2027]);
  });

  test('June 30 / July 1 separate state fiscal years', () => {
    const sfy2026 = parsePeriod('SFY2026');
    expect(periodContainsDate(sfy2026, '2025-06-30')).toBe(false);
    expect(periodContainsDate(sfy2026, '2025-07-01')).toBe(true);
    expect(periodContainsDate(sfy2026, '2026-06-30')).toBe(true);
    expect(periodContainsDate(sfy2026, '2026-07-01')).toBe(false);
    expect(createPeriodContainingDate('state-fiscal-year', '2026-06-30').label).toBe('SFY2026');
    expect(createPeriodContainingDate('state-fiscal-year', '2026-07-01').label).toBe('SFY2027');
    expect(createPeriodContainingDate('state-fiscal-quarter', '2026-06-30').label).toBe(
      'SFY2026-Q4',
    );
    expect(createPeriodContainingDate('state-fiscal-quarter', '2026-07-01').label).toBe(
      'SFY2027-Q1',
    );
  });

  test('September 30 / October 1 separate federal fiscal years', () => {
    const ffy2026 = parsePeriod('FFY2026');
    expect(periodContainsDate(ffy2026, '2025-09-30')).toBe(false);
    expect(periodContainsDate(ffy2026, '2025-10-01')).toBe(true);
    expect(periodContainsDate(ffy2026, '2026-09-30')).toBe(true);
    expect(periodContainsDate(ffy2026, '2026-10-01')).toBe(false);
    expect(fiscalYearOfDate('2026-09-30', { fiscalYearStartMonth: 10 })).toBe(2026);
    expect(fiscalYearOfDate('2026-10-01', { fiscalYearStartMonth: 10 })).toBe(2027);
    expect(createPeriodContainingDate('federal-fiscal-quarter', '2026-09-30').label).toBe(
      'FFY2026-Q4',
    );
    expect(createPeriodContainingDate('federal-fiscal-quarter', '2026-10-01').label).toBe(
      'FFY2027-Q1',
    );
  });

  test('a January start makes the fiscal year the calendar year', () => {
    expect(fiscalYearOfDate('2026-01-01', { fiscalYearStartMonth: 1 })).toBe(2026);
    expect(fiscalYearOfDate('2026-12-31', { fiscalYearStartMonth: 1 })).toBe(2026);
  });

  test('leap days: a fiscal year holding February 29 has 366 days', () => {
    expect(countDaysInPeriod(parsePeriod('SFY2024'))).toBe(366);
    expect(countDaysInPeriod(parsePeriod('SFY2025'))).toBe(365);
    expect(countDaysInPeriod(parsePeriod('FFY2024'))).toBe(366);
    expect(countDaysInPeriod(parsePeriod('FFY2000'))).toBe(366);
    expect(countDaysInPeriod(parsePeriod('FFY2100'))).toBe(365);
    expect(parsePeriod('SFY2024-Q3').end).toBe('2024-03-31');
    expect(periodContainsDate(parsePeriod('SFY2024-Q3'), '2024-02-29')).toBe(true);
    expect(parsePeriod('1900-02').end).toBe('1900-02-28');
    expect(parsePeriod('2000-02').end).toBe('2000-02-29');
  });

  test('property: a date is in the fiscal year that fiscalYearOfDate names', () => {
    fc.assert(
      // Years 2-9997 so that the neighbouring fiscal years exist too.
      fc.property(calendarDateBetween(2, 9997), startMonth, (date, month) => {
        const options = { fiscalYearStartMonth: month };
        const fiscalYear = fiscalYearOfDate(date, options);
        expect(periodContainsDate(createStateFiscalYear(fiscalYear, options), date)).toBe(true);
        expect(periodContainsDate(createStateFiscalYear(fiscalYear + 1, options), date)).toBe(
          false,
        );
        expect(periodContainsDate(createStateFiscalYear(fiscalYear - 1, options), date)).toBe(
          false,
        );
      }),
    );
  });

  test('property: the period of each kind containing a date contains it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RECURRING_KINDS),
        calendarDate,
        startMonth,
        (kind, date, month) => {
          const period = createPeriodContainingDate(kind, date, { fiscalYearStartMonth: month });
          expect(period.kind).toBe(kind);
          expect(periodContainsDate(period, date)).toBe(true);
        },
      ),
    );
  });
});

describe('periodContainsDate and periodContainsTimestamp', () => {
  test('example: periodContainsDate', () => {
    const sfy2026 = parsePeriod('SFY2026');
    expect([
      periodContainsDate(sfy2026, '2026-06-30'),
      periodContainsDate(sfy2026, '2026-07-01'),
    ]).toEqual([true, false]);
  });

  test('example: periodContainsTimestamp', () => {
    expect(periodContainsTimestamp(parsePeriod('SFY2026'), '2026-06-30T23:30:00-05:00')).toBe(true);
  });

  test('judges a timestamp by the calendar date written in it', () => {
    const sfy2026 = parsePeriod('SFY2026');
    // Already July 1 in UTC, still June 30 where it happened.
    expect(periodContainsTimestamp(sfy2026, '2026-06-30T23:30:00-05:00')).toBe(true);
    // Still June 30 in UTC, already July 1 where it happened.
    expect(periodContainsTimestamp(sfy2026, '2026-07-01T00:30:00.000+14:00')).toBe(false);
    expect(periodContainsTimestamp(sfy2026, '2026-06-30T23:59:59Z')).toBe(true);
    expect(periodContainsTimestamp(sfy2026, '2025-07-01T00:00:00Z')).toBe(true);
    expect(periodContainsTimestamp(sfy2026, '2025-06-30T23:59:59.999Z')).toBe(false);
    expect(periodContainsTimestamp(sfy2026, '2026-06-30T23:30-05:00')).toBe(true);
  });

  test('rejects timestamps without an offset or with an impossible date', () => {
    const period = parsePeriod('2026-03');
    for (const timestamp of [
      '2026-03-10T10:00:00',
      '2026-03-10',
      '2026-02-30T10:00:00Z',
      '2026-03-10 10:00:00Z',
      'yesterday',
    ]) {
      try {
        periodContainsTimestamp(period, timestamp);
        throw new Error('expected an error');
      } catch (error) {
        expect((error as ParentPartnerError).code).toBe('INVALID_ARGUMENT');
        expect((error as Error).message).not.toContain(timestamp);
      }
    }
  });

  test('rejects an invalid date or period', () => {
    expect(() => periodContainsDate(parsePeriod('2026-03'), '2026-03-32')).toThrow(/^date:/);
    expectInvalidPeriod(
      () =>
        periodContainsDate(
          { kind: 'custom', label: '', start: '2026-03-05', end: '2026-03-01' },
          '2026-03-03',
        ),
      'end_before_start',
    );
  });
});

describe('listMonthsInPeriod', () => {
  test('example: listMonthsInPeriod', () => {
    expect(listMonthsInPeriod(parsePeriod('2026-Q1')).map((month) => month.label)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });

  test('lists the whole months a custom period overlaps', () => {
    expect(listMonthsInPeriod(parsePeriod('2025-12-15..2026-02-01')).map((m) => m.label)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(listMonthsInPeriod(parsePeriod('2026-02-10..2026-02-11')).map((m) => m.label)).toEqual([
      '2026-02',
    ]);
  });

  test('property: months tile any fiscal year with no gap or overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), startMonth, (fiscalYear, month) => {
        const year = createStateFiscalYear(fiscalYear, { fiscalYearStartMonth: month });
        const months = listMonthsInPeriod(year);
        expect(months).toHaveLength(12);
        expect(months[0]?.start).toBe(year.start);
        expect(months.at(-1)?.end).toBe(year.end);
        for (let index = 1; index < months.length; index += 1) {
          expect(months[index]?.start).toBe(addDaysToDate(months[index - 1]?.end ?? '', 1));
        }
        expect(months.reduce((days, m) => days + countDaysInPeriod(m), 0)).toBe(
          countDaysInPeriod(year),
        );
        const quarters = [1, 2, 3, 4].map((quarter) =>
          createStateFiscalQuarter(fiscalYear, quarter, { fiscalYearStartMonth: month }),
        );
        expect(quarters.map((quarter) => [quarter.start, quarter.end])).toEqual(
          [0, 3, 6, 9].map((first) => [months[first]?.start, months[first + 2]?.end]),
        );
      }),
    );
  });
});

describe('shiftPeriod and countDaysInPeriod', () => {
  test('example: shiftPeriod', () => {
    expect([
      shiftPeriod(parsePeriod('SFY2026-Q1'), -1).label,
      shiftPeriod(parsePeriod('2026-01-15..2026-01-21'), 1).label,
    ]).toEqual(['SFY2025-Q4', '2026-01-22..2026-01-28']);
  });

  test('example: countDaysInPeriod', () => {
    expect(countDaysInPeriod(parsePeriod('SFY2024'))).toBe(366);
  });

  test('moves each kind by its own length', () => {
    expect(shiftPeriod(parsePeriod('2026-12'), 1).label).toBe('2027-01');
    expect(shiftPeriod(parsePeriod('2026-Q1'), -1).label).toBe('2025-Q4');
    expect(shiftPeriod(parsePeriod('SFY2026'), 2).label).toBe('SFY2028');
    expect(shiftPeriod(parsePeriod('FFY2026-Q4'), 1).label).toBe('FFY2027-Q1');
    expect(shiftPeriod(parsePeriod('FFY2026'), 0)).toEqual(parsePeriod('FFY2026'));
    expect(shiftPeriod(parsePeriod('2024-02-28..2024-03-01'), 1).label).toBe(
      '2024-03-02..2024-03-04',
    );
  });

  test('keeps the fiscal-year start month of a state fiscal period', () => {
    const options = { fiscalYearStartMonth: 10 };
    const next = shiftPeriod(parsePeriod('SFY2026-Q4', options), 1);
    expect(next).toEqual(parsePeriod('SFY2027-Q1', options));
    expect(shiftPeriod(parsePeriod('SFY2026', options), -1)).toEqual(
      parsePeriod('SFY2025', options),
    );
  });

  test('property: consecutive periods are adjacent and shifting back undoes shifting forward', () => {
    fc.assert(
      fc.property(periodWithOptions, fc.integer({ min: -3, max: 3 }), ({ period }, count) => {
        let shifted: ReportingPeriod;
        try {
          shifted = shiftPeriod(period, count);
        } catch (error) {
          // Only a result beyond years 0000-9999 may fail.
          expect((error as InvalidPeriodError).reason).toBe('invalid_year');
          return;
        }
        expect(shifted.kind).toBe(period.kind);
        expect(shiftPeriod(shifted, -count)).toEqual(period);
        if (count === 1) expect(shifted.start).toBe(addDaysToDate(period.end, 1));
      }),
    );
  });

  test('rejects a period whose label disagrees with its dates', () => {
    expectInvalidPeriod(
      () =>
        shiftPeriod({ kind: 'month', label: '2026-04', start: '2026-03-01', end: '2026-03-31' }, 1),
      'inconsistent_period',
    );
    expect(() => shiftPeriod(parsePeriod('2026-03'), 0.5)).toThrow(/^count:/);
    expectInvalidPeriod(() => shiftPeriod(parsePeriod('9999-12'), 1), 'invalid_year');
    expectInvalidPeriod(
      () => shiftPeriod(parsePeriod('9999-12-01..9999-12-31'), 1),
      'invalid_year',
    );
  });
});

describe('ReportingPeriodSchema', () => {
  test('rejects an end before the start, at path end', () => {
    const result = ReportingPeriodSchema.safeParse({
      kind: 'custom',
      label: '2026-03-02..2026-03-01',
      start: '2026-03-02',
      end: '2026-03-01',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['end']);
  });

  test('rejects a label that does not match the dates, at path label', () => {
    for (const period of [
      { kind: 'month', label: '2026-04', start: '2026-03-01', end: '2026-03-31' },
      { kind: 'month', label: '2026-03', start: '2026-03-01', end: '2026-03-30' },
      { kind: 'state-fiscal-year', label: 'SFY2025', start: '2025-07-01', end: '2026-06-30' },
      { kind: 'state-fiscal-quarter', label: 'SFY2026', start: '2025-10-01', end: '2025-12-31' },
      { kind: 'quarter', label: '2026-q1', start: '2026-01-01', end: '2026-03-31' },
      { kind: 'custom', label: 'spring', start: '2026-03-01', end: '2026-05-31' },
    ]) {
      const result = ReportingPeriodSchema.safeParse(period);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['label']);
    }
  });

  test('reads the start month of a state fiscal period from the period', () => {
    expect(
      ReportingPeriodSchema.safeParse(parsePeriod('SFY2026-Q2', { fiscalYearStartMonth: 10 }))
        .success,
    ).toBe(true);
    expect(
      ReportingPeriodSchema.safeParse({
        kind: 'state-fiscal-quarter',
        label: 'SFY2026-Q2',
        start: '2026-01-01',
        end: '2026-03-31',
      }).success,
    ).toBe(true);
  });

  test('rejects impossible dates', () => {
    const result = ReportingPeriodSchema.safeParse({
      kind: 'month',
      label: '2026-02',
      start: '2026-02-01',
      end: '2026-02-30',
    });
    expect(result.success).toBe(false);
  });
});

describe('time-zone independence', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  function summarize(): unknown {
    return {
      sfy: parsePeriod('SFY2026'),
      ffyQuarter: parsePeriod('FFY2026-Q1'),
      february: parsePeriod('2024-02'),
      dstWeek: countDaysInPeriod(parsePeriod('2026-03-07..2026-03-09')),
      lateEvening: periodContainsTimestamp(parsePeriod('SFY2026'), '2026-06-30T23:30:00-05:00'),
      earlyMorning: periodContainsTimestamp(parsePeriod('SFY2026'), '2026-07-01T00:30:00+14:00'),
      months: listMonthsInPeriod(parsePeriod('FFY2026')).map((month) => month.end),
      fiscalYear: fiscalYearOfDate('2026-07-01'),
    };
  }

  test('gives the same results whatever the process time zone', () => {
    const results = new Map<string, unknown>();
    const offsets = new Set<number>();
    for (const zone of ['UTC', 'America/Chicago', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      vi.stubEnv('TZ', zone);
      offsets.add(new Date(2026, 0, 1).getTimezoneOffset());
      results.set(zone, summarize());
    }
    // The stubbing really changed the zone (Node re-reads TZ when it is assigned).
    expect(offsets.size).toBe(4);
    const [first, ...rest] = [...results.values()];
    for (const result of rest) expect(result).toEqual(first);
    expect(first).toMatchObject({ lateEvening: true, earlyMorning: false, fiscalYear: 2027 });
  });
});
