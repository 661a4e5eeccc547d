import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../test/run-bin';

// These tests run the built executable (built by the project's globalSetup) as a user would.

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'parent-partner-bin-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('parent-partner validate (built binary)', () => {
  it('reports each broken CSV row by line, keeps the good rows and exits 1', async () => {
    const out = join(directory, 'valid-parents.ndjson');
    const run = runBin(['validate', 'test/fixtures/broken-parents.csv', '--out', out]);
    expect(run.status).toBe(1);
    const problems = run.stdout.split('\n').filter((line) => line.startsWith('test/fixtures/'));
    expect(problems).toEqual([
      expect.stringMatching(
        /^test\/fixtures\/broken-parents\.csv:3: children\.0\.removalDate: .*\[invalid_value\]$/,
      ),
      expect.stringMatching(
        /^test\/fixtures\/broken-parents\.csv:4: children\.0\.placement: .*\[unknown_code\]$/,
      ),
      expect.stringMatching(/:5: children\.0\.ageYears: .*\[missing_column\]$/),
      expect.stringMatching(/:5: children\.0\.placement: .*\[missing_column\]$/),
      expect.stringMatching(/:5: children\.0\.removalDate: .*\[missing_column\]$/),
      expect.stringMatching(/:5: livedExperience: .*\[missing_column\]$/),
      expect.stringMatching(/:6: name\.given: .*\[formula_injection\]$/),
      expect.stringMatching(/:9: countyFips: .*\[invalid_format\]$/),
    ]);
    expect(run.stdout).toContain('2 of 7 parent record(s) valid');
    // Neither the formula nor any other cell value is echoed.
    expect(`${run.stdout}${run.stderr}`).not.toMatch(
      /HYPERLINK|example\.invalid|on_the_moon|Parent-Five/,
    );
    const kept = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string });
    expect(kept.map((record) => record.id)).toEqual(['p-001', 'p-006']);
  });

  it('exits 0 on a valid file and 2 on a missing one', () => {
    const out = join(directory, 'valid-parents.ndjson');
    expect(runBin(['validate', out]).status).toBe(0);
    const missing = runBin(['validate', 'test/fixtures/no-such-file.csv']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });
});

describe('parent-partner --help (built binary)', () => {
  it.each([[[]], [['validate']], [['schema']]])('prints stable help for %j', (command) => {
    const run = runBin([...command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatchSnapshot();
  });

  it('prints the version', () => {
    expect(runBin(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 on a usage error', () => {
    const run = runBin(['rank-partners']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown command 'rank-partners'");
  });
});
