import { ParentPartnerError } from '@parent-partner/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvImporter } from './csv-importer';
import {
  collectImportEntries,
  type ImportEntry,
  type ImportResult,
  listImportProblems,
} from './import-entry';
import { importCsvRecords, readCsvRecords } from './read-csv-records';

const header =
  'id,name.given,name.family,languages,countyFips,interpreterNeeded,children.0.id,children.0.ageYears,children.0.permanencyGoal';
const reportHeader = 'id,parentId,childId,disposition,reportDate';
const reportRow = (id: string, date = '2026-03-01') => `${id},p-1,c-1,substantiated,${date}`;

function problemsOf(result: ImportResult): [number, string, string, number | undefined][] {
  return listImportProblems(result).map((problem) => [
    problem.line,
    problem.path.join('.'),
    problem.code,
    problem.column,
  ]);
}

async function collect<Kind extends 'parent' | 'maltreatmentReport'>(
  entries: AsyncIterable<ImportEntry<Kind>>,
): Promise<ImportEntry<Kind>[]> {
  const all: ImportEntry<Kind>[] = [];
  for await (const entry of entries) all.push(entry);
  return all;
}

describe('importCsvRecords: rows to records', () => {
  it('maps dotted headings to nested fields, splits lists and converts booleans and numbers', () => {
    const result = importCsvRecords(
      'parent',
      `${header}\np-1,Sample,Parent-One, en ; es ,55029,yes,c-1,4,adoption\n`,
    );
    expect(listImportProblems(result)).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      type: 'record',
      line: 2,
      record: {
        id: 'p-1',
        name: { given: 'Sample', family: 'Parent-One' },
        languages: ['en', 'es'],
        interpreterNeeded: true,
        children: [{ id: 'c-1', ageYears: 4, permanencyGoal: 'adoption' }],
      },
    });
  });

  it('rejects a row with every problem by line, field path and column, and keeps its input', () => {
    const result = importCsvRecords(
      'parent',
      `${header}\np-1,Sample,,en,55029,perhaps,c-1,four,on_the_moon\n`,
    );
    expect(result.records).toEqual([]);
    expect(result.rejected[0]?.input).toEqual({
      id: 'p-1',
      name: { given: 'Sample' },
      languages: ['en'],
      countyFips: '55029',
      interpreterNeeded: 'perhaps',
      children: [{ id: 'c-1', ageYears: 'four', permanencyGoal: 'on_the_moon' }],
    });
    expect(problemsOf(result)).toEqual([
      [2, 'name.family', 'empty', 3],
      [2, 'interpreterNeeded', 'invalid_type', 6],
      [2, 'children.0.ageYears', 'invalid_type', 8],
      [2, 'children.0.permanencyGoal', 'unknown_code', 9],
    ]);
  });

  it('numbers each row by the physical line it starts on, across quoted line breaks, CRLF and blank lines', () => {
    const text = [
      header,
      'p-1,Sample,"Two\r\nLines",en,55029,no,c-1,4,adoption',
      '',
      'p-2,Sample,Parent-Two,en,55029,no,c-2,4,adoption',
      'p-3,Sample,"Three',
      'Lines',
      'Here",en,55029,no,c-3,4,adoption',
      'p-4,Sample,Parent-Four,en,55029,no,c-4,4,adoption',
    ].join('\r\n');
    expect(importCsvRecords('parent', text).records.map((entry) => entry.line)).toEqual([
      2, 5, 6, 9,
    ]);
  });

  it('reads a byte-order mark, in text and in bytes, and a last line without a line break', () => {
    const text = `\uFEFF${reportHeader}\n${reportRow('o-1')}`;
    for (const input of [text, new TextEncoder().encode(text)]) {
      const result = importCsvRecords('maltreatmentReport', input);
      expect(listImportProblems(result)).toEqual([]);
      expect(result.records.map((entry) => entry.line)).toEqual([2]);
    }
  });

  it('reads UTF-16 with its byte-order mark', () => {
    const text = `${reportHeader}\r\n${reportRow('o-1')}\r\n`;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index += 1) {
      bytes[2 + index * 2] = text.charCodeAt(index);
    }
    expect(
      importCsvRecords('maltreatmentReport', bytes).records.map((entry) => entry.record.id),
    ).toEqual(['o-1']);
  });

  it('withholds a formula cell and reports it by path, without its value', () => {
    const result = importCsvRecords(
      'parent',
      `${header}\np-1,"=HYPERLINK(""http://example.invalid"")",One,en;@x,55029,no,c-1,4,adoption\n`,
    );
    expect(problemsOf(result)).toEqual([
      [2, 'name.given', 'formula_injection', 2],
      [2, 'languages.1', 'formula_injection', 4],
    ]);
    expect(JSON.stringify(result)).not.toContain('HYPERLINK');
  });

  it('reports each missing cell of a short row and the extra cells of a long one', () => {
    const result = importCsvRecords(
      'maltreatmentReport',
      `${reportHeader}\no-1,p-1,c-1\n${reportRow('o-2')},extra\n${reportRow('o-3')},,\n`,
    );
    expect(problemsOf(result)).toEqual([
      [2, 'disposition', 'missing_column', 4],
      [2, 'reportDate', 'missing_column', 5],
      [3, '', 'extra_column', undefined],
    ]);
    // Trailing empty cells, as spreadsheets export them, are not extra.
    expect(result.records.map((entry) => entry.line)).toEqual([4]);
  });

  it('skips rows whose cells are all empty and reports an empty file', () => {
    expect(importCsvRecords('parent', `${header}\n,,,,,,,,\n`).rowCount).toBe(0);
    const empty = importCsvRecords('parent', '');
    expect(empty.problems.map((problem) => problem.code)).toEqual(['empty_file']);
    expect(empty.stopped).toBe(true);
  });

  it('reads headings through a column mapping', () => {
    const result = importCsvRecords(
      'maltreatmentReport',
      'Outcome ID,Parent ID,Child ID,Event,Date,Notes\no-1,p-1,c-1,substantiated,2026-03-01,x\n',
      {
        columns: {
          'Outcome ID': 'id',
          'Parent ID': 'parentId',
          'Child ID': 'childId',
          Event: 'disposition',
          Date: 'reportDate',
        },
      },
    );
    expect(result.records[0]?.record).toMatchObject({ id: 'o-1', disposition: 'substantiated' });
    expect(problemsOf(result)).toEqual([[1, '', 'unknown_column', 6]]);
    expect(JSON.stringify(result.problems)).not.toContain('Notes');
  });
});

