import type { Frozen, ReportingPeriod } from '@parent-partner/core';
import { planOfBuiltInFact, readBuiltInFact } from './built-in-facts';
import { findBuiltInMetric } from './built-in-metrics';
import type { ComputeMetricOptions, MetricResult } from './compute-metric';
import type { ComputeTrendOptions, MetricTrend } from './compute-trend';
import { ReportError } from './errors';
import type { MetricContext, MetricDefinition, MetricValue, ReportScope } from './metric';
import {
  computePeriodFacts,
  type PassParts,
  type PeriodFacts,
  type PeriodRequest,
} from './period-facts';
import {
  indexProgramRecords,
  markScopes,
  type ProgramIndex,
  requireProgramRecords,
  scopePositionOf,
} from './program-index';
import type { ProgramRecords } from './program-records';
import type { FactValues, ReportFact } from './report-fact';
import { resolvePeriod, splitIntoMonths } from './report-periods';

// The state behind a report engine: the index of its records and the facts of every period it has computed,
// for the scopes it computed them for. It lives exactly as long as the engine (or the one call) that made it.

/** The scopes a pass computes, under a key that names them. */
export interface ScopeSelection {
  /** `program`, `counties`, `partners`, `county:<fips>` or `partner:<id>`. */
  readonly key: string;
  /** 1 for each scope position computed. */
  readonly marks: Uint8Array;
  /** The same scopes as report scopes, the program's first. */
  readonly scopes: readonly ReportScope[];
}

/** Facts to have for a period at a selection of scopes. */
export interface FactRequest {
  /** The period. */
  readonly period: ReportingPeriod;
  /** The facts. */
  readonly facts: readonly ReportFact<unknown>[];
  /** The scopes. */
  readonly selection: ScopeSelection;
}

interface CacheEntry {
  readonly selection: ScopeSelection;
  /** Built-in parts held, and the facts that hold each part. */
  parts: PassParts;
  readonly byPart: Map<number, PeriodFacts>;
  /** Values of the facts computed by their own `compute`. */
  readonly custom: Map<ReportFact<unknown>, FactValues<unknown>>;
}

/** Options of {@link ReportEngineCore}. */
export interface ReportEngineCoreOptions {
  /** Compute every county (or every partner) when one is asked for, so that the next one is already there. */
  readonly wholeKinds: boolean;
  /** Program-defined metrics to look ids up in. */
  readonly metrics: readonly MetricDefinition[];
}

const PROGRAM: ReportScope = Object.freeze({ kind: 'program' });

function periodKey(period: ReportingPeriod): string {
  return `${period.start}..${period.end}`;
}

/** Refuses what is not a report scope, naming the option. */
export function requireScope(scope: ReportScope | undefined): ReportScope {
  if (scope === undefined) return PROGRAM;
  if (
    scope !== null &&
    typeof scope === 'object' &&
    (scope.kind === 'program' ||
      (scope.kind === 'county' && typeof scope.countyFips === 'string') ||
      (scope.kind === 'partner' && typeof scope.partnerId === 'string'))
  ) {
    return scope;
  }
  throw new ReportError(
    'REPORT_INVALID_OPTIONS',
    'scope: expected a program, county or partner scope',
  );
}

function requireOptionsObject(options: unknown, expected: string): void {
  if (options === null || typeof options !== 'object') {
    throw new ReportError('REPORT_INVALID_OPTIONS', `options: expected ${expected}`);
  }
}

/** The index, cached facts and metric computation of one report engine. */
export class ReportEngineCore {
  /** The records, as given. */
  readonly records: ProgramRecords;
  /** The index of the records. */
  readonly index: ProgramIndex;
  /** How many passes over the records the engine has run (built-in passes and calls of a fact's `compute`). */
  passes = 0;
  private readonly options: ReportEngineCoreOptions;
  private readonly cache = new Map<string, CacheEntry[]>();
  private readonly selections = new Map<string, ScopeSelection>();
  private filtered: ProgramRecords | undefined;

  /** Indexes the records; nothing else is computed until a figure is asked for. */
  constructor(records: ProgramRecords, options: ReportEngineCoreOptions) {
    requireProgramRecords(records);
    this.records = records;
    this.options = options;
    this.index = indexProgramRecords(records);
  }

