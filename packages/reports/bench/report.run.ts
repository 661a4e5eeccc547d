// Benchmark: the full program report for a synthetic state (50,000 parents, 1,000,000 contacts), against one
// plain loop over the same contacts; then a program's own metric against the built-in metric it copies, through
// the same public contract; then a report engine over the frozen records. Run with `npm run bench` (root) or
// `node --expose-gc --conditions=@parent-partner/source --import tsx packages/reports/bench/report.run.ts`.
import { freezeRecord } from '@parent-partner/core';
import { createSyntheticProgram } from '@parent-partner/testing';
import { buildProgramReport } from '../src/build-program-report';
import { builtInFacts } from '../src/built-in-facts';
import { builtInMetrics } from '../src/built-in-metrics';
import { computeMetric } from '../src/compute-metric';
import { computeTrend } from '../src/compute-trend';
import { defineMetric } from '../src/metric';
import type { ProgramRecords } from '../src/program-records';
import { createReportEngine } from '../src/report-engine';

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

// Peak memory of the reports alone, before the sections below.
const maxRssBytes = process.resourceUsage().maxRSS * 1024;

// A program's metric written against the public facts, the same figure as the built-in `service.contacts`.
const customContacts = defineMetric({
  id: 'custom.contacts',
  label: { en: 'Contacts (program copy)', es: 'Contactos (copia del programa)' },
  description: { en: 'Contacts in the period.', es: 'Contactos del período.' },
  category: 'service',
  unit: 'count',
  numerator: { en: 'Contacts dated in the period', es: 'Contactos con fecha en el período' },
  scopes: ['program', 'county', 'partner'],
  countsPeople: false,
  facts: [builtInFacts.service],
  compute: (context) => {
    const service = context.read(builtInFacts.service);
    return service === undefined
      ? { value: null }
      : {
          value: service.contactsByActivity.count,
          breakdowns: { activity: service.contactsByActivity.entries('count') },
        };
  },
});
const metricCpu = { builtIn: [] as number[], custom: [] as number[] };
const trendCpu = { builtIn: [] as number[], custom: [] as number[] };
let metricsAgree = true;
for (let run = 0; run < RUNS; run += 1) {
  const records: ProgramRecords = { ...program };
  for (const [kind, metric] of [
    ['builtIn', builtInMetrics.contacts],
    ['custom', customContacts],
  ] as const) {
    collect();
    let cpu = process.cpuUsage();
    const value = computeMetric(metric, records, { period: PERIOD }).value;
    metricCpu[kind].push(cpuMs(cpu));
    collect();
    cpu = process.cpuUsage();
    const points = computeTrend(metric, records, { range: PERIOD }).points.map(
      (point) => point.value,
    );
    trendCpu[kind].push(cpuMs(cpu));
    checksum += (value ?? 0) + points.length;
    if (kind === 'custom')
      metricsAgree &&=
        value === computeMetric(builtInMetrics.contacts, records, { period: PERIOD }).value;
  }
}

// The engine over frozen records: freezing, the check and index, the first report, then the same report again.
collect();
let engineCpu = process.cpuUsage();
const frozen = freezeRecord(program);
const freezeCpuMs = cpuMs(engineCpu);
engineCpu = process.cpuUsage();
const engine = createReportEngine(frozen);
const engineCreateCpuMs = cpuMs(engineCpu);
engineCpu = process.cpuUsage();
engine.build({ period: PERIOD, generatedAt: '2026-07-15T09:00:00-05:00' });
const engineFirstBuildCpuMs = cpuMs(engineCpu);
engineCpu = process.cpuUsage();
engine.build({ period: PERIOD, generatedAt: '2026-07-15T09:00:00-05:00' });
const engineSecondBuildCpuMs = cpuMs(engineCpu);

const reportMs = median(reportTimes);
const loopMs = median(loopTimes);
const reportCpuMs = median(reportCpuTimes);
const loopCpuMs = median(loopCpuTimes);
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
  metricCpuMedianMs: {
    builtIn: Math.round(median(metricCpu.builtIn)),
    custom: Math.round(median(metricCpu.custom)),
  },
  trendCpuMedianMs: {
    builtIn: Math.round(median(trendCpu.builtIn)),
    custom: Math.round(median(trendCpu.custom)),
  },
  customToBuiltInTrendCpuRatio:
    Math.round((median(trendCpu.custom) / median(trendCpu.builtIn)) * 100) / 100,
  customAgreesWithBuiltIn: metricsAgree,
  engine: {
    freezeCpuMs: Math.round(freezeCpuMs),
    createCpuMs: Math.round(engineCreateCpuMs),
    firstBuildCpuMs: Math.round(engineFirstBuildCpuMs),
    secondBuildCpuMs: Math.round(engineSecondBuildCpuMs),
  },
  checksum,
};
process.stdout.write(
  `full program report, ${result.parents} parents, ${result.contacts} contacts: median ${result.reportMedianMs} ms ` +
    `wall, ${result.reportCpuMedianMs} ms CPU (plain loop ${result.plainLoopMedianMs} ms, ratio ${result.ratioToPlainLoop}; ` +
    `CPU ${result.plainLoopCpuMedianMs} ms, ratio ${result.cpuRatioToPlainLoop}); ` +
    `peak RSS ${result.peakRssMb} MB (data alone ${result.dataRssMb} MB)\n` +
    `one metric, CPU median: built-in ${result.metricCpuMedianMs.builtIn} ms, program copy ${result.metricCpuMedianMs.custom} ms; ` +
    `12-month trend: built-in ${result.trendCpuMedianMs.builtIn} ms, program copy ${result.trendCpuMedianMs.custom} ms ` +
    `(ratio ${result.customToBuiltInTrendCpuRatio}, same figures: ${result.customAgreesWithBuiltIn})\n` +
    `engine over frozen records, CPU: freeze ${result.engine.freezeCpuMs} ms, create (check + index) ${result.engine.createCpuMs} ms, ` +
    `first report ${result.engine.firstBuildCpuMs} ms, same report again ${result.engine.secondBuildCpuMs} ms\n`,
);
process.stdout.write(`${JSON.stringify(result)}\n`);
