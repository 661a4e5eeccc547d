import type { ReportingPeriod } from '@parent-partner/core';
import { findBuiltInMetric } from './built-in-metrics';
import { ReportError } from './errors';
import type { MetricDefinition, MetricValue, ReportScope } from './metric';
import { createMetricContext, getProgramIndex, resolvePeriod } from './metric-engine';
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

/** Looks a metric up by id among the given and built-in metrics, or returns the definition given. */
export function resolveMetric(
  metric: MetricDefinition | string,
  metrics: readonly MetricDefinition[] = [],
): MetricDefinition {
  if (typeof metric !== 'string') return metric;
  const found = metrics.find((candidate) => candidate.id === metric) ?? findBuiltInMetric(metric);
  if (found === undefined) {
    throw new ReportError(
      'REPORT_UNKNOWN_METRIC',
      'metric: no built-in or given metric has this id',
    );
  }
  return found;
}

/**
 * Computes one metric for a period and scope; metrics of the same records and period share one pass over the records.
 *
 * @throws ReportError `REPORT_UNKNOWN_METRIC` for an unknown id; InvalidPeriodError for a bad period label.
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
 * computeMetric('referrals.received', records, { period: 'SFY2026-Q2' }).value;
 * //=> 1
 * ```
 */
export function computeMetric(
  metric: MetricDefinition | string,
  records: ProgramRecords,
  options: ComputeMetricOptions,
): MetricResult {
  const definition = resolveMetric(metric, options.metrics);
  const index = getProgramIndex(records);
  const period = resolvePeriod(records, options.period);
  const scope = options.scope ?? { kind: 'program' };
  const value = definition.compute(createMetricContext(index, period, scope));
  return { ...value, metricId: definition.id, unit: definition.unit, period, scope };
}
