import { codeLists, isTimestamp, labelCode, type ReportingPeriod } from '@parent-partner/core';
import { builtInMetrics } from './built-in-metrics';
import { splitIntoMonths } from './compute-trend';
import { ReportError } from './errors';
import { formatReportValue } from './format-value';
import { type MessageKey, message } from './messages';
import type { MetricDefinition, MetricUnit, MetricValue, ReportScope } from './metric';
import {
  createMetricContext,
  getPeriodFacts,
  getProgramIndex,
  resolvePeriod,
} from './metric-engine';
import type { ProgramIndex } from './program-index';
import type { ProgramRecords } from './program-records';
import type {
  KeyFigure,
  Report,
  ReportBlock,
  ReportChart,
  ReportColumn,
  ReportColumnType,
  ReportLanguage,
  ReportSection,
} from './report';
import { createPlainDraft, createRow, type DraftTable } from './report-draft';
import {
  type ReportPrivacyOptions,
  resolveSuppressionPolicy,
  type SuppressedDraft,
  suppressDraftTable,
  suppressKeyFigures,
} from './suppress-report';

/** Options of {@link buildProgramReport}. */
export interface BuildProgramReportOptions {
  /** The period: a label such as `SFY2026-Q2` (read with the program's fiscal year) or a reporting period. */
  readonly period: ReportingPeriod | string;
  /** When the report is generated, an ISO 8601 date-time with offset: a parameter, never read from a clock. */
  readonly generatedAt: string;
  /** The scope; the whole program when omitted. */
  readonly scope?: ReportScope;
  /** Language of labels and texts; English when omitted. */
  readonly language?: ReportLanguage;
  /** Title; "Program report" in the report's language when omitted. */
  readonly title?: string;
  /** Program-defined metrics (see `defineMetric`), reported in their own section. */
  readonly metrics?: readonly MetricDefinition[];
  /** Privacy settings; small-cell suppression with the CMS rule when omitted. */
  readonly privacy?: ReportPrivacyOptions;
}

interface BuildContext {
  readonly index: ProgramIndex;
  readonly period: ReportingPeriod;
  readonly scope: ReportScope;
  readonly language: ReportLanguage;
  readonly values: Map<string, MetricValue>;
}

