import { type RecordKind, recordKinds } from '@parent-partner/core';
import { createSyntheticParent, createSyntheticProgram } from '@parent-partner/testing';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AGE_90_OR_OLDER, deidentifyRecord } from './deidentify-record';
import { classifyFields } from './field-classification';
import { restrictedZipPrefixes } from './restricted-zip-prefixes';

test('example: deidentifyRecord', () => {
  const episode = deidentifyRecord(
    {
      id: 'episode-example-1',
      parentId: 'parent-example-1',
      childId: 'child-example-1',
      entryDate: '2025-01-10',
      exitDate: '2025-03-01',
      exitReason: 'reunification',
    },
    { kind: 'removalEpisode', asOf: '2025-06-30' },
  );
  expect([episode.record, episode.removedPaths]).toEqual([
    { entryDate: 2025, exitDate: 2025, exitReason: 'reunification' },
    ['childId', 'id', 'parentId'],
  ]);
});

const address = {
  line1: '1 Example Lane',
  line2: 'Unit 0',
  city: 'Exampleville',
  state: 'WI',
  postalCode: '53000-0000',
  countyFips: '55029',
  latitude: 45,
  longitude: -87,
  confidential: false,
};

describe('deidentifyRecord', () => {
  const parent = { ...createSyntheticParent(11), dateOfBirth: '1990-08-15', address };

  test('removes names, ids, contact points, street address, city and county; keeps the state', () => {
    const { record, method, zipTableVersion } = deidentifyRecord(parent, {
      kind: 'parent',
      asOf: '2026-06-30',
    });
    expect(method).toBe('hipaa-safe-harbor');
    expect(zipTableVersion).toBe('census-2000/hhs-ocr-2012');
    for (const key of ['id', 'name', 'countyFips', 'householdId'])
      expect(record).not.toHaveProperty(key);
    expect(record.address).toEqual({ state: 'WI', postalCode: '530', confidential: false });
    expect(record.dateOfBirth).toBe(1990);
    for (const point of (record.contactPoints ?? []) as Record<string, unknown>[])
      expect(point).not.toHaveProperty('value');
    expect(JSON.stringify(record)).not.toContain(parent.name.family);
  });

  test('restricted ZIP prefixes become 000, from the shipped or a program-supplied table', () => {
    const restricted = { ...parent, address: { ...address, postalCode: '82301' } };
    expect(
      (
        deidentifyRecord(restricted, { kind: 'parent', asOf: '2026-06-30' }).record.address as {
          postalCode: string;
        }
      ).postalCode,
    ).toBe('000');
    expect(restrictedZipPrefixes.prefixes).toHaveLength(17);
    const table = { version: 'program-2020', source: 'fictitious test table', prefixes: ['530'] };
    const result = deidentifyRecord(parent, {
      kind: 'parent',
      asOf: '2026-06-30',
      zipPrefixes: table,
    });
    expect((result.record.address as { postalCode: string }).postalCode).toBe('000');
    expect(result.zipTableVersion).toBe('program-2020');
  });

  test('ages over 89, and birth dates that reveal them, become "90 or older"', () => {
    const old = { ...parent, dateOfBirth: '1936-07-01' };
    expect(deidentifyRecord(old, { kind: 'parent', asOf: '2026-06-30' }).record.dateOfBirth).toBe(
      1936,
    );
    expect(deidentifyRecord(old, { kind: 'parent', asOf: '2026-07-01' }).record.dateOfBirth).toBe(
      AGE_90_OR_OLDER,
    );
    const children = [
      { id: 'child-example-1', ageYears: 90, permanencyGoal: 'reunification' },
      { id: 'child-example-2', ageYears: 89, permanencyGoal: 'reunification' },
    ];
    const withChildren = { ...parent, children };
    expect(
      deidentifyRecord(withChildren, { kind: 'parent', asOf: '2026-06-30' }).record.children,
    ).toEqual([
      { ageYears: AGE_90_OR_OLDER, permanencyGoal: 'reunification' },
      { ageYears: 89, permanencyGoal: 'reunification' },
    ]);
  });

  test('dates keep only their year, timestamps too', () => {
    const program = createSyntheticProgram({
      seed: 'privacy-deid',
      asOf: '2026-06-30',
      parents: 4,
      partners: 2,
      months: 3,
    });
    const referral = program.referrals[0]!;
    const result = deidentifyRecord(referral, { kind: 'referral', asOf: '2026-06-30' });
    expect(result.record.receivedAt).toBe(Number(referral.receivedAt.slice(0, 4)));
    expect(result.record).not.toHaveProperty('reason');
  });

  test('a bad asOf is refused', () => {
    expect(() => deidentifyRecord(parent, { kind: 'parent', asOf: 'today' })).toThrow(
      /invalid_date/,
    );
  });
});

function collectValues(value: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return value === undefined ? [] : [value];
  const [head, ...rest] = path;
  if (value === undefined || value === null || typeof value !== 'object') return [];
  const isArray = head!.endsWith('[]');
  const inner = (value as Record<string, unknown>)[head!.replace('[]', '')];
  if (isArray)
    return Array.isArray(inner) ? inner.flatMap((element) => collectValues(element, rest)) : [];
  return collectValues(inner, rest);
}

describe('property: no field classified as a direct identifier survives deidentifyRecord', () => {
  test.each(recordKinds.filter((kind) => kind !== 'program'))(
    '%s records of random synthetic programs',
    (kind) => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
          const program = createSyntheticProgram({
            seed,
            asOf: '2026-06-30',
            parents: 6,
            partners: 3,
            months: 4,
          });
          const byKind: Record<Exclude<RecordKind, 'program'>, readonly object[]> = {
            parent: program.parents,
            parentPartner: program.partners,
            staff: program.staff,
            referral: program.referrals,
            match: program.matches,
            contact: program.contacts.slice(0, 30),
            removalEpisode: program.removalEpisodes,
            placement: program.placements,
            maltreatmentReport: program.maltreatmentReports,
            supportSession: program.supportSessions,
            engagement: program.engagements,
            groupEvent: program.groupEvents,
          };
          const direct = classifyFields(kind).filter(
            (item) => item.tags.includes('direct-identifier') || item.tags.includes('free-text'),
          );
          for (const record of byKind[kind as Exclude<RecordKind, 'program'>]) {
            const { record: result } = deidentifyRecord(record as Record<string, unknown>, {
              kind,
              asOf: '2026-06-30',
            });
            for (const item of direct) {
              expect(collectValues(result, item.path.split('.')), `${kind}.${item.path}`).toEqual(
                [],
              );
            }
            // Nothing that looks like a full date or a five-digit ZIP code survives either.
            expect(JSON.stringify(result)).not.toMatch(/\d{4}-\d{2}-\d{2}|"\d{5}(-\d{4})?"/);
          }
        }),
        { numRuns: 8 },
      );
    },
  );
});
