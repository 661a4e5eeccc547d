import {
  isRecordKind,
  ParentPartnerError,
  type RecordKind,
  safeParseRecord,
} from '@parent-partner/core';
import { createRecordFromFlatRow } from '@parent-partner/core/internal';
import type {
  ImportedRecord,
  ImportOptions,
  ImportPath,
  ImportProblem,
  RejectedRow,
} from './import-entry';

/** The largest list index a heading may name (`children.999.id`); a larger one would build a huge sparse list. */
export const maxListIndex = 999;

const defaultMaxColumns = 1_000;
const identifier = /^[A-Za-z_$][\w$]*$/;
const digits = /^\d+$/;

/** Names a column as a spreadsheet does, for messages: `column 28 (AB)`. */
export function describeColumn(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return `column ${column} (${letters})`;
}

// Core's issues carry their path as a dotted string today and as segments once every package shares the
// reason shape; both are read here, so the importer states its paths as segments either way.
function toSegments(path: string | ImportPath): (string | number)[] {
  if (typeof path !== 'string') return [...path];
  if (path === '') return [];
  return path.split('.').map((segment) => (digits.test(segment) ? Number(segment) : segment));
}

function toKey(path: string | ImportPath): string {
  return typeof path === 'string' ? path : path.join('.');
}

interface Column {
  /** 1-based column number. */
  readonly number: number;
  /** The canonical dotted field path (`children.0.id`, whatever zero padding the heading had). */
  readonly key: string;
}

/** What a header says: which field each column fills, and the problems of its headings. */
export interface ColumnPlan {
  readonly kind: RecordKind;
  /** The field of each column, by 0-based position; `undefined` for a column that is read as nothing. */
  readonly fields: readonly (Column | undefined)[];
  /** The column of each canonical field path. */
  readonly columnOfKey: ReadonlyMap<string, number>;
  readonly listSeparator: string;
}

/** A header as read: its plan, or the reason it was refused, and the problems of single headings. */
export interface HeaderReading {
  /** The plan to read rows with; `undefined` when the header is refused and no row can be read. */
  readonly plan: ColumnPlan | undefined;
  /** Problems of the header, each on line 1 and naming columns by number only. */
  readonly problems: readonly ImportProblem[];
}

/** The problem of one cell that is read as no value at all (an XLSX formula or error cell). */
export interface CellProblem {
  readonly code: string;
  readonly message: string;
}

/** One cell as an importer hands it over: its text, a problem, or `undefined` when the row ends before it. */
export type RowCell = string | CellProblem | undefined;

function headerProblem(code: string, column: number, message: string): ImportProblem {
  return { code, path: [], message, line: 1, column };
}

function describeField(kind: RecordKind, key: string): 'field' | 'unknown' | 'several' {
  const [issue] = createRecordFromFlatRow(kind, { [key]: '' }).issues;
  if (issue === undefined) return 'field';
  return issue.code === 'not_a_single_field' ? 'several' : 'unknown';
}

// Splits a heading into canonical segments, or tells why it is no field path: headings come from the
// file, so nothing of them is ever put into a message.
function canonicalKey(path: string): string | 'not_a_path' | 'index_too_large' {
  const segments = path.split('.');
  const canonical: string[] = [];
  for (const [index, segment] of segments.entries()) {
    if (digits.test(segment) && index > 0) {
      const value = Number(segment);
      if (value > maxListIndex) return 'index_too_large';
      canonical.push(String(value));
    } else if (identifier.test(segment)) {
      canonical.push(segment);
    } else {
      return 'not_a_path';
    }
  }
  return canonical.join('.');
}

/** Checks the options every importer takes and the record kind, throwing the SDK's error for a bad one. */
export function checkImportOptions(kind: RecordKind, options: ImportOptions): void {
  if (!isRecordKind(kind)) {
    throw new ParentPartnerError(
      'INVALID_ARGUMENT',
      'Unknown record kind: name a core record kind.',
    );
  }
  const { maxColumns, listSeparator, columns } = options;
  if (maxColumns !== undefined && !(Number.isSafeInteger(maxColumns) && maxColumns > 0)) {
    throw new ParentPartnerError(
      'INVALID_ARGUMENT',
      'options.maxColumns must be a positive integer.',
    );
  }
  if (listSeparator !== undefined && (typeof listSeparator !== 'string' || listSeparator === '')) {
    throw new ParentPartnerError(
      'INVALID_ARGUMENT',
      'options.listSeparator must be a non-empty string.',
    );
  }
  if (columns === undefined) return;
  if (typeof columns !== 'object' || columns === null) {
    throw new ParentPartnerError(
      'INVALID_ARGUMENT',
      'options.columns must map headings to field paths.',
    );
  }
  for (const path of Object.values(columns)) {
    const key = typeof path === 'string' ? canonicalKey(path.trim()) : 'not_a_path';
    if (key === 'not_a_path' || key === 'index_too_large' || describeField(kind, key) !== 'field') {
      throw new ParentPartnerError(
        'INVALID_ARGUMENT',
        `options.columns maps a heading to something that is not one field of ${kind}; map each heading to a field path such as name.given.`,
      );
    }
  }
}

