import {
  parseParent,
  parseProgram,
  parseReferral,
  periodContainsTimestamp,
} from '@parent-partner/core';
import { describe, expect, test } from 'vitest';
import { builtInMetrics, findBuiltInMetric } from './built-in-metrics';
import { computeMetric } from './compute-metric';
import { ReportError } from './errors';
import { defineMetric, type MetricDefinition } from './metric';

const valid: MetricDefinition = {
  id: 'custom.court-referrals',
  label: { en: 'Referrals from court', es: 'Referencias del tribunal' },
  description: {
    en: 'Referrals received from a court.',
    es: 'Referencias recibidas de un tribunal.',
  },
  category: 'referrals',
  unit: 'count',
  numerator: { en: 'Court referrals', es: 'Referencias del tribunal' },
  scopes: ['program'],
  countsPeople: true,
  compute: () => ({ value: 0 }),
};

describe('defineMetric', () => {
  test('rejects a bad definition, naming the field', () => {
    expect(() => defineMetric({ ...valid, id: 'Court Referrals' })).toThrow(/^id:/);
    expect(() => defineMetric({ ...valid, label: { en: 'x', es: '' } })).toThrow(/^label:/);
    expect(() => defineMetric({ ...valid, unit: 'proportion' })).toThrow(/^denominator:/);
    expect(() => defineMetric({ ...valid, scopes: [] })).toThrow(/^scopes:/);
    expect(() => defineMetric({ ...valid, category: 'other' as 'referrals' })).toThrow(ReportError);
  });

  test('built-in metrics are well defined, unique and bilingual', () => {
    const ids = builtInMetrics.map((metric) => metric.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const metric of builtInMetrics) {
      expect(defineMetric(metric)).toEqual(metric);
      expect(metric.label.es).not.toBe(metric.label.en);
    }
    expect(findBuiltInMetric('nope')).toBeUndefined();
    expect(() =>
      computeMetric(
        'nope',
        {
          program: parseProgram({
            id: 'x',
            name: 'X',
            state: 'WI',
            counties: [{ fips: '55029', name: 'Door' }],
          }),
          parents: [],
        },
        { period: '2026-01' },
      ),
    ).toThrow(/no built-in or given metric/);
  });

  test('a built-in metric cannot be computed outside the engine', () => {
    const metric = findBuiltInMetric('service.contacts');
    expect(() =>
      metric?.compute({
        records: {
          program: parseProgram({
            id: 'x',
            name: 'X',
            state: 'WI',
            counties: [{ fips: '55029', name: 'Door' }],
          }),
          parents: [],
        },
        period: { kind: 'month', label: '2026-01', start: '2026-01-01', end: '2026-01-31' },
        scope: { kind: 'program' },
      }),
    ).toThrow(ReportError);
  });
});

test('example: defineMetric', () => {
  const courtReferrals = defineMetric({
    id: 'custom.court-referrals',
    label: { en: 'Referrals from court', es: 'Referencias del tribunal' },
    description: {
      en: 'Referrals received from a court.',
      es: 'Referencias recibidas de un tribunal.',
    },
    category: 'referrals',
    unit: 'count',
    numerator: {
      en: 'Referrals from court received in the period',
      es: 'Referencias del tribunal recibidas en el período',
    },
    scopes: ['program', 'county'],
    countsPeople: true,
    compute: ({ records, period }) => ({
      value: (records.referrals ?? []).filter(
        (referral) =>
          referral.source === 'court' && periodContainsTimestamp(period, referral.receivedAt),
      ).length,
    }),
  });
  expect(courtReferrals.id).toBe('custom.court-referrals');
  const records = {
    program: parseProgram({
      id: 'x',
      name: 'X',
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
    referrals: [
      parseReferral({
        id: 'r-1',
        parentId: 'p-1',
        source: 'court',
        countyFips: '55029',
        removalOccurred: true,
        receivedAt: '2026-01-05T10:00:00-06:00',
        status: 'received',
      }),
    ],
  };
  expect(computeMetric(courtReferrals, records, { period: '2026-01' }).value).toBe(1);
});

test('example: findBuiltInMetric', () => {
  expect(findBuiltInMetric('service.parents-served')?.unit).toBe('count');
});
