import type { RecordKind } from '@parent-partner/core';
import { type ImportResult, importCsvRecords, listImportProblems } from '@parent-partner/import';
import { CliError } from './cli-error';
import { type DataKind, dataKinds, isDataKind, validateDataRecords } from './data-kind';
import type { ImportedFile } from './imported-row';
import { inferRecordKind } from './infer-record-kind';
import { importJsonRecords, importNdjsonRecords } from './json-import';
import type { RecordProblem } from './record-problem';

/** The formats `validate` reads, told apart by file extension. */
export type RecordFileFormat = 'csv' | 'xlsx' | 'json' | 'ndjson';

/** Tells the format of a file from its extension (`.csv`, `.xlsx`, `.json`, `.ndjson` or `.jsonl`). */
export function detectRecordFileFormat(fileName: string): RecordFileFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
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
  /** The file's content: its bytes as read (spreadsheets are checked for their encoding), or its text. */
  readonly content: string | Uint8Array;
  /** The record kind, when the user named it; otherwise the file's declared kind or its name decides. */
  readonly kind?: DataKind | undefined;
}

function describeUnknownKind(file: string): string {
  return `Cannot tell which records ${file} holds: name the file after its kind (parents.csv, partners.ndjson, contacts.json...) or pass --kind (${dataKinds.join(', ')}).`;
}

function importJsonFile(format: 'json' | 'ndjson', content: string | Uint8Array): ImportedFile {
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  return format === 'json' ? importJsonRecords(text) : importNdjsonRecords(text);
}

function spreadsheetKind(kind: DataKind | undefined, file: string): RecordKind {
  if (kind === undefined) throw new CliError(describeUnknownKind(file));
  if (kind === 'consent') {
    throw new CliError(
      `Cannot read ${file}: consent records are nested; give them as .json or .ndjson.`,
    );
  }
  return kind;
}

// Spreadsheets are read and validated by @parent-partner/import: each problem keeps its line and field path.
async function validateSpreadsheet(
  format: 'csv' | 'xlsx',
  file: string,
  content: string | Uint8Array,
  kind: RecordKind,
): Promise<RecordFileValidation> {
  let result: ImportResult;
  if (format === 'csv') {
    result = importCsvRecords(kind, content);
  } else {
    // Loaded only for workbooks, so that reading CSV and JSON does not load exceljs.
    const { importXlsxRecords } = await import('@parent-partner/import/xlsx');
    result = await importXlsxRecords(
      kind,
      typeof content === 'string' ? new TextEncoder().encode(content) : content,
    );
  }
  return {
    kind,
    recordCount: result.rowCount,
    valid: result.records.map((entry) => ({ line: entry.line, record: entry.record })),
    problems: listImportProblems(result).map((problem) => ({
      file,
      line: problem.line,
      path: problem.path.join('.'),
      code: problem.code,
      message: problem.message,
    })),
  };
}

/**
 * Reads and validates one JSON, NDJSON, CSV or XLSX file of records: every bad record is reported with its
 * line, field path and code, and the good ones are kept.
 *
 * @throws {CliError} when the format or the record kind cannot be told (a usage error).
 */
export async function validateRecordFile(
  options: ValidateRecordFileOptions,
): Promise<RecordFileValidation> {
  const { file, content } = options;
  const format = detectRecordFileFormat(file);
  if (format === undefined) {
    throw new CliError(`Cannot read ${file}: use a .csv, .xlsx, .json, .ndjson or .jsonl file.`);
  }
  const kindBeforeReading = options.kind ?? inferRecordKind(file);
  if (format === 'csv' || format === 'xlsx') {
    return validateSpreadsheet(format, file, content, spreadsheetKind(kindBeforeReading, file));
  }
  const imported = importJsonFile(format, content);
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
