import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSyntheticProgram } from '@parent-partner/testing';
import { stringify } from 'csv-stringify/sync';
import { exportFiles } from './columns';

// Writes the example's fixtures: a small synthetic county (fictitious people only) exported the way a
// county's spreadsheet would, one CSV per record kind plus the program as JSON. The last row of
// contacts.csv is broken on purpose (a date that does not exist) to show how a bad row is reported.
const synthetic = createSyntheticProgram({
  seed: 'monthly-report',
  asOf: '2026-05-31',
  counties: 1,
  parents: 16,
  partners: 5,
  months: 6,
});
const records: Record<string, readonly object[]> = {
  'parents.csv': synthetic.parents,
  'partners.csv': synthetic.partners,
  'referrals.csv': synthetic.referrals,
  'matches.csv': synthetic.matches,
  'contacts.csv': synthetic.contacts,
};

function readPath(record: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], record);
}

function writeCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

const directory = join(import.meta.dirname, '..', 'fixtures');
mkdirSync(directory, { recursive: true });
writeFileSync(join(directory, 'program.json'), `${JSON.stringify(synthetic.program, null, 2)}\n`);
for (const file of exportFiles) {
  const headings = Object.keys(file.columns);
  const rows = (records[file.file] ?? []).map((record) =>
    headings.map((heading) => writeCell(readPath(record, file.columns[heading]!))),
  );
  if (file.file === 'contacts.csv') {
    const broken = [...rows[rows.length - 1]!];
    broken[0] = 'contact-broken-example';
    broken[headings.indexOf('Date')] = '2026-05-32';
    rows.push(broken);
  }
  writeFileSync(join(directory, file.file), stringify([headings, ...rows]));
}
process.stdout.write(`Wrote the fixtures to ${directory}\n`);
