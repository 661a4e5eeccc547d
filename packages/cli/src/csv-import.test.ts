import { describe, expect, it } from 'vitest';
import { importCsvRecords } from './csv-import';

const header =
  'id,name.given,name.family,languages,countyFips,interpreterNeeded,children.0.id,children.0.ageYears,children.0.placement';

describe('importCsvRecords', () => {
  it('maps dotted headers to nested fields, splits lists and converts booleans and numbers', () => {
    const result = importCsvRecords(
      `${header}\np-1,Sample,Parent-One, en ; es ,55029,yes,c-1,4,foster_home\n`,
      'parent',
    );
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        input: {
          id: 'p-1',
          name: { given: 'Sample', family: 'Parent-One' },
          languages: ['en', 'es'],
          countyFips: '55029',
          interpreterNeeded: true,
          children: [{ id: 'c-1', ageYears: 4, placement: 'foster_home' }],
        },
        issues: [],
        withheldPaths: [],
      },
    ]);
  });

  it('leaves out empty cells and keeps cells that do not convert as text for the schema to reject', () => {
    const [row] = importCsvRecords(
      `${header}\np-1,Sample,,en,55029,perhaps,c-1,four,\n`,
      'parent',
    ).rows;
    expect(row?.input).toEqual({
      id: 'p-1',
      name: { given: 'Sample' },
      languages: ['en'],
      countyFips: '55029',
      interpreterNeeded: 'perhaps',
      children: [{ id: 'c-1', ageYears: 'four' }],
    });
  });

  it('numbers each record by the physical line it starts on, across quoted line breaks, CRLF and blank lines', () => {
    const text = [
      header,
      'p-1,Sample,"Two\r\nLines",en,55029,no,c-1,4,foster_home',
      '',
      'p-2,Sample,Parent-Two,en,55029,no,c-2,4,foster_home',
      'p-3,Sample,"Three',
      'Lines',
      'Here",en,55029,no,c-3,4,foster_home',
      'p-4,Sample,Parent-Four,en,55029,no,c-4,4,foster_home',
    ].join('\r\n');
    expect(importCsvRecords(text, 'parent').rows.map((row) => row.line)).toEqual([2, 5, 6, 9]);
  });

  it('reads a byte-order mark and a last line without a line break', () => {
    const result = importCsvRecords(
      `\uFEFF${header}\np-1,Sample,One,en,55029,no,c-1,4,foster_home`,
      'parent',
    );
    expect(result.problems).toEqual([]);
    expect(result.rows[0]?.line).toBe(2);
  });

  it('withholds a formula cell and reports it by path, without its value', () => {
    const [row] = importCsvRecords(
      `${header}\np-1,"=HYPERLINK(""http://example.invalid"")",One,en;@x,55029,no,c-1,4,foster_home\n`,
      'parent',
    ).rows;
    expect(row?.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['name.given', 'formula_injection'],
      ['languages.1', 'formula_injection'],
    ]);
    expect(row?.withheldPaths).toEqual(['name.given', 'languages']);
    expect(JSON.stringify(row?.input)).not.toContain('HYPERLINK');
    expect(JSON.stringify(row?.issues)).not.toContain('HYPERLINK');
  });

  it('accepts a signed number in a number field and a phone number in a text field', () => {
    const result = importCsvRecords(
      'id,name.given,name.family,languages,countyFips,address.latitude,contactPoints.0.system,contactPoints.0.value\np-1,A,B,en,55029,-43.5,phone,+1 (608) 555-0100\n',
      'parent',
    );
    expect(result.rows[0]?.issues).toEqual([]);
    expect(result.rows[0]?.input).toMatchObject({
      address: { latitude: -43.5 },
      contactPoints: [{ system: 'phone', value: '+1 (608) 555-0100' }],
    });
  });

  it('reports each missing cell of a short row and the extra cells of a long one', () => {
    const rows = importCsvRecords(
      'id,name.given,name.family\np-1,Sample\np-2,Sample,Two,extra\n',
      'parent',
    ).rows;
    expect(rows[0]?.issues).toEqual([
      { path: 'name.family', code: 'missing_column', message: expect.any(String) },
    ]);
    expect(rows[1]?.issues.map((issue) => issue.code)).toEqual(['extra_column']);
  });

  it('reports unknown, object, duplicate and blank header columns at line 1', () => {
    const result = importCsvRecords('id,nickname,name,id,,languages\n', 'parent');
    expect(result.problems.map((problem) => [problem.line, problem.path, problem.code])).toEqual([
      [1, 'nickname', 'unknown_column'],
      [1, 'name', 'unknown_column'],
      [1, 'id', 'duplicate_column'],
      [1, 'column 5', 'blank_column'],
    ]);
  });

  it('skips rows whose cells are all empty', () => {
    const result = importCsvRecords(`${header}\n,,,,,,,,\n`, 'parent');
    expect(result.rows).toEqual([]);
  });

  it('reports broken quoting by line and csv-parse code, not by the text', () => {
    const result = importCsvRecords(`${header}\np-1,"Sample\n`, 'parent');
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      {
        line: expect.any(Number),
        path: '',
        code: 'invalid_csv',
        message: expect.stringContaining('CSV_'),
      },
    ]);
    expect(result.problems[0]?.message).not.toContain('Sample');
  });

  it('reports an empty file', () => {
    expect(importCsvRecords('', 'parent').problems[0]?.code).toBe('empty_file');
  });
});
