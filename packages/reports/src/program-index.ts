import type { Match, Outcome, ParentPartner, Referral } from '@parent-partner/core';
import { dayNumberOf, lastDayWithin12MonthsOf, monthIndexOf } from './calendar-keys';
import type { ReportScope } from './metric';
import type { ProgramRecords } from './program-records';

// Integer indexes over a program's records, built once per records object and
// shared by every period: scope slots, parents, partners and matches by position.

/** Scope positions: 0 is the program, then one per county, then one per partner. */
export interface ScopeLayout {
  /** Counties in scope order (the program's counties first, then any other county found in the records). */
  readonly countyFips: readonly string[];
  /** County names by position (the FIPS code when the program does not name the county). */
  readonly countyNames: readonly string[];
  /** Partner ids in scope order. */
  readonly partnerIds: readonly string[];
  /** Number of scope positions: 1 + counties + partners. */
  readonly scopeCount: number;
  /** Position of a county's scope. */
  readonly countyScope: ReadonlyMap<string, number>;
  /** Position of a partner's scope. */
  readonly partnerScope: ReadonlyMap<string, number>;
}

/** A child's stay in out-of-home care, read from outcome events. */
export interface CareEpisode {
  /** Position of the child's parent. */
  readonly parent: number;
  /** Key of the child (parent position and child id). */
  readonly child: string;
  /** Day number of the entry into care. */
  readonly entryDay: number;
  /** Date of the entry into care. */
  readonly entryDate: string;
  /** Age in whole years at entry, when known. */
  readonly ageAtEntry: number | undefined;
  /** Day number of the latest trial home visit that began during the stay. */
  trialHomeVisitDay: number | undefined;
  /** Day number of the discharge. */
  exitDay: number | undefined;
  /** Date of the discharge. */
  exitDate: string | undefined;
  /** Outcome event code of the discharge. */
  exitKind: string | undefined;
  /** Day number of the next entry into care after this discharge. */
  nextEntryDay: number | undefined;
  /** Day number of the last day within 12 months of the entry. */
  readonly windowEndDay: number;
  /** Day number of the last day within 12 months of the discharge. */
  followUpEndDay: number | undefined;
}

/** A child's substantiated maltreatment reports, as ascending day numbers. */
export interface MaltreatmentHistory {
  /** Position of the child's parent. */
  readonly parent: number;
  /** Dates of the reports, ascending. */
  readonly dates: string[];
  /** Day numbers of the reports, ascending. */
  readonly days: number[];
  /** Day numbers of the last day within 12 months of each report. */
  readonly followUpEndDays: number[];
}

/** A referral read once for every period: its dates as day numbers and its scopes. */
export interface IndexedReferrals {
  /** Received date (`YYYY-MM-DD`, the local date written in the timestamp). */
  readonly received: readonly string[];
  /** Position of the parent (-1 when unknown; -2 when not counted by the consent policy). */
  readonly parent: Int32Array;
  /** County scope (-1 when unknown). */
  readonly county: Int32Array;
  /** Source code. */
  readonly source: readonly string[];
  /** Status code. */
  readonly status: readonly string[];
  /** Days from referral to first contact (NaN when none). */
  readonly firstContactDays: Float64Array;
  /** Days from referral to the start of its match (NaN when none). */
  readonly matchDays: Float64Array;
}

