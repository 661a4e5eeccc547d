// Vitest benchmarks: `npx vitest bench --project privacy --run` (figures also printed by privacy.run.ts).
import { bench, describe } from 'vitest';
import { canDisclose, verifyDisclosureLog } from '../src/index';
import {
  benchRequest,
  createBenchConsents,
  createBenchIds,
  createBenchLog,
  createBenchPseudonymizer,
} from './fixtures';

const consents = createBenchConsents();
const ids = createBenchIds(100_000);
const pseudonymizer = await createBenchPseudonymizer();
const log = await createBenchLog(100_000);

describe('canDisclose', () => {
  bench('a parent with 20 consents, 4 categories', () => {
    canDisclose({ consents, ...benchRequest });
  });
});

describe('pseudonymizer', () => {
  bench(
    'pseudonymize 100,000 ids',
    async () => {
      await pseudonymizer.pseudonymizeMany(ids, { kind: 'parent', purpose: 'evaluation' });
    },
    { iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});

describe('disclosure log', () => {
  bench(
    'verify a 100,000-entry log',
    async () => {
      const result = await verifyDisclosureLog(log);
      if (!result.valid) throw new Error('the benchmark log should verify');
    },
    { iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
