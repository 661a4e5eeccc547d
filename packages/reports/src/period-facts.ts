import {
  type Contact,
  contactActivities,
  contactModes,
  councilRoles,
  engagementKinds,
  groupEventKinds,
  matchClosureReasons,
  type ReportingPeriod,
  referralSources,
  supportSessionKinds,
} from '@parent-partner/core';
import { dayNumberOf, formatMonthIndex, monthIndexOf } from './calendar-keys';
import { CodeCounts, CodeTable } from './code-counts';
import type { ProgramIndex } from './program-index';

// Every figure of a period, for every scope, from one pass over each record
// list. Contacts (the big list) are read once for all requested periods; the
// pass allocates nothing per contact and compares dates as strings.

/** A numerator and a denominator per scope. */
export interface ProportionFacts {
  /** Numerators by scope position. */
  readonly numerator: Float64Array;
  /** Denominators by scope position. */
  readonly denominator: Float64Array;
}

/** The code tables shared by every period of one computation. */
export interface FactCodeTables {
  /** Referral sources. */
  readonly source: CodeTable;
  /** Match closure reasons. */
  readonly closure: CodeTable;
  /** Contact activities. */
  readonly activity: CodeTable;
  /** Contact modes. */
  readonly mode: CodeTable;
  /** Workforce support session kinds. */
  readonly support: CodeTable;
  /** Advisory council roles. */
  readonly role: CodeTable;
  /** Engagement kinds. */
  readonly engagement: CodeTable;
  /** Group event kinds. */
  readonly groupEvent: CodeTable;
}

/**
 * The parts of the period pass, as bits: a request computes the union of the parts its facts need, and a
 * pass reads each record list at most once for all of them.
 */
export const PASS_PARTS = {
  /** Referral counts, statuses and timeliness. */
  referrals: 1,
  /** Parents served, matches started, active and closed, contacts and hours, active partners. */
  service: 2,
  /** Active match-months and those with a contact. */
  matchMonths: 4,
  /** New matches judged against the contact target. */
  contactTarget: 8,
  /** Children's permanency, discharge, re-entry and recurrence. */
  outcomes: 16,
  /** Caseload use, training compliance, support hours. */
  workforce: 32,
  /** Councils, seats, engagements and group events. */
  community: 64,
} as const;

/** A union of {@link PASS_PARTS} bits. */
export type PassParts = number;

const CONTACT_PARTS = PASS_PARTS.service | PASS_PARTS.matchMonths | PASS_PARTS.contactTarget;

/** Every figure of one period, by scope position (see {@link ProgramIndex.layout}). */
export interface PeriodFacts {
  /** The period. */
  readonly period: ReportingPeriod;
  /** The parts computed. */
  readonly parts: PassParts;
  /** 1 for each scope position computed (the program's is always computed). */
  readonly scopes: Uint8Array;
  /** The indexed records. */
  readonly index: ProgramIndex;
  /** Labels (`YYYY-MM`) of the months the period overlaps. */
  readonly months: readonly string[];
  /** Referrals received, by source (count). */
  readonly referralsBySource: CodeCounts;
  /** Referrals received in the period whose status is declined. */
  readonly referralsDeclined: Float64Array;
  /** Referrals received in the period whose status is unable to reach. */
  readonly referralsUnableToReach: Float64Array;
  /** Days from referral to first contact, per scope, ascending once the pass ends (created on first use). */
  readonly daysToFirstContact: (number[] | undefined)[];
  /** Days from referral to the start of the match, per scope, ascending once the pass ends (created on first use). */
  readonly daysToMatch: (number[] | undefined)[];
  /** Parents served (unduplicated within each scope). */
  readonly parentsServed: Float64Array;
  /** Matches that started in the period. */
  readonly newMatches: Float64Array;
  /** Matches active on the last day of the period. */
  readonly activeMatchesAtEnd: Float64Array;
  /** Matches closed in the period by reason (count; sum = days from start to end). */
  readonly matchesClosed: CodeCounts;
  /** Contacts by activity (count; sum = minutes). */
  readonly contactsByActivity: CodeCounts;
  /** Contacts by mode (count; sum = minutes). */
  readonly contactsByMode: CodeCounts;
  /** Active match-months by month (scope * months + month). */
  readonly matchMonthsActive: Float64Array;
  /** Active match-months with at least one contact, by month. */
  readonly matchMonthsContacted: Float64Array;
  /** CFSR permanency in 12 months. */
  readonly permanencyIn12Months: ProportionFacts;
  /** Discharges to reunification among discharges. */
  readonly reunificationAtDischarge: ProportionFacts;
  /** CFSR re-entry within 12 months. */
  readonly reEntryIn12Months: ProportionFacts;
  /** CFSR maltreatment recurrence within 12 months. */
  readonly maltreatmentRecurrence: ProportionFacts;
  /** New matches meeting the contact target through their first months. */
  readonly contactTargetMet: ProportionFacts;
  /** Whether the program has contact targets to measure. */
  readonly hasContactTargets: boolean;
  /** Partners with a contact or an active match in the period. */
  readonly activePartners: Float64Array;
  /** Active matches at period end held by partners whose status is active, over their capacity. */
  readonly caseloadUse: ProportionFacts;
  /** Partners whose status is active holding every required training on the last day, over those partners. */
  readonly trainingCompliance: ProportionFacts;
  /** Support sessions by kind (count = partner attendances; sum = partner-hours). */
  readonly supportHours: CodeCounts;
  /** Advisory council meetings held. */
  readonly councilMeetings: Float64Array;
  /** Council attendance by role (sum = people attending). */
  readonly councilAttendance: CodeCounts;
  /** Graduate parents on committees or boards during the period (unduplicated). */
  readonly graduateParentsOnBoards: Float64Array;
  /** Engagements by kind (count; sum = hours). */
  readonly engagements: CodeCounts;
  /** Group events by kind (count; sum = attendance). */
  readonly groupEvents: CodeCounts;
  /** Parents served who attended a group event (unduplicated). */
  readonly groupEventParents: Float64Array;
  /** Referrals of the period left out because they name a parent missing from the parent list. */
  referralsWithUnknownParent: number;
  /** Contacts of the period left out because they name a parent missing from the parent list. */
  contactsWithUnknownParent: number;
}

