import { describe, expect, it } from 'vitest';
import {
  createFictitiousName,
  fictitiousFamilyNames,
  fictitiousGivenNames,
} from './fictitious-names';
import { createRandom } from './random';
import { createSyntheticProgram } from './synthetic-program';

describe('fictitious names', () => {
  it('builds every family name from an invented stem and ending', () => {
    expect(fictitiousFamilyNames).toHaveLength(225);
    expect(new Set(fictitiousFamilyNames).size).toBe(225);
    expect(fictitiousFamilyNames).toContain('Sampleton');
  });

  it('draws names only from the lists, with a short preferred name sometimes', () => {
    const random = createRandom('names');
    let preferred = 0;
    for (let index = 0; index < 500; index += 1) {
      const name = createFictitiousName(random);
      expect(fictitiousGivenNames).toContain(name.given);
      expect(fictitiousFamilyNames).toContain(name.family);
      if (name.preferred !== undefined) {
        preferred += 1;
        expect(name.given.startsWith(name.preferred)).toBe(true);
      }
    }
    expect(preferred).toBeGreaterThan(25);
  });

  it('names every person of a synthetic program from the lists, with fictitious addresses', () => {
    const synthetic = createSyntheticProgram({ seed: 'names', asOf: '2026-06-30', parents: 100 });
    const people = [...synthetic.parents, ...synthetic.partners, ...synthetic.staff];
    for (const person of people) {
      expect(fictitiousFamilyNames).toContain(person.name.family);
      expect(fictitiousGivenNames).toContain(person.name.given);
    }
    for (const person of [...synthetic.parents, ...synthetic.partners]) {
      if (person.address) {
        expect(person.address.line1).toMatch(
          /^\d+00 (Example Lane|Sample Street|Test Avenue|Fiction Road|Demo Drive|Practice Way|Template Boulevard|Model Court)$/,
        );
      }
    }
  });
});
