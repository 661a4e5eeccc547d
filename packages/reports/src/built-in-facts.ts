import type { CodeCounts } from './code-counts';
import type { MetricBreakdownEntry, ReportScope } from './metric';
import { computePeriodFacts, PASS_PARTS, type PassParts, type PeriodFacts } from './period-facts';
import {
  indexProgramRecords,
  markScopes,
  requireProgramRecords,
  scopePositionOf,
} from './program-index';
import { defineReportFact, type ReportFact } from './report-fact';

// The facts the built-in metrics read, public so that a program's metric can read exactly the same ones.
// Each is a `ReportFact` whose `compute` works on its own; an engine that needs several of them computes them
// together, in one pass over each record list, from the plan attached to the fact.

/** Per-code counts and sums of one period and scope, for example contacts by activity (count: contacts; sum: minutes). */
export interface CodeBreakdown {
  /** Occurrences, all codes together. */
  readonly count: number;
  /** Amounts (minutes, days, hours, attendance: see the fact), all codes together. */
  readonly sum: number;
  /** Occurrences of one code. */
  countOf(code: string): number;
  /** Amounts of one code. */
  sumOf(code: string): number;
  /** Per-code figures: every code of the code list (zeros included), then other codes seen, in order of first sight. */
  entries(channel: 'count' | 'sum'): MetricBreakdownEntry[];
}

/** A numerator and its denominator. */
export interface FactRatio {
  /** What is counted. */
  readonly numerator: number;
  /** What it is divided by. */
  readonly denominator: number;
}

/** Referral figures of a period and scope (the program or a county). */
export interface ReferralFacts {
  /** Referrals received in the period, by source (sums are counts too). */
  readonly received: CodeBreakdown;
  /** Referrals received in the period whose status is declined. */
  readonly declined: number;
  /** Referrals received in the period whose status is unable to reach. */
  readonly unableToReach: number;
  /** Days from referral to first contact of the referrals received in the period that have one, ascending. */
  readonly daysToFirstContact: readonly number[];
  /** Days from referral to the start of its match of the referrals received in the period, ascending. */
  readonly daysToMatch: readonly number[];
  /** Referrals received in the period that name a parent missing from the parent list (program-wide; not counted). */
  readonly withUnknownParent: number;
}

/** Service figures of a period and scope. */
export interface ServiceFacts {
  /** Distinct parents with a contact or an active match in the period. */
  readonly parentsServed: number;
  /** Matches whose mentoring started in the period. */
  readonly newMatches: number;
  /** Matches active on the last day of the period. */
  readonly activeMatchesAtEnd: number;
  /** Matches closed in the period by closure reason (sum: days from start to end). */
  readonly matchesClosed: CodeBreakdown;
  /** Contacts dated in the period by activity (sum: minutes). */
  readonly contactsByActivity: CodeBreakdown;
  /** Contacts dated in the period by mode (sum: minutes). */
  readonly contactsByMode: CodeBreakdown;
  /** Distinct partners with a contact or an active match in the period. */
  readonly activePartners: number;
  /** Contacts dated in the period that name a parent missing from the parent list (program-wide; not counted). */
  readonly contactsWithUnknownParent: number;
}

/** One month of a period: the matches active in it and those of them with a contact dated in it. */
export interface MatchMonth {
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** Matches active on any day of the month (within the period). */
  readonly active: number;
  /** Of those, matches with a contact dated in the month. */
  readonly contacted: number;
}

/** Match-months of a period and scope. */
export interface MatchMonthFacts {
  /** Every month the period overlaps, in order. */
  readonly months: readonly MatchMonth[];
}

/** The program's contact target, judged for the matches whose first months ended in the period. */
export interface ContactTargetFacts {
  /** Whether the program sets a contact target at all. */
  readonly applies: boolean;
  /** Matches judged in the period. */
  readonly judged: number;
  /** Of those, matches that met the target in every month. */
  readonly met: number;
}

/** Federal outcome measures of the children of served parents, for a period and scope. */
export interface OutcomeFacts {
  /** Children reaching permanency within 12 months of entering care, over entries whose 12 months ended in the period. */
  readonly permanencyIn12Months: FactRatio;
  /** Children discharged to reunification, over children discharged in the period. */
  readonly reunificationAtDischarge: FactRatio;
  /** Children re-entering care within 12 months of an exit, over exits whose follow-up ended in the period. */
  readonly reEntryIn12Months: FactRatio;
  /** Children with another substantiated report within 12 months, over children whose 12 months ended in the period. */
  readonly maltreatmentRecurrence: FactRatio;
}