/**
 * (person, scope) pairs as numbers, with repeats: a growing typed array, sorted once at the end, allocates far
 * less than a `Set` of the same pairs.
 */
class PairList {
  private values = new Float64Array(64);
  private length = 0;

  add(pair: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = pair;
    this.length += 1;
  }

  /** Calls `visit` once for each distinct pair, in ascending order. */
  forEachDistinct(visit: (pair: number) => void): void {
    const sorted = this.values.subarray(0, this.length).sort();
    for (let position = 0; position < sorted.length; position += 1) {
      if (position > 0 && sorted[position] === sorted[position - 1]) continue;
      visit(sorted[position]!);
    }
  }
}

interface Slot {
  readonly facts: PeriodFacts;
  readonly parts: PassParts;
  /** 1 for each scope position to compute. */
  readonly scopes: Uint8Array;
  readonly start: string;
  readonly end: string;
  readonly startDay: number;
  readonly endDay: number;
  readonly firstMonth: number;
  readonly monthCount: number;
  /** Whether the period starts on the 1st and ends on a month's last day (no date check needed inside a month). */
  readonly wholeMonths: boolean;
  readonly servedProgram: Uint8Array;
  readonly servedLastCounty: Int32Array;
  readonly servedLastPartner: Int32Array;
  readonly servedPairs: PairList;
  readonly partnerActive: Uint8Array;
  readonly partnerLastCounty: Int32Array;
  readonly partnerPairs: PairList;
  readonly matchMonthFlags: Uint8Array;
  readonly cohortPosition: Int32Array;
  readonly cohortFaceToFace: Uint16Array;
  readonly cohortContacts: Uint16Array;
  readonly cohortMatches: number[];
}

interface MonthTarget {
  readonly faceToFace: number;
  readonly contacts: number | undefined;
}

function createProportion(scopeCount: number): ProportionFacts {
  return { numerator: new Float64Array(scopeCount), denominator: new Float64Array(scopeCount) };
}

function createCodeTables(): FactCodeTables {
  const codes = (list: { entries: readonly { code: string }[] }) =>
    list.entries.map((entry) => entry.code);
  return {
    source: new CodeTable(codes(referralSources)),
    closure: new CodeTable(codes(matchClosureReasons)),
    activity: new CodeTable(codes(contactActivities)),
    mode: new CodeTable(codes(contactModes)),
    support: new CodeTable(codes(supportSessionKinds)),
    role: new CodeTable(codes(councilRoles)),
    engagement: new CodeTable(codes(engagementKinds)),
    groupEvent: new CodeTable(codes(groupEventKinds)),
  };
}

/** Months 1..n of a match with the program's target for each, from its contact-target phases. */
function readMonthTargets(index: ProgramIndex): MonthTarget[] {
  const phases = index.records.program.contactTargets;
  if (phases.length === 0) return [];
  const finite = phases.filter((phase) => phase.toMonth !== undefined);
  // "The first months": the months the bounded phases cover, or the first phase's first three months.
  const lastMonth =
    finite.length > 0
      ? Math.max(...finite.map((phase) => phase.toMonth ?? phase.fromMonth))
      : (phases[0]?.fromMonth ?? 1) + 2;
  const targets: MonthTarget[] = [];
  for (let month = 1; month <= lastMonth; month += 1) {
    const phase = phases.find(
      (candidate) =>
        candidate.fromMonth <= month &&
        (candidate.toMonth === undefined || month <= candidate.toMonth),
    );
    targets.push({
      faceToFace: phase?.faceToFacePerMonth ?? 0,
      contacts: phase?.contactsPerMonth,
    });
  }
  return targets;
}

function monthEndDay(monthIndex: number): number {
  const nextYear = Math.floor((monthIndex + 1) / 12);
  const nextMonth = monthIndex + 1 - nextYear * 12 + 1;
  return (
    dayNumberOf(`${String(nextYear).padStart(4, '0')}-${String(nextMonth).padStart(2, '0')}-01`) - 1
  );
}

function monthStartDay(monthIndex: number): number {
  return dayNumberOf(`${formatMonthIndex(monthIndex)}-01`);
}

/** One request of the period pass: a period, the parts to compute and the scope positions to compute them for. */
export interface PeriodRequest {
  /** The period. */
  readonly period: ReportingPeriod;
  /** The parts to compute. */
  readonly parts: PassParts;
  /** 1 for each scope position to compute; the program's (position 0) is always computed. */
  readonly scopes: Uint8Array;
}

/**
 * Computes the requested parts of each period, for the requested scopes, in one pass over each record list.
 *
 * @internal
 */
