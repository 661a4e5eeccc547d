import { parseProgram } from '@parent-partner/core';
import { createSuppressionPolicy } from '@parent-partner/privacy';
import { createSyntheticProgram } from '@parent-partner/testing';
import { describe, expect, test } from 'vitest';
import { buildLakeshoreRecords, DOOR, ROCK } from '../test/fixtures';
import { listReportTables } from './assert-report';
import { buildProgramReport } from './build-program-report';
import { defineMetric } from './metric';
import type { Report, ReportTable } from './report';
import { ReportSchema } from './report';

const generatedAt = '2026-01-05T09:00:00-06:00';
const open = { suppression: 'off-i-understand-the-risk' } as const;

function findTable(report: Report, id: string): ReportTable {
  const table = listReportTables(report).find((candidate) => candidate.id === id);
  if (!table) throw new Error(`no table ${id}`);
  return table;
}

function cell(table: ReportTable, rowLabel: string, column: string): unknown {
  const position = table.columns.findIndex((entry) => entry.key === column);
  return table.rows.find((row) => row.cells[0] === rowLabel)?.cells[position];
}

describe('buildProgramReport without suppression (figures as computed)', () => {
  const report = buildProgramReport(buildLakeshoreRecords(), {
    period: 'SFY2026-Q2',
    generatedAt,
    privacy: open,
  });

  test('a valid document that says suppression was off', () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.privacy).toEqual({ suppression: 'off', consentingParentsOnly: false });
    expect(report.footnotes.some((note) => note.includes('turned off'))).toBe(true);
    expect(report.suppressionNotes).toEqual([]);
  });

  test('tables carry the hand-worked figures', () => {
    const bySource = findTable(report, 'referrals-by-source');
    expect(cell(bySource, 'Caseworker', 'count')).toBe(2);
    expect(cell(bySource, 'Total', 'count')).toBe(4);
    const byCounty = findTable(report, 'by-county');
    expect(cell(byCounty, 'Door', 'served')).toBe(3);
    expect(cell(byCounty, 'Rock', 'served')).toBe(2);
    // Unduplicated: the program total is not the sum of the counties.
    expect(cell(byCounty, 'Total', 'served')).toBe(4);
    const outcomes = findTable(report, 'cfsr-outcomes');
    expect(outcomes.columns.map((column) => column.key)).not.toContain('other');
    expect(cell(outcomes, 'Permanency in 12 months (entries)', 'numerator')).toBe(2);
    expect(cell(outcomes, 'Permanency in 12 months (entries)', 'percent')).toBe(0.6667);
    const coverage = findTable(report, 'monthly-contact-coverage');
    expect(coverage.rows.map((row) => row.cells[2])).toEqual([1, 2, 3, 6]);
    const fidelity = findTable(report, 'fidelity');
    expect(cell(fidelity, 'New matches meeting the contact target', 'value')).toBe(50);
    const trend = findTable(report, 'monthly-trend');
    expect(trend.rows.map((row) => row.cells[4])).toEqual([3, 3, 4]);
  });

  test('charts follow their tables', () => {
    const charts = report.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.type === 'chart' ? [block.chart] : [])),
    );
    const trend = charts.find((chart) => chart.id === 'chart-monthly-trend');
    expect(trend?.series[0]?.values).toEqual([3, 3, 4]);
    expect(trend?.description).toContain('Contacts, 2025-10 3');
  });
});

