// Streams a statewide contact export (1,000,000 rows, about 100 MB) through readCsvRecords in a child
// process and measures its peak resident memory, beside the whole-file importCsvRecords on the same file
// (its peer: the file, every row and every record held at once). Run with `npm run bench -- import/`.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSyntheticProgram } from '@parent-partner/testing';

const rowCount = 1_000_000;
const directory = mkdtempSync(join(tmpdir(), 'parent-partner-import-bench-'));
const file = join(directory, 'contacts.csv');

// A small synthetic county gives the shapes of real rows; its contacts are repeated with fresh ids, one
// in every 1,000 with an impossible date, so the file is written without holding a million records.
const sample = createSyntheticProgram({
  seed: 'import-bench',
  asOf: '2026-06-30',
  counties: 1,
  parents: 60,
  partners: 10,
  months: 12,
}).contacts;
const out = createWriteStream(file);
out.write('id,matchId,parentId,partnerId,date,minutes,mode,activity,participants,notes\n');
for (let index = 0; index < rowCount; index += 1) {
  const contact = sample[index % sample.length]!;
  const date = index % 1000 === 999 ? '2026-02-30' : contact.date;
  // A quoted note with a line break in one row of 100 keeps the line counting honest.
  const notes = index % 100 === 0 ? '"first line\r\nsecond, line"' : '';
  const line = `contact-${index},${contact.matchId},${contact.parentId},${contact.partnerId},${date},${contact.minutes},${contact.mode},${contact.activity},${contact.participants.join(';')},${notes}\n`;
  if (!out.write(line)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
const megabytes = statSync(file).size / 2 ** 20;

function read(mode: 'stream' | 'whole'): Record<string, number | string> {
  const run = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=8192',
      '--conditions=@parent-partner/source',
      '--import',
      'tsx',
      join(import.meta.dirname, 'read-file.ts'),
      mode,
      file,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`read-file.ts ${mode} exited with ${run.status}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as Record<
    string,
    number | string
  >;
}

const load = loadavg()
  .map((value) => value.toFixed(2))
  .join(' ');
const stream = read('stream');
const whole = read('whole');
rmSync(directory, { recursive: true, force: true });

console.log(`${rowCount} contact rows, ${megabytes.toFixed(0)} MB of CSV; load average ${load}`);
console.table({ readCsvRecords: stream, importCsvRecords: whole });
console.log(
  JSON.stringify({
    rows: rowCount,
    fileMegabytes: Math.round(megabytes),
    loadAverage: load,
    stream,
    whole,
    peakMemoryRatioWholeToStream: Number(
      (Number(whole.peakResidentMegabytes) / Number(stream.peakResidentMegabytes)).toFixed(1),
    ),
  }),
);
