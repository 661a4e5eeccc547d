import { parseParent, parseProgram, parseReferral } from '@parent-partner/core';
import { describe, expect, test } from 'vitest';
import { builtInFacts } from './built-in-facts';
import { builtInMetrics, findBuiltInMetric } from './built-in-metrics';
import { computeMetric } from './compute-metric';
import { ReportError } from './errors';
import { defineMetric, type MetricDefinition, type ReportScope } from './metric';
import { defineReportFact } from './report-fact';

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
    expect(() => defineMetric({ ...valid, facts: [{} as never] })).toThrow(/^facts\.0:/);
    expect(() => defineMetric({ ...valid, facts: 'service' as never })).toThrow(/^facts:/);
  });

  test('defineReportFact rejects a bad fact, naming the field, and freezes a good one', () => {
    expect(() => defineReportFact({ id: 'Long Contacts', compute: () => [] })).toThrow(/^id:/);
    expect(() => defineReportFact({ id: 'custom.x', compute: 'no' as never })).toThrow(/^compute:/);
    expect(() => defineReportFact(null as never)).toThrow(/^fact:/);
    const fact = defineReportFact({ id: 'custom.x', compute: () => [] });
    expect(Object.isFrozen(fact)).toBe(true);
    const metric = defineMetric({ ...valid, facts: [fact, builtInFacts.service] });
    expect(metric.facts).toEqual([fact, builtInFacts.service]);
    expect(Object.isFrozen(metric.facts)).toBe(true);
  });

  test('built-in metrics are well defined, unique and bilingual', () => {
    const ids = Object.values(builtInMetrics).map((metric) => metric.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const metric of Object.values(builtInMetrics)) {
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

  test('a built-in metric computes on a context built by hand, from the compute of its facts', () => {
    const records = {
      program: parseProgram({
        id: 'x',
        name: 'X',
        state: 'WI',
        counties: [{ fips: '55029', name: 'Door' }],
      }),
      parents: [],
    };
    const period = {
      kind: 'month',
      label: '2026-01',
      start: '2026-01-01',
      end: '2026-01-31',
    } as const;
    const scope = { kind: 'program' } as const;
    const value = builtInMetrics.contacts.compute({
      records,
      period,
      scope,
      read: (fact) => fact.compute({ records, periods: [period], scopes: [scope] })[0]?.(scope),
    });
    expect(value.value).toBe(0);
    // A context whose read knows no fact gives no value rather than a wrong one.
    expect(
      builtInMetrics.contacts.compute({ records, period, scope, read: () => undefined }),
    ).toEqual({
      value: null,
    });
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
    facts: [builtInFacts.referrals],
    compute: (context) => ({
      value: context.read(builtInFacts.referrals)?.received.countOf('court') ?? null,
    }),
  });
  const records = {
    program: parseProgram({
      id: 'x',
      name: 'X',
      state: 'WI',
      counties: [
        { fips: '55029', name: 'Door' },
        { fips: '55105', name: 'Rock' },
      ],
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
  const at = (scope: ReportScope) =>
    computeMetric(courtReferrals, records, { period: '2026-01', scope }).value;
  expect(at({ kind: 'county', countyFips: '55029' })).toBe(1);
  // The scope is honoured: none from Rock, and a partner is not a scope this metric has.
  expect(at({ kind: 'county', countyFips: '55105' })).toBe(0);
  expect(at({ kind: 'partner', partnerId: 'pp-1' })).toBeNull();
  expect(at({ kind: 'program' })).toBe(1);
});

test('example: findBuiltInMetric', () => {
  expect(findBuiltInMetric('service.parents-served')?.unit).toBe('count');
});
