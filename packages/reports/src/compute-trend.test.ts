import { parseContact, parseParent, parseProgram } from '@parent-partner/core';
import { describe, expect, test } from 'vitest';
import { buildLakeshoreRecords, ROCK } from '../test/fixtures';
import { computeMetric } from './compute-metric';
import { computeTrend } from './compute-trend';
import { defineMetric } from './metric';
import { splitIntoMonths } from './report-periods';

describe('computeTrend', () => {
  test('months of a quarter, each computed as its own period', () => {
    const records = buildLakeshoreRecords();
    const trend = computeTrend('service.contacts', records, { range: 'SFY2026-Q2' });
    expect(trend.points.map((point) => point.period.label)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    // Oct: c1 c2 c8; Nov: c3 c6 c10; Dec: c4 c7 c11 c12
    expect(trend.points.map((point) => point.value)).toEqual([3, 3, 4]);
    const served = computeTrend('service.parents-served', records, {
      range: 'SFY2026-Q2',
      scope: { kind: 'county', countyFips: ROCK },
    });
    // Rock: Oct p3 (contact); Nov p4 (m4); Dec p4
    expect(served.points.map((point) => point.value)).toEqual([1, 1, 1]);
  });

  test('a custom range is clipped at both ends', () => {
    const months = splitIntoMonths({
      kind: 'custom',
      label: '2025-10-15..2025-12-10',
      start: '2025-10-15',
      end: '2025-12-10',
    });
    expect(months.map((month) => month.label)).toEqual([
      '2025-10-15..2025-10-31',
      '2025-11',
      '2025-12-01..2025-12-10',
    ]);
    const trend = computeTrend('service.contacts', buildLakeshoreRecords(), {
      range: '2025-10-15..2025-12-10',
    });
    // Oct 15–31: c2 c8; Nov: c3 c6 c10; Dec 1–10: c7 c11
    expect(trend.points.map((point) => point.value)).toEqual([2, 3, 2]);
  });

  test('a program-defined metric trends like a built-in one', () => {
    const phoneContacts = defineMetric({
      id: 'custom.phone-contacts',
      label: { en: 'Phone contacts', es: 'Contactos telefónicos' },
      description: { en: 'Contacts by phone.', es: 'Contactos por teléfono.' },
      category: 'service',
      unit: 'count',
      numerator: { en: 'Phone contacts in the period', es: 'Contactos telefónicos en el período' },
      scopes: ['program'],
      countsPeople: false,
      compute: ({ records, period }) => ({
        value: (records.contacts ?? []).filter(
          (contact) =>
            contact.mode === 'phone' && contact.date >= period.start && contact.date <= period.end,
        ).length,
      }),
    });
    const trend = computeTrend(phoneContacts, buildLakeshoreRecords(), { range: 'SFY2026-Q2' });
    expect(trend.points.map((point) => point.value)).toEqual([1, 1, 0]); // c8 (Oct), c3 (Nov)
    expect(
      computeMetric('custom.phone-contacts', buildLakeshoreRecords(), {
        period: 'SFY2026-Q2',
        metrics: [phoneContacts],
      }).value,
    ).toBe(2);
  });
});

test('example: computeTrend', () => {
  const records = {
    program: parseProgram({
      id: 'demo',
      name: 'Demo County Parent Partners',
      state: 'WI',
      counties: [{ fips: '55029', name: 'Door' }],
    }),
    parents: [
      parseParent({
        id: 'p-1',
        name: { given: 'Ana', family: 'Example' },
        languages: ['en'],
        countyFips: '55029',
      }),
    ],
    contacts: [
      parseContact({
        id: 'c-1',
        parentId: 'p-1',
        partnerId: 'pp-1',
        date: '2025-11-30',
        minutes: 60,
        mode: 'in_person',
        activity: 'mentoring',
      }),
      parseContact({
        id: 'c-2',
        parentId: 'p-1',
        partnerId: 'pp-1',
        date: '2025-12-01',
        minutes: 30,
        mode: 'phone',
        activity: 'mentoring',
      }),
    ],
  };
  expect(
    computeTrend('service.contacts', records, { range: 'SFY2026-Q2' }).points.map(
      (point) => point.value,
    ),
  ).toEqual([0, 1, 1]);
});
