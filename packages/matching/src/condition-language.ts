import { isValidCalendarDate, monthsBetweenDates } from '@parent-partner/core';
import * as z from 'zod';
import {
  compileFieldReader,
  type FieldType,
  isFieldPathProblem,
  type ResolvedFieldPath,
  resolveFieldPath,
} from './field-path';
import type { ConditionTrace } from './rule';
import { type RuleSetProblem, toJsonPointer } from './rule-set-error';

/** Operators of a comparison on a field path. */
export type ComparisonOperator =
  | 'eq'
  | 'ne'
  | 'lt'
  | 'lte'
  | 'gt'
  | 'gte'
  | 'in'
  | 'intersects'
  | 'before'
  | 'after';

/** Operators of a `monthsBetween` comparison. */
export type NumericOperator = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte';

/** A literal value in a condition. */
export type ConditionLiteral = string | number | boolean;

/** A field of the parent or the partner, as an operand: `{ "path": "partner.ownCase.resolvedOn" }`. */
export interface PathOperand {
  /** Dotted field path starting with `parent.` or `partner.`; `name[]` reads every element of a list. */
  readonly path: string;
}

/** The decision date as an operand: `{ "asOf": true }`. */
export interface AsOfOperand {
  /** Always `true`. */
  readonly asOf: true;
}

/** A date operand: a date field or the decision date. */
export type DateOperand = PathOperand | AsOfOperand;

/** The right-hand side of a comparison: a literal, a list of literals, another field, or the decision date. */
export type ConditionOperand =
  | ConditionLiteral
  | readonly ConditionLiteral[]
  | PathOperand
  | AsOfOperand;

/** A comparison of a field with a value: `{ "path": "partner.status", "op": "eq", "value": "active" }`. */
export interface FieldComparison {
  /** The field compared. */
  readonly path: string;
  /** The operator. */
  readonly op: ComparisonOperator;
  /** What it is compared with. */
  readonly value: ConditionOperand;
}

/** Whole months between two dates compared with a number: `{ "monthsBetween": [{ "path": "partner.recoveryDate" }, { "asOf": true }], "op": "gte", "value": 24 }`. */
export interface MonthsBetweenComparison {
  /** The two dates, earlier first (the count is negative when the second is earlier). */
  readonly monthsBetween: readonly [DateOperand, DateOperand];
  /** The operator. */
  readonly op: NumericOperator;
  /** The number of months compared with. */
  readonly value: number;
}

/** A condition of the declarative rule language: `all`, `any`, `not` or a comparison. */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | FieldComparison
  | MonthsBetweenComparison;

const comparisonOperators = [
  'eq',
  'ne',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'intersects',
  'before',
  'after',
] as const;
const numericOperators = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const;
const maximumDepth = 12;

const LiteralSchema = z.union([z.string().max(200), z.number().finite(), z.boolean()]);
const PathOperandSchema = z.strictObject({ path: z.string().min(1).max(200) });
const AsOfOperandSchema = z.strictObject({ asOf: z.literal(true) });
const DateOperandSchema = z.union([PathOperandSchema, AsOfOperandSchema]);

/** Zod schema of a condition (recursive), the source of the rule-set JSON Schema. */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1).max(50) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1).max(50) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({
      path: z.string().min(1).max(200),
      op: z.enum(comparisonOperators),
      value: z.union([
        LiteralSchema,
        z.array(LiteralSchema).max(200),
        PathOperandSchema,
        AsOfOperandSchema,
      ]),
    }),
    z.strictObject({
      monthsBetween: z.tuple([DateOperandSchema, DateOperandSchema]),
      op: z.enum(numericOperators),
      value: z.number().finite(),
    }),
  ]),
) as z.ZodType<Condition>;

/** Result of a compiled condition: 1 held, 0 did not hold, 2 could not be decided (missing value). */
export type TriState = 0 | 1 | 2;

/** A condition compiled to a closure over the two records and the decision date. */
export type CompiledCondition = (
  parent: unknown,
  partner: unknown,
  asOf: string,
  trace: ConditionTrace[] | undefined,
) => TriState;

