import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, createWeightedList, deriveRandom, hashSeed } from './random';

describe('example: createRandom', () => {
  it('repeats its sequence for the same seed', () => {
    const random = createRandom('demo');
    expect(random.integer(1, 6) === createRandom('demo').integer(1, 6)).toBe(true);
  });
});

describe('createRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number | string) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    expect(draw(1)).not.toEqual(draw('1'));
  });

  it('keeps next() in [0, 1) and integer() within its bounds', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: -50, max: 50 }),
        fc.nat(100),
        (seed, min, width) => {
          const random = createRandom(seed);
          for (let index = 0; index < 50; index += 1) {
            const value = random.next();
            expect(value >= 0 && value < 1).toBe(true);
            const integer = random.integer(min, min + width);
            expect(Number.isInteger(integer) && integer >= min && integer <= min + width).toBe(
              true,
            );
          }
        },
      ),
    );
  });

  it('is roughly uniform', () => {
    const random = createRandom('uniform');
    const buckets = new Array<number>(10).fill(0);
    for (let index = 0; index < 100_000; index += 1) {
      const bucket = Math.floor(random.next() * 10);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('picks in proportion to weights', () => {
    const random = createRandom('weights');
    const list = createWeightedList([
      ['rare', 1],
      ['common', 9],
    ] as const);
    let rare = 0;
    for (let index = 0; index < 20_000; index += 1)
      if (random.pickWeighted(list) === 'rare') rare += 1;
    expect(rare / 20_000).toBeGreaterThan(0.08);
    expect(rare / 20_000).toBeLessThan(0.12);
  });

  it('samples distinct items and never more than there are', () => {
    const random = createRandom('sample');
    const items = ['a', 'b', 'c', 'd', 'e'];
    const sample = random.sample(items, 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(items, 9).sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('counts events with the requested mean', () => {
    const random = createRandom('count');
    let total = 0;
    for (let index = 0; index < 10_000; index += 1) total += random.count(2.3);
    expect(total / 10_000).toBeCloseTo(2.3, 1);
  });

  it('derives independent streams per part', () => {
    expect(deriveRandom(5, 'parents').next()).not.toBe(deriveRandom(5, 'partners').next());
    expect(hashSeed('x')).toEqual(hashSeed('x'));
  });
});
