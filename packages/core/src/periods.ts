import * as z from 'zod';
import {
  type CalendarDateParts,
  CalendarDateSchema,
  countDaysInMonth,
  fromDayNumber,
  isSupportedYear,
  readCalendarDate,
  requireCalendarDate,
  toDayNumber,
  writeCalendarDate,
} from './calendar-date';
import { ParentPartnerError, type SafeResult } from './errors';
import { isTimestamp } from './primitives';

// A reporting period is an inclusive range of calendar dates. Month arithmetic
// uses a month index (year * 12 + month - 1) so that every period of whole
// months is built from integers alone, independent of any time zone.

/** Month in which the United States federal fiscal year begins (October). */
export const FEDERAL_FISCAL_YEAR_START_MONTH = 10;

/** Month in which a state fiscal year begins unless told otherwise (July, as in Wisconsin and Iowa). */
export const DEFAULT_FISCAL_YEAR_START_MONTH = 7;

/** Kind of reporting period: a calendar month or quarter, a state or federal fiscal year or quarter, or a custom range. */
export type ReportingPeriodKind =
  | 'month'
  | 'quarter'
  | 'state-fiscal-year'
  | 'state-fiscal-quarter'
  | 'federal-fiscal-year'
  | 'federal-fiscal-quarter'
  | 'custom';

const reportingPeriodKinds = [
  'month',
  'quarter',
  'state-fiscal-year',
  'state-fiscal-quarter',
  'federal-fiscal-year',
  'federal-fiscal-quarter',
  'custom',
] as const satisfies readonly ReportingPeriodKind[];

/** Schema of the kinds of reporting period. */
export const ReportingPeriodKindSchema: z.ZodType<ReportingPeriodKind, ReportingPeriodKind> =
  z.enum(reportingPeriodKinds);

/** Every kind of reporting period except `custom`: the kinds that repeat and so contain any given date exactly once. */
export type RecurringPeriodKind = Exclude<ReportingPeriodKind, 'custom'>;

/** Options for the fiscal year used by state fiscal periods. */
export interface FiscalYearOptions {
  /**
   * Month (1–12) in which the state fiscal year begins; 7 (July) when omitted.
   *
   * A fiscal year is named by the calendar year in which it ends: with July, `SFY2026` runs from 2025-07-01 to 2026-06-30.
   */
  fiscalYearStartMonth?: number;
}

/** Why a period, a period label or a fiscal-year option was rejected. */
export type InvalidPeriodReason =
  | 'invalid_label'
  | 'invalid_year'
  | 'invalid_month'
  | 'invalid_quarter'
  | 'invalid_date'
  | 'end_before_start'
  | 'invalid_fiscal_year_start_month'
  | 'inconsistent_period';

/** Thrown (or returned by {@link safeParsePeriod}) when a reporting period or its label is invalid; code `INVALID_PERIOD`. */
export class InvalidPeriodError extends ParentPartnerError {
  override readonly name: string = 'InvalidPeriodError';
  /** Stable machine-readable reason. */
  readonly reason: InvalidPeriodReason;

  /** Creates an `INVALID_PERIOD` error with a reason and a message that holds no input values. */
  constructor(reason: InvalidPeriodReason, message: string) {
    super('INVALID_PERIOD', `Invalid period: ${message} [${reason}]`);
    this.reason = reason;
  }
}

/**
 * Schema of a reporting period: an inclusive range of calendar dates with a kind and a canonical label.
 *
 * Refinements: `end` is not before `start`, and `label`, `kind`, `start` and `end` agree (for example a
 * `month` labelled `2026-03` runs from 2026-03-01 to 2026-03-31). For state fiscal periods the
 * fiscal-year start month is read from the period itself.
 */
