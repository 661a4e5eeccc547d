export { assertReport, listReportTables } from './assert-report';
export type { BuildProgramReportOptions } from './build-program-report';
export { buildProgramReport } from './build-program-report';
export type {
  CodeBreakdown,
  CommunityFacts,
  ContactTargetFacts,
  FactRatio,
  MatchMonth,
  MatchMonthFacts,
  OutcomeFacts,
  ReferralFacts,
  ServiceFacts,
  WorkforceFacts,
} from './built-in-facts';
export { builtInFacts } from './built-in-facts';
export { builtInMetrics, findBuiltInMetric } from './built-in-metrics';
export type { ComputeMetricOptions, MetricResult } from './compute-metric';
export { computeMetric } from './compute-metric';
export type { ComputeTrendOptions, MetricTrend, TrendPoint } from './compute-trend';
export { computeTrend } from './compute-trend';
export type { ReportErrorCode } from './errors';
export { ReportError } from './errors';
export type { FormatValueOptions } from './format-value';
export { formatReportValue } from './format-value';
export type {
  LocalizedText,
  MetricBreakdownEntry,
  MetricCategory,
  MetricContext,
  MetricDefinition,
  MetricUnit,
  MetricValue,
  ReportScope,
  ReportScopeKind,
} from './metric';
export { defineMetric } from './metric';
export { createMetricContext } from './metric-context';
export type { ProgramRecords } from './program-records';
export type { RenderReportCsvOptions } from './render-report-csv';
export { renderReportCsv } from './render-report-csv';
export type { RenderReportHtmlOptions } from './render-report-html';
export { renderReportHtml } from './render-report-html';
export type { RenderReportJsonOptions } from './render-report-json';
export { renderReportJson } from './render-report-json';
export type { RenderReportMarkdownOptions } from './render-report-markdown';
export { renderReportMarkdown } from './render-report-markdown';
export type {
  ChartSeries,
  KeyFigure,
  Report,
  ReportBlock,
  ReportCell,
  ReportChart,
  ReportColumn,
  ReportColumnType,
  ReportLanguage,
  ReportPrivacy,
  ReportRow,
  ReportSection,
  ReportTable,
  SuppressionNote,
} from './report';
export {
  ChartSeriesSchema,
  createReportJsonSchema,
  KeyFigureSchema,
  ReportBlockSchema,
  ReportCellSchema,
  ReportChartSchema,
  ReportColumnSchema,
  ReportColumnTypeSchema,
  ReportLanguageSchema,
  ReportPrivacySchema,
  ReportRowSchema,
  ReportSchema,
  ReportSectionSchema,
  ReportTableSchema,
  SuppressionNoteSchema,
} from './report';
export type {
  CreateMetricContextOptions,
  ReportEngine,
  ReportEngineOptions,
} from './report-engine';
export { createReportEngine } from './report-engine';
export type { FactValues, ReportFact, ReportFactInput } from './report-fact';
export { defineReportFact } from './report-fact';
export type { ReportPrivacyOptions } from './suppress-report';
export { SUPPRESSION_OFF } from './suppress-report';
export { neutralizeSpreadsheetText } from './text-safety';
