// Child process of import.run.ts: reads one CSV file of contacts in one mode and prints its figures as a
// JSON line, so that the peak resident memory is this read's alone.
import { createReadStream, readFileSync } from 'node:fs';
import { importCsvRecords, readCsvRecords } from '@parent-partner/import';

const [mode, file] = process.argv.slice(2);
if (file === undefined || (mode !== 'stream' && mode !== 'whole')) {
  throw new Error('usage: read-file.ts stream|whole <file.csv>');
}
const started = performance.now();
let records = 0;
let rejected = 0;
let problems = 0;
if (mode === 'stream') {
  for await (const entry of readCsvRecords('contact', createReadStream(file))) {
    if (entry.type === 'record') records += 1;
    else if (entry.type === 'rejected') rejected += 1;
    else problems += 1;
  }
} else {
  const result = importCsvRecords('contact', readFileSync(file));
  records = result.records.length;
  rejected = result.rejected.length;
  problems = result.problems.length;
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({
    mode,
    records,
    rejected,
    problems,
    seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round((records + rejected) / seconds),
    peakResidentMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
