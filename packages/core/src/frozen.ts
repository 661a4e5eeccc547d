/**
 * A value that can no longer change: every object and array reachable from it is frozen.
 *
 * Engines that keep indexes over records (`createMatcher`, `createReportEngine`) take
 * `Frozen` records, so an in-place change can never give them a stale answer: the change
 * itself fails.
 */
export type Frozen<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T // primitives, branded ones included (`string & { [brand]: … }` is not an object to freeze)
  : T extends (...args: never[]) => unknown
    ? T
    : T extends readonly (infer Item)[]
      ? readonly Frozen<Item>[]
      : T extends object
        ? { readonly [Key in keyof T]: Frozen<T[Key]> }
        : T;

/**
 * Freezes a record (or a list or bundle of records) deeply, in place, and returns it typed as {@link Frozen}.
 *
 * Every plain object and array reachable from `value` is frozen; what is already frozen is
 * not walked again. Cycles are followed once.
 *
 * @example
 * ```ts
 * import { freezeRecord } from '@parent-partner/core';
 *
 * const partner = freezeRecord({ id: 'partner-1', languages: ['en'] });
 * Object.isFrozen(partner.languages);
 * //=> true
 * ```
 */
export function freezeRecord<T>(value: T): Frozen<T> {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null || Object.isFrozen(current)) continue;
    Object.freeze(current);
    if (Array.isArray(current)) {
      for (const item of current) pending.push(item);
    } else {
      for (const key of Object.keys(current))
        pending.push((current as Record<string, unknown>)[key]);
    }
  }
  return value as Frozen<T>;
}

/**
 * Finds the path to the first object or array reachable from `value` that is not frozen.
 *
 * Returns `undefined` when `value` is deeply frozen (or is not an object at all). The path
 * names keys and array indexes only, never values.
 *
 * @example
 * ```ts
 * import { findUnfrozenPath, freezeRecord } from '@parent-partner/core';
 *
 * findUnfrozenPath(freezeRecord({ languages: ['en'] }));
 * //=> undefined
 * findUnfrozenPath(Object.freeze({ languages: ['en'] }));
 * //=> ['languages']
 * ```
 */
export function findUnfrozenPath(value: unknown): (string | number)[] | undefined {
  // The common answer (everything frozen) is found without building a single path.
  if (isDeeplyFrozen(value)) return undefined;
  const seen = new Set<object>();
  const pending: { readonly value: unknown; readonly path: readonly (string | number)[] }[] = [
    { value, path: [] },
  ];
  while (pending.length > 0) {
    const { value: current, path } = pending.pop()!;
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    if (!Object.isFrozen(current)) return [...path];
    seen.add(current);
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) {
        pending.push({ value: current[index], path: [...path, index] });
      }
    } else {
      const keys = Object.keys(current);
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        const key = keys[index]!;
        pending.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return undefined;
}

/** How many objects a subtree may hold to be checked without remembering what was seen (see below). */
const SMALL_SUBTREE = 64;

/**
 * Tells whether every object and array reachable from `value` is frozen.
 *
 * Linear in the size of `value`, cycles and shared parts included: small parts (a record, its name, its
 * lists) are checked by a walk that remembers nothing, and only an object whose part is larger, or cyclic,
 * is remembered, so that a bundle of a million records costs a million small walks, not a million entries
 * in a set.
 *
 * @example
 * ```ts
 * import { freezeRecord, isDeeplyFrozen } from '@parent-partner/core';
 *
 * isDeeplyFrozen(freezeRecord({ children: [{ id: 'child-1' }] }));
 * //=> true
 * isDeeplyFrozen(Object.freeze({ children: [{ id: 'child-1' }] }));
 * //=> false
 * ```
 */
export function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const remembered = new Set<object>();
  const large: object[] = [value];
  const small: object[] = [];
  while (large.length > 0) {
    const current = large.pop()!;
    if (remembered.has(current)) continue;
    const verdict = checkSmallSubtree(current, small);
    if (verdict === 'unfrozen') return false;
    if (verdict === 'frozen') continue;
    // Too large (or cyclic) for a walk without memory: remember it and take its children one by one.
    remembered.add(current);
    forEachChild(current, (child) => {
      large.push(child);
    });
  }
  return true;
}

/** Calls `visit` with each object or array held directly by `holder` (own enumerable properties, as `Object.keys`). */
function forEachChild(holder: object, visit: (child: object) => void): void {
  if (Array.isArray(holder)) {
    for (let index = 0; index < holder.length; index += 1) {
      const item: unknown = holder[index];
      if (typeof item === 'object' && item !== null) visit(item);
    }
    return;
  }
  const keys = Object.keys(holder);
  for (let index = 0; index < keys.length; index += 1) {
    const item: unknown = (holder as Record<string, unknown>)[keys[index]!];
    if (typeof item === 'object' && item !== null) visit(item);
  }
}

/**
 * Checks the subtree under `root` without remembering anything, giving up after {@link SMALL_SUBTREE} objects:
 * a cycle or a shared part inside it only makes the walk give up sooner.
 */
function checkSmallSubtree(root: object, stack: object[]): 'frozen' | 'unfrozen' | 'large' {
  stack.length = 0;
  stack.push(root);
  let visited = 0;
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (!Object.isFrozen(current)) return 'unfrozen';
    visited += 1;
    if (visited > SMALL_SUBTREE) return 'large';
    if (Array.isArray(current)) {
      if (current.length > SMALL_SUBTREE) return 'large';
      for (let index = 0; index < current.length; index += 1) {
        const item: unknown = current[index];
        if (typeof item === 'object' && item !== null) stack.push(item);
      }
    } else {
      // for…in with an own-property check reads the same properties as Object.keys, without a new array.
      let count = 0;
      for (const key in current) {
        if (!Object.hasOwn(current, key)) continue;
        count += 1;
        if (count > SMALL_SUBTREE) return 'large';
        const item: unknown = (current as Record<string, unknown>)[key];
        if (typeof item === 'object' && item !== null) stack.push(item);
      }
    }
  }
  return 'frozen';
}
