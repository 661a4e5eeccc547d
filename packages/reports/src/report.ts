import * as z from 'zod';

// The neutral report document: what every renderer reads. Built by
// buildProgramReport or assembled by hand; its JSON Schema is published.

// Enumerations are typed constants: a schema's type then names the union, not zod's enum object.

/** A report language: English or Spanish. */
export type ReportLanguage = 'en' | 'es';
const LANGUAGES = ['en', 'es'] as const satisfies readonly ReportLanguage[];
/** Schema of a report language. */
export const ReportLanguageSchema: z.ZodType<ReportLanguage> = z
  .enum(LANGUAGES)
  .meta({ description: 'Language of the labels: English or Spanish.' });

/** A column's value type. */
export type ReportColumnType =
  | 'text'
  | 'integer'
  | 'number'
  | 'proportion'
  | 'days'
  | 'hours'
  | 'date';
const COLUMN_TYPES = [
  'text',
  'integer',
  'number',
  'proportion',
  'days',
  'hours',
  'date',
] as const satisfies readonly ReportColumnType[];
/** Schema of a column's value type. */
export const ReportColumnTypeSchema: z.ZodType<ReportColumnType> = z.enum(COLUMN_TYPES).meta({
  description:
    'Type of the values in a column: text, integer, number, proportion (0 to 1, shown as a percentage), days, hours, or date (YYYY-MM-DD).',
});

/** Schema of a table column. */
export const ReportColumnSchema = z.strictObject({
  /** Stable key, unique in the table. */
  key: z.string().min(1).max(100),
  /** Heading shown to readers. */
  label: z.string().max(500),
  /** Type of the values. */
  type: ReportColumnTypeSchema,
  /** Whether the cells are the row headers (the first text column, usually). */
  rowHeader: z.boolean().optional(),
  /** Whether the cells count people, so small counts are suppressed. */
  countsPeople: z.boolean().optional(),
});
/** A table column. */
export type ReportColumn = z.infer<typeof ReportColumnSchema>;

/** Schema of a cell value: text, a number, or null when empty, not applicable or suppressed. */
export const ReportCellSchema = z.union([z.string().max(10_000), z.number(), z.null()]);
/** A cell value. */
export type ReportCell = z.infer<typeof ReportCellSchema>;

/** Schema of a table row. */
export const ReportRowSchema = z.strictObject({
  /** Cell values, one per column in column order. */
  cells: z.array(ReportCellSchema),
  /** Whether this row holds the totals of the rows above it. */
  total: z.boolean().optional(),
  /** Keys of the columns whose cell in this row was suppressed to protect privacy. */
  suppressed: z.array(z.string()).optional(),
});
/** A table row. */
export type ReportRow = z.infer<typeof ReportRowSchema>;

/** Schema of a table. */
export const ReportTableSchema = z.strictObject({
  /** Stable id, unique in the report (used for sheet names and CSV selection). */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(100),
  /** Caption: what the table shows. */
  caption: z.string().max(1000),
  /** Columns in order. */
  columns: z.array(ReportColumnSchema).min(1),
  /** Rows in order. */
  rows: z.array(ReportRowSchema),
  /** Notes printed under the table. */
  notes: z.array(z.string().max(2000)).optional(),
});
/** A table. */
export type ReportTable = z.infer<typeof ReportTableSchema>;

/** Schema of a key figure. */
export const KeyFigureSchema = z.strictObject({
  /** Label of the figure. */
  label: z.string().max(500),
  /** The value, or null when not applicable or suppressed. */
  value: z.number().nullable(),
  /** Type of the value. */
  type: ReportColumnTypeSchema,
  /** The metric it comes from. */
  metricId: z.string().max(100).optional(),
  /** Whether the value was suppressed to protect privacy. */
  suppressed: z.boolean().optional(),
});
/** A key figure. */
export type KeyFigure = z.infer<typeof KeyFigureSchema>;

/** Schema of a chart series. */
export const ChartSeriesSchema = z.strictObject({
  /** Label of the series. */
  label: z.string().max(500),
  /** One value per category; null when missing or suppressed. */
  values: z.array(z.number().nullable()),
});
/** A chart series. */
export type ChartSeries = z.infer<typeof ChartSeriesSchema>;

const CHART_KINDS = ['bar', 'line'] as const;

