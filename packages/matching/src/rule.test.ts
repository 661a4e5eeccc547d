import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { makeParent, makePartner } from '../test/fixtures';
import { defineRule } from './rule';
import { RuleSetError } from './rule-set-error';

describe('defineRule', () => {
  test('example: defineRule', () => {
    const sameCounty = defineRule({
      id: 'same-county',
      kind: 'preference',
      weight: 2,
      description:
        'Prefers a partner who lives in the parent’s county, so meetings need less travel.',
      evaluate: (parent, partner) =>
        parent.countyFips === partner.countyFips
          ? { score: 1, code: 'same_county' }
          : { score: 0, code: 'other_county' },
    });
    expect([sameCounty.kind, sameCounty.weight, sameCounty.scope]).toEqual([
      'preference',
      2,
      'pair',
    ]);
  });

  test('refuses a bad id, a negative weight and parameters without defaults, listing every problem', () => {
    let error: unknown;
    try {
      defineRule({
        id: 'Not Kebab',
        kind: 'preference',
        weight: -1,
        description: 'x',
        parameters: z.strictObject({ required: z.number() }),
        evaluate: () => ({ score: 0, code: 'none' }),
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).problems.map((problem) => problem.path)).toEqual([
      '/id',
      '/weight',
      '/parameters',
    ]);
  });

  test('parameters get their defaults from the schema', () => {
    const rule = defineRule({
      id: 'young-children',
      kind: 'constraint',
      description: 'Example constraint with a parameter.',
      parameters: z.strictObject({ maximumAge: z.number().default(5) }),
      evaluate: (parent, _partner, context) =>
        parent.children.some((child) => (child.ageYears ?? 0) <= context.params.maximumAge)
          ? { passed: true, code: 'young_child' }
          : { passed: false, code: 'no_young_child' },
    });
    expect(rule.defaultParams).toEqual({ maximumAge: 5 });
    expect(
      rule.evaluate(makeParent(), makePartner(), {
        asOf: '2026-03-01',
        policy: {
          monthsSinceCaseResolved: 12,
          requireCaseClosed: true,
          backgroundCheckValidityMonths: 24,
          defaultMaxCaseload: 12,
          requiredTrainings: [],
          neighbors: new Map(),
        },
        caseloads: new Map(),
        declinedPairs: new Map(),
        childPlacements: new Map(),
        params: { maximumAge: 3 },
        trace: false,
      }).passed,
    ).toBe(false);
  });
});