/** Indexed records of one program. */
export interface ProgramIndex {
  /** The records, as given. */
  readonly records: ProgramRecords;
  /** Whether only parents who consented to reporting are counted. */
  readonly consentFiltered: boolean;
  /** Scope layout. */
  readonly layout: ScopeLayout;
  /** Parent position by id (every listed parent, counted or not). */
  readonly parentPosition: ReadonlyMap<string, number>;
  /** 1 when the parent is counted (consented, or no consent policy). */
  readonly parentIncluded: Uint8Array;
  /** County scope of each parent's county of residence. */
  readonly parentCountyScope: Int32Array;
  /** Partners in layout order. */
  readonly partners: readonly ParentPartner[];
  /** Match position by id. */
  readonly matchPosition: ReadonlyMap<string, number>;
  /** Matches by position. */
  readonly matches: readonly Match[];
  /** Parent position of each match (-1 when unknown or not counted). */
  readonly matchParent: Int32Array;
  /** Partner scope of each match (-1 when the partner is not listed). */
  readonly matchPartnerScope: Int32Array;
  /** County scope of each match. */
  readonly matchCountyScope: Int32Array;
  /** 1 when the match is a mentoring match (active, paused or closed, with a start date). */
  readonly matchService: Uint8Array;
  /** Start day number (service matches). */
  readonly matchStartDay: Float64Array;
  /** End day number, +Infinity while open. */
  readonly matchEndDay: Float64Array;
  /** Start month index (service matches). */
  readonly matchStartMonth: Int32Array;
  /** Earliest start date of a service match linked to each referral id. */
  readonly referralMatchStart: ReadonlyMap<string, string>;
  /** Start dates of each parent's service matches, ascending. */
  readonly parentMatchStarts: ReadonlyMap<number, readonly string[]>;
  /** Scopes (counties and partners) of each parent's service matches with their start dates. */
  readonly parentServiceScopes: ReadonlyMap<
    number,
    readonly (readonly [scope: number, startDate: string])[]
  >;
  /** Care episodes of the children of counted parents. */
  readonly episodes: readonly CareEpisode[];
  /** Substantiated maltreatment histories of the children of counted parents. */
  readonly maltreatment: readonly MaltreatmentHistory[];
  /** Referrals, read once. */
  readonly referrals: IndexedReferrals;
  /** Scopes of each partner: the program, the partner and each county the partner serves. */
  readonly partnerScopes: readonly (readonly number[])[];
}

const SERVICE_STATUSES = new Set(['active', 'paused', 'closed']);
const EXIT_EVENTS = new Set([
  'reunified',
  'adoption',
  'guardianship',
  'living_with_other_relatives',
  'aged_out',
]);

/** Resolves a report scope to its position in the layout, or -1 when the layout has no such county or partner. */
export function scopePositionOf(layout: ScopeLayout, scope: ReportScope): number {
  if (scope.kind === 'program') return 0;
  if (scope.kind === 'county') return layout.countyScope.get(scope.countyFips) ?? -1;
  return layout.partnerScope.get(scope.partnerId) ?? -1;
}

function buildLayout(records: ProgramRecords): ScopeLayout {
  const countyFips: string[] = [];
  const countyNames: string[] = [];
  const countyScope = new Map<string, number>();
  const addCounty = (fips: string | undefined, name?: string): void => {
    if (fips === undefined || countyScope.has(fips)) return;
    countyScope.set(fips, 1 + countyFips.length);
    countyFips.push(fips);
    countyNames.push(name ?? fips);
  };
  for (const county of records.program.counties) addCounty(county.fips, county.name);
  for (const parent of records.parents) addCounty(parent.countyFips);
  for (const referral of records.referrals ?? []) addCounty(referral.countyFips);
  for (const match of records.matches ?? []) addCounty(match.countyFips);
  for (const engagement of records.engagements ?? []) addCounty(engagement.countyFips);
  for (const event of records.groupEvents ?? []) addCounty(event.countyFips);
  const partnerIds: string[] = [];
  const partnerScope = new Map<string, number>();
  for (const partner of records.partners ?? []) {
    if (partnerScope.has(partner.id)) continue;
    partnerScope.set(partner.id, 1 + countyFips.length + partnerIds.length);
    partnerIds.push(partner.id);
  }
  return {
    countyFips,
    countyNames,
    partnerIds,
    scopeCount: 1 + countyFips.length + partnerIds.length,
    countyScope,
    partnerScope,
  };
}

function ageInYears(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5, 10) < birthDate.slice(5, 10) ? years - 1 : years;
}