  /** The records restricted to the parents the program's consent policy lets it count. */
  countedRecords(): ProgramRecords {
    this.filtered ??= filterByConsent(this.records);
    return this.filtered;
  }

  /** The scopes computed when `scope` is asked for: that scope, or every scope of its kind. */
  selectionFor(scope: ReportScope): ScopeSelection {
    if (scope.kind === 'program') return this.select('program', []);
    if (!this.options.wholeKinds) return this.selectExactly(scope);
    return this.select(scope.kind === 'county' ? 'counties' : 'partners', []);
  }

  /** The program and exactly one other scope. */
  selectExactly(scope: ReportScope): ScopeSelection {
    if (scope.kind === 'program') return this.select('program', []);
    const key =
      scope.kind === 'county' ? `county:${scope.countyFips}` : `partner:${scope.partnerId}`;
    return this.select(key, [scope]);
  }

  /** The program and every county. */
  selectCounties(): ScopeSelection {
    return this.select('counties', []);
  }

  private select(key: string, extra: readonly ReportScope[]): ScopeSelection {
    const known = this.selections.get(key);
    if (known !== undefined) return known;
    const { layout } = this.index;
    const scopes: ReportScope[] = [PROGRAM, ...extra];
    if (key === 'counties') {
      for (const countyFips of layout.countyFips) scopes.push({ kind: 'county', countyFips });
    } else if (key === 'partners') {
      for (const partnerId of layout.partnerIds) scopes.push({ kind: 'partner', partnerId });
    }
    const selection: ScopeSelection = { key, marks: markScopes(layout, scopes), scopes };
    this.selections.set(key, selection);
    return selection;
  }

  private entries(period: ReportingPeriod): CacheEntry[] {
    const key = periodKey(period);
    let entries = this.cache.get(key);
    if (entries === undefined) {
      entries = [];
      this.cache.set(key, entries);
    }
    return entries;
  }

  private entryFor(period: ReportingPeriod, selection: ScopeSelection): CacheEntry {
    const entries = this.entries(period);
    let entry = entries.find((candidate) => candidate.selection === selection);
    if (entry === undefined) {
      entry = { selection, parts: 0, byPart: new Map(), custom: new Map() };
      entries.push(entry);
    }
    return entry;
  }

  /** Entries of a period whose scopes include every scope of `selection`. */
  private covering(period: ReportingPeriod, selection: ScopeSelection): CacheEntry[] {
    return this.entries(period).filter((entry) => {
      if (entry.selection === selection) return true;
      const have = entry.selection.marks;
      const want = selection.marks;
      for (let position = 0; position < want.length; position += 1)
        if (want[position] === 1 && have[position] !== 1) return false;
      return true;
    });
  }

  /**
   * Computes what the requests need and the cache lacks: every built-in fact in one pass over the records,
   * each other fact with one call of its `compute` per selection of scopes.
   */
  prepare(requests: readonly FactRequest[]): void {
    const pass: { request: PeriodRequest; entry: CacheEntry }[] = [];
    const custom = new Map<
      ReportFact<unknown>,
      Map<ScopeSelection, Map<string, ReportingPeriod>>
    >();
    for (const { period, facts, selection } of requests) {
      let wanted = 0;
      const covering = this.covering(period, selection);
      for (const fact of facts) {
        const plan = planOfBuiltInFact(fact);
        if (plan !== undefined) {
          wanted |= plan.parts;
        } else if (!covering.some((entry) => entry.custom.has(fact))) {
          let bySelection = custom.get(fact);
          if (bySelection === undefined) {
            bySelection = new Map();
            custom.set(fact, bySelection);
          }
          let periods = bySelection.get(selection);
          if (periods === undefined) {
            periods = new Map();
            bySelection.set(selection, periods);
          }
          periods.set(periodKey(period), period);
        }
      }
      let held = 0;
      for (const entry of covering) held |= entry.parts;
      const missing = wanted & ~held;
      if (missing === 0) continue;
      const entry = this.entryFor(period, selection);
      const queued = pass.find((item) => item.entry === entry);
      if (queued !== undefined) {
        queued.request = { ...queued.request, parts: queued.request.parts | missing };
      } else {
        pass.push({ request: { period, parts: missing, scopes: selection.marks }, entry });
      }
    }
    if (pass.length > 0) {
      this.passes += 1;
      const results = computePeriodFacts(
        this.index,
        pass.map((item) => item.request),
      );
      results.forEach((facts, position) => {
        const { request, entry } = pass[position]!;
        entry.parts |= request.parts;
        for (let bit = 1; bit <= request.parts; bit <<= 1)
          if ((request.parts & bit) !== 0) entry.byPart.set(bit, facts);
      });
    }
    for (const [fact, bySelection] of custom) {
      for (const [selection, byKey] of bySelection) {
        const periods = [...byKey.values()];
        this.passes += 1;
        const values = fact.compute({
          records: this.countedRecords(),
          periods,
          scopes: selection.scopes,
        });
        if (!Array.isArray(values) || values.length !== periods.length) {
          throw new ReportError(
            'REPORT_INVALID_METRIC',
            `fact ${fact.id}: compute must return one entry per period`,
          );
        }
        periods.forEach((period, position) => {
          const forScope = values[position];
          if (typeof forScope !== 'function') {
            throw new ReportError(
              'REPORT_INVALID_METRIC',
              `fact ${fact.id}: entry ${position} of compute is not a function of the scope`,
            );
          }
          this.entryFor(period, selection).custom.set(fact, forScope);
        });
      }
    }
  }

