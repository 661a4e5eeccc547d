import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryIo } from '../../test/memory-io';
import { createSyntheticDataFolder } from '../../test/synthetic-data-folder';
import { inferReportFormat } from '../report-formats';
import { runCli } from '../run-cli';

let directory: string;

beforeAll(async () => {
  ({ directory } = await createSyntheticDataFolder());
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('inferReportFormat', () => {
  it.each([
    ['q2.html', 'html'],
    ['q2.CSV', 'csv'],
    ['q2.md', 'md'],
    ['q2.markdown', 'md'],
    ['q2.json', 'json'],
    ['out/q2.xlsx', 'xlsx'],
    ['q2.pdf', undefined],
  ] as const)('reads %s as %s', (file, format) => {
    expect(inferReportFormat(file)).toBe(format);
  });
});

describe('parent-partner report', () => {
  it('writes the report in each format, the format taken from --out', async () => {
    for (const extension of ['html', 'csv', 'md', 'json', 'xlsx']) {
      const io = createMemoryIo({ cwd: directory });
      const out = `reports/q2.${extension}`;
      expect(
        await runCli(['report', '--period', 'SFY2026-Q2', '--data', 'data', '--out', out], io),
      ).toBe(0);
      expect(io.stdout.text()).toBe(
        `Wrote the SFY2026-Q2 report (${extension}, small cells suppressed) to ${out}\n`,
      );
    }
    const html = await readFile(join(directory, 'reports/q2.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    const json = JSON.parse(await readFile(join(directory, 'reports/q2.json'), 'utf8'));
    expect(json.period).toMatchObject({
      label: 'SFY2026-Q2',
      start: '2025-10-01',
      end: '2025-12-31',
    });
    const xlsx = await readFile(join(directory, 'reports/q2.xlsx'));
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
  });

  it('prints a text format to stdout without --out, in Spanish, for one county', async () => {
    const program = JSON.parse(await readFile(join(directory, 'data/program.json'), 'utf8'));
    const io = createMemoryIo({ cwd: directory });
    const code = await runCli(
      [
        'report',
        '--period',
        'SFY2026',
        '-d',
        'data',
        '-f',
        'md',
        '--language',
        'es',
        '--county',
        program.counties[0].fips,
      ],
      io,
    );
    expect(code, io.stderr.text()).toBe(0);
    expect(io.stdout.text()).toMatch(/^# /);
    expect(io.stdout.text()).toContain('2025');
  });

  it.each([
    [['--period', 'SFY2026-Q5', '-f', 'md'], '--period is not a period the SDK reads'],
    [['--period', 'SFY2026'], 'Give --format'],
    [['--period', 'SFY2026', '-f', 'xlsx'], 'needs --out'],
    [['--period', 'SFY2026', '-f', 'md', '--county', '55001', '--partner', 'p'], 'not both'],
  ])('is a usage error for %j', async (args, message) => {
    const io = createMemoryIo({ cwd: directory });
    expect(await runCli(['report', '-d', 'data', ...args], io)).toBe(2);
    expect(io.stderr.text()).toContain(message);
  });
});