/** Builds the integer indexes for a program's records. */
export function indexProgramRecords(records: ProgramRecords): ProgramIndex {
  const consentFiltered = records.program.reportOnlyConsentingParents === true;
  const layout = buildLayout(records);
  const parentPosition = new Map<string, number>();
  const parentIncluded = new Uint8Array(records.parents.length);
  const parentCountyScope = new Int32Array(records.parents.length);
  records.parents.forEach((parent, position) => {
    if (parentPosition.has(parent.id)) return;
    parentPosition.set(parent.id, position);
    parentIncluded[position] = !consentFiltered || parent.reportingConsent === true ? 1 : 0;
    parentCountyScope[position] = layout.countyScope.get(parent.countyFips) ?? -1;
  });
  const countedParent = (parentId: string): number => {
    const position = parentPosition.get(parentId);
    return position !== undefined && parentIncluded[position] === 1 ? position : -1;
  };

  const partnerById = new Map<string, ParentPartner>(
    (records.partners ?? []).map((partner) => [partner.id, partner]),
  );
  const partners = layout.partnerIds.map((id) => partnerById.get(id) as ParentPartner);

  const matches = records.matches ?? [];
  const matchCount = matches.length;
  const matchPosition = new Map<string, number>();
  const matchParent = new Int32Array(matchCount);
  const matchPartnerScope = new Int32Array(matchCount);
  const matchCountyScope = new Int32Array(matchCount);
  const matchService = new Uint8Array(matchCount);
  const matchStartDay = new Float64Array(matchCount);
  const matchEndDay = new Float64Array(matchCount);
  const matchStartMonth = new Int32Array(matchCount);
  const referralMatchStart = new Map<string, string>();
  const parentMatchStarts = new Map<number, string[]>();
  const parentServiceScopes = new Map<number, (readonly [number, string])[]>();
  for (let position = 0; position < matchCount; position += 1) {
    const match = matches[position] as Match;
    matchPosition.set(match.id, position);
    const parent = countedParent(match.parentId);
    matchParent[position] = parent;
    matchPartnerScope[position] = layout.partnerScope.get(match.partnerId) ?? -1;
    matchCountyScope[position] = layout.countyScope.get(match.countyFips) ?? -1;
    const start = match.startDate;
    const service = parent >= 0 && start !== undefined && SERVICE_STATUSES.has(match.status);
    matchService[position] = service ? 1 : 0;
    if (!service || start === undefined) continue;
    matchStartDay[position] = dayNumberOf(start);
    // A closed match without an end date is taken to have ended on its start date.
    matchEndDay[position] =
      match.endDate !== undefined
        ? dayNumberOf(match.endDate)
        : match.status === 'closed'
          ? dayNumberOf(start)
          : Number.POSITIVE_INFINITY;
    matchStartMonth[position] = monthIndexOf(start);
    if (match.referralId !== undefined) {
      const known = referralMatchStart.get(match.referralId);
      if (known === undefined || start < known) referralMatchStart.set(match.referralId, start);
    }
    const starts = parentMatchStarts.get(parent) ?? [];
    starts.push(start);
    parentMatchStarts.set(parent, starts);
    const scopes = parentServiceScopes.get(parent) ?? [];
    const countyScope = matchCountyScope[position] ?? -1;
    const partnerScope = matchPartnerScope[position] ?? -1;
    if (countyScope >= 0) scopes.push([countyScope, start]);
    if (partnerScope >= 0) scopes.push([partnerScope, start]);
    parentServiceScopes.set(parent, scopes);
  }
  for (const starts of parentMatchStarts.values()) starts.sort();

  const { episodes, maltreatment } = readChildHistories(records, countedParent);

  return {
    records,
    consentFiltered,
    layout,
    parentPosition,
    parentIncluded,
    parentCountyScope,
    partners,
    matchPosition,
    matches,
    matchParent,
    matchPartnerScope,
    matchCountyScope,
    matchService,
    matchStartDay,
    matchEndDay,
    matchStartMonth,
    referralMatchStart,
    parentMatchStarts,
    parentServiceScopes,
    episodes,
    maltreatment,
    referrals: indexReferrals(
      records,
      layout,
      parentPosition,
      parentIncluded,
      referralMatchStart,
      parentMatchStarts,
    ),
    partnerScopes: partners.map((partner, position) => {
      const scopes = [0, 1 + layout.countyFips.length + position];
      for (const fips of partner.countiesServed) {
        const county = layout.countyScope.get(fips);
        if (county !== undefined && !scopes.includes(county)) scopes.push(county);
      }
      return scopes;
    }),
  };
}