describe('buildProgramReport with suppression (the default)', () => {
  test('no shown count of people falls between 1 and 10 (CMS)', () => {
    const report = buildProgramReport(buildLakeshoreRecords(), {
      period: 'SFY2026-Q2',
      generatedAt,
    });
    expect(report.privacy).toEqual({
      suppression: 'applied',
      rule: 'cms',
      consentingParentsOnly: false,
    });
    expectNoSmallCounts(report, 1, 10);
    expect(report.suppressionNotes.length).toBeGreaterThan(0);
    const figures = report.sections[0]?.blocks[0];
    expect(
      figures?.type === 'key-figures' &&
        figures.figures.find((figure) => figure.metricId === 'service.parents-served'),
    ).toMatchObject({ value: null, suppressed: true });
    // Contacts are not people: shown.
    expect(cell(findTable(report, 'contacts-by-mode'), 'In person', 'count')).toBe(7);
  });

  test('on a synthetic program: small counts hidden, hidden cells not derivable from a shown total', () => {
    const program = createSyntheticProgram({
      seed: 'suppression',
      asOf: '2026-01-15',
      counties: 4,
      parents: 300,
      partners: 20,
    });
    for (const suppression of [
      'cms',
      'washington',
      createSuppressionPolicy({ maximum: 4, name: 'fewer-than-5' }),
    ] as const) {
      const report = buildProgramReport(program, {
        period: 'SFY2026-Q2',
        generatedAt,
        privacy: { suppression },
      });
      const maximum = typeof suppression === 'string' ? (suppression === 'cms' ? 10 : 9) : 4;
      expectNoSmallCounts(report, 1, maximum);
      for (const table of listReportTables(report)) {
        const totalRow = table.rows.find((row) => row.total);
        if (!totalRow) continue;
        table.columns.forEach((column) => {
          if (!column.countsPeople || totalRow.suppressed?.includes(column.key)) return;
          const hidden = table.rows.filter(
            (row) => !row.total && row.suppressed?.includes(column.key),
          ).length;
          // A single hidden cell under a shown total could be recomputed (unduplicated columns excepted).
          if (column.key !== 'served') expect(hidden, `${table.id}.${column.key}`).not.toBe(1);
        });
      }
      const charts = report.sections.flatMap((section) =>
        section.blocks.flatMap((block) => (block.type === 'chart' ? [block.chart] : [])),
      );
      const bySource = findTable(report, 'referrals-by-source');
      const chart = charts.find((entry) => entry.id === 'chart-referrals-by-source');
      bySource.rows
        .filter((row) => !row.total)
        .forEach((row, position) => {
          expect(chart?.series[0]?.values[position]).toBe(
            row.suppressed?.includes('count') ? null : row.cells[1],
          );
        });
    }
  });
});

function expectNoSmallCounts(report: Report, minimum: number, maximum: number): void {
  for (const table of listReportTables(report)) {
    table.columns.forEach((column, position) => {
      if (!column.countsPeople) return;
      for (const row of table.rows) {
        const value = row.cells[position];
        if (typeof value === 'number' && !(table.id === 'program-metrics')) {
          expect(value >= minimum && value <= maximum, `${table.id}.${column.key} = ${value}`).toBe(
            false,
          );
        }
      }
    });
  }
}