export function computePeriodFacts(
  index: ProgramIndex,
  requests: readonly PeriodRequest[],
): PeriodFacts[] {
  const { layout } = index;
  const scopeCount = layout.scopeCount;
  const tables = createCodeTables();
  // Referrals and community work belong to the program and its counties, never to a partner.
  const areaScopeCount = 1 + layout.countyFips.length;
  const matchCount = index.matches.length;
  const parentCount = index.parentIncluded.length;
  const partnerCount = layout.partnerIds.length;
  const targets = readMonthTargets(index);
  const windowLength = targets.length;

  const slots: Slot[] = requests.map(({ period, parts, scopes: requested }) => {
    const has = (part: number) => (parts & part) !== 0;
    // Arrays of a part not computed stay empty: nothing reads them.
    const perScope = (part: number) => (has(part) ? scopeCount : 0);
    const firstMonth = monthIndexOf(period.start);
    const monthCount = monthIndexOf(period.end) - firstMonth + 1;
    const months: string[] = [];
    for (let month = 0; month < monthCount; month += 1)
      months.push(formatMonthIndex(firstMonth + month));
    const scopes = new Uint8Array(scopeCount);
    scopes.set(requested.subarray(0, scopeCount));
    scopes[0] = 1;
    const facts: PeriodFacts = {
      period,
      parts,
      scopes,
      index,
      months,
      referralsBySource: new CodeCounts(tables.source, areaScopeCount),
      referralsDeclined: new Float64Array(perScope(PASS_PARTS.referrals)),
      referralsUnableToReach: new Float64Array(perScope(PASS_PARTS.referrals)),
      daysToFirstContact: [],
      daysToMatch: [],
      parentsServed: new Float64Array(perScope(PASS_PARTS.service)),
      newMatches: new Float64Array(perScope(PASS_PARTS.service)),
      activeMatchesAtEnd: new Float64Array(perScope(PASS_PARTS.service)),
      matchesClosed: new CodeCounts(tables.closure, scopeCount),
      contactsByActivity: new CodeCounts(tables.activity, scopeCount),
      contactsByMode: new CodeCounts(tables.mode, scopeCount),
      matchMonthsActive: new Float64Array(perScope(PASS_PARTS.matchMonths) * monthCount),
      matchMonthsContacted: new Float64Array(perScope(PASS_PARTS.matchMonths) * monthCount),
      permanencyIn12Months: createProportion(perScope(PASS_PARTS.outcomes)),
      reunificationAtDischarge: createProportion(perScope(PASS_PARTS.outcomes)),
      reEntryIn12Months: createProportion(perScope(PASS_PARTS.outcomes)),
      maltreatmentRecurrence: createProportion(perScope(PASS_PARTS.outcomes)),
      contactTargetMet: createProportion(perScope(PASS_PARTS.contactTarget)),
      hasContactTargets: windowLength > 0,
      activePartners: new Float64Array(perScope(PASS_PARTS.service)),
      caseloadUse: createProportion(perScope(PASS_PARTS.workforce)),
      trainingCompliance: createProportion(perScope(PASS_PARTS.workforce)),
      supportHours: new CodeCounts(tables.support, scopeCount),
      councilMeetings: new Float64Array(perScope(PASS_PARTS.community)),
      councilAttendance: new CodeCounts(tables.role, areaScopeCount),
      graduateParentsOnBoards: new Float64Array(perScope(PASS_PARTS.community)),
      engagements: new CodeCounts(tables.engagement, areaScopeCount),
      groupEvents: new CodeCounts(tables.groupEvent, areaScopeCount),
      groupEventParents: new Float64Array(perScope(PASS_PARTS.community)),
      referralsWithUnknownParent: 0,
      contactsWithUnknownParent: 0,
    };
    const service = has(PASS_PARTS.service);
    return {
      facts,
      parts,
      scopes,
      start: period.start,
      end: period.end,
      startDay: dayNumberOf(period.start),
      endDay: dayNumberOf(period.end),
      firstMonth,
      monthCount,
      wholeMonths:
        period.start.endsWith('-01') &&
        dayNumberOf(period.end) === monthEndDay(monthIndexOf(period.end)),
      servedProgram: new Uint8Array(service ? parentCount : 0),
      servedLastCounty: new Int32Array(service ? parentCount : 0).fill(-1),
      servedLastPartner: new Int32Array(service ? parentCount : 0).fill(-1),
      servedPairs: new PairList(),
      partnerActive: new Uint8Array(service ? partnerCount : 0),
      partnerLastCounty: new Int32Array(service ? partnerCount : 0).fill(-1),
      partnerPairs: new PairList(),
      matchMonthFlags: new Uint8Array(has(PASS_PARTS.matchMonths) ? matchCount * monthCount : 0),
      cohortPosition: new Int32Array(
        has(PASS_PARTS.contactTarget) && windowLength > 0 ? matchCount : 0,
      ).fill(-1),
      cohortFaceToFace: new Uint16Array(0),
      cohortContacts: new Uint16Array(0),
      cohortMatches: [],
    };
  });

  for (const slot of slots) {
    if ((slot.parts & PASS_PARTS.referrals) !== 0) countReferrals(index, slot);
    if ((slot.parts & CONTACT_PARTS) !== 0) countMatches(index, slot, targets);
  }
  // Contact-target cohorts are known after the match pass; size their counters.
  const sizedSlots = slots.map((slot) =>
    slot.cohortMatches.length === 0
      ? slot
      : {
          ...slot,
          cohortFaceToFace: new Uint16Array(slot.cohortMatches.length * windowLength),
          cohortContacts: new Uint16Array(slot.cohortMatches.length * windowLength),
        },
  );
  countContacts(
    index,
    sizedSlots.filter((slot) => (slot.parts & CONTACT_PARTS) !== 0),
    tables,
    windowLength,
  );
  for (const slot of sizedSlots) {
    const has = (part: number) => (slot.parts & part) !== 0;
    if (has(PASS_PARTS.service)) finishServedCounts(index, slot);
    if (has(PASS_PARTS.matchMonths)) finishMatchMonths(index, slot);
    if (has(PASS_PARTS.contactTarget)) finishContactTargets(index, slot, targets);
    if (has(PASS_PARTS.outcomes)) countOutcomes(index, slot);
    if (has(PASS_PARTS.workforce)) countWorkforce(index, slot, tables);
    if (has(PASS_PARTS.community)) countCommunity(index, slot, tables);
  }
  return sizedSlots.map((slot) => slot.facts);
}

/** The scope position when the slot computes it, else -1. */
function inSlot(slot: Slot, scope: number): number {
  return scope >= 0 && slot.scopes[scope] === 1 ? scope : -1;
}

function markServed(
  slot: Slot,
  parent: number,
  countyScope: number,
  partnerScope: number,
  scopeCount: number,
): void {
  slot.servedProgram[parent] = 1;
  if (countyScope >= 0 && slot.servedLastCounty[parent] !== countyScope) {
    slot.servedLastCounty[parent] = countyScope;
    slot.servedPairs.add(parent * scopeCount + countyScope);
  }
  if (partnerScope >= 0 && slot.servedLastPartner[parent] !== partnerScope) {
    slot.servedLastPartner[parent] = partnerScope;
    slot.servedPairs.add(parent * scopeCount + partnerScope);
  }
}

