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
