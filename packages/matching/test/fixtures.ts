// Small fictitious records for tests, built with core's schemas (no real people).
import {
  type Match,
  type Parent,
  ParentIdSchema,
  type ParentInput,
  type ParentPartner,
  type ParentPartnerInput,
  PartnerIdSchema,
  type Program,
  parseMatch,
  parseParent,
  parseParentPartner,
  parseProgram,
  StaffIdSchema,
} from '@parent-partner/core';
import { createSyntheticParent, createSyntheticPartner } from '@parent-partner/testing';
import {
  createRuleSet,
  type EvaluatePairOptions,
  evaluatePair,
  extendRuleSet,
  type PinnedPair,
  type Rule,
  type RuleResult,
} from '../src/index';

/** The decision date used across tests. */
export const asOf = '2026-03-01';

/** Door County, Wisconsin, and two neighbours (FIPS codes only; no people). */
export const counties = {
  door: '55029',
  kewaunee: '55061',
  brown: '55009',
  rock: '55105',
} as const;

/** A parent with sensible defaults; any field can be overridden. */
export function makeParent(overrides: Partial<ParentInput> = {}): Parent {
  return parseParent({
    id: 'parent-1',
    name: { given: 'Alex', family: 'Example' },
    languages: ['en'],
    countyFips: counties.door,
    livedExperience: ['substance_use', 'child_removal'],
    children: [{ id: 'child-1', ageYears: 4 }],
    ...overrides,
  });
}

/** An eligible, active partner with sensible defaults; any field can be overridden. */
export function makePartner(overrides: Partial<ParentPartnerInput> = {}): ParentPartner {
  return parseParentPartner({
    id: 'partner-1',
    name: { given: 'Sam', family: 'Sample' },
    languages: ['en'],
    countyFips: counties.door,
    livedExperience: ['substance_use', 'child_removal'],
    ownCase: { resolution: 'reunification', resolvedOn: '2023-01-15', closedOn: '2023-06-01' },
    trainings: [
      { course: 'orientation', completedOn: '2024-01-10' },
      { course: 'mandatory_reporting', completedOn: '2025-06-01', expiresOn: '2027-06-01' },
    ],
    backgroundCheck: { checkedOn: '2025-05-01', result: 'cleared' },
    status: 'active',
    countiesServed: [counties.door, counties.kewaunee],
    maxCaseload: 3,
    ...overrides,
  });
}

/** A program in three counties requiring orientation and mandatory reporting. */
export function makeProgram(overrides: Partial<Program> = {}): Program {
  return parseProgram({
    id: 'program-door',
    name: 'Fictitious Parents Supporting Parents',
    state: 'WI',
    counties: [
      { fips: counties.door, name: 'Door', neighbors: [counties.kewaunee] },
      { fips: counties.kewaunee, name: 'Kewaunee', neighbors: [counties.brown] },
      { fips: counties.brown, name: 'Brown', neighbors: [] },
    ],
    requiredTrainings: ['orientation', 'mandatory_reporting'],
    ...overrides,
  });
}

/** A recorded match between a parent and a partner. */
export function makeMatch(
  parentId: string,
  partnerId: string,
  status: Match['status'],
  index = 1,
): Match {
  return parseMatch({
    id: `match-${index}`,
    parentId,
    partnerId,
    countyFips: counties.door,
    status,
    proposedAt: '2026-01-05T10:00:00-06:00',
    ...(status === 'closed' ? { closureReason: 'goals_met' } : {}),
  });
}

/** Evaluates one rule alone on a pair, through the public API, and returns its result. */
export function evaluateRule(
  rule: Rule,
  parent: Parent,
  partner: ParentPartner,
  options: Partial<EvaluatePairOptions> & { readonly params?: Record<string, unknown> } = {},
): RuleResult {
  const { params, ...rest } = options;
  const single = createRuleSet({ id: `only-${rule.id}`, version: '1', rules: [rule] });
  const ruleSet = params
    ? extendRuleSet(single, { id: single.id, version: '2', params: { [rule.id]: params } })
    : single;
  const evaluation = evaluatePair(parent, partner, ruleSet, { asOf, ...rest });
  const result = [
    ...evaluation.exclusions,
    ...evaluation.passedConstraints,
    ...evaluation.contributions,
  ][0];
  if (!result) throw new Error('the rule gave no result');
  return result;
}

/** Small hand-made records shared by tests. */
export const exampleRecords = {
  parent: makeParent(),
  otherParent: makeParent({ id: 'parent-2' }),
  returningParent: makeParent({
    id: 'parent-3',
    matchingPreferences: { previousPartnerIds: ['partner-2'] },
  }),
  partner: makePartner(),
  otherPartner: makePartner({ id: 'partner-2', countyFips: counties.kewaunee }),
};

/** A pinned pair fixed by a (fictitious) coordinator. */
export function makePin(parentId: string, partnerId: string, staffId = 'staff-1'): PinnedPair {
  return {
    parentId: ParentIdSchema.parse(parentId),
    partnerId: PartnerIdSchema.parse(partnerId),
    staffId: StaffIdSchema.parse(staffId),
  };
}

const where = { asOf, countyFips: counties.door };
const docParent = createSyntheticParent(
  1,
  { livedExperience: ['substance_use', 'child_removal'] },
  where,
);

/** The records of the TSDoc examples, built exactly as they build them (synthetic, in Door County). */
export const docExampleRecords = {
  parent: docParent,
  otherParent: createSyntheticParent(2, {}, where),
  returningParent: {
    ...docParent,
    matchingPreferences: {
      ...docParent.matchingPreferences,
      previousPartnerIds: [createSyntheticPartner(6, { status: 'active' }, where).id],
    },
  },
  partner: createSyntheticPartner(
    1,
    { status: 'active', livedExperience: ['substance_use', 'child_removal'] },
    where,
  ),
  /** The partner of the assignMatches example: three places. */
  smallPartner: createSyntheticPartner(
    1,
    { status: 'active', maxCaseload: 3, livedExperience: ['substance_use', 'child_removal'] },
    where,
  ),
  otherPartner: createSyntheticPartner(6, { status: 'active' }, where),
};