/** Schema of a chart. */
export const ReportChartSchema = z.strictObject({
  /** Stable id, unique in the report. */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(100),
  /** Bar chart (categories) or line chart (months). */
  kind: z.enum(CHART_KINDS) as z.ZodType<(typeof CHART_KINDS)[number]>,
  /** Title. */
  title: z.string().max(1000),
  /** Text alternative: what the chart shows, for readers who cannot see it. */
  description: z.string().max(4000),
  /** Type of the values. */
  type: ReportColumnTypeSchema,
  /** Category labels along the horizontal axis. */
  categories: z.array(z.string().max(500)),
  /** Series of values. */
  series: z.array(ChartSeriesSchema).min(1),
});
/** A chart. */
export type ReportChart = z.infer<typeof ReportChartSchema>;

/** Schema of a block of a section: a table, key figures, a chart or a paragraph. */
export const ReportBlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('table'), table: ReportTableSchema }),
  z.strictObject({ type: z.literal('key-figures'), figures: z.array(KeyFigureSchema) }),
  z.strictObject({ type: z.literal('chart'), chart: ReportChartSchema }),
  z.strictObject({ type: z.literal('text'), text: z.string().max(20_000) }),
]);
/** A block of a section. */
export type ReportBlock = z.infer<typeof ReportBlockSchema>;

/** Schema of a report section. */
export const ReportSectionSchema = z.strictObject({
  /** Stable id. */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(100),
  /** Heading. */
  title: z.string().max(1000),
  /** Blocks in order. */
  blocks: z.array(ReportBlockSchema),
});
/** A report section. */
export type ReportSection = z.infer<typeof ReportSectionSchema>;

/** Schema of a suppression note: what was hidden in one table and why. */
export const SuppressionNoteSchema = z.strictObject({
  /** The table (or `key-figures`). */
  tableId: z.string().max(100),
  /** Cells hidden because their count was small. */
  primary: z.number().int().min(0),
  /** Cells hidden so that the small ones cannot be worked out from totals. */
  complementary: z.number().int().min(0),
  /** Cells hidden because they were computed from a hidden count. */
  derived: z.number().int().min(0),
  /** Explanation for readers. */
  message: z.string().max(2000),
});
/** A suppression note. */
export type SuppressionNote = z.infer<typeof SuppressionNoteSchema>;

const SUPPRESSION_STATES = ['applied', 'off'] as const;
const SCOPE_KINDS = ['program', 'county', 'partner'] as const;

/** Schema of the report's privacy statement. */
export const ReportPrivacySchema = z.strictObject({
  /** Whether small-cell suppression was applied, or turned off by the caller. */
  suppression: z.enum(SUPPRESSION_STATES) as z.ZodType<(typeof SUPPRESSION_STATES)[number]>,
  /** Name of the suppression rule, for example `cms`. */
  rule: z.string().max(100).optional(),
  /** Whether only parents who consented to reporting were counted. */
  consentingParentsOnly: z.boolean(),
});
/** The report's privacy statement. */
export type ReportPrivacy = z.infer<typeof ReportPrivacySchema>;

/** Schema of a report document. */
export const ReportSchema = z
  .strictObject({
    /** Version of this document shape. */
    schemaVersion: z.literal(1),
    /** Title. */
    title: z.string().max(1000),
    /** Language of the labels. */
    language: ReportLanguageSchema,
    /** The program. */
    program: z.strictObject({
      id: z.string().max(128),
      name: z.string().max(500),
      state: z.string().max(10),
    }),
    /** What the report covers: the program, a county or a partner. */
    scope: z.strictObject({
      kind: z.enum(SCOPE_KINDS) as z.ZodType<(typeof SCOPE_KINDS)[number]>,
      id: z.string().max(128).optional(),
      label: z.string().max(500),
    }),
    /** The reporting period. */
    period: z.strictObject({
      kind: z.string().max(50),
      label: z.string().max(100),
      start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    }),
    /** When the report was generated (given by the caller, never read from a clock). */
    generatedAt: z.iso.datetime({ offset: true }),
    /** Sections in order. */
    sections: z.array(ReportSectionSchema),
    /** Footnotes: definitions and caveats. */
    footnotes: z.array(z.string().max(4000)),
    /** What small-cell suppression hid, table by table. */
    suppressionNotes: z.array(SuppressionNoteSchema),
    /** Privacy statement. */
    privacy: ReportPrivacySchema,
  })
  .meta({
    title: 'Parent Partner program report',
    description:
      'A program report of the Parent Partner SDK (@parent-partner/reports), schema version 1.',
  });
/** A report document. */
export type Report = z.infer<typeof ReportSchema>;

/**
 * Builds the JSON Schema (draft 2020-12) of the report document, for consumers outside TypeScript.
 *
 * @example
 * ```ts
 * createReportJsonSchema().title;
 * //=> 'Parent Partner program report'
 * ```
 */
export function createReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
