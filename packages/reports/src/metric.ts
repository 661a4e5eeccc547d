import type { ReportingPeriod } from '@parent-partner/core';
import { ReportError } from './errors';
import type { ProgramRecords } from './program-records';
import type { ReportFact } from './report-fact';

/** The part of a program a figure is computed for: the whole program, one county, or one parent partner's caseload. */
export type ReportScope =
  | { readonly kind: 'program' }
  | { readonly kind: 'county'; readonly countyFips: string }
  | { readonly kind: 'partner'; readonly partnerId: string };

/** The kind of scope a metric can be computed for. */
export type ReportScopeKind = ReportScope['kind'];

/** How a metric's value is expressed: a count, days, hours, a proportion between 0 and 1, or a plain ratio. */
export type MetricUnit = 'count' | 'days' | 'hours' | 'proportion' | 'ratio';

/** The report section a metric belongs to. */
export type MetricCategory =
  | 'referrals'
  | 'service'
  | 'outcomes'
  | 'fidelity'
  | 'workforce'
  | 'community'
  | `custom:${string}`;

/** A text in English and in Spanish. */
export interface LocalizedText {
  /** English text. */
  readonly en: string;
  /** Spanish text. */
  readonly es: string;
}

/** One category of a metric's breakdown, such as one referral source. */
export interface MetricBreakdownEntry {
  /** The category's code, for example `court` or `custom:faith_community`. */
  readonly code: string;
  /** The figure for that category. */
  readonly value: number;
}

/** The computed figure of a metric for one period and scope. */
export interface MetricValue {
  /** The figure, or `null` when it does not apply to the scope or has no denominator. */
  readonly value: number | null;
  /** The numerator, for proportions and ratios. */
  readonly numerator?: number;
  /** The denominator, for proportions, ratios and averages. */
  readonly denominator?: number;
  /** How many observations a statistic (a median, a percentile) was computed from. */
  readonly observations?: number;
  /** The figure split by a dimension, for example `{ source: [...] }`; every dimension's entries sum to `value` for counts. */
  readonly breakdowns?: Readonly<Record<string, readonly MetricBreakdownEntry[]>>;
}

/**
 * What a metric's `compute` function receives: the records, the period and scope, and `read` for the facts the
 * metric declared.
 *
 * A report engine (`createReportEngine`) or `createMetricContext` builds one; a caller can also build it by hand,
 * for example `{ records, period, scope, read: (fact) => fact.compute({ records, periods: [period], scopes: [scope] })[0]?.(scope) }`.
 */
export interface MetricContext {
  /** The program's records, already restricted to consenting parents where the program's policy says so. */
  readonly records: ProgramRecords;
  /** The reporting period. */
  readonly period: ReportingPeriod;
  /** The scope to compute for. */
  readonly scope: ReportScope;
  /**
   * The value of a fact for this period and scope (`undefined` when the fact has none for the scope, such as a
   * county that is not in the records, or referrals for a partner).
   */
  readonly read: <Value>(fact: ReportFact<Value>) => Value | undefined;
}

/** The definition of a metric: what it counts, how, in which unit, and the function that computes it. */
export interface MetricDefinition {
  /** Stable identifier: lower-case words separated by `.` or `-`, for example `referrals.received`; program metrics start with `custom.`. */
  readonly id: string;
  /** Short label in English and Spanish. */
  readonly label: LocalizedText;
  /** What the metric measures, in English and Spanish. */
  readonly description: LocalizedText;
  /** Report section. */
  readonly category: MetricCategory;
  /** Unit of the value. */
  readonly unit: MetricUnit;
  /** What is counted (the numerator, or the counted items for a count). */
  readonly numerator: LocalizedText;
  /** What the figure is divided by, for proportions, ratios and averages. */
  readonly denominator?: LocalizedText;
  /** Scopes the metric is defined for; other scopes give `null`. */
  readonly scopes: readonly ReportScopeKind[];
  /** Whether the value (or its numerator and denominator) counts people, so that small counts are suppressed. */
  readonly countsPeople: boolean;
  /**
   * The facts `compute` reads with `context.read`, so that an engine computes them with every other metric's in
   * one pass (a fact read without being declared is still computed, in a pass of its own).
   */
  readonly facts?: readonly ReportFact<unknown>[];
  /** Computes the value for a period and scope; the engine gives `null` without calling it for other scopes. */
  readonly compute: (context: MetricContext) => MetricValue;
}

const METRIC_ID = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;

/** Whether a value is a metric or fact id: lower-case words joined by `.` or `-`. */
export function isMetricId(id: unknown): id is string {
  return typeof id === 'string' && METRIC_ID.test(id);
}
const CATEGORIES = new Set([
  'referrals',
  'service',
  'outcomes',
  'fidelity',
  'workforce',
  'community',
]);
const UNITS = new Set(['count', 'days', 'hours', 'proportion', 'ratio']);
const SCOPES = new Set(['program', 'county', 'partner']);

