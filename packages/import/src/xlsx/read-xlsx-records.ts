import { ParentPartnerError, type RecordKind } from '@parent-partner/core';
// Through the package's `imports` map: exceljs's Node build under the `node` condition, elsewhere its
// `bare` browser build, which (unlike the one its `browser` field names) installs no polyfill over the
// app's globals: that one replaces `Symbol` in an edge runtime, where reading a workbook then fails.
import ExcelJS from '#exceljs';
import {
  collectImportEntries,
  type ImportEntry,
  type ImportOptions,
  type ImportResult,
  toFileProblem,
} from '../import-entry';
import {
  type CellProblem,
  checkImportOptions,
  type RowCell,
  readHeader,
  readRecordRow,
} from '../record-columns';
import { readChunks } from '../source-chunks';

/** Options of the XLSX importer: the options every importer takes, plus the worksheet to read. */
export interface XlsxImportOptions extends ImportOptions {
  /** The worksheet to read: its name, or its 1-based position. Default: the first worksheet. */
  readonly sheet?: string | number;
}

/** Where a workbook comes from: its bytes, or their chunks (a `ReadableStream` or an async iterable). */
export type XlsxSource =
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>
  | Iterable<Uint8Array>;

const formulaCell: CellProblem = {
  code: 'formula_cell',
  message:
    'holds a formula, which is never evaluated or read; paste its value as plain text or a number instead',
};
const errorCell: CellProblem = {
  code: 'error_cell',
  message: 'holds a spreadsheet error value; correct the cell or leave it empty',
};
const unreadableCell: CellProblem = {
  code: 'unreadable_cell',
  message:
    'holds a value of a type that cannot be read; give plain text, a number, a date or yes/no',
};

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

// Excel stores a date as a day count with no time zone; exceljs reads it as a UTC instant, so the UTC
// fields are the ones the sheet shows. A date without a time is a calendar date.
function writeDate(date: Date): string | CellProblem {
  if (Number.isNaN(date.getTime())) return unreadableCell;
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const hours = date.getUTCHours();
  const minutes = date.getUTCMinutes();
  const seconds = date.getUTCSeconds();
  const milliseconds = date.getUTCMilliseconds();
  if (hours === 0 && minutes === 0 && seconds === 0 && milliseconds === 0) return day;
  const fraction = milliseconds === 0 ? '' : `.${pad(milliseconds, 3)}`;
  return `${day}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${fraction}`;
}

/** Turns an exceljs cell value into the text a flat row holds, or the problem of a cell read as no value. */
export function readXlsxCell(value: ExcelJS.CellValue): string | CellProblem {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : unreadableCell;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return writeDate(value);
  if (typeof value !== 'object') return unreadableCell;
  if ('formula' in value || 'sharedFormula' in value) return formulaCell;
  if ('error' in value) return errorCell;
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run) => (typeof run?.text === 'string' ? run.text : '')).join('');
  }
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    // exceljs gives a hyperlink's rich text as a nested value.
    return readXlsxCell(text as ExcelJS.CellValue);
  }
  return unreadableCell;
}

function readCells(row: ExcelJS.Row | undefined, width: number): RowCell[] {
  const cells: RowCell[] = [];
  if (row === undefined) return cells;
  const last = Math.max(width, row.cellCount);
  for (let column = 1; column <= last; column += 1) {
    cells.push(readXlsxCell(row.getCell(column).value));
  }
  return cells;
}

