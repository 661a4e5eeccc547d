import { parseParent } from '@parent-partner/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSyntheticParent } from './synthetic-parent';

describe('example: createSyntheticParent', () => {
  it('applies overrides and is repeatable', () => {
    const parent = createSyntheticParent(7, { languages: ['es'], interpreterNeeded: true });
    expect([
      parent.languages,
      parent.interpreterNeeded,
      createSyntheticParent(7).id === parent.id,
    ]).toEqual([['es'], true, true]);
  });
});

describe('createSyntheticParent', () => {
  it('gives a valid parsed-shape parent for any seed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), (seed) => {
        const parent = createSyntheticParent(seed);
        expect(parseParent(JSON.parse(JSON.stringify(parent)))).toStrictEqual(parent);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and varies with the seed', () => {
    expect(JSON.stringify(createSyntheticParent('x'))).toBe(
      JSON.stringify(createSyntheticParent('x')),
    );
    expect(JSON.stringify(createSyntheticParent('x'))).not.toBe(
      JSON.stringify(createSyntheticParent('y')),
    );
  });

  it('honours the state, county and reference date', () => {
    const parent = createSyntheticParent(
      3,
      {},
      { state: 'IA', countyFips: '19153', asOf: '2025-01-31' },
    );
    expect(parent.countyFips).toBe('19153');
    expect(parent.address === undefined || parent.address.state === 'IA').toBe(true);
    expect((parent.caseReference?.openedOn ?? '') <= '2025-01-31').toBe(true);
    for (const child of parent.children) {
      expect((child.birthDate ?? '') <= '2025-01-31').toBe(true);
    }
  });

  it('keeps children and case dates coherent', () => {
    for (let seed = 0; seed < 300; seed += 1) {
      const parent = createSyntheticParent(seed);
      expect(parent.children.length).toBeGreaterThan(0);
      for (const child of parent.children) {
        if (child.birthDate && parent.dateOfBirth)
          expect(child.birthDate > parent.dateOfBirth).toBe(true);
      }
    }
  });
});
