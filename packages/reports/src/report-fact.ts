import type { ReportingPeriod } from '@parent-partner/core';
import { ReportError } from './errors';
import { isMetricId, type ReportScope } from './metric';
import type { ProgramRecords } from './program-records';

/** What a fact's `compute` receives: the records, and every period and scope wanted at once. */
export interface ReportFactInput {
  /** The program's records, already restricted to consenting parents where the program's policy says so. */
  readonly records: ProgramRecords;
  /** The periods to compute, each a value of its own; one pass over the records can serve them all. */
  readonly periods: readonly ReportingPeriod[];
  /** The scopes wanted (the program's first); a fact may compute more, and need not answer for others. */
  readonly scopes: readonly ReportScope[];
}

/** A fact's values for one period: the value for a scope, or `undefined` when the fact has none there. */
export type FactValues<Value> = (scope: ReportScope) => Value | undefined;

/**
 * A figure, or a bundle of figures, computed once for many periods and scopes and read by metrics with
 * `context.read(fact)`.
 *
 * Metrics list the facts they read in `facts`, so that a report engine computes all of them, for every period
 * it needs, together: the built-in facts (`builtInFacts`) in one pass over the records, a program's own facts
 * with one call of their `compute` for all the periods.
 */
export interface ReportFact<Value> {
  /** Stable identifier: lower-case words separated by `.` or `-`; program facts start with `custom.`. */
  readonly id: string;
  /** Computes the fact for every period of `input`, in the order given: one entry per period. */
  readonly compute: (input: ReportFactInput) => readonly FactValues<Value>[];
}

/**
 * Checks and freezes a fact definition, so that a program's metrics can share a figure computed once for all
 * the periods of a report or trend.
 *
 * @throws ReportError `REPORT_INVALID_METRIC` naming the field that is wrong.
 * @example
 * ```ts
 * import { parseProgram } from '@parent-partner/core';
 *
 * // Contacts of an hour or more, for the whole program, every period counted in one pass over the contacts.
 * const longContacts = defineReportFact({
 *   id: 'custom.long-contacts',
 *   compute: ({ records, periods }) => {
 *     const counts = periods.map(() => 0);
 *     for (const contact of records.contacts ?? []) {
 *       if (contact.minutes < 60) continue;
 *       periods.forEach((period, position) => {
 *         if (contact.date >= period.start && contact.date <= period.end) counts[position]! += 1;
 *       });
 *     }
 *     return counts.map((count) => (scope) => (scope.kind === 'program' ? count : undefined));
 *   },
 * });
 * const records = {
 *   program: parseProgram({ id: 'demo', name: 'Demo County Parent Partners', state: 'WI', counties: [{ fips: '55029', name: 'Door' }] }),
 *   parents: [],
 * };
 * longContacts.compute({ records, periods: [{ kind: 'month', label: '2026-01', start: '2026-01-01', end: '2026-01-31' }], scopes: [{ kind: 'program' }] })[0]?.({ kind: 'program' });
 * //=> 0
 * ```
 */
export function defineReportFact<Value>(definition: ReportFact<Value>): ReportFact<Value> {
  if (definition === null || typeof definition !== 'object') {
    throw new ReportError('REPORT_INVALID_METRIC', 'fact: expected { id, compute }');
  }
  if (!isMetricId(definition.id)) {
    throw new ReportError(
      'REPORT_INVALID_METRIC',
      'id: expected lower-case words joined by . or -, for example custom.long-contacts',
    );
  }
  if (typeof definition.compute !== 'function') {
    throw new ReportError('REPORT_INVALID_METRIC', 'compute: expected a function');
  }
  return Object.freeze({ id: definition.id, compute: definition.compute });
}