function markPartnerActive(
  slot: Slot,
  partnerScope: number,
  countyScope: number,
  countyCount: number,
  scopeCount: number,
): void {
  if (partnerScope < 0) return;
  const partner = partnerScope - 1 - countyCount;
  slot.partnerActive[partner] = 1;
  if (countyScope >= 0 && slot.partnerLastCounty[partner] !== countyScope) {
    slot.partnerLastCounty[partner] = countyScope;
    slot.partnerPairs.add(partner * scopeCount + countyScope);
  }
}

function pushValue(lists: (number[] | undefined)[], scope: number, value: number): void {
  const list = lists[scope];
  if (list === undefined) lists[scope] = [value];
  else list.push(value);
}

function countReferrals(index: ProgramIndex, slot: Slot): void {
  const facts = slot.facts;
  const sources = facts.referralsBySource;
  const referrals = index.referrals;
  for (let position = 0; position < referrals.received.length; position += 1) {
    const received = referrals.received[position]!;
    if (received < slot.start || received > slot.end) continue;
    const parent = referrals.parent[position]!;
    if (parent === -1) {
      facts.referralsWithUnknownParent += 1;
      continue;
    }
    if (parent < 0) continue;
    const county = inSlot(slot, referrals.county[position]!);
    const sourcePosition = sources.table.position(referrals.source[position]!);
    sources.add(0, sourcePosition, 1);
    if (county >= 0) sources.add(county, sourcePosition, 1);
    const status = referrals.status[position];
    const firstContactDays = referrals.firstContactDays[position]!;
    const matchDays = referrals.matchDays[position]!;
    for (let pass = 0; pass < 2; pass += 1) {
      const scope = pass === 0 ? 0 : county;
      if (scope < 0) continue;
      if (status === 'declined') facts.referralsDeclined[scope]! += 1;
      if (status === 'unable_to_reach') facts.referralsUnableToReach[scope]! += 1;
      if (!Number.isNaN(firstContactDays))
        pushValue(facts.daysToFirstContact, scope, firstContactDays);
      if (!Number.isNaN(matchDays)) pushValue(facts.daysToMatch, scope, matchDays);
    }
  }
  // Sorted once, and frozen: metrics read these lists as they are.
  for (const lists of [facts.daysToFirstContact, facts.daysToMatch]) {
    for (const list of lists) if (list !== undefined) Object.freeze(list.sort((a, b) => a - b));
  }
}

function countMatches(index: ProgramIndex, slot: Slot, targets: readonly MonthTarget[]): void {
  const facts = slot.facts;
  const { layout } = index;
  const scopeCount = layout.scopeCount;
  const countyCount = layout.countyFips.length;
  const months = slot.monthCount;
  const monthStarts: number[] = [];
  const monthEnds: number[] = [];
  for (let month = 0; month < months; month += 1) {
    monthStarts.push(Math.max(slot.startDay, monthStartDay(slot.firstMonth + month)));
    monthEnds.push(Math.min(slot.endDay, monthEndDay(slot.firstMonth + month)));
  }
  const closures = facts.matchesClosed;
  const service = (slot.parts & PASS_PARTS.service) !== 0;
  const matchMonths = (slot.parts & PASS_PARTS.matchMonths) !== 0;
  const contactTarget = (slot.parts & PASS_PARTS.contactTarget) !== 0 && targets.length > 0;
  for (let match = 0; match < index.matches.length; match += 1) {
    if (index.matchService[match] !== 1) continue;
    const startDay = index.matchStartDay[match]!;
    const endDay = index.matchEndDay[match]!;
    if (startDay > slot.endDay) continue;
    const parent = index.matchParent[match]!;
    const partnerOf = index.matchPartnerScope[match]!;
    const county = inSlot(slot, index.matchCountyScope[match]!);
    const partner = inSlot(slot, partnerOf);
    const record = index.matches[match]!;
    const overlaps = startDay <= slot.endDay && endDay >= slot.startDay;
    if (overlaps && matchMonths) {
      for (let month = 0; month < months; month += 1) {
        if (startDay <= monthEnds[month]! && endDay >= monthStarts[month]!) {
          facts.matchMonthsActive[month]! += 1;
          if (county >= 0) facts.matchMonthsActive[county * months + month]! += 1;
          if (partner >= 0) facts.matchMonthsActive[partner * months + month]! += 1;
          slot.matchMonthFlags[match * months + month] = 2;
        }
      }
    }
    if (overlaps && service) {
      markServed(slot, parent, county, partner, scopeCount);
      // The partner counts as active in the program whether or not its own scope is computed.
      markPartnerActive(slot, partnerOf, county, countyCount, scopeCount);
      const isNew = startDay >= slot.startDay;
      const activeAtEnd = endDay >= slot.endDay;
      const closed = record.status === 'closed' && endDay <= slot.endDay;
      const reason = closed ? closures.table.position(record.closureReason ?? 'other') : -1;
      for (let pass = 0; pass < 3; pass += 1) {
        const scope = pass === 0 ? 0 : pass === 1 ? county : partner;
        if (scope < 0) continue;
        if (isNew) facts.newMatches[scope]! += 1;
        if (activeAtEnd) facts.activeMatchesAtEnd[scope]! += 1;
        if (closed) closures.add(scope, reason, endDay - startDay);
      }
    }
    if (contactTarget) {
      // Judged once: in the period holding the last day of the match's target months.
      const lastMonth = index.matchStartMonth[match]! + targets.length - 1;
      const windowEnd = monthEndDay(lastMonth);
      if (windowEnd >= slot.startDay && windowEnd <= slot.endDay && endDay >= windowEnd) {
        slot.cohortPosition[match] = slot.cohortMatches.length;
        slot.cohortMatches.push(match);
      }
    }
  }
}