function round(value: number | null | undefined, digits: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

const DIGITS: Record<ReportColumnType, number> = {
  integer: 0,
  number: 2,
  proportion: 4,
  days: 1,
  hours: 2,
  text: 0,
  date: 0,
};

function unitType(unit: MetricUnit): ReportColumnType {
  if (unit === 'count') return 'integer';
  if (unit === 'ratio') return 'number';
  return unit;
}

function column(
  key: string,
  label: string,
  type: ReportColumnType,
  extra: { rowHeader?: boolean; countsPeople?: boolean } = {},
): ReportColumn {
  return { key, label, type, ...extra };
}

function metricValue(context: BuildContext, id: string): MetricValue {
  const known = context.values.get(id);
  if (known !== undefined) return known;
  const definition = builtInMetrics.find((metric) => metric.id === id);
  if (definition === undefined)
    throw new ReportError('REPORT_UNKNOWN_METRIC', 'metric: unknown built-in id');
  const value = definition.compute(
    createMetricContext(context.index, context.period, context.scope),
  );
  context.values.set(id, value);
  return value;
}

function metricLabel(id: string, language: ReportLanguage): string {
  return builtInMetrics.find((metric) => metric.id === id)?.label[language] ?? id;
}

function label(
  context: BuildContext,
  key: MessageKey,
  values?: Record<string, string | number>,
): string {
  return message(context.language, key, values);
}

function breakdownTable(
  context: BuildContext,
  options: {
    id: string;
    caption: MessageKey;
    dimensionLabel: MessageKey;
    list: keyof typeof codeLists;
    count: { metric: string; dimension: string; label: MessageKey; countsPeople: boolean };
    sum?: { metric: string; dimension: string; label: MessageKey; type: ReportColumnType };
  },
): DraftTable {
  const countValue = metricValue(context, options.count.metric);
  const entries = countValue.breakdowns?.[options.count.dimension] ?? [];
  const sumValue = options.sum ? metricValue(context, options.sum.metric) : undefined;
  const sums = new Map(
    (sumValue?.breakdowns?.[options.sum?.dimension ?? ''] ?? []).map((entry) => [
      entry.code,
      entry.value,
    ]),
  );
  const columns = [
    column('category', label(context, options.dimensionLabel), 'text', { rowHeader: true }),
    column('count', label(context, options.count.label), 'integer', {
      countsPeople: options.count.countsPeople,
    }),
    ...(options.sum ? [column('sum', label(context, options.sum.label), options.sum.type)] : []),
  ];
  const sumDigits = DIGITS[options.sum?.type ?? 'number'];
  const rows = entries.map((entry) =>
    createRow(columns, {
      category: labelCode(codeLists[options.list], entry.code, context.language),
      count: entry.value,
      ...(options.sum ? { sum: round(sums.get(entry.code) ?? 0, sumDigits) } : {}),
    }),
  );
  rows.push(
    createRow(
      columns,
      {
        category: label(context, 'total'),
        count: countValue.value,
        ...(options.sum ? { sum: round(sumValue?.value, sumDigits) } : {}),
      },
      true,
    ),
  );
  return {
    table: { id: options.id, caption: label(context, options.caption), columns, rows },
    additiveColumns: ['count'],
    rowSums: [],
    derived: [],
  };
}

function measureTable(
  context: BuildContext,
  id: string,
  caption: MessageKey,
  metrics: readonly string[],
): DraftTable {
  const definitions = metrics.map(
    (metricId) => builtInMetrics.find((metric) => metric.id === metricId)!,
  );
  // "Based on" counts people when any row does; rows that do not count people then leave it empty.
  const anyPeople = definitions.some((definition) => definition.countsPeople);
  const columns = [
    column('measure', label(context, 'measure'), 'text', { rowHeader: true }),
    column('value', label(context, 'value'), 'number'),
    column('unit', label(context, 'unit'), 'text'),
    column('basedOn', label(context, 'basedOn'), 'integer', { countsPeople: anyPeople }),
  ];
  const peopleFree: number[] = [];
  const rows = metrics.map((metricId, position) => {
    const definition = definitions[position]!;
    const value = metricValue(context, metricId);
    if (!definition.countsPeople) peopleFree.push(position);
    const basis =
      anyPeople && !definition.countsPeople
        ? null
        : (value.observations ?? value.denominator ?? null);
    const type = unitType(definition.unit);
    // A proportion is shown as a percentage in a column of plain numbers.
    const shown =
      definition.unit === 'proportion' && value.value !== null ? value.value * 100 : value.value;
    return createRow(columns, {
      measure: definition.label[context.language],
      value: round(shown, definition.unit === 'proportion' ? 1 : DIGITS[type]),
      unit: unitLabel(context, definition.unit),
      basedOn: basis,
    });
  });
  return {
    table: { id, caption: label(context, caption), columns, rows },
    additiveColumns: [],
    rowSums: [],
    derived: [{ column: 'value', from: ['basedOn'] }],
    rowsNotCountingPeople: peopleFree,
  };
}

function unitLabel(context: BuildContext, unit: MetricUnit): string {
  const keys: Record<MetricUnit, MessageKey> = {
    count: 'unitCount',
    days: 'unitDays',
    hours: 'unitHours',
    proportion: 'unitProportion',
    ratio: 'unitRatio',
  };
  return label(context, keys[unit]);
}

function referralSection(context: BuildContext): SectionDraft {
  const bySource = breakdownTable(context, {
    id: 'referrals-by-source',
    caption: 'referralsBySource',
    dimensionLabel: 'source',
    list: 'referralSource',
    count: {
      metric: 'referrals.received',
      dimension: 'source',
      label: 'referralCount',
      countsPeople: true,
    },
  });
  const timelinessColumns = [
    column('measure', label(context, 'measure'), 'text', { rowHeader: true }),
    column('median', label(context, 'median'), 'days'),
    column('percentile90', label(context, 'percentile90'), 'days'),
    column('referrals', label(context, 'referralCount'), 'integer', { countsPeople: true }),
  ];
  const timelinessRow = (prefix: string) => {
    const median = metricValue(context, `${prefix}.median`);
    const percentile = metricValue(context, `${prefix}.p90`);
    return createRow(timelinessColumns, {
      measure: metricLabel(
        prefix === 'referrals.days-to-first-contact'
          ? 'referrals.days-to-first-contact.median'
          : 'referrals.days-to-match.median',
        context.language,
      ).replace(/ \((median|mediana)\)$/, ''),
      median: round(median.value, 1),
      percentile90: round(percentile.value, 1),
      referrals: median.observations ?? 0,
    });
  };
  const timeliness: DraftTable = {
    table: {
      id: 'referral-timeliness',
      caption: label(context, 'referralTimeliness'),
      columns: timelinessColumns,
      rows: [
        timelinessRow('referrals.days-to-first-contact'),
        timelinessRow('referrals.days-to-match'),
      ],
    },
    additiveColumns: [],
    rowSums: [],
    derived: [
      { column: 'median', from: ['referrals'] },
      { column: 'percentile90', from: ['referrals'] },
    ],
  };
  return {
    id: 'referrals',
    title: label(context, 'referrals'),
    tables: [bySource, timeliness],
    chartFrom: [
      {
        tableId: 'referrals-by-source',
        id: 'chart-referrals-by-source',
        kind: 'bar',
        title: label(context, 'chartReferralsBySource'),
        valueColumns: ['count'],
        type: 'integer',
      },
    ],
  };
}

const serviceSummaryMetrics = [
  'service.parents-served',
  'service.new-matches',
  'service.active-matches-at-end',
  'service.matches-closed',
  'service.average-match-length',
  'referrals.declined',
  'referrals.unable-to-reach',
  'service.family-team-meetings',
  'service.court-hearings',
] as const;

function serviceSection(context: BuildContext): SectionDraft {
  const summary = measureTable(context, 'service-summary', 'serviceSummary', serviceSummaryMetrics);
  // Counts are their own basis: show the count in "based on" too, so suppression sees it.
  const rows = summary.table.rows.map((row, position) => {
    const metricId = serviceSummaryMetrics[position]!;
    const definition = builtInMetrics.find((metric) => metric.id === metricId)!;
    if (definition.unit !== 'count' || !definition.countsPeople) return row;
    const cells = [...row.cells];
    cells[3] = cells[1] ?? null;
    return { ...row, cells };
  });
  const serviceSummary: DraftTable = { ...summary, table: { ...summary.table, rows } };
  const closed = breakdownTable(context, {
    id: 'matches-closed-by-reason',
    caption: 'closedByReason',
    dimensionLabel: 'reason',
    list: 'matchClosureReason',
    count: {
      metric: 'service.matches-closed',
      dimension: 'reason',
      label: 'matches',
      countsPeople: true,
    },
  });
  const byActivity = breakdownTable(context, {
    id: 'contacts-by-activity',
    caption: 'contactsByActivity',
    dimensionLabel: 'activity',
    list: 'contactActivity',
    count: {
      metric: 'service.contacts',
      dimension: 'activity',
      label: 'contacts',
      countsPeople: false,
    },
    sum: { metric: 'service.contact-hours', dimension: 'activity', label: 'hours', type: 'hours' },
  });
  const byMode = breakdownTable(context, {
    id: 'contacts-by-mode',
    caption: 'contactsByMode',
    dimensionLabel: 'mode',
    list: 'contactMode',
    count: {
      metric: 'service.contacts',
      dimension: 'mode',
      label: 'contacts',
      countsPeople: false,
    },
    sum: { metric: 'service.contact-hours', dimension: 'mode', label: 'hours', type: 'hours' },
  });
  const coverage = metricValue(context, 'service.match-months-with-contact');
  const coverageColumns = [
    column('month', label(context, 'month'), 'text', { rowHeader: true }),
    column('active', label(context, 'activeMatches'), 'integer', { countsPeople: true }),
    column('contacted', label(context, 'withContact'), 'integer', { countsPeople: true }),
    column('share', label(context, 'share'), 'proportion'),
  ];
  const active = coverage.breakdowns?.activeByMonth ?? [];
  const contacted = coverage.breakdowns?.contactedByMonth ?? [];
  const coverageRows = active.map((entry, position) => {
    const contactedCount = contacted[position]?.value ?? 0;
    return createRow(coverageColumns, {
      month: entry.code,
      active: entry.value,
      contacted: contactedCount,
      share: entry.value === 0 ? null : round(contactedCount / entry.value, 4),
    });
  });
  coverageRows.push(
    createRow(
      coverageColumns,
      {
        month: label(context, 'total'),
        active: coverage.denominator ?? 0,
        contacted: coverage.numerator ?? 0,
        share: round(coverage.value, 4),
      },
      true,
    ),
  );
  const monthly: DraftTable = {
    table: {
      id: 'monthly-contact-coverage',
      caption: label(context, 'monthlyCoverage'),
      columns: coverageColumns,
      rows: coverageRows,
    },
    additiveColumns: ['active', 'contacted'],
    rowSums: [],
    derived: [{ column: 'share', from: ['active', 'contacted'] }],
  };
  return {
    id: 'service',
    title: label(context, 'service'),
    tables: [serviceSummary, closed, byActivity, byMode, monthly],
    chartFrom: [
      {
        tableId: 'monthly-contact-coverage',
        id: 'chart-monthly-contact-coverage',
        kind: 'line',
        title: label(context, 'chartCoverage'),
        valueColumns: ['share'],
        type: 'proportion',
      },
    ],
  };
}

const CFSR: readonly { id: string; standard?: { value: number; higherIsBetter: boolean } }[] = [
  { id: 'outcomes.permanency-in-12-months', standard: { value: 0.405, higherIsBetter: true } },
  { id: 'outcomes.reunification-at-discharge' },
  { id: 'outcomes.re-entry-in-12-months', standard: { value: 0.083, higherIsBetter: false } },
  { id: 'outcomes.maltreatment-recurrence-in-12-months' },
];

function outcomeSection(context: BuildContext): SectionDraft {
  const columns = [
    column('measure', label(context, 'measure'), 'text', { rowHeader: true }),
    column('numerator', label(context, 'numerator'), 'integer', { countsPeople: true }),
    column('other', label(context, 'denominator'), 'integer', { countsPeople: true }),
    column('denominator', label(context, 'denominator'), 'integer', { countsPeople: true }),
    column('percent', label(context, 'percent'), 'proportion'),
    column('standard', label(context, 'standard'), 'text'),
    column('definition', label(context, 'definition'), 'text'),
  ];
  const rows = CFSR.map(({ id, standard }) => {
    const definition = builtInMetrics.find((metric) => metric.id === id)!;
    const value = metricValue(context, id);
    const numerator = value.numerator ?? 0;
    const denominator = value.denominator ?? 0;
    const standardText = standard
      ? label(context, standard.higherIsBetter ? 'higherIsBetter' : 'lowerIsBetter', {
          value: formatReportValue(standard.value, 'proportion', { language: context.language }),
        })
      : '—';
    return createRow(columns, {
      measure: definition.label[context.language],
      numerator,
      other: denominator - numerator,
      denominator,
      percent: round(value.value, 4),
      standard: standardText,
      definition: `${definition.numerator[context.language]} / ${definition.denominator?.[context.language] ?? ''}`,
    });
  });
  // The "other" column (denominator minus numerator) makes the row sum explicit for suppression; it is not shown.
  return {
    id: 'outcomes',
    title: label(context, 'outcomes'),
    tables: [
      {
        table: { id: 'cfsr-outcomes', caption: label(context, 'cfsrOutcomes'), columns, rows },
        additiveColumns: [],
        rowSums: [{ total: 'denominator', parts: ['numerator', 'other'] }],
        derived: [{ column: 'percent', from: ['numerator', 'denominator'] }],
      },
    ],
    hiddenColumns: { 'cfsr-outcomes': ['other'] },
    texts: [label(context, 'outcomesFootnote')],
  };
}

function fidelitySection(context: BuildContext): SectionDraft {
  return {
    id: 'fidelity',
    title: label(context, 'fidelity'),
    tables: [
      measureTable(context, 'fidelity', 'fidelityTable', [
        'referrals.days-to-first-contact.median',
        'referrals.days-to-match.median',
        'fidelity.contact-target-met',
      ]),
    ],
  };
}

function workforceSection(context: BuildContext): SectionDraft {
  return {
    id: 'workforce',
    title: label(context, 'workforce'),
    tables: [
      measureTable(context, 'workforce', 'workforceTable', [
        'workforce.active-partners',
        'workforce.caseload-use',
        'workforce.training-compliance',
        'workforce.support-hours',
        'workforce.support-hours-per-partner',
      ]),
      breakdownTable(context, {
        id: 'support-hours-by-kind',
        caption: 'supportByKind',
        dimensionLabel: 'kind',
        list: 'supportSessionKind',
        count: {
          metric: 'workforce.support-hours',
          dimension: 'kind',
          label: 'partnerHours',
          countsPeople: false,
        },
      }),
    ],
  };
}

function communitySection(context: BuildContext): SectionDraft | undefined {
  if (context.scope.kind === 'partner') return undefined;
  const council = breakdownTable(context, {
    id: 'council-attendance',
    caption: 'councilAttendance',
    dimensionLabel: 'role',
    list: 'councilRole',
    count: {
      metric: 'community.council-meetings',
      dimension: 'attendanceByRole',
      label: 'attendance',
      countsPeople: false,
    },
  });
  // Council attendance is a sum per role, not a count of meetings: the total row is the attendance total.
  const councilRows = council.table.rows.map((row) =>
    row.total
      ? {
          ...row,
          cells: [
            row.cells[0] ?? null,
            (
              metricValue(context, 'community.council-meetings').breakdowns?.attendanceByRole ?? []
            ).reduce((sum, entry) => sum + entry.value, 0),
          ],
        }
      : row,
  );
  const groupEvents = breakdownTable(context, {
    id: 'group-events-by-kind',
    caption: 'groupEventsByKind',
    dimensionLabel: 'kind',
    list: 'groupEventKind',
    count: {
      metric: 'community.group-events',
      dimension: 'kind',
      label: 'events',
      countsPeople: false,
    },
    sum: {
      metric: 'community.group-event-attendance',
      dimension: 'kind',
      label: 'attendance',
      type: 'integer',
    },
  });
  const engagements = breakdownTable(context, {
    id: 'engagements-by-kind',
    caption: 'engagementsByKind',
    dimensionLabel: 'kind',
    list: 'engagementKind',
    count: {
      metric: 'community.engagement-hours',
      dimension: 'kind',
      label: 'hours',
      countsPeople: false,
    },
  });
  const figures = [
    'community.council-meetings',
    'community.graduate-parents-on-boards',
    'community.group-event-parents',
  ];
  return {
    id: 'community',
    title: label(context, 'community'),
    figures,
    tables: [
      { ...council, table: { ...council.table, rows: councilRows } },
      {
        ...groupEvents,
        // Attendance counts people; events do not.
        table: {
          ...groupEvents.table,
          columns: groupEvents.table.columns.map((entry) =>
            entry.key === 'sum' ? { ...entry, countsPeople: true } : entry,
          ),
        },
        additiveColumns: ['count', 'sum'],
      },
      {
        ...engagements,
        table: {
          ...engagements.table,
          columns: engagements.table.columns.map((entry) =>
            entry.key === 'count' ? { ...entry, type: 'hours' as const } : entry,
          ),
        },
      },
    ],
  };
}

function countySection(context: BuildContext): SectionDraft | undefined {
  if (context.scope.kind !== 'program') return undefined;
  const layout = context.index.layout;
  const columns = [
    column('county', label(context, 'county'), 'text', { rowHeader: true }),
    column('referrals', label(context, 'referralCount'), 'integer', { countsPeople: true }),
    column('served', label(context, 'parentsServed'), 'integer', { countsPeople: true }),
    column('newMatches', label(context, 'newMatches'), 'integer', { countsPeople: true }),
    column('activeAtEnd', label(context, 'activeAtEnd'), 'integer', { countsPeople: true }),
    column('contacts', label(context, 'contacts'), 'integer'),
    column('hours', label(context, 'hours'), 'hours'),
  ];
  const rowFor = (scope: ReportScope, name: string, total: boolean) => {
    const read = (id: string) => {
      const definition = builtInMetrics.find((metric) => metric.id === id)!;
      return definition.compute(createMetricContext(context.index, context.period, scope)).value;
    };
    return createRow(
      columns,
      {
        county: name,
        referrals: read('referrals.received'),
        served: read('service.parents-served'),
        newMatches: read('service.new-matches'),
        activeAtEnd: read('service.active-matches-at-end'),
        contacts: read('service.contacts'),
        hours: round(read('service.contact-hours'), 2),
      },
      total,
    );
  };
  const rows = layout.countyFips.map((fips, position) =>
    rowFor({ kind: 'county', countyFips: fips }, layout.countyNames[position] ?? fips, false),
  );
  rows.push(rowFor({ kind: 'program' }, label(context, 'total'), true));
  return {
    id: 'counties',
    title: label(context, 'counties'),
    tables: [
      {
        table: {
          id: 'by-county',
          caption: label(context, 'byCounty'),
          columns,
          rows,
          notes: [label(context, 'servedFootnote')],
        },
        // Parents served is unduplicated: the total is not the sum of the counties.
        additiveColumns: ['referrals', 'newMatches', 'activeAtEnd'],
        rowSums: [],
        derived: [],
      },
    ],
  };
}

function trendSection(context: BuildContext): SectionDraft {
  const months = splitIntoMonths(context.period);
  getPeriodFacts(
    context.index,
    months,
    months.map(() => 'trend' as const),
  );
  const columns = [
    column('month', label(context, 'month'), 'text', { rowHeader: true }),
    column('referrals', label(context, 'referralCount'), 'integer', { countsPeople: true }),
    column('served', label(context, 'parentsServed'), 'integer', { countsPeople: true }),
    column('newMatches', label(context, 'newMatches'), 'integer', { countsPeople: true }),
    column('contacts', label(context, 'contacts'), 'integer'),
    column('hours', label(context, 'hours'), 'hours'),
  ];
  const rows = months.map((month) => {
    const read = (id: string) => {
      const definition = builtInMetrics.find((metric) => metric.id === id)!;
      if (!definition.scopes.includes(context.scope.kind)) return null;
      return definition.compute(createMetricContext(context.index, month, context.scope)).value;
    };
    return createRow(columns, {
      month: month.label,
      referrals: read('referrals.received'),
      served: read('service.parents-served'),
      newMatches: read('service.new-matches'),
      contacts: read('service.contacts'),
      hours: round(read('service.contact-hours'), 2),
    });
  });
  return {
    id: 'trends',
    title: label(context, 'trends'),
    tables: [
      createPlainDraft({
        id: 'monthly-trend',
        caption: label(context, 'monthlyTrend'),
        columns,
        rows,
      }),
    ],
    chartFrom: [
      {
        tableId: 'monthly-trend',
        id: 'chart-monthly-trend',
        kind: 'line',
        title: label(context, 'chartMonthlyTrend'),
        valueColumns: ['contacts', 'served'],
        type: 'integer',
      },
    ],
  };
}

function customSection(
  context: BuildContext,
  metrics: readonly MetricDefinition[],
): SectionDraft | undefined {
  if (metrics.length === 0) return undefined;
  const columns = [
    column('measure', label(context, 'measure'), 'text', { rowHeader: true }),
    column('value', label(context, 'value'), 'number'),
    column('unit', label(context, 'unit'), 'text'),
    column('numerator', label(context, 'numerator'), 'number', { countsPeople: true }),
    column('denominator', label(context, 'denominator'), 'number', { countsPeople: true }),
  ];
  const peopleFree: number[] = [];
  const rows = metrics.map((metric, position) => {
    const value = metric.scopes.includes(context.scope.kind)
      ? metric.compute(createMetricContext(context.index, context.period, context.scope))
      : { value: null };
    if (!metric.countsPeople) peopleFree.push(position);
    const type = unitType(metric.unit);
    const shown =
      metric.unit === 'proportion' && value.value !== null ? value.value * 100 : value.value;
    return createRow(columns, {
      measure: metric.label[context.language],
      value: round(shown, metric.unit === 'proportion' ? 1 : DIGITS[type]),
      unit: unitLabel(context, metric.unit),
      numerator: value.numerator ?? (metric.unit === 'count' ? round(value.value, 2) : null),
      denominator: value.denominator ?? null,
    });
  });
  return {
    id: 'program-metrics',
    title: label(context, 'customMetrics'),
    tables: [
      {
        table: { id: 'program-metrics', caption: label(context, 'customTable'), columns, rows },
        additiveColumns: [],
        rowSums: [],
        derived: [{ column: 'value', from: ['numerator', 'denominator'] }],
        rowsNotCountingPeople: peopleFree,
      },
    ],
  };
}

interface ChartSpec {
  readonly tableId: string;
  readonly id: string;
  readonly kind: 'bar' | 'line';
  readonly title: string;
  readonly valueColumns: readonly string[];
  readonly type: ReportColumnType;
}

interface SectionDraft {
  readonly id: string;
  readonly title: string;
  readonly tables: readonly DraftTable[];
  readonly figures?: readonly string[];
  readonly chartFrom?: readonly ChartSpec[];
  readonly hiddenColumns?: Readonly<Record<string, readonly string[]>>;
  readonly texts?: readonly string[];
}

/** Builds a chart from a table after suppression, so a hidden cell stays hidden in the chart. */
function buildChart(
  spec: ChartSpec,
  suppressed: SuppressedDraft,
  language: ReportLanguage,
): ReportChart {
  const table = suppressed.table;
  const body = table.rows.filter((row) => !row.total);
  const categories = body.map((row) => String(row.cells[0] ?? ''));
  const series = spec.valueColumns.map((key) => {
    const position = table.columns.findIndex((entry) => entry.key === key);
    return {
      label: table.columns[position]?.label ?? key,
      values: body.map((row) => {
        const cell = row.cells[position];
        return typeof cell === 'number' ? cell : null;
      }),
    };
  });
  const items = series
    .map((line) =>
      categories
        .map((category, position) => {
          const value = line.values[position] ?? null;
          const shown =
            value === null
              ? message(language, 'chartSuppressedValue')
              : formatReportValue(value, spec.type, { language });
          return `${series.length > 1 ? `${line.label}, ` : ''}${category} ${shown}`;
        })
        .join('; '),
    )
    .join('. ');
  return {
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    description: message(
      language,
      spec.kind === 'bar' ? 'chartBarDescription' : 'chartLineDescription',
      {
        title: spec.title,
        items,
      },
    ),
    type: spec.type,
    categories,
    series,
  };
}

function removeColumns(draft: SuppressedDraft, keys: readonly string[]): SuppressedDraft {
  const keep = draft.table.columns.map((entry) => !keys.includes(entry.key));
  return {
    ...draft,
    table: {
      ...draft.table,
      columns: draft.table.columns.filter((_, position) => keep[position]),
      rows: draft.table.rows.map((row) => {
        const suppressed = row.suppressed?.filter((key) => !keys.includes(key));
        const next = { ...row, cells: row.cells.filter((_, position) => keep[position]) };
        if (suppressed === undefined || suppressed.length === 0) {
          const { suppressed: _removed, ...rest } = next;
          return rest;
        }
        return { ...next, suppressed };
      }),
    },
  };
}

function scopeLabel(context: BuildContext): {
  kind: ReportScope['kind'];
  id?: string;
  label: string;
} {
  const scope = context.scope;
  if (scope.kind === 'program') return { kind: 'program', label: label(context, 'scopeProgram') };
  if (scope.kind === 'county') {
    const position = context.index.layout.countyFips.indexOf(scope.countyFips);
    const name = context.index.layout.countyNames[position] ?? scope.countyFips;
    return {
      kind: 'county',
      id: scope.countyFips,
      label: `${label(context, 'scopeCounty')}: ${name}`,
    };
  }
  return {
    kind: 'partner',
    id: scope.partnerId,
    label: `${label(context, 'scopePartner')}: ${scope.partnerId}`,
  };
}

function requireOptions(options: BuildProgramReportOptions): void {
  if (options === null || typeof options !== 'object') {
    throw new ReportError(
      'REPORT_INVALID_OPTIONS',
      'options: expected { period, generatedAt, ... }',
    );
  }
  if (typeof options.generatedAt !== 'string' || !isTimestamp(options.generatedAt)) {
    throw new ReportError(
      'REPORT_INVALID_OPTIONS',
      'generatedAt: expected an ISO 8601 date-time with an offset (the report never reads the clock)',
    );
  }
  if (options.language !== undefined && options.language !== 'en' && options.language !== 'es') {
    throw new ReportError('REPORT_INVALID_OPTIONS', 'language: expected en or es');
  }
  const scope = options.scope;
  if (
    scope !== undefined &&
    !(
      scope.kind === 'program' ||
      (scope.kind === 'county' && typeof scope.countyFips === 'string') ||
      (scope.kind === 'partner' && typeof scope.partnerId === 'string')
    )
  ) {
    throw new ReportError(
      'REPORT_INVALID_OPTIONS',
      'scope: expected a program, county or partner scope',
    );
  }
}

/**
 * Builds the full program report for a period and scope: every section's tables, key figures and charts, passed through small-cell suppression.
 *
 * @throws ReportError `REPORT_INVALID_OPTIONS` naming the bad option; InvalidPeriodError for a bad period label.
 * @example
 * ```ts
 * import { parseProgram } from '@parent-partner/core';
 *
 * const records = {
 *   program: parseProgram({ id: 'demo', name: 'Demo County Parent Partners', state: 'WI', counties: [{ fips: '55029', name: 'Door' }] }),
 *   parents: [],
 * };
 * const report = buildProgramReport(records, { period: 'SFY2026-Q2', generatedAt: '2026-01-05T09:00:00-06:00' });
 * [report.period.start, report.period.end, report.privacy.suppression];
 * //=> ['2025-10-01', '2025-12-31', 'applied']
 * ```
 */
export function buildProgramReport(
  records: ProgramRecords,
  options: BuildProgramReportOptions,
): Report {
  requireOptions(options);
  const index = getProgramIndex(records);
  const period = resolvePeriod(records, options.period);
  const language = options.language ?? 'en';
  const scope = options.scope ?? { kind: 'program' };
  const policy = resolveSuppressionPolicy(options.privacy);
  const context: BuildContext = { index, period, scope, language, values: new Map() };
  if (scope.kind === 'county' && !index.layout.countyScope.has(scope.countyFips)) {
    throw new ReportError(
      'REPORT_INVALID_OPTIONS',
      'scope: the county is not one of the program counties',
    );
  }
  if (scope.kind === 'partner' && !index.layout.partnerScope.has(scope.partnerId)) {
    throw new ReportError(
      'REPORT_INVALID_OPTIONS',
      'scope: the partner is not in the partner list',
    );
  }
  // Every period of the report (the period and its months) in one pass over the contacts.
  const months = splitIntoMonths(period);
  const facts = getPeriodFacts(
    index,
    [period, ...months],
    ['full', ...months.map(() => 'trend' as const)],
  )[0]!;

  const summaryFigures = [
    'referrals.received',
    'service.parents-served',
    'service.new-matches',
    'service.active-matches-at-end',
    'service.contacts',
    'service.contact-hours',
    'referrals.days-to-first-contact.median',
  ];
  const drafts: SectionDraft[] = [
    { id: 'summary', title: label(context, 'summary'), tables: [], figures: summaryFigures },
    referralSection(context),
    serviceSection(context),
    outcomeSection(context),
    fidelitySection(context),
    workforceSection(context),
    ...[communitySection(context), countySection(context)].filter(
      (section) => section !== undefined,
    ),
    trendSection(context),
    ...[customSection(context, options.metrics ?? [])].filter((section) => section !== undefined),
  ];

  const suppressionNotes: Report['suppressionNotes'] = [];
  const sections: ReportSection[] = drafts.map((draft) => {
    const blocks: ReportBlock[] = [];
    if (draft.figures !== undefined) {
      const figures: KeyFigure[] = draft.figures.map((id) => {
        const definition = builtInMetrics.find((metric) => metric.id === id)!;
        const value = metricValue(context, id);
        const type = unitType(definition.unit);
        return {
          label: definition.label[language],
          value: definition.scopes.includes(scope.kind) ? round(value.value, DIGITS[type]) : null,
          type,
          metricId: id,
        };
      });
      const basis = draft.figures.map((id) => {
        const definition = builtInMetrics.find((metric) => metric.id === id)!;
        const value = metricValue(context, id);
        if (!definition.countsPeople) return undefined;
        return value.observations ?? value.denominator ?? value.value ?? undefined;
      });
      const result = suppressKeyFigures(figures, basis, policy, `${draft.id}-figures`, language);
      if (result.note) suppressionNotes.push(result.note);
      blocks.push({ type: 'key-figures', figures: result.figures });
    }
    for (const text of draft.texts ?? []) blocks.push({ type: 'text', text });
    const suppressedTables = new Map<string, SuppressedDraft>();
    for (const table of draft.tables) {
      let result = suppressDraftTable(table, policy, language);
      const hidden = draft.hiddenColumns?.[table.table.id];
      if (hidden) result = removeColumns(result, hidden);
      suppressedTables.set(table.table.id, result);
      if (result.note) suppressionNotes.push(result.note);
      blocks.push({ type: 'table', table: result.table });
    }
    for (const spec of draft.chartFrom ?? []) {
      const source = suppressedTables.get(spec.tableId);
      if (source) blocks.push({ type: 'chart', chart: buildChart(spec, source, language) });
    }
    return { id: draft.id, title: draft.title, blocks };
  });

  const footnotes = [
    label(context, 'periodFootnote', {
      label: period.label,
      start: formatReportValue(period.start, 'date', { language }),
      end: formatReportValue(period.end, 'date', { language }),
    }),
    label(context, 'notApplicableFootnote'),
  ];
  if (index.consentFiltered) footnotes.push(label(context, 'consentFootnote'));
  if (facts.unknownParentRecords > 0) {
    footnotes.push(label(context, 'unknownParentFootnote', { count: facts.unknownParentRecords }));
  }
  if (policy.kind === 'off') footnotes.push(label(context, 'suppressionOff'));

  const program = records.program;
  return {
    schemaVersion: 1,
    title: options.title ?? label(context, 'reportTitle'),
    language,
    program: { id: program.id, name: program.name, state: program.state },
    scope: scopeLabel(context),
    period: { kind: period.kind, label: period.label, start: period.start, end: period.end },
    generatedAt: options.generatedAt,
    sections,
    footnotes,
    suppressionNotes,
    privacy: {
      suppression: policy.kind === 'off' ? 'off' : 'applied',
      ...(policy.kind === 'off' ? {} : { rule: policy.rule }),
      consentingParentsOnly: index.consentFiltered,
    },
  };
}
