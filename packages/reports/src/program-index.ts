import type { Match, Parent, ParentPartner, Referral, RemovalEpisode } from '@parent-partner/core';
import { dayNumberOf, lastDayWithin12MonthsOf, monthIndexOf } from './calendar-keys';
import { ReportError } from './errors';
import type { ReportScope } from './metric';
import type { ProgramRecords } from './program-records';

// Integer indexes over a program's records, built once per report engine and
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

/** A child's stay in out-of-home care, read from a removal episode. */
export interface CareEpisode {
  /** Position of the child's parent. */
  readonly parent: number;
  /** Number of the child within the index (one per parent and child id). */
  readonly child: number;
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
  /** Exit reason of the discharge. */
  exitKind: string | undefined;
  /** Day number of the next entry into care after this discharge. */
  nextEntryDay: number | undefined;
  /** Day number of the last day within 12 months of the entry. */
  readonly windowEndDay: number;
  /** Day number of the last day within 12 months of the discharge. */
  followUpEndDay: number | undefined;
}

/** A child's substantiated or indicated maltreatment reports, as ascending day numbers. */
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

/** Resolves a report scope to its position in the layout, or -1 when the layout has no such county or partner. */
export function scopePositionOf(layout: ScopeLayout, scope: ReportScope): number {
  if (scope.kind === 'program') return 0;
  if (scope.kind === 'county') return layout.countyScope.get(scope.countyFips) ?? -1;
  return layout.partnerScope.get(scope.partnerId) ?? -1;
}

/** Marks the positions of the given scopes (and always the program's); scopes the layout lacks are left out. */
export function markScopes(layout: ScopeLayout, scopes: readonly ReportScope[]): Uint8Array {
  const marks = new Uint8Array(layout.scopeCount);
  marks[0] = 1;
  for (const scope of scopes) {
    const position = scopePositionOf(layout, scope);
    if (position >= 0) marks[position] = 1;
  }
  return marks;
}

/** Refuses what is not a program's records, naming the field; the records' own values are never read out. */
export function requireProgramRecords(records: ProgramRecords): void {
  if (
    records === null ||
    typeof records !== 'object' ||
    records.program === null ||
    typeof records.program !== 'object' ||
    !Array.isArray(records.parents)
  ) {
    throw new ReportError('REPORT_INVALID_OPTIONS', 'records: expected { program, parents, ... }');
  }
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
  // Indexed loops over the large lists, skipping a county just seen (lists are often grouped by county).
  const addCounties = (list: readonly { readonly countyFips: string }[]): void => {
    let last: string | undefined;
    for (let position = 0; position < list.length; position += 1) {
      const fips = (list[position] as { readonly countyFips: string }).countyFips;
      if (fips === last) continue;
      last = fips;
      addCounty(fips);
    }
  };
  addCounties(records.parents);
  addCounties(records.referrals ?? []);
  addCounties(records.matches ?? []);
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

/** The number written in `text` from `start` to `end` (digits only). */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let position = start; position < end; position += 1)
    value = value * 10 + text.charCodeAt(position) - 48;
  return value;
}

function ageInYears(birthDate: string, on: string): number {
  const years = digitsAt(on, 0, 4) - digitsAt(birthDate, 0, 4);
  // MMDD as a number orders like the `MM-DD` text.
  const monthDay = digitsAt(on, 5, 7) * 100 + digitsAt(on, 8, 10);
  const birthMonthDay = digitsAt(birthDate, 5, 7) * 100 + digitsAt(birthDate, 8, 10);
  return monthDay < birthMonthDay ? years - 1 : years;
}