/** Per-code counts and minutes of the contacts of one run, grown when a code table grows. */
class RunCodeCounts {
  counts = new Float64Array(16);
  minutes = new Float64Array(16);
  /** Positions with a count, in order of first sight. */
  readonly touched: number[] = [];

  add(position: number, minutes: number): void {
    if (position >= this.counts.length) {
      const counts = new Float64Array(position * 2);
      const sums = new Float64Array(position * 2);
      counts.set(this.counts);
      sums.set(this.minutes);
      this.counts = counts;
      this.minutes = sums;
    }
    if (this.counts[position] === 0) this.touched.push(position);
    this.counts[position]! += 1;
    this.minutes[position]! += minutes;
  }

  addTo(target: CodeCounts, scope: number): void {
    const touched = this.touched;
    for (let entry = 0; entry < touched.length; entry += 1) {
      const position = touched[entry]!;
      target.addMany(scope, position, this.counts[position]!, this.minutes[position]!);
    }
  }

  clear(): void {
    const touched = this.touched;
    for (let entry = 0; entry < touched.length; entry += 1) {
      this.counts[touched[entry]!] = 0;
      this.minutes[touched[entry]!] = 0;
    }
    touched.length = 0;
  }
}

/**
 * The pass over the contacts. Consecutive contacts of the same parent, match, partner and month (and day,
 * in a month a period starts or ends in) form a run: the contact loop only tallies a run's activities and
 * modes, and each run is added to its periods and scopes once. Every figure is a count or a sum of whole
 * minutes, so the grouping changes no result.
 */
function countContacts(
  index: ProgramIndex,
  slots: readonly Slot[],
  tables: FactCodeTables,
  windowLength: number,
): void {
  const contacts = index.records.contacts ?? [];
  if (contacts.length === 0 || slots.length === 0) return;
  const { layout } = index;
  const scopeCount = layout.scopeCount;
  const countyCount = layout.countyFips.length;
  // A match judged against the contact target in a period may have started up to the window's length
  // before it: its earlier months' contacts count for the target only.
  const cohortFirstMonth = (slot: Slot): number =>
    slot.cohortMatches.length > 0 ? slot.firstMonth - windowLength + 1 : slot.firstMonth;
  // Slots by month: a contact's month picks the slots to update without scanning them all.
  // Integers from the start (not ±Infinity), so month arithmetic in the loop stays on small integers.
  let firstMonth = cohortFirstMonth(slots[0]!);
  let lastMonth = firstMonth;
  for (const slot of slots) {
    firstMonth = Math.min(firstMonth, cohortFirstMonth(slot));
    lastMonth = Math.max(lastMonth, slot.firstMonth + slot.monthCount - 1);
  }
  const slotsByMonth: Slot[][] = [];
  const cohortSlotsByMonth: Slot[][] = [];
  const byDay: boolean[] = [];
  for (let month = firstMonth; month <= lastMonth; month += 1) {
    const candidates = slots.filter(
      (slot) => month >= slot.firstMonth && month < slot.firstMonth + slot.monthCount,
    );
    slotsByMonth.push(candidates);
    cohortSlotsByMonth.push(
      slots.filter((slot) => month >= cohortFirstMonth(slot) && month < slot.firstMonth),
    );
    byDay.push(candidates.some((slot) => !slot.wholeMonths));
  }
  let minDate = `${formatMonthIndex(firstMonth)}-01`;
  let maxDate = slots[0]!.end;
  for (const slot of slots) {
    if (slot.start < minDate) minDate = slot.start;
    if (slot.end > maxDate) maxDate = slot.end;
  }
  const activityTable = tables.activity;
  const modeTable = tables.mode;
  const inPerson = modeTable.position('in_person');
  const parentPosition = index.parentPosition;
  const parentIncluded = index.parentIncluded;
  const matchPosition = index.matchPosition;
  const partnerScopes = layout.partnerScope;

  // The current run: its ids as written, what they resolve to, and its tallies.
  let runParentId: string | undefined;
  let runMatchId: string | undefined;
  let runPartnerId: string | undefined;
  let runMonth = -1;
  let runDate = '';
  let runParent = -1;
  let runMatch = -1;
  let runPartner = -1;
  let runCounty = -1;
  /** 0: nothing to count; 1: counted; 2: a parent missing from the parent list. */
  let runKind = 0;
  let runContacts = 0;
  let runInPerson = 0;
  const runActivities = new RunCodeCounts();
  const runModes = new RunCodeCounts();
  // Lookups are cached across runs too: a parent's runs follow each other.
  let lastParentId = '';
  let lastParent = -1;
  let lastMatchId: string | undefined = '';
  let lastMatch = -1;
  let lastPartnerId = '';
  let lastPartner = -1;
  let lastActivity = '';
  let activity = -1;
  let lastMode = '';
  let mode = -1;

  const flush = (): void => {
    if (runContacts === 0) return;
    const candidates = slotsByMonth[runMonth]!;
    const monthIndex = runMonth + firstMonth;
    if (runKind === 2) {
      for (let candidate = 0; candidate < candidates.length; candidate += 1) {
        const slot = candidates[candidate]!;
        if (slot.wholeMonths || (runDate >= slot.start && runDate <= slot.end))
          slot.facts.contactsWithUnknownParent += runContacts;
      }
    } else if (runKind === 1) {
      const match = runMatch;
      const county = runCounty;
      const partner = runPartner;
      for (let candidate = 0; candidate < candidates.length; candidate += 1) {
        const slot = candidates[candidate]!;
        if (!slot.wholeMonths && (runDate < slot.start || runDate > slot.end)) {
          if (match >= 0 && runDate < slot.start)
            countCohortContacts(index, slot, match, monthIndex, runContacts, runInPerson);
          continue;
        }
        const parts = slot.parts;
        if ((parts & PASS_PARTS.service) !== 0) {
          const facts = slot.facts;
          const slotCounty = county >= 0 && slot.scopes[county] === 1 ? county : -1;
          const slotPartner = partner >= 0 && slot.scopes[partner] === 1 ? partner : -1;
          runActivities.addTo(facts.contactsByActivity, 0);
          runModes.addTo(facts.contactsByMode, 0);
          if (slotCounty >= 0) {
            runActivities.addTo(facts.contactsByActivity, slotCounty);
            runModes.addTo(facts.contactsByMode, slotCounty);
          }
          if (slotPartner >= 0) {
            runActivities.addTo(facts.contactsByActivity, slotPartner);
            runModes.addTo(facts.contactsByMode, slotPartner);
          }
          markServed(slot, runParent, slotCounty, slotPartner, scopeCount);
          markPartnerActive(slot, partner, slotCounty, countyCount, scopeCount);
        }
        if (match >= 0) {
          if ((parts & PASS_PARTS.matchMonths) !== 0) {
            const flag = match * slot.monthCount + (monthIndex - slot.firstMonth);
            if (slot.matchMonthFlags[flag] === 2) slot.matchMonthFlags[flag] = 3;
          }
          if (windowLength > 0)
            countCohortContacts(index, slot, match, monthIndex, runContacts, runInPerson);
        }
      }
      const cohortCandidates = cohortSlotsByMonth[runMonth]!;
      for (let candidate = 0; match >= 0 && candidate < cohortCandidates.length; candidate += 1) {
        const slot = cohortCandidates[candidate]!;
        countCohortContacts(index, slot, match, monthIndex, runContacts, runInPerson);
      }
    }
    runContacts = 0;
    runInPerson = 0;
    runActivities.clear();
    runModes.clear();
  };

  for (let position = 0; position < contacts.length; position += 1) {
    const contact = contacts[position] as Contact;
    const date = contact.date;
    if (date < minDate || date > maxDate) continue;
    const month = monthIndexOf(date) - firstMonth;
    if (
      contact.parentId !== runParentId ||
      contact.matchId !== runMatchId ||
      contact.partnerId !== runPartnerId ||
      month !== runMonth ||
      (byDay[month] === true && date !== runDate)
    ) {
      flush();
      runParentId = contact.parentId;
      runMatchId = contact.matchId;
      runPartnerId = contact.partnerId;
      runMonth = month;
      runDate = date;
      const candidates = slotsByMonth[month];
      const cohortCandidates = cohortSlotsByMonth[month];
      if (
        candidates === undefined ||
        cohortCandidates === undefined ||
        (candidates.length === 0 && cohortCandidates.length === 0)
      ) {
        runKind = 0;
        continue;
      }
      if (contact.parentId !== lastParentId) {
        lastParentId = contact.parentId;
        lastParent = parentPosition.get(lastParentId) ?? -2;
      }
      runParent = lastParent;
      if (runParent === -2) runKind = 2;
      else if (parentIncluded[runParent] !== 1) runKind = 0;
      else {
        runKind = 1;
        if (contact.matchId !== lastMatchId) {
          lastMatchId = contact.matchId;
          lastMatch = lastMatchId === undefined ? -1 : (matchPosition.get(lastMatchId) ?? -1);
        }
        runMatch = lastMatch;
        if (contact.partnerId !== lastPartnerId) {
          lastPartnerId = contact.partnerId;
          lastPartner = partnerScopes.get(lastPartnerId) ?? -1;
        }
        runPartner = lastPartner;
        runCounty =
          runMatch >= 0 ? index.matchCountyScope[runMatch]! : index.parentCountyScope[runParent]!;
      }
    }
    if (runKind === 0) continue;
    runContacts += 1;
    if (runKind === 2) continue;
    if (contact.activity !== lastActivity) {
      lastActivity = contact.activity;
      activity = activityTable.position(lastActivity);
    }
    if (contact.mode !== lastMode) {
      lastMode = contact.mode;
      mode = modeTable.position(lastMode);
    }
    const minutes = contact.minutes;
    runActivities.add(activity, minutes);
    runModes.add(mode, minutes);
    if (mode === inPerson) runInPerson += 1;
  }
  flush();
}