export const ReportingPeriodSchema = z
  .object({
    /** Kind of period. */
    kind: ReportingPeriodKindSchema,
    /** Canonical label, for example `2026-03`, `2026-Q1`, `SFY2026`, `SFY2026-Q2`, `FFY2026`, `2026-01-15..2026-02-20`. */
    label: z.string(),
    /** First day of the period (inclusive), `YYYY-MM-DD`. */
    start: CalendarDateSchema,
    /** Last day of the period (inclusive), `YYYY-MM-DD`. */
    end: CalendarDateSchema,
  })
  .superRefine((period, context) => {
    if (period.end < period.start) {
      context.addIssue({ code: 'custom', path: ['end'], message: 'Must not be before start' });
      return;
    }
    if (checkPeriod(period) !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['label'],
        message: 'Label, kind, start and end do not describe the same period',
      });
    }
  });

/** A reporting period: an inclusive range of calendar dates (`YYYY-MM-DD`) with a kind and a canonical label. */
export type ReportingPeriod = z.infer<typeof ReportingPeriodSchema>;

// ---------------------------------------------------------------------------
// Construction

function resolveFiscalYearStartMonth(options: FiscalYearOptions | undefined): number {
  const month = options?.fiscalYearStartMonth ?? DEFAULT_FISCAL_YEAR_START_MONTH;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new InvalidPeriodError(
      'invalid_fiscal_year_start_month',
      'fiscalYearStartMonth must be an integer from 1 to 12',
    );
  }
  return month;
}

function requireYear(year: number, path: string): void {
  if (!isSupportedYear(year)) {
    throw new InvalidPeriodError('invalid_year', `${path} must be an integer from 0 to 9999`);
  }
}

function requireQuarter(quarter: number): void {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new InvalidPeriodError('invalid_quarter', 'quarter must be 1, 2, 3 or 4');
  }
}

function padYear(year: number): string {
  return String(year).padStart(4, '0');
}

/** Builds a period of `length` whole months starting at month index `startIndex`. */
function buildMonthsPeriod(
  kind: RecurringPeriodKind,
  label: string,
  startIndex: number,
  length: number,
): ReportingPeriod {
  const endIndex = startIndex + length - 1;
  const startYear = Math.floor(startIndex / 12);
  const endYear = Math.floor(endIndex / 12);
  if (!isSupportedYear(startYear) || !isSupportedYear(endYear)) {
    throw new InvalidPeriodError('invalid_year', 'the period falls outside years 0000-9999');
  }
  const startMonth = startIndex - startYear * 12 + 1;
  const endMonth = endIndex - endYear * 12 + 1;
  return {
    kind,
    label,
    start: writeCalendarDate(startYear, startMonth, 1),
    end: writeCalendarDate(endYear, endMonth, countDaysInMonth(endYear, endMonth)),
  };
}

/** Month index of the first month of the fiscal year that ends in calendar year `fiscalYear`. */
function fiscalYearStartIndex(fiscalYear: number, startMonth: number): number {
  return startMonth === 1 ? fiscalYear * 12 : (fiscalYear - 1) * 12 + (startMonth - 1);
}

/**
 * Creates the period of one calendar month.
 *
 * @param month - Month of the year, 1 (January) to 12 (December).
 * @throws InvalidPeriodError when the year or month is out of range.
 * @example
 * ```ts
 * createMonthPeriod(2024, 2);
 * //=> { kind: 'month', label: '2024-02', start: '2024-02-01', end: '2024-02-29' }
 * ```
 */
export function createMonthPeriod(year: number, month: number): ReportingPeriod {
  requireYear(year, 'year');
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new InvalidPeriodError('invalid_month', 'month must be an integer from 1 to 12');
  }
  const label = `${padYear(year)}-${String(month).padStart(2, '0')}`;
  return buildMonthsPeriod('month', label, year * 12 + month - 1, 1);
}

/**
 * Creates the period of one calendar quarter (Q1 is January to March).
 *
 * @param quarter - 1, 2, 3 or 4.
 * @throws InvalidPeriodError when the year or quarter is out of range.
 * @example
 * ```ts
 * createQuarterPeriod(2026, 1);
 * //=> { kind: 'quarter', label: '2026-Q1', start: '2026-01-01', end: '2026-03-31' }
 * ```
 */
