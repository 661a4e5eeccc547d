import { assertReport } from './assert-report';
import { type FormatValueOptions, formatReportValue } from './format-value';
import { message } from './messages';
import type { KeyFigure, Report, ReportChart, ReportColumnType, ReportTable } from './report';
import { escapeMarkdown } from './text-safety';

/** Options of {@link renderReportMarkdown}. */
export interface RenderReportMarkdownOptions {
  /** BCP 47 locale for numbers and dates; `en-US` or `es-US` by the report's language when omitted. */
  readonly locale?: string;
}

/** Formatted numbers and dates hold only digits, separators, letters and `%`: escaping them would only add noise. */
function formatCell(text: string, type: ReportColumnType): string {
  return type === 'text' || !/^[\p{L}\p{N}\s.,%—-]*$/u.test(text) ? escapeMarkdown(text) : text;
}

function renderFigures(
  figures: readonly KeyFigure[],
  format: FormatValueOptions,
  marker: string,
): string {
  return figures
    .map(
      (figure) =>
        `- **${escapeMarkdown(figure.label)}:** ${
          figure.suppressed
            ? marker
            : formatCell(formatReportValue(figure.value, figure.type, format), figure.type)
        }`,
    )
    .join('\n');
}

function renderTable(table: ReportTable, format: FormatValueOptions, marker: string): string {
  const header = `| ${table.columns.map((column) => escapeMarkdown(column.label)).join(' | ')} |`;
  const align = `| ${table.columns.map((column) => (column.type === 'text' ? '---' : '---:')).join(' | ')} |`;
  const rows = table.rows.map((row) => {
    const cells = row.cells.map((cell, position) => {
      const column = table.columns[position]!;
      if (row.suppressed?.includes(column.key)) return marker;
      const text = formatCell(formatReportValue(cell, column.type, format), column.type);
      return row.total ? `**${text}**` : text;
    });
    return `| ${cells.join(' | ')} |`;
  });
  const notes = (table.notes ?? []).map((note) => `\n_${escapeMarkdown(note)}_`).join('\n');
  return `**${escapeMarkdown(table.caption)}**\n\n${[header, align, ...rows].join('\n')}\n${notes}`;
}

function renderChart(chart: ReportChart): string {
  // Markdown has no charts: the title and the text alternative carry the content (the data is in the tables).
  return `**${escapeMarkdown(chart.title)}**\n\n${escapeMarkdown(chart.description)}`;
}

/**
 * Renders a report as GitHub-flavoured Markdown: headings, key-figure lists, pipe tables and chart descriptions, every text escaped.
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
 * renderReportMarkdown(report).split('\n')[0];
 * //=> '# Program report'
 * ```
 */
export function renderReportMarkdown(
  report: Report,
  options: RenderReportMarkdownOptions = {},
): string {
  assertReport(report);
  const language = report.language;
  const format: FormatValueOptions = {
    language,
    ...(options.locale ? { locale: options.locale } : {}),
  };
  const marker = escapeMarkdown(message(language, 'suppressedMarker'));
  const parts: string[] = [`# ${escapeMarkdown(report.title)}`];
  parts.push(
    [
      `- **${message(language, 'program')}:** ${escapeMarkdown(report.program.name)}`,
      `- **${message(language, 'scope')}:** ${escapeMarkdown(report.scope.label)}`,
      `- **${message(language, 'period')}:** ${escapeMarkdown(report.period.label)} (${escapeMarkdown(
        formatReportValue(report.period.start, 'date', format),
      )} – ${escapeMarkdown(formatReportValue(report.period.end, 'date', format))})`,
      `- **${message(language, 'generatedAt')}:** ${escapeMarkdown(report.generatedAt)}`,
    ].join('\n'),
  );
  for (const section of report.sections) {
    parts.push(`## ${escapeMarkdown(section.title)}`);
    for (const block of section.blocks) {
      if (block.type === 'text') parts.push(escapeMarkdown(block.text));
      else if (block.type === 'key-figures')
        parts.push(renderFigures(block.figures, format, marker));
      else if (block.type === 'table') parts.push(renderTable(block.table, format, marker));
      else parts.push(renderChart(block.chart));
    }
  }
  parts.push(`## ${message(language, 'footnotes')}`);
  parts.push(report.footnotes.map((note) => `- ${escapeMarkdown(note)}`).join('\n'));
  parts.push(`## ${message(language, 'suppressionNotes')}`);
  if (report.privacy.suppression === 'off')
    parts.push(`**${escapeMarkdown(message(language, 'suppressionOff'))}**`);
  else if (report.suppressionNotes.length === 0)
    parts.push(escapeMarkdown(message(language, 'noSuppression')));
  else {
    parts.push(escapeMarkdown(message(language, 'suppressedLegend')));
    parts.push(
      report.suppressionNotes.map((note) => `- ${escapeMarkdown(note.message)}`).join('\n'),
    );
  }
  return `${parts.join('\n\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