/** Counts contacts of month `monthIndex` towards their match's contact-target months, when the slot judges it. */
function countCohortContacts(
  index: ProgramIndex,
  slot: Slot,
  match: number,
  monthIndex: number,
  contacts: number,
  inPerson: number,
): void {
  // Empty unless the slot computes the contact target.
  const cohort = slot.cohortPosition[match] ?? -1;
  if (cohort < 0) return;
  const windowLength = slot.cohortContacts.length / slot.cohortMatches.length;
  const matchMonth = monthIndex - index.matchStartMonth[match]!;
  if (matchMonth < 0 || matchMonth >= windowLength) return;
  const cell = cohort * windowLength + matchMonth;
  slot.cohortContacts[cell]! += contacts;
  slot.cohortFaceToFace[cell]! += inPerson;
}

function finishServedCounts(index: ProgramIndex, slot: Slot): void {
  const facts = slot.facts;
  const scopeCount = index.layout.scopeCount;
  let served = 0;
  for (let parent = 0; parent < slot.servedProgram.length; parent += 1)
    served += slot.servedProgram[parent]!;
  facts.parentsServed[0] = served;
  slot.servedPairs.forEachDistinct((pair) => {
    facts.parentsServed[pair % scopeCount]! += 1;
  });
  const countyCount = index.layout.countyFips.length;
  let partners = 0;
  for (let partner = 0; partner < slot.partnerActive.length; partner += 1) {
    if (slot.partnerActive[partner] === 1) {
      partners += 1;
      facts.activePartners[1 + countyCount + partner] = 1;
    }
  }
  facts.activePartners[0] = partners;
  slot.partnerPairs.forEachDistinct((pair) => {
    facts.activePartners[pair % scopeCount]! += 1;
  });
}

