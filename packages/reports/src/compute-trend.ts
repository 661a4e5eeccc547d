import { createCustomPeriod, listMonthsInPeriod, type ReportingPeriod } from '@parent-partner/core';
import { resolveMetric } from './compute-metric';
import type { MetricDefinition, MetricValue, ReportScope } from './metric';
import {
  createMetricContext,
  getPeriodFacts,
  getProgramIndex,
  resolvePeriod,
} from './metric-engine';
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

/**
 * Computes a metric for each month of a range; built-in metrics read every month in one pass over the records.
 *
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
 * computeTrend('service.contacts', records, { range: 'SFY2026-Q2' }).points.map((point) => point.value);
 * //=> [0, 1, 1]
 * ```
 */
export function computeTrend(
  metric: MetricDefinition | string,
  records: ProgramRecords,
  options: ComputeTrendOptions,
): MetricTrend {
  const definition = resolveMetric(metric, options.metrics);
  const index = getProgramIndex(records);
  const range = resolvePeriod(records, options.range);
  const scope = options.scope ?? { kind: 'program' };
  const months = splitIntoMonths(range);
  getPeriodFacts(index, months);
  const points = months.map((month) => ({
    ...definition.compute(createMetricContext(index, month, scope)),
    period: month,
  }));
  return { metricId: definition.id, unit: definition.unit, range, scope, points };
}