function readChildHistories(
  records: ProgramRecords,
  countedParent: (parentId: string) => number,
): { episodes: CareEpisode[]; maltreatment: MaltreatmentHistory[] } {
  // Outcomes grouped by parent in one array per parent, then by child within that (parents have few children).
  const byParent = new Map<number, Outcome[]>();
  for (const outcome of records.outcomes ?? []) {
    const parent = countedParent(outcome.parentId);
    if (parent < 0) continue;
    const events = byParent.get(parent);
    if (events === undefined) byParent.set(parent, [outcome]);
    else events.push(outcome);
  }
  const episodes: CareEpisode[] = [];
  const maltreatment: MaltreatmentHistory[] = [];
  for (const [parent, outcomes] of byParent) {
    const parentRecord = records.parents[parent];
    const children = new Map<string, Outcome[]>();
    for (const outcome of outcomes) {
      const events = children.get(outcome.childId);
      if (events === undefined) children.set(outcome.childId, [outcome]);
      else events.push(outcome);
    }
    for (const [childId, events] of children) {
      // Stable sort: events of the same day keep the order in which they were recorded.
      events.sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0));
      const child = parentRecord?.children.find((candidate) => candidate.id === childId);
      const key = `${parent}\u0000${childId}`;
      let open: CareEpisode | undefined;
      let previous: CareEpisode | undefined;
      const reports: MaltreatmentHistory = { parent, dates: [], days: [], followUpEndDays: [] };
      for (const event of events) {
        const day = dayNumberOf(event.date);
        if (event.event === 'entered_care' || event.event === 're_entry') {
          if (open !== undefined) continue;
          const ageAtEntry =
            child?.birthDate !== undefined
              ? ageInYears(child.birthDate, event.date)
              : child?.ageYears;
          open = {
            parent,
            child: key,
            entryDay: day,
            entryDate: event.date,
            ageAtEntry,
            trialHomeVisitDay: undefined,
            exitDay: undefined,
            exitDate: undefined,
            exitKind: undefined,
            nextEntryDay: undefined,
            windowEndDay: lastDayWithin12MonthsOf(event.date),
            followUpEndDay: undefined,
          };
          if (previous !== undefined) previous.nextEntryDay = day;
          episodes.push(open);
        } else if (event.event === 'trial_home_visit') {
          if (open !== undefined) open.trialHomeVisitDay = day;
        } else if (EXIT_EVENTS.has(event.event)) {
          if (open === undefined) continue;
          open.exitDay = day;
          open.exitDate = event.date;
          open.exitKind = event.event;
          open.followUpEndDay = lastDayWithin12MonthsOf(event.date);
          previous = open;
          open = undefined;
        } else if (event.event === 'substantiated_maltreatment') {
          reports.dates.push(event.date);
          reports.days.push(day);
          reports.followUpEndDays.push(lastDayWithin12MonthsOf(event.date));
        }
      }
      if (reports.days.length > 0) maltreatment.push(reports);
    }
  }
  return { episodes, maltreatment };
}

function indexReferrals(
  records: ProgramRecords,
  layout: ScopeLayout,
  parentPosition: ReadonlyMap<string, number>,
  parentIncluded: Uint8Array,
  referralMatchStart: ReadonlyMap<string, string>,
  parentMatchStarts: ReadonlyMap<number, readonly string[]>,
): IndexedReferrals {
  const list = records.referrals ?? [];
  const count = list.length;
  const received: string[] = new Array(count);
  const parent = new Int32Array(count);
  const county = new Int32Array(count);
  const source: string[] = new Array(count);
  const status: string[] = new Array(count);
  const firstContactDays = new Float64Array(count);
  const matchDays = new Float64Array(count);
  for (let position = 0; position < count; position += 1) {
    const referral = list[position] as Referral;
    const date = referral.receivedAt.slice(0, 10);
    const receivedDay = dayNumberOf(date);
    received[position] = date;
    const known = parentPosition.get(referral.parentId);
    const parentOf = known === undefined ? -1 : parentIncluded[known] === 1 ? known : -2;
    parent[position] = parentOf;
    county[position] = layout.countyScope.get(referral.countyFips) ?? -1;
    source[position] = referral.source;
    status[position] = referral.status;
    firstContactDays[position] =
      referral.firstContactAt !== undefined
        ? dayNumberOf(referral.firstContactAt) - receivedDay
        : Number.NaN;
    // The match made for a referral: the match linked to it, else the parent's first match starting on or after it.
    let start = referralMatchStart.get(referral.id);
    if (start === undefined && parentOf >= 0) {
      for (const candidate of parentMatchStarts.get(parentOf) ?? []) {
        if (candidate >= date) {
          start = candidate;
          break;
        }
      }
    }
    matchDays[position] = start !== undefined ? dayNumberOf(start) - receivedDay : Number.NaN;
  }
  return { received, parent, county, source, status, firstContactDays, matchDays };
}
