// The default rule set written for json-rules-engine, as a county would without @parent-partner/matching:
// path facts and fact-to-fact comparisons where the engine can express a rule, dynamic facts
// (JavaScript, the engine's extension point) where it cannot (overlaps, dates, fractions).
import type { Parent, ParentId, ParentPartner, PlacementSetting } from '@parent-partner/core';
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { MatchingPolicy, PreferenceRule, RuleContext } from '../src/index';
import {
  availabilityOverlapRule,
  caseloadBalanceRule,
  culturalMatchRule,
  languageRule,
  meetingModeRule,
  noKnownRelationshipRule,
  primaryLanguageRule,
  proximityRule,
  sharedLivedExperienceRule,
  similarChildAgesRule,
  similarPlacementRule,
  trainingsCurrentRule,
} from '../src/index';
import { findMonthThreshold } from '../src/month-threshold';

const exclude = (ruleId: string) => ({ type: 'exclude', params: { ruleId } });

const constraints: RuleProperties[] = [
  {
    name: 'partner-active',
    conditions: {
      all: [{ fact: 'partner', path: '$.status', operator: 'notEqual', value: 'active' }],
    },
    event: exclude('partner-active'),
  },
  {
    name: 'trainings-current',
    conditions: { all: [{ fact: 'trainingsCurrent', operator: 'equal', value: false }] },
    event: exclude('trainings-current'),
  },
  {
    name: 'background-check-valid',
    conditions: {
      any: [
        {
          fact: 'partner',
          path: '$.backgroundCheck.result',
          operator: 'notIn',
          value: ['cleared', 'cleared_with_review'],
        },
        {
          fact: 'partner',
          path: '$.backgroundCheck.checkedOn',
          operator: 'onOrBeforeDate',
          value: { fact: 'backgroundThreshold' },
        },
        {
          fact: 'partner',
          path: '$.backgroundCheck.checkedOn',
          operator: 'afterDate',
          value: { fact: 'asOf' },
        },
      ],
    },
    event: exclude('background-check-valid'),
  },
  {
    name: 'own-case-resolved',
    conditions: {
      any: [
        {
          fact: 'partner',
          path: '$.ownCase.resolvedOn',
          operator: 'afterDate',
          value: { fact: 'resolutionThreshold' },
        },
        { fact: 'ownCaseClosed', operator: 'equal', value: false },
      ],
    },
    event: exclude('own-case-resolved'),
  },
  {
    name: 'has-capacity',
    conditions: {
      all: [{ fact: 'caseload', operator: 'greaterThanInclusive', value: { fact: 'maxCaseload' } }],
    },
    event: exclude('has-capacity'),
  },
  {
    name: 'serves-county',
    conditions: {
      all: [
        {
          fact: 'partner',
          path: '$.countiesServed',
          operator: 'doesNotContain',
          value: { fact: 'parent', path: '$.countyFips' },
        },
      ],
    },
    event: exclude('serves-county'),
  },
  {
    name: 'language',
    conditions: { all: [{ fact: 'languagePasses', operator: 'equal', value: false }] },
    event: exclude('language'),
  },
  {
    name: 'no-known-relationship',
    conditions: { all: [{ fact: 'relationshipPasses', operator: 'equal', value: false }] },
    event: exclude('no-known-relationship'),
  },
  {
    name: 'not-same-household',
    conditions: {
      any: [
        {
          fact: 'parent',
          path: '$.householdId',
          operator: 'equalDefined',
          value: { fact: 'partner', path: '$.householdId' },
        },
        {
          fact: 'partner',
          path: '$.connectedHouseholdIds',
          operator: 'contains',
          value: { fact: 'parent', path: '$.householdId' },
        },
      ],
    },
    event: exclude('not-same-household'),
  },
  {
    name: 'not-previously-declined',
    conditions: {
      all: [
        {
          fact: 'parent',
          path: '$.matchingPreferences.declinedPartnerIds',
          operator: 'contains',
          value: { fact: 'partner', path: '$.id' },
        },
      ],
    },
    event: exclude('not-previously-declined'),
  },
  {
    name: 'partner-gender-requirement',
    conditions: {
      all: [
        {
          fact: 'parent',
          path: '$.matchingPreferences.partnerGenderRequired',
          operator: 'equal',
          value: true,
        },
        {
          fact: 'parent',
          path: '$.matchingPreferences.partnerGenders',
          operator: 'doesNotContain',
          value: { fact: 'partner', path: '$.genderIdentity' },
        },
      ],
    },
    event: exclude('partner-gender-requirement'),
  },
  {
    name: 'meeting-mode',
    conditions: { all: [{ fact: 'meetingModePasses', operator: 'equal', value: false }] },
    event: exclude('meeting-mode'),
  },
];

