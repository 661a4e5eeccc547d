import { ParentPartnerError, type RecordKind } from '@parent-partner/core';
import { CsvError, parse } from '#csv-parse-sync';
import {
  type ImportEntry,
  type ImportOptions,
  type ImportProblem,
  toFileProblem,
} from './import-entry';
import { type ColumnPlan, checkImportOptions, readHeader, readRecordRow } from './record-columns';

/** A cell separator the CSV importer reads. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Options of the CSV importer: the options every importer takes, plus separator, encoding and size limits. */
export interface CsvImportOptions extends ImportOptions {
  /**
   * The cell separator, or `'auto'` (the default) to detect it from the header line: the separator among
   * comma, semicolon and tab whose headings name the most fields (a tie between two is refused).
   */
  readonly delimiter?: CsvDelimiter | 'auto';
  /**
   * The encoding of byte input, as a WHATWG encoding label (`utf-8`, `windows-1252`, `utf-16le`...). Default:
   * UTF-8, or UTF-16 when the bytes start with its byte-order mark. Bytes that are not valid in the encoding
   * are refused (`invalid_encoding`), never read as replacement characters. String input is taken as decoded.
   */
  readonly encoding?: string;
  /** The most bytes one row may take; a larger row (or an unclosed quote) is refused (`record_too_large`). Default 1 MiB. */
  readonly maxRecordBytes?: number;
}

/**
 * A CSV importer fed one chunk at a time: each call returns the entries the chunk completed, so memory holds
 * one chunk and one unfinished row at most, whatever the file's size.
 */
export interface CsvImporter<Kind extends RecordKind = RecordKind> {
  /** Reads the next chunk of the file (text, or bytes in the importer's encoding) and returns the entries it completed. */
  write(chunk: string | Uint8Array): ImportEntry<Kind>[];
  /** Ends the file and returns the entries of its last row and any problem of its end (an unclosed quote). */
  end(): ImportEntry<Kind>[];
  /** The cell separator in use, once the header line has been read. */
  readonly delimiter: CsvDelimiter | undefined;
  /** `true` once a fatal problem stopped the import: later chunks are ignored. */
  readonly stopped: boolean;
}

const candidates: readonly CsvDelimiter[] = [',', ';', '\t'];
const defaultMaxRecordBytes = 1_048_576;
// The most text parsed in one call, so that one huge chunk does not make one huge list of rows.
const sliceLength = 1_048_576;
const lineBreaks = /\r\n|\r|\n/g;

interface ParsedRecord {
  readonly record: string[];
  readonly raw: string;
}

// csv-parse's own line counter drifts on CRLF inside quoted cells, so lines are counted from each
// record's raw text: the line breaks it contains, plus one when it is the last line without a break.
function countSpannedLines(raw: string): number {
  const breaks = raw.match(lineBreaks)?.length ?? 0;
  return /[\r\n]$/.test(raw) ? breaks : breaks + 1;
}

function countBreaks(text: string): number {
  return text.match(lineBreaks)?.length ?? 0;
}

// The end of the last complete line in `text` at or before `limit` (0 when there is none). A CR ends a
// line alone only when a character other than LF follows it: at the end of the text it may be half a CRLF.
function findLineEnd(text: string, limit: number): number {
  const newline = limit > 0 ? text.lastIndexOf('\n', limit - 1) : -1;
  let carriage = limit > 0 ? text.lastIndexOf('\r', limit - 1) : -1;
  while (
    carriage > newline &&
    (carriage + 1 >= text.length || text.charCodeAt(carriage + 1) === 10)
  ) {
    carriage = carriage > 0 ? text.lastIndexOf('\r', carriage - 1) : -1;
  }
  return Math.max(newline, carriage) + 1;
}

// The end of the first complete line that ends after `from` (0 when there is none).
function findNextLineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  const carriage = text.indexOf('\r', from);
  if (carriage !== -1 && (newline === -1 || carriage < newline)) {
    if (carriage + 1 >= text.length) return 0;
    if (text.charCodeAt(carriage + 1) !== 10) return carriage + 1;
  }
  return newline === -1 ? 0 : newline + 1;
}

