import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type Frozen, findUnfrozenPath, freezeRecord, isDeeplyFrozen } from './frozen';

describe('freezeRecord', () => {
  it('freezes every nested object and array in place and returns the same reference', () => {
    const record = { id: 'a', children: [{ id: 'c', tags: ['x'] }], address: { line: 'l' } };
    const frozen = freezeRecord(record);
    expect(frozen).toBe(record);
    expect(Object.isFrozen(record.children[0]!.tags)).toBe(true);
    expect(Object.isFrozen(record.address)).toBe(true);
    expect(() => {
      (record.children as unknown[]).push({});
    }).toThrow(TypeError);
    expectTypeOf(frozen).toEqualTypeOf<Frozen<typeof record>>();
  });

  it('keeps branded primitives, such as record ids, as they are', () => {
    type ProgramId = string & { readonly __brand: 'ProgramId' };
    const record = { id: 'p' as ProgramId, counties: ['55029'] };
    const frozen = freezeRecord(record);
    expectTypeOf(frozen.id).toEqualTypeOf<ProgramId>();
    expectTypeOf(frozen.counties).toEqualTypeOf<readonly string[]>();
    // A frozen record reads wherever a read-only view of it is asked for.
    expectTypeOf(frozen).toExtend<{
      readonly id: ProgramId;
      readonly counties: readonly string[];
    }>();
  });

  it('survives cycles', () => {
    const a: Record<string, unknown> = { id: 'a' };
    a.self = a;
    freezeRecord(a);
    expect(isDeeplyFrozen(a)).toBe(true);
  });

  it('walks 200,000 nested levels without overflowing the stack', () => {
    let value: Record<string, unknown> = {};
    for (let depth = 0; depth < 200_000; depth += 1) value = { next: value };
    freezeRecord(value);
    expect(isDeeplyFrozen(value)).toBe(true);
  });
});

/** The plain definition: every object reachable through own enumerable properties is frozen. */
function referenceIsDeeplyFrozen(value: unknown): boolean {
  const seen = new Set<object>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    if (!Object.isFrozen(current)) return false;
    seen.add(current);
    for (const key of Object.keys(current)) pending.push((current as Record<string, unknown>)[key]);
  }
  return true;
}

/** Every object and array of a JSON value, in walk order. */
function listObjects(value: unknown): object[] {
  const found: object[] = [];
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null) continue;
    found.push(current);
    for (const key of Object.keys(current)) pending.push((current as Record<string, unknown>)[key]);
  }
  return found;
}

describe('isDeeplyFrozen', () => {
  it('property: agrees with the plain definition on values frozen in part, shared parts and cycles included', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 6 }),
        fc.array(fc.boolean(), { maxLength: 400 }),
        fc.nat(),
        (value, frozenMarks, shareAt) => {
          const objects = listObjects(value);
          // Share one part under another and close a cycle, when there is room for it.
          if (objects.length > 2) {
            const holder = objects[shareAt % objects.length] as Record<string, unknown>;
            holder.shared = objects[(shareAt * 7) % objects.length];
            holder.back = objects[0];
          }
          objects.forEach((object, position) => {
            if (frozenMarks[position % Math.max(frozenMarks.length, 1)] ?? true)
              Object.freeze(object);
          });
          expect(isDeeplyFrozen(value)).toBe(referenceIsDeeplyFrozen(value));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds one unfrozen value deep in a large bundle, and passes the same bundle frozen', () => {
    const contacts = Array.from({ length: 5000 }, (_, index) => ({
      id: `c-${index}`,
      participants: ['parent'],
    }));
    const bundle = { program: { counties: [{ fips: '55029' }] }, contacts };
    freezeRecord(bundle);
    expect(isDeeplyFrozen(bundle)).toBe(true);
    const thawed = { ...bundle, contacts: [...contacts] };
    thawed.contacts[4321] = Object.freeze({ id: 'c', participants: ['parent'] as string[] });
    freezeRecord({ ...thawed, contacts: [] });
    Object.freeze(thawed.contacts);
    Object.freeze(thawed);
    expect(isDeeplyFrozen(thawed)).toBe(false);
    expect(findUnfrozenPath(thawed)).toEqual(['contacts', 4321, 'participants']);
  });

  it('reads own properties only, as Object.keys does, and handles wide objects', () => {
    const inherited = Object.freeze(Object.create({ open: {} }) as object);
    expect(isDeeplyFrozen(inherited)).toBe(true);
    const wide = Object.fromEntries(
      Array.from({ length: 200 }, (_, index) => [`k${index}`, { index }]),
    );
    freezeRecord(wide);
    expect(isDeeplyFrozen(wide)).toBe(true);
    const thawedWide = { ...wide, k150: { index: 150 } };
    Object.freeze(thawedWide);
    expect(isDeeplyFrozen(thawedWide)).toBe(false);
  });
});

describe('findUnfrozenPath', () => {
  it('names the first unfrozen place by keys and indexes only', () => {
    const record = Object.freeze({
      id: 'a',
      children: Object.freeze([Object.freeze({}), { id: 'c' }]),
    });
    expect(findUnfrozenPath(record)).toEqual(['children', 1]);
    expect(findUnfrozenPath({})).toEqual([]);
    expect(findUnfrozenPath('text')).toBeUndefined();
  });

  it('agrees with isDeeplyFrozen, and freezeRecord always makes both say frozen', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, freeze) => {
        if (freeze) freezeRecord(value);
        const path = findUnfrozenPath(value);
        expect(path === undefined).toBe(isDeeplyFrozen(value));
        if (freeze) expect(path).toBeUndefined();
      }),
    );
  });
});
