// Benchmark: the full program report for a synthetic state (50,000 parents, 1,000,000 contacts), against one
// plain loop over the same contacts. Run with `npm run bench` (root) or
// `node --expose-gc --conditions=@parent-partner/source --import tsx packages/reports/bench/report.run.ts`.
import { createSyntheticProgram } from '@parent-partner/testing';
import { buildProgramReport } from '../src/build-program-report';
import type { ProgramRecords } from '../src/program-records';

const PARENTS = Number(process.env.REPORT_BENCH_PARENTS ?? 50_000);
const CONTACTS = Number(process.env.REPORT_BENCH_CONTACTS ?? 1_000_000);
const RUNS = Number(process.env.REPORT_BENCH_RUNS ?? 5);
const PERIOD = 'SFY2026';

const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const generationStart = performance.now();
const program = createSyntheticProgram({
  seed: 'reports-bench',
  asOf: '2026-06-30',
  state: 'WI',
  counties: 72,
  parents: PARENTS,
  partners: Math.round(PARENTS / 25),
  months: 12,
  contacts: CONTACTS,
});
const generationMs = performance.now() - generationStart;
collect();
const baselineRss = process.memoryUsage().rss;
const baselineHeap = process.memoryUsage().heapUsed;

function plainLoop(records: ProgramRecords): number {
  // One read of every contact: the floor any contact-based figure must pay.
  const contacts = records.contacts ?? [];
  let count = 0;
  let minutes = 0;
  for (let index = 0; index < contacts.length; index += 1) {
    const contact = contacts[index]!;
    if (contact.date >= '2025-07-01' && contact.date <= '2026-06-30') {
      count += 1;
      minutes += contact.minutes;
    }
  }
  return count + minutes;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const reportTimes: number[] = [];
const reportCpuTimes: number[] = [];
const loopTimes: number[] = [];
const loopCpuTimes: number[] = [];
/** User + system CPU milliseconds since `since`: on a loaded machine wall time includes waiting. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
let peakHeap = 0;
let tables = 0;
let checksum = 0;
for (let run = 0; run < RUNS; run += 1) {
  collect();
  // A fresh object each run: nothing is reused from the previous run's caches.
  const records: ProgramRecords = { ...program };
  const loopCpu = process.cpuUsage();
  const loopStart = performance.now();
  checksum += plainLoop(records);
  loopTimes.push(performance.now() - loopStart);
  loopCpuTimes.push(cpuMs(loopCpu));
  const cpu = process.cpuUsage();
  const start = performance.now();
  const report = buildProgramReport(records, {
    period: PERIOD,
    generatedAt: '2026-07-15T09:00:00-05:00',
  });
  reportTimes.push(performance.now() - start);
  reportCpuTimes.push(cpuMs(cpu));
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - baselineHeap);
  tables = report.sections.reduce(
    (sum, section) => sum + section.blocks.filter((block) => block.type === 'table').length,
    0,
  );
}

const reportMs = median(reportTimes);
const loopMs = median(loopTimes);
const reportCpuMs = median(reportCpuTimes);
const loopCpuMs = median(loopCpuTimes);
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
const result = {
  parents: program.parents.length,
  contacts: program.contacts.length,
  matches: program.matches.length,
  counties: program.program.counties.length,
  partners: program.partners.length,
  period: PERIOD,
  tables,
  generationMs: Math.round(generationMs),
  reportMedianMs: Math.round(reportMs * 10) / 10,
  reportRunsMs: reportTimes.map((time) => Math.round(time)),
  reportCpuMedianMs: Math.round(reportCpuMs * 10) / 10,
  plainLoopMedianMs: Math.round(loopMs * 10) / 10,
  plainLoopCpuMedianMs: Math.round(loopCpuMs * 10) / 10,
  ratioToPlainLoop: Math.round((reportMs / loopMs) * 10) / 10,
  cpuRatioToPlainLoop: Math.round((reportCpuMs / loopCpuMs) * 10) / 10,
  reportHeapGrowthMb: megabytes(peakHeap),
  dataRssMb: megabytes(baselineRss),
  peakRssMb: megabytes(maxRssBytes),
  peakRssAboveDataMb: megabytes(maxRssBytes - baselineRss),
  underOneSecond: reportMs < 1000,
  checksum,
};
process.stdout.write(
  `full program report, ${result.parents} parents, ${result.contacts} contacts: median ${result.reportMedianMs} ms ` +
    `wall, ${result.reportCpuMedianMs} ms CPU (plain loop ${result.plainLoopMedianMs} ms, ratio ${result.ratioToPlainLoop}; ` +
    `CPU ${result.plainLoopCpuMedianMs} ms, ratio ${result.cpuRatioToPlainLoop}); ` +
    `peak RSS ${result.peakRssMb} MB (data alone ${result.dataRssMb} MB)\n`,
);
process.stdout.write(`${JSON.stringify(result)}\n`);
