import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRecord } from '@parent-partner/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryIo, type MemoryIo } from '../../test/memory-io';
import { runCli } from '../run-cli';

let directory: string;
let io: MemoryIo;
let exitCode: number;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'parent-partner-demo-'));
  io = createMemoryIo({ cwd: directory });
  exitCode = await runCli(['demo', '--out', 'out'], io);
}, 120_000);

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('parent-partner demo', () => {
  it('runs every step and says where the results are', () => {
    expect(exitCode, io.stderr.text()).toBe(0);
    expect(io.stderr.text()).toBe('');
    const text = io.stdout.text();
    for (const heading of [
      '1. Synthetic program',
      '2. Validate the data folder',
      '3. Rank partners with the default rules and an example county rule set',
      '4. Assign the',
      '5. Check consent before a disclosure',
      '6. Write the SFY2026 program report in every format',
      'Done. Everything is in out/:',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/records: all valid\./);
    expect(text).toMatch(/rule set example-county 2026\.1/);
    expect(text).toContain('substance-use-disorder: deny');
    expect(text).toContain('case-plan: permit');
    expect(text).toContain('out/reports/program-report-SFY2026.xlsx');
  });

  it('writes the data folder, the schemas, the rules, the proposals and every report', async () => {
    expect((await readdir(join(directory, 'out'))).sort()).toEqual([
      'county-rules.json',
      'data',
      'matches',
      'reports',
      'schemas',
    ]);
    expect((await readdir(join(directory, 'out/reports'))).sort()).toEqual(
      ['csv', 'html', 'json', 'md', 'xlsx'].map((format) => `program-report-SFY2026.${format}`),
    );
    expect((await readdir(join(directory, 'out/matches'))).sort()).toEqual([
      'proposed-default.ndjson',
      'proposed-example-county.ndjson',
    ]);
    const proposals = (
      await readFile(join(directory, 'out/matches/proposed-example-county.ndjson'), 'utf8')
    )
      .trim()
      .split('\n')
      .map((line) => parseRecord('match', JSON.parse(line)));
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals[0]?.decision?.ruleSetId).toBe('example-county');
  });

  it('leaves a data folder the other commands accept', async () => {
    const validate = createMemoryIo({ cwd: directory });
    const files = (await readdir(join(directory, 'out/data'))).filter(
      (file) => file !== 'consents.ndjson',
    );
    expect(await runCli(['validate', ...files.map((file) => `out/data/${file}`)], validate)).toBe(
      0,
    );
  });
});
