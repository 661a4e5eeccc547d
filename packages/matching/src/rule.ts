import type {
  CalendarDate,
  CountyFips,
  EligibilityPolicy,
  Parent,
  ParentId,
  ParentPartner,
  PartnerId,
  PlacementSetting,
} from '@parent-partner/core';
import type * as z from 'zod';
import { RuleSetError, type RuleSetProblem } from './rule-set-error';

/** A language explanations are rendered in. */
export type ExplanationLanguage = 'en' | 'es';

/** A value a rule attaches to a finding, for its message (counts, codes, field paths; never free text from a record). */
export type FindingValue = string | number | boolean | readonly string[];

/** Values attached to a finding, by name. */
export type FindingValues = Readonly<Record<string, FindingValue>>;

/** A message template: a string with `{name}` placeholders, or a function of the finding's values and the language. */
export type MessageTemplate =
  | string
  | ((values: FindingValues, language: ExplanationLanguage) => string);

/** A message in English and (optionally) Spanish; English is shown when Spanish is missing. */
export interface LocalizedMessage {
  /** The English message. */
  readonly en: MessageTemplate;
  /** The Spanish message. */
  readonly es?: MessageTemplate;
}

/** Messages of a rule by finding code. */
export type RuleMessages = Readonly<Record<string, LocalizedMessage>>;

/** Program policy values that rules read: the eligibility policy, the required trainings and county neighbours. */
export interface MatchingPolicy extends Readonly<EligibilityPolicy> {
  /** Training courses every partner must hold, current on `asOf`. */
  readonly requiredTrainings: readonly string[];
  /** Neighbouring counties of each county (symmetric). */
  readonly neighbors: ReadonlyMap<CountyFips, ReadonlySet<CountyFips>>;
}

/** What a rule sees besides the two records: the date, the program's policy, current caseloads and its own parameters. */
export interface RuleContext<Params = unknown> {
  /** The date the decision is made for; rules never read the clock. */
  readonly asOf: CalendarDate;
  /** Program policy values. */
  readonly policy: MatchingPolicy;
  /** Active matches per partner (absent means none). */
  readonly caseloads: ReadonlyMap<PartnerId, number>;
  /** Partners each parent declined in recorded matches (besides the parent's own `declinedPartnerIds`). */
  readonly declinedPairs: ReadonlyMap<ParentId, ReadonlySet<PartnerId>>;
  /** The placement settings each parent's children are in on `asOf`, from the child history given (absent means none). */
  readonly childPlacements: ReadonlyMap<ParentId, readonly PlacementSetting[]>;
  /** The rule's parameters, as configured in the rule set. */
  readonly params: Params;
  /** Whether the caller asked for a per-condition trace (declarative rules then attach one to their outcome). */
  readonly trace: boolean;
}

/** One evaluated condition of a declarative rule: where it is in the rule set, the field paths it read, and its result. */
export interface ConditionTrace {
  /** JSON Pointer of the condition inside the rule set, for example `/add/0/when/all/1`. */
  readonly pointer: string;
  /** The field paths the condition read (never their values). */
  readonly fieldPaths: readonly string[];
  /** Whether it held, did not hold, or could not be decided because a value was missing. */
  readonly result: 'passed' | 'failed' | 'missing';
}

/** Result of a constraint for one pair: passed or not, with a stable code and the values its message needs. */
export interface ConstraintOutcome {
  /** Whether the pair may be matched as far as this constraint is concerned. */
  readonly passed: boolean;
  /** Stable code of the finding, for example `caseload_full`. */
  readonly code: string;
  /** Values for the message. */
  readonly values?: FindingValues;
  /** True when the rule did not apply (for example a missing value with `onMissing: 'skip'`); it then passes. */
  readonly skipped?: boolean;
  /** Per-condition trace of a declarative rule, when asked for. */
  readonly trace?: readonly ConditionTrace[];
}

/** Result of a preference for one pair: a score in [0, 1] (multiplied by the rule's weight), with a code and values. */
export interface PreferenceOutcome {
  /** Score in [0, 1]; values outside are clamped and `NaN` counts as 0. */
  readonly score: number;
  /** Stable code of the finding, for example `shared_topics`. */
  readonly code: string;
  /** Values for the message. */
  readonly values?: FindingValues;
  /** True when the rule did not apply; it then contributes nothing. */
  readonly skipped?: boolean;
  /** Per-condition trace of a declarative rule, when asked for. */
  readonly trace?: readonly ConditionTrace[];
}

/** Keys that let batch operations skip pairs that cannot pass a constraint: a pair can pass only if its key lists intersect. */
export interface CandidateKeys<Params = unknown> {
  /** Keys of a parent, or `undefined` when this parent cannot be indexed. */
  parent(parent: Parent, context: RuleContext<Params>): readonly string[] | undefined;
  /** Keys of a partner, or `undefined` when this partner cannot be indexed. */
  partner(partner: ParentPartner, context: RuleContext<Params>): readonly string[] | undefined;
}

interface RuleDefinitionBase<Params> {
  /** Stable kebab-case identifier, recorded in every reason. */
  readonly id: string;
  /** What the rule checks and what it protects, in one or two sentences. */
  readonly description: string;
  /** Zod schema of the parameters; defaults come from parsing `{}`. */
  readonly parameters?: z.ZodType<Params>;
  /** Messages by finding code. */
  readonly messages?: RuleMessages;
  /** `partner` when the outcome depends only on the partner and the context (evaluated once per partner in batches). */
  readonly scope?: 'pair' | 'partner';
}

