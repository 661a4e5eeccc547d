import type { FieldClassification } from './field-classification';

/** What to do with one leaf value: keep it (possibly changed) or drop it. */
export type LeafOutcome =
  | { readonly keep: true; readonly value: unknown }
  | { readonly keep: false };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Rebuilds a record leaf by leaf through its field classification. Values at paths the classification does not
 * know are dropped (fail closed); objects and arrays of objects left empty are dropped too.
 * Returns the new record and the paths (with `[]` for array elements) that lost a value.
 */
export function rebuildRecord(
  record: Readonly<Record<string, unknown>>,
  classifications: readonly FieldClassification[],
  visit: (classification: FieldClassification, value: unknown) => LeafOutcome,
): { record: Record<string, unknown>; removedPaths: string[] } {
  const byPath = new Map(classifications.map((item) => [item.path, item]));
  const containers = new Set<string>();
  for (const item of classifications) {
    const parts = item.path.split('.');
    for (let index = 1; index < parts.length; index += 1)
      containers.add(parts.slice(0, index).join('.'));
  }
  const removed = new Set<string>();

  const rebuildObject = (
    value: Readonly<Record<string, unknown>>,
    prefix: string,
  ): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner === undefined) continue;
      const path = prefix === '' ? key : `${prefix}.${key}`;
      if (Array.isArray(inner) && containers.has(`${path}[]`)) {
        const items = inner
          .map((element) =>
            isPlainObject(element) ? rebuildObject(element, `${path}[]`) : undefined,
          )
          .filter(
            (element): element is Record<string, unknown> =>
              element !== undefined && Object.keys(element).length > 0,
          );
        if (items.length > 0 || inner.length === 0) result[key] = items;
        else removed.add(path);
        continue;
      }
      if (isPlainObject(inner) && containers.has(path)) {
        const nested = rebuildObject(inner, path);
        if (Object.keys(nested).length > 0) result[key] = nested;
        continue;
      }
      const classification = byPath.get(path);
      const outcome: LeafOutcome =
        classification === undefined ? { keep: false } : visit(classification, inner);
      if (outcome.keep) result[key] = outcome.value;
      else removed.add(path);
    }
    return result;
  };

  const rebuilt = rebuildObject(record, '');
  return { record: rebuilt, removedPaths: [...removed].sort() };
}

/** Reads the value at a dotted path (no arrays) of a record. */
export function readPath(record: Readonly<Record<string, unknown>>, path: string): unknown {
  let current: unknown = record;
  for (const part of path.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = current[part];
  }
  return current;
}
