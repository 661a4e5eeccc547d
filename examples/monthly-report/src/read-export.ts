import { type RecordKind, type RecordOf, validateRecords } from '@parent-partner/core';
import { parse } from 'csv-parse/sync';
import type { CellType, ExportFile } from './columns';

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

function readCell(cell: string, type: CellType): unknown {
  if (type === 'number') return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
  if (type === 'boolean') {
    if (/^(yes|true|1)$/i.test(cell)) return true;
    if (/^(no|false|0)$/i.test(cell)) return false;
    return cell;
  }
  if (type === 'list') return cell.split(';').map((item) => item.trim());
  return cell;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
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
  const inputs = rows.map((row) => {
    const input: Record<string, unknown> = {};
    for (const [heading, cell] of Object.entries(row)) {
      const column = file.columns[heading]!;
      if (cell.trim() !== '') setPath(input, column.path, readCell(cell.trim(), column.type));
    }
    return input;
  });
  const result = validateRecords(file.kind, inputs);
  return {
    records: result.valid,
    rejected: result.invalid.map((row) => ({
      file: file.file,
      // Line 1 is the header, and each record is one line in these exports.
      line: row.index + 2,
      problems: row.issues.map((issue) => `${issue.path || '(row)'}: ${issue.code}`),
    })),
  };
}
