import type { Frozen } from '@parent-partner/core';
import { filterByConsent, requireScope } from './engine-core';
import { ReportError } from './errors';
import type { MetricContext } from './metric';
import { requireProgramRecords } from './program-index';
import type { ProgramRecords } from './program-records';
import type { CreateMetricContextOptions } from './report-engine';
import type { ReportFact } from './report-fact';
import { resolvePeriod } from './report-periods';

/**
 * Creates the context a metric's `compute` takes, for records that may change: each `read` computes the fact
 * from the records as they are at that moment (with the fact's own `compute`) and nothing is kept, so a context
 * never gives a stale answer. Over frozen records, `createReportEngine(records).createContext(options)` keeps
 * what it computes instead.
 *
 * @throws ReportError `REPORT_INVALID_OPTIONS` for a bad scope or options; InvalidPeriodError for a bad period label.
 * @example
 * ```ts
 * import { parseParent, parseProgram } from '@parent-partner/core';
 *
 * const records = {
 *   program: parseProgram({ id: 'demo', name: 'Demo County Parent Partners', state: 'WI', counties: [{ fips: '55029', name: 'Door' }] }),
 *   parents: [parseParent({ id: 'p-1', name: { given: 'Ana', family: 'Example' }, languages: ['en'], countyFips: '55029' })],
 * };
 * builtInMetrics.parentsServed.compute(createMetricContext(records, { period: '2026-01' }));
 * //=> { value: 0 }
 * ```
 */
export function createMetricContext(
  records: ProgramRecords | Frozen<ProgramRecords>,
  options: CreateMetricContextOptions,
): MetricContext {
  // Read-only use: a frozen bundle and a plain one read alike.
  const readable = records as ProgramRecords;
  requireProgramRecords(readable);
  if (options === null || typeof options !== 'object') {
    throw new ReportError('REPORT_INVALID_OPTIONS', 'options: expected { period, scope? }');
  }
  const period = resolvePeriod(readable, options.period);
  const scope = requireScope(options.scope);
  return {
    get records() {
      return filterByConsent(readable);
    },
    period,
    scope,
    read<Value>(fact: ReportFact<Value>): Value | undefined {
      const values = fact.compute({
        records: filterByConsent(readable),
        periods: [period],
        scopes: [{ kind: 'program' }, ...(scope.kind === 'program' ? [] : [scope])],
      });
      const forScope = Array.isArray(values) ? values[0] : undefined;
      if (typeof forScope !== 'function') {
        throw new ReportError(
          'REPORT_INVALID_METRIC',
          `fact ${fact.id}: compute must return one function of the scope per period`,
        );
      }
      return forScope(scope);
    },
  };
}
