import type { ReportingPeriod } from '@parent-partner/core';
import { type Frozen, findUnfrozenPath } from '@parent-partner/core';
import { type BuildProgramReportOptions, buildReportWithEngine } from './build-program-report';
import type { ComputeMetricOptions, MetricResult } from './compute-metric';
import type { ComputeTrendOptions, MetricTrend } from './compute-trend';
import { ReportEngineCore, requireScope } from './engine-core';
import { ReportError } from './errors';
import type { ReportScope } from './metric';
import { defineMetric, type MetricContext, type MetricDefinition } from './metric';
import type { ProgramRecords } from './program-records';
import type { Report } from './report';
import { resolvePeriod } from './report-periods';

/** Options of {@link createReportEngine}. */
export interface ReportEngineOptions {
  /** Program-defined metrics (see `defineMetric`): looked up by id, and shown by `build` unless it is given its own. */
  readonly metrics?: readonly MetricDefinition[];
}

/** Options of {@link ReportEngine.createContext} and {@link createMetricContext}. */
export interface CreateMetricContextOptions {
  /** The period: a label such as `SFY2026-Q2` (read with the program's fiscal year) or a reporting period. */
  readonly period: ReportingPeriod | string;
  /** The scope; the whole program when omitted. */
  readonly scope?: ReportScope;
}

/**
 * Figures and reports over one program's frozen records, computed once and kept: the index of the records, and
 * the facts of every period (and scope) computed so far.
 *
 * **Lifetime.** The engine holds its index and facts for as long as the caller keeps the engine, and nothing
 * anywhere else: drop it and they go with it. Its records are deeply frozen, so no answer can go stale. When the
 * records change (a new contact, a referral's new status), make the new records (`freezeRecord({ ...records,
 * contacts: [...records.contacts, contact] })`) and a new engine; the old one keeps answering for the old records.
 * Facts are kept for every period asked for, so an engine asked for many periods grows with them (a few hundred
 * kilobytes a period for a statewide program).
 */
export interface ReportEngine {
  /** The records the engine computes from. */
  readonly records: Frozen<ProgramRecords>;
  /**
   * Computes one metric for a period and scope; the first figure of a county (or of a partner) computes every
   * county (or partner) of that period, so the next ones are read from the same pass.
   */
  compute(metric: MetricDefinition | string, options: ComputeMetricOptions): MetricResult;
  /** Computes a metric for each month of a range, every month's facts in one pass. */
  computeTrend(metric: MetricDefinition | string, options: ComputeTrendOptions): MetricTrend;
  /** Builds the program report (see `buildProgramReport`), computing only what is not computed yet. */
  build(options: BuildProgramReportOptions): Report;
  /** Creates the context a metric's `compute` takes, for a period and scope; its facts come from this engine. */
  createContext(options: CreateMetricContextOptions): MetricContext;
}

/**
 * Creates a report engine over deeply frozen records: it indexes them once and keeps the facts it computes, so
 * that many figures, trends and reports over the same records share the work.
 *
 * @throws ReportError `REPORT_RECORDS_NOT_FROZEN` naming the first path that is not frozen (freeze records with
 * core's `freezeRecord`); `REPORT_INVALID_OPTIONS` for records that are not a program's.
 * @example
 * ```ts
 * import { freezeRecord, parseParent, parseProgram, parseReferral } from '@parent-partner/core';
 *
 * const records = freezeRecord({
 *   program: parseProgram({ id: 'demo', name: 'Demo County Parent Partners', state: 'WI', counties: [{ fips: '55029', name: 'Door' }] }),
 *   parents: [parseParent({ id: 'p-1', name: { given: 'Ana', family: 'Example' }, languages: ['en'], countyFips: '55029' })],
 *   referrals: [
 *     parseReferral({ id: 'r-1', parentId: 'p-1', source: 'court', countyFips: '55029', removalOccurred: true, receivedAt: '2025-10-02T09:00:00-05:00', status: 'received' }),
 *   ],
 * });
 * const engine = createReportEngine(records);
 * engine.compute(builtInMetrics.referralsReceived, { period: 'SFY2026-Q2' }).value;
 * //=> 1
 * engine.computeTrend(builtInMetrics.referralsReceived, { range: 'SFY2026-Q2' }).points.map((point) => point.value);
 * //=> [1, 0, 0]
 * engine.build({ period: 'SFY2026-Q2', generatedAt: '2026-01-05T09:00:00-06:00' }).period.label;
 * //=> 'SFY2026-Q2'
 * ```
 */
export function createReportEngine(
  records: Frozen<ProgramRecords>,
  options: ReportEngineOptions = {},
): ReportEngine {
  if (options === null || typeof options !== 'object') {
    throw new ReportError('REPORT_INVALID_OPTIONS', 'options: expected { metrics? }');
  }
  const unfrozen = findUnfrozenPath(records);
  if (unfrozen !== undefined) {
    const path = unfrozen.length === 0 ? 'records' : `records.${unfrozen.join('.')}`;
    throw new ReportError(
      'REPORT_RECORDS_NOT_FROZEN',
      `${path}: expected deeply frozen records (freeze them with freezeRecord from @parent-partner/core)`,
    );
  }
  const metrics = (options.metrics ?? []).map((metric) => defineMetric(metric));
  const core = new ReportEngineCore(records as ProgramRecords, { wholeKinds: true, metrics });
  return Object.freeze({
    records,
    compute: (metric: MetricDefinition | string, computeOptions: ComputeMetricOptions) =>
      core.compute(metric, computeOptions),
    computeTrend: (metric: MetricDefinition | string, trendOptions: ComputeTrendOptions) =>
      core.computeTrend(metric, trendOptions),
    build: (buildOptions: BuildProgramReportOptions) =>
      buildReportWithEngine(core, buildOptions, metrics),
    createContext: (contextOptions: CreateMetricContextOptions) => contextOf(core, contextOptions),
  });
}

/** A metric context for a period and scope of an engine core. */
export function contextOf(
  core: ReportEngineCore,
  options: CreateMetricContextOptions,
): MetricContext {
  if (options === null || typeof options !== 'object') {
    throw new ReportError('REPORT_INVALID_OPTIONS', 'options: expected { period, scope? }');
  }
  const period = resolvePeriod(core.records, options.period);
  const scope = requireScope(options.scope);
  return core.context(period, scope, [period], core.selectionFor(scope));
}
