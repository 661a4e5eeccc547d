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
        /^test\/fixtures\/broken-parents\.csv:3: children\.0\.birthDate: .*\[invalid_value\]$/,
      ),
      expect.stringMatching(
        /^test\/fixtures\/broken-parents\.csv:4: children\.0\.permanencyGoal: .*\[unknown_code\]$/,
      ),
      expect.stringMatching(/:5: children\.0\.ageYears: .*\[missing_column\]$/),
      expect.stringMatching(/:5: children\.0\.permanencyGoal: .*\[missing_column\]$/),
      expect.stringMatching(/:5: children\.0\.birthDate: .*\[missing_column\]$/),
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

describe('parent-partner rank with a malformed rule set (built binary)', () => {
  it('refuses the rule set, lists each problem with its JSON path and code, and exits 1', () => {
    const run = runBin([
      'rank',
      '--parent',
      'parent-0001',
      '--data',
      directory,
      '--rules',
      'test/fixtures/malformed-rules.json',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter((line) => line.startsWith('test/fixtures/'))).toEqual([
      'test/fixtures/malformed-rules.json: /add/0/when/path: field path partner.favouriteColour does not exist in the partner schema [unknown_field_path]',
      'test/fixtures/malformed-rules.json: /rules/no-such-rule/weight: no rule with id no-such-rule in the base rule set [unknown_rule]',
      'test/fixtures/malformed-rules.json: /rules/proximity/weight: a weight is a finite number not below 0 [invalid_weight]',
    ]);
    expect(run.stderr).toContain('was refused with 3 problem(s)');
  });
});

describe('parent-partner demo (built binary)', () => {
  it('writes everything into ./out well under a minute', async () => {
    const started = Date.now();
    const run = runBin(['demo'], { cwd: directory });
    const seconds = (Date.now() - started) / 1000;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Done. Everything is in ./out/:');
    expect(seconds).toBeLessThan(60);
    const report = await readFile(
      join(directory, 'out/reports/program-report-SFY2026.html'),
      'utf8',
    );
    expect(report).toMatch(/^<!DOCTYPE html>/i);
  }, 90_000);
});

describe('parent-partner --help (built binary)', () => {
  it.each([[[]], [['validate']], [['rank']], [['assign']], [['report']], [['schema']], [['demo']]])(
    'prints stable help for %j',
    (command) => {
      const run = runBin([...command, '--help']);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatchSnapshot();
    },
  );

  it('prints the version', () => {
    expect(runBin(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 on a usage error', () => {
    const run = runBin(['rank-partners']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown command 'rank-partners'");
  });
});