export function createQuarterPeriod(year: number, quarter: number): ReportingPeriod {
  requireYear(year, 'year');
  requireQuarter(quarter);
  return buildMonthsPeriod(
    'quarter',
    `${padYear(year)}-Q${quarter}`,
    year * 12 + 3 * (quarter - 1),
    3,
  );
}

/**
 * Creates a state fiscal year, named by the calendar year in which it ends.
 *
 * @param fiscalYear - The calendar year in which the fiscal year ends.
 * @throws InvalidPeriodError when the fiscal year or the start month is out of range.
 * @example
 * ```ts
 * createStateFiscalYear(2026);
 * //=> { kind: 'state-fiscal-year', label: 'SFY2026', start: '2025-07-01', end: '2026-06-30' }
 * ```
 */
export function createStateFiscalYear(
  fiscalYear: number,
  options?: FiscalYearOptions,
): ReportingPeriod {
  const startMonth = resolveFiscalYearStartMonth(options);
  requireYear(fiscalYear, 'fiscalYear');
  return buildMonthsPeriod(
    'state-fiscal-year',
    `SFY${padYear(fiscalYear)}`,
    fiscalYearStartIndex(fiscalYear, startMonth),
    12,
  );
}

/**
 * Creates one quarter of a state fiscal year (Q1 begins in the fiscal year's start month).
 *
 * @param fiscalYear - The calendar year in which the fiscal year ends.
 * @param quarter - 1, 2, 3 or 4.
 * @throws InvalidPeriodError when an argument or the start month is out of range.
 * @example
 * ```ts
 * createStateFiscalQuarter(2026, 2);
 * //=> { kind: 'state-fiscal-quarter', label: 'SFY2026-Q2', start: '2025-10-01', end: '2025-12-31' }
 * ```
 */
export function createStateFiscalQuarter(
  fiscalYear: number,
  quarter: number,
  options?: FiscalYearOptions,
): ReportingPeriod {
  const startMonth = resolveFiscalYearStartMonth(options);
  requireYear(fiscalYear, 'fiscalYear');
  requireQuarter(quarter);
  return buildMonthsPeriod(
    'state-fiscal-quarter',
    `SFY${padYear(fiscalYear)}-Q${quarter}`,
    fiscalYearStartIndex(fiscalYear, startMonth) + 3 * (quarter - 1),
    3,
  );
}

/**
 * Creates a federal fiscal year (October to September), named by the calendar year in which it ends.
 *
 * @param fiscalYear - The calendar year in which the fiscal year ends.
 * @throws InvalidPeriodError when the fiscal year is out of range.
 * @example
 * ```ts
 * createFederalFiscalYear(2026);
 * //=> { kind: 'federal-fiscal-year', label: 'FFY2026', start: '2025-10-01', end: '2026-09-30' }
 * ```
 */
export function createFederalFiscalYear(fiscalYear: number): ReportingPeriod {
  requireYear(fiscalYear, 'fiscalYear');
  return buildMonthsPeriod(
    'federal-fiscal-year',
    `FFY${padYear(fiscalYear)}`,
    fiscalYearStartIndex(fiscalYear, FEDERAL_FISCAL_YEAR_START_MONTH),
    12,
  );
}

/**
 * Creates one quarter of a federal fiscal year (Q1 is October to December).
 *
 * @param fiscalYear - The calendar year in which the fiscal year ends.
 * @param quarter - 1, 2, 3 or 4.
 * @throws InvalidPeriodError when an argument is out of range.
 * @example
 * ```ts
 * createFederalFiscalQuarter(2026, 1);
 * //=> { kind: 'federal-fiscal-quarter', label: 'FFY2026-Q1', start: '2025-10-01', end: '2025-12-31' }
 * ```
 */
export function createFederalFiscalQuarter(fiscalYear: number, quarter: number): ReportingPeriod {
  requireYear(fiscalYear, 'fiscalYear');
  requireQuarter(quarter);
  return buildMonthsPeriod(
    'federal-fiscal-quarter',
    `FFY${padYear(fiscalYear)}-Q${quarter}`,
    fiscalYearStartIndex(fiscalYear, FEDERAL_FISCAL_YEAR_START_MONTH) + 3 * (quarter - 1),
    3,
  );
}