const scored: readonly [string, number][] = [
  ['livedExperienceScore', 4],
  ['primaryLanguageScore', 1],
  ['culturalScore', 2],
  ['proximityScore', 1],
  ['placementScore', 1],
  ['childAgesScore', 1],
  ['availabilityScore', 0.5],
  ['caseloadScore', 1],
];

const preferences: RuleProperties[] = [
  ...scored.map(([fact, weight]) => ({
    name: fact,
    conditions: { all: [{ fact, operator: 'greaterThan', value: 0 }] },
    event: { type: 'score', params: { weight, score: { fact } } },
  })),
  {
    name: 'continuity',
    conditions: {
      all: [
        {
          fact: 'parent',
          path: '$.matchingPreferences.previousPartnerIds',
          operator: 'contains',
          value: { fact: 'partner', path: '$.id' },
        },
      ],
    },
    event: { type: 'score', params: { weight: 3, score: 1 } },
  },
];

/** Builds the engine and a function that evaluates one pair with it: eligible or not, and the score. */
export function createJsonRulesEngineMatcher(
  policy: MatchingPolicy,
  asOf: string,
  childPlacements: ReadonlyMap<ParentId, readonly PlacementSetting[]> = new Map(),
) {
  const engine = new Engine([...constraints, ...preferences], {
    allowUndefinedFacts: true,
    replaceFactsInEventParams: true,
  });
  engine.addOperator(
    'onOrBeforeDate',
    (left: unknown, right: unknown) =>
      typeof left === 'string' && typeof right === 'string' && left <= right,
  );
  engine.addOperator(
    'afterDate',
    (left: unknown, right: unknown) =>
      typeof left === 'string' && typeof right === 'string' && left > right,
  );
  engine.addOperator(
    'equalDefined',
    (left: unknown, right: unknown) => left !== undefined && left === right,
  );
  const context = <Params>(params: unknown): RuleContext<Params> => ({
    asOf,
    policy,
    caseloads: new Map(),
    declinedPairs: new Map(),
    childPlacements,
    params: params as Params,
    trace: false,
  });
  const score = (rule: PreferenceRule) => (parent: Parent, partner: ParentPartner) => {
    const outcome = rule.evaluate(parent, partner, context(rule.defaultParams));
    return outcome.skipped ? 0 : outcome.score;
  };
  const facts: [string, (parent: Parent, partner: ParentPartner) => unknown][] = [
    [
      'trainingsCurrent',
      (parent, partner) => trainingsCurrentRule.evaluate(parent, partner, context({})).passed,
    ],
    [
      'ownCaseClosed',
      (_parent, partner) =>
        !policy.requireCaseClosed ||
        (partner.ownCase.closedOn !== undefined && partner.ownCase.closedOn <= asOf),
    ],
    ['maxCaseload', (_parent, partner) => partner.maxCaseload ?? policy.defaultMaxCaseload],
    [
      'languagePasses',
      (parent, partner) => languageRule.evaluate(parent, partner, context({})).passed,
    ],
    [
      'relationshipPasses',
      (parent, partner) => noKnownRelationshipRule.evaluate(parent, partner, context({})).passed,
    ],
    [
      'meetingModePasses',
      (parent, partner) => meetingModeRule.evaluate(parent, partner, context({})).passed,
    ],
    ['livedExperienceScore', score(sharedLivedExperienceRule)],
    ['primaryLanguageScore', score(primaryLanguageRule)],
    ['culturalScore', score(culturalMatchRule)],
    ['proximityScore', score(proximityRule)],
    ['placementScore', score(similarPlacementRule)],
    ['childAgesScore', score(similarChildAgesRule)],
    ['availabilityScore', score(availabilityOverlapRule)],
    ['caseloadScore', score(caseloadBalanceRule)],
  ];
  for (const [name, compute] of facts) {
    engine.addFact(name, async (_params, almanac) => {
      const parent = (await almanac.factValue('parent')) as Parent;
      const partner = (await almanac.factValue('partner')) as ParentPartner;
      return compute(parent, partner);
    });
  }
  const constants = {
    asOf,
    caseload: 0,
    backgroundThreshold: findMonthThreshold(asOf, policy.backgroundCheckValidityMonths),
    resolutionThreshold: findMonthThreshold(asOf, policy.monthsSinceCaseResolved),
  };
  return async (parent: Parent, partner: ParentPartner) => {
    const { events } = await engine.run({ ...constants, parent, partner });
    let eligible = true;
    let total = 0;
    for (const event of events) {
      if (event.type === 'exclude') eligible = false;
      else total += Number(event.params?.weight) * Number(event.params?.score);
    }
    return { eligible, score: total };
  };
}
