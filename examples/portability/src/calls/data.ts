import { createSyntheticProgram, type SyntheticProgram } from '@parent-partner/testing';

/** The decision date of every call. */
export const asOf = '2026-03-31';

/** A small seeded synthetic program (fictitious people only), the same in every runtime. */
export function createCallProgram(): SyntheticProgram {
  return createSyntheticProgram({
    seed: 'portability',
    asOf,
    counties: 2,
    parents: 40,
    partners: 8,
    months: 9,
  });
}