/** Definition of a constraint (hard rule): it passes or excludes a pair, with a reason. */
export interface ConstraintDefinition<Params = Record<string, never>>
  extends RuleDefinitionBase<Params> {
  /** A hard rule. */
  readonly kind: 'constraint';
  /** Optional index used by batch operations to build only the pairs that can pass. */
  readonly candidateKeys?: CandidateKeys<Params>;
  /** Decides the pair: a pure function of its arguments (batch operations remember outcomes and may run it again to list reasons). */
  evaluate(parent: Parent, partner: ParentPartner, context: RuleContext<Params>): ConstraintOutcome;
}

/** Definition of a preference (soft rule): it scores a pair in [0, 1], multiplied by its weight. */
export interface PreferenceDefinition<Params = Record<string, never>>
  extends RuleDefinitionBase<Params> {
  /** A soft rule. */
  readonly kind: 'preference';
  /** Default weight (finite, not negative). */
  readonly weight: number;
  /** Scores the pair: a pure function of its arguments (batch operations remember outcomes and may run it again to list reasons). */
  evaluate(parent: Parent, partner: ParentPartner, context: RuleContext<Params>): PreferenceOutcome;
}

/** A constraint made with {@link defineRule}. */
export interface ConstraintRule<Params = unknown> extends ConstraintDefinition<Params> {
  /** Default parameters (the parameter schema applied to `{}`). */
  readonly defaultParams: Params;
  /** Messages by finding code. */
  readonly messages: RuleMessages;
  /** Evaluation scope. */
  readonly scope: 'pair' | 'partner';
}

/** A preference made with {@link defineRule}. */
export interface PreferenceRule<Params = unknown> extends PreferenceDefinition<Params> {
  /** Default parameters (the parameter schema applied to `{}`). */
  readonly defaultParams: Params;
  /** Messages by finding code. */
  readonly messages: RuleMessages;
  /** Evaluation scope. */
  readonly scope: 'pair' | 'partner';
}

/** A matching rule: a constraint or a preference. */
// biome-ignore lint/suspicious/noExplicitAny: rules of any parameter type share one list
export type Rule = ConstraintRule<any> | PreferenceRule<any>;

/** Pattern of rule ids: lower-case kebab case, starting with a letter, up to 100 characters. */
export const ruleIdPattern: RegExp = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Makes a matching rule from its definition, checking its id, weight and parameter defaults.
 *
 * @throws RuleSetError when the id is not kebab case, the weight is negative or not finite, or the parameter schema rejects `{}`.
 * @example
 * ```ts
 * const sameCounty = defineRule({
 *   id: 'same-county',
 *   kind: 'preference',
 *   weight: 2,
 *   description: 'Prefers a partner who lives in the parent’s county, so meetings need less travel.',
 *   evaluate: (parent, partner) =>
 *     parent.countyFips === partner.countyFips
 *       ? { score: 1, code: 'same_county' }
 *       : { score: 0, code: 'other_county' },
 * });
 * [sameCounty.kind, sameCounty.weight, sameCounty.scope];
 * //=> ['preference', 2, 'pair']
 * ```
 */
export function defineRule<Params = Record<string, never>>(
  definition: ConstraintDefinition<Params>,
): ConstraintRule<Params>;
export function defineRule<Params = Record<string, never>>(
  definition: PreferenceDefinition<Params>,
): PreferenceRule<Params>;
export function defineRule<Params>(
  definition: ConstraintDefinition<Params> | PreferenceDefinition<Params>,
): ConstraintRule<Params> | PreferenceRule<Params> {
  const problems: RuleSetProblem[] = [];
  if (
    typeof definition.id !== 'string' ||
    definition.id.length > 100 ||
    !ruleIdPattern.test(definition.id)
  ) {
    problems.push({
      path: '/id',
      code: 'invalid_rule_id',
      message: 'a rule id is lower-case kebab case, starting with a letter, up to 100 characters',
    });
  }
  if (definition.kind === 'preference' && !isValidWeight(definition.weight)) {
    problems.push({
      path: '/weight',
      code: 'invalid_weight',
      message: 'a weight is a finite number not below 0',
    });
  }
  let defaultParams: unknown = {};
  if (definition.parameters) {
    const parsed = definition.parameters.safeParse({});
    if (parsed.success) defaultParams = parsed.data;
    else {
      problems.push({
        path: '/parameters',
        code: 'invalid_parameter_defaults',
        message: 'the parameter schema must accept {} so that every parameter has a default',
      });
    }
  }
  if (problems.length > 0) throw new RuleSetError(problems);
  return Object.freeze({
    ...definition,
    defaultParams: Object.freeze(defaultParams) as Params,
    messages: definition.messages ?? {},
    scope: definition.scope ?? 'pair',
  }) as ConstraintRule<Params> | PreferenceRule<Params>;
}

/** Tells whether a number is usable as a weight: finite and not negative. */
export function isValidWeight(weight: unknown): weight is number {
  return typeof weight === 'number' && Number.isFinite(weight) && weight >= 0;
}
