import { ParentPartnerError } from '@parent-partner/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listImportProblems } from '../import-entry';
import { importCsvRecords } from '../read-csv-records';
import { importXlsxRecords, readXlsxRecords } from './read-xlsx-records';

async function workbookOf(
  rows: readonly (readonly ExcelJS.CellValue[])[],
  name = 'Sheet1',
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const parentHeader = [
  'id',
  'name.given',
  'name.family',
  'languages',
  'countyFips',
  'interpreterNeeded',
  'children.0.id',
  'children.0.ageYears',
  'children.0.permanencyGoal',
  'children.0.birthDate',
];

describe('importXlsxRecords', () => {
  it('reads typed cells: numbers, dates, booleans and rich text', async () => {
    const bytes = await workbookOf([
      parentHeader,
      [
        'p-1',
        { richText: [{ text: 'Sam' }, { text: 'ple' }] },
        'Parent',
        'es; en',
        55029,
        true,
        'c-1',
        4,
        'adoption',
        new Date(Date.UTC(2022, 0, 31)),
      ],
    ]);
    const result = await importXlsxRecords('parent', bytes);
    expect(listImportProblems(result)).toEqual([]);
    expect(result.records[0]).toMatchObject({
      line: 2,
      record: {
        name: { given: 'Sample', family: 'Parent' },
        languages: ['es', 'en'],
        countyFips: '55029',
        interpreterNeeded: true,
        children: [{ id: 'c-1', ageYears: 4, birthDate: '2022-01-31' }],
      },
    });
  });

  it('gives the same records and problems as the same sheet saved as CSV', async () => {
    const rows = [
      ['id', 'parentId', 'childId', 'disposition', 'reportDate'],
      ['o-1', 'p-1', 'c-1', 'substantiated', '2026-03-01'],
      ['o-2', 'p-1', '', 'substantiated', '2026-02-30'],
      [],
      ['o-3', 'p-1', 'c-1', 'Reunified', '2026-03-02'],
    ];
    const fromXlsx = await importXlsxRecords('maltreatmentReport', await workbookOf(rows));
    const fromCsv = importCsvRecords(
      'maltreatmentReport',
      rows.map((row) => row.join(',')).join('\n'),
    );
    expect(fromXlsx).toEqual(fromCsv);
    expect(listImportProblems(fromXlsx).map((problem) => [problem.line, problem.code])).toEqual([
      [3, 'empty'],
      [3, 'invalid_value'],
      [5, 'unknown_code'],
    ]);
  });

  it('never evaluates or reads a formula, its cached result or an error value', async () => {
    const bytes = await workbookOf([
      ['id', 'parentId', 'childId', 'disposition', 'reportDate'],
      [
        'o-1',
        { formula: 'CONCAT("p-","9")', result: 'p-cached' },
        'c-1',
        'substantiated',
        '2026-03-01',
      ],
      ['o-2', 'p-1', { error: '#N/A' }, 'substantiated', '2026-03-01'],
    ]);
    const result = await importXlsxRecords('maltreatmentReport', bytes);
    expect(
      listImportProblems(result).map((problem) => [
        problem.line,
        problem.path,
        problem.code,
        problem.column,
      ]),
    ).toEqual([
      [2, ['parentId'], 'formula_cell', 2],
      [3, ['childId'], 'error_cell', 3],
    ]);
    expect(JSON.stringify(result)).not.toContain('CONCAT');
    expect(JSON.stringify(result)).not.toContain('p-cached');
  });

  it('refuses a text cell a spreadsheet would run as a formula, without echoing it', async () => {
    const bytes = await workbookOf([
      ['id', 'parentId', 'childId', 'disposition', 'reportDate'],
      ['o-1', '＝cmd|calc', 'c-1', 'substantiated', '2026-03-01'],
    ]);
    const result = await importXlsxRecords('maltreatmentReport', bytes);
    expect(listImportProblems(result).map((problem) => problem.code)).toEqual([
      'formula_injection',
    ]);
    expect(JSON.stringify(result)).not.toContain('calc');
  });

  it('checks the header as the CSV importer does, by column number only', async () => {
    const headerless = await importXlsxRecords(
      'maltreatmentReport',
      await workbookOf([['o-1', 'p-1', 'c-1', 'substantiated', '2026-03-01']]),
    );
    expect(headerless.problems.map((problem) => problem.code)).toEqual(['missing_header']);
    expect(JSON.stringify(headerless)).not.toContain('substantiated');
    const aliases = await importXlsxRecords(
      'parent',
      await workbookOf([['id', 'children.0.id', 'children.00.id', { formula: 'A1' }]]),
    );
    expect(aliases.problems.map((problem) => [problem.code, problem.column])).toEqual([
      ['duplicate_column', 3],
      ['formula_cell', 4],
    ]);
  });

  it('reads the worksheet named, and refuses a missing one or a file that is no workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['nothing here']);
    workbook
      .addWorksheet('Reports')
      .addRow(['id', 'parentId', 'childId', 'disposition', 'reportDate']);
    workbook.getWorksheet('Reports')?.addRow(['o-1', 'p-1', 'c-1', 'substantiated', '2026-03-01']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(
      (await importXlsxRecords('maltreatmentReport', bytes, { sheet: 'Reports' })).records,
    ).toHaveLength(1);
    expect(
      (await importXlsxRecords('maltreatmentReport', bytes, { sheet: 2 })).records,
    ).toHaveLength(1);
    const missing = await importXlsxRecords('maltreatmentReport', bytes, { sheet: 'Parents' });
    expect(missing.problems.map((problem) => problem.code)).toEqual(['missing_sheet']);
    const garbage = await importXlsxRecords(
      'maltreatmentReport',
      new TextEncoder().encode('id,name\nsecret,x\n'),
    );
    expect(garbage.problems.map((problem) => problem.code)).toEqual(['invalid_xlsx']);
    expect(JSON.stringify(garbage)).not.toContain('secret');
    await expect(importXlsxRecords('maltreatmentReport', bytes, { sheet: 0 })).rejects.toSatisfy(
      (error) => ParentPartnerError.isInstance(error) && error.code === 'INVALID_ARGUMENT',
    );
  });

  it('reads a workbook streamed in chunks, and refuses text', async () => {
    const bytes = await workbookOf([
      ['id', 'parentId', 'childId', 'disposition', 'reportDate'],
      ['o-1', 'p-1', 'c-1', 'substantiated', '2026-03-01'],
    ]);
    async function* chunks() {
      for (let start = 0; start < bytes.length; start += 1000) {
        yield bytes.subarray(start, start + 1000);
      }
    }
    expect((await importXlsxRecords('maltreatmentReport', chunks())).records).toHaveLength(1);
    const entries = readXlsxRecords('maltreatmentReport', [
      'id,parentId',
    ] as unknown as Iterable<Uint8Array>);
    await expect(entries.next()).rejects.toSatisfy(ParentPartnerError.isInstance);
  });
});
