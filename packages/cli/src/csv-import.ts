import {
  createRecordFromFlatRow,
  type RecordKind,
  type ValidationIssue,
} from '@parent-partner/core';
import { CsvError, parse } from 'csv-parse/sync';
import type { ImportedFile, ImportedRow, LineIssue } from './imported-row';

// csv-parse's own line counter drifts on CRLF inside quoted cells, so lines are counted from each
// record's raw text: the line breaks it contains, plus one when it is the last line without a break.
function countSpannedLines(raw: string): number {
  const breaks = raw.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /(\r\n|\r|\n)$/.test(raw) ? breaks : breaks + 1;
}

// Each heading is checked once, as a flat row holding only that (empty) field, so that a bad column is
// reported on the header line rather than on every record.
function readHeader(
  header: readonly string[],
  kind: RecordKind,
): { columns: (string | undefined)[]; problems: LineIssue[] } {
  const problems: LineIssue[] = [];
  const seen = new Set<string>();
  const columns = header.map((heading, index): string | undefined => {
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
    const [issue] = createRecordFromFlatRow(kind, { [path]: '' }).issues;
    if (issue === undefined) return path;
    problems.push({
      line: 1,
      path,
      code: 'unknown_column',
      message:
        issue.code === 'not_a_single_field'
          ? 'holds several fields; use one column per field, for example children.0.placement'
          : `is not a field of ${kind}; see \`parent-partner schema\` for the field paths`,
    });
    return undefined;
  });
  return { columns, problems };
}

function readRow(
  cells: readonly string[],
  columns: readonly (string | undefined)[],
  kind: RecordKind,
  line: number,
): ImportedRow {
  const issues: ValidationIssue[] = [];
  const withheldPaths: string[] = [];
  if (cells.length > columns.length) {
    issues.push({
      path: '',
      code: 'extra_column',
      message: `has ${cells.length} cells but the header has ${columns.length}; check for a stray separator or an unquoted comma`,
    });
  }
  const row: Record<string, string> = {};
  columns.forEach((path, index) => {
    if (path === undefined) return;
    const cell = cells[index];
    if (cell === undefined) {
      issues.push({
        path,
        code: 'missing_column',
        message: `is missing: the row has ${cells.length} cells but the header has ${columns.length}`,
      });
      withheldPaths.push(path);
      return;
    }
    row[path] = cell;
  });
  const record = createRecordFromFlatRow(kind, row);
  return {
    line,
    input: record.input,
    issues: [...issues, ...record.issues],
    withheldPaths: [...withheldPaths, ...record.withheldPaths],
  };
}

/**
 * Reads a CSV export into records of `kind`: the header names dotted field paths (`name.given`,
 * `children.0.placement`), each line becomes a record through core's `createRecordFromFlatRow` (lists split
 * on `;`, booleans and numbers converted where the schema expects them, formula cells withheld), and each
 * record keeps the physical line it starts on.
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
  const { columns, problems } = readHeader(first.record, kind);
  const rows: ImportedRow[] = [];
  let line = 1 + countSpannedLines(first.raw);
  for (const { record, raw } of parsed.slice(1)) {
    const startLine = line;
    line += countSpannedLines(raw);
    if (record.every((cell) => cell.trim() === '')) continue;
    rows.push(readRow(record, columns, kind, startLine));
  }
  return { rows, problems };
}
