import { createJsonSchema } from './json-schema';
import type { RecordKind } from './record-kinds';

/** The type of a scalar value a flat-row cell is turned into. */
export type ScalarShape = 'text' | 'number' | 'boolean';

/** What a flat-row column holds, read from the record kind's JSON Schema. */
export type FieldShape =
  | { readonly kind: 'scalar'; readonly scalar: ScalarShape }
  | { readonly kind: 'list'; readonly item: ScalarShape }
  | { readonly kind: 'object' };

type SchemaNode = Readonly<Record<string, unknown>>;

function isSchemaNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveReference(root: SchemaNode, node: SchemaNode): SchemaNode {
  const reference = node.$ref;
  if (typeof reference !== 'string' || !reference.startsWith('#/')) return node;
  let target: unknown = root;
  for (const segment of reference.slice(2).split('/')) {
    target = isSchemaNode(target) ? target[segment] : undefined;
  }
  return isSchemaNode(target) ? target : node;
}

function listAlternatives(root: SchemaNode, node: SchemaNode): SchemaNode[] {
  const resolved = resolveReference(root, node);
  const branches = resolved.anyOf ?? resolved.oneOf;
  if (!Array.isArray(branches)) return [resolved];
  return branches.filter(isSchemaNode).flatMap((branch) => listAlternatives(root, branch));
}

function listTypes(root: SchemaNode, node: SchemaNode): Set<string> {
  const types = new Set<string>();
  for (const alternative of listAlternatives(root, node)) {
    const type = alternative.type;
    if (typeof type === 'string') types.add(type);
    else if (Array.isArray(type)) for (const entry of type) types.add(String(entry));
    else if (Array.isArray(alternative.enum) || 'const' in alternative) types.add('string');
  }
  types.delete('null');
  return types;
}

function describeScalar(types: Set<string>): ScalarShape {
  if (types.size === 1 && types.has('boolean')) return 'boolean';
  if ([...types].every((type) => type === 'number' || type === 'integer') && types.size > 0) {
    return 'number';
  }
  return 'text';
}

function stepInto(root: SchemaNode, node: SchemaNode, segment: string): SchemaNode | undefined {
  for (const alternative of listAlternatives(root, node)) {
    const properties = alternative.properties;
    if (isSchemaNode(properties) && Object.hasOwn(properties, segment)) {
      const child = properties[segment];
      if (isSchemaNode(child)) return child;
    }
    if (/^\d+$/.test(segment) && isSchemaNode(alternative.items)) return alternative.items;
  }
  return undefined;
}

/** Looks up what a dotted field path of a record kind holds, with the kind's JSON Schema, reading each schema once. */
export class FieldShapeLookup {
  readonly #root: SchemaNode;
  readonly #cache = new Map<string, FieldShape | undefined>();

  /** Creates a lookup over the input JSON Schema of `kind`. */
  constructor(kind: RecordKind) {
    this.#root = createJsonSchema(kind, { io: 'input' });
  }

  /** The shape of the field at `path` (for example `children.0.permanencyGoal`), or `undefined` when the kind has no such field. */
  describe(path: string): FieldShape | undefined {
    if (this.#cache.has(path)) return this.#cache.get(path);
    const shape = this.#describeUncached(path);
    // Headings come from outside: bound the cache so a hostile file cannot grow it without limit.
    if (this.#cache.size >= 4096) this.#cache.clear();
    this.#cache.set(path, shape);
    return shape;
  }

  #describeUncached(path: string): FieldShape | undefined {
    let node: SchemaNode | undefined = this.#root;
    for (const segment of path.split('.')) {
      if (segment === '' || node === undefined) return undefined;
      node = stepInto(this.#root, node, segment);
    }
    if (node === undefined) return undefined;
    const types = listTypes(this.#root, node);
    if (types.has('object')) return { kind: 'object' };
    if (types.has('array')) {
      const items = listAlternatives(this.#root, node)
        .map((alternative) => alternative.items)
        .find(isSchemaNode);
      const itemTypes = items === undefined ? new Set<string>() : listTypes(this.#root, items);
      if (itemTypes.has('object') || itemTypes.has('array')) return { kind: 'object' };
      return { kind: 'list', item: describeScalar(itemTypes) };
    }
    return { kind: 'scalar', scalar: describeScalar(types) };
  }
}