describe('importCsvRecords: required cells', () => {
  it('reports an empty required cell as empty, and a required field without a column as the schema does', () => {
    const result = importCsvRecords(
      'parent',
      'id,name.given,name.family,languages,countyFips,children.0.id,children.0.ageYears,address.line1\n,Sample,One,en,55029,,4,\n',
    );
    expect(problemsOf(result)).toEqual([
      [2, 'id', 'empty', 1],
      [2, 'children.0.id', 'empty', 6],
    ]);
    expect(listImportProblems(result)[0]?.message).toBe('is empty; a parent record needs it');
  });

  it('keeps the schema issue of a required field with no column at all', () => {
    const result = importCsvRecords(
      'maltreatmentReport',
      'id,parentId,childId,disposition\no-1,p-1,c-1,substantiated\n',
    );
    expect(problemsOf(result)).toEqual([[2, 'reportDate', 'invalid_type', undefined]]);
  });
});

describe('importCsvRecords: header checks, never echoing a heading', () => {
  it('reports unknown, grouped, duplicate and blank columns by column number at line 1', () => {
    const result = importCsvRecords('parent', 'id,nickname,name,id,,languages\n');
    expect(problemsOf(result)).toEqual([
      [1, '', 'unknown_column', 2],
      [1, '', 'unknown_column', 3],
      [1, '', 'duplicate_column', 4],
      [1, '', 'blank_column', 5],
    ]);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      "column 2 (B) is not a field of parent; see the kind's JSON Schema for its field paths",
      'column 3 (C) names a group of fields; use one column per field, for example children.0.permanencyGoal',
      'column 4 (D) names the same field as column 1 (A); keep one column per field',
      'column 5 (E) has no heading; name it with a field path such as name.given, or delete it',
    ]);
    expect(JSON.stringify(result)).not.toContain('nickname');
  });

  it('refuses header aliases of one field and columns that overlap', () => {
    const result = importCsvRecords(
      'parent',
      'id,children.0.id,children.00.id,languages,languages.1,name.given\n',
    );
    expect(problemsOf(result)).toEqual([
      [1, '', 'duplicate_column', 3],
      [1, '', 'overlapping_column', 5],
    ]);
    const reversed = importCsvRecords('parent', 'languages.0,languages\n');
    expect(problemsOf(reversed)).toEqual([[1, '', 'overlapping_column', 2]]);
  });

  it('refuses a headerless file with one problem that names no value of its first row', () => {
    const firstRow = ['p-17', 'Sampleton', 'Parent-One', 'xx-yy', '55029', 'nope', 'c-17', '44'];
    const result = importCsvRecords('parent', `${firstRow.join(',')}\np-2,A,B,en,55029,no,c,4\n`);
    expect(result.stopped).toBe(true);
    expect(result.rowCount).toBe(0);
    expect(problemsOf(result)).toEqual([[1, '', 'missing_header', undefined]]);
    const text = JSON.stringify(result);
    for (const value of firstRow) expect(text).not.toContain(value);
  });

  it('refuses list indexes past the limit and headings that are no field path', () => {
    const result = importCsvRecords('parent', 'id,children.1000.id,children.-1.id,1,a..b\n');
    expect(problemsOf(result).map(([, , code, column]) => [code, column])).toEqual([
      ['unknown_column', 2],
      ['unknown_column', 3],
      ['unknown_column', 4],
      ['unknown_column', 5],
    ]);
  });

  it('never lets terminal control sequences or heading text into a message', () => {
    const hostile = '\u001b[2J\u001b]0;owned\u0007';
    const result = importCsvRecords(
      'parent',
      `id,"${hostile}name",name.given\n"${hostile}","${hostile}"\n`,
    );
    const messages = listImportProblems(result).map((problem) => problem.message);
    expect(messages.length).toBeGreaterThan(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
    for (const message of messages) expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(JSON.stringify(result.problems)).not.toContain('owned');
  });
});

