import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { detectRecordFileFormat, validateRecordFile } from './record-file';

const report = (id: string, reportDate: string) =>
  JSON.stringify({ id, parentId: 'p-1', childId: 'c-1', reportDate, disposition: 'substantiated' });

describe('detectRecordFileFormat', () => {
  it.each([
    ['a.csv', 'csv'],
    ['a.xlsx', 'xlsx'],
    ['A.CSV', 'csv'],
    ['a.json', 'json'],
    ['a.ndjson', 'ndjson'],
    ['a.jsonl', 'ndjson'],
    ['a.txt', undefined],
    ['csv', undefined],
  ] as const)('reads %s as %s', (file, format) => {
    expect(detectRecordFileFormat(file)).toBe(format);
  });
});

describe('validateRecordFile', () => {
  it('keeps the valid records and reports each invalid one by line, path and code', async () => {
    const text = `${report('o-1', '2026-03-01')}\n${report('o-2', '2026-02-30')}\n${report('o-3', '2026-03-02')}\n`;
    const result = await validateRecordFile({ file: 'maltreatment-reports.ndjson', content: text });
    expect(result.kind).toBe('maltreatmentReport');
    expect(result.recordCount).toBe(3);
    expect(result.valid.map((entry) => entry.line)).toEqual([1, 3]);
    expect(result.problems).toEqual([
      {
        file: 'maltreatment-reports.ndjson',
        line: 2,
        path: 'reportDate',
        code: 'invalid_value',
        message: expect.any(String),
      },
    ]);
  });

  it('takes the kind a JSON document declares over its file name', async () => {
    const text = `{"kind": "maltreatmentReport", "records": [${report('o-1', '2026-03-01')}]}`;
    const result = await validateRecordFile({ file: 'export.json', content: text });
    expect(result.kind).toBe('maltreatmentReport');
    expect(result.valid).toHaveLength(1);
  });

  it('refuses a declared kind that is unknown or contradicts --kind', async () => {
    expect(
      (
        await validateRecordFile({
          file: 'x.json',
          content: '{"kind": "pet", "records": []}',
          kind: 'parent',
        })
      ).problems[0]?.code,
    ).toBe('unknown_kind');
    expect(
      (
        await validateRecordFile({
          file: 'x.json',
          content: '{"kind": "maltreatmentReport", "records": [{}]}',
          kind: 'parent',
        })
      ).problems[0]?.code,
    ).toBe('kind_mismatch');
  });

  it('does not repeat schema issues under a withheld formula cell', async () => {
    const text = 'id,name.given,name.family,languages,countyFips\np-1,@cmd,One,en,55029\n';
    const result = await validateRecordFile({ file: 'parents.csv', content: text });
    expect(result.problems.map((problem) => [problem.line, problem.path, problem.code])).toEqual([
      [2, 'name.given', 'formula_injection'],
    ]);
    expect(result.valid).toEqual([]);
  });

  it('validates privacy consent records, from JSON only', async () => {
    const consent = {
      id: 'consent-1',
      legalBasis: 'program-participation-agreement',
      subject: { kind: 'parent', id: 'parent-1' },
      signers: [{ role: 'subject', method: 'written', signedOn: '2026-01-05' }],
      disclosingParties: [],
      recipients: [{ kind: 'role', id: 'caseworker' }],
      categories: ['general-records'],
      purposes: ['case-planning'],
      effectiveFrom: '2026-01-05T09:00:00-06:00',
      statements: [],
    };
    const text = `${JSON.stringify(consent)}\n${JSON.stringify({ ...consent, id: 'consent-2', effectiveFrom: 'soon' })}\n`;
    const result = await validateRecordFile({ file: 'consents.ndjson', content: text });
    expect(result.kind).toBe('consent');
    expect(result.valid.map((entry) => entry.line)).toEqual([1]);
    expect(result.problems.map((problem) => [problem.line, problem.path])).toEqual([
      [2, 'effectiveFrom'],
    ]);
    await expect(validateRecordFile({ file: 'consents.csv', content: 'id\n' })).rejects.toThrow(
      /\.ndjson/,
    );
  });

  it('is a usage error when the format or the kind cannot be told', async () => {
    await expect(validateRecordFile({ file: 'parents.txt', content: '' })).rejects.toThrow(
      CliError,
    );
    await expect(validateRecordFile({ file: 'roster.csv', content: 'id\n' })).rejects.toThrow(
      /--kind/,
    );
    await expect(validateRecordFile({ file: 'roster.xlsx', content: '' })).rejects.toThrow(
      /--kind/,
    );
    await expect(validateRecordFile({ file: 'roster.json', content: '[]' })).rejects.toThrow(
      /--kind/,
    );
  });

  it('reads CSV through @parent-partner/import: separators, empty cells, encodings and headers', async () => {
    const header = 'id;parentId;childId;disposition;reportDate';
    const semicolons = await validateRecordFile({
      file: 'maltreatment-reports.csv',
      content: `${header}\no-1;p-1;c-1;substantiated;2026-03-01\no-2;p-1;;substantiated;2026-03-01\n`,
    });
    expect(semicolons.valid.map((entry) => entry.line)).toEqual([2]);
    expect(
      semicolons.problems.map((problem) => [problem.line, problem.path, problem.code]),
    ).toEqual([[3, 'childId', 'empty']]);
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('id,parentId,childId,disposition,reportDate\no-1,p-'),
      0xe9,
      ...new TextEncoder().encode(',c-1,substantiated,2026-03-01\n'),
    ]);
    const refused = await validateRecordFile({ file: 'maltreatment-reports.csv', content: latin1 });
    expect(refused.problems.map((problem) => problem.code)).toEqual(['invalid_encoding']);
    const headerless = await validateRecordFile({
      file: 'maltreatment-reports.csv',
      content: 'o-1,p-1,c-1,substantiated,2026-03-01\n',
    });
    expect(headerless.problems.map((problem) => problem.code)).toEqual(['missing_header']);
    expect(JSON.stringify(headerless.problems)).not.toContain('substantiated');
    const aliases = await validateRecordFile({
      file: 'parents.csv',
      content: 'id,children.0.id,children.00.id\n',
    });
    expect(aliases.problems.map((problem) => problem.code)).toEqual(['duplicate_column']);
  });

  it('reads XLSX workbooks', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Reports');
    sheet.addRow(['id', 'parentId', 'childId', 'disposition', 'reportDate']);
    sheet.addRow(['o-1', 'p-1', 'c-1', 'substantiated', new Date(Date.UTC(2026, 2, 1))]);
    sheet.addRow(['o-2', 'p-1', 'c-1', 'substantiated', { formula: 'TODAY()' }]);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await validateRecordFile({ file: 'maltreatment-reports.xlsx', content });
    expect(result.kind).toBe('maltreatmentReport');
    expect(result.valid.map((entry) => entry.line)).toEqual([2]);
    expect(result.problems.map((problem) => [problem.line, problem.path, problem.code])).toEqual([
      [3, 'reportDate', 'formula_cell'],
    ]);
  });
});