function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

function describeCsvError(error: CsvError, maxRecordBytes: number): Omit<ImportProblem, 'line'> {
  // csv-parse's messages quote the characters around the fault, so only its code is kept.
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return {
      code: 'unclosed_quote',
      path: [],
      message:
        'a quoted cell that starts on or after this line is never closed; check the quotes of this row',
    };
  }
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return {
      code: 'record_too_large',
      path: [],
      message: `a row starting on or after this line is larger than the ${maxRecordBytes} bytes allowed; check for an unclosed quote`,
    };
  }
  return {
    code: 'invalid_csv',
    path: [],
    message: `is not valid CSV (${error.code}); check the quotes on this line`,
  };
}

// The part of the WHATWG TextDecoder used here, named so that the types do not depend on the DOM library.
interface Decoder {
  readonly encoding: string;
  decode(input: Uint8Array, options?: { stream?: boolean }): string;
}

function createDecoder(label: string): Decoder {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    throw new ParentPartnerError(
      'INVALID_ARGUMENT',
      'options.encoding is not an encoding this runtime can decode; name a WHATWG encoding label such as utf-8 or windows-1252.',
    );
  }
}

class StreamingCsvImporter<Kind extends RecordKind> implements CsvImporter<Kind> {
  readonly #kind: Kind;
  readonly #options: CsvImportOptions;
  readonly #maxRecordBytes: number;
  #decoder: Decoder | undefined;
  #started = false;
  #pending = '';
  // The physical line the pending text starts on.
  #line = 1;
  // After an attempt found the pending text's last row still inside quotes, the next attempt waits for
  // twice as much text, so a long quoted cell is re-read a bounded number of times.
  #nextAttempt = 0;
  #plan: ColumnPlan | undefined;
  #delimiter: CsvDelimiter | undefined;
  #stopped = false;
  #ended = false;

  constructor(kind: Kind, options: CsvImportOptions) {
    checkImportOptions(kind, options);
    const { delimiter, maxRecordBytes, encoding } = options;
    if (delimiter !== undefined && delimiter !== 'auto' && !candidates.includes(delimiter)) {
      throw new ParentPartnerError(
        'INVALID_ARGUMENT',
        "options.delimiter must be ',', ';', a tab or 'auto'.",
      );
    }
    if (
      maxRecordBytes !== undefined &&
      !(Number.isSafeInteger(maxRecordBytes) && maxRecordBytes > 0)
    ) {
      throw new ParentPartnerError(
        'INVALID_ARGUMENT',
        'options.maxRecordBytes must be a positive integer.',
      );
    }
    if (encoding !== undefined) this.#decoder = createDecoder(encoding);
    this.#kind = kind;
    this.#options = options;
    this.#maxRecordBytes = maxRecordBytes ?? defaultMaxRecordBytes;
    if (delimiter !== undefined && delimiter !== 'auto') this.#delimiter = delimiter;
  }

  get delimiter(): CsvDelimiter | undefined {
    return this.#plan === undefined ? undefined : this.#delimiter;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  write(chunk: string | Uint8Array): ImportEntry<Kind>[] {
    if (this.#ended) {
      throw new ParentPartnerError('INVALID_ARGUMENT', 'The CSV importer has already ended.');
    }
    const entries: ImportEntry<Kind>[] = [];
    if (!this.#stopped) this.#take(chunk, false, entries);
    return entries;
  }

  end(): ImportEntry<Kind>[] {
    if (this.#ended) return [];
    this.#ended = true;
    const entries: ImportEntry<Kind>[] = [];
    if (this.#stopped) return entries;
    this.#take(this.#decoder === undefined ? '' : new Uint8Array(0), true, entries);
    if (!this.#stopped && this.#plan === undefined) {
      this.#fail(entries, {
        code: 'empty_file',
        path: [],
        message: 'is empty; it needs a header line of field paths',
        line: 0,
      });
    }
    return entries;
  }

  #append(text: string): void {
    if (text === '') return;
    if (!this.#started) {
      this.#started = true;
      this.#pending = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      return;
    }
    this.#pending += text;
  }