  /** The value of a fact for a period and scope, computing it for the whole batch of periods when missing. */
  read(
    fact: ReportFact<unknown>,
    period: ReportingPeriod,
    scope: ReportScope,
    batch: readonly ReportingPeriod[],
    selection: ScopeSelection,
  ): unknown {
    const plan = planOfBuiltInFact(fact);
    const position = scopePositionOf(this.index.layout, scope);
    // A built-in fact has no value for a scope the records do not have.
    if (plan !== undefined && position < 0) return undefined;
    const find = (): CacheEntry | undefined =>
      this.entries(period).find(
        (entry) =>
          (position >= 0 ? entry.selection.marks[position] === 1 : entry.selection === selection) &&
          (plan !== undefined ? (entry.parts & plan.parts) === plan.parts : entry.custom.has(fact)),
      );
    let entry = find();
    if (entry === undefined) {
      this.prepare(batch.map((each) => ({ period: each, facts: [fact], selection })));
      entry = find();
    }
    if (entry === undefined) return undefined;
    if (plan !== undefined) return readBuiltInFact(plan, entry.byPart.get(plan.parts)!, scope);
    return entry.custom.get(fact)?.(scope);
  }

  /** The context a metric computes from: reads go through the engine's cache. */
  context(
    period: ReportingPeriod,
    scope: ReportScope,
    batch: readonly ReportingPeriod[],
    selection: ScopeSelection,
  ): MetricContext {
    const engine = this;
    return {
      get records() {
        return engine.countedRecords();
      },
      period,
      scope,
      read: <Value>(fact: ReportFact<Value>) =>
        engine.read(fact, period, scope, batch, selection) as Value | undefined,
    };
  }

  /** A metric's value: `null` for a scope the metric is not defined for, else its `compute` on a context. */
  valueOf(
    definition: MetricDefinition,
    period: ReportingPeriod,
    scope: ReportScope,
    batch: readonly ReportingPeriod[],
    selection: ScopeSelection,
  ): MetricValue {
    if (!definition.scopes.includes(scope.kind)) return { value: null };
    return definition.compute(this.context(period, scope, batch, selection));
  }

  /** Looks a metric up by id among the given, the engine's and the built-in metrics, or returns the definition given. */
  resolveMetric(
    metric: MetricDefinition | string,
    metrics: readonly MetricDefinition[] | undefined,
  ): MetricDefinition {
    if (typeof metric !== 'string') {
      if (metric === null || typeof metric !== 'object' || typeof metric.compute !== 'function') {
        throw new ReportError(
          'REPORT_INVALID_OPTIONS',
          'metric: expected a metric id or a metric definition',
        );
      }
      return metric;
    }
    const found =
      (metrics ?? []).find((candidate) => candidate.id === metric) ??
      this.options.metrics.find((candidate) => candidate.id === metric) ??
      findBuiltInMetric(metric);
    if (found === undefined) {
      throw new ReportError(
        'REPORT_UNKNOWN_METRIC',
        'metric: no built-in or given metric has this id',
      );
    }
    return found;
  }

