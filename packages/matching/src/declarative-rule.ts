import { type CompiledCondition, type Condition, compileCondition } from './condition-language';
import { type ConditionTrace, defineRule, type LocalizedMessage, type Rule } from './rule';
import { RuleSetError, type RuleSetProblem } from './rule-set-error';

/** What a missing value means for a declarative rule: it passes, fails, or is skipped (passes, marked as not applying). */
export type MissingValuePolicy = 'pass' | 'fail' | 'skip';

/** A rule written in the JSON condition language instead of code. */
export interface DeclarativeRuleDefinition {
  /** Kebab-case id. */
  readonly id: string;
  /** A constraint excludes pairs whose condition fails; a preference scores 1 when its condition holds, else 0. */
  readonly kind: 'constraint' | 'preference';
  /** What the rule checks and what it protects. */
  readonly description: string;
  /** Weight of a preference (default 1). */
  readonly weight?: number;
  /** What a missing value means; required, so every county states it. */
  readonly onMissing: MissingValuePolicy;
  /** The condition. */
  readonly when: Condition;
  /** Messages for the codes `condition_met`, `condition_not_met` and `missing_value`, in English and Spanish. */
  readonly messages?: {
    /** Shown when the condition holds. */
    readonly condition_met?: LocalizedMessage;
    /** Shown when it does not hold. */
    readonly condition_not_met?: LocalizedMessage;
    /** Shown when a value was missing. */
    readonly missing_value?: LocalizedMessage;
  };
}

const metCode = 'condition_met';
const notMetCode = 'condition_not_met';
const missingCode = 'missing_value';

function defaultMessages(description: string): Readonly<Record<string, LocalizedMessage>> {
  const text = description.replace(/[.\s]+$/, '');
  return {
    [metCode]: { en: `Meets the rule: ${text}.`, es: `Cumple la regla: ${text}.` },
    [notMetCode]: { en: `Does not meet the rule: ${text}.`, es: `No cumple la regla: ${text}.` },
    [missingCode]: {
      en: `Not enough information for the rule: ${text}.`,
      es: `Falta información para la regla: ${text}.`,
    },
  };
}

/** Builds the rule of a compiled condition (the checks on the definition were done by the caller). */
export function buildDeclarativeRule(
  definition: DeclarativeRuleDefinition,
  condition: CompiledCondition,
): Rule {
  const messages = { ...defaultMessages(definition.description), ...(definition.messages ?? {}) };
  const onMissing = definition.onMissing;
  const base = { id: definition.id, description: definition.description, messages };
  if (definition.kind === 'constraint') {
    const met = Object.freeze({ passed: true, code: metCode });
    const notMet = Object.freeze({ passed: false, code: notMetCode });
    const missing = Object.freeze({
      passed: onMissing !== 'fail',
      code: missingCode,
      skipped: onMissing === 'skip',
    });
    return defineRule({
      ...base,
      kind: 'constraint',
      evaluate: (parent, partner, context) => {
        const trace: ConditionTrace[] | undefined = context.trace ? [] : undefined;
        const result = condition(parent, partner, context.asOf, trace);
        const outcome = result === 1 ? met : result === 0 ? notMet : missing;
        return trace ? { ...outcome, trace } : outcome;
      },
    });
  }
  const met = Object.freeze({ score: 1, code: metCode });
  const notMet = Object.freeze({ score: 0, code: notMetCode });
  const missing = Object.freeze({
    score: onMissing === 'pass' ? 1 : 0,
    code: missingCode,
    skipped: onMissing === 'skip',
  });
  return defineRule({
    ...base,
    kind: 'preference',
    weight: definition.weight ?? 1,
    evaluate: (parent, partner, context) => {
      const trace: ConditionTrace[] | undefined = context.trace ? [] : undefined;
      const result = condition(parent, partner, context.asOf, trace);
      const outcome = result === 1 ? met : result === 0 ? notMet : missing;
      return trace ? { ...outcome, trace } : outcome;
    },
  });
}

/**
 * Makes a rule from a declarative definition, checking its field paths and operators against the record schemas now rather than when it runs.
 *
 * @throws RuleSetError listing every problem of the condition, with its JSON path.
 * @example
 * ```ts
 * const recovery = createDeclarativeRule({
 *   id: 'two-years-recovery',
 *   kind: 'constraint',
 *   description: 'Partners have two years of recovery',
 *   onMissing: 'fail',
 *   when: { monthsBetween: [{ path: 'partner.recoveryDate' }, { asOf: true }], op: 'gte', value: 24 },
 * });
 * [recovery.id, recovery.kind];
 * //=> ['two-years-recovery', 'constraint']
 * ```
 */
export function createDeclarativeRule(definition: DeclarativeRuleDefinition): Rule {
  const problems: RuleSetProblem[] = [];
  const { condition, problems: conditionProblems } = compileCondition(definition.when, ['when']);
  problems.push(...conditionProblems);
  if (!['pass', 'fail', 'skip'].includes(definition.onMissing)) {
    problems.push({
      path: '/onMissing',
      code: 'invalid_on_missing',
      message: 'onMissing is pass, fail or skip',
    });
  }
  if (problems.length > 0 || !condition) throw new RuleSetError(problems);
  return buildDeclarativeRule(definition, condition);
}