  // Decodes bytes; on bytes the encoding cannot read, returns the text before them and the problem.
  #decode(bytes: Uint8Array, final: boolean): { text: string; problem?: ImportProblem } {
    if (this.#decoder === undefined) {
      // Without a named encoding, a UTF-16 byte-order mark says the file is UTF-16; anything else is UTF-8.
      const label =
        bytes[0] === 0xff && bytes[1] === 0xfe
          ? 'utf-16le'
          : bytes[0] === 0xfe && bytes[1] === 0xff
            ? 'utf-16be'
            : 'utf-8';
      this.#decoder = createDecoder(label);
    }
    try {
      return { text: this.#decoder.decode(bytes, { stream: !final }) };
    } catch {
      // A lenient decoder marks the bytes it cannot read with U+FFFD; it is used only to find where they
      // are, and nothing from that point on is read.
      const lenient = new TextDecoder(this.#decoder.encoding).decode(bytes);
      const text = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
      return {
        text,
        problem: {
          code: 'invalid_encoding',
          path: [],
          message: `holds bytes that are not valid ${this.#decoder.encoding}; save the file as UTF-8, or name the encoding it was saved in`,
          line: 0,
        },
      };
    }
  }

  #take(chunk: string | Uint8Array, final: boolean, entries: ImportEntry<Kind>[]): void {
    const { text, problem } =
      typeof chunk === 'string' ? { text: chunk } : this.#decode(chunk, final);
    this.#append(text);
    this.#drain(final && problem === undefined, entries);
    if (problem !== undefined && !this.#stopped) {
      // The bytes that do not decode are on the line the readable text before them ends on.
      this.#fail(entries, { ...problem, line: this.#line + countBreaks(this.#pending) });
    }
  }