function finishMatchMonths(index: ProgramIndex, slot: Slot): void {
  const facts = slot.facts;
  const months = slot.monthCount;
  for (let match = 0; match < index.matches.length; match += 1) {
    if (index.matchService[match] !== 1) continue;
    const county = inSlot(slot, index.matchCountyScope[match]!);
    const partner = inSlot(slot, index.matchPartnerScope[match]!);
    for (let month = 0; month < months; month += 1) {
      if (slot.matchMonthFlags[match * months + month] !== 3) continue;
      facts.matchMonthsContacted[month]! += 1;
      if (county >= 0) facts.matchMonthsContacted[county * months + month]! += 1;
      if (partner >= 0) facts.matchMonthsContacted[partner * months + month]! += 1;
    }
  }
}

function finishContactTargets(
  index: ProgramIndex,
  slot: Slot,
  targets: readonly MonthTarget[],
): void {
  const proportion = slot.facts.contactTargetMet;
  const windowLength = targets.length;
  slot.cohortMatches.forEach((match, cohort) => {
    let met = true;
    for (let month = 0; month < windowLength; month += 1) {
      const target = targets[month]!;
      const cell = cohort * windowLength + month;
      if (slot.cohortFaceToFace[cell]! < target.faceToFace) met = false;
      if (target.contacts !== undefined && slot.cohortContacts[cell]! < target.contacts)
        met = false;
    }
    for (const scope of [0, index.matchCountyScope[match]!, index.matchPartnerScope[match]!]) {
      if (inSlot(slot, scope) < 0) continue;
      proportion.denominator[scope]! += 1;
      if (met) proportion.numerator[scope]! += 1;
    }
  });
}

const PROGRAM_ONLY: readonly number[] = [0];

const PERMANENCY_EXITS = new Set([
  'reunification',
  'adoption',
  'guardianship',
  'living_with_other_relatives',
]);
const RE_ENTRY_EXITS = new Set(['reunification', 'living_with_other_relatives', 'guardianship']);

/**
 * Scopes a child counts in: the program, and the counties and partners of the parent's matches started by
 * the slot's end (those the slot computes).
 */
function servedScopes(index: ProgramIndex, slot: Slot, parent: number): number[] | undefined {
  const starts = index.parentMatchStarts.get(parent);
  if (starts === undefined || (starts[0] ?? '9999') > slot.end) return undefined;
  const scopes = [0];
  const served = index.parentServiceScopes.get(parent) ?? [];
  for (let entry = 0; entry < served.length; entry += 1) {
    const [scope, start] = served[entry]!;
    if (start <= slot.end && slot.scopes[scope] === 1 && !scopes.includes(scope))
      scopes.push(scope);
  }
  return scopes;
}

function addProportion(proportion: ProportionFacts, scopes: readonly number[], met: boolean): void {
  for (let entry = 0; entry < scopes.length; entry += 1) {
    const scope = scopes[entry]!;
    proportion.denominator[scope]! += 1;
    if (met) proportion.numerator[scope]! += 1;
  }
}

function countOutcomes(index: ProgramIndex, slot: Slot): void {
  const facts = slot.facts;
  const scopesByParent = new Map<number, number[] | undefined>();
  const scopesOf = (parent: number): number[] | undefined => {
    if (!scopesByParent.has(parent)) scopesByParent.set(parent, servedScopes(index, slot, parent));
    return scopesByParent.get(parent);
  };
  const permanencySeen = new Set<number>();
  const reEntrySeen = new Set<number>();
  const discharges = new Map<number, { scopes: number[]; reunified: boolean }>();
  const episodes = index.episodes;
  for (let position = 0; position < episodes.length; position += 1) {
    const episode = episodes[position]!;
    if (episode.entryDay > slot.endDay) continue;
    const scopes = scopesOf(episode.parent);
    if (scopes === undefined) continue;
    const adult = episode.ageAtEntry !== undefined && episode.ageAtEntry >= 18;
    const shortStay = episode.exitDay !== undefined && episode.exitDay - episode.entryDay < 8;
    const windowEnd = episode.windowEndDay;
    // Permanency in 12 months: entries whose 12 months ended in this period, first entry per child.
    if (
      !adult &&
      !shortStay &&
      windowEnd >= slot.startDay &&
      windowEnd <= slot.endDay &&
      !permanencySeen.has(episode.child)
    ) {
      permanencySeen.add(episode.child);
      let exitDay = episode.exitDay;
      if (
        exitDay !== undefined &&
        episode.exitKind === 'reunification' &&
        episode.trialHomeVisitDay !== undefined &&
        exitDay - episode.trialHomeVisitDay >= 30
      ) {
        // A trial home visit of 30 days or more counts as reunification from its 30th day.
        exitDay = episode.trialHomeVisitDay + 30;
      }
      const permanent =
        exitDay !== undefined &&
        PERMANENCY_EXITS.has(episode.exitKind ?? '') &&
        exitDay <= windowEnd;
      addProportion(facts.permanencyIn12Months, scopes, permanent);
    }
    if (
      episode.exitDay !== undefined &&
      episode.exitDay >= slot.startDay &&
      episode.exitDay <= slot.endDay
    ) {
      discharges.set(episode.child, { scopes, reunified: episode.exitKind === 'reunification' });
    }
    // Re-entry: exits to reunification, relatives or guardianship within 12 months of entry, followed for 12 months.
    if (
      !adult &&
      !shortStay &&
      episode.exitDay !== undefined &&
      episode.exitDate !== undefined &&
      RE_ENTRY_EXITS.has(episode.exitKind ?? '') &&
      episode.exitDay <= windowEnd &&
      !reEntrySeen.has(episode.child)
    ) {
      const followUpEnd = episode.followUpEndDay ?? Number.POSITIVE_INFINITY;
      if (followUpEnd >= slot.startDay && followUpEnd <= slot.endDay) {
        reEntrySeen.add(episode.child);
        const reEntered = episode.nextEntryDay !== undefined && episode.nextEntryDay <= followUpEnd;
        addProportion(facts.reEntryIn12Months, scopes, reEntered);
      }
    }
  }
  for (const { scopes, reunified } of discharges.values()) {
    addProportion(facts.reunificationAtDischarge, scopes, reunified);
  }
  for (const history of index.maltreatment) {
    if ((history.days[0] ?? Number.POSITIVE_INFINITY) > slot.endDay) continue;
    const scopes = scopesOf(history.parent);
    if (scopes === undefined) continue;
    for (let report = 0; report < history.days.length; report += 1) {
      const followUpEnd = history.followUpEndDays[report]!;
      if (followUpEnd < slot.startDay || followUpEnd > slot.endDay) continue;
      const day = history.days[report]!;
      // A report within 14 days of the first is the same incident, as the CFSR counts it.
      const recurred = history.days.some((other) => other > day + 14 && other <= followUpEnd);
      addProportion(facts.maltreatmentRecurrence, scopes, recurred);
      break;
    }
  }
}

