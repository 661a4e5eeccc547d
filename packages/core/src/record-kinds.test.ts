import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validInputs } from './__fixtures__/records';
import { ParentPartnerError, ValidationError } from './errors';
import {
  parseRecord,
  type RecordKind,
  recordKinds,
  safeParseRecord,
  validateRecords,
} from './record-kinds';

function clone<T>(value: T): T {
  return structuredClone(value);
}

function setPath(
  target: Record<string, unknown>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const copy = clone(target);
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1) as string] = value;
  return copy;
}

function issuesOf(kind: RecordKind, input: unknown) {
  const result = safeParseRecord(kind, input);
  expect(result.success).toBe(false);
  return result.error?.issues ?? [];
}

describe('every record kind', () => {
  it.each(recordKinds)('%s: the fixture parses and survives a JSON round trip', (kind) => {
    const parsed = parseRecord(kind, validInputs[kind]);
    expect(parseRecord(kind, JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });

  it.each(recordKinds)('%s: extra keys are refused (schemas are strict)', (kind) => {
    const issues = issuesOf(kind, { ...validInputs[kind], unexpectedField: 'x' });
    expect(issues).toContainEqual({
      path: 'unexpectedField',
      code: 'unknown_field',
      message: 'is not a known field',
    });
  });

  it.each(recordKinds)('%s: a wrong type on the id is refused with its path', (kind) => {
    expect(issuesOf(kind, { ...validInputs[kind], id: 42 })).toContainEqual(
      expect.objectContaining({ path: 'id', code: 'invalid_type' }),
    );
  });
});

describe('bad input is refused with a clear error', () => {
  const cases: [RecordKind, string, unknown, string, string][] = [
    ['parent', 'dateOfBirth', '2026-02-30', 'dateOfBirth', 'invalid_value'],
    ['parent', 'dateOfBirth', '2025-02-29', 'dateOfBirth', 'invalid_value'],
    ['parent', 'languages', ['english language'], 'languages.0', 'invalid_value'],
    ['parent', 'languages', [], 'languages', 'too_small'],
    ['parent', 'livedExperience', ['not_a_topic'], 'livedExperience.0', 'unknown_code'],
    ['parent', 'livedExperience', ['custom:'], 'livedExperience.0', 'invalid_value'],
    ['parent', 'raceEthnicity', ['declined', 'white'], 'raceEthnicity', 'invalid_value'],
    ['parent', 'countyFips', '5502', 'countyFips', 'invalid_format'],
    ['parent', 'name', { given: 'A' }, 'name.family', 'invalid_type'],
    ['parentPartner', 'status', 'custom:retired', 'status', 'unknown_code'],
    [
      'parentPartner',
      'ownCase',
      { resolution: 'reunification', resolvedOn: '2024-05-01', closedOn: '2024-04-30' },
      'ownCase.closedOn',
      'invalid_value',
    ],
    [
      'parentPartner',
      'trainings',
      [{ course: 'ethics', completedOn: '2025-05-01', expiresOn: '2025-04-01' }],
      'trainings.0.expiresOn',
      'invalid_value',
    ],
    ['parentPartner', 'maxCaseload', -1, 'maxCaseload', 'too_small'],
    ['referral', 'receivedAt', '2026-02-02T09:00:00', 'receivedAt', 'invalid_value'],
    ['referral', 'firstContactAt', '2026-02-01T09:00:00-06:00', 'firstContactAt', 'invalid_value'],
    ['match', 'endDate', '2026-02-01', 'endDate', 'invalid_value'],
    ['contact', 'minutes', -5, 'minutes', 'too_small'],
    ['contact', 'minutes', 12.5, 'minutes', 'invalid_type'],
    ['contact', 'mode', 'carrier_pigeon', 'mode', 'unknown_code'],
    ['contact', 'date', '2026-13-01', 'date', 'invalid_value'],
    ['engagement', 'endDate', '2026-03-04', 'endDate', 'invalid_value'],
    ['groupEvent', 'attendanceCount', 0, 'attendanceCount', 'invalid_value'],
    ['program', 'fiscalYearStartMonth', 13, 'fiscalYearStartMonth', 'too_big'],
    ['supportSession', 'minutes', 0, 'minutes', 'too_small'],
    ['removalEpisode', 'exitDate', '2026-01-08', 'exitDate', 'invalid_value'],
    ['removalEpisode', 'exitReason', 'custom:moved_away', 'exitReason', 'unknown_code'],
    ['removalEpisode', 'exitReason', 'reunified', 'exitReason', 'unknown_code'],
    ['placement', 'endDate', '2026-01-08', 'endDate', 'invalid_value'],
    ['placement', 'setting', 'foster_home', 'setting', 'unknown_code'],
    ['maltreatmentReport', 'disposition', 'custom:screened_out', 'disposition', 'unknown_code'],
    ['maltreatmentReport', 'reportDate', '2026-02-29', 'reportDate', 'invalid_value'],
  ];
  it.each(cases)('%s with %s = %j', (kind, field, value, path, code) => {
    const issues = issuesOf(kind, setPath(validInputs[kind], field, value));
    expect(issues).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('an exit date and an exit reason come together', () => {
    const { exitReason: _reason, ...withoutReason } = validInputs.removalEpisode;
    expect(issuesOf('removalEpisode', withoutReason)).toContainEqual(
      expect.objectContaining({ path: 'exitReason', code: 'invalid_value' }),
    );
    const { exitDate: _date, ...withoutDate } = validInputs.removalEpisode;
    expect(issuesOf('removalEpisode', withoutDate)).toContainEqual(
      expect.objectContaining({ path: 'exitDate', code: 'invalid_value' }),
    );
    const { exitDate: _exit, exitReason: _why, ...open } = validInputs.removalEpisode;
    expect(safeParseRecord('removalEpisode', open).success).toBe(true);
  });

  it('an exit on the day of the entry is a valid (zero-day) stay', () => {
    expect(
      safeParseRecord('removalEpisode', { ...validInputs.removalEpisode, exitDate: '2026-01-09' })
        .success,
    ).toBe(true);
  });

  it('a closed match needs a closure reason', () => {
    expect(
      issuesOf('match', { ...validInputs.match, status: 'closed', endDate: '2026-05-01' }),
    ).toContainEqual(expect.objectContaining({ path: 'closureReason' }));
  });

  it('parseRecord throws a ValidationError recognisable by isInstance', () => {
    let caught: unknown;
    try {
      parseRecord('contact', { ...validInputs.contact, minutes: -1 });
    } catch (error) {
      caught = error;
    }
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect(ParentPartnerError.isInstance(caught)).toBe(true);
    expect((caught as ValidationError).code).toBe('VALIDATION_FAILED');
    expect((caught as ValidationError).message).toBe(
      'Invalid contact: minutes: must be at least 0 [too_small]',
    );
  });

  it('an unknown record kind is an INVALID_ARGUMENT error', () => {
    expect(() => parseRecord('visitor' as RecordKind, {})).toThrow(/Unknown record kind/);
  });
});

describe('validateRecords', () => {
  it('keeps every good row and reports each bad one by index', () => {
    const good = validInputs.contact;
    const result = validateRecords('contact', [
      good,
      { ...good, id: 'contact-2', minutes: -1 },
      { ...good, id: 'contact-3' },
      'not an object',
    ]);
    expect(result.valid.map((contact) => contact.id)).toEqual(['contact-0001', 'contact-3']);
    expect(result.validIndexes).toEqual([0, 2]);
    expect(result.invalid.map((entry) => entry.index)).toEqual([1, 3]);
    expect(result.invalid[1]?.issues).toEqual([
      { path: '', code: 'invalid_type', message: 'expected object' },
    ]);
  });

  it('example: validateRecords', () => {
    const result = validateRecords('maltreatmentReport', [
      {
        id: 'r-1',
        parentId: 'p-1',
        childId: 'c-1',
        reportDate: '2026-03-01',
        disposition: 'substantiated',
      },
      {
        id: 'r-2',
        parentId: 'p-1',
        childId: 'c-1',
        reportDate: '2026-02-30',
        disposition: 'substantiated',
      },
    ]);
    expect([
      result.valid.length,
      result.invalid[0]?.index,
      result.invalid[0]?.issues[0]?.path,
    ]).toEqual([1, 1, 'reportDate']);
  });

  it('example: parseRecord', () => {
    expect(
      parseRecord('removalEpisode', {
        id: 'e-1',
        parentId: 'p-1',
        childId: 'c-1',
        entryDate: '2026-01-05',
        exitDate: '2026-03-01',
        exitReason: 'reunification',
      }).exitReason,
    ).toBe('reunification');
  });
});

// Walks a fixture and lists the paths of its string and number leaves.
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => leafPaths(item, [...prefix, String(index)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
  }
  return [prefix];
}

function replaceAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value))
    return value.map((item, index) =>
      String(index) === head ? replaceAt(item, rest, replacement) : item,
    );
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaceAt(record[head], rest, replacement) };
}

