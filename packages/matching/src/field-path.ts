import { CalendarDateSchema, ParentPartnerSchema, ParentSchema } from '@parent-partner/core';
import type * as z from 'zod';

/** The type of the value at a field path: its scalar kind and how many values it holds. */
export interface FieldType {
  /** Kind of each value: `date` is a calendar date string `YYYY-MM-DD`. */
  readonly kind: 'string' | 'number' | 'boolean' | 'date';
  /** `scalar`: one value; `array`: the field is a list (ends at an array without `[]`); `each`: the path goes through `[]`, one value per element. */
  readonly arity: 'scalar' | 'array' | 'each';
  /** Schema of one value, used to check literals at load time. */
  readonly schema: z.ZodType;
}

/** A field path resolved against the record schemas. */
export interface ResolvedFieldPath {
  /** The record the path starts from. */
  readonly root: 'parent' | 'partner';
  /** Segments after the root, with `each` set for segments written `name[]`. */
  readonly segments: readonly { readonly key: string; readonly each: boolean }[];
  /** Type of the value the path reads. */
  readonly type: FieldType;
}

/** Why a field path was refused. */
export interface FieldPathProblem {
  /** Stable code: `invalid_field_path`, `reserved_key`, `unknown_field_path`, `array_needs_brackets`, `not_an_array` or `not_a_value`. */
  readonly code: string;
  /** Explanation naming the path, never a record value. */
  readonly message: string;
}

/** Names that are refused anywhere in a rule set: they reach the object prototype. */
export const reservedKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const segmentPattern = /^([A-Za-z][A-Za-z0-9]*)(\[\])?$/;

interface SchemaInternals {
  readonly _zod: { readonly def: Readonly<Record<string, unknown>> & { readonly type: string } };
}

function definitionOf(schema: z.ZodType): SchemaInternals['_zod']['def'] {
  return (schema as unknown as SchemaInternals)._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const definition = definitionOf(current);
    if (
      definition.type === 'optional' ||
      definition.type === 'default' ||
      definition.type === 'nullable' ||
      definition.type === 'prefault' ||
      definition.type === 'readonly' ||
      definition.type === 'catch' ||
      definition.type === 'nonoptional'
    ) {
      current = definition.innerType as z.ZodType;
    } else return current;
  }
}

function scalarKindOf(schema: z.ZodType): FieldType['kind'] | undefined {
  if (schema === CalendarDateSchema) return 'date';
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'string':
    case 'enum':
    case 'template_literal':
      return 'string';
    case 'number':
    case 'int':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'literal': {
      const values = definition.values as readonly unknown[];
      const kinds = new Set(values.map((value) => typeof value));
      if (kinds.size !== 1) return undefined;
      const only = [...kinds][0];
      return only === 'string' || only === 'number' || only === 'boolean' ? only : undefined;
    }
    case 'union': {
      const kinds = new Set(
        (definition.options as z.ZodType[]).map((option) => scalarKindOf(unwrap(option))),
      );
      if (kinds.size !== 1) return undefined;
      return [...kinds][0];
    }
    default:
      return undefined;
  }
}

const roots: Readonly<Record<'parent' | 'partner', z.ZodType>> = {
  parent: ParentSchema,
  partner: ParentPartnerSchema,
};

/**
 * Resolves a dotted field path such as `partner.ownCase.resolvedOn` or `parent.children[].placement` against the record schemas.
 *
 * Paths start at `parent` or `partner`; `name[]` reads every element of a list.
 */