function requireText(text: LocalizedText | undefined, path: string): void {
  if (
    text === undefined ||
    typeof text.en !== 'string' ||
    typeof text.es !== 'string' ||
    text.en.trim() === '' ||
    text.es.trim() === ''
  ) {
    throw new ReportError('REPORT_INVALID_METRIC', `${path}: expected non-empty en and es texts`);
  }
}

/**
 * Checks and freezes a metric definition so that a program can add its own metric to reports and trends.
 *
 * A program's metric uses the same contract as the built-in ones: it lists the facts it reads (the public
 * `builtInFacts`, or its own from `defineReportFact`) and computes its value from `context.read(fact)`, so an
 * engine computes it in the same pass over the records as every built-in metric.
 *
 * @throws ReportError `REPORT_INVALID_METRIC` naming the field that is wrong.
 * @example
 * ```ts
 * import { parseParent, parseProgram, parseReferral } from '@parent-partner/core';
 *
 * const courtReferrals = defineMetric({
 *   id: 'custom.court-referrals',
 *   label: { en: 'Referrals from court', es: 'Referencias del tribunal' },
 *   description: { en: 'Referrals received from a court.', es: 'Referencias recibidas de un tribunal.' },
 *   category: 'referrals',
 *   unit: 'count',
 *   numerator: { en: 'Referrals from court received in the period', es: 'Referencias del tribunal recibidas en el período' },
 *   scopes: ['program', 'county'],
 *   countsPeople: true,
 *   facts: [builtInFacts.referrals],
 *   compute: (context) => ({ value: context.read(builtInFacts.referrals)?.received.countOf('court') ?? null }),
 * });
 * const records = {
 *   program: parseProgram({ id: 'demo', name: 'Demo County Parent Partners', state: 'WI', counties: [{ fips: '55029', name: 'Door' }] }),
 *   parents: [parseParent({ id: 'p-1', name: { given: 'Ana', family: 'Example' }, languages: ['en'], countyFips: '55029' })],
 *   referrals: [
 *     parseReferral({ id: 'r-1', parentId: 'p-1', source: 'court', countyFips: '55029', removalOccurred: true, receivedAt: '2026-01-05T10:00:00-06:00', status: 'received' }),
 *   ],
 * };
 * computeMetric(courtReferrals, records, { period: '2026-01', scope: { kind: 'county', countyFips: '55029' } }).value;
 * //=> 1
 * ```
 */
export function defineMetric(definition: MetricDefinition): MetricDefinition {
  if (!isMetricId(definition.id)) {
    throw new ReportError(
      'REPORT_INVALID_METRIC',
      'id: expected lower-case words joined by . or -, for example custom.court-referrals',
    );
  }
  requireText(definition.label, 'label');
  requireText(definition.description, 'description');
  requireText(definition.numerator, 'numerator');
  if (definition.denominator !== undefined) requireText(definition.denominator, 'denominator');
  const category = definition.category as string;
  if (!CATEGORIES.has(category) && !/^custom:[a-z0-9][a-z0-9_.-]{0,63}$/.test(category)) {
    throw new ReportError(
      'REPORT_INVALID_METRIC',
      'category: expected a report section or a custom: code',
    );
  }
  if (!UNITS.has(definition.unit)) {
    throw new ReportError(
      'REPORT_INVALID_METRIC',
      'unit: expected count, days, hours, proportion or ratio',
    );
  }
  if (
    !Array.isArray(definition.scopes) ||
    definition.scopes.length === 0 ||
    definition.scopes.some((scope) => !SCOPES.has(scope))
  ) {
    throw new ReportError(
      'REPORT_INVALID_METRIC',
      'scopes: expected one or more of program, county, partner',
    );
  }
  if (
    (definition.unit === 'proportion' || definition.unit === 'ratio') &&
    !definition.denominator
  ) {
    throw new ReportError(
      'REPORT_INVALID_METRIC',
      'denominator: a proportion or ratio states its denominator',
    );
  }
  if (typeof definition.compute !== 'function') {
    throw new ReportError('REPORT_INVALID_METRIC', 'compute: expected a function');
  }
  const facts = definition.facts ?? [];
  if (!Array.isArray(facts)) {
    throw new ReportError('REPORT_INVALID_METRIC', 'facts: expected a list of report facts');
  }
  facts.forEach((fact, position) => {
    if (
      fact === null ||
      typeof fact !== 'object' ||
      !isMetricId(fact.id) ||
      typeof fact.compute !== 'function'
    ) {
      throw new ReportError(
        'REPORT_INVALID_METRIC',
        `facts.${position}: expected a report fact (see defineReportFact)`,
      );
    }
  });
  return Object.freeze({
    ...definition,
    label: Object.freeze({ ...definition.label }),
    description: Object.freeze({ ...definition.description }),
    numerator: Object.freeze({ ...definition.numerator }),
    ...(definition.denominator
      ? { denominator: Object.freeze({ ...definition.denominator }) }
      : {}),
    scopes: Object.freeze([...definition.scopes]),
    facts: Object.freeze([...facts]),
  });
}