/**
 * Creates a custom period from `start` to `end`, both inclusive.
 *
 * @throws InvalidPeriodError when a date is not a valid calendar date or `end` is before `start`.
 * @example
 * ```ts
 * createCustomPeriod('2026-01-15', '2026-02-20');
 * //=> { kind: 'custom', label: '2026-01-15..2026-02-20', start: '2026-01-15', end: '2026-02-20' }
 * ```
 */
export function createCustomPeriod(start: string, end: string): ReportingPeriod {
  if (readCalendarDate(start) === undefined) {
    throw new InvalidPeriodError('invalid_date', 'start must be a valid calendar date YYYY-MM-DD');
  }
  if (readCalendarDate(end) === undefined) {
    throw new InvalidPeriodError('invalid_date', 'end must be a valid calendar date YYYY-MM-DD');
  }
  if (end < start) {
    throw new InvalidPeriodError('end_before_start', 'end must not be before start');
  }
  return { kind: 'custom', label: `${start}..${end}`, start, end };
}

/**
 * Gives the fiscal year (named by the calendar year in which it ends) that contains a date.
 *
 * For the federal fiscal year pass `{ fiscalYearStartMonth: 10 }`.
 *
 * @throws ParentPartnerError `INVALID_ARGUMENT` when `date` is invalid; InvalidPeriodError when the start month is out of range.
 * @example
 * ```ts
 * [fiscalYearOfDate('2026-06-30'), fiscalYearOfDate('2026-07-01')];
 * //=> [2026, 2027]
 * ```
 */
export function fiscalYearOfDate(date: string, options?: FiscalYearOptions): number {
  const startMonth = resolveFiscalYearStartMonth(options);
  const parts = requireCalendarDate(date, 'date');
  return fiscalYearOfParts(parts, startMonth);
}

function fiscalYearOfParts(parts: CalendarDateParts, startMonth: number): number {
  return startMonth !== 1 && parts.month >= startMonth ? parts.year + 1 : parts.year;
}

/**
 * Creates the period of a given kind that contains a date, for example the state fiscal quarter of a contact.
 *
 * @throws ParentPartnerError `INVALID_ARGUMENT` when `date` is invalid; InvalidPeriodError when the start month is out of range or the period would end after 9999.
 * @example
 * ```ts
 * createPeriodContainingDate('state-fiscal-quarter', '2025-11-25');
 * //=> { kind: 'state-fiscal-quarter', label: 'SFY2026-Q2', start: '2025-10-01', end: '2025-12-31' }
 * ```
 */
export function createPeriodContainingDate(
  kind: RecurringPeriodKind,
  date: string,
  options?: FiscalYearOptions,
): ReportingPeriod {
  const startMonth = resolveFiscalYearStartMonth(options);
  const parts = requireCalendarDate(date, 'date');
  switch (kind) {
    case 'month':
      return createMonthPeriod(parts.year, parts.month);
    case 'quarter':
      return createQuarterPeriod(parts.year, Math.ceil(parts.month / 3));
    case 'state-fiscal-year':
      return createStateFiscalYear(fiscalYearOfParts(parts, startMonth), {
        fiscalYearStartMonth: startMonth,
      });
    case 'state-fiscal-quarter': {
      const fiscalYear = fiscalYearOfParts(parts, startMonth);
      const quarter = fiscalQuarterOfParts(parts, fiscalYear, startMonth);
      return createStateFiscalQuarter(fiscalYear, quarter, { fiscalYearStartMonth: startMonth });
    }
    case 'federal-fiscal-year':
      return createFederalFiscalYear(fiscalYearOfParts(parts, FEDERAL_FISCAL_YEAR_START_MONTH));
    case 'federal-fiscal-quarter': {
      const fiscalYear = fiscalYearOfParts(parts, FEDERAL_FISCAL_YEAR_START_MONTH);
      const quarter = fiscalQuarterOfParts(parts, fiscalYear, FEDERAL_FISCAL_YEAR_START_MONTH);
      return createFederalFiscalQuarter(fiscalYear, quarter);
    }
    default:
      throw new InvalidPeriodError('invalid_label', 'kind must be a recurring period kind');
  }
}