export function resolveFieldPath(path: string): ResolvedFieldPath | FieldPathProblem {
  if (typeof path !== 'string' || path.length === 0 || path.length > 200) {
    return {
      code: 'invalid_field_path',
      message: 'a field path is a non-empty string up to 200 characters',
    };
  }
  const parts = path.split('.');
  const rootName = parts[0];
  if (rootName !== 'parent' && rootName !== 'partner') {
    return { code: 'invalid_field_path', message: 'a field path starts with parent. or partner.' };
  }
  if (parts.length < 2)
    return { code: 'invalid_field_path', message: `${rootName} alone is not a value` };
  let schema = roots[rootName];
  const segments: { key: string; each: boolean }[] = [];
  let each = false;
  for (let index = 1; index < parts.length; index += 1) {
    const part = parts[index] as string;
    const bare = part.endsWith('[]') ? part.slice(0, -2) : part;
    if (reservedKeys.has(bare)) {
      return { code: 'reserved_key', message: `field path ${path} uses the reserved name ${bare}` };
    }
    const match = segmentPattern.exec(part);
    if (!match)
      return { code: 'invalid_field_path', message: `field path ${path} has a malformed segment` };
    const key = match[1] as string;
    const brackets = match[2] !== undefined;
    const container = unwrap(schema);
    const definition = definitionOf(container);
    if (definition.type === 'array') {
      return {
        code: 'array_needs_brackets',
        message: `field path ${path} goes through a list: write it with []`,
      };
    }
    if (definition.type !== 'object') {
      return {
        code: 'unknown_field_path',
        message: `field path ${path} does not exist in the ${rootName} schema`,
      };
    }
    const shape = definition.shape as Readonly<Record<string, z.ZodType>>;
    if (!Object.hasOwn(shape, key)) {
      return {
        code: 'unknown_field_path',
        message: `field path ${path} does not exist in the ${rootName} schema`,
      };
    }
    schema = shape[key] as z.ZodType;
    if (brackets) {
      const list = unwrap(schema);
      if (definitionOf(list).type !== 'array') {
        return {
          code: 'not_an_array',
          message: `field path ${path} uses [] on a field that is not a list`,
        };
      }
      schema = definitionOf(list).element as z.ZodType;
      each = true;
    }
    segments.push({ key, each: brackets });
  }
  const leaf = unwrap(schema);
  const leafDefinition = definitionOf(leaf);
  if (leafDefinition.type === 'array') {
    const element = unwrap(leafDefinition.element as z.ZodType);
    const kind = scalarKindOf(element);
    if (!kind || each) {
      return {
        code: 'not_a_value',
        message: `field path ${path} does not end at a value or a list of values`,
      };
    }
    return { root: rootName, segments, type: { kind, arity: 'array', schema: element } };
  }
  const kind = scalarKindOf(leaf);
  if (!kind) return { code: 'not_a_value', message: `field path ${path} does not end at a value` };
  return {
    root: rootName,
    segments,
    type: { kind, arity: each ? 'each' : 'scalar', schema: leaf },
  };
}

/** Tells whether a resolution is a problem rather than a resolved path. */
export function isFieldPathProblem(
  value: ResolvedFieldPath | FieldPathProblem,
): value is FieldPathProblem {
  return 'code' in value;
}

type Reader = (record: unknown) => unknown;

function readOwn(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Compiles a resolved path into a reader of own properties only.
 *
 * A scalar or list path returns the value or `undefined` when missing; an `each` path returns the list of element values, with `undefined` standing for a missing value or a missing list.
 */
export function compileFieldReader(resolved: ResolvedFieldPath): Reader {
  const { segments } = resolved;
  if (resolved.type.arity !== 'each') {
    if (segments.length === 1) {
      const a = (segments[0] as { key: string }).key;
      return (record) => readOwn(record, a);
    }
    if (segments.length === 2) {
      const a = (segments[0] as { key: string }).key;
      const b = (segments[1] as { key: string }).key;
      return (record) => readOwn(readOwn(record, a), b);
    }
    return (record) => {
      let value = record;
      for (const segment of segments) {
        value = readOwn(value, segment.key);
        if (value === undefined) return undefined;
      }
      return value;
    };
  }
  return (record) => {
    let values: unknown[] = [record];
    for (const segment of segments) {
      const next: unknown[] = [];
      for (const value of values) {
        const child = readOwn(value, segment.key);
        if (segment.each) {
          if (!Array.isArray(child)) next.push(undefined);
          else for (const element of child) next.push(element);
        } else next.push(child);
      }
      values = next;
    }
    return values;
  };
}
