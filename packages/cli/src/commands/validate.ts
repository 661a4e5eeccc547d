import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command-context';
import { createEmptyDataFolderRecords, formatNdjson, writeDataFolder } from '../data-folder';
import type { DataKind } from '../data-kind';
import { ExitCode, type ExitCodeValue } from '../exit-codes';
import { startProgress } from '../progress';
import { readBinaryFile } from '../read-text-file';
import { type RecordFileValidation, validateRecordFile } from '../record-file';
import { formatRecordProblem } from '../record-problem';

/** Options of the `validate` command. */
export interface ValidateCommandOptions {
  /** The record kind of every file, instead of inferring it from each file's name. */
  readonly kind?: DataKind | undefined;
  /** Where to write the valid records: an `.ndjson` file, or a folder (ending in `/`) laid out as a data folder. */
  readonly out?: string | undefined;
  /** Print the result as JSON instead of text. */
  readonly json?: boolean | undefined;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function writeValidRecords(
  context: CommandContext,
  out: string,
  results: readonly RecordFileValidation[],
): Promise<string[]> {
  const target = context.resolvePath(out);
  if (/[\\/]$/.test(out) || (await isDirectory(target))) {
    const records = createEmptyDataFolderRecords();
    for (const result of results) {
      (records[result.kind] as unknown[]).push(...result.valid.map((entry) => entry.record));
    }
    return writeDataFolder(target, records);
  }
  const kinds = new Set(results.map((result) => result.kind));
  if (kinds.size > 1) {
    throw new CliError(
      `The files hold several record kinds (${[...kinds].join(', ')}): give --out a folder ending in / to write one file per kind.`,
    );
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(
    target,
    formatNdjson(results.flatMap((result) => result.valid.map((entry) => entry.record))),
  );
  return [target];
}

/**
 * Validates JSON, NDJSON and CSV files of records, printing every problem with its file, line, field path
 * and code; returns exit code 1 when any record is invalid.
 */
export async function runValidateCommand(
  context: CommandContext,
  files: readonly string[],
  options: ValidateCommandOptions,
): Promise<ExitCodeValue> {
  const { output } = context;
  const results: RecordFileValidation[] = [];
  const progress = startProgress(context.io, 'Validating', files.length);
  try {
    for (const file of files) {
      const content = await readBinaryFile(context.resolvePath(file), file);
      results.push(await validateRecordFile({ file, content, kind: options.kind }));
      progress.advance();
    }
  } finally {
    progress.stop();
  }
  const written =
    options.out === undefined ? [] : await writeValidRecords(context, options.out, results);
  const problemCount = results.reduce((sum, result) => sum + result.problems.length, 0);
  if (options.json === true) {
    output.writeLine(
      JSON.stringify(
        {
          valid: problemCount === 0,
          files: results.map((result, index) => ({
            file: files[index],
            kind: result.kind,
            records: result.recordCount,
            validRecords: result.valid.length,
            problems: result.problems,
          })),
          written,
        },
        null,
        2,
      ),
    );
    return problemCount === 0 ? ExitCode.ok : ExitCode.invalidData;
  }
  const { colors } = output;
  for (const result of results) {
    for (const problem of result.problems) output.writeLine(formatRecordProblem(problem));
  }
  if (problemCount > 0) output.writeLine();
  results.forEach((result, index) => {
    const invalid = result.recordCount - result.valid.length;
    const status =
      invalid === 0 && result.problems.length === 0 ? colors.green('ok') : colors.red('invalid');
    output.writeLine(
      `${status} ${files[index]}: ${result.valid.length} of ${result.recordCount} ${result.kind} record(s) valid`,
    );
  });
  for (const file of written) output.writeLine(`Wrote the valid records to ${file}`);
  if (problemCount > 0) {
    output.writeLine(
      colors.red(
        `${problemCount} problem(s) found; fix them in the source files and run validate again.`,
      ),
    );
    return ExitCode.invalidData;
  }
  return ExitCode.ok;
}
