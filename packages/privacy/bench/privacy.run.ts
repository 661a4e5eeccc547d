// Times the privacy package's hot paths in its own process and prints a table, then the figures as a JSON line:
// canDisclose for a parent with 20 consents (decisions per second), pseudonymizing 100,000 ids and verifying a
// 100,000-entry disclosure log (milliseconds each).
import { loadavg } from 'node:os';
import { Bench } from 'tinybench';
import { canDisclose, verifyDisclosureLog } from '../src/index';
import {
  benchRequest,
  createBenchConsents,
  createBenchIds,
  createBenchLog,
  createBenchPseudonymizer,
} from './fixtures';

const consents = createBenchConsents();
const decisions = new Bench({ time: 1000, warmupTime: 200 });
decisions.add('canDisclose, 20 consents', () => {
  canDisclose({ consents, ...benchRequest });
});
await decisions.run();
const decisionResult = decisions.tasks[0]!.result;
if (decisionResult.state !== 'completed')
  throw new Error(`the canDisclose benchmark ended as ${decisionResult.state}`);
const decisionsPerSecond = Math.round(decisionResult.throughput.mean);

const ids = createBenchIds(100_000);
const pseudonymizer = await createBenchPseudonymizer();
await pseudonymizer.pseudonymizeMany(ids.slice(0, 10_000), {
  kind: 'parent',
  purpose: 'evaluation',
});
// Wall-clock and CPU time (all threads: Web Crypto runs on the thread pool); CPU time is steadier on a busy machine.
async function time(
  task: () => Promise<unknown>,
): Promise<{ milliseconds: number; cpuMilliseconds: number }> {
  const runs: { milliseconds: number; cpuMilliseconds: number }[] = [];
  for (let run = 0; run < 3; run += 1) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await task();
    const cpu = process.cpuUsage(cpuBefore);
    runs.push({
      milliseconds: performance.now() - started,
      cpuMilliseconds: (cpu.user + cpu.system) / 1000,
    });
  }
  const best = runs.sort((a, b) => a.milliseconds - b.milliseconds)[0]!;
  return {
    milliseconds: Math.round(best.milliseconds),
    cpuMilliseconds: Math.round(best.cpuMilliseconds),
  };
}

const pseudonymize = await time(() =>
  pseudonymizer.pseudonymizeMany(ids, { kind: 'parent', purpose: 'evaluation' }),
);

const buildStarted = performance.now();
const log = await createBenchLog(100_000);
const buildMilliseconds = Math.round(performance.now() - buildStarted);
const verify = await time(async () => {
  const result = await verifyDisclosureLog(log);
  if (!result.valid) throw new Error('the benchmark log should verify');
});

const figures = {
  canDiscloseDecisionsPerSecond: decisionsPerSecond,
  pseudonymize100kIdsMilliseconds: pseudonymize.milliseconds,
  pseudonymize100kIdsCpuMilliseconds: pseudonymize.cpuMilliseconds,
  record100kDisclosuresMilliseconds: buildMilliseconds,
  verify100kLogMilliseconds: verify.milliseconds,
  verify100kLogCpuMilliseconds: verify.cpuMilliseconds,
  loadAverage: Number(loadavg()[0]!.toFixed(1)),
};
console.table(figures);
console.log(JSON.stringify({ privacy: figures }));
