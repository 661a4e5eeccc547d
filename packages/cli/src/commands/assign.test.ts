import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRecord } from '@parent-partner/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryIo } from '../../test/memory-io';
import { createSyntheticDataFolder, testAsOf } from '../../test/synthetic-data-folder';
import { runCli } from '../run-cli';

let directory: string;

beforeAll(async () => {
  ({ directory } = await createSyntheticDataFolder());
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function readMatches(file: string) {
  const text = await readFile(join(directory, file), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => parseRecord('match', JSON.parse(line)));
}

describe('parent-partner assign', () => {
  it('proposes matches under capacity, prints them and writes valid match records with their reasons', async () => {
    const io = createMemoryIo({ cwd: directory });
    const code = await runCli(
      ['assign', '--data', 'data', '--as-of', testAsOf, '--out', 'proposals.ndjson'],
      io,
    );
    expect(code, io.stderr.text()).toBe(0);
    const text = io.stdout.text();
    expect(text).toMatch(
      /^\d+ proposal\(s\), \d+ parent\(s\) unmatched \(rule set default 1\.0\.0, as of 2026-07-01, total score \d+\.\d\d\)/,
    );
    expect(text).toMatch(/Parent\s+Partner\s+Score\s+Main reason/);
    const matches = await readMatches('proposals.ndjson');
    expect(matches.length).toBeGreaterThan(0);
    // Each cohort partner takes at most four families.
    const perPartner = new Map<string, number>();
    for (const match of matches)
      perPartner.set(match.partnerId, (perPartner.get(match.partnerId) ?? 0) + 1);
    expect(Math.max(...perPartner.values())).toBeLessThanOrEqual(4);
    for (const match of matches) {
      expect(match.status).toBe('proposed');
      expect(match.proposedAt).toBe('2026-01-15T16:00:00.000Z');
      expect(match.decision?.reasons.length).toBeGreaterThan(0);
    }
    expect(text).toContain(`Wrote ${matches.length} proposed match(es)`);
  });

  it('assigns only the named parents, with a county rule set', async () => {
    const first = createMemoryIo({ cwd: directory });
    const code = await runCli(
      ['assign', '-d', 'data', '--as-of', testAsOf, '-o', 'all.ndjson'],
      first,
    );
    expect(code, first.stderr.text()).toBe(0);
    const [one] = await readMatches('all.ndjson');
    const rules = new URL('../../test/fixtures/county-rules.json', import.meta.url).pathname;
    const io = createMemoryIo({ cwd: directory });
    const named = await runCli(
      [
        'assign',
        '-d',
        'data',
        '--as-of',
        testAsOf,
        '--parents',
        String(one?.parentId),
        '--rules',
        rules,
        '-o',
        'one.ndjson',
      ],
      io,
    );
    expect(named, io.stderr.text()).toBe(0);
    const matches = await readMatches('one.ndjson');
    expect(matches.map((match) => [match.parentId, match.decision?.ruleSetId])).toEqual([
      [one?.parentId, 'test-county'],
    ]);
  });

  it('is a usage error for an unknown parent id', async () => {
    const io = createMemoryIo({ cwd: directory });
    expect(await runCli(['assign', '-d', 'data', '--parents', 'parent-none'], io)).toBe(2);
    expect(io.stderr.text()).toContain('No parent with id parent-none');
  });
});