describe('privacy of error messages', () => {
  const secret = fc.stringMatching(/^[A-Za-z]{3,12}[0-9]{2,6}$/).map((text) => `Zq${text}`);
  const kindAndPaths = fc
    .constantFrom(...recordKinds)
    .chain((kind) =>
      fc.tuple(
        fc.constant(kind),
        fc.subarray(leafPaths(validInputs[kind]), { minLength: 1, maxLength: 4 }),
      ),
    );

  it('no error message or issue ever contains an input value', () => {
    fc.assert(
      fc.property(
        kindAndPaths,
        fc.array(secret, { minLength: 4, maxLength: 4 }),
        ([kind, paths], secrets) => {
          let input: unknown = validInputs[kind];
          paths.forEach((path, index) => {
            const marker = secrets[index] as string;
            // Try several wrong shapes that still carry the marker: a bad string, a bad code, a bad date.
            const variants = [
              marker,
              `custom:${marker}`,
              `${marker}-2026-02-30`,
              { nested: marker },
              [marker],
            ];
            input = replaceAt(input, path, variants[index % variants.length]);
          });
          const result = safeParseRecord(kind, input);
          if (result.success) return;
          const text = `${result.error.message}\n${JSON.stringify(result.error.issues)}`;
          for (const marker of secrets) expect(text).not.toContain(marker);
        },
      ),
      { numRuns: 300 },
    );
  });
});
