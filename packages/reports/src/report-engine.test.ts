import {
  type Contact,
  freezeRecord,
  type ParentPartner,
  type Referral,
} from '@parent-partner/core';
import { createSyntheticProgram } from '@parent-partner/testing';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildContact, buildLakeshoreRecords, DOOR, ROCK } from '../test/fixtures';
import { buildProgramReport, buildReportWithEngine } from './build-program-report';
import { builtInFacts } from './built-in-facts';
import { builtInMetrics } from './built-in-metrics';
import { computeMetric } from './compute-metric';
import { computeTrend } from './compute-trend';
import { ReportEngineCore } from './engine-core';
import { ReportError } from './errors';
import { defineMetric, type MetricDefinition, type ReportScope } from './metric';
import { createMetricContext } from './metric-context';
import type { ProgramRecords } from './program-records';
import { createReportEngine } from './report-engine';
import { defineReportFact } from './report-fact';
import { resolvePeriod } from './report-periods';

const period = 'SFY2026-Q2';
const generatedAt = '2026-01-05T09:00:00-06:00';
const open = { suppression: 'off-i-understand-the-risk' } as const;
const door: ReportScope = { kind: 'county', countyFips: DOOR };
const rock: ReportScope = { kind: 'county', countyFips: ROCK };
const pp1: ReportScope = { kind: 'partner', partnerId: 'pp1' };

/** A contact in Door, for pp1's match m1, on the last day of the quarter. */
const extraContact = (): Contact =>
  buildContact('c-new', 'p1', 'pp1', '2025-12-31', { matchId: 'm1', minutes: 60 });

function refusal(run: () => unknown): ReportError {
  try {
    run();
  } catch (error) {
    if (ReportError.isInstance(error)) return error as ReportError;
    throw error;
  }
  throw new Error('expected a ReportError');
}

describe('createReportEngine refuses records that can change', () => {
  test('unfrozen records are refused with the path of the first unfrozen value, never a value', () => {
    const records = buildLakeshoreRecords();
    const root = refusal(() => createReportEngine(records as never));
    expect(root.code).toBe('REPORT_RECORDS_NOT_FROZEN');
    expect(root.message).toMatch(/^records: expected deeply frozen records/);

    // Everything frozen but one contact's participants list.
    const contacts = records.contacts!.map((contact, position) =>
      position === 3 ? { ...contact, participants: ['caseworker'] } : contact,
    );
    const almost = { ...records, contacts };
    freezeRecord(records);
    Object.freeze(contacts);
    for (const [position, contact] of contacts.entries())
      if (position !== 3) Object.freeze(contact);
    Object.freeze(contacts[3]);
    Object.freeze(almost);
    const nested = refusal(() => createReportEngine(almost as never));
    expect(nested.code).toBe('REPORT_RECORDS_NOT_FROZEN');
    expect(nested.message).toMatch(/^records\.contacts\.3\.participants: /);
    expect(nested.message).not.toContain('caseworker');
  });

  test('frozen records are accepted, and an in-place change then fails instead of going stale', () => {
    const records = freezeRecord(buildLakeshoreRecords());
    const engine = createReportEngine(records);
    const before = engine.compute(builtInMetrics.contacts, { period }).value;
    expect(before).toBe(10);
    // A contact pushed onto the same list, a referral's status, a partner's status: each throws.
    expect(() => (records.contacts as Contact[]).push(extraContact())).toThrow(TypeError);
    expect(() => {
      (records.referrals![4] as { status: Referral['status'] }).status = 'declined';
    }).toThrow(TypeError);
    expect(() => {
      (records.partners![0] as { status: ParentPartner['status'] }).status = 'inactive';
    }).toThrow(TypeError);
    expect(engine.compute(builtInMetrics.contacts, { period }).value).toBe(before);
    expect(engine.compute(builtInMetrics.referralsDeclined, { period }).value).toBe(1);
    expect(engine.compute(builtInMetrics.trainingCompliance, { period }).denominator).toBe(2);
  });

  test('new records make a new engine with the fresh answer; the old engine keeps the old one', () => {
    const records = freezeRecord(buildLakeshoreRecords());
    const engine = createReportEngine(records);
    expect(engine.compute(builtInMetrics.contacts, { period }).value).toBe(10);
    const next = freezeRecord({ ...records, contacts: [...records.contacts!, extraContact()] });
    expect(createReportEngine(next).compute(builtInMetrics.contacts, { period }).value).toBe(11);
    expect(engine.compute(builtInMetrics.contacts, { period }).value).toBe(10);
  });

  test('bad records and options are refused with the option named', () => {
    expect(refusal(() => createReportEngine(freezeRecord({}) as never)).message).toMatch(
      /^records:/,
    );
    const engine = createReportEngine(freezeRecord(buildLakeshoreRecords()));
    expect(
      refusal(() => engine.compute(builtInMetrics.contacts, { period, scope: null as never }))
        .message,
    ).toMatch(/^scope:/);
    expect(refusal(() => engine.compute(null as never, { period })).message).toMatch(/^metric:/);
    expect(refusal(() => engine.compute('nope', { period })).code).toBe('REPORT_UNKNOWN_METRIC');
    expect(refusal(() => engine.computeTrend(builtInMetrics.contacts, null as never)).code).toBe(
      'REPORT_INVALID_OPTIONS',
    );
  });
});