/**
 * Reads a header: each heading must name one field of `kind` (or be a heading of `options.columns`), once.
 * Problems name columns by number, never by their text: a file without a header has data on line 1.
 */
export function readHeader(
  kind: RecordKind,
  headings: readonly RowCell[],
  options: ImportOptions,
): HeaderReading {
  const maxColumns = options.maxColumns ?? defaultMaxColumns;
  if (headings.length > maxColumns) {
    return {
      plan: undefined,
      problems: [
        {
          code: 'too_many_columns',
          path: [],
          message: `the header has ${headings.length} columns, more than the ${maxColumns} allowed; remove the columns that are not fields`,
          line: 1,
        },
      ],
    };
  }
  const mapping =
    options.columns === undefined
      ? undefined
      : new Map(
          Object.entries(options.columns).map(([heading, path]) => [heading.trim(), path.trim()]),
        );
  const problems: ImportProblem[] = [];
  const fields: (Column | undefined)[] = [];
  const columnOfKey = new Map<string, number>();
  // Every proper prefix of an accepted path, with the column that holds it, to find overlapping columns.
  const columnOfPrefix = new Map<string, number>();
  let unnamed = 0;
  headings.forEach((heading, index) => {
    const number = index + 1;
    fields.push(undefined);
    if (typeof heading === 'object') {
      unnamed += 1;
      problems.push(
        headerProblem(
          heading.code,
          number,
          `${describeColumn(number)}: its heading ${heading.message}`,
        ),
      );
      return;
    }
    const text = heading === undefined ? '' : heading.trim();
    if (text === '') {
      unnamed += 1;
      problems.push(
        headerProblem(
          'blank_column',
          number,
          `${describeColumn(number)} has no heading; name it with a field path such as name.given, or delete it`,
        ),
      );
      return;
    }
    const path = mapping === undefined ? text : mapping.get(text);
    if (path === undefined) {
      unnamed += 1;
      problems.push(
        headerProblem(
          'unknown_column',
          number,
          `${describeColumn(number)} has a heading the column mapping does not name; add it to the mapping or delete the column`,
        ),
      );
      return;
    }
    const key = canonicalKey(path);
    const shape =
      key === 'not_a_path' || key === 'index_too_large' ? key : describeField(kind, key);
    if (shape !== 'field') {
      unnamed += 1;
      const reason =
        shape === 'several'
          ? 'names a group of fields; use one column per field, for example children.0.permanencyGoal'
          : shape === 'index_too_large'
            ? `names a list item past ${maxListIndex}; a list column holds at most ${maxListIndex + 1} items`
            : shape === 'not_a_path'
              ? 'does not name a field path such as id, name.given or children.0.id'
              : `is not a field of ${kind}; see the kind's JSON Schema for its field paths`;
      problems.push(headerProblem('unknown_column', number, `${describeColumn(number)} ${reason}`));
      return;
    }
    const twin = columnOfKey.get(key);
    if (twin !== undefined) {
      problems.push(
        headerProblem(
          'duplicate_column',
          number,
          `${describeColumn(number)} names the same field as ${describeColumn(twin)}; keep one column per field`,
        ),
      );
      return;
    }
    const segments = key.split('.');
    let overlap = columnOfPrefix.get(key);
    for (let end = 1; end < segments.length && overlap === undefined; end += 1) {
      overlap = columnOfKey.get(segments.slice(0, end).join('.'));
    }
    if (overlap !== undefined) {
      problems.push(
        headerProblem(
          'overlapping_column',
          number,
          `${describeColumn(number)} fills part of the field that ${describeColumn(overlap)} fills; keep either the whole field or its parts`,
        ),
      );
      return;
    }
    for (let end = 1; end < segments.length; end += 1) {
      const prefix = segments.slice(0, end).join('.');
      if (!columnOfPrefix.has(prefix)) columnOfPrefix.set(prefix, number);
    }
    columnOfKey.set(key, number);
    fields[index] = { number, key };
  });
  if (columnOfKey.size === 0 && headings.length > 0) {
    // Nothing on line 1 names a field: most likely the file has no header, and line 1 is data.
    return {
      plan: undefined,
      problems: [
        {
          code: 'missing_header',
          path: [],
          message: `line 1 names no field of ${kind} in any of its ${headings.length} column(s) (${unnamed} without a field heading); the first line must be a header of field paths such as id, name.given`,
          line: 1,
        },
      ],
    };
  }
  return {
    plan: { kind, fields, columnOfKey, listSeparator: options.listSeparator ?? ';' },
    problems,
  };
}

