// `npm run size`: prints the minified and gzipped size of every portable entry point, with its budget.
import { sizeBudgets } from './budgets';
import { measureEntry } from './bundle';
import { listPortableEntries } from './entries';

const KB = 1024;
const rows: string[][] = [['entry point', 'minified KB', 'gzipped KB', 'budget KB']];
let over = false;
for (const entry of listPortableEntries()) {
  const size = await measureEntry(entry.specifier, import.meta.dirname);
  const budget = sizeBudgets[entry.specifier];
  if (budget !== undefined && size.gzipped / KB > budget) over = true;
  rows.push([
    entry.specifier,
    (size.minified / KB).toFixed(1),
    (size.gzipped / KB).toFixed(1),
    budget === undefined ? '' : String(budget),
  ]);
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) {
  console.log(
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  '),
  );
}
if (over) {
  console.error('An entry point is over its budget.');
  process.exitCode = 1;
}
