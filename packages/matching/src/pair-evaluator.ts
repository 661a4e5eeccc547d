import type { Parent, ParentPartner } from '@parent-partner/core';
import type { MatchingSession } from './matching-context';
import type {
  ConditionTrace,
  ConstraintOutcome,
  FindingValues,
  PreferenceOutcome,
  Rule,
  RuleContext,
} from './rule';
import type { RuleSet } from './rule-set';

/** The result of one rule for one pair. */
export interface RuleResult {
  /** Id of the rule. */
  readonly ruleId: string;
  /** Constraint or preference. */
  readonly kind: 'constraint' | 'preference';
  /** Stable code of the finding. */
  readonly code: string;
  /** For a constraint, whether it passed; preferences always pass. */
  readonly passed: boolean;
  /** Whether the rule did not apply to this pair. */
  readonly skipped: boolean;
  /** For a preference, its score in [0, 1]; 0 for constraints. */
  readonly score: number;
  /** For a preference, its weight in the rule set; 0 for constraints. */
  readonly weight: number;
  /** Points added to the pair's score (`weight × score`); 0 for constraints. */
  readonly contribution: number;
  /** Values the finding's message uses. */
  readonly values?: FindingValues;
  /** Per-condition trace of a declarative rule, when asked for. */
  readonly trace?: readonly ConditionTrace[];
}

/** A rule ready to run in one operation: its configuration and its context (one object shape for every rule). */
export interface CompiledRule {
  /** Position of the rule among the enabled rules (rule-set order). */
  readonly position: number;
  /** Whether the outcome depends on the partner only. */
  readonly partnerOnly: boolean;
  readonly rule: Rule;
  readonly weight: number;
  readonly context: RuleContext;
  readonly evaluate: (
    parent: Parent,
    partner: ParentPartner,
    context: RuleContext,
  ) => ConstraintOutcome & PreferenceOutcome;
}

/** The enabled rules of a rule set, split for fast evaluation. */
export interface PairEvaluator {
  readonly constraints: readonly CompiledRule[];
  readonly partnerConstraints: readonly CompiledRule[];
  readonly pairConstraints: readonly CompiledRule[];
  readonly preferences: readonly CompiledRule[];
}

const planCache = new WeakMap<
  RuleSet,
  readonly { readonly rule: Rule; readonly weight: number; readonly params: unknown }[]
>();

function planOf(ruleSet: RuleSet) {
  let plan = planCache.get(ruleSet);
  if (!plan) {
    plan = ruleSet.rules
      .filter((configured) => configured.enabled)
      .map((configured) => ({
        rule: configured.rule,
        weight: configured.weight,
        params: configured.params,
      }));
    planCache.set(ruleSet, plan);
  }
  return plan;
}

/** Builds the rule contexts of one operation (one object per rule, made once, shared by every pair). */
export function createPairEvaluator(
  ruleSet: RuleSet,
  session: MatchingSession,
  trace: boolean,
): PairEvaluator {
  const constraints: CompiledRule[] = [];
  const preferences: CompiledRule[] = [];
  for (const [position, step] of planOf(ruleSet).entries()) {
    const context: RuleContext = Object.freeze({
      asOf: session.asOf,
      policy: session.policy,
      caseloads: session.caseloads,
      declinedPairs: session.declinedPairs,
      childPlacements: session.childPlacements,
      params: step.params,
      trace,
    });
    const rule = step.rule;
    const compiled: CompiledRule = {
      position,
      partnerOnly: rule.scope === 'partner',
      rule,
      weight: step.weight,
      context,
      evaluate: rule.evaluate.bind(rule) as CompiledRule['evaluate'],
    };
    if (step.rule.kind === 'constraint') constraints.push(compiled);
    else preferences.push(compiled);
  }
  return {
    constraints,
    partnerConstraints: constraints.filter((compiled) => compiled.partnerOnly),
    pairConstraints: constraints.filter((compiled) => !compiled.partnerOnly),
    preferences,
  };
}

/** Runs a constraint. */
export function runConstraint(
  compiled: CompiledRule,
  parent: Parent,
  partner: ParentPartner,
): ConstraintOutcome {
  return compiled.evaluate(parent, partner, compiled.context);
}

