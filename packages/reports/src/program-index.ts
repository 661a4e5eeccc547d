import type { Match, Outcome, ParentPartner } from '@parent-partner/core';
import { dayNumberOf, monthIndexOf } from './calendar-keys';
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
}

/** A child's substantiated maltreatment reports, as ascending day numbers. */
export interface MaltreatmentHistory {
  /** Position of the child's parent. */
  readonly parent: number;
  /** Dates of the reports, ascending. */
  readonly dates: string[];
  /** Day numbers of the reports, ascending. */
  readonly days: number[];
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
  /** Records left out because they name a parent missing from the parent list. */
  readonly recordsWithUnknownParent: number;
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
  let recordsWithUnknownParent = 0;
  const countedParent = (parentId: string): number => {
    const position = parentPosition.get(parentId);
    if (position === undefined) {
      recordsWithUnknownParent += 1;
      return -1;
    }
    return parentIncluded[position] === 1 ? position : -1;
  };

  const partners = layout.partnerIds.map(
    (id) => (records.partners ?? []).find((partner) => partner.id === id) as ParentPartner,
  );

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
    get recordsWithUnknownParent() {
      return recordsWithUnknownParent;
    },
  };
}

function readChildHistories(
  records: ProgramRecords,
  countedParent: (parentId: string) => number,
): { episodes: CareEpisode[]; maltreatment: MaltreatmentHistory[] } {
  const byChild = new Map<string, { parent: number; childId: string; events: Outcome[] }>();
  for (const outcome of records.outcomes ?? []) {
    const parent = countedParent(outcome.parentId);
    if (parent < 0) continue;
    const key = `${parent}\u0000${outcome.childId}`;
    const entry = byChild.get(key) ?? { parent, childId: outcome.childId, events: [] };
    entry.events.push(outcome);
    byChild.set(key, entry);
  }
  const birthDates = new Map<string, { birthDate?: string; ageYears?: number }>();
  records.parents.forEach((parent) => {
    for (const child of parent.children) {
      birthDates.set(`${parent.id}\u0000${child.id}`, {
        ...(child.birthDate !== undefined ? { birthDate: child.birthDate } : {}),
        ...(child.ageYears !== undefined ? { ageYears: child.ageYears } : {}),
      });
    }
  });
  const episodes: CareEpisode[] = [];
  const maltreatment: MaltreatmentHistory[] = [];
  for (const [key, { parent, childId, events }] of byChild) {
    // Stable sort: events of the same day keep the order in which they were recorded.
    events.sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0));
    const parentId = records.parents[parent]?.id ?? '';
    const child = birthDates.get(`${parentId}\u0000${childId}`);
    let open: CareEpisode | undefined;
    let previous: CareEpisode | undefined;
    const reports: MaltreatmentHistory = { parent, dates: [], days: [] };
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
        previous = open;
        open = undefined;
      } else if (event.event === 'substantiated_maltreatment') {
        reports.dates.push(event.date);
        reports.days.push(day);
      }
    }
    if (reports.days.length > 0) maltreatment.push(reports);
  }
  return { episodes, maltreatment };
}
