/** A seeded source of pseudo-random numbers; the same seed always gives the same sequence. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number;
  /** True with probability `probability`. */
  chance(probability: number): boolean;
  /** One item of a non-empty list, each equally likely. */
  pick<Item>(items: readonly Item[]): Item;
  /** One item of a list of `[item, weight]` pairs, in proportion to the weights. */
  pickWeighted<Item>(entries: WeightedList<Item>): Item;
  /** A new list with `count` distinct items of `items` (all of them when there are fewer), in a random order. */
  sample<Item>(items: readonly Item[], count: number): Item[];
  /** A number of events drawn so that its average is `mean` (stochastic rounding, cheap). */
  count(mean: number): number;
}

/** Items with relative weights, prepared once for fast weighted picks. */
export interface WeightedList<Item> {
  /** The items, in the order given. */
  readonly items: readonly Item[];
  /** Running totals of the weights, normalised so the last is 1. */
  readonly cumulative: readonly number[];
}

/** Prepares `[item, weight]` pairs for {@link Random.pickWeighted}; weights need not add up to 1. */
export function createWeightedList<Item>(
  entries: readonly (readonly [Item, number])[],
): WeightedList<Item> {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const items: Item[] = [];
  const cumulative: number[] = [];
  let running = 0;
  for (const [item, weight] of entries) {
    running += weight;
    items.push(item);
    cumulative.push(running / total);
  }
  return { items, cumulative };
}

/** Hashes a seed to four 32-bit words (cyrb128), so nearby seeds give unrelated sequences. */
export function hashSeed(seed: number | string): [number, number, number, number] {
  const text = typeof seed === 'number' ? `n:${String(seed)}` : `s:${seed}`;
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

class SmallFastCounterRandom implements Random {
  // sfc32 state: four 32-bit words.
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(words: readonly [number, number, number, number]) {
    [this.a, this.b, this.c, this.d] = words;
    // Discard the first outputs: sfc32 mixes its state in about a dozen rounds.
    for (let round = 0; round < 15; round += 1) this.next();
  }

  next(): number {
    const a = this.a >>> 0;
    const b = this.b >>> 0;
    const c = this.c >>> 0;
    const d = this.d >>> 0;
    const t = (((a + b) >>> 0) + d) >>> 0;
    this.d = (d + 1) >>> 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) >>> 0;
    const rotated = (c << 21) | (c >>> 11);
    this.c = (rotated + t) >>> 0;
    return t / 4294967296;
  }

  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<Item>(items: readonly Item[]): Item {
    return items[Math.floor(this.next() * items.length)] as Item;
  }

  pickWeighted<Item>(entries: WeightedList<Item>): Item {
    const roll = this.next();
    const { cumulative, items } = entries;
    for (let index = 0; index < cumulative.length; index += 1) {
      if (roll < (cumulative[index] as number)) return items[index] as Item;
    }
    return items[items.length - 1] as Item;
  }

  sample<Item>(items: readonly Item[], count: number): Item[] {
    const copy = items.slice();
    const size = Math.min(count, copy.length);
    for (let index = 0; index < size; index += 1) {
      const other = index + Math.floor(this.next() * (copy.length - index));
      const held = copy[index] as Item;
      copy[index] = copy[other] as Item;
      copy[other] = held;
    }
    copy.length = size;
    return copy;
  }

  count(mean: number): number {
    const whole = Math.floor(mean);
    return whole + (this.next() < mean - whole ? 1 : 0);
  }
}

/**
 * Creates a seeded pseudo-random generator (sfc32 seeded through a string hash); it never uses `Math.random`.
 *
 * @example
 * const random = createRandom('demo');
 * random.integer(1, 6) === createRandom('demo').integer(1, 6)
 * //=> true
 */
export function createRandom(seed: number | string): Random {
  return new SmallFastCounterRandom(hashSeed(seed));
}

/** Creates an independent generator for one part of the data, so each part does not shift when another changes. */
export function deriveRandom(seed: number | string, part: string): Random {
  return createRandom(`${typeof seed === 'number' ? `n${String(seed)}` : `s${seed}`}/${part}`);
}
