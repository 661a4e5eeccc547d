import { assertReport } from './assert-report';
import type { Report } from './report';

/** Options of {@link renderReportJson}. */
export interface RenderReportJsonOptions {
  /** Spaces of indentation; 2 when omitted, 0 for one line. */
  readonly indent?: number;
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Renders a report as JSON that matches the published schema (`createReportJsonSchema`), safe to embed in HTML.
 *
 * `<`, `>`, `&` and the line and paragraph separators are written as `\u` escapes, so the text can sit inside a
 * `<script type="application/json">` element without ending it.
 *
 * @throws ReportError `REPORT_INVALID_DOCUMENT` for a malformed report.
 * @example
 * ```ts
 * import { parseProgram } from '@parent-partner/core';
 *
 * const records = {
 *   program: parseProgram({ id: 'demo', name: 'Demo County Parent Partners', state: 'WI', counties: [{ fips: '55029', name: 'Door' }] }),
 *   parents: [],
 * };
 * const report = buildProgramReport(records, { period: 'SFY2026-Q2', generatedAt: '2026-01-05T09:00:00-06:00' });
 * JSON.parse(renderReportJson(report)).period.label;
 * //=> 'SFY2026-Q2'
 * ```
 */
export function renderReportJson(report: Report, options: RenderReportJsonOptions = {}): string {
  assertReport(report);
  const indent = options.indent ?? 2;
  return `${JSON.stringify(report, null, indent).replace(
    /[<>&\u2028\u2029]/g,
    (character) => UNSAFE_IN_SCRIPT[character] ?? character,
  )}\n`;
}