describe('the plain functions see records as they are at each call', () => {
  test('a contact pushed onto the same list is counted by the next call', () => {
    const records = buildLakeshoreRecords();
    const context = createMetricContext(records, { period });
    expect(computeMetric(builtInMetrics.contacts, records, { period }).value).toBe(10);
    expect(
      computeTrend(builtInMetrics.contacts, records, { range: period }).points.map((p) => p.value),
    ).toEqual([3, 3, 4]);
    const report = buildProgramReport(records, { period, generatedAt, privacy: open });
    expect(report.sections[0]?.blocks[0]).toMatchObject({
      figures: expect.arrayContaining([
        expect.objectContaining({ metricId: 'service.contacts', value: 10 }),
      ]),
    });
    expect(builtInMetrics.contacts.compute(context).value).toBe(10);

    (records.contacts as Contact[]).push(extraContact());
    expect(computeMetric(builtInMetrics.contacts, records, { period }).value).toBe(11);
    expect(computeMetric(builtInMetrics.contacts, records, { period, scope: door }).value).toBe(6);
    expect(
      computeTrend(builtInMetrics.contacts, records, { range: period }).points.map((p) => p.value),
    ).toEqual([3, 3, 5]);
    const after = buildProgramReport(records, { period, generatedAt, privacy: open });
    expect(after.sections[0]?.blocks[0]).toMatchObject({
      figures: expect.arrayContaining([
        expect.objectContaining({ metricId: 'service.contacts', value: 11 }),
      ]),
    });
    // The same context object reads the records as they are now.
    expect(builtInMetrics.contacts.compute(context).value).toBe(11);
  });

  test("a referral's status changed in place is counted by the next call", () => {
    const records = buildLakeshoreRecords();
    const context = createMetricContext(records, { period, scope: rock });
    expect(computeMetric(builtInMetrics.referralsDeclined, records, { period }).value).toBe(1);
    expect(builtInMetrics.referralsDeclined.compute(context).value).toBe(0);
    // r5 (Rock, received 2025-10-20) becomes declined.
    (records.referrals![4] as { status: Referral['status'] }).status = 'declined';
    expect(computeMetric(builtInMetrics.referralsDeclined, records, { period }).value).toBe(2);
    expect(
      computeTrend(builtInMetrics.referralsDeclined, records, { range: period }).points.map(
        (point) => point.value,
      ),
    ).toEqual([1, 1, 0]);
    expect(builtInMetrics.referralsDeclined.compute(context).value).toBe(1);
    const report = buildProgramReport(records, { period, generatedAt, privacy: open });
    const summary = report.sections
      .flatMap((section) => section.blocks)
      .find((block) => block.type === 'table' && block.table.id === 'service-summary');
    expect(
      summary?.type === 'table' &&
        summary.table.rows.find((row) => row.cells[0] === 'Referrals declined')?.cells[1],
    ).toBe(2);
  });

  test("a partner's status changed in place is counted by the next call", () => {
    const records = buildLakeshoreRecords();
    // pp1 and pp2 are active; pp1 holds both required trainings until 2025-12-31.
    expect(computeMetric(builtInMetrics.trainingCompliance, records, { period })).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    (records.partners![0] as { status: ParentPartner['status'] }).status = 'inactive';
    expect(computeMetric(builtInMetrics.trainingCompliance, records, { period })).toMatchObject({
      numerator: 0,
      denominator: 1,
    });
    expect(
      computeTrend(builtInMetrics.caseloadUse, records, { range: period, scope: pp1 }).points.map(
        (point) => point.denominator,
      ),
    ).toEqual([0, 0, 0]);
    const report = buildProgramReport(records, { period, generatedAt, privacy: open });
    const workforce = report.sections
      .flatMap((section) => section.blocks)
      .find((block) => block.type === 'table' && block.table.id === 'workforce');
    expect(
      workforce?.type === 'table' &&
        workforce.table.rows.find((row) => row.cells[0] === 'Training compliance on the last day')
          ?.cells[1],
    ).toBe(0);
  });
});

