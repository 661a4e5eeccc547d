import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { detectRecordFileFormat, validateRecordFile } from './record-file';

const outcome = (id: string, date: string) =>
  JSON.stringify({ id, parentId: 'p-1', childId: 'c-1', event: 'reunified', date });

describe('detectRecordFileFormat', () => {
  it.each([
    ['a.csv', 'csv'],
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
  it('keeps the valid records and reports each invalid one by line, path and code', () => {
    const text = `${outcome('o-1', '2026-03-01')}\n${outcome('o-2', '2026-02-30')}\n${outcome('o-3', '2026-03-02')}\n`;
    const result = validateRecordFile({ file: 'outcomes.ndjson', text });
    expect(result.kind).toBe('outcome');
    expect(result.recordCount).toBe(3);
    expect(result.valid.map((entry) => entry.line)).toEqual([1, 3]);
    expect(result.problems).toEqual([
      {
        file: 'outcomes.ndjson',
        line: 2,
        path: 'date',
        code: 'invalid_value',
        message: expect.any(String),
      },
    ]);
  });

  it('takes the kind a JSON document declares over its file name', () => {
    const text = `{"kind": "outcome", "records": [${outcome('o-1', '2026-03-01')}]}`;
    const result = validateRecordFile({ file: 'export.json', text });
    expect(result.kind).toBe('outcome');
    expect(result.valid).toHaveLength(1);
  });

  it('refuses a declared kind that is unknown or contradicts --kind', () => {
    expect(
      validateRecordFile({ file: 'x.json', text: '{"kind": "pet", "records": []}', kind: 'parent' })
        .problems[0]?.code,
    ).toBe('unknown_kind');
    expect(
      validateRecordFile({
        file: 'x.json',
        text: '{"kind": "outcome", "records": [{}]}',
        kind: 'parent',
      }).problems[0]?.code,
    ).toBe('kind_mismatch');
  });

  it('does not repeat schema issues under a withheld formula cell', () => {
    const text = 'id,name.given,name.family,languages,countyFips\np-1,@cmd,One,en,55029\n';
    const result = validateRecordFile({ file: 'parents.csv', text });
    expect(result.problems.map((problem) => [problem.line, problem.path, problem.code])).toEqual([
      [2, 'name.given', 'formula_injection'],
    ]);
    expect(result.valid).toEqual([]);
  });

  it('validates privacy consent records, from JSON only', () => {
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
    const result = validateRecordFile({ file: 'consents.ndjson', text });
    expect(result.kind).toBe('consent');
    expect(result.valid.map((entry) => entry.line)).toEqual([1]);
    expect(result.problems.map((problem) => [problem.line, problem.path])).toEqual([
      [2, 'effectiveFrom'],
    ]);
    expect(() => validateRecordFile({ file: 'consents.csv', text: 'id\n' })).toThrow(/\.ndjson/);
  });

  it('is a usage error when the format or the kind cannot be told', () => {
    expect(() => validateRecordFile({ file: 'parents.txt', text: '' })).toThrow(CliError);
    expect(() => validateRecordFile({ file: 'roster.csv', text: 'id\n' })).toThrow(/--kind/);
    expect(() => validateRecordFile({ file: 'roster.json', text: '[]' })).toThrow(/--kind/);
  });
});