  #fail(entries: ImportEntry<Kind>[], problem: ImportProblem): void {
    this.#stopped = true;
    this.#pending = '';
    entries.push(toFileProblem(problem, true));
  }

  #drain(final: boolean, entries: ImportEntry<Kind>[]): void {
    while (!this.#stopped && this.#pending !== '') {
      const pending = this.#pending;
      const target = Math.max(sliceLength, this.#nextAttempt);
      let cut: number;
      if (pending.length <= target) {
        cut = final ? pending.length : findLineEnd(pending, pending.length);
        if (!final && cut < this.#nextAttempt) cut = 0;
      } else {
        cut = findLineEnd(pending, target);
        if (cut === 0 || cut < this.#nextAttempt) cut = findNextLineEnd(pending, target);
        if (cut === 0 && final) cut = pending.length;
      }
      if (cut === 0) {
        // Waiting for more text; a line longer than a row may be cannot belong to a valid row.
        const lastLineEnd = findLineEnd(pending, pending.length);
        if (pending.length - lastLineEnd > this.#maxRecordBytes) {
          this.#fail(entries, {
            code: 'record_too_large',
            path: [],
            message: `a row starting on or after this line is larger than the ${this.#maxRecordBytes} bytes allowed; check for an unclosed quote`,
            line: this.#line + countBreaks(pending.slice(0, lastLineEnd)),
          });
        }
        return;
      }
      const isLast = final && cut === pending.length;
      if (!this.#parse(pending.slice(0, cut), isLast, entries)) continue;
      this.#pending = pending.slice(cut);
      this.#nextAttempt = 0;
    }
  }

  // Parses text that ends at a line break (or the end of the file); returns false when its last row is
  // still inside quotes, so more text is needed.
  #parse(text: string, isLast: boolean, entries: ImportEntry<Kind>[]): boolean {
    if (this.#plan === undefined && this.#delimiter === undefined) {
      this.#delimiter = this.#detectDelimiter(text, entries);
    }
    const delimiter = this.#delimiter;
    if (delimiter === undefined) return true;
    // Rows are gathered as csv-parse completes them, so the rows before a fault are kept.
    const records: ParsedRecord[] = [];
    let fault: ImportProblem | undefined;
    try {
      parse(text, {
        bom: false,
        delimiter,
        max_record_size: this.#maxRecordBytes,
        raw: true,
        relax_column_count: true,
        // Spreadsheet exports leave quotes inside unquoted cells (a formula such as =HYPERLINK("...")).
        relax_quotes: true,
        skip_empty_lines: false,
        on_record: (record: unknown) => {
          records.push(record as ParsedRecord);
          return undefined;
        },
      });
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      if (error.code === 'CSV_QUOTE_NOT_CLOSED' && !isLast) {
        this.#nextAttempt = Math.max(text.length * 2, text.length + 1);
        return false;
      }
      fault = { ...describeCsvError(error, this.#maxRecordBytes), line: 0 };
    }
    for (const { record, raw } of records) {
      if (this.#stopped) break;
      const line = this.#line;
      this.#line += countSpannedLines(raw);
      if (this.#plan === undefined) {
        this.#readHeader(record, entries);
        continue;
      }
      if (isBlankRecord(record)) continue;
      entries.push(readRecordRow(this.#plan, record, line) as ImportEntry<Kind>);
    }
    // The faulty row starts on the line after the last complete one.
    if (fault !== undefined && !this.#stopped) this.#fail(entries, { ...fault, line: this.#line });
    return true;
  }

  #readHeader(headings: readonly string[], entries: ImportEntry<Kind>[]): void {
    const { plan, problems } = readHeader(this.#kind, headings, this.#options);
    for (const problem of problems) {
      entries.push(toFileProblem(problem, plan === undefined));
    }
    if (plan === undefined) {
      this.#stopped = true;
      this.#pending = '';
      return;
    }
    this.#plan = plan;
  }

  // Reads the header line with each separator and keeps the one whose headings name the most fields.
  #detectDelimiter(text: string, entries: ImportEntry<Kind>[]): CsvDelimiter | undefined {
    const firstLineEnd = findNextLineEnd(text, 0) || text.length;
    const header = text.slice(0, firstLineEnd);
    const maxColumns = this.#options.maxColumns ?? 1_000;
    const scores = candidates.map((delimiter) => {
      try {
        const [headings] = parse(header, {
          delimiter,
          relax_column_count: true,
          relax_quotes: true,
          max_record_size: this.#maxRecordBytes,
        }) as string[][];
        if (headings === undefined || headings.length < 2 || headings.length > maxColumns) return 0;
        const reading = readHeader(this.#kind, headings, this.#options);
        return reading.plan === undefined ? 0 : reading.plan.columnOfKey.size;
      } catch {
        return 0;
      }
    });
    const best = Math.max(...scores);
    if (best === 0) return ',';
    const winners = candidates.filter((_, index) => scores[index] === best);
    if (winners.length === 1) return winners[0];
    this.#fail(entries, {
      code: 'ambiguous_delimiter',
      path: [],
      message: `the header reads as ${best} field(s) when split on ${winners.map((delimiter) => (delimiter === '\t' ? 'tabs' : `'${delimiter}'`)).join(' and on ')}; name the separator (options.delimiter)`,
      line: 1,
    });
    return undefined;
  }
}

/**
 * Creates a CSV importer for records of `kind`, fed one chunk at a time (`write`, then `end`): for streams
 * and files of any size, with the same rows and problems as {@link importCsvRecords}.
 *
 * @example
 * const importer = createCsvImporter('maltreatmentReport');
 * const entries = [
 *   ...importer.write('id,parentId,childId,disposition,reportDate\no-1,p-1,c-1,substan'),
 *   ...importer.write('tiated,2026-03-01\n'),
 *   ...importer.end(),
 * ];
 * entries.map((entry) => [entry.type, entry.type === 'record' ? entry.line : undefined]);
 * //=> [['record', 2]]
 */
export function createCsvImporter<Kind extends RecordKind>(
  kind: Kind,
  options: CsvImportOptions = {},
): CsvImporter<Kind> {
  return new StreamingCsvImporter(kind, options);
}
