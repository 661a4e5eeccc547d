import { parsePeriod, type ReportingPeriod } from '@parent-partner/core';
import { ReportError } from './errors';
import type { MetricContext, ReportScope } from './metric';
import { computePeriodFacts, type FactsDetail, type PeriodFacts } from './period-facts';
import { indexProgramRecords, type ProgramIndex } from './program-index';
import type { ProgramRecords } from './program-records';

// Caches that let many metrics, a whole report and a trend share one index of
// the records and one pass per set of periods.

const indexes = new WeakMap<ProgramRecords, ProgramIndex>();
const factsByIndex = new WeakMap<ProgramIndex, Map<string, PeriodFacts>>();
const contextFacts = new WeakMap<MetricContext, (detail: FactsDetail) => PeriodFacts>();
const filteredRecords = new WeakMap<ProgramIndex, ProgramRecords>();

function periodKey(period: ReportingPeriod): string {
  return `${period.start}..${period.end}`;
}

/** The index of a program's records, built on first use. */
export function getProgramIndex(records: ProgramRecords): ProgramIndex {
  let index = indexes.get(records);
  if (index === undefined) {
    if (
      records === null ||
      typeof records !== 'object' ||
      records.program === undefined ||
      !Array.isArray(records.parents)
    ) {
      throw new ReportError(
        'REPORT_INVALID_OPTIONS',
        'records: expected { program, parents, ... }',
      );
    }
    index = indexProgramRecords(records);
    indexes.set(records, index);
  }
  return index;
}

/** Facts for each period, computing in one pass those not cached yet at the detail asked for. */
export function getPeriodFacts(
  index: ProgramIndex,
  periods: readonly ReportingPeriod[],
  details: readonly FactsDetail[] = [],
): PeriodFacts[] {
  let cache = factsByIndex.get(index);
  if (cache === undefined) {
    cache = new Map();
    factsByIndex.set(index, cache);
  }
  const missing: ReportingPeriod[] = [];
  const missingDetails: FactsDetail[] = [];
  periods.forEach((period, position) => {
    const key = periodKey(period);
    const detail = details[position] ?? 'full';
    const cached = cache.get(key);
    if (cached !== undefined && (cached.detail === 'full' || detail === 'trend')) return;
    const already = missing.findIndex((other) => periodKey(other) === key);
    if (already >= 0) {
      if (detail === 'full') missingDetails[already] = 'full';
      return;
    }
    missing.push(period);
    missingDetails.push(detail);
  });
  if (missing.length > 0) {
    computePeriodFacts(index, missing, missingDetails).forEach((facts, position) => {
      cache.set(periodKey(missing[position]!), facts);
    });
  }
  return periods.map((period) => cache.get(periodKey(period))!);
}

/** Reads a period given as a label (with the program's fiscal year) or as a period object. */
export function resolvePeriod(
  records: ProgramRecords,
  period: ReportingPeriod | string,
): ReportingPeriod {
  if (typeof period === 'string') {
    return parsePeriod(period, { fiscalYearStartMonth: records.program.fiscalYearStartMonth });
  }
  if (
    period === null ||
    typeof period !== 'object' ||
    typeof period.start !== 'string' ||
    typeof period.end !== 'string'
  ) {
    throw new ReportError(
      'REPORT_INVALID_OPTIONS',
      'period: expected a period label or a reporting period',
    );
  }
  return period;
}

function filterByConsent(index: ProgramIndex): ProgramRecords {
  const records = index.records;
  if (!index.consentFiltered) return records;
  let filtered = filteredRecords.get(index);
  if (filtered !== undefined) return filtered;
  const counted = (parentId: string): boolean => {
    const position = index.parentPosition.get(parentId);
    return position !== undefined && index.parentIncluded[position] === 1;
  };
  filtered = {
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
    ...(records.outcomes
      ? { outcomes: records.outcomes.filter((record) => counted(record.parentId)) }
      : {}),
    ...(records.supportSessions ? { supportSessions: records.supportSessions } : {}),
    ...(records.engagements
      ? {
          engagements: records.engagements.map((engagement) => ({
            ...engagement,
            graduateParentIds: engagement.graduateParentIds.filter(
              (parentId) => !index.parentPosition.has(parentId) || counted(parentId),
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
  filteredRecords.set(index, filtered);
  return filtered;
}

/** Creates the context a metric computes from, backed by the shared facts of its period. */
export function createMetricContext(
  index: ProgramIndex,
  period: ReportingPeriod,
  scope: ReportScope,
): MetricContext {
  let records: ProgramRecords | undefined;
  const context: MetricContext = {
    get records() {
      records ??= filterByConsent(index);
      return records;
    },
    period,
    scope,
  };
  contextFacts.set(context, (detail) => getPeriodFacts(index, [period], [detail])[0]!);
  return context;
}

/** The facts behind a context created by {@link createMetricContext}. */
export function readFacts(context: MetricContext, detail: FactsDetail = 'full'): PeriodFacts {
  const facts = contextFacts.get(context);
  if (facts === undefined) {
    throw new ReportError(
      'REPORT_INVALID_OPTIONS',
      'context: built-in metrics are computed through computeMetric, computeTrend or buildProgramReport',
    );
  }
  return facts(detail);
}
