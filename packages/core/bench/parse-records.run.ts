// Benchmarks of issue #2: parsing 100,000 synthetic parent records (records per second, peak memory)
// and validating 1,000,000 synthetic contacts in one batch. Run with `npm run bench -- core/`.
import { parseParent, validateRecords } from '@parent-partner/core';
import { createSyntheticParent, createSyntheticProgram } from '@parent-partner/testing';

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

// Samples the heap while `work` runs, so the peak includes transient garbage.
function measure<T>(work: () => T): { result: T; seconds: number; peakHeapMegabytes: number } {
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const started = performance.now();
  const result = work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { result, seconds, peakHeapMegabytes: (peak - baseline) / 2 ** 20 };
}

const parentCount = 100_000;
const parentJson: string[] = [];
for (let index = 0; index < parentCount; index += 1) {
  parentJson.push(JSON.stringify(createSyntheticParent(`bench-parent-${index}`)));
}

// Warm up the schema (JIT) on a few records first, as an application would.
for (let index = 0; index < 1_000; index += 1) parseParent(JSON.parse(parentJson[index] as string));

const parse = measure(() => {
  let parsed = 0;
  for (const json of parentJson) {
    parseParent(JSON.parse(json));
    parsed += 1;
  }
  return parsed;
});
const parseOnly = measure(() => {
  const inputs = parentJson.map((json) => JSON.parse(json) as unknown);
  const started = performance.now();
  for (const input of inputs) parseParent(input);
  return (performance.now() - started) / 1000;
});

const program = createSyntheticProgram({
  seed: 'bench-statewide',
  asOf: '2026-06-30',
  counties: 72,
  parents: 50_000,
  partners: 1_000,
  months: 24,
  contacts: 1_000_000,
});
const contacts = JSON.parse(JSON.stringify(program.contacts)) as unknown[];
program.contacts.length = 0;
const validate = measure(() => validateRecords('contact', contacts));

const figures = {
  parseParents: {
    records: parse.result,
    seconds: Number(parse.seconds.toFixed(3)),
    recordsPerSecondIncludingJsonParse: Math.round(parse.result / parse.seconds),
    recordsPerSecondSchemaOnly: Math.round(parentCount / parseOnly.result),
    peakHeapMegabytes: Math.round(parse.peakHeapMegabytes),
  },
  validateContacts: {
    records: contacts.length,
    valid: validate.result.valid.length,
    invalid: validate.result.invalid.length,
    seconds: Number(validate.seconds.toFixed(3)),
    recordsPerSecond: Math.round(contacts.length / validate.seconds),
    peakHeapMegabytes: Math.round(validate.peakHeapMegabytes),
  },
  maxResidentSetMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
};

console.table({ parseParents: figures.parseParents, validateContacts: figures.validateContacts });
console.log(JSON.stringify(figures));