/** Builds the integer indexes for a program's records. */
export function indexProgramRecords(records: ProgramRecords): ProgramIndex {
  const consentFiltered = records.program.reportOnlyConsentingParents === true;
  const layout = buildLayout(records);
  const parentPosition = new Map<string, number>();
  const parentIncluded = new Uint8Array(records.parents.length);
  const parentCountyScope = new Int32Array(records.parents.length);
  // The first of two parents with the same id wins. Setting the ids last to first leaves each id at its first
  // position with one hash operation per parent; the positions that lost are then left uncounted.
  const parents = records.parents;
  for (let position = parents.length - 1; position >= 0; position -= 1)
    parentPosition.set((parents[position] as Parent).id, position);
  const duplicates = parentPosition.size !== parents.length;
  let lastFips: string | undefined;
  let lastCounty = -1;
  for (let position = 0; position < parents.length; position += 1) {
    const parent = parents[position] as Parent;
    if (duplicates && parentPosition.get(parent.id) !== position) continue;
    parentIncluded[position] = !consentFiltered || parent.reportingConsent === true ? 1 : 0;
    if (parent.countyFips !== lastFips) {
      lastFips = parent.countyFips;
      lastCounty = layout.countyScope.get(lastFips) ?? -1;
    }
    parentCountyScope[position] = lastCounty;
  }
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
  // The latest trial home visit that began in each episode.
  const trialHomeVisitStart = new Map<string, string>();
  for (const placement of records.placements ?? []) {
    if (placement.setting !== 'trial_home_visit') continue;
    const known = trialHomeVisitStart.get(placement.episodeId);
    if (known === undefined || placement.startDate > known)
      trialHomeVisitStart.set(placement.episodeId, placement.startDate);
  }
  // Episodes grouped by parent and child (in order of first sight), each group in entry order.
  const groups = new Map<string, RemovalEpisode[]>();
  for (const episode of records.removalEpisodes ?? []) {
    if (countedParent(episode.parentId) < 0) continue;
    const key = `${episode.parentId}\u0000${episode.childId}`;
    const group = groups.get(key);
    if (group) group.push(episode);
    else groups.set(key, [episode]);
  }
  const episodes: CareEpisode[] = [];
  let childNumber = 0;
  for (const group of groups.values()) {
    group.sort((left, right) =>
      left.entryDate < right.entryDate ? -1 : left.entryDate > right.entryDate ? 1 : 0,
    );
    const first = group[0] as RemovalEpisode;
    const parent = countedParent(first.parentId);
    const child = records.parents[parent]?.children.find(
      (candidate) => candidate.id === first.childId,
    );
    const childKey = childNumber;
    childNumber += 1;
    let previous: CareEpisode | undefined;
    for (const episode of group) {
      const day = dayNumberOf(episode.entryDate);
      const visit = trialHomeVisitStart.get(episode.id);
      const care: CareEpisode = {
        parent,
        child: childKey,
        entryDay: day,
        entryDate: episode.entryDate,
        ageAtEntry:
          child?.birthDate !== undefined
            ? ageInYears(child.birthDate, episode.entryDate)
            : child?.ageYears,
        trialHomeVisitDay: visit === undefined ? undefined : dayNumberOf(visit),
        exitDay: episode.exitDate === undefined ? undefined : dayNumberOf(episode.exitDate),
        exitDate: episode.exitDate,
        exitKind: episode.exitReason,
        nextEntryDay: undefined,
        windowEndDay: lastDayWithin12MonthsOf(episode.entryDate),
        followUpEndDay:
          episode.exitDate === undefined ? undefined : lastDayWithin12MonthsOf(episode.exitDate),
      };
      if (previous !== undefined) previous.nextEntryDay = day;
      episodes.push(care);
      previous = care;
    }
  }
  const reports = new Map<string, { parent: number; dates: string[] }>();
  for (const report of records.maltreatmentReports ?? []) {
    if (report.disposition !== 'substantiated' && report.disposition !== 'indicated') continue;
    const parent = countedParent(report.parentId);
    if (parent < 0) continue;
    const key = `${report.parentId}\u0000${report.childId}`;
    const known = reports.get(key);
    if (known) known.dates.push(report.reportDate);
    else reports.set(key, { parent, dates: [report.reportDate] });
  }
  const maltreatment: MaltreatmentHistory[] = [];
  for (const { parent, dates } of reports.values()) {
    dates.sort();
    maltreatment.push({
      parent,
      dates,
      days: dates.map(dayNumberOf),
      followUpEndDays: dates.map(lastDayWithin12MonthsOf),
    });
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