function fiscalQuarterOfParts(
  parts: CalendarDateParts,
  fiscalYear: number,
  startMonth: number,
): number {
  const monthIndex = parts.year * 12 + parts.month - 1;
  return Math.floor((monthIndex - fiscalYearStartIndex(fiscalYear, startMonth)) / 3) + 1;
}

// ---------------------------------------------------------------------------
// Labels

const MONTH_LABEL = /^(\d{4})-(\d{2})$/;
const QUARTER_LABEL = /^(\d{4})-Q(\d+)$/i;
const FISCAL_YEAR_LABEL = /^(SFY|FFY)(\d{4})$/i;
const FISCAL_QUARTER_LABEL = /^(SFY|FFY)(\d{4})-Q(\d+)$/i;
const CUSTOM_LABEL = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/**
 * Parses a period label into a reporting period.
 *
 * Accepted labels: `2026-03` (month), `2026-Q1` (calendar quarter), `SFY2026` and `SFY2026-Q2` (state fiscal
 * year and quarter, using `fiscalYearStartMonth`), `FFY2026` and `FFY2026-Q1` (federal fiscal year and
 * quarter), `2026-01-15..2026-02-20` (custom, both ends inclusive). The letters `SFY`, `FFY` and `Q` may be
 * in either case; the returned label is always canonical (upper case).
 *
 * @throws InvalidPeriodError (code `INVALID_PERIOD`) naming the problem, without repeating the label.
 * @example
 * ```ts
 * parsePeriod('SFY2026-Q2');
 * //=> { kind: 'state-fiscal-quarter', label: 'SFY2026-Q2', start: '2025-10-01', end: '2025-12-31' }
 * ```
 */
export function parsePeriod(label: string, options?: FiscalYearOptions): ReportingPeriod {
  const startMonth = resolveFiscalYearStartMonth(options);
  if (typeof label !== 'string') {
    throw new InvalidPeriodError('invalid_label', 'label must be a string');
  }
  let match = MONTH_LABEL.exec(label);
  if (match !== null) return createMonthPeriod(Number(match[1]), Number(match[2]));
  match = QUARTER_LABEL.exec(label);
  if (match !== null) return createQuarterPeriod(Number(match[1]), Number(match[2]));
  match = FISCAL_YEAR_LABEL.exec(label);
  if (match !== null) {
    const fiscalYear = Number(match[2]);
    return match[1]?.toUpperCase() === 'SFY'
      ? createStateFiscalYear(fiscalYear, { fiscalYearStartMonth: startMonth })
      : createFederalFiscalYear(fiscalYear);
  }
  match = FISCAL_QUARTER_LABEL.exec(label);
  if (match !== null) {
    const fiscalYear = Number(match[2]);
    const quarter = Number(match[3]);
    return match[1]?.toUpperCase() === 'SFY'
      ? createStateFiscalQuarter(fiscalYear, quarter, { fiscalYearStartMonth: startMonth })
      : createFederalFiscalQuarter(fiscalYear, quarter);
  }
  match = CUSTOM_LABEL.exec(label);
  if (match !== null) return createCustomPeriod(match[1] ?? '', match[2] ?? '');
  throw new InvalidPeriodError(
    'invalid_label',
    'label must look like 2026-03, 2026-Q1, SFY2026, SFY2026-Q2, FFY2026, FFY2026-Q1 or 2026-01-15..2026-02-20',
  );
}

/**
 * Parses a period label like {@link parsePeriod}, returning the error instead of throwing it.
 *
 * @example
 * ```ts
 * safeParsePeriod('SFY2026-Q5').success;
 * //=> false
 * ```
 */
export function safeParsePeriod(
  label: string,
  options?: FiscalYearOptions,
): SafeResult<ReportingPeriod, InvalidPeriodError> {
  try {
    return { success: true, data: parsePeriod(label, options) };
  } catch (error) {
    if (error instanceof InvalidPeriodError) return { success: false, error };
    throw error;
  }
}

