import type { Frozen, ReportingPeriod } from '@parent-partner/core';
import { createOneCallEngine } from './engine-core';
import type { MetricDefinition, MetricValue, ReportScope } from './metric';
import type { ProgramRecords } from './program-records';

/** Options of {@link computeTrend}. */
export interface ComputeTrendOptions {
  /** The range to split into months: a label (`SFY2026`, `2025-07-01..2026-03-31`) or a reporting period. */
  readonly range: ReportingPeriod | string;
  /** The scope; the whole program when omitted. */
  readonly scope?: ReportScope;
  /** Program-defined metrics to look ids up in, besides the built-in ones. */
  readonly metrics?: readonly MetricDefinition[];
}

/** One month of a trend. */
export interface TrendPoint extends MetricValue {
  /** The month (clipped to the range when the range starts or ends mid-month). */
  readonly period: ReportingPeriod;
}

/** A metric month by month across a range. */
export interface MetricTrend {
  /** The metric's id. */
  readonly metricId: string;
  /** The metric's unit. */
  readonly unit: MetricDefinition['unit'];
  /** The whole range. */
  readonly range: ReportingPeriod;
  /** The scope. */
  readonly scope: ReportScope;
  /** One point per month, in order. */
  readonly points: readonly TrendPoint[];
}

/**
 * Computes a metric for each month of a range from records that may change between calls: the facts of every
 * month come from one pass over the records, and nothing is kept once the call returns.
 *
 * @throws ReportError `REPORT_UNKNOWN_METRIC` for an unknown id, `REPORT_INVALID_OPTIONS` for a bad scope or
 * options; InvalidPeriodError for a bad range label.
 * @example
 * ```ts
 * import { parseContact, parseParent, parseProgram } from '@parent-partner/core';
 *
 * const records = {
 *   program: parseProgram({ id: 'demo', name: 'Demo County Parent Partners', state: 'WI', counties: [{ fips: '55029', name: 'Door' }] }),
 *   parents: [parseParent({ id: 'p-1', name: { given: 'Ana', family: 'Example' }, languages: ['en'], countyFips: '55029' })],
 *   contacts: [
 *     parseContact({ id: 'c-1', parentId: 'p-1', partnerId: 'pp-1', date: '2025-11-30', minutes: 60, mode: 'in_person', activity: 'mentoring' }),
 *     parseContact({ id: 'c-2', parentId: 'p-1', partnerId: 'pp-1', date: '2025-12-01', minutes: 30, mode: 'phone', activity: 'mentoring' }),
 *   ],
 * };
 * computeTrend(builtInMetrics.contacts, records, { range: 'SFY2026-Q2' }).points.map((point) => point.value);
 * //=> [0, 1, 1]
 * ```
 */
export function computeTrend(
  metric: MetricDefinition | string,
  records: ProgramRecords | Frozen<ProgramRecords>,
  options: ComputeTrendOptions,
): MetricTrend {
  return createOneCallEngine(records).computeTrend(metric, options);
}
