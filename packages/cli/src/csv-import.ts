import type { RecordKind, ValidationIssue } from '@parent-partner/core';
import { CsvError, parse } from 'csv-parse/sync';
import { type FieldShape, FieldShapeLookup, type ScalarShape } from './field-shape';
import {
  formulaInjectionCode,
  formulaInjectionMessage,
  looksLikeFormula,
} from './formula-injection';
import type { ImportedFile, ImportedRow, LineIssue } from './imported-row';

/** The separator between the items of a list cell, for example `en;es` for two languages. */
export const listSeparator = ';';

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const trueWords = new Set(['true', 'yes', 'y', '1']);
const falseWords = new Set(['false', 'no', 'n', '0']);

interface Column {
  readonly path: string;
  readonly shape: Exclude<FieldShape, { kind: 'object' }>;
}

function coerceScalar(cell: string, shape: ScalarShape): unknown {
  if (shape === 'number' && numberPattern.test(cell)) return Number(cell);
  if (shape === 'boolean') {
    const word = cell.toLowerCase();
    if (trueWords.has(word)) return true;
    if (falseWords.has(word)) return false;
  }
  // A cell that does not fit stays text, so the schema reports the type it expected.
  return cell;
}

function setAtPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  let node: Record<string, unknown> | unknown[] = target;
  segments.forEach((segment, index) => {
    const key = /^\d+$/.test(segment) && Array.isArray(node) ? Number(segment) : segment;
    const container = node as Record<string | number, unknown>;
    if (index === segments.length - 1) {
      container[key] = value;
      return;
    }
    if (typeof container[key] !== 'object' || container[key] === null) {
      container[key] = /^\d+$/.test(segments[index + 1] ?? '') ? [] : {};
    }
    node = container[key] as Record<string, unknown> | unknown[];
  });
}

// csv-parse's own line counter drifts on CRLF inside quoted cells, so lines are counted from each
// record's raw text: the line breaks it contains, plus one when it is the last line without a break.
function countSpannedLines(raw: string): number {
  const breaks = raw.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /(\r\n|\r|\n)$/.test(raw) ? breaks : breaks + 1;
}

function readHeader(
  header: readonly string[],
  lookup: FieldShapeLookup,
  kind: RecordKind,
): { columns: (Column | undefined)[]; problems: LineIssue[] } {
  const problems: LineIssue[] = [];
  const seen = new Set<string>();
  const columns = header.map((heading, index): Column | undefined => {
    const path = heading.trim();
    if (path === '') {
      problems.push({
        line: 1,
        path: `column ${index + 1}`,
        code: 'blank_column',
        message: 'has no heading; name it with a field path such as name.given, or delete it',
      });
      return undefined;
    }
    if (seen.has(path)) {
      problems.push({
        line: 1,
        path,
        code: 'duplicate_column',
        message: 'appears twice in the header; keep one column per field',
      });
      return undefined;
    }
    seen.add(path);
    const shape = lookup.describe(path);
    if (shape === undefined) {
      problems.push({
        line: 1,
        path,
        code: 'unknown_column',
        message: `is not a field of ${kind}; see \`parent-partner schema\` for the field paths`,
      });
      return undefined;
    }
    if (shape.kind === 'object') {
      problems.push({
        line: 1,
        path,
        code: 'unknown_column',
        message: 'holds several fields; use one column per field, for example children.0.placement',
      });
      return undefined;
    }
    return { path, shape };
  });
  return { columns, problems };
}

function readRow(
  cells: readonly string[],
  columns: readonly (Column | undefined)[],
  line: number,
): ImportedRow {
  const input: Record<string, unknown> = {};
  const issues: ValidationIssue[] = [];
  const withheldPaths: string[] = [];
  if (cells.length > columns.length) {
    issues.push({
      path: '',
      code: 'extra_column',
      message: `has ${cells.length} cells but the header has ${columns.length}; check for a stray separator or an unquoted comma`,
    });
  }
  columns.forEach((column, index) => {
    if (column === undefined) return;
    const raw = cells[index];
    if (raw === undefined) {
      issues.push({
        path: column.path,
        code: 'missing_column',
        message: `is missing: the row has ${cells.length} cells but the header has ${columns.length}`,
      });
      withheldPaths.push(column.path);
      return;
    }
    const cell = raw.trim();
    if (cell === '') return;
    if (column.shape.kind === 'list') {
      const itemShape = column.shape.item;
      const items = cell
        .split(listSeparator)
        .map((item) => item.trim())
        .filter((item) => item !== '');
      const values = items.map((item) => coerceScalar(item, itemShape));
      const formulaIndex = values.findIndex(
        (value) => typeof value === 'string' && looksLikeFormula(value),
      );
      if (formulaIndex >= 0) {
        issues.push({
          path: `${column.path}.${formulaIndex}`,
          code: formulaInjectionCode,
          message: formulaInjectionMessage,
        });
        withheldPaths.push(column.path);
        return;
      }
      setAtPath(input, column.path, values);
      return;
    }
    const value = coerceScalar(cell, column.shape.scalar);
    if (typeof value === 'string' && (looksLikeFormula(raw) || looksLikeFormula(cell))) {
      issues.push({
        path: column.path,
        code: formulaInjectionCode,
        message: formulaInjectionMessage,
      });
      withheldPaths.push(column.path);
      return;
    }
    setAtPath(input, column.path, value);
  });
  return { line, input, issues, withheldPaths };
}

/**
 * Reads a CSV export into records of `kind`: the header names dotted field paths (`name.given`,
 * `children.0.placement`), list cells hold items separated by `;`, booleans and numbers are converted
 * where the schema expects them, and each record keeps the physical line it starts on.
 */
export function importCsvRecords(text: string, kind: RecordKind): ImportedFile {
  let parsed: { record: string[]; raw: string }[];
  try {
    parsed = parse(text, {
      bom: true,
      raw: true,
      relax_column_count: true,
      // Spreadsheet exports leave quotes inside unquoted cells (a formula such as =HYPERLINK("...")).
      relax_quotes: true,
      skip_empty_lines: false,
    }) as unknown as { record: string[]; raw: string }[];
  } catch (error) {
    if (error instanceof CsvError) {
      // csv-parse messages quote the offending characters, so only its code and line are shown.
      const line = typeof error.lines === 'number' ? error.lines : 0;
      return {
        rows: [],
        problems: [
          {
            line,
            path: '',
            code: 'invalid_csv',
            message: `is not valid CSV (${error.code}); check the quotes on this line`,
          },
        ],
      };
    }
    throw error;
  }
  const first = parsed[0];
  if (first === undefined) {
    return {
      rows: [],
      problems: [
        { line: 0, path: '', code: 'empty_file', message: 'is empty; it needs a header line' },
      ],
    };
  }
  const { columns, problems } = readHeader(first.record, new FieldShapeLookup(kind), kind);
  const rows: ImportedRow[] = [];
  let line = 1 + countSpannedLines(first.raw);
  for (const { record, raw } of parsed.slice(1)) {
    const startLine = line;
    line += countSpannedLines(raw);
    if (record.every((cell) => cell.trim() === '')) continue;
    rows.push(readRow(record, columns, startLine));
  }
  return { rows, problems };
}