/** Workforce figures of a period and scope. */
export interface WorkforceFacts {
  /** Matches active at period end of partners whose status is active, over those partners' caseload capacity. */
  readonly caseloadUse: FactRatio;
  /** Partners whose status is active holding every required training on the last day, over those partners. */
  readonly trainingCompliance: FactRatio;
  /** Support sessions by kind (count: partner attendances; sum: partner-hours). */
  readonly supportHours: CodeBreakdown;
}

/** Systems and community figures of a period and scope (the program or a county). */
export interface CommunityFacts {
  /** Advisory council meetings held. */
  readonly councilMeetings: number;
  /** Council attendance by role (sum: people attending; counts are not kept). */
  readonly councilAttendance: CodeBreakdown;
  /** Distinct graduate parents holding a committee or board seat during the period. */
  readonly graduateParentsOnBoards: number;
  /** Engagements by kind (sum: hours). */
  readonly engagements: CodeBreakdown;
  /** Group events by kind (sum: attendance). */
  readonly groupEvents: CodeBreakdown;
  /** Distinct parents served who attended a group event. */
  readonly groupEventParents: number;
}

/** How an engine computes a built-in fact: the parts of the period pass it needs, and how to read it. */
export interface BuiltInFactPlan {
  /** Parts of the period pass. */
  readonly parts: PassParts;
  /** Whether the fact exists for the program and counties only (not for partners). */
  readonly areaOnly: boolean;
  /** Reads the fact at a scope position of facts that hold its parts. */
  readonly view: (facts: PeriodFacts, position: number) => unknown;
}

// Module-private: a fact from another copy of the package is computed through its own `compute`.
const PLAN = Symbol('built-in fact plan');

/** The plan of a built-in fact, or `undefined` for any other fact. */
export function planOfBuiltInFact(fact: ReportFact<unknown>): BuiltInFactPlan | undefined {
  return (fact as { readonly [PLAN]?: BuiltInFactPlan })[PLAN];
}

/** Reads a built-in fact from period facts holding its parts; `undefined` where the facts have no such scope. */
export function readBuiltInFact(
  plan: BuiltInFactPlan,
  facts: PeriodFacts,
  scope: ReportScope,
): unknown {
  if (plan.areaOnly && scope.kind === 'partner') return undefined;
  const position = scopePositionOf(facts.index.layout, scope);
  if (position < 0 || facts.scopes[position] !== 1) return undefined;
  return plan.view(facts, position);
}

function createBuiltInFact<Value>(
  id: string,
  parts: PassParts,
  areaOnly: boolean,
  view: (facts: PeriodFacts, position: number) => Value,
): ReportFact<Value> {
  const plan: BuiltInFactPlan = Object.freeze({ parts, areaOnly, view });
  const fact = defineReportFact<Value>({
    id,
    compute: ({ records, periods, scopes }) => {
      requireProgramRecords(records);
      const index = indexProgramRecords(records);
      const marks = markScopes(index.layout, scopes);
      return computePeriodFacts(
        index,
        periods.map((period) => ({ period, parts, scopes: marks })),
      ).map((facts) => (scope) => readBuiltInFact(plan, facts, scope) as Value | undefined);
    },
  });
  return Object.freeze({ ...fact, [PLAN]: plan });
}

function breakdown(counts: CodeCounts, scope: number): CodeBreakdown {
  return {
    get count() {
      return counts.totalCount(scope);
    },
    get sum() {
      return counts.totalSum(scope);
    },
    countOf: (code) => counts.countOf(scope, code),
    sumOf: (code) => counts.sumOf(scope, code),
    entries: (channel) => counts.entries(scope, channel),
  };
}

function ratio(numerators: Float64Array, denominators: Float64Array, scope: number): FactRatio {
  return { numerator: numerators[scope] ?? 0, denominator: denominators[scope] ?? 0 };
}

const NONE: readonly number[] = Object.freeze([]);

/** Referrals: received by source, declined, unable to reach, and the days to first contact and to match. */
const referrals = createBuiltInFact<ReferralFacts>(
  'referrals',
  PASS_PARTS.referrals,
  true,
  (facts, scope) => ({
    received: breakdown(facts.referralsBySource, scope),
    declined: facts.referralsDeclined[scope] ?? 0,
    unableToReach: facts.referralsUnableToReach[scope] ?? 0,
    daysToFirstContact: facts.daysToFirstContact[scope] ?? NONE,
    daysToMatch: facts.daysToMatch[scope] ?? NONE,
    withUnknownParent: facts.referralsWithUnknownParent,
  }),
);

