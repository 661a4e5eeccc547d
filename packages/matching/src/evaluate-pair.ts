import type { Parent, ParentId, ParentPartner, PartnerId } from '@parent-partner/core';
import { type MatchingOptions, resolveMatchingSession } from './matching-context';
import {
  collectConstraintResults,
  collectPreferenceResults,
  createPairEvaluator,
  type RuleResult,
} from './pair-evaluator';
import type { RuleSet } from './rule-set';

/** Options of {@link evaluatePair}. */
export interface EvaluatePairOptions extends MatchingOptions {
  /** Attach a per-condition trace to the results of declarative rules. */
  readonly trace?: boolean;
}

/** Everything the rules said about one parent and one partner. */
export interface PairEvaluation {
  /** The parent. */
  readonly parentId: ParentId;
  /** The partner. */
  readonly partnerId: PartnerId;
  /** Whether every constraint passed. */
  readonly eligible: boolean;
  /** Sum of the preferences' contributions (computed even when the pair is not eligible). */
  readonly score: number;
  /** The constraints that failed, every one of them. */
  readonly exclusions: readonly RuleResult[];
  /** The constraints that passed. */
  readonly passedConstraints: readonly RuleResult[];
  /** Each preference's score, weight and contribution, in rule order. */
  readonly contributions: readonly RuleResult[];
}

/**
 * Evaluates one parent and one partner with a rule set: eligible or not, the total score, each rule's contribution and every exclusion.
 *
 * @example
 * ```ts
 * // Fictitious records from @parent-partner/testing, in Door County, Wisconsin, as of the decision date.
 * const where = { asOf: '2026-03-01', countyFips: '55029' };
 * const parent = testing.createSyntheticParent(1, { livedExperience: ['substance_use', 'child_removal'] }, where);
 * const partner = testing.createSyntheticPartner(1, { status: 'active', livedExperience: ['substance_use', 'child_removal'] }, where);
 * const evaluation = evaluatePair(parent, partner, defaultRuleSet, { asOf: '2026-03-01' });
 * [evaluation.eligible, evaluation.exclusions.map((result) => result.code)];
 * //=> [true, []]
 * ```
 */
export function evaluatePair(
  parent: Parent,
  partner: ParentPartner,
  ruleSet: RuleSet,
  options: EvaluatePairOptions,
): PairEvaluation {
  const session = resolveMatchingSession(options);
  const evaluator = createPairEvaluator(ruleSet, session, options.trace === true);
  const { exclusions, passed } = collectConstraintResults(evaluator, parent, partner, true);
  const { contributions, score } = collectPreferenceResults(evaluator, parent, partner);
  return {
    parentId: parent.id,
    partnerId: partner.id,
    eligible: exclusions.length === 0,
    score,
    exclusions,
    passedConstraints: passed,
    contributions,
  };
}
