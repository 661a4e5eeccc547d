import type { RecordKind } from '@parent-partner/core';
import { type CsvImportOptions, createCsvImporter } from './csv-importer';
import { collectImportEntries, type ImportEntry, type ImportResult } from './import-entry';
import { type ImportChunk, type ImportSource, readChunks, splitWhole } from './source-chunks';

/**
 * Reads a CSV file of records of `kind` as a stream of entries, one row at a time: memory holds one chunk
 * and one unfinished row, whatever the file's size. Each row becomes the record's nested input through
 * core's flat-row reader and is validated against the kind's schema; every problem names its
 * line, column and field path, never a cell's content.
 *
 * @example
 * const csv = 'id,parentId,childId,disposition,reportDate\no-1,p-1,c-1,substantiated,2026-03-01\no-2,p-1,c-1,,2026-03-02\n';
 * const lines = [];
 * for await (const entry of readCsvRecords('maltreatmentReport', csv)) {
 *   lines.push(entry.type === 'rejected' ? [entry.line, entry.problems.map((problem) => problem.code)] : [entry.line]);
 * }
 * lines;
 * //=> [[2], [3, ['empty']]]
 */
export async function* readCsvRecords<Kind extends RecordKind>(
  kind: Kind,
  source: ImportSource,
  options: CsvImportOptions = {},
): AsyncGenerator<ImportEntry<Kind>, void, undefined> {
  const importer = createCsvImporter(kind, options);
  for await (const chunk of readChunks(source)) {
    yield* importer.write(chunk);
    if (importer.stopped) return;
  }
  yield* importer.end();
}

/**
 * Reads a whole CSV file of records of `kind` at once (text, or bytes in `options.encoding`): its valid
 * records, its rejected rows and the problems of the file itself, each with its line.
 *
 * @example
 * const result = importCsvRecords(
 *   'maltreatmentReport',
 *   'id;parentId;childId;disposition;reportDate\r\no-1;p-1;c-1;substantiated;2026-03-01\r\n',
 * );
 * [result.records[0]?.record.disposition, result.records[0]?.line, result.problems]
 * //=> ['substantiated', 2, []]
 */
export function importCsvRecords<Kind extends RecordKind>(
  kind: Kind,
  text: ImportChunk,
  options: CsvImportOptions = {},
): ImportResult<Kind> {
  const importer = createCsvImporter(kind, options);
  const entries: ImportEntry<Kind>[] = [];
  for (const piece of splitWhole(text)) {
    for (const entry of importer.write(piece)) entries.push(entry);
    if (importer.stopped) break;
  }
  for (const entry of importer.end()) entries.push(entry);
  return collectImportEntries(entries);
}
