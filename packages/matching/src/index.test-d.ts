import type { MatchDecision, Parent, ParentPartner } from '@parent-partner/core';
import { describe, expectTypeOf, test } from 'vitest';
import * as z from 'zod';
import {
  type AssignMatchesOptions,
  assignMatches,
  type Condition,
  type ConstraintRule,
  defaultRuleSet,
  defineRule,
  evaluatePair,
  type MatchAssignment,
  type PairEvaluation,
  type PartnerRanking,
  type PreferenceRule,
  type RuleContext,
  type RuleSet,
  type RuleSetConfig,
  rankPartners,
} from './index';

describe('public types', () => {
  test('defineRule infers the parameters from their schema', () => {
    const rule = defineRule({
      id: 'within',
      kind: 'constraint',
      description: 'd',
      parameters: z.strictObject({ maximumKm: z.number().default(30) }),
      evaluate: (_parent, _partner, context) => {
        expectTypeOf(context).toEqualTypeOf<RuleContext<{ maximumKm: number }>>();
        return { passed: context.params.maximumKm > 0, code: 'x' };
      },
    });
    expectTypeOf(rule).toEqualTypeOf<ConstraintRule<{ maximumKm: number }>>();
    expectTypeOf(rule.defaultParams).toEqualTypeOf<{ maximumKm: number }>();
  });

  test('a preference returns a score, a constraint a verdict', () => {
    const preference = defineRule({
      id: 'p',
      kind: 'preference',
      weight: 1,
      description: 'd',
      evaluate: () => ({ score: 1, code: 'x' }),
    });
    expectTypeOf(preference).toEqualTypeOf<PreferenceRule<Record<string, never>>>();
    // @ts-expect-error a constraint returns passed, not score
    defineRule({
      id: 'c',
      kind: 'constraint',
      description: 'd',
      evaluate: () => ({ score: 1, code: 'x' }),
    });
  });

  test('operations take records and a rule set and return explained results', () => {
    expectTypeOf(evaluatePair).parameters.toEqualTypeOf<
      [Parent, ParentPartner, RuleSet, Parameters<typeof evaluatePair>[3]]
    >();
    expectTypeOf(evaluatePair).returns.toEqualTypeOf<PairEvaluation>();
    expectTypeOf(rankPartners).returns.toEqualTypeOf<PartnerRanking>();
    expectTypeOf(assignMatches).returns.toEqualTypeOf<MatchAssignment>();
    expectTypeOf<MatchAssignment['proposals'][number]['decision']>().toEqualTypeOf<MatchDecision>();
    expectTypeOf<AssignMatchesOptions['objective']>().toEqualTypeOf<
      'max-total-score' | 'max-matched-then-score' | undefined
    >();
    expectTypeOf(defaultRuleSet).toEqualTypeOf<RuleSet>();
  });

  test('conditions are typed', () => {
    expectTypeOf<{ path: 'partner.status'; op: 'eq'; value: 'active' }>().toExtend<Condition>();
    expectTypeOf<{
      path: 'partner.status';
      op: 'like';
      value: 'active';
    }>().not.toExtend<Condition>();
    expectTypeOf<RuleSetConfig['id']>().toEqualTypeOf<string>();
  });
});