describe('importCsvRecords: separators', () => {
  it.each([
    [';', 'semicolon'],
    ['\t', 'tab'],
  ])('detects a %s-separated file from its header', (delimiter) => {
    const text = `${reportHeader.replaceAll(',', delimiter)}\n${reportRow('o-1').replaceAll(',', delimiter)}\n`;
    const importer = createCsvImporter('maltreatmentReport');
    const result = collectImportEntries([...importer.write(text), ...importer.end()]);
    expect(listImportProblems(result)).toEqual([]);
    expect(result.records.map((entry) => entry.record.id)).toEqual(['o-1']);
    expect(importer.delimiter).toBe(delimiter);
  });

  it('keeps commas inside a semicolon-separated file’s cells', () => {
    const result = importCsvRecords(
      'parent',
      'id;name.given;name.family;languages;countyFips\np-1;Sample, Jr.;One;en;55029\n',
    );
    expect(result.records[0]?.record.name).toMatchObject({ given: 'Sample, Jr.' });
  });

  it('refuses a header that reads as well on two separators, and reads it when the separator is named', () => {
    const text = 'id;name.given,name.family\n';
    const refused = importCsvRecords('parent', text);
    expect(problemsOf(refused)).toEqual([[1, '', 'ambiguous_delimiter', undefined]]);
    expect(refused.stopped).toBe(true);
    const named = importCsvRecords('parent', text, { delimiter: ';' });
    expect(named.problems.map((problem) => problem.code)).toEqual(['unknown_column']);
  });
});

