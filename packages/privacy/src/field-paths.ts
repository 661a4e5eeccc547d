import type * as z from 'zod';

interface SchemaDefinition {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly getter?: () => z.ZodType;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly left?: z.ZodType;
  readonly right?: z.ZodType;
}

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'catch',
  'nonoptional',
  'success',
]);

function definitionOf(schema: z.ZodType): SchemaDefinition {
  return (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 50; depth += 1) {
    const definition = definitionOf(current);
    if (WRAPPERS.has(definition.type) && definition.innerType) current = definition.innerType;
    else if (definition.type === 'lazy' && definition.getter) current = definition.getter();
    else if (definition.type === 'pipe' && definition.in) current = definition.in;
    else return current;
  }
  return current;
}

function objectShapes(schema: z.ZodType): Readonly<Record<string, z.ZodType>>[] {
  const inner = unwrap(schema);
  const definition = definitionOf(inner);
  if (definition.type === 'object' && definition.shape) return [definition.shape];
  if (definition.type === 'union' && definition.options)
    return definition.options.flatMap(objectShapes);
  if (definition.type === 'intersection' && definition.left && definition.right) {
    return [...objectShapes(definition.left), ...objectShapes(definition.right)];
  }
  return [];
}

/**
 * Lists the leaf field paths of a zod object schema, dotted, with `[]` for the elements of an array of objects
 * (for example `children[].birthDate`); an array of scalars is one leaf (`languages`).
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 *
 * listLeafFieldPaths(z.object({ id: z.string(), children: z.array(z.object({ birthDate: z.string() })) }));
 * //=> ['id', 'children[].birthDate']
 * ```
 */
export function listLeafFieldPaths(schema: z.ZodType): string[] {
  const paths = new Set<string>();
  const walk = (current: z.ZodType, prefix: string, depth: number) => {
    if (depth > 20) {
      paths.add(prefix);
      return;
    }
    const inner = unwrap(current);
    const definition = definitionOf(inner);
    if (definition.type === 'array' && definition.element) {
      if (objectShapes(definition.element).length > 0)
        walk(definition.element, `${prefix}[]`, depth + 1);
      else paths.add(prefix);
      return;
    }
    const shapes = objectShapes(inner);
    if (shapes.length === 0) {
      paths.add(prefix);
      return;
    }
    for (const shape of shapes) {
      for (const [key, value] of Object.entries(shape))
        walk(value, prefix === '' ? key : `${prefix}.${key}`, depth + 1);
    }
  };
  walk(schema, '', 0);
  return [...paths];
}