function rowProblem(
  plan: ColumnPlan,
  line: number,
  code: string,
  path: string | ImportPath,
  message: string,
): ImportProblem {
  const key = toKey(path);
  // A problem under a list item (`languages.1`) belongs to the list's column.
  let column = plan.columnOfKey.get(key);
  if (column === undefined) {
    const segments = key.split('.');
    for (let end = segments.length - 1; end > 0 && column === undefined; end -= 1) {
      column = plan.columnOfKey.get(segments.slice(0, end).join('.'));
    }
  }
  return column === undefined
    ? { code, path: toSegments(path), message, line }
    : { code, path: toSegments(path), message, line, column };
}

function isUnder(key: string, prefixes: ReadonlySet<string>): boolean {
  if (prefixes.size === 0) return false;
  if (prefixes.has(key)) return true;
  for (let end = key.indexOf('.'); end >= 0; end = key.indexOf('.', end + 1)) {
    if (prefixes.has(key.slice(0, end))) return true;
  }
  return false;
}

/**
 * Reads one data row with a header's plan: its cells become the record's nested input through core's
 * `createRecordFromFlatRow`, which is then validated against the kind's schema. Problems carry the row's
 * line, the field path and the column, never a cell's content.
 */
export function readRecordRow(
  plan: ColumnPlan,
  cells: readonly RowCell[],
  line: number,
): ImportedRecord | RejectedRow {
  const problems: ImportProblem[] = [];
  const withheld = new Set<string>();
  const empty = new Set<string>();
  const row: Record<string, string> = {};
  const width = plan.fields.length;
  for (let index = width; index < cells.length; index += 1) {
    const cell = cells[index];
    if (typeof cell === 'object' || (typeof cell === 'string' && cell.trim() !== '')) {
      problems.push({
        code: 'extra_column',
        path: [],
        message: `has ${cells.length} cells but the header has ${width}; check for a stray separator or an unquoted comma`,
        line,
      });
      break;
    }
  }
  for (let index = 0; index < width; index += 1) {
    const field = plan.fields[index];
    if (field === undefined) continue;
    const cell = cells[index];
    if (cell === undefined) {
      problems.push(
        rowProblem(
          plan,
          line,
          'missing_column',
          field.key,
          `is missing: the row has ${cells.length} cells but the header has ${width}`,
        ),
      );
      withheld.add(field.key);
    } else if (typeof cell === 'object') {
      problems.push(rowProblem(plan, line, cell.code, field.key, cell.message));
      withheld.add(field.key);
    } else {
      if (cell.trim() === '') empty.add(field.key);
      row[field.key] = cell;
    }
  }
  const built = createRecordFromFlatRow(plan.kind, row, { listSeparator: plan.listSeparator });
  for (const issue of built.issues) {
    problems.push(rowProblem(plan, line, issue.code, issue.path, issue.message));
  }
  for (const path of built.withheldPaths) withheld.add(toKey(path));
  const parsed = safeParseRecord(plan.kind, built.input);
  if (parsed.success && problems.length === 0) {
    return { type: 'record', line, record: parsed.data };
  }
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = toKey(issue.path);
      if (isUnder(key, withheld)) continue;
      // An issue at a field whose cell was left empty means the record needs it: say so, rather than
      // what type or code was expected.
      if (empty.has(key)) {
        problems.push(
          rowProblem(plan, line, 'empty', issue.path, `is empty; a ${plan.kind} record needs it`),
        );
      } else {
        problems.push(rowProblem(plan, line, issue.code, issue.path, issue.message));
      }
    }
  }
  return { type: 'rejected', line, input: built.input, problems };
}
