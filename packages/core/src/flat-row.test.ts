import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParentPartnerError } from './errors';
import { createRecordFromFlatRow } from './flat-row';
import type { RecordKind } from './record-kinds';
import { validateRecords } from './record-kinds';

describe('createRecordFromFlatRow', () => {
  it('example: createRecordFromFlatRow', () => {
    const { input, issues } = createRecordFromFlatRow('parent', {
      id: 'p-1',
      'name.given': 'Ana',
      languages: 'es; en',
      interpreterNeeded: 'yes',
      'children.0.ageYears': '4',
      countyFips: '',
    });
    expect(input).toEqual({
      id: 'p-1',
      name: { given: 'Ana' },
      languages: ['es', 'en'],
      interpreterNeeded: true,
      children: [{ ageYears: 4 }],
    });
    expect(issues).toEqual([]);
  });

  it('builds a record the schema accepts, keeping digit strings as text where the schema wants text', () => {
    const { input, issues, withheldPaths } = createRecordFromFlatRow('parent', {
      id: 'p-1',
      'name.given': 'Sample',
      'name.family': 'Parent-One',
      languages: ' en ; es ',
      countyFips: '55029',
      interpreterNeeded: 'no',
      'children.0.id': 'c-1',
      'children.0.ageYears': '4',
      'children.0.permanencyGoal': 'adoption',
      'children.1.id': 'c-2',
      'children.1.permanencyGoal': 'reunification',
    });
    expect(issues).toEqual([]);
    expect(withheldPaths).toEqual([]);
    expect(input).toMatchObject({
      countyFips: '55029',
      languages: ['en', 'es'],
      interpreterNeeded: false,
      children: [
        { id: 'c-1', ageYears: 4, permanencyGoal: 'adoption' },
        { id: 'c-2', permanencyGoal: 'reunification' },
      ],
    });
  });

  it('keeps cells that do not convert as text, for the schema to reject', () => {
    const { input } = createRecordFromFlatRow('parent', {
      interpreterNeeded: 'perhaps',
      'children.0.ageYears': 'four',
    });
    expect(input).toEqual({ interpreterNeeded: 'perhaps', children: [{ ageYears: 'four' }] });
    const result = validateRecords('parent', [input]);
    const paths = result.invalid[0]?.issues.map((issue) => issue.path);
    expect(paths).toContain('interpreterNeeded');
    expect(paths).toContain('children.0.ageYears');
  });

  it('converts numbers and yes/no in lists and in other kinds', () => {
    expect(
      createRecordFromFlatRow('program', {
        fiscalYearStartMonth: '7',
        'counties.0.neighbors': '55001;55003',
      }).input,
    ).toEqual({ fiscalYearStartMonth: 7, counties: [{ neighbors: ['55001', '55003'] }] });
  });

  it('splits lists on the separator given', () => {
    expect(
      createRecordFromFlatRow('parent', { languages: 'en|es' }, { listSeparator: '|' }).input,
    ).toEqual({ languages: ['en', 'es'] });
  });

  it('reports a path that is not a field, or that holds several fields, without its value', () => {
    const result = createRecordFromFlatRow('parent', {
      nickname: 'Secret-Nickname',
      name: 'Secret-Name',
      'children.first.permanencyGoal': '',
      id: 'p-1',
    });
    expect(result.input).toEqual({ id: 'p-1' });
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['nickname', 'unknown_field'],
      ['name', 'not_a_single_field'],
      ['children.first.permanencyGoal', 'unknown_field'],
    ]);
    expect(result.withheldPaths).toEqual(['nickname', 'name', 'children.first.permanencyGoal']);
    expect(JSON.stringify(result.issues)).not.toContain('Secret');
  });

  it('withholds a cell or list item a spreadsheet would run as a formula, and keeps phone and signed numbers', () => {
    const result = createRecordFromFlatRow('parent', {
      id: 'p-1',
      'name.given': '=HYPERLINK("http://example.invalid","x")',
      'name.family': '\u200B@SUM(A1)',
      languages: 'en;-cmd|calc',
      'children.0.ageYears': '-2',
      'contactPoints.0.value': '+1 (608) 555-0100',
    });
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['name.given', 'formula_injection'],
      ['name.family', 'formula_injection'],
      ['languages.1', 'formula_injection'],
    ]);
    expect(result.withheldPaths).toEqual(['name.given', 'name.family', 'languages']);
    expect(JSON.stringify(result.issues)).not.toContain('HYPERLINK');
    expect(result.input).toMatchObject({ id: 'p-1', children: [{ ageYears: -2 }] });
    expect(result.input).not.toHaveProperty('name');
    expect(result.input).not.toHaveProperty('languages');
  });

  it.each([
    '=1+1',
    '@SUM(A1:A2)',
    '+A1',
    '-2+3',
    "-cmd|' /C calc'!A0",
    '\t=1+1',
    '\uFEFF@x',
    '\uFF1D1+1',
    '|calc',
    '%0A',
    ' -1',
  ])('withholds the text cell %j', (cell) => {
    expect(createRecordFromFlatRow('parent', { 'name.given': cell }).withheldPaths).toEqual([
      'name.given',
    ]);
  });

  it.each(['Ana', 'Parent-One', '+1 (608) 555-0100', '-12.5', '608-555-0100', 'a=b'])(
    'keeps the text cell %j',
    (cell) => {
      expect(createRecordFromFlatRow('parent', { 'name.given': cell }).input).toEqual({
        name: { given: cell },
      });
    },
  );

  it('flags a formula behind leading spaces even where the trimmed cell looks like a number', () => {
    expect(createRecordFromFlatRow('parent', { 'name.given': ' +1 608' }).issues).toEqual([
      expect.objectContaining({ path: 'name.given', code: 'formula_injection' }),
    ]);
  });

  it('throws a typed error for an unknown kind', () => {
    expect(() => createRecordFromFlatRow('nope' as RecordKind, {})).toThrow(ParentPartnerError);
  });

  it('never throws and never lets a formula cell into the input', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('id', 'name.given', 'languages', 'children.0.ageYears', 'nickname'),
          fc.string(),
        ),
        (row) => {
          const { input, withheldPaths } = createRecordFromFlatRow('parent', row);
          const texts = JSON.stringify(input);
          for (const path of withheldPaths) expect(Object.keys(row)).toContain(path);
          const values = [
            input.id,
            (input.name as { given?: unknown } | undefined)?.given,
            ...((input.languages as unknown[] | undefined) ?? []),
          ].filter((value): value is string => typeof value === 'string');
          for (const value of values) {
            expect(/^[\s\uFEFF]*[=@|%]/.test(value), texts).toBe(false);
          }
        },
      ),
    );
  });
});