describe('an engine computes each fact once, for the scopes asked', () => {
  const records = freezeRecord(buildLakeshoreRecords());

  test('the program report is one pass over the records, and only its scopes', () => {
    const core = new ReportEngineCore(records as ProgramRecords, { wholeKinds: true, metrics: [] });
    const seen: string[][] = [];
    const scopesFact = defineReportFact<number>({
      id: 'custom.scopes-seen',
      compute: ({ periods, scopes }) => {
        seen.push(scopes.map((scope) => (scope.kind === 'county' ? scope.countyFips : scope.kind)));
        return periods.map(() => () => 1);
      },
    });
    const custom = defineMetric({
      ...builtInMetrics.contacts,
      id: 'custom.contacts',
      facts: [builtInFacts.service, scopesFact],
      compute: (context) => ({
        value:
          (context.read(builtInFacts.service)?.contactsByActivity.count ?? 0) +
          (context.read(scopesFact) ?? 0) -
          1,
      }),
    });
    const report = buildReportWithEngine(core, {
      period,
      generatedAt,
      privacy: open,
      metrics: [custom],
    });
    // One pass for every built-in fact of the period and its months, one call of the custom fact.
    expect(core.passes).toBe(2);
    expect(seen).toEqual([['program', DOOR, ROCK]]);
    const custom1 = report.sections.find((section) => section.id === 'program-metrics');
    expect(JSON.stringify(custom1)).toContain('Contacts');
    // Partner scopes were not computed: reading one takes a pass of its own.
    const quarter = resolvePeriod(records as ProgramRecords, period);
    core.read(builtInFacts.service, quarter, pp1, [quarter], core.selectionFor(pp1));
    expect(core.passes).toBe(3);
    // The same report again computes nothing.
    buildReportWithEngine(core, { period, generatedAt, privacy: open, metrics: [custom] });
    expect(core.passes).toBe(3);
  });

  test('a county report computes that county only', () => {
    const core = new ReportEngineCore(records as ProgramRecords, { wholeKinds: true, metrics: [] });
    const seen: string[][] = [];
    const scopesFact = defineReportFact<number>({
      id: 'custom.scopes-seen',
      compute: ({ periods, scopes }) => {
        seen.push(scopes.map((scope) => (scope.kind === 'county' ? scope.countyFips : scope.kind)));
        return periods.map(() => () => 0);
      },
    });
    const custom = defineMetric({
      ...builtInMetrics.contacts,
      id: 'custom.seen',
      facts: [scopesFact],
      compute: (context) => ({ value: context.read(scopesFact) ?? null }),
    });
    buildReportWithEngine(core, { period, generatedAt, scope: rock, metrics: [custom] });
    expect(seen).toEqual([['program', ROCK]]);
    expect(core.passes).toBe(2);
  });

  test('computing every county of a period is one pass; a trend is one pass for all its months', () => {
    const core = new ReportEngineCore(records as ProgramRecords, { wholeKinds: true, metrics: [] });
    for (const scope of [door, rock, { kind: 'program' } as const]) {
      core.compute(builtInMetrics.parentsServed, { period, scope });
      core.compute(builtInMetrics.contacts, { period, scope });
    }
    expect(core.passes).toBe(1);
    core.computeTrend(builtInMetrics.contacts, { range: period, scope: door });
    expect(core.passes).toBe(2);
    core.computeTrend(builtInMetrics.newMatches, { range: period, scope: rock });
    expect(core.passes).toBe(2);
  });

  test('a fact read without being declared is still computed, for the whole trend at once', () => {
    const core = new ReportEngineCore(records as ProgramRecords, { wholeKinds: true, metrics: [] });
    const undeclared = defineMetric({
      ...builtInMetrics.contacts,
      id: 'custom.undeclared',
      facts: [],
      compute: (context) => ({
        value: context.read(builtInFacts.service)?.contactsByActivity.count ?? null,
      }),
    });
    const trend = core.computeTrend(undeclared, { range: period });
    expect(trend.points.map((point) => point.value)).toEqual([3, 3, 4]);
    expect(core.passes).toBe(1);
  });

  test('a fact whose compute breaks its contract is refused, naming the fact', () => {
    const broken = defineReportFact<number>({ id: 'custom.broken', compute: () => [] });
    const metric = defineMetric({
      ...builtInMetrics.contacts,
      id: 'custom.broken',
      facts: [broken],
      compute: (context) => ({ value: context.read(broken) ?? null }),
    });
    const engine = createReportEngine(records);
    const error = refusal(() => engine.compute(metric, { period }));
    expect(error.code).toBe('REPORT_INVALID_METRIC');
    expect(error.message).toMatch(/^fact custom\.broken:/);
    expect(refusal(() => metric.compute(createMetricContext(records, { period }))).message).toMatch(
      /^fact custom\.broken:/,
    );
  });
});

