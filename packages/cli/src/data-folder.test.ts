import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRecord } from '@parent-partner/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { createEmptyDataFolderRecords, loadDataFolder, writeDataFolder } from './data-folder';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'parent-partner-folder-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const program = parseRecord('program', {
  id: 'program-1',
  name: 'Example Parent Partners',
  state: 'WI',
  counties: [{ fips: '55029', name: 'Door' }],
});

describe('data folders', () => {
  it('writes program.json and one NDJSON file per kind with records, and reads them back', async () => {
    const records = createEmptyDataFolderRecords();
    records.program.push(program);
    records.maltreatmentReport.push(
      parseRecord('maltreatmentReport', {
        id: 'r-1',
        parentId: 'p-1',
        childId: 'c-1',
        reportDate: '2026-03-01',
        disposition: 'substantiated',
      }),
    );
    const written = await writeDataFolder(join(directory, 'data'), records);
    expect(written.map((file) => file.slice(directory.length))).toEqual([
      '/data/program.json',
      '/data/maltreatment-reports.ndjson',
    ]);
    const loaded = await loadDataFolder('data', { cwd: directory });
    expect(loaded.problems).toEqual([]);
    expect(loaded.files).toEqual(['data/program.json', 'data/maltreatment-reports.ndjson']);
    expect(loaded.records.program).toEqual([program]);
    expect(loaded.records.maltreatmentReport).toHaveLength(1);
  });

  it('reads a CSV file of a kind and keeps the problems of its bad rows', async () => {
    await writeFile(
      join(directory, 'removal-episodes.csv'),
      'id,parentId,childId,entryDate,exitDate,exitReason\ne-1,p-1,c-1,2026-01-05,2026-03-01,reunification\ne-2,p-1,c-2,2026-01-05,2026-02-30,reunification\n',
    );
    const loaded = await loadDataFolder('.', { cwd: directory });
    expect(loaded.records.removalEpisode.map((episode) => episode.id)).toEqual(['e-1']);
    expect(loaded.problems.map((problem) => [problem.file, problem.line, problem.path])).toEqual([
      ['removal-episodes.csv', 3, 'exitDate'],
    ]);
  });

  it('is a usage error when the folder holds no record file', async () => {
    await expect(loadDataFolder(directory)).rejects.toThrow(CliError);
    expect(await readdir(directory)).toEqual([]);
  });
});