describe('importCsvRecords: encodings', () => {
  it('refuses bytes that are not valid UTF-8, on the line they are on, without reading replacement characters', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(`${reportHeader}\n${reportRow('o-1')}\no-2,p-`),
      0xe9,
      ...new TextEncoder().encode(`,c-1,substantiated,2026-03-01\n${reportRow('o-3')}\n`),
    ]);
    const result = importCsvRecords('maltreatmentReport', bytes);
    expect(result.records.map((entry) => entry.record.id)).toEqual(['o-1']);
    expect(problemsOf(result)).toEqual([[3, '', 'invalid_encoding', undefined]]);
    expect(result.stopped).toBe(true);
    expect(JSON.stringify(result)).not.toContain('\uFFFD');
  });

  it('refuses a sequence cut at the end of the file', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${reportHeader}\n`), 0xc3]);
    expect(importCsvRecords('maltreatmentReport', bytes).problems[0]?.code).toBe(
      'invalid_encoding',
    );
  });

  it('decodes from an encoding the caller names', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('id,name.given,name.family,languages,countyFips\np-1,Jos'),
      0xe9,
      ...new TextEncoder().encode(',One,es,55029\n'),
    ]);
    const result = importCsvRecords('parent', bytes, { encoding: 'windows-1252' });
    expect(result.records[0]?.record.name).toMatchObject({ given: 'José' });
  });

  it('throws the SDK error for an encoding it cannot decode and for bad options', () => {
    for (const options of [
      { encoding: 'no-such-encoding' },
      { delimiter: '|' as ',' },
      { maxRecordBytes: 0 },
      { maxColumns: -1 },
      { listSeparator: '' },
      { columns: { 'Parent ID': 'nickname' } },
    ]) {
      let caught: unknown;
      try {
        createCsvImporter('parent', options);
      } catch (error) {
        caught = error;
      }
      expect(ParentPartnerError.isInstance(caught)).toBe(true);
      expect((caught as ParentPartnerError).code).toBe('INVALID_ARGUMENT');
    }
    expect(() => createCsvImporter('pet' as 'parent')).toThrow(ParentPartnerError);
  });
});

describe('importCsvRecords: broken and hostile files', () => {
  it('reports an unclosed quote by line, not by the text', () => {
    const result = importCsvRecords(
      'maltreatmentReport',
      `${reportHeader}\n${reportRow('o-1')}\no-2,"Sample\n`,
    );
    expect(result.records.map((entry) => entry.line)).toEqual([2]);
    expect(problemsOf(result)).toEqual([[3, '', 'unclosed_quote', undefined]]);
    expect(JSON.stringify(result)).not.toContain('Sample');
  });

  it('refuses a row larger than the limit, quoted or not, and stops there', () => {
    for (const cell of ['x'.repeat(5_000), `"${'x\n'.repeat(2_500)}`]) {
      const result = importCsvRecords(
        'maltreatmentReport',
        `${reportHeader}\n${reportRow('o-1')}\no-2,${cell},c-1\n${reportRow('o-3')}\n`,
        { maxRecordBytes: 1_000 },
      );
      expect(result.records.map((entry) => entry.line)).toEqual([2]);
      expect(result.problems.map((problem) => problem.code)).toEqual(['record_too_large']);
      expect(result.stopped).toBe(true);
    }
  });

  it('refuses 10,000 columns, and reads them when the caller allows it', () => {
    const wide = Array.from({ length: 10_000 }, (_, index) => `column${index}`).join(',');
    const refused = importCsvRecords('parent', `${wide}\n${wide}\n`);
    expect(problemsOf(refused)).toEqual([[1, '', 'too_many_columns', undefined]]);
    const allowed = importCsvRecords('parent', `id,${wide}\np-1,${wide}\n`, { maxColumns: 20_000 });
    expect(allowed.problems).toHaveLength(10_000);
    expect(allowed.problems.every((problem) => problem.code === 'unknown_column')).toBe(true);
    expect(allowed.rejected).toHaveLength(1);
  });

  it('reads a huge quoted field, embedded quotes and line breaks within the limit', () => {
    const notes = `"${'a ""b"", c\r\n'.repeat(50_000)}"`;
    const result = importCsvRecords(
      'maltreatmentReport',
      `id,parentId,childId,disposition,reportDate,notes\n${reportRow('o-1')},${notes}\n${reportRow('o-2')},\n`,
      { maxRecordBytes: 4_000_000 },
    );
    // notes is not a field of a maltreatment report: the column is reported and skipped, and each row keeps its line.
    expect(result.records.map((entry) => entry.line)).toEqual([2, 50_003]);
    expect(result.problems.map((problem) => problem.code)).toEqual(['unknown_column']);
  });

  it('gives only SDK problems for random input, never a crash, a control character or a cell', () => {
    const token = fc.stringMatching(/^[A-Z]{5,8}$/);
    const cell = fc.oneof(
      token,
      fc.constantFrom(
        '',
        '"',
        '""',
        '\r',
        '\n',
        '\r\n',
        ';',
        '\t',
        ',',
        '\u001b[31m',
        '\uFEFF',
        '=',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 60 }),
        fc.array(token, { maxLength: 3 }),
        (cells, tokens) => {
          const text = [...tokens, ...cells].join(',');
          const result = importCsvRecords('parent', text);
          const serialised = JSON.stringify(listImportProblems(result));
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
          expect(serialised.replaceAll('\\u', '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
          for (const value of tokens) expect(serialised).not.toContain(value);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readCsvRecords and createCsvImporter: streaming', () => {
  const file = [
    reportHeader,
    reportRow('o-1'),
    '"o-2",p-1,c-1,substantiated,"2026-03-0',
    '1"',
    reportRow('o-3', '2026-02-30'),
    '',
    reportRow('o-4'),
    reportRow('o-5'),
  ].join('\r\n');

  it('gives the same entries whatever the chunk boundaries, in text or in bytes', () => {
    const whole = importCsvRecords('maltreatmentReport', file);
    expect(whole.records.map((entry) => entry.line)).toEqual([2, 7, 8]);
    expect(problemsOf(whole)).toEqual([
      [3, 'reportDate', 'invalid_value', 5],
      [5, 'reportDate', 'invalid_value', 5],
    ]);
    const bytes = new TextEncoder().encode(`${file}é`);
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(bytes.length), { maxLength: 12 }), (cuts) => {
        const bounds = [0, ...cuts.sort((left, right) => left - right), bytes.length];
        const importer = createCsvImporter('maltreatmentReport');
        const entries: ImportEntry<'maltreatmentReport'>[] = [];
        for (let index = 1; index < bounds.length; index += 1) {
          entries.push(...importer.write(bytes.subarray(bounds[index - 1], bounds[index])));
        }
        entries.push(...importer.end());
        const streamed = collectImportEntries(entries);
        expect(streamed.records.map((entry) => entry.line)).toEqual([2, 7]);
        expect(problemsOf(streamed)).toEqual([
          ...problemsOf(whole),
          [8, 'reportDate', 'invalid_value', 5],
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a ReadableStream, an async iterable and an iterable of chunks', async () => {
    const chunks = [file.slice(0, 37), file.slice(37, 80), file.slice(80)];
    const stream = new ReadableStream<string>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    async function* asyncChunks() {
      yield* chunks.map((chunk) => new TextEncoder().encode(chunk));
    }
    for (const source of [stream, asyncChunks(), chunks, new TextEncoder().encode(file).buffer]) {
      const entries = await collect(readCsvRecords('maltreatmentReport', source));
      expect(collectImportEntries(entries).records.map((entry) => entry.line)).toEqual([2, 7, 8]);
    }
  });

  it('stops reading the source at a fatal problem', async () => {
    let pulled = 0;
    function* chunks() {
      pulled += 1;
      yield 'p-1,Sample\n';
      pulled += 1;
      yield 'p-2,Sample\n';
    }
    const entries = await collect(readCsvRecords('parent', chunks()));
    expect(entries.map((entry) => entry.type)).toEqual(['file_problem']);
    expect(pulled).toBe(1);
  });

  it('refuses a write after the end', () => {
    const importer = createCsvImporter('maltreatmentReport');
    importer.end();
    expect(() => importer.write('x')).toThrow(ParentPartnerError);
  });
});
