import { reservedKeys } from './field-path';
import { isValidWeight, type Rule } from './rule';
import { RuleSetError, type RuleSetProblem, toJsonPointer } from './rule-set-error';
import {
  backgroundCheckValidRule,
  hasCapacityRule,
  ownCaseResolvedRule,
  partnerActiveRule,
  recoveryTimeRule,
  trainingsCurrentRule,
} from './rules/eligibility-rules';
import {
  languageRule,
  meetingModeRule,
  noKnownRelationshipRule,
  notPreviouslyDeclinedRule,
  notSameHouseholdRule,
  partnerGenderRequirementRule,
  servesCountyRule,
} from './rules/pairing-rules';
import {
  availabilityOverlapRule,
  caseloadBalanceRule,
  continuityRule,
  culturalMatchRule,
  primaryLanguageRule,
  proximityRule,
  sharedLivedExperienceRule,
  similarChildAgesRule,
  similarPlacementRule,
} from './rules/preference-rules';

/** A rule as configured in a rule set: enabled or not, its weight (preferences) and its parameters. */
export interface ConfiguredRule {
  /** The rule. */
  readonly rule: Rule;
  /** Whether the rule is applied. */
  readonly enabled: boolean;
  /** Weight of a preference (0 for constraints). */
  readonly weight: number;
  /** The rule's parameters (its defaults merged with the rule set's settings). */
  readonly params: unknown;
}

/** A versioned set of configured rules; its id and version are recorded on every match it decides. */
export interface RuleSet {
  /** Stable identifier, for example `default` or `door-county`. */
  readonly id: string;
  /** Version, for example `2026.1`; change it whenever the rules change. */
  readonly version: string;
  /** What the rule set is for. */
  readonly description?: string;
  /** The rules in evaluation order (disabled rules included, marked). */
  readonly rules: readonly ConfiguredRule[];
}

/** Options of {@link createRuleSet}. */
export interface CreateRuleSetOptions {
  /** Identifier of the rule set (1 to 100 characters). */
  readonly id: string;
  /** Version of the rule set (1 to 50 characters). */
  readonly version: string;
  /** What the rule set is for. */
  readonly description?: string;
  /** The rules, enabled with their default weights and parameters. */
  readonly rules: readonly Rule[];
}