/**
 * Computes the canonical label of a period from its kind, start and end (ignoring its `label` field).
 *
 * For state fiscal periods `fiscalYearStartMonth` says which fiscal year the dates belong to; with it,
 * `parsePeriod(formatPeriodLabel(period, options), options)` gives back the same period.
 *
 * @throws InvalidPeriodError when the dates do not form a whole period of that kind (for example a `month`
 * that does not start on the 1st, or a state fiscal year that does not start in `fiscalYearStartMonth`).
 * @example
 * ```ts
 * formatPeriodLabel({ kind: 'federal-fiscal-year', label: '', start: '2025-10-01', end: '2026-09-30' });
 * //=> 'FFY2026'
 * ```
 */
export function formatPeriodLabel(period: ReportingPeriod, options?: FiscalYearOptions): string {
  const startMonth = resolveFiscalYearStartMonth(options);
  const label = labelPeriodRange(period.kind, period.start, period.end, startMonth);
  if (typeof label !== 'string') throw new InvalidPeriodError(label.reason, label.message);
  return label;
}

interface PeriodProblem {
  readonly reason: InvalidPeriodReason;
  readonly message: string;
}

const NOT_WHOLE: PeriodProblem = {
  reason: 'inconsistent_period',
  message: 'start and end do not form a whole period of its kind',
};

/** Canonical label of the range, or the problem that prevents one. */
function labelPeriodRange(
  kind: ReportingPeriodKind,
  start: string,
  end: string,
  fiscalYearStartMonth: number,
): string | PeriodProblem {
  const first = readCalendarDate(start);
  const last = readCalendarDate(end);
  if (first === undefined || last === undefined) {
    return {
      reason: 'invalid_date',
      message: 'start and end must be valid calendar dates YYYY-MM-DD',
    };
  }
  if (end < start) return { reason: 'end_before_start', message: 'end must not be before start' };
  if (kind === 'custom') return `${start}..${end}`;
  const length = monthsInKind(kind);
  if (length === undefined)
    return { reason: 'invalid_label', message: 'kind is not a period kind' };
  const startIndex = first.year * 12 + first.month - 1;
  const endIndex = last.year * 12 + last.month - 1;
  if (
    first.day !== 1 ||
    last.day !== countDaysInMonth(last.year, last.month) ||
    endIndex - startIndex + 1 !== length
  ) {
    return NOT_WHOLE;
  }
  switch (kind) {
    case 'month':
      return start.slice(0, 7);
    case 'quarter':
      return (first.month - 1) % 3 === 0
        ? `${padYear(first.year)}-Q${(first.month + 2) / 3}`
        : NOT_WHOLE;
    case 'state-fiscal-year':
    case 'federal-fiscal-year':
    case 'state-fiscal-quarter':
    case 'federal-fiscal-quarter': {
      const isState = kind === 'state-fiscal-year' || kind === 'state-fiscal-quarter';
      const fiscalStart = isState ? fiscalYearStartMonth : FEDERAL_FISCAL_YEAR_START_MONTH;
      const fiscalYear = fiscalYearOfParts(first, fiscalStart);
      const offset = startIndex - fiscalYearStartIndex(fiscalYear, fiscalStart);
      const prefix = `${isState ? 'SFY' : 'FFY'}${padYear(fiscalYear)}`;
      if (length === 12) return offset === 0 ? prefix : NOT_WHOLE;
      return offset % 3 === 0 ? `${prefix}-Q${offset / 3 + 1}` : NOT_WHOLE;
    }
  }
}

function monthsInKind(kind: ReportingPeriodKind): number | undefined {
  switch (kind) {
    case 'month':
      return 1;
    case 'quarter':
    case 'state-fiscal-quarter':
    case 'federal-fiscal-quarter':
      return 3;
    case 'state-fiscal-year':
    case 'federal-fiscal-year':
      return 12;
    default:
      return undefined;
  }
}

/**
 * Reads the state fiscal-year start month implied by a state fiscal period's label and start date
 * (`SFY2026-Q2` starting in October implies July); the default for other kinds.
 */