describe('an engine answers exactly as the plain functions, in any order of requests', () => {
  const synthetic = createSyntheticProgram({
    seed: 'report-engine',
    asOf: '2026-06-30',
    counties: 3,
    parents: 150,
    partners: 9,
    months: 14,
  });
  const frozen = freezeRecord(structuredClone(synthetic));
  const metrics = Object.values(builtInMetrics);
  const scopes: ReportScope[] = [
    { kind: 'program' },
    ...synthetic.program.counties.map((county) => ({
      kind: 'county' as const,
      countyFips: county.fips,
    })),
    ...synthetic.partners
      .slice(0, 3)
      .map((partner) => ({ kind: 'partner' as const, partnerId: partner.id })),
    { kind: 'county', countyFips: '99999' },
  ];
  const periods = ['SFY2026', 'SFY2026-Q1', 'SFY2026-Q4', '2026-02', '2025-07-15..2025-09-10'];

  test('property: any sequence of computations, trends and reports on one engine equals fresh answers', () => {
    const request = fc.record({
      kind: fc.constantFrom('metric', 'trend', 'report'),
      metric: fc.constantFrom(...metrics),
      scope: fc.constantFrom(...scopes),
      period: fc.constantFrom(...periods),
    });
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 8 }), (requests) => {
        const engine = createReportEngine(frozen);
        for (const { kind, metric, scope, period: label } of requests) {
          if (kind === 'metric') {
            expect(engine.compute(metric, { period: label, scope })).toEqual(
              computeMetric(metric, synthetic, { period: label, scope }),
            );
          } else if (kind === 'trend') {
            expect(engine.computeTrend(metric, { range: label, scope })).toEqual(
              computeTrend(metric, synthetic, { range: label, scope }),
            );
          } else if (scope.kind !== 'county' || scope.countyFips !== '99999') {
            expect(engine.build({ period: label, scope, generatedAt })).toEqual(
              buildProgramReport(synthetic, { period: label, scope, generatedAt }),
            );
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  test('every built-in metric is the same through a context built by hand', () => {
    for (const metric of metrics) {
      for (const scope of scopes) {
        const expected = computeMetric(metric, synthetic, { period: 'SFY2026-Q3', scope });
        const { metricId: _id, unit: _unit, period: _period, scope: _scope, ...value } = expected;
        const context = createMetricContext(synthetic, { period: 'SFY2026-Q3', scope });
        const direct = metric.scopes.includes(scope.kind)
          ? metric.compute(context)
          : { value: null };
        expect(direct).toEqual(value);
      }
    }
  });
});

describe('a program metric equivalent to a built-in one gives the same figures', () => {
  const synthetic = createSyntheticProgram({
    seed: 'custom-equivalent',
    asOf: '2026-06-30',
    counties: 4,
    parents: 200,
    partners: 10,
    months: 14,
  });
  // Written as a program would, from the public facts only.
  const customContacts: MetricDefinition = defineMetric({
    id: 'custom.contacts',
    label: { en: 'Contacts (ours)', es: 'Contactos (nuestros)' },
    description: { en: 'Contacts in the period.', es: 'Contactos del período.' },
    category: 'service',
    unit: 'count',
    numerator: { en: 'Contacts dated in the period', es: 'Contactos con fecha en el período' },
    scopes: ['program', 'county', 'partner'],
    countsPeople: false,
    facts: [builtInFacts.service],
    compute: (context) => {
      const service = context.read(builtInFacts.service);
      if (service === undefined) return { value: null };
      return {
        value: service.contactsByActivity.count,
        breakdowns: {
          activity: service.contactsByActivity.entries('count'),
          mode: service.contactsByMode.entries('count'),
        },
      };
    },
  });
  const customPermanency: MetricDefinition = defineMetric({
    id: 'custom.permanency',
    label: { en: 'Permanency (ours)', es: 'Permanencia (nuestra)' },
    description: { en: 'Permanency in 12 months.', es: 'Permanencia en 12 meses.' },
    category: 'outcomes',
    unit: 'proportion',
    numerator: { en: 'Children reaching permanency', es: 'Niños con permanencia' },
    denominator: { en: 'Children entering care', es: 'Niños que ingresaron' },
    scopes: ['program', 'county', 'partner'],
    countsPeople: true,
    facts: [builtInFacts.outcomes],
    compute: (context) => {
      const ratio = context.read(builtInFacts.outcomes)?.permanencyIn12Months;
      if (ratio === undefined) return { value: null };
      const { numerator, denominator } = ratio;
      return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
    },
  });
  const pairs = [
    [builtInMetrics.contacts, customContacts],
    [builtInMetrics.permanencyIn12Months, customPermanency],
  ] as const;
  const scopes: ReportScope[] = [
    { kind: 'program' },
    { kind: 'county', countyFips: synthetic.program.counties[1]!.fips },
    { kind: 'partner', partnerId: synthetic.partners[2]!.id },
  ];
  const county = scopes[1]!;
  const strip = <T extends { metricId: string }>({ metricId: _id, ...rest }: T) => rest;

  test('computed, trended and reported alike, for every scope', () => {
    const engine = createReportEngine(freezeRecord(structuredClone(synthetic)));
    for (const [builtIn, custom] of pairs) {
      for (const scope of scopes) {
        for (const label of ['SFY2026', 'SFY2026-Q3']) {
          const expected = strip(computeMetric(builtIn, synthetic, { period: label, scope }));
          expect(strip(computeMetric(custom, synthetic, { period: label, scope }))).toEqual(
            expected,
          );
          expect(strip(engine.compute(custom, { period: label, scope }))).toEqual(expected);
        }
        expect(strip(computeTrend(custom, synthetic, { range: 'SFY2026', scope }))).toEqual(
          strip(computeTrend(builtIn, synthetic, { range: 'SFY2026', scope })),
        );
      }
    }
    // Any built-in metric copied under a program id computes the same: nothing in it is private.
    for (const builtIn of Object.values(builtInMetrics)) {
      const copy = defineMetric({ ...builtIn, id: `custom.${builtIn.id}` });
      expect(strip(computeMetric(copy, synthetic, { period: 'SFY2026', scope: county }))).toEqual(
        strip(computeMetric(builtIn, synthetic, { period: 'SFY2026', scope: county })),
      );
    }
  });

  test('in the report, the program metrics section shows the built-in figure', () => {
    const report = buildProgramReport(synthetic, {
      period: 'SFY2026',
      generatedAt,
      privacy: open,
      metrics: [customContacts],
    });
    const shown = report.sections
      .find((section) => section.id === 'program-metrics')
      ?.blocks.find((block) => block.type === 'table');
    const contacts = computeMetric(builtInMetrics.contacts, synthetic, { period: 'SFY2026' });
    expect(shown?.type === 'table' && shown.table.rows[0]?.cells[1]).toBe(contacts.value);
  });
});

test('records typed as frozen are what the engine keeps', () => {
  const records: ProgramRecords = buildLakeshoreRecords();
  const engine = createReportEngine(freezeRecord(records));
  expect(engine.records).toBe(records);
  expect(Object.isFrozen(engine)).toBe(true);
});

test('example: createReportEngine', async () => {
  const {
    freezeRecord: freeze,
    parseParent,
    parseProgram,
    parseReferral,
  } = await import('@parent-partner/core');
  const records = freeze({
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
    referrals: [
      parseReferral({
        id: 'r-1',
        parentId: 'p-1',
        source: 'court',
        countyFips: '55029',
        removalOccurred: true,
        receivedAt: '2025-10-02T09:00:00-05:00',
        status: 'received',
      }),
    ],
  });
  const engine = createReportEngine(records);
  expect(engine.compute(builtInMetrics.referralsReceived, { period: 'SFY2026-Q2' }).value).toBe(1);
  expect(
    engine
      .computeTrend(builtInMetrics.referralsReceived, { range: 'SFY2026-Q2' })
      .points.map((point) => point.value),
  ).toEqual([1, 0, 0]);
  expect(engine.build({ period: 'SFY2026-Q2', generatedAt }).period.label).toBe('SFY2026-Q2');
});
