// Times the statewide synthetic program (issue #2's scale) in its own process and reports
// wall-clock and CPU seconds (CPU time is steadier on a busy machine), records, heap held by the result and peak resident memory; the last line is JSON.
import { createSyntheticProgram } from '../src/index';

const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
collect();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const synthetic = createSyntheticProgram({
  seed: 'statewide',
  state: 'WI',
  counties: 72,
  parents: 50_000,
  partners: 1_000,
  months: 24,
  asOf: '2026-06-30',
  contacts: 1_000_000,
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1_000_000;
collect();
const heapMegabytes = (process.memoryUsage().heapUsed - heapBefore) / 1_048_576;
const peakResidentMegabytes = process.resourceUsage().maxRSS / 1024;

const figures = {
  seconds: Number(seconds.toFixed(2)),
  cpuSeconds: Number(cpuSeconds.toFixed(2)),
  contacts: synthetic.contacts.length,
  contactsPerSecond: Math.round(synthetic.contacts.length / seconds),
  parents: synthetic.parents.length,
  partners: synthetic.partners.length,
  matches: synthetic.matches.length,
  removalEpisodes: synthetic.removalEpisodes.length,
  placements: synthetic.placements.length,
  maltreatmentReports: synthetic.maltreatmentReports.length,
  resultHeapMegabytes: Math.round(heapMegabytes),
  peakResidentMegabytes: Math.round(peakResidentMegabytes),
};
console.table(figures);
console.log(JSON.stringify({ statewideSyntheticProgram: figures }));
