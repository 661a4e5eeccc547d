// The size budgets of the README's promise, minified and gzipped, each entry point with everything it
// pulls in (zod included), bundled from the built packages as an app's bundler would.
import { describe, expect, test } from 'vitest';
import { sizeBudgets } from './budgets';
import { measureEntry } from './bundle';
import { listPortableEntries } from './entries';

const KB = 1024;

describe('bundle-size budgets', () => {
  test.for(Object.entries(sizeBudgets))(
    '%s stays within %d KB minified and gzipped',
    { timeout: 120_000 },
    async ([specifier, budget], { expect }) => {
      const size = await measureEntry(specifier, import.meta.dirname);
      expect(
        size.inputs.some((input) => input.includes('node_modules/zod/')),
        'zod counted',
      ).toBe(true);
      expect(
        size.gzipped,
        `${specifier}: ${(size.gzipped / KB).toFixed(1)} KB gzipped against a budget of ${budget} KB`,
      ).toBeLessThanOrEqual(budget * KB);
    },
  );

  test('the main entry of reports carries no exceljs, the XLSX entry does', async () => {
    const main = await measureEntry('@parent-partner/reports', import.meta.dirname);
    expect(main.inputs.filter((input) => input.includes('node_modules/exceljs/'))).toEqual([]);
    const xlsx = await measureEntry('@parent-partner/reports/xlsx', import.meta.dirname);
    expect(
      xlsx.inputs.filter((input) => input.includes('node_modules/exceljs/')).length,
    ).toBeGreaterThan(0);
  }, 60_000);

  test('every budget names a portable entry point', () => {
    const specifiers = listPortableEntries().map((entry) => entry.specifier);
    for (const specifier of Object.keys(sizeBudgets)) expect(specifiers).toContain(specifier);
  });
});
