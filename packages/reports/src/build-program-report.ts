import {
  codeLists,
  type Frozen,
  isTimestamp,
  labelCode,
  type ReportingPeriod,
} from '@parent-partner/core';
import { builtInFacts, type ReferralFacts, type ServiceFacts } from './built-in-facts';
import { builtInMetrics } from './built-in-metrics';
import {
  createOneCallEngine,
  type ReportEngineCore,
  requireScope,
  type ScopeSelection,
} from './engine-core';
import { ReportError } from './errors';
import { formatReportValue } from './format-value';
import { type MessageKey, message } from './messages';
import type { MetricDefinition, MetricUnit, MetricValue, ReportScope } from './metric';
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
import type { ReportFact } from './report-fact';
import { resolvePeriod, splitIntoMonths } from './report-periods';
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
  readonly engine: ReportEngineCore;
  readonly period: ReportingPeriod;
  readonly scope: ReportScope;
  /** The scopes computed for the period: the report's, and every county's in a program report. */
  readonly selection: ScopeSelection;
  /** The months of the period, for the trend. */
  readonly months: readonly ReportingPeriod[];
  /** The scope computed for the months: the report's. */
  readonly monthSelection: ScopeSelection;
  readonly language: ReportLanguage;
  readonly values: Map<MetricDefinition, MetricValue>;
}

const m = builtInMetrics;
const PROGRAM: ReportScope = Object.freeze({ kind: 'program' });

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

