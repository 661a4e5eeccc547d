import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { RecordKind, RecordOf } from '@parent-partner/core';
import type { Consent } from '@parent-partner/privacy';
import { CliError } from './cli-error';
import type { CommandContext } from './command-context';
import type { DataKind } from './data-kind';
import { ExitCode } from './exit-codes';
import { validateRecordFile } from './record-file';
import { formatRecordProblem, type RecordProblem } from './record-problem';

/**
 * The file each record kind lives in inside a data folder, without its extension; `program` is the one
 * single-record file (`program.json`).
 */
export const dataFolderFileNames: Readonly<Record<DataKind, string>> = {
  program: 'program',
  parent: 'parents',
  parentPartner: 'partners',
  staff: 'staff',
  referral: 'referrals',
  match: 'matches',
  contact: 'contacts',
  removalEpisode: 'removal-episodes',
  placement: 'placements',
  maltreatmentReport: 'maltreatment-reports',
  supportSession: 'support-sessions',
  engagement: 'engagements',
  groupEvent: 'group-events',
  consent: 'consents',
};

/** The extensions a data-folder file may have, tried in this order. */
export const dataFolderExtensions: readonly string[] = [
  '.ndjson',
  '.jsonl',
  '.json',
  '.csv',
  '.xlsx',
];

/** The records of a data folder, by kind; a kind with no file has no records. */
export type DataFolderRecords = { -readonly [Kind in RecordKind]: RecordOf<Kind>[] } & {
  /** Consent records (privacy package). */
  consent: Consent[];
};

/** A data folder as read: its records, the files they came from and every problem found. */
export interface LoadedDataFolder {
  /** The valid records, by kind. */
  readonly records: DataFolderRecords;
  /** The files that were read, as paths under the folder as it was given. */
  readonly files: readonly string[];
  /** Every problem found; the records with problems are left out of `records`. */
  readonly problems: readonly RecordProblem[];
}

/** Creates an empty set of records, one empty list per kind. */
export function createEmptyDataFolderRecords(): DataFolderRecords {
  return {
    program: [],
    parent: [],
    parentPartner: [],
    staff: [],
    referral: [],
    match: [],
    contact: [],
    removalEpisode: [],
    placement: [],
    maltreatmentReport: [],
    supportSession: [],
    engagement: [],
    groupEvent: [],
    consent: [],
  };
}

async function readIfPresent(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Reads every record file of a data folder (`program.json`, `parents.ndjson`, `partners.ndjson`, ...;
 * `.ndjson`, `.jsonl`, `.json`, `.csv` or `.xlsx`), validating each record against its kind.
 *
 * @throws {CliError} when the folder holds no record file at all.
 */
export async function loadDataFolder(
  directory: string,
  options: { readonly cwd?: string } = {},
): Promise<LoadedDataFolder> {
  const records = createEmptyDataFolderRecords();
  const files: string[] = [];
  const problems: RecordProblem[] = [];
  for (const [kind, name] of Object.entries(dataFolderFileNames) as [DataKind, string][]) {
    for (const extension of dataFolderExtensions) {
      const file = join(directory, `${name}${extension}`);
      const content = await readIfPresent(resolve(options.cwd ?? '', file));
      if (content === undefined) continue;
      const result = await validateRecordFile({ file, content, kind });
      files.push(file);
      problems.push(...result.problems);
      (records[kind] as unknown[]).push(...result.valid.map((entry) => entry.record));
      break;
    }
  }
  if (files.length === 0) {
    throw new CliError(
      `No record files found in ${directory}: a data folder holds program.json, parents.ndjson, partners.ndjson and so on (see parent-partner --help).`,
    );
  }
  return { records, files, problems };
}

/** Serialises records as newline-delimited JSON, one record per line. */
export function formatNdjson(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

/** Writes records as a data folder (`program.json` and one `.ndjson` file per kind that has records), returning the files written. */
export async function writeDataFolder(
  directory: string,
  records: Partial<DataFolderRecords>,
): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const written: string[] = [];
  for (const [kind, name] of Object.entries(dataFolderFileNames) as [DataKind, string][]) {
    const list = records[kind];
    if (list === undefined || list.length === 0) continue;
    if (kind === 'program') {
      const file = join(directory, `${name}.json`);
      await writeFile(file, `${JSON.stringify(list.length === 1 ? list[0] : list, null, 2)}\n`);
      written.push(file);
      continue;
    }
    const file = join(directory, `${name}.ndjson`);
    await writeFile(file, formatNdjson(list));
    written.push(file);
  }
  return written;
}

/** The data-folder layout as help text. */
export const dataFolderHelp: string = [
  'Data folder (--data); each file optional (.ndjson, .jsonl, .json, .csv, .xlsx):',
  ...(Object.entries(dataFolderFileNames) as [DataKind, string][]).map(
    ([kind, name]) =>
      `  ${`${name}${kind === 'program' ? '.json' : '.ndjson'}`.padEnd(29)}${kind} records`,
  ),
].join('\n');

/**
 * Reads a data folder for a command that works on it (rank, assign, report), refusing it when any record is
 * invalid: each problem is printed to stderr.
 *
 * @throws {CliError} with exit code 1 when a record is invalid, 2 when the folder holds no record file.
 */
export async function loadValidDataFolder(
  context: CommandContext,
  directory: string,
): Promise<DataFolderRecords> {
  const loaded = await loadDataFolder(directory, { cwd: context.io.cwd });
  if (loaded.problems.length === 0) return loaded.records;
  for (const problem of loaded.problems)
    context.output.writeErrorLine(formatRecordProblem(problem));
  throw new CliError(
    `The data folder ${directory} has ${loaded.problems.length} problem(s); fix them and check with \`parent-partner validate\` before running this command.`,
    ExitCode.invalidData,
  );
}