function inferFiscalYearStartMonth(period: ReportingPeriod): number {
  const first = readCalendarDate(period.start);
  if (first === undefined) return DEFAULT_FISCAL_YEAR_START_MONTH;
  if (period.kind === 'state-fiscal-year') return first.month;
  if (period.kind === 'state-fiscal-quarter') {
    const quarter = Number(FISCAL_QUARTER_LABEL.exec(period.label)?.[3]);
    if (Number.isInteger(quarter) && quarter >= 1 && quarter <= 4) {
      return ((((first.month - 1 - 3 * (quarter - 1)) % 12) + 12) % 12) + 1;
    }
  }
  return DEFAULT_FISCAL_YEAR_START_MONTH;
}

/** Finds why a period's label, kind, start and end disagree, or `undefined` when they agree. */
function checkPeriod(period: ReportingPeriod): PeriodProblem | undefined {
  const label = labelPeriodRange(
    period.kind,
    period.start,
    period.end,
    inferFiscalYearStartMonth(period),
  );
  if (typeof label !== 'string') return label;
  if (label !== period.label) {
    return { reason: 'inconsistent_period', message: 'label does not match kind, start and end' };
  }
  return undefined;
}

function requirePeriod(period: ReportingPeriod): void {
  const problem = checkPeriod(period);
  if (problem !== undefined) throw new InvalidPeriodError(problem.reason, problem.message);
}

// ---------------------------------------------------------------------------
// Queries

function requirePeriodRange(period: ReportingPeriod): [CalendarDateParts, CalendarDateParts] {
  const first = readCalendarDate(period.start);
  const last = readCalendarDate(period.end);
  if (first === undefined || last === undefined) {
    throw new InvalidPeriodError(
      'invalid_date',
      'start and end must be valid calendar dates YYYY-MM-DD',
    );
  }
  if (period.end < period.start) {
    throw new InvalidPeriodError('end_before_start', 'end must not be before start');
  }
  return [first, last];
}

/**
 * Tells whether a calendar date falls within a period, both ends included.
 *
 * @throws ParentPartnerError `INVALID_ARGUMENT` when `date` is invalid; InvalidPeriodError when the period's dates are.
 * @example
 * ```ts
 * const sfy2026 = parsePeriod('SFY2026');
 * [periodContainsDate(sfy2026, '2026-06-30'), periodContainsDate(sfy2026, '2026-07-01')];
 * //=> [true, false]
 * ```
 */
export function periodContainsDate(period: ReportingPeriod, date: string): boolean {
  requirePeriodRange(period);
  requireCalendarDate(date, 'date');
  return period.start <= date && date <= period.end;
}

/**
 * Tells whether a timestamp falls within a period, judged by the calendar date written in the timestamp.
 *
 * The date is the first ten characters of the ISO 8601 date-time: the local date where the event happened,
 * as recorded with its offset. `2026-06-30T23:30:00-05:00` is therefore on 2026-06-30 (in SFY2026), even though
 * it is already 2026-07-01 in UTC, and the answer never depends on the time zone of the machine. A timestamp
 * written in UTC (`Z`) is judged by its UTC date; record the local offset to have events counted on their local day.
 *
 * @param timestamp - ISO 8601 date-time with a `Z` or `±hh:mm` offset (the `Timestamp` format of the record schemas).
 * @throws ParentPartnerError `INVALID_ARGUMENT` when `timestamp` is not such a date-time; InvalidPeriodError when the period's dates are invalid.
 * @example
 * ```ts
 * periodContainsTimestamp(parsePeriod('SFY2026'), '2026-06-30T23:30:00-05:00');
 * //=> true
 * ```
 */
export function periodContainsTimestamp(period: ReportingPeriod, timestamp: string): boolean {
  requirePeriodRange(period);
  if (typeof timestamp !== 'string' || !isTimestamp(timestamp)) {
    throw new ParentPartnerError(
      'INVALID_ARGUMENT',
      'timestamp: expected an ISO 8601 date-time with a Z or +hh:mm offset',
    );
  }
  const date = timestamp.slice(0, 10);
  return period.start <= date && date <= period.end;
}

