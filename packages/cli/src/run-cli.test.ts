import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { createMemoryIo } from '../test/memory-io';
import { runCli } from './run-cli';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'parent-partner-cli-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const report = (id: string, reportDate: string) =>
  JSON.stringify({ id, parentId: 'p-1', childId: 'c-1', reportDate, disposition: 'substantiated' });

describe('runCli', () => {
  it('example: runCli', async () => {
    const output: string[] = [];
    const problems: string[] = [];
    const io = {
      stdout: { write: (text: string) => output.push(text) },
      stderr: { write: (text: string) => problems.push(text) },
      env: { NO_COLOR: '1' },
      cwd: '/data',
      now: () => new Date('2026-07-01T12:00:00Z'),
    };
    expect(await runCli(['validat'], io)).toBe(2);
    expect(problems.join('')).toContain('Did you mean validate?');
    expect(output).toEqual([]);
  });

  it('prints the version and returns 0', async () => {
    const io = createMemoryIo();
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.stdout.text()).toBe(`${packageJson.version}\n`);
  });

  it('returns 2 with a suggestion for an unknown command or option', async () => {
    const io = createMemoryIo();
    expect(await runCli(['validat'], io)).toBe(2);
    expect(io.stderr.text()).toContain('Did you mean validate?');
    expect(await runCli(['validate', '--nope', 'x.csv'], createMemoryIo())).toBe(2);
    expect(await runCli(['validate'], createMemoryIo())).toBe(2);
    const bare = createMemoryIo();
    expect(await runCli([], bare)).toBe(2);
    expect(bare.stderr.text()).toContain('Usage: parent-partner');
  });

  it('returns 2 and says what to fix when a file is missing or its kind cannot be told', async () => {
    const io = createMemoryIo({ cwd: directory });
    expect(await runCli(['validate', 'parents.csv'], io)).toBe(2);
    expect(io.stderr.text()).toBe(
      'error: Cannot read parents.csv: no such file; check the path.\n',
    );
    await writeFile(join(directory, 'roster.csv'), 'id\n');
    const second = createMemoryIo({ cwd: directory });
    expect(await runCli(['validate', 'roster.csv'], second)).toBe(2);
    expect(second.stderr.text()).toContain('--kind');
  });

  it('validates files, prints each problem by file and line, and writes the valid records', async () => {
    await writeFile(
      join(directory, 'maltreatment-reports.ndjson'),
      `${report('o-1', '2026-03-01')}\n${report('o-2', '2026-13-01')}\n`,
    );
    const io = createMemoryIo({ cwd: directory });
    const code = await runCli(
      ['validate', 'maltreatment-reports.ndjson', '--out', 'clean/maltreatment-reports.ndjson'],
      io,
    );
    expect(code).toBe(1);
    expect(io.stdout.text()).toContain('maltreatment-reports.ndjson:2: reportDate: ');
    expect(io.stdout.text()).toContain('1 of 2 maltreatmentReport record(s) valid');
    const written = await readFile(join(directory, 'clean/maltreatment-reports.ndjson'), 'utf8');
    expect(
      written
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(['o-1']);
  });

  it('returns 0 for valid files and writes a data folder when --out ends in /', async () => {
    await writeFile(
      join(directory, 'maltreatment-reports.ndjson'),
      `${report('o-1', '2026-03-01')}\n`,
    );
    const io = createMemoryIo({ cwd: directory });
    expect(await runCli(['validate', 'maltreatment-reports.ndjson', '--out', 'data/'], io)).toBe(0);
    expect(await readdir(join(directory, 'data'))).toEqual(['maltreatment-reports.ndjson']);
  });

  it('refuses one --out file for several kinds', async () => {
    await writeFile(
      join(directory, 'maltreatment-reports.ndjson'),
      `${report('o-1', '2026-03-01')}\n`,
    );
    await writeFile(join(directory, 'parents.json'), '[]');
    const io = createMemoryIo({ cwd: directory });
    expect(
      await runCli(
        ['validate', 'maltreatment-reports.ndjson', 'parents.json', '--out', 'all.ndjson'],
        io,
      ),
    ).toBe(2);
    expect(io.stderr.text()).toContain('folder ending in /');
  });

  it('prints a JSON result with --json', async () => {
    await writeFile(
      join(directory, 'maltreatment-reports.ndjson'),
      `${report('o-1', '2026-02-30')}\n`,
    );
    const io = createMemoryIo({ cwd: directory });
    expect(await runCli(['validate', '--json', 'maltreatment-reports.ndjson'], io)).toBe(1);
    const result = JSON.parse(io.stdout.text());
    expect(result).toMatchObject({
      valid: false,
      files: [
        {
          file: 'maltreatment-reports.ndjson',
          kind: 'maltreatmentReport',
          records: 1,
          validRecords: 0,
        },
      ],
    });
    expect(result.files[0].problems[0]).toMatchObject({ line: 1, path: 'reportDate' });
  });

  it('colours output on a terminal and not under NO_COLOR', async () => {
    await writeFile(
      join(directory, 'maltreatment-reports.ndjson'),
      `${report('o-1', '2026-03-01')}\n`,
    );
    const coloured = createMemoryIo({ cwd: directory, tty: true });
    await runCli(['validate', 'maltreatment-reports.ndjson'], coloured);
    expect(coloured.stdout.text()).toContain('\u001b[');
    const plain = createMemoryIo({ cwd: directory, tty: true, env: { NO_COLOR: '1' } });
    await runCli(['validate', 'maltreatment-reports.ndjson'], plain);
    expect(plain.stdout.text()).not.toContain('\u001b[');
  });

  it('draws a progress bar on a terminal stderr only', async () => {
    await writeFile(
      join(directory, 'maltreatment-reports.ndjson'),
      `${report('o-1', '2026-03-01')}\n`,
    );
    const terminal = createMemoryIo({ cwd: directory, tty: true, env: { NO_COLOR: '1' } });
    await runCli(['validate', 'maltreatment-reports.ndjson'], terminal);
    expect(terminal.stderr.text()).toContain('Validating');
    const pipe = createMemoryIo({ cwd: directory });
    await runCli(['validate', 'maltreatment-reports.ndjson'], pipe);
    expect(pipe.stderr.text()).toBe('');
  });

  it('writes the JSON Schema of every record kind and of consent records', async () => {
    const io = createMemoryIo({ cwd: directory });
    expect(await runCli(['schema', '--out', 'schemas'], io)).toBe(0);
    const files = await readdir(join(directory, 'schemas'));
    expect(files).toContain('parent.schema.json');
    expect(files).toContain('parentPartner.schema.json');
    expect(files).toContain('rule-set.schema.json');
    expect(files).toContain('consent.schema.json');
    const parent = JSON.parse(
      await readFile(join(directory, 'schemas/parent.schema.json'), 'utf8'),
    );
    expect(parent.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const consent = JSON.parse(
      await readFile(join(directory, 'schemas/consent.schema.json'), 'utf8'),
    );
    expect([consent.$id, consent.title]).toEqual([
      'https://parent-partner.dev/schemas/consent.json',
      'consent',
    ]);
    expect(io.stdout.text()).toContain('consent.schema.json');
  });

  it('returns 3 for an unexpected failure without printing its message', async () => {
    const io = createMemoryIo({ cwd: directory });
    const failingStream = {
      write: () => {
        throw new TypeError('something holding Sample Parent');
      },
    };
    await writeFile(
      join(directory, 'maltreatment-reports.ndjson'),
      `${report('o-1', '2026-03-01')}\n`,
    );
    const failing = await runCli(['validate', 'maltreatment-reports.ndjson'], {
      ...io,
      stdout: failingStream,
    });
    expect(failing).toBe(3);
    expect(io.stderr.text()).toContain('unexpected error: TypeError');
    expect(io.stderr.text()).not.toContain('Sample');
  });
});