async function readBytes(source: XlsxSource): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of readChunks(source)) {
    if (typeof chunk === 'string') {
      throw new ParentPartnerError(
        'INVALID_ARGUMENT',
        'An XLSX workbook is binary: give its bytes, not text.',
      );
    }
    chunks.push(chunk);
    length += chunk.length;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

function fatal(code: string, message: string): ImportEntry<never> {
  return toFileProblem({ code, path: [], message, line: 0 }, true);
}

function findWorksheet(
  workbook: ExcelJS.Workbook,
  sheet: string | number | undefined,
): ExcelJS.Worksheet | undefined {
  if (typeof sheet === 'string') return workbook.getWorksheet(sheet);
  return workbook.worksheets[(sheet ?? 1) - 1];
}

/**
 * Reads an XLSX worksheet of records of `kind` as entries, one row at a time, with the same rows and
 * problems as the CSV importer: row 1 is the header of field paths, each later row becomes the record's
 * nested input through core's flat-row reader and is validated against the kind's schema. Cells
 * keep their types (numbers, dates as `YYYY-MM-DD`, yes/no); a formula is never evaluated, and neither it
 * nor its cached result is read (`formula_cell`). Problems name the row, column and field path, never a
 * cell's content.
 *
 * The workbook is unzipped in memory (exceljs), so its size bounds the memory used; for statewide files,
 * export CSV and use `readCsvRecords`.
 *
 * @example
 * ```ts
 * import ExcelJS from 'exceljs';
 *
 * const workbook = new ExcelJS.Workbook();
 * const sheet = workbook.addWorksheet('Reports');
 * sheet.addRow(['id', 'parentId', 'childId', 'disposition', 'reportDate']);
 * sheet.addRow(['o-1', 'p-1', 'c-1', 'substantiated', new Date(Date.UTC(2026, 2, 1))]);
 * sheet.addRow(['o-2', 'p-1', 'c-1', 'substantiated', { formula: 'TODAY()' }]);
 * const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
 * const rows = [];
 * for await (const entry of readXlsxRecords('maltreatmentReport', bytes)) {
 *   rows.push(entry.type === 'record' ? entry.record.reportDate : entry.type === 'rejected' ? entry.problems[0]?.code : entry.type);
 * }
 * rows;
 * //=> ['2026-03-01', 'formula_cell']
 * ```
 */
export async function* readXlsxRecords<Kind extends RecordKind>(
  kind: Kind,
  source: XlsxSource,
  options: XlsxImportOptions = {},
): AsyncGenerator<ImportEntry<Kind>, void, undefined> {
  checkImportOptions(kind, options);
  const { sheet } = options;
  if (
    sheet !== undefined &&
    typeof sheet !== 'string' &&
    !(Number.isSafeInteger(sheet) && sheet > 0)
  ) {
    throw new ParentPartnerError(
      'INVALID_ARGUMENT',
      'options.sheet must be a worksheet name or a 1-based position.',
    );
  }
  const bytes = await readBytes(source);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // exceljs's messages may quote the file's content, so none of it is kept.
    yield fatal('invalid_xlsx', 'is not an XLSX workbook that can be read; save it again as .xlsx');
    return;
  }
  const worksheet = findWorksheet(workbook, sheet);
  if (worksheet === undefined) {
    yield fatal(
      'missing_sheet',
      sheet === undefined
        ? 'holds no worksheet'
        : 'has no worksheet by that name or position; check options.sheet',
    );
    return;
  }
  const headerRow = worksheet.findRow(1);
  const headings = readCells(headerRow, 0);
  while (headings.length > 0 && headings.at(-1) === '') headings.pop();
  if (headings.length === 0) {
    yield fatal('empty_file', 'has no header in row 1; it needs a header row of field paths');
    return;
  }
  const { plan, problems } = readHeader(kind, headings, options);
  for (const problem of problems) {
    yield toFileProblem(problem, plan === undefined);
  }
  if (plan === undefined) return;
  const width = headings.length;
  for (let line = 2; line <= worksheet.rowCount; line += 1) {
    const cells = readCells(worksheet.findRow(line), width);
    if (cells.every((cell) => cell === '' || cell === undefined)) continue;
    yield readRecordRow(plan, cells, line) as ImportEntry<Kind>;
  }
}

/**
 * Reads a whole XLSX worksheet of records of `kind`: its valid records, its rejected rows and the problems
 * of the sheet itself, each with its row number.
 *
 * @example
 * ```ts
 * import ExcelJS from 'exceljs';
 *
 * const workbook = new ExcelJS.Workbook();
 * const sheet = workbook.addWorksheet('Parents');
 * sheet.addRow(['id', 'name.given', 'name.family', 'languages', 'countyFips', 'interpreterNeeded']);
 * sheet.addRow(['p-1', 'Sample', 'Parent', 'es;en', 55029, true]);
 * const result = await importXlsxRecords('parent', await workbook.xlsx.writeBuffer());
 * [result.records[0]?.record.languages, result.records[0]?.record.interpreterNeeded, result.problems]
 * //=> [['es', 'en'], true, []]
 * ```
 */
export async function importXlsxRecords<Kind extends RecordKind>(
  kind: Kind,
  source: XlsxSource,
  options: XlsxImportOptions = {},
): Promise<ImportResult<Kind>> {
  const entries: ImportEntry<Kind>[] = [];
  for await (const entry of readXlsxRecords(kind, source, options)) entries.push(entry);
  return collectImportEntries(entries);
}