  /** Computes one metric for a period and scope. */
  compute(metric: MetricDefinition | string, options: ComputeMetricOptions): MetricResult {
    requireOptionsObject(options, '{ period, scope?, metrics? }');
    const definition = this.resolveMetric(metric, options.metrics);
    const period = resolvePeriod(this.records, options.period);
    const scope = requireScope(options.scope);
    const selection = this.selectionFor(scope);
    const batch = [period];
    if (definition.scopes.includes(scope.kind)) {
      this.prepare([{ period, facts: definition.facts ?? [], selection }]);
    }
    const value = this.valueOf(definition, period, scope, batch, selection);
    return { ...value, metricId: definition.id, unit: definition.unit, period, scope };
  }

  /** Computes a metric for each month of a range, every month's facts in one pass. */
  computeTrend(metric: MetricDefinition | string, options: ComputeTrendOptions): MetricTrend {
    requireOptionsObject(options, '{ range, scope?, metrics? }');
    const definition = this.resolveMetric(metric, options.metrics);
    const range = resolvePeriod(this.records, options.range);
    const scope = requireScope(options.scope);
    const selection = this.selectionFor(scope);
    const months = splitIntoMonths(range);
    if (definition.scopes.includes(scope.kind)) {
      this.prepare(
        months.map((month) => ({ period: month, facts: definition.facts ?? [], selection })),
      );
    }
    const points = months.map((month) => ({
      ...this.valueOf(definition, month, scope, months, selection),
      period: month,
    }));
    return { metricId: definition.id, unit: definition.unit, range, scope, points };
  }
}

/** An engine for one call of a plain function: it computes only the scopes asked for and is dropped afterwards. */
export function createOneCallEngine(
  records: ProgramRecords | Frozen<ProgramRecords>,
): ReportEngineCore {
  // Read-only use: a frozen bundle and a plain one read alike.
  return new ReportEngineCore(records as ProgramRecords, { wholeKinds: false, metrics: [] });
}

/**
 * The records restricted to the parents a program's consent policy lets it count (the first of two parents with
 * the same id decides), with their referrals, matches, contacts, children's episodes, placements and reports, and group attendance; the records
 * themselves when the program counts every parent.
 */
export function filterByConsent(records: ProgramRecords): ProgramRecords {
  if (records.program.reportOnlyConsentingParents !== true) return records;
  const listed = new Set<string>();
  const consenting = new Set<string>();
  for (const parent of records.parents) {
    if (listed.has(parent.id)) continue;
    listed.add(parent.id);
    if (parent.reportingConsent === true) consenting.add(parent.id);
  }
  const counted = (parentId: string): boolean => consenting.has(parentId);
  return {
    program: records.program,
    parents: records.parents.filter((parent) => counted(parent.id)),
    ...(records.partners ? { partners: records.partners } : {}),
    ...(records.referrals
      ? { referrals: records.referrals.filter((record) => counted(record.parentId)) }
      : {}),
    ...(records.matches
      ? { matches: records.matches.filter((record) => counted(record.parentId)) }
      : {}),
    ...(records.contacts
      ? { contacts: records.contacts.filter((record) => counted(record.parentId)) }
      : {}),
    ...(records.removalEpisodes
      ? { removalEpisodes: records.removalEpisodes.filter((record) => counted(record.parentId)) }
      : {}),
    ...(records.placements
      ? {
          // A placement belongs to the parent of its episode.
          placements: (() => {
            const kept = new Set(
              (records.removalEpisodes ?? [])
                .filter((record) => counted(record.parentId))
                .map((record) => record.id),
            );
            return records.placements.filter((record) => kept.has(record.episodeId));
          })(),
        }
      : {}),
    ...(records.maltreatmentReports
      ? {
          maltreatmentReports: records.maltreatmentReports.filter((record) =>
            counted(record.parentId),
          ),
        }
      : {}),
    ...(records.supportSessions ? { supportSessions: records.supportSessions } : {}),
    ...(records.engagements
      ? {
          engagements: records.engagements.map((engagement) => ({
            ...engagement,
            graduateParentIds: engagement.graduateParentIds.filter(
              (parentId) => !listed.has(parentId) || counted(parentId),
            ),
          })),
        }
      : {}),
    ...(records.groupEvents
      ? {
          groupEvents: records.groupEvents.map((event) => ({
            ...event,
            attendeeParentIds: event.attendeeParentIds.filter(counted),
          })),
        }
      : {}),
  };
}