/** Runs a preference and returns its score clamped to [0, 1] (`NaN` counts as 0). */
export function runPreference(
  compiled: CompiledRule,
  parent: Parent,
  partner: ParentPartner,
): PreferenceOutcome {
  return compiled.evaluate(parent, partner, compiled.context);
}

/** Clamps a preference score to [0, 1]; `NaN` and non-numbers count as 0. */
export function clampScore(score: unknown): number {
  if (typeof score !== 'number' || !(score > 0)) return 0;
  return score > 1 ? 1 : score;
}

/** Converts a constraint outcome into a rule result. */
export function toConstraintResult(compiled: CompiledRule, outcome: ConstraintOutcome): RuleResult {
  const result: { -readonly [Key in keyof RuleResult]: RuleResult[Key] } = {
    ruleId: compiled.rule.id,
    kind: 'constraint',
    code: outcome.code,
    passed: outcome.passed === true,
    skipped: outcome.skipped === true,
    score: 0,
    weight: 0,
    contribution: 0,
  };
  if (outcome.values !== undefined) result.values = outcome.values;
  if (outcome.trace !== undefined) result.trace = outcome.trace;
  return result;
}

/** Converts a preference outcome into a rule result with its contribution. */
export function toPreferenceResult(compiled: CompiledRule, outcome: PreferenceOutcome): RuleResult {
  const skipped = outcome.skipped === true;
  const score = skipped ? 0 : clampScore(outcome.score);
  const result: { -readonly [Key in keyof RuleResult]: RuleResult[Key] } = {
    ruleId: compiled.rule.id,
    kind: 'preference',
    code: outcome.code,
    passed: true,
    skipped,
    score,
    weight: compiled.weight,
    contribution: compiled.weight * score,
  };
  if (outcome.values !== undefined) result.values = outcome.values;
  if (outcome.trace !== undefined) result.trace = outcome.trace;
  return result;
}

/** Every failed constraint of a pair (all of them, not only the first), and the passed ones when asked. */
export function collectConstraintResults(
  evaluator: PairEvaluator,
  parent: Parent,
  partner: ParentPartner,
  includePassed: boolean,
): { readonly exclusions: RuleResult[]; readonly passed: RuleResult[] } {
  const exclusions: RuleResult[] = [];
  const passed: RuleResult[] = [];
  for (const compiled of evaluator.constraints) {
    const outcome = runConstraint(compiled, parent, partner);
    if (outcome.passed !== true) exclusions.push(toConstraintResult(compiled, outcome));
    else if (includePassed) passed.push(toConstraintResult(compiled, outcome));
  }
  return { exclusions, passed };
}

/** Every preference result of a pair and the total score. */
export function collectPreferenceResults(
  evaluator: PairEvaluator,
  parent: Parent,
  partner: ParentPartner,
): { readonly contributions: RuleResult[]; readonly score: number } {
  const contributions: RuleResult[] = [];
  let score = 0;
  for (const compiled of evaluator.preferences) {
    const result = toPreferenceResult(compiled, runPreference(compiled, parent, partner));
    contributions.push(result);
    score += result.contribution;
  }
  return { contributions, score };
}

/** Whether every pair-scope constraint passes (partner-scope ones are checked separately, once per partner). */
export function passesPairConstraints(
  evaluator: PairEvaluator,
  parent: Parent,
  partner: ParentPartner,
): boolean {
  for (const compiled of evaluator.pairConstraints) {
    if (runConstraint(compiled, parent, partner).passed !== true) return false;
  }
  return true;
}

/** Whether every partner-scope constraint passes for a partner. */
export function passesPartnerConstraints(
  evaluator: PairEvaluator,
  parent: Parent,
  partner: ParentPartner,
): boolean {
  for (const compiled of evaluator.partnerConstraints) {
    if (runConstraint(compiled, parent, partner).passed !== true) return false;
  }
  return true;
}

/** The total score of a pair without building explanations. */
export function computeScore(
  evaluator: PairEvaluator,
  parent: Parent,
  partner: ParentPartner,
): number {
  let score = 0;
  for (const compiled of evaluator.preferences) {
    const outcome = runPreference(compiled, parent, partner);
    if (outcome.skipped !== true) score += compiled.weight * clampScore(outcome.score);
  }
  return score;
}
