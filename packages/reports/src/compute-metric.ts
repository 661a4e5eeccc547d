import type { Frozen, ReportingPeriod } from '@parent-partner/core';
import { createOneCallEngine } from './engine-core';
import type { MetricDefinition, MetricValue, ReportScope } from './metric';
import type { ProgramRecords } from './program-records';

/** Options of {@link computeMetric}. */
export interface ComputeMetricOptions {
  /** The period: a label such as `SFY2026-Q2` (read with the program's fiscal year) or a reporting period. */
  readonly period: ReportingPeriod | string;
  /** The scope; the whole program when omitted. */
  readonly scope?: ReportScope;
  /** Program-defined metrics to look ids up in, besides the built-in ones. */
  readonly metrics?: readonly MetricDefinition[];
}

/** A metric's value with the metric, period and scope it belongs to. */
export interface MetricResult extends MetricValue {
  /** The metric's id. */
  readonly metricId: string;
  /** The metric's unit. */
  readonly unit: MetricDefinition['unit'];
  /** The period. */
  readonly period: ReportingPeriod;
  /** The scope. */
  readonly scope: ReportScope;
}

/**
 * Computes one metric for a period and scope from records that may change between calls: each call indexes the
 * records afresh, computes the facts the metric declares in one pass, and keeps nothing once it returns.
 *
 * To compute many figures over the same records, freeze them and use {@link createReportEngine}, which keeps its
 * index and facts between calls.
 *
 * @throws ReportError `REPORT_UNKNOWN_METRIC` for an unknown id, `REPORT_INVALID_OPTIONS` for a bad scope or
 * options; InvalidPeriodError for a bad period label.
 * @example
 * ```ts
 * import { parseParent, parseProgram, parseReferral } from '@parent-partner/core';
 *
 * const records = {
 *   program: parseProgram({ id: 'demo', name: 'Demo County Parent Partners', state: 'WI', counties: [{ fips: '55029', name: 'Door' }] }),
 *   parents: [parseParent({ id: 'p-1', name: { given: 'Ana', family: 'Example' }, languages: ['en'], countyFips: '55029' })],
 *   referrals: [
 *     parseReferral({ id: 'r-1', parentId: 'p-1', source: 'court', countyFips: '55029', removalOccurred: true, receivedAt: '2025-10-02T09:00:00-05:00', status: 'received' }),
 *   ],
 * };
 * computeMetric(builtInMetrics.referralsReceived, records, { period: 'SFY2026-Q2' }).value;
 * //=> 1
 * computeMetric('referrals.received', records, { period: 'SFY2026-Q2', scope: { kind: 'county', countyFips: '55029' } }).value;
 * //=> 1
 * ```
 */
export function computeMetric(
  metric: MetricDefinition | string,
  records: ProgramRecords | Frozen<ProgramRecords>,
  options: ComputeMetricOptions,
): MetricResult {
  return createOneCallEngine(records).compute(metric, options);
}
