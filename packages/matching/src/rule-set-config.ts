import type { SafeResult } from '@parent-partner/core';
import * as z from 'zod';
import { ConditionSchema, compileCondition } from './condition-language';
import { buildDeclarativeRule, type DeclarativeRuleDefinition } from './declarative-rule';
import { reservedKeys } from './field-path';
import { isValidWeight, ruleIdPattern } from './rule';
import {
  applyRuleSetChanges,
  assembleRuleSet,
  defaultRuleSet,
  findReservedKeys,
  type RuleSet,
  type RuleSetChange,
} from './rule-set';
import { RuleSetError, type RuleSetProblem, toJsonPointer } from './rule-set-error';

const LocalizedMessageSchema = z.strictObject({
  en: z.string().min(1).max(500),
  es: z.string().min(1).max(500).optional(),
});

function buildConfigSchema(strict: boolean) {
  const weight = strict ? z.number().min(0) : z.unknown();
  const params = strict ? z.record(z.string(), z.unknown()) : z.unknown();
  const when = strict ? ConditionSchema : z.unknown();
  const RuleSettingSchema = z.strictObject({
    enabled: z
      .boolean()
      .optional()
      .meta({ description: 'false disables the rule; true enables a disabled one.' }),
    weight: weight
      .optional()
      .meta({ description: 'New weight of a preference (finite, not negative).' }),
    params: params
      .optional()
      .meta({ description: 'Parameters of the rule, merged over its current ones.' }),
  });
  const DeclarativeRuleSchema = z.strictObject({
    id: z.string().max(100).regex(ruleIdPattern),
    kind: z.union([z.literal('constraint'), z.literal('preference')]),
    description: z.string().min(1).max(500),
    enabled: z.boolean().optional(),
    weight: weight.optional().meta({ description: 'Weight of a preference (default 1).' }),
    onMissing: z.union([z.literal('pass'), z.literal('fail'), z.literal('skip')]).meta({
      description: 'What a missing value means: the rule passes, fails, or is skipped.',
    }),
    when: when.meta({
      description:
        'The condition: all, any, not, or a comparison over parent./partner. field paths.',
    }),
    messages: z
      .strictObject({
        condition_met: LocalizedMessageSchema.optional(),
        condition_not_met: LocalizedMessageSchema.optional(),
        missing_value: LocalizedMessageSchema.optional(),
      })
      .optional(),
  });
  return z.strictObject({
    $schema: z.string().max(500).optional(),
    id: z.string().min(1).max(100),
    version: z.string().min(1).max(50),
    description: z.string().max(1000).optional(),
    extends: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: 'Id of the base rule set (default: default).' }),
    rules: z
      .record(z.string().max(100), RuleSettingSchema)
      .optional()
      .meta({ description: 'Settings of existing rules, by rule id.' }),
    add: z
      .array(DeclarativeRuleSchema)
      .max(100)
      .optional()
      .meta({ description: 'Declarative rules to add.' }),
  });
}

/** Zod schema of the JSON rule-set format a county writes to configure matching without code. */
export const RuleSetConfigSchema = buildConfigSchema(true);

/** A rule set as written in JSON: base rules enabled, disabled, reweighed or re-parameterised, plus declarative rules. */
export type RuleSetConfig = z.input<typeof RuleSetConfigSchema>;

const LooseConfigSchema = buildConfigSchema(false);

/** Options of {@link parseRuleSet} and {@link loadRuleSet}. */
export interface ParseRuleSetOptions {
  /** The rule set the JSON extends (default: {@link defaultRuleSet}); it may already hold code rules. */
  readonly base?: RuleSet;
}

