import { CliError } from './cli-error';
import { importCsvRecords } from './csv-import';
import { type DataKind, dataKinds, isDataKind, validateDataRecords } from './data-kind';
import type { ImportedFile } from './imported-row';
import { inferRecordKind } from './infer-record-kind';
import { importJsonRecords, importNdjsonRecords } from './json-import';
import type { RecordProblem } from './record-problem';

/** The formats `validate` reads, told apart by file extension. */
export type RecordFileFormat = 'csv' | 'json' | 'ndjson';

/** Tells the format of a file from its extension (`.csv`, `.json`, `.ndjson` or `.jsonl`). */
export function detectRecordFileFormat(fileName: string): RecordFileFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'json') return 'json';
  if (extension === 'ndjson' || extension === 'jsonl') return 'ndjson';
  return undefined;
}

/** A record that passed validation, parsed (defaults filled), with the line it started on. */
export interface ValidRecord {
  /** Physical line in the file where the record starts. */
  readonly line: number;
  /** The parsed record. */
  readonly record: unknown;
}

/** The result of validating one file. */
export interface RecordFileValidation {
  /** The record kind the file was read as. */
  readonly kind: DataKind;
  /** How many records the file holds (valid and invalid). */
  readonly recordCount: number;
  /** The records that passed, in file order. */
  readonly valid: readonly ValidRecord[];
  /** Every problem, in line order. */
  readonly problems: readonly RecordProblem[];
}

/** What {@link validateRecordFile} reads. */
export interface ValidateRecordFileOptions {
  /** The file name as the user gave it; used in problems and to infer format and kind. */
  readonly file: string;
  /** The file's text. */
  readonly text: string;
  /** The record kind, when the user named it; otherwise the file's declared kind or its name decides. */
  readonly kind?: DataKind | undefined;
}

function describeUnknownKind(file: string): string {
  return `Cannot tell which records ${file} holds: name the file after its kind (parents.csv, partners.ndjson, contacts.json...) or pass --kind (${dataKinds.join(', ')}).`;
}

function importFile(
  format: RecordFileFormat,
  text: string,
  kind: DataKind | undefined,
  file: string,
): ImportedFile {
  if (format === 'json') return importJsonRecords(text);
  if (format === 'ndjson') return importNdjsonRecords(text);
  if (kind === undefined) throw new CliError(describeUnknownKind(file));
  if (kind === 'consent') {
    throw new CliError(
      `Cannot read ${file}: consent records are nested; give them as .json or .ndjson.`,
    );
  }
  return importCsvRecords(text, kind);
}

/**
 * Reads and validates one JSON, NDJSON or CSV file of records: every bad record is reported with its line,
 * field path and code, and the good ones are kept.
 *
 * @throws {CliError} when the format or the record kind cannot be told (a usage error).
 */
export function validateRecordFile(options: ValidateRecordFileOptions): RecordFileValidation {
  const { file, text } = options;
  const format = detectRecordFileFormat(file);
  if (format === undefined) {
    throw new CliError(`Cannot read ${file}: use a .csv, .json, .ndjson or .jsonl file.`);
  }
  const kindBeforeReading = options.kind ?? inferRecordKind(file);
  const imported = importFile(format, text, kindBeforeReading, file);
  const problems: RecordProblem[] = imported.problems.map((issue) => ({ file, ...issue }));
  let kind = options.kind;
  const declared = imported.declaredKind;
  if (declared !== undefined && !isDataKind(declared)) {
    problems.push({
      file,
      line: 1,
      path: 'kind',
      code: 'unknown_kind',
      message: `is not a record kind; use one of ${dataKinds.join(', ')}`,
    });
  } else if (declared !== undefined && kind !== undefined && declared !== kind) {
    problems.push({
      file,
      line: 1,
      path: 'kind',
      code: 'kind_mismatch',
      message: `says ${declared} but --kind says ${kind}; remove one of them`,
    });
  } else if (declared !== undefined) {
    kind = declared;
  }
  kind ??= kindBeforeReading;
  if (kind === undefined) throw new CliError(describeUnknownKind(file));
  if (problems.some((problem) => problem.path === 'kind')) {
    return { kind, recordCount: imported.rows.length, valid: [], problems };
  }
  const result = validateDataRecords(
    kind,
    imported.rows.map((row) => row.input),
  );
  const valid: ValidRecord[] = [];
  const parsedByIndex = new Map(
    result.validIndexes.map((inputIndex, position) => [inputIndex, result.valid[position]]),
  );
  const schemaIssues = new Map(result.invalid.map((entry) => [entry.index, entry.issues]));
  imported.rows.forEach((row, index) => {
    const withheld = (path: string) =>
      row.withheldPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}.`));
    const issues = [
      ...row.issues,
      ...(schemaIssues.get(index) ?? []).filter((issue) => !withheld(issue.path)),
    ];
    for (const issue of issues) problems.push({ file, line: row.line, ...issue });
    if (issues.length === 0 && parsedByIndex.has(index)) {
      valid.push({ line: row.line, record: parsedByIndex.get(index) });
    }
  });
  problems.sort((left, right) => left.line - right.line);
  return { kind, recordCount: imported.rows.length, valid, problems };
}
