import type { RecordKind, RecordOf } from '@parent-partner/core';

/** Where a problem points inside a record: field names and list indexes, for example `['children', 0, 'id']`. */
export type ImportPath = readonly (string | number)[];

/**
 * One problem found while importing a spreadsheet, in the SDK's reason shape: a stable `code`, the field
 * `path` (empty for the file or the row as a whole) and a `message` that never contains a cell's content,
 * plus the physical `line` (the CSV line, or the XLSX row number) and, where one column is at fault, its
 * 1-based `column` number.
 */
export interface ImportProblem {
  /** Stable machine code in lower snake_case, for example `empty`, `unknown_column` or `invalid_format`. */
  readonly code: string;
  /** Field path segments, for example `['children', 0, 'placement']`; empty for the file or the row as a whole. */
  readonly path: ImportPath;
  /** What is wrong and how to fix it, without any cell's content. */
  readonly message: string;
  /** Physical line (CSV) or row number (XLSX) the problem is on; the header is line 1; 0 when the file as a whole is at fault. */
  readonly line: number;
  /** 1-based column number, when one column is at fault. */
  readonly column?: number;
}

/** A row that became a valid record: the record parsed by core's schema (defaults filled), and the line it starts on. */
export interface ImportedRecord<Kind extends RecordKind = RecordKind> {
  /** Tells this entry apart from a rejected row or a file problem. */
  readonly type: 'record';
  /** Physical line the row starts on (a quoted cell may span several). */
  readonly line: number;
  /** The record, parsed and valid. */
  readonly record: RecordOf<Kind>;
}

/** A row that did not become a valid record, with every problem found in it. */
export interface RejectedRow {
  /** Tells this entry apart from a record or a file problem. */
  readonly type: 'rejected';
  /** Physical line the row starts on. */
  readonly line: number;
  /** The record's nested input as read (cells withheld for a problem, such as a formula, are left out). */
  readonly input: Readonly<Record<string, unknown>>;
  /** Every problem of the row, in column order, each with this row's line. */
  readonly problems: readonly ImportProblem[];
}

/** A problem of the file itself (its header, its encoding, its quoting, its size) rather than of one row. */
export interface FileProblem {
  /** Tells this entry apart from a record or a rejected row. */
  readonly type: 'file_problem';
  /** The line the problem is on (the header is line 1); 0 when the file as a whole is at fault. */
  readonly line: number;
  /** The problem. */
  readonly problem: ImportProblem;
  /** `true` when reading stopped here: no row after it was read. */
  readonly fatal: boolean;
}

/** One entry of an import, in file order: a valid record, a rejected row, or a problem of the file. */
export type ImportEntry<Kind extends RecordKind = RecordKind> =
  | ImportedRecord<Kind>
  | RejectedRow
  | FileProblem;

/** Wraps a problem of the file as an entry. */
export function toFileProblem(problem: ImportProblem, fatal: boolean): FileProblem {
  return { type: 'file_problem', line: problem.line, problem, fatal };
}

/** A whole file read at once: its records, its rejected rows and the problems of the file itself. */
export interface ImportResult<Kind extends RecordKind = RecordKind> {
  /** The valid records, in file order, each with its line. */
  readonly records: readonly ImportedRecord<Kind>[];
  /** The rows that did not validate, in file order. */
  readonly rejected: readonly RejectedRow[];
  /** Problems of the file itself (header, encoding, quoting), in file order. */
  readonly problems: readonly ImportProblem[];
  /** How many data rows the file held (valid and rejected; rows whose cells are all empty are not counted). */
  readonly rowCount: number;
  /** `true` when reading stopped at a fatal problem, so rows after it were not read. */
  readonly stopped: boolean;
}

/** Options every importer takes: how headings map to fields and how list cells are split. */
export interface ImportOptions {
  /**
   * The file's own headings, each mapped to the field path it fills (`{ 'Parent ID': 'id', 'Given name':
   * 'name.given' }`). Without it, headings are field paths themselves (`id`, `name.given`, `children.0.id`).
   */
  readonly columns?: Readonly<Record<string, string>>;
  /** The separator between the items of a list cell. Default `;` (`en;es`). */
  readonly listSeparator?: string;
  /** The most columns a header may have; a wider file is refused (`too_many_columns`). Default 1,000. */
  readonly maxColumns?: number;
}

/**
 * Gathers the entries of an import into one result: records, rejected rows and file problems.
 *
 * @example
 * const result = collectImportEntries([
 *   { type: 'file_problem', line: 1, fatal: false, problem: { code: 'blank_column', path: [], message: 'column 3 (C) has no heading', line: 1, column: 3 } },
 *   { type: 'rejected', line: 2, input: {}, problems: [] },
 * ]);
 * [result.rowCount, result.problems.length, result.stopped]
 * //=> [1, 1, false]
 */
export function collectImportEntries<Kind extends RecordKind>(
  entries: Iterable<ImportEntry<Kind>>,
): ImportResult<Kind> {
  const records: ImportedRecord<Kind>[] = [];
  const rejected: RejectedRow[] = [];
  const problems: ImportProblem[] = [];
  let stopped = false;
  for (const entry of entries) {
    if (entry.type === 'record') records.push(entry);
    else if (entry.type === 'rejected') rejected.push(entry);
    else {
      problems.push(entry.problem);
      stopped ||= entry.fatal;
    }
  }
  return { records, rejected, problems, rowCount: records.length + rejected.length, stopped };
}

/**
 * Lists every problem of an import result, the file's and each rejected row's, in line order.
 *
 * @example
 * listImportProblems({
 *   records: [],
 *   rejected: [{ type: 'rejected', line: 3, input: {}, problems: [{ code: 'empty', path: ['id'], message: 'is empty', line: 3, column: 1 }] }],
 *   problems: [{ code: 'unknown_column', path: [], message: 'column 2 (B) is not a field', line: 1, column: 2 }],
 *   rowCount: 1,
 *   stopped: false,
 * }).map((problem) => [problem.line, problem.code]);
 * //=> [[1, 'unknown_column'], [3, 'empty']]
 */
export function listImportProblems(result: ImportResult): ImportProblem[] {
  const all: ImportProblem[] = [...result.problems];
  for (const row of result.rejected) for (const problem of row.problems) all.push(problem);
  // A stable sort keeps each line's problems in column order.
  return all.sort((left, right) => left.line - right.line);
}