function withoutReservedKeys(value: unknown, depth = 0): unknown {
  if (depth > 40 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => withoutReservedKeys(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (reservedKeys.has(key)) continue;
    copy[key] = withoutReservedKeys((value as Record<string, unknown>)[key], depth + 1);
  }
  return copy;
}

function toSegments(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((segment) =>
    typeof segment === 'symbol' ? String(segment.description) : segment,
  );
}

/**
 * Checks a rule set written in JSON (already parsed) and builds it over its base, refusing it whole if anything is wrong.
 *
 * Field paths and operators are checked against the record schemas now, not when the rules run.
 *
 * @throws RuleSetError listing every problem with its JSON path: unknown rule id, negative or non-finite weight, unknown field path, reserved key, wrong operator for a field's type...
 * @example
 * ```ts
 * const county = parseRuleSet({
 *   id: 'door-county',
 *   version: '2026.1',
 *   rules: { 'shared-lived-experience': { weight: 6 }, 'availability-overlap': { enabled: false } },
 *   add: [
 *     {
 *       id: 'two-years-recovery',
 *       kind: 'constraint',
 *       description: 'Partners have two years of recovery',
 *       onMissing: 'fail',
 *       when: { monthsBetween: [{ path: 'partner.recoveryDate' }, { asOf: true }], op: 'gte', value: 24 },
 *     },
 *   ],
 * });
 * [county.id, county.rules.length];
 * //=> ['door-county', 23]
 * ```
 */
export function parseRuleSet(input: unknown, options: ParseRuleSetOptions = {}): RuleSet {
  const problems: RuleSetProblem[] = [];
  findReservedKeys(input, [], problems);
  const candidate = problems.length > 0 ? withoutReservedKeys(input) : input;
  const parsed = LooseConfigSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({
        path: toJsonPointer(toSegments(issue.path)),
        code: issue.code,
        message: issue.message,
      });
    }
    throw new RuleSetError(problems);
  }
  const config = parsed.data;
  const base = options.base ?? defaultRuleSet;
  if (config.extends !== undefined && config.extends !== base.id) {
    problems.push({
      path: '/extends',
      code: 'unknown_base',
      message: 'extends names a rule set other than the base given',
    });
  }
  const changes: RuleSetChange[] = [];
  const addedIds = new Set<string>();
  (config.add ?? []).forEach((definition, index) => {
    const path = ['add', index];
    if (addedIds.has(definition.id)) {
      problems.push({
        path: toJsonPointer([...path, 'id']),
        code: 'duplicate_rule',
        message: `rule ${definition.id} is added twice`,
      });
    }
    addedIds.add(definition.id);
    if (definition.weight !== undefined) {
      if (definition.kind === 'constraint') {
        problems.push({
          path: toJsonPointer([...path, 'weight']),
          code: 'weight_on_constraint',
          message: 'a constraint has no weight',
        });
      } else if (!isValidWeight(definition.weight)) {
        problems.push({
          path: toJsonPointer([...path, 'weight']),
          code: 'invalid_weight',
          message: 'a weight is a finite number not below 0',
        });
      }
    }
    const compiled = compileCondition(definition.when, [...path, 'when']);
    problems.push(...compiled.problems);
    if (!compiled.condition) return;
    const rule = buildDeclarativeRule(definition as DeclarativeRuleDefinition, compiled.condition);
    changes.push({ type: 'add', rule, enabled: definition.enabled ?? true, path: [...path, 'id'] });
  });
  for (const [ruleId, setting] of Object.entries(config.rules ?? {})) {
    const path = ['rules', ruleId];
    if (setting.enabled !== undefined) {
      changes.push({
        type: setting.enabled ? 'enable' : 'disable',
        ruleId,
        path: [...path, 'enabled'],
      });
    }
    if (Object.hasOwn(setting, 'weight'))
      changes.push({ type: 'weight', ruleId, weight: setting.weight, path: [...path, 'weight'] });
    if (Object.hasOwn(setting, 'params'))
      changes.push({ type: 'params', ruleId, params: setting.params, path: [...path, 'params'] });
  }
  const rules = applyRuleSetChanges(base, changes, problems);
  if (problems.length > 0) throw new RuleSetError(problems);
  return assembleRuleSet(config.id, config.version, config.description, rules);
}

/** Like {@link parseRuleSet}, but returns `{ success, data }` or `{ success, error }` instead of throwing a {@link RuleSetError}. */
export function safeParseRuleSet(
  input: unknown,
  options: ParseRuleSetOptions = {},
): SafeResult<RuleSet, RuleSetError> {
  try {
    return { success: true, data: parseRuleSet(input, options) };
  } catch (error) {
    if (error instanceof RuleSetError) return { success: false, error };
    throw error;
  }
}

/**
 * Loads a rule set from JSON text (a county's configuration file), with every check of {@link parseRuleSet}.
 *
 * @throws RuleSetError when the text is not JSON or the rule set has problems.
 * @example
 * ```ts
 * const county = loadRuleSet('{"id":"door-county","version":"1","rules":{"proximity":{"weight":2}}}');
 * county.rules.find((configured) => configured.rule.id === 'proximity')?.weight;
 * //=> 2
 * ```
 */
export function loadRuleSet(json: string, options: ParseRuleSetOptions = {}): RuleSet {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    throw new RuleSetError(
      [{ path: '', code: 'invalid_json', message: 'the rule set is not valid JSON' }],
      { cause: error },
    );
  }
  return parseRuleSet(input, options);
}

/**
 * Creates the JSON Schema (draft 2020-12) of the rule-set format, for editors and for counties that do not use TypeScript.
 *
 * The schema checks the shape; field paths and operator types are checked by {@link parseRuleSet}.
 *
 * @example
 * ```ts
 * const schema = createRuleSetJsonSchema();
 * [schema.type, Object.keys(schema.properties ?? {}).includes('add')];
 * //=> ['object', true]
 * ```
 */
export function createRuleSetJsonSchema(): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(RuleSetConfigSchema, { target: 'draft-2020-12', io: 'input' });
}