/** Changes {@link extendRuleSet} makes to a base rule set. */
export interface ExtendRuleSetOptions {
  /** Identifier of the new rule set. */
  readonly id: string;
  /** Version of the new rule set. */
  readonly version: string;
  /** What the new rule set is for. */
  readonly description?: string;
  /** Rules to add (made with `defineRule`), after the base rules. */
  readonly add?: readonly Rule[];
  /** Ids of rules to disable. */
  readonly disable?: readonly string[];
  /** Ids of disabled rules to enable again. */
  readonly enable?: readonly string[];
  /** New weights of preferences, by rule id. */
  readonly weights?: Readonly<Record<string, number>>;
  /** Parameters by rule id, merged over the current ones (one level deep) and checked by the rule's parameter schema. */
  readonly params?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** The built-in rule catalogue, constraints first, in the order the default rule set applies them. */
export const builtInRules: readonly Rule[] = Object.freeze([
  partnerActiveRule,
  trainingsCurrentRule,
  backgroundCheckValidRule,
  ownCaseResolvedRule,
  recoveryTimeRule,
  hasCapacityRule,
  servesCountyRule,
  languageRule,
  noKnownRelationshipRule,
  notSameHouseholdRule,
  notPreviouslyDeclinedRule,
  partnerGenderRequirementRule,
  meetingModeRule,
  sharedLivedExperienceRule,
  primaryLanguageRule,
  culturalMatchRule,
  proximityRule,
  similarPlacementRule,
  similarChildAgesRule,
  availabilityOverlapRule,
  caseloadBalanceRule,
  continuityRule,
]);

function checkIdentity(id: unknown, version: unknown, problems: RuleSetProblem[]): void {
  if (typeof id !== 'string' || id.length === 0 || id.length > 100) {
    problems.push({
      path: '/id',
      code: 'invalid_rule_set_id',
      message: 'a rule set id has 1 to 100 characters',
    });
  }
  if (typeof version !== 'string' || version.length === 0 || version.length > 50) {
    problems.push({
      path: '/version',
      code: 'invalid_version',
      message: 'a rule set version has 1 to 50 characters',
    });
  }
}

function configure(rule: Rule): ConfiguredRule {
  return Object.freeze({
    rule,
    enabled: true,
    weight: rule.kind === 'preference' ? rule.weight : 0,
    params: rule.defaultParams,
  });
}

function freezeRuleSet(
  id: string,
  version: string,
  description: string | undefined,
  rules: readonly ConfiguredRule[],
): RuleSet {
  return Object.freeze({
    id,
    version,
    ...(description === undefined ? {} : { description }),
    rules: Object.freeze([...rules]),
  });
}

/**
 * Makes a rule set from rules, each enabled with its default weight and parameters.
 *
 * @throws RuleSetError when the id or version is malformed or two rules share an id.
 */
export function createRuleSet(options: CreateRuleSetOptions): RuleSet {
  const problems: RuleSetProblem[] = [];
  checkIdentity(options.id, options.version, problems);
  const seen = new Set<string>();
  options.rules.forEach((rule, index) => {
    if (seen.has(rule.id)) {
      problems.push({
        path: toJsonPointer(['rules', index]),
        code: 'duplicate_rule',
        message: `rule ${rule.id} appears twice`,
      });
    }
    seen.add(rule.id);
  });
  if (problems.length > 0) throw new RuleSetError(problems);
  return freezeRuleSet(
    options.id,
    options.version,
    options.description,
    options.rules.map(configure),
  );
}

/** The default rule set: every built-in rule, enabled with its default weight and parameters. */
export const defaultRuleSet: RuleSet = createRuleSet({
  id: 'default',
  version: '1.0.0',
  description:
    'Every built-in constraint and preference of @parent-partner/matching with its default weight.',
  rules: builtInRules,
});

/** One change to a rule set, with the JSON path reported if it is refused. */
export type RuleSetChange =
  | {
      readonly type: 'add';
      readonly rule: Rule;
      readonly enabled?: boolean;
      readonly path: readonly (string | number)[];
    }
  | {
      readonly type: 'enable' | 'disable';
      readonly ruleId: string;
      readonly path: readonly (string | number)[];
    }
  | {
      readonly type: 'weight';
      readonly ruleId: string;
      readonly weight: unknown;
      readonly path: readonly (string | number)[];
    }
  | {
      readonly type: 'params';
      readonly ruleId: string;
      readonly params: unknown;
      readonly path: readonly (string | number)[];
    };

/** Finds the reserved keys (`__proto__`, `constructor`, `prototype`) anywhere in a value, as problems. */
export function findReservedKeys(
  value: unknown,
  path: readonly (string | number)[],
  problems: RuleSetProblem[],
  depth = 0,
): void {
  if (depth > 40 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      findReservedKeys(item, [...path, index], problems, depth + 1);
    });
    return;
  }
  for (const key of Object.keys(value)) {
    if (reservedKeys.has(key)) {
      problems.push({
        path: toJsonPointer([...path, key]),
        code: 'reserved_key',
        message: `the key ${key} is not allowed`,
      });
      continue;
    }
    findReservedKeys((value as Record<string, unknown>)[key], [...path, key], problems, depth + 1);
  }
}