/** A metric's value for the report's period and scope, computed once per report. */
function metricValue(context: BuildContext, definition: MetricDefinition): MetricValue {
  const known = context.values.get(definition);
  if (known !== undefined) return known;
  const { engine, period, scope, selection } = context;
  const value = engine.valueOf(definition, period, scope, [period], selection);
  context.values.set(definition, value);
  return value;
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
    count: {
      metric: MetricDefinition;
      dimension: string;
      label: MessageKey;
      countsPeople: boolean;
    };
    sum?: {
      metric: MetricDefinition;
      dimension: string;
      label: MessageKey;
      type: ReportColumnType;
    };
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
  definitions: readonly MetricDefinition[],
): DraftTable {
  // "Based on" counts people when any row does; rows that do not count people then leave it empty.
  const anyPeople = definitions.some((definition) => definition.countsPeople);
  const columns = [
    column('measure', label(context, 'measure'), 'text', { rowHeader: true }),
    column('value', label(context, 'value'), 'number'),
    column('unit', label(context, 'unit'), 'text'),
    column('basedOn', label(context, 'basedOn'), 'integer', { countsPeople: anyPeople }),
  ];
  const peopleFree: number[] = [];
  const rows = definitions.map((definition, position) => {
    const value = metricValue(context, definition);
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

const TIMELINESS = [
  { median: m.daysToFirstContactMedian, percentile90: m.daysToFirstContactPercentile90 },
  { median: m.daysToMatchMedian, percentile90: m.daysToMatchPercentile90 },
] as const;

const referralSection: SectionPlan = {
  metrics: [m.referralsReceived, ...TIMELINESS.flatMap((row) => [row.median, row.percentile90])],
  draft: draftReferralSection,
};

function draftReferralSection(context: BuildContext): SectionDraft {
  const bySource = breakdownTable(context, {
    id: 'referrals-by-source',
    caption: 'referralsBySource',
    dimensionLabel: 'source',
    list: 'referralSource',
    count: {
      metric: m.referralsReceived,
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
  const timelinessRow = (row: (typeof TIMELINESS)[number]) => {
    const median = metricValue(context, row.median);
    const percentile = metricValue(context, row.percentile90);
    return createRow(timelinessColumns, {
      measure: row.median.label[context.language].replace(/ \((median|mediana)\)$/, ''),
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
      rows: TIMELINESS.map(timelinessRow),
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

const SERVICE_SUMMARY = [
  m.parentsServed,
  m.newMatches,
  m.activeMatchesAtEnd,
  m.matchesClosed,
  m.averageMatchLength,
  m.referralsDeclined,
  m.referralsUnableToReach,
  m.familyTeamMeetings,
  m.courtHearings,
];

const serviceSection: SectionPlan = {
  metrics: [...SERVICE_SUMMARY, m.contacts, m.contactHours, m.matchMonthsWithContact],
  draft: draftServiceSection,
};

function draftServiceSection(context: BuildContext): SectionDraft {
  const summary = measureTable(context, 'service-summary', 'serviceSummary', SERVICE_SUMMARY);
  // Counts are their own basis: show the count in "based on" too, so suppression sees it.
  const rows = summary.table.rows.map((row, position) => {
    const definition = SERVICE_SUMMARY[position]!;
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
      metric: m.matchesClosed,
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
      metric: m.contacts,
      dimension: 'activity',
      label: 'contacts',
      countsPeople: false,
    },
    sum: { metric: m.contactHours, dimension: 'activity', label: 'hours', type: 'hours' },
  });
  const byMode = breakdownTable(context, {
    id: 'contacts-by-mode',
    caption: 'contactsByMode',
    dimensionLabel: 'mode',
    list: 'contactMode',
    count: {
      metric: m.contacts,
      dimension: 'mode',
      label: 'contacts',
      countsPeople: false,
    },
    sum: { metric: m.contactHours, dimension: 'mode', label: 'hours', type: 'hours' },
  });
  const coverage = metricValue(context, m.matchMonthsWithContact);
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

const CFSR: readonly {
  metric: MetricDefinition;
  standard?: { value: number; higherIsBetter: boolean };
}[] = [
  { metric: m.permanencyIn12Months, standard: { value: 0.405, higherIsBetter: true } },
  { metric: m.reunificationAtDischarge },
  { metric: m.reEntryIn12Months, standard: { value: 0.083, higherIsBetter: false } },
  { metric: m.maltreatmentRecurrenceIn12Months },
];

const outcomeSection: SectionPlan = {
  metrics: CFSR.map((row) => row.metric),
  draft: draftOutcomeSection,
};

function draftOutcomeSection(context: BuildContext): SectionDraft {
  const columns = [
    column('measure', label(context, 'measure'), 'text', { rowHeader: true }),
    column('numerator', label(context, 'numerator'), 'integer', { countsPeople: true }),
    column('other', label(context, 'denominator'), 'integer', { countsPeople: true }),
    column('denominator', label(context, 'denominator'), 'integer', { countsPeople: true }),
    column('percent', label(context, 'percent'), 'proportion'),
    column('standard', label(context, 'standard'), 'text'),
    column('definition', label(context, 'definition'), 'text'),
  ];
  const rows = CFSR.map(({ metric: definition, standard }) => {
    const value = metricValue(context, definition);
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

const FIDELITY = [m.daysToFirstContactMedian, m.daysToMatchMedian, m.contactTargetMet];

const fidelitySection: SectionPlan = {
  metrics: FIDELITY,
  draft: (context) => ({
    id: 'fidelity',
    title: label(context, 'fidelity'),
    tables: [measureTable(context, 'fidelity', 'fidelityTable', FIDELITY)],
  }),
};

const WORKFORCE = [
  m.activePartners,
  m.caseloadUse,
  m.trainingCompliance,
  m.supportHours,
  m.supportHoursPerPartner,
];

const workforceSection: SectionPlan = { metrics: WORKFORCE, draft: draftWorkforceSection };

function draftWorkforceSection(context: BuildContext): SectionDraft {
  return {
    id: 'workforce',
    title: label(context, 'workforce'),
    tables: [
      measureTable(context, 'workforce', 'workforceTable', WORKFORCE),
      breakdownTable(context, {
        id: 'support-hours-by-kind',
        caption: 'supportByKind',
        dimensionLabel: 'kind',
        list: 'supportSessionKind',
        count: {
          metric: m.supportHours,
          dimension: 'kind',
          label: 'partnerHours',
          countsPeople: false,
        },
      }),
    ],
  };
}

const COMMUNITY_FIGURES = [m.councilMeetings, m.graduateParentsOnBoards, m.groupEventParents];

const communitySection: SectionPlan = {
  metrics: [...COMMUNITY_FIGURES, m.groupEvents, m.groupEventAttendance, m.engagementHours],
  draft: draftCommunitySection,
};

function draftCommunitySection(context: BuildContext): SectionDraft | undefined {
  if (context.scope.kind === 'partner') return undefined;
  const council = breakdownTable(context, {
    id: 'council-attendance',
    caption: 'councilAttendance',
    dimensionLabel: 'role',
    list: 'councilRole',
    count: {
      metric: m.councilMeetings,
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
            (metricValue(context, m.councilMeetings).breakdowns?.attendanceByRole ?? []).reduce(
              (sum, entry) => sum + entry.value,
              0,
            ),
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
      metric: m.groupEvents,
      dimension: 'kind',
      label: 'events',
      countsPeople: false,
    },
    sum: {
      metric: m.groupEventAttendance,
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
      metric: m.engagementHours,
      dimension: 'kind',
      label: 'hours',
      countsPeople: false,
    },
  });
  return {
    id: 'community',
    title: label(context, 'community'),
    figures: COMMUNITY_FIGURES,
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

/** A column of the county table or the monthly trend: a metric's value in each row. */
interface MetricColumn {
  readonly key: string;
  readonly label: MessageKey;
  readonly metric: MetricDefinition;
  readonly type: 'integer' | 'hours';
  readonly countsPeople: boolean;
}

function metricColumns(context: BuildContext, columns: readonly MetricColumn[]): ReportColumn[] {
  return columns.map((entry) =>
    column(
      entry.key,
      label(context, entry.label),
      entry.type,
      entry.countsPeople ? { countsPeople: true } : {},
    ),
  );
}

function metricCells(
  columns: readonly MetricColumn[],
  read: (metric: MetricDefinition) => MetricValue,
): Record<string, number | null> {
  const cells: Record<string, number | null> = {};
  for (const entry of columns) {
    cells[entry.key] = round(read(entry.metric).value, entry.type === 'hours' ? 2 : 0);
  }
  return cells;
}

const COUNTY_COLUMNS: readonly MetricColumn[] = [
  {
    key: 'referrals',
    label: 'referralCount',
    metric: m.referralsReceived,
    type: 'integer',
    countsPeople: true,
  },
  {
    key: 'served',
    label: 'parentsServed',
    metric: m.parentsServed,
    type: 'integer',
    countsPeople: true,
  },
  {
    key: 'newMatches',
    label: 'newMatches',
    metric: m.newMatches,
    type: 'integer',
    countsPeople: true,
  },
  {
    key: 'activeAtEnd',
    label: 'activeAtEnd',
    metric: m.activeMatchesAtEnd,
    type: 'integer',
    countsPeople: true,
  },
  { key: 'contacts', label: 'contacts', metric: m.contacts, type: 'integer', countsPeople: false },
  { key: 'hours', label: 'hours', metric: m.contactHours, type: 'hours', countsPeople: false },
];

// Computed for every county of the program (the report's selection of scopes includes them).
const countySection: SectionPlan = {
  metrics: COUNTY_COLUMNS.map((entry) => entry.metric),
  draft: draftCountySection,
};

function draftCountySection(context: BuildContext): SectionDraft | undefined {
  if (context.scope.kind !== 'program') return undefined;
  const { engine, period, selection } = context;
  const layout = engine.index.layout;
  const columns = [
    column('county', label(context, 'county'), 'text', { rowHeader: true }),
    ...metricColumns(context, COUNTY_COLUMNS),
  ];
  const rowFor = (scope: ReportScope, name: string, total: boolean) =>
    createRow(
      columns,
      {
        county: name,
        ...metricCells(COUNTY_COLUMNS, (metric) =>
          engine.valueOf(metric, period, scope, [period], selection),
        ),
      },
      total,
    );
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

// The months of the trend compute only the facts these metrics declare.
const TREND_COLUMNS: readonly MetricColumn[] = [
  {
    key: 'referrals',
    label: 'referralCount',
    metric: m.referralsReceived,
    type: 'integer',
    countsPeople: true,
  },
  {
    key: 'served',
    label: 'parentsServed',
    metric: m.parentsServed,
    type: 'integer',
    countsPeople: true,
  },
  {
    key: 'newMatches',
    label: 'newMatches',
    metric: m.newMatches,
    type: 'integer',
    countsPeople: true,
  },
  { key: 'contacts', label: 'contacts', metric: m.contacts, type: 'integer', countsPeople: false },
  { key: 'hours', label: 'hours', metric: m.contactHours, type: 'hours', countsPeople: false },
];

function draftTrendSection(context: BuildContext): SectionDraft {
  const { engine, months, scope, monthSelection } = context;
  const columns = [
    column('month', label(context, 'month'), 'text', { rowHeader: true }),
    ...metricColumns(context, TREND_COLUMNS),
  ];
  const rows = months.map((month) =>
    createRow(columns, {
      month: month.label,
      ...metricCells(TREND_COLUMNS, (metric) =>
        engine.valueOf(metric, month, scope, months, monthSelection),
      ),
    }),
  );
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

function draftCustomSection(
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
    const value = metricValue(context, metric);
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
  readonly figures?: readonly MetricDefinition[];
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
    const { layout } = context.engine.index;
    const position = layout.countyFips.indexOf(scope.countyFips);
    const name = layout.countyNames[position] ?? scope.countyFips;
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
  if (options.metrics !== undefined && !Array.isArray(options.metrics)) {
    throw new ReportError('REPORT_INVALID_OPTIONS', 'metrics: expected a list of metrics');
  }
}

/** A section of the report: the metrics it shows for the report's period and scope, and how it is drafted. */
interface SectionPlan {
  readonly metrics: readonly MetricDefinition[];
  readonly draft: (context: BuildContext) => SectionDraft | undefined;
}

const SUMMARY_FIGURES = [
  m.referralsReceived,
  m.parentsServed,
  m.newMatches,
  m.activeMatchesAtEnd,
  m.contacts,
  m.contactHours,
  m.daysToFirstContactMedian,
];

const summarySection: SectionPlan = {
  metrics: SUMMARY_FIGURES,
  draft: (context) => ({
    id: 'summary',
    title: label(context, 'summary'),
    tables: [],
    figures: SUMMARY_FIGURES,
  }),
};

const trendSection: SectionPlan = { metrics: [], draft: draftTrendSection };

/** The sections of the program report, in order; program metrics follow in a section of their own. */
const SECTIONS: readonly SectionPlan[] = [
  summarySection,
  referralSection,
  serviceSection,
  outcomeSection,
  fidelitySection,
  workforceSection,
  communitySection,
  countySection,
  trendSection,
];

/** The facts of a list of metrics, each once. */
function factsOf(metrics: readonly MetricDefinition[]): ReportFact<unknown>[] {
  return [...new Set(metrics.flatMap((metric) => metric.facts ?? []))];
}

/**
 * Builds the program report with an engine: the facts of every metric shown are computed in one pass for the
 * period (the report's scope, and every county in a program report) and its months (the report's scope).
 */
export function buildReportWithEngine(
  engine: ReportEngineCore,
  options: BuildProgramReportOptions,
  programMetrics: readonly MetricDefinition[] = [],
): Report {
  requireOptions(options);
  const records = engine.records;
  const { layout, consentFiltered } = engine.index;
  const period = resolvePeriod(records, options.period);
  const language = options.language ?? 'en';
  const scope = requireScope(options.scope);
  const policy = resolveSuppressionPolicy(options.privacy);
  if (scope.kind === 'county' && !layout.countyScope.has(scope.countyFips)) {
    throw new ReportError(
      'REPORT_INVALID_OPTIONS',
      'scope: the county is not one of the program counties',
    );
  }
  if (scope.kind === 'partner' && !layout.partnerScope.has(scope.partnerId)) {
    throw new ReportError(
      'REPORT_INVALID_OPTIONS',
      'scope: the partner is not in the partner list',
    );
  }
  const metrics = options.metrics ?? programMetrics;
  const months = splitIntoMonths(period);
  const monthSelection = engine.selectExactly(scope);
  const selection = scope.kind === 'program' ? engine.selectCounties() : monthSelection;
  const context: BuildContext = {
    engine,
    period,
    scope,
    selection,
    months,
    monthSelection,
    language,
    values: new Map(),
  };
  // Every period of the report (the period and its months) in one pass over the records.
  const periodFacts = factsOf([...SECTIONS.flatMap((section) => section.metrics), ...metrics]);
  const monthFacts = factsOf(TREND_COLUMNS.map((entry) => entry.metric));
  engine.prepare([
    { period, facts: [...periodFacts, builtInFacts.referrals, builtInFacts.service], selection },
    ...months.map((month) => ({ period: month, facts: monthFacts, selection: monthSelection })),
  ]);

  const drafts: SectionDraft[] = [
    ...SECTIONS.map((section) => section.draft(context)),
    draftCustomSection(context, metrics),
  ].filter((section) => section !== undefined);

  const suppressionNotes: Report['suppressionNotes'] = [];
  const sections: ReportSection[] = drafts.map((draft) => {
    const blocks: ReportBlock[] = [];
    if (draft.figures !== undefined) {
      const figures: KeyFigure[] = draft.figures.map((definition) => {
        const value = metricValue(context, definition);
        const type = unitType(definition.unit);
        return {
          label: definition.label[language],
          value: round(value.value, DIGITS[type]),
          type,
          metricId: definition.id,
        };
      });
      const basis = draft.figures.map((definition) => {
        const value = metricValue(context, definition);
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
  if (consentFiltered) footnotes.push(label(context, 'consentFootnote'));
  // Program-wide counts, read from the facts at the program's scope.
  const unknownParentRecords =
    (engine.read(builtInFacts.referrals, period, PROGRAM, [period], selection) as
      | ReferralFacts
      | undefined)!.withUnknownParent +
    (engine.read(builtInFacts.service, period, PROGRAM, [period], selection) as
      | ServiceFacts
      | undefined)!.contactsWithUnknownParent;
  if (unknownParentRecords > 0) {
    footnotes.push(label(context, 'unknownParentFootnote', { count: unknownParentRecords }));
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
      consentingParentsOnly: consentFiltered,
    },
  };
}

/**
 * Builds the full program report for a period and scope: every section's tables, key figures and charts, passed
 * through small-cell suppression.
 *
 * The records may change between calls: each call indexes them afresh, computes the facts of every section (and of
 * `options.metrics`) in one pass over the records for the period and its months, only for the scopes the report
 * shows (the report's scope, and each county in a program report), and keeps nothing once it returns. For many
 * reports over the same records, freeze them and use {@link createReportEngine}.
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
  records: ProgramRecords | Frozen<ProgramRecords>,
  options: BuildProgramReportOptions,
): Report {
  return buildReportWithEngine(createOneCallEngine(records), options);
}