const service = createBuiltInFact<ServiceFacts>(
  'service',
  PASS_PARTS.service,
  false,
  (facts, scope) => ({
    parentsServed: facts.parentsServed[scope] ?? 0,
    newMatches: facts.newMatches[scope] ?? 0,
    activeMatchesAtEnd: facts.activeMatchesAtEnd[scope] ?? 0,
    matchesClosed: breakdown(facts.matchesClosed, scope),
    contactsByActivity: breakdown(facts.contactsByActivity, scope),
    contactsByMode: breakdown(facts.contactsByMode, scope),
    activePartners: facts.activePartners[scope] ?? 0,
    contactsWithUnknownParent: facts.contactsWithUnknownParent,
  }),
);

const matchMonths = createBuiltInFact<MatchMonthFacts>(
  'match-months',
  PASS_PARTS.matchMonths,
  false,
  (facts, scope) => {
    const count = facts.months.length;
    return {
      months: facts.months.map((month, position) => ({
        month,
        active: facts.matchMonthsActive[scope * count + position] ?? 0,
        contacted: facts.matchMonthsContacted[scope * count + position] ?? 0,
      })),
    };
  },
);

const contactTarget = createBuiltInFact<ContactTargetFacts>(
  'contact-target',
  PASS_PARTS.contactTarget,
  false,
  (facts, scope) => ({
    applies: facts.hasContactTargets,
    judged: facts.contactTargetMet.denominator[scope] ?? 0,
    met: facts.contactTargetMet.numerator[scope] ?? 0,
  }),
);

const outcomes = createBuiltInFact<OutcomeFacts>(
  'outcomes',
  PASS_PARTS.outcomes,
  false,
  (facts, scope) => {
    const of = (pair: { numerator: Float64Array; denominator: Float64Array }) =>
      ratio(pair.numerator, pair.denominator, scope);
    return {
      permanencyIn12Months: of(facts.permanencyIn12Months),
      reunificationAtDischarge: of(facts.reunificationAtDischarge),
      reEntryIn12Months: of(facts.reEntryIn12Months),
      maltreatmentRecurrence: of(facts.maltreatmentRecurrence),
    };
  },
);

const workforce = createBuiltInFact<WorkforceFacts>(
  'workforce',
  PASS_PARTS.workforce,
  false,
  (facts, scope) => ({
    caseloadUse: ratio(facts.caseloadUse.numerator, facts.caseloadUse.denominator, scope),
    trainingCompliance: ratio(
      facts.trainingCompliance.numerator,
      facts.trainingCompliance.denominator,
      scope,
    ),
    supportHours: breakdown(facts.supportHours, scope),
  }),
);

const community = createBuiltInFact<CommunityFacts>(
  'community',
  PASS_PARTS.community,
  true,
  (facts, scope) => ({
    councilMeetings: facts.councilMeetings[scope] ?? 0,
    councilAttendance: breakdown(facts.councilAttendance, scope),
    graduateParentsOnBoards: facts.graduateParentsOnBoards[scope] ?? 0,
    engagements: breakdown(facts.engagements, scope),
    groupEvents: breakdown(facts.groupEvents, scope),
    groupEventParents: facts.groupEventParents[scope] ?? 0,
  }),
);

/**
 * The facts the built-in metrics read, for a program's own metrics to read too (with `context.read`): a metric
 * built on them is computed in the same pass over the records as the built-in ones.
 *
 * @example
 * ```ts
 * import { parseContact, parseParent, parseProgram } from '@parent-partner/core';
 *
 * const records = {
 *   program: parseProgram({ id: 'demo', name: 'Demo County Parent Partners', state: 'WI', counties: [{ fips: '55029', name: 'Door' }] }),
 *   parents: [parseParent({ id: 'p-1', name: { given: 'Ana', family: 'Example' }, languages: ['en'], countyFips: '55029' })],
 *   contacts: [parseContact({ id: 'c-1', parentId: 'p-1', partnerId: 'pp-1', date: '2026-01-05', minutes: 90, mode: 'in_person', activity: 'mentoring' })],
 * };
 * const context = createMetricContext(records, { period: '2026-01' });
 * context.read(builtInFacts.service)?.contactsByMode.sumOf('in_person');
 * //=> 90
 * ```
 */
export const builtInFacts = Object.freeze({
  /** Referrals received by source, declined, unable to reach, days to first contact and to match (program and counties). */
  referrals,
  /** Parents served, matches started, active and closed, contacts and minutes by activity and mode, active partners. */
  service,
  /** Active match-months and those with a contact, month by month. */
  matchMonths,
  /** New matches judged against the program's contact target. */
  contactTarget,
  /** Permanency, discharge, re-entry and recurrence of the children of served parents. */
  outcomes,
  /** Caseload use, training compliance and support hours. */
  workforce,
  /** Council meetings and attendance, seats, engagements and group events (program and counties). */
  community,
});