/** Applies changes to a base rule set, collecting every problem; returns the configured rules only when there is none. */
export function applyRuleSetChanges(
  base: RuleSet,
  changes: readonly RuleSetChange[],
  problems: RuleSetProblem[],
): ConfiguredRule[] {
  const rules = base.rules.map((configured) => ({ ...configured }));
  const byId = new Map<string, (typeof rules)[number]>();
  for (const configured of rules) byId.set(configured.rule.id, configured);
  for (const change of changes) {
    if (change.type === 'add') {
      if (reservedKeys.has(change.rule.id) || byId.has(change.rule.id)) {
        problems.push({
          path: toJsonPointer(change.path),
          code: 'duplicate_rule',
          message: `a rule with id ${change.rule.id} is already in the rule set`,
        });
        continue;
      }
      const added = { ...configure(change.rule), enabled: change.enabled ?? true };
      rules.push(added);
      byId.set(change.rule.id, added);
    }
  }
  for (const change of changes) {
    if (change.type === 'add') continue;
    const pointer = toJsonPointer(change.path);
    if (reservedKeys.has(change.ruleId)) {
      problems.push({
        path: pointer,
        code: 'reserved_key',
        message: `the key ${change.ruleId} is not allowed`,
      });
      continue;
    }
    const target = byId.get(change.ruleId);
    if (!target) {
      problems.push({
        path: pointer,
        code: 'unknown_rule',
        message: `no rule with id ${change.ruleId} in the base rule set`,
      });
      continue;
    }
    switch (change.type) {
      case 'enable':
        target.enabled = true;
        break;
      case 'disable':
        target.enabled = false;
        break;
      case 'weight':
        if (target.rule.kind !== 'preference') {
          problems.push({
            path: pointer,
            code: 'weight_on_constraint',
            message: `${change.ruleId} is a constraint and has no weight`,
          });
        } else if (!isValidWeight(change.weight)) {
          problems.push({
            path: pointer,
            code: 'invalid_weight',
            message: 'a weight is a finite number not below 0',
          });
        } else target.weight = change.weight;
        break;
      case 'params': {
        const params = change.params;
        if (params === null || typeof params !== 'object' || Array.isArray(params)) {
          problems.push({
            path: pointer,
            code: 'invalid_params',
            message: 'parameters are an object',
          });
          break;
        }
        const before = problems.length;
        findReservedKeys(params, change.path, problems);
        if (problems.length > before) break;
        const schema = target.rule.parameters;
        if (!schema) {
          if (Object.keys(params).length > 0) {
            problems.push({
              path: pointer,
              code: 'unknown_parameter',
              message: `${change.ruleId} takes no parameters`,
            });
          }
          break;
        }
        const merged = { ...(target.params as object), ...params };
        const parsed = schema.safeParse(merged);
        if (parsed.success) target.params = Object.freeze(parsed.data);
        else {
          for (const issue of parsed.error.issues) {
            problems.push({
              path: toJsonPointer([
                ...change.path,
                ...issue.path.map((segment) =>
                  typeof segment === 'symbol' ? String(segment.description) : segment,
                ),
              ]),
              code: 'invalid_parameter',
              message:
                issue.code === 'unrecognized_keys'
                  ? `${change.ruleId} has no such parameter`
                  : `invalid parameter of ${change.ruleId} (${issue.code})`,
            });
          }
        }
        break;
      }
    }
  }
  return rules.map((configured) => Object.freeze(configured));
}

/**
 * Makes a new rule set from a base one: adds code rules, disables or re-enables rules, changes weights and parameters.
 *
 * Nothing is half-applied: any problem refuses the whole extension.
 *
 * @throws RuleSetError listing every problem (unknown rule id, negative or non-finite weight, bad parameter, duplicate id, reserved key).
 * @example
 * ```ts
 * const county = extendRuleSet(defaultRuleSet, {
 *   id: 'door-county',
 *   version: '2026.1',
 *   disable: ['availability-overlap'],
 *   weights: { 'shared-lived-experience': 6 },
 *   params: { proximity: { neighborScore: 0.8 } },
 * });
 * const lived = county.rules.find((configured) => configured.rule.id === 'shared-lived-experience');
 * [county.id, lived?.weight, county.rules.filter((configured) => !configured.enabled).length];
 * //=> ['door-county', 6, 1]
 * ```
 */
export function extendRuleSet(base: RuleSet, options: ExtendRuleSetOptions): RuleSet {
  const problems: RuleSetProblem[] = [];
  checkIdentity(options.id, options.version, problems);
  const changes: RuleSetChange[] = [];
  for (const [index, rule] of (options.add ?? []).entries()) {
    changes.push({ type: 'add', rule, path: ['add', index] });
  }
  for (const [index, ruleId] of (options.disable ?? []).entries()) {
    changes.push({ type: 'disable', ruleId, path: ['disable', index] });
  }
  for (const [index, ruleId] of (options.enable ?? []).entries()) {
    changes.push({ type: 'enable', ruleId, path: ['enable', index] });
  }
  for (const [ruleId, weight] of Object.entries(options.weights ?? {})) {
    changes.push({ type: 'weight', ruleId, weight, path: ['weights', ruleId] });
  }
  for (const [ruleId, params] of Object.entries(options.params ?? {})) {
    changes.push({ type: 'params', ruleId, params, path: ['params', ruleId] });
  }
  const rules = applyRuleSetChanges(base, changes, problems);
  if (problems.length > 0) throw new RuleSetError(problems);
  return freezeRuleSet(options.id, options.version, options.description, rules);
}

/** Builds a rule set from already configured rules (used by the JSON loader after its checks). */
export function assembleRuleSet(
  id: string,
  version: string,
  description: string | undefined,
  rules: readonly ConfiguredRule[],
): RuleSet {
  return freezeRuleSet(id, version, description, rules);
}
