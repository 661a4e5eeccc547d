import { bench, describe } from 'vitest';
import { createSyntheticProgram } from '../src/index';

// Statewide scale of issue #2: every Wisconsin county, 50,000 parents, 1,000 partners,
// two years of history and about 1,000,000 contacts.
describe('createSyntheticProgram', () => {
  bench(
    'statewide: 72 counties, 50,000 parents, 1,000 partners, 24 months, ~1,000,000 contacts',
    () => {
      createSyntheticProgram({
        seed: 'statewide',
        state: 'WI',
        counties: 72,
        parents: 50_000,
        partners: 1_000,
        months: 24,
        asOf: '2026-06-30',
        contacts: 1_000_000,
      });
    },
    { iterations: 3, warmupIterations: 0, time: 0, warmupTime: 0 },
  );

  bench('default program: 3 counties, 60 parents, 12 partners, 12 months', () => {
    createSyntheticProgram({ seed: 'default', asOf: '2026-06-30' });
  });
});
