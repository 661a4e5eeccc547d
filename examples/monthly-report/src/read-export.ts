import {
  createRecordFromFlatRow,
  type RecordKind,
  type RecordOf,
  validateRecords,
} from '@parent-partner/core';
import { parse } from 'csv-parse/sync';
import type { ExportFile } from './columns';

/** A row of an export that failed validation: its line in the file and each field's problem. */
export interface RejectedRow {
  readonly file: string;
  readonly line: number;
  readonly problems: readonly string[];
}

/** The valid records of one export file, and the rows refused. */
export interface ReadExport<Kind extends RecordKind> {
  readonly records: RecordOf<Kind>[];
  readonly rejected: RejectedRow[];
}

/**
 * Reads a CSV export with its header mapping and validates every row with the core schemas: a bad row is
 * reported by line and field path (never by value) and the good rows are kept. An empty cell is a field
 * left out.
 */
export function readExport<Kind extends RecordKind>(
  text: string,
  file: ExportFile & { readonly kind: Kind },
): ReadExport<Kind> {
  const rows = parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const unknown = Object.keys(rows[0] ?? {}).filter((heading) => !(heading in file.columns));
  if (unknown.length > 0) {
    throw new Error(`${file.file}: no mapping for the column(s) ${unknown.join(', ')}`);
  }
  // The headings are renamed to field paths; core reads the cells by the kind's schema (lists, numbers,
  // yes/no) and withholds any cell a spreadsheet would run as a formula.
  const read = rows.map((row) =>
    createRecordFromFlatRow(
      file.kind,
      Object.fromEntries(
        Object.entries(row).map(([heading, cell]) => [file.columns[heading]!, cell]),
      ),
    ),
  );
  const result = validateRecords(
    file.kind,
    read.map((row) => row.input),
  );
  const schemaIssues = new Map(result.invalid.map((row) => [row.index, row.issues]));
  const rejected: RejectedRow[] = [];
  const validIndexes = new Set<number>();
  read.forEach((row, index) => {
    const issues = [...row.issues, ...(schemaIssues.get(index) ?? [])];
    if (issues.length === 0) {
      validIndexes.add(index);
      return;
    }
    rejected.push({
      file: file.file,
      // Line 1 is the header, and each record is one line in these exports.
      line: index + 2,
      problems: issues.map((issue) => `${issue.path || '(row)'}: ${issue.code}`),
    });
  });
  return {
    records: result.valid.filter((_, position) => validIndexes.has(result.validIndexes[position]!)),
    rejected,
  };
}
