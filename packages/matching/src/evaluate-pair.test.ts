import { describe, expect, test } from 'vitest';
import {
  docExampleRecords,
  exampleRecords,
  makeParent,
  makePartner,
  makeProgram,
} from '../test/fixtures';
import { evaluatePair } from './evaluate-pair';
import { createMatchingPolicy } from './matching-context';
import { defaultRuleSet } from './rule-set';

const { parent, partner } = exampleRecords;

describe('evaluatePair', () => {
  test('example: evaluatePair', () => {
    const { parent, partner } = docExampleRecords;
    const evaluation = evaluatePair(parent, partner, defaultRuleSet, { asOf: '2026-03-01' });
    expect([evaluation.eligible, evaluation.exclusions.map((result) => result.code)]).toEqual([
      true,
      [],
    ]);
  });

  test('lists every exclusion, not only the first, and still scores the pair', () => {
    const survivor = makeParent({
      householdId: 'household-2',
      matchingPreferences: {
        partnerGenders: ['woman'],
        partnerGenderRequired: true,
        declinedPartnerIds: ['partner-1'],
      },
    });
    const unavailable = makePartner({
      status: 'on_leave',
      genderIdentity: 'man',
      householdId: 'household-2',
    });
    const evaluation = evaluatePair(survivor, unavailable, defaultRuleSet, {
      asOf: '2026-03-01',
      program: makeProgram(),
    });
    expect(evaluation.eligible).toBe(false);
    expect(evaluation.exclusions.map((result) => result.ruleId)).toEqual([
      'partner-active',
      'not-same-household',
      'not-previously-declined',
      'partner-gender-requirement',
    ]);
    expect(evaluation.score).toBeGreaterThan(0);
    expect(evaluation.passedConstraints.length + evaluation.exclusions.length).toBe(13);
    expect(evaluation.contributions.reduce((sum, result) => sum + result.contribution, 0)).toBe(
      evaluation.score,
    );
  });

  test('refuses an invalid asOf', () => {
    expect(() => evaluatePair(parent, partner, defaultRuleSet, { asOf: '2026-02-30' })).toThrow(
      /asOf/,
    );
  });
});

describe('createMatchingPolicy', () => {
  test('example: createMatchingPolicy', () => {
    const policy = createMatchingPolicy();
    expect([
      policy.monthsSinceCaseResolved,
      policy.defaultMaxCaseload,
      policy.requiredTrainings.length,
    ]).toEqual([12, 12, 0]);
  });

  test('makes neighbours symmetric', () => {
    const policy = createMatchingPolicy(makeProgram());
    expect([...(policy.neighbors.get('55009') ?? [])]).toEqual(['55061']);
  });
});