function countWorkforce(index: ProgramIndex, slot: Slot, tables: FactCodeTables): void {
  const facts = slot.facts;
  const { layout } = index;
  const countyCount = layout.countyFips.length;
  const program = index.records.program;
  const required = program.requiredTrainings;
  const activeByPartner = new Float64Array(layout.partnerIds.length);
  for (let match = 0; match < index.matches.length; match += 1) {
    if (index.matchService[match] !== 1) continue;
    const partner = index.matchPartnerScope[match]!;
    if (
      partner >= 0 &&
      index.matchStartDay[match]! <= slot.endDay &&
      index.matchEndDay[match]! >= slot.endDay
    ) {
      activeByPartner[partner - 1 - countyCount]! += 1;
    }
  }
  const partnerScopesOf = (partnerPosition: number): readonly number[] =>
    index.partnerScopes[partnerPosition] ?? [0];
  index.partners.forEach((partner, position) => {
    if (partner.status !== 'active') return;
    const scopes = partnerScopesOf(position);
    const capacity = partner.maxCaseload ?? program.eligibility.defaultMaxCaseload;
    const compliant = required.every((course) =>
      partner.trainings.some(
        (training) =>
          training.course === course &&
          training.completedOn <= slot.end &&
          (training.expiresOn === undefined || training.expiresOn >= slot.end),
      ),
    );
    for (const scope of scopes) {
      if (slot.scopes[scope] !== 1) continue;
      facts.caseloadUse.numerator[scope]! += activeByPartner[position]!;
      facts.caseloadUse.denominator[scope]! += capacity;
      facts.trainingCompliance.denominator[scope]! += 1;
      if (compliant) facts.trainingCompliance.numerator[scope]! += 1;
    }
  });
  const sessions = index.records.supportSessions ?? [];
  for (let position = 0; position < sessions.length; position += 1) {
    const session = sessions[position]!;
    if (session.date < slot.start || session.date > slot.end) continue;
    const kind = tables.support.position(session.kind);
    for (let attendee = 0; attendee < session.attendeeIds.length; attendee += 1) {
      const partnerScope = layout.partnerScope.get(session.attendeeIds[attendee]!);
      const scopes =
        partnerScope === undefined ? PROGRAM_ONLY : partnerScopesOf(partnerScope - 1 - countyCount);
      for (let entry = 0; entry < scopes.length; entry += 1) {
        const scope = scopes[entry]!;
        if (slot.scopes[scope] === 1) facts.supportHours.add(scope, kind, session.minutes / 60);
      }
    }
  }
}

function countCommunity(index: ProgramIndex, slot: Slot, tables: FactCodeTables): void {
  const facts = slot.facts;
  const { layout } = index;
  const scopeCount = layout.scopeCount;
  // Parents by position (numbers); graduates missing from the parent list by id.
  const graduates = new Set<number | string>();
  for (const engagement of index.records.engagements ?? []) {
    const county = inSlot(
      slot,
      engagement.countyFips === undefined
        ? -1
        : (layout.countyScope.get(engagement.countyFips) ?? -1),
    );
    const scopes = county >= 0 ? [0, county] : [0];
    const inPeriod = engagement.date >= slot.start && engagement.date <= slot.end;
    if (inPeriod) {
      const kind = tables.engagement.position(engagement.kind);
      for (const scope of scopes) facts.engagements.add(scope, kind, engagement.hours);
      if (engagement.kind === 'advisory_council_meeting') {
        for (const scope of scopes) {
          facts.councilMeetings[scope]! += 1;
          for (const attendance of engagement.attendance) {
            facts.councilAttendance.addSum(
              scope,
              tables.role.position(attendance.role),
              attendance.count,
            );
          }
        }
      }
    }
    const seat =
      engagement.kind === 'committee_membership' || engagement.kind === 'board_membership';
    const spans =
      engagement.date <= slot.end && (engagement.endDate ?? engagement.date) >= slot.start;
    const active = engagement.endDate === undefined ? engagement.date <= slot.end : spans;
    if (seat && active) {
      for (const parentId of engagement.graduateParentIds) {
        const parent = index.parentPosition.get(parentId);
        if (parent !== undefined && index.parentIncluded[parent] !== 1) continue;
        for (const scope of scopes) {
          const key =
            parent === undefined ? `${scope}\u0000${parentId}` : parent * scopeCount + scope;
          if (graduates.has(key)) continue;
          graduates.add(key);
          facts.graduateParentsOnBoards[scope]! += 1;
        }
      }
    }
  }
  const attendees = new Set<number>();
  for (const event of index.records.groupEvents ?? []) {
    if (event.date < slot.start || event.date > slot.end) continue;
    const county = inSlot(slot, layout.countyScope.get(event.countyFips) ?? -1);
    const scopes = county >= 0 ? [0, county] : [0];
    const kind = tables.groupEvent.position(event.kind);
    for (const scope of scopes) facts.groupEvents.add(scope, kind, event.attendanceCount);
    // Each attendee is looked up once, then counted once per scope.
    for (const parentId of event.attendeeParentIds) {
      const parent = index.parentPosition.get(parentId);
      if (parent === undefined || index.parentIncluded[parent] !== 1) continue;
      for (const scope of scopes) {
        const key = parent * scopeCount + scope;
        if (attendees.has(key)) continue;
        attendees.add(key);
        facts.groupEventParents[scope]! += 1;
      }
    }
  }
}