describe('scopes, languages, consent and options', () => {
  test('a county report has no county breakdown; a partner report has no referral figures', () => {
    const county = buildProgramReport(buildLakeshoreRecords(), {
      period: 'SFY2026-Q2',
      generatedAt,
      privacy: open,
      scope: { kind: 'county', countyFips: ROCK },
    });
    expect(county.scope).toEqual({ kind: 'county', id: ROCK, label: 'County: Rock' });
    expect(county.sections.map((section) => section.id)).not.toContain('counties');
    expect(cell(findTable(county, 'referrals-by-source'), 'Total', 'count')).toBe(2);
    const partner = buildProgramReport(buildLakeshoreRecords(), {
      period: 'SFY2026-Q2',
      generatedAt,
      privacy: open,
      scope: { kind: 'partner', partnerId: 'pp1' },
    });
    expect(
      cell(findTable(partner, 'service-summary'), 'Parents served (unduplicated)', 'value'),
    ).toBe(3);
    expect(
      cell(
        findTable(partner, 'referral-timeliness'),
        'Days from referral to first contact',
        'median',
      ),
    ).toBeNull();
    expect(partner.sections.map((section) => section.id)).not.toContain('community');
  });

  test('Spanish labels', () => {
    const report = buildProgramReport(buildLakeshoreRecords(), {
      period: 'SFY2026-Q2',
      generatedAt,
      language: 'es',
      scope: { kind: 'county', countyFips: DOOR },
    });
    expect(report.title).toBe('Informe del programa');
    expect(findTable(report, 'referrals-by-source').columns[0]?.label).toBe('Fuente de referencia');
    expect(cell(findTable(report, 'contacts-by-mode'), 'En persona', 'count')).toBe(3); // c1 c2 c4
  });

  test('the report says when only consenting parents were counted', () => {
    const report = buildProgramReport(
      buildLakeshoreRecords({ reportOnlyConsentingParents: true }),
      { period: 'SFY2026-Q2', generatedAt, privacy: open },
    );
    expect(report.privacy.consentingParentsOnly).toBe(true);
    expect(report.footnotes.some((note) => note.includes('consented to reporting'))).toBe(true);
    expect(cell(findTable(report, 'by-county'), 'Total', 'served')).toBe(3);
  });

  test('program-defined metrics get their own section', () => {
    const phone = defineMetric({
      id: 'custom.phone-contacts',
      label: { en: 'Phone contacts', es: 'Contactos telefónicos' },
      description: { en: 'Contacts by phone.', es: 'Contactos por teléfono.' },
      category: 'custom:outreach',
      unit: 'count',
      numerator: { en: 'Phone contacts', es: 'Contactos telefónicos' },
      scopes: ['program'],
      countsPeople: false,
      compute: ({ records, period }) => ({
        value: (records.contacts ?? []).filter(
          (contact) =>
            contact.mode === 'phone' && contact.date >= period.start && contact.date <= period.end,
        ).length,
      }),
    });
    const report = buildProgramReport(buildLakeshoreRecords(), {
      period: 'SFY2026-Q2',
      generatedAt,
      metrics: [phone],
    });
    expect(cell(findTable(report, 'program-metrics'), 'Phone contacts', 'value')).toBe(2);
  });

  test('bad options are refused without echoing values', () => {
    const records = buildLakeshoreRecords();
    expect(() => buildProgramReport(records, { period: 'SFY2026-Q2', generatedAt: 'now' })).toThrow(
      /^generatedAt:/,
    );
    expect(() =>
      buildProgramReport(records, {
        period: 'SFY2026-Q2',
        generatedAt,
        scope: { kind: 'county', countyFips: '99999' },
      }),
    ).toThrow(/^scope:/);
    expect(() =>
      buildProgramReport(records, {
        period: 'SFY2026-Q2',
        generatedAt,
        privacy: { suppression: 'off' as never },
      }),
    ).toThrow(/^privacy.suppression:/);
    expect(() => buildProgramReport(records, { period: 'SFY2026-Q9', generatedAt })).toThrow(
      /quarter/,
    );
  });

  test('deterministic: the same input gives the same document', () => {
    const first = buildProgramReport(buildLakeshoreRecords(), {
      period: 'SFY2026-Q2',
      generatedAt,
    });
    const second = buildProgramReport(buildLakeshoreRecords(), {
      period: 'SFY2026-Q2',
      generatedAt,
    });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });
});

test('example: buildProgramReport', () => {
  const records = {
    program: parseProgram({
      id: 'demo',
      name: 'Demo County Parent Partners',
      state: 'WI',
      counties: [{ fips: '55029', name: 'Door' }],
    }),
    parents: [],
  };
  const report = buildProgramReport(records, {
    period: 'SFY2026-Q2',
    generatedAt: '2026-01-05T09:00:00-06:00',
  });
  expect([report.period.start, report.period.end, report.privacy.suppression]).toEqual([
    '2025-10-01',
    '2025-12-31',
    'applied',
  ]);
});