/**
 * Counts the calendar days in a period, both ends included.
 *
 * @throws InvalidPeriodError when the period's dates are invalid.
 * @example
 * ```ts
 * countDaysInPeriod(parsePeriod('SFY2024'));
 * //=> 366
 * ```
 */
export function countDaysInPeriod(period: ReportingPeriod): number {
  const [first, last] = requirePeriodRange(period);
  return (
    toDayNumber(last.year, last.month, last.day) -
    toDayNumber(first.year, first.month, first.day) +
    1
  );
}

/**
 * Lists, in order, the calendar months that a period overlaps, as month periods (for monthly trends).
 *
 * For every kind except `custom` the months tile the period exactly. A custom period that starts or ends
 * mid-month still yields those whole months; filter events by the custom period as well.
 *
 * @throws InvalidPeriodError when the period's dates are invalid.
 * @example
 * ```ts
 * listMonthsInPeriod(parsePeriod('2026-Q1')).map((month) => month.label);
 * //=> ['2026-01', '2026-02', '2026-03']
 * ```
 */
export function listMonthsInPeriod(period: ReportingPeriod): ReportingPeriod[] {
  const [first, last] = requirePeriodRange(period);
  const months: ReportingPeriod[] = [];
  const endIndex = last.year * 12 + last.month - 1;
  for (let index = first.year * 12 + first.month - 1; index <= endIndex; index += 1) {
    const year = Math.floor(index / 12);
    months.push(createMonthPeriod(year, index - year * 12 + 1));
  }
  return months;
}

/**
 * Moves a period by `count` periods of the same kind: 1 gives the next period, -1 the previous one.
 *
 * A state fiscal period keeps the fiscal-year start month implied by its own label and dates. A custom
 * period moves by whole multiples of its own length in days, so `shiftPeriod(p, -1)` is the equally long
 * range that ends the day before `p` starts.
 *
 * @throws InvalidPeriodError when the period is inconsistent or the result falls outside years 0000–9999; ParentPartnerError `INVALID_ARGUMENT` when `count` is not an integer.
 * @example
 * ```ts
 * [shiftPeriod(parsePeriod('SFY2026-Q1'), -1).label, shiftPeriod(parsePeriod('2026-01-15..2026-01-21'), 1).label];
 * //=> ['SFY2025-Q4', '2026-01-22..2026-01-28']
 * ```
 */
export function shiftPeriod(period: ReportingPeriod, count: number): ReportingPeriod {
  requirePeriod(period);
  if (!Number.isSafeInteger(count)) {
    throw new ParentPartnerError('INVALID_ARGUMENT', 'count: expected an integer');
  }
  const [first, last] = requirePeriodRange(period);
  if (period.kind === 'custom') {
    const startDay = toDayNumber(first.year, first.month, first.day);
    const endDay = toDayNumber(last.year, last.month, last.day);
    const offset = (endDay - startDay + 1) * count;
    const newStart = fromDayNumber(startDay + offset);
    const newEnd = fromDayNumber(endDay + offset);
    if (!isSupportedYear(newStart.year) || !isSupportedYear(newEnd.year)) {
      throw new InvalidPeriodError('invalid_year', 'the period falls outside years 0000-9999');
    }
    return createCustomPeriod(
      writeCalendarDate(newStart.year, newStart.month, newStart.day),
      writeCalendarDate(newEnd.year, newEnd.month, newEnd.day),
    );
  }
  const length = monthsInKind(period.kind) ?? 1;
  const startIndex = first.year * 12 + first.month - 1 + length * count;
  const year = Math.floor(startIndex / 12);
  if (!isSupportedYear(year)) {
    throw new InvalidPeriodError('invalid_year', 'the period falls outside years 0000-9999');
  }
  return createPeriodContainingDate(
    period.kind,
    writeCalendarDate(year, startIndex - year * 12 + 1, 1),
    { fiscalYearStartMonth: inferFiscalYearStartMonth(period) },
  );
}
