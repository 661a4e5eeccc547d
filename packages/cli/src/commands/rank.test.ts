import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

async function findWaitingParentWithCandidates(): Promise<string> {
  const io = createMemoryIo({ cwd: directory });
  const code = await runCli(
    ['assign', '--data', 'data', '--as-of', testAsOf, '--out', 'probe.ndjson'],
    io,
  );
  expect(code, io.stderr.text()).toBe(0);
  const first = (await readFile(join(directory, 'probe.ndjson'), 'utf8')).split('\n')[0] ?? '{}';
  return (JSON.parse(first) as { parentId: string }).parentId;
}

describe('parent-partner rank', () => {
  it('prints the candidates with their reasons and the excluded partners with theirs', async () => {
    const parentId = await findWaitingParentWithCandidates();
    const io = createMemoryIo({ cwd: directory });
    const code = await runCli(
      ['rank', '--parent', parentId, '--data', 'data', '--as-of', testAsOf],
      io,
    );
    expect(code, io.stderr.text()).toBe(0);
    const lines = io.stdout.text().split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^Parent ${parentId}: \\d+ candidate\\(s\\), \\d+ excluded \\(rule set default 1\\.0\\.0, as of ${testAsOf}\\)$`,
      ),
    );
    expect(lines[1]).toMatch(/^Rank\s+Partner\s+Score\s+Main reasons$/);
    expect(lines[3]).toMatch(/^\s+1\s+partner-\S+\s+\d+\.\d\d\s+\S/);
    expect(io.stdout.text()).toMatch(/Excluded \(\d+\)/);
  });

  it('is deterministic and writes the ranking with its messages to --out', async () => {
    const parentId = await findWaitingParentWithCandidates();
    const run = async (out: string) => {
      const io = createMemoryIo({ cwd: directory });
      await runCli(
        [
          'rank',
          '-p',
          parentId,
          '-d',
          'data',
          '--as-of',
          testAsOf,
          '--out',
          out,
          '--language',
          'es',
        ],
        io,
      );
      return readFile(join(directory, out), 'utf8');
    };
    const first = await run('ranking-1.json');
    expect(await run('ranking-2.json')).toBe(first);
    const ranking = JSON.parse(first);
    expect(ranking).toMatchObject({ parentId, ruleSetId: 'default', asOf: testAsOf });
    expect(ranking.candidates[0].contributions[0].message).toEqual(expect.any(String));
    expect(ranking.excluded[0].exclusions[0]).toMatchObject({
      passed: false,
      message: expect.any(String),
    });
  });

  it('prints the full explanation with --explain', async () => {
    const parentId = await findWaitingParentWithCandidates();
    const io = createMemoryIo({ cwd: directory });
    await runCli(
      ['rank', '-p', parentId, '-d', 'data', '--as-of', testAsOf, '--explain', '-n', '1'],
      io,
    );
    expect(io.stdout.text()).toMatch(/^Parent .*\n1\. partner-\S+, score \d/);
  });

  it('refuses a malformed rule set, listing its problems by JSON path, before reading the data', async () => {
    const io = createMemoryIo({ cwd: directory });
    const rules = join(
      new URL('../../test/fixtures/malformed-rules.json', import.meta.url).pathname,
    );
    const code = await runCli(
      ['rank', '-p', 'parent-0001', '-d', 'no-such-folder', '--rules', rules],
      io,
    );
    expect(code).toBe(1);
    expect(io.stderr.text()).toContain('/rules/no-such-rule/weight: no rule with id no-such-rule');
    expect(io.stderr.text()).toContain('[invalid_weight]');
    expect(io.stderr.text()).toContain('[unknown_field_path]');
    expect(io.stdout.text()).toBe('');
  });

  it('is a usage error for an unknown parent, a bad date or a folder without records', async () => {
    const unknown = createMemoryIo({ cwd: directory });
    expect(await runCli(['rank', '-p', 'parent-none', '-d', 'data'], unknown)).toBe(2);
    expect(unknown.stderr.text()).toContain('No parent with id parent-none');
    expect(
      await runCli(
        ['rank', '-p', 'x', '-d', 'data', '--as-of', '2026-02-30'],
        createMemoryIo({ cwd: directory }),
      ),
    ).toBe(2);
    const empty = createMemoryIo({ cwd: directory });
    expect(await runCli(['rank', '-p', 'x', '-d', '.'], empty)).toBe(2);
    expect(empty.stderr.text()).toContain('No record files found');
  });

  it('refuses a data folder with an invalid record and lists the problem', async () => {
    const broken = join(directory, 'broken');
    await mkdir(broken, { recursive: true });
    await writeFile(join(broken, 'parents.ndjson'), '{"id":"parent-1"}\n');
    const io = createMemoryIo({ cwd: directory });
    expect(await runCli(['rank', '-p', 'parent-1', '-d', 'broken'], io)).toBe(1);
    expect(io.stderr.text()).toContain(
      'broken/parents.ndjson:1: name: expected object [invalid_type]',
    );
  });
});