const resultNames = ['failed', 'passed', 'missing'] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isLiteral(value: unknown): value is ConditionLiteral {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

type Path = readonly (string | number)[];

class ConditionCompiler {
  readonly problems: RuleSetProblem[] = [];

  private report(path: Path, code: string, message: string): undefined {
    this.problems.push({ path: toJsonPointer(path), code, message });
    return undefined;
  }

  compile(raw: unknown, path: Path, depth = 0): CompiledCondition | undefined {
    if (depth > maximumDepth)
      return this.report(
        path,
        'condition_too_deep',
        `conditions nest at most ${maximumDepth} levels`,
      );
    if (!isPlainObject(raw))
      return this.report(path, 'invalid_condition', 'a condition is an object');
    const keys = Object.keys(raw);
    if (Object.hasOwn(raw, 'all') || Object.hasOwn(raw, 'any')) {
      const name = Object.hasOwn(raw, 'all') ? 'all' : 'any';
      if (keys.length !== 1)
        return this.report(path, 'invalid_condition', `a condition with ${name} has no other key`);
      const list = raw[name];
      if (!Array.isArray(list) || list.length === 0 || list.length > 50) {
        return this.report(
          [...path, name],
          'invalid_condition',
          `${name} takes a list of 1 to 50 conditions`,
        );
      }
      const children = list.map((child, index) =>
        this.compile(child, [...path, name, index], depth + 1),
      );
      if (children.some((child) => child === undefined)) return undefined;
      return this.group(name, children as CompiledCondition[], toJsonPointer(path));
    }
    if (Object.hasOwn(raw, 'not')) {
      if (keys.length !== 1)
        return this.report(path, 'invalid_condition', 'a condition with not has no other key');
      const inner = this.compile(raw.not, [...path, 'not'], depth + 1);
      if (!inner) return undefined;
      const pointer = toJsonPointer(path);
      return (parent, partner, asOf, trace) => {
        const result = inner(parent, partner, asOf, trace);
        const negated: TriState = result === 2 ? 2 : result === 1 ? 0 : 1;
        trace?.push({ pointer, fieldPaths: [], result: resultNames[negated] });
        return negated;
      };
    }
    if (Object.hasOwn(raw, 'monthsBetween')) return this.monthsBetween(raw, path);
    if (Object.hasOwn(raw, 'path')) return this.comparison(raw, path);
    return this.report(
      path,
      'invalid_condition',
      'a condition has all, any, not, path or monthsBetween',
    );
  }

  private group(
    name: 'all' | 'any',
    children: readonly CompiledCondition[],
    pointer: string,
  ): CompiledCondition {
    const decisive: TriState = name === 'all' ? 0 : 1;
    const otherwise: TriState = name === 'all' ? 1 : 0;
    return (parent, partner, asOf, trace) => {
      let missing = false;
      let result: TriState = otherwise;
      for (const child of children) {
        const value = child(parent, partner, asOf, trace);
        if (value === decisive) {
          result = decisive;
          // With a trace, every condition is evaluated so that the trace is complete.
          if (!trace) break;
        } else if (value === 2) missing = true;
      }
      if (result !== decisive && missing) result = 2;
      trace?.push({ pointer, fieldPaths: [], result: resultNames[result] });
      return result;
    };
  }

  private checkKeys(raw: Record<string, unknown>, allowed: readonly string[], path: Path): boolean {
    let ok = true;
    for (const key of Object.keys(raw)) {
      if (!allowed.includes(key)) {
        this.report([...path, key], 'unknown_key', `a comparison takes only ${allowed.join(', ')}`);
        ok = false;
      }
    }
    return ok;
  }

  private resolve(value: unknown, path: Path): ResolvedFieldPath | undefined {
    if (typeof value !== 'string')
      return this.report(path, 'invalid_field_path', 'a field path is a string');
    const resolved = resolveFieldPath(value);
    if (isFieldPathProblem(resolved)) return this.report(path, resolved.code, resolved.message);
    return resolved;
  }

  private dateOperand(
    raw: unknown,
    path: Path,
  ):
    | { read: (parent: unknown, partner: unknown, asOf: string) => unknown; fieldPaths: string[] }
    | undefined {
    if (isPlainObject(raw) && Object.keys(raw).length === 1 && raw.asOf === true) {
      return { read: (_parent, _partner, asOf) => asOf, fieldPaths: [] };
    }
    if (isPlainObject(raw) && Object.keys(raw).length === 1 && Object.hasOwn(raw, 'path')) {
      const resolved = this.resolve(raw.path, [...path, 'path']);
      if (!resolved) return undefined;
      if (resolved.type.kind !== 'date' || resolved.type.arity !== 'scalar') {
        return this.report(
          [...path, 'path'],
          'operator_type_mismatch',
          `monthsBetween takes single dates; ${String(raw.path)} is not one`,
        );
      }
      const reader = compileFieldReader(resolved);
      const fromParent = resolved.root === 'parent';
      return {
        read: (parent, partner) => reader(fromParent ? parent : partner),
        fieldPaths: [raw.path as string],
      };
    }
    return this.report(
      path,
      'invalid_operand',
      'a date operand is {"path": ...} or {"asOf": true}',
    );
  }

  private monthsBetween(raw: Record<string, unknown>, path: Path): CompiledCondition | undefined {
    if (!this.checkKeys(raw, ['monthsBetween', 'op', 'value'], path)) return undefined;
    const operands = raw.monthsBetween;
    if (!Array.isArray(operands) || operands.length !== 2) {
      return this.report(
        [...path, 'monthsBetween'],
        'invalid_operand',
        'monthsBetween takes two date operands',
      );
    }
    const from = this.dateOperand(operands[0], [...path, 'monthsBetween', 0]);
    const to = this.dateOperand(operands[1], [...path, 'monthsBetween', 1]);
    const op = raw.op;
    const value = raw.value;
    let ok = from !== undefined && to !== undefined;
    if (!numericOperators.includes(op as NumericOperator)) {
      this.report(
        [...path, 'op'],
        'unknown_operator',
        `monthsBetween compares with ${numericOperators.join(', ')}`,
      );
      ok = false;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.report(
        [...path, 'value'],
        'invalid_value',
        'monthsBetween compares with a finite number',
      );
      ok = false;
    }
    if (!ok || !from || !to) return undefined;
    const test = numericTest(op as NumericOperator);
    const pointer = toJsonPointer(path);
    const fieldPaths = [...from.fieldPaths, ...to.fieldPaths];
    const threshold = value as number;
    return (parent, partner, asOf, trace) => {
      const start = from.read(parent, partner, asOf);
      const end = to.read(parent, partner, asOf);
      const result: TriState =
        typeof start !== 'string' || typeof end !== 'string'
          ? 2
          : test(monthsBetweenDates(start, end), threshold)
            ? 1
            : 0;
      trace?.push({ pointer, fieldPaths, result: resultNames[result] });
      return result;
    };
  }

  private comparison(raw: Record<string, unknown>, path: Path): CompiledCondition | undefined {
    if (!this.checkKeys(raw, ['path', 'op', 'value'], path)) return undefined;
    const left = this.resolve(raw.path, [...path, 'path']);
    const op = raw.op as ComparisonOperator;
    if (!comparisonOperators.includes(op)) {
      return this.report(
        [...path, 'op'],
        'unknown_operator',
        `a comparison uses one of ${comparisonOperators.join(', ')}`,
      );
    }
    if (!Object.hasOwn(raw, 'value'))
      return this.report([...path, 'value'], 'invalid_value', 'a comparison needs a value');
    if (!left) return undefined;
    const type = left.type;
    const mismatch = (message: string) =>
      this.report([...path, 'op'], 'operator_type_mismatch', message);
    const leftPath = raw.path as string;
    // Operator and field-type compatibility, checked once at load time.
    if (op === 'intersects') {
      if (type.arity === 'scalar')
        return mismatch(`intersects needs a list; ${leftPath} holds one value`);
    } else if (type.arity === 'array') {
      return mismatch(`${leftPath} is a list: use intersects, or read its elements with []`);
    }
    if (
      (op === 'lt' || op === 'lte' || op === 'gt' || op === 'gte') &&
      type.kind !== 'number' &&
      type.kind !== 'date'
    ) {
      return mismatch(`${op} compares numbers or dates; ${leftPath} is a ${type.kind}`);
    }
    if ((op === 'before' || op === 'after') && type.kind !== 'date') {
      return mismatch(`${op} compares dates; ${leftPath} is a ${type.kind}`);
    }
    if (op === 'in' && type.kind === 'boolean')
      return mismatch(`in does not apply to the boolean ${leftPath}`);
    const right = this.rightOperand(raw.value, op, type, [...path, 'value']);
    if (!right) return undefined;
    const reader = compileFieldReader(left);
    const fromParent = left.root === 'parent';
    const pointer = toJsonPointer(path);
    const fieldPaths = right.kind === 'path' ? [leftPath, right.fieldPath] : [leftPath];
    const evaluate = buildEvaluator(op, type.arity, right);
    return (parent, partner, asOf, trace) => {
      const result = evaluate(reader(fromParent ? parent : partner), parent, partner, asOf);
      trace?.push({ pointer, fieldPaths, result: resultNames[result] });
      return result;
    };
  }

  private rightOperand(
    raw: unknown,
    op: ComparisonOperator,
    type: FieldType,
    path: Path,
  ): RightOperand | undefined {
    const listOperator = op === 'in' || op === 'intersects';
    if (isPlainObject(raw)) {
      if (Object.keys(raw).length === 1 && raw.asOf === true) {
        if (type.kind !== 'date' || listOperator) {
          return this.report(
            path,
            'operator_type_mismatch',
            'the decision date compares only with a single date field',
          );
        }
        return { kind: 'asOf' };
      }
      if (Object.keys(raw).length === 1 && Object.hasOwn(raw, 'path')) {
        const resolved = this.resolve(raw.path, [...path, 'path']);
        if (!resolved) return undefined;
        const wantsList = listOperator;
        const isList = resolved.type.arity === 'array';
        if (
          resolved.type.kind !== type.kind ||
          wantsList !== isList ||
          resolved.type.arity === 'each'
        ) {
          return this.report(
            [...path, 'path'],
            'operator_type_mismatch',
            `${String(raw.path)} cannot be compared with ${op} to the field on the left`,
          );
        }
        const reader = compileFieldReader(resolved);
        const fromParent = resolved.root === 'parent';
        return {
          kind: 'path',
          read: (parent, partner) => reader(fromParent ? parent : partner),
          fieldPath: raw.path as string,
        };
      }
      return this.report(
        path,
        'invalid_operand',
        'an operand object is {"path": ...} or {"asOf": true}',
      );
    }
    if (listOperator) {
      if (!Array.isArray(raw) || raw.length === 0 || raw.length > 200) {
        return this.report(path, 'invalid_value', `${op} takes a list of 1 to 200 values`);
      }
      let ok = true;
      raw.forEach((item, index) => {
        if (!isLiteral(item) || !type.schema.safeParse(item).success) {
          this.report(
            [...path, index],
            'invalid_value',
            `value is not a valid ${type.kind} for the field on the left`,
          );
          ok = false;
        }
      });
      return ok ? { kind: 'set', values: new Set(raw as ConditionLiteral[]) } : undefined;
    }
    if (!isLiteral(raw)) return this.report(path, 'invalid_value', `${op} takes a single value`);
    const valid =
      type.kind === 'number'
        ? typeof raw === 'number'
        : op === 'eq' || op === 'ne'
          ? type.schema.safeParse(raw).success
          : true;
    const kindMatches =
      type.kind === 'date'
        ? typeof raw === 'string' && isValidCalendarDate(raw)
        : type.kind === 'boolean'
          ? typeof raw === 'boolean'
          : type.kind === 'number'
            ? typeof raw === 'number'
            : typeof raw === 'string';
    if (!valid || !kindMatches) {
      return this.report(
        path,
        'invalid_value',
        `value is not a valid ${type.kind} for the field on the left`,
      );
    }
    return { kind: 'literal', value: raw };
  }
}

type RightOperand =
  | { readonly kind: 'literal'; readonly value: ConditionLiteral }
  | { readonly kind: 'set'; readonly values: ReadonlySet<ConditionLiteral> }
  | { readonly kind: 'asOf' }
  | {
      readonly kind: 'path';
      readonly read: (parent: unknown, partner: unknown) => unknown;
      readonly fieldPath: string;
    };

function numericTest(op: NumericOperator): (left: number, right: number) => boolean {
  switch (op) {
    case 'eq':
      return (left, right) => left === right;
    case 'ne':
      return (left, right) => left !== right;
    case 'lt':
      return (left, right) => left < right;
    case 'lte':
      return (left, right) => left <= right;
    case 'gt':
      return (left, right) => left > right;
    case 'gte':
      return (left, right) => left >= right;
  }
}

type Scalar = string | number | boolean;

function scalarTest(op: ComparisonOperator): (left: Scalar, right: Scalar) => boolean {
  switch (op) {
    case 'eq':
      return (left, right) => left === right;
    case 'ne':
      return (left, right) => left !== right;
    case 'lt':
    case 'before':
      return (left, right) => left < right;
    case 'lte':
      return (left, right) => left <= right;
    case 'gt':
    case 'after':
      return (left, right) => left > right;
    case 'gte':
      return (left, right) => left >= right;
    default:
      return () => false;
  }
}

type OperandEvaluator = (
  left: unknown,
  parent: unknown,
  partner: unknown,
  asOf: string,
) => TriState;

function isPresent(value: unknown): value is Scalar {
  return value !== undefined && value !== null;
}

function buildEvaluator(
  op: ComparisonOperator,
  arity: FieldType['arity'],
  right: RightOperand,
): OperandEvaluator {
  if (op === 'in' || op === 'intersects') {
    const setOf = (parent: unknown, partner: unknown): ReadonlySet<unknown> | undefined => {
      if (right.kind === 'set') return right.values;
      if (right.kind === 'path') {
        const list = right.read(parent, partner);
        return Array.isArray(list) ? new Set(list) : undefined;
      }
      return undefined;
    };
    return (left, parent, partner) => {
      const set = setOf(parent, partner);
      if (!set) return 2;
      if (arity === 'scalar') return isPresent(left) ? (set.has(left) ? 1 : 0) : 2;
      if (!Array.isArray(left)) return 2;
      let missing = false;
      for (const element of left) {
        if (!isPresent(element)) missing = true;
        else if (set.has(element)) return 1;
      }
      return missing ? 2 : 0;
    };
  }
  const test = scalarTest(op);
  const rightValue = (parent: unknown, partner: unknown, asOf: string): unknown =>
    right.kind === 'literal'
      ? right.value
      : right.kind === 'asOf'
        ? asOf
        : right.kind === 'path'
          ? right.read(parent, partner)
          : undefined;
  if (arity === 'scalar') {
    return (left, parent, partner, asOf) => {
      const other = rightValue(parent, partner, asOf);
      if (!isPresent(left) || !isPresent(other)) return 2;
      return test(left, other) ? 1 : 0;
    };
  }
  return (left, parent, partner, asOf) => {
    const other = rightValue(parent, partner, asOf);
    if (!Array.isArray(left) || !isPresent(other)) return 2;
    let missing = false;
    for (const element of left) {
      if (!isPresent(element)) missing = true;
      else if (test(element, other)) return 1;
    }
    return missing ? 2 : 0;
  };
}

/**
 * Checks a condition against the schemas and compiles it into a closure, or lists every problem with its JSON path.
 *
 * @param raw - The condition as parsed from JSON.
 * @param path - JSON path segments of the condition inside the rule set, for problem paths and traces.
 */
export function compileCondition(
  raw: unknown,
  path: readonly (string | number)[],
): { readonly condition?: CompiledCondition; readonly problems: readonly RuleSetProblem[] } {
  const compiler = new ConditionCompiler();
  const condition = compiler.compile(raw, path);
  if (compiler.problems.length > 0 || !condition) {
    return {
      problems:
        compiler.problems.length > 0
          ? compiler.problems
          : [
              {
                path: toJsonPointer(path),
                code: 'invalid_condition',
                message: 'the condition could not be compiled',
              },
            ],
    };
  }
  return { condition, problems: [] };
}
