import { assertReport } from './assert-report';
import { type FormatValueOptions, formatReportValue } from './format-value';
import { message } from './messages';
import { renderChartSvg } from './render-chart-svg';
import type { KeyFigure, Report, ReportChart, ReportTable } from './report';
import { escapeHtml } from './text-safety';

/** Options of {@link renderReportHtml}. */
export interface RenderReportHtmlOptions {
  /** BCP 47 locale for numbers and dates; `en-US` or `es-US` by the report's language when omitted. */
  readonly locale?: string;
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #ffffff; margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.7rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #1d4f91; padding-bottom: .2rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .75rem; margin: 0 0 1rem; }
.figures div { border: 1px solid #c5cdd8; border-radius: .4rem; padding: .6rem .8rem; }
.figures dt { font-size: .85rem; }
.figures dd { margin: .2rem 0 0; font-size: 1.4rem; font-weight: 700; }
.table-wrap { overflow-x: auto; margin: 0 0 1.25rem; }
.table-wrap:focus { outline: 3px solid #1d4f91; }
table { border-collapse: collapse; min-width: 50%; }
caption { text-align: left; font-weight: 700; padding: 0 0 .4rem; }
th, td { border: 1px solid #c5cdd8; padding: .3rem .6rem; vertical-align: top; }
thead th { background: #e8eef5; text-align: left; }
tbody th { text-align: left; font-weight: 400; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
tr.total th, tr.total td { font-weight: 700; background: #f3f5f8; }
.note { font-size: .9rem; margin: -.75rem 0 1.25rem; }
figure { margin: 0 0 1.5rem; }
figcaption { font-size: .9rem; }
svg { max-width: 100%; height: auto; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 2rem; font-size: .95rem; }
bdi { unicode-bidi: isolate; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .table-wrap { overflow: visible; }
  section, table, figure { break-inside: avoid-page; }
  h2 { break-after: avoid-page; }
  thead { display: table-header-group; }
  .figures div { border-color: #777777; }
}`;

function text(value: string): string {
  // <bdi> isolates each text from its neighbours: a right-to-left mark cannot reorder the page around it.
  return `<bdi>${escapeHtml(value)}</bdi>`;
}

function suppressedCell(language: Report['language']): string {
  return `${escapeHtml(message(language, 'suppressedMarker'))}<span class="visually-hidden"> ${escapeHtml(
    message(language, 'suppressedLegend').replace(/^\*\s*/, ''),
  )}</span>`;
}

function renderFigures(
  figures: readonly KeyFigure[],
  format: FormatValueOptions,
  language: Report['language'],
): string {
  const items = figures.map(
    (figure) =>
      `<div><dt>${text(figure.label)}</dt><dd>${
        figure.suppressed
          ? suppressedCell(language)
          : text(formatReportValue(figure.value, figure.type, format))
      }</dd></div>`,
  );
  return `<dl class="figures">${items.join('')}</dl>`;
}

function renderTable(
  table: ReportTable,
  format: FormatValueOptions,
  language: Report['language'],
): string {
  const captionId = `table-${table.id}`;
  const head = table.columns.map((column) => `<th scope="col">${text(column.label)}</th>`).join('');
  const body = table.rows.map((row) => {
    const cells = row.cells.map((cell, position) => {
      const column = table.columns[position]!;
      const numeric = column.type !== 'text' && column.type !== 'date';
      const content = row.suppressed?.includes(column.key)
        ? suppressedCell(language)
        : text(formatReportValue(cell, column.type, format));
      if (column.rowHeader) return `<th scope="row">${content}</th>`;
      return `<td${numeric ? ' class="number"' : ''}>${content}</td>`;
    });
    return `<tr${row.total ? ' class="total"' : ''}>${cells.join('')}</tr>`;
  });
  const notes = (table.notes ?? []).map((note) => `<p class="note">${text(note)}</p>`).join('');
  return `<div class="table-wrap" role="region" aria-labelledby="${captionId}" tabindex="0"><table><caption id="${captionId}">${text(
    table.caption,
  )}</caption><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table></div>${notes}`;
}

function renderChart(chart: ReportChart, format: FormatValueOptions): string {
  return `<figure>${renderChartSvg(chart, format)}<figcaption>${text(chart.title)}</figcaption></figure>`;
}

/**
 * Renders a report as one standalone HTML file: no script, no external asset, accessible tables, inline SVG charts with text alternatives, and a print stylesheet.
 *
 * Every text is escaped and isolated for bidirectional display; a Content-Security-Policy forbids scripts even if a
 * browser were tricked into seeing one.
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
 * renderReportHtml(report).startsWith('<!doctype html>');
 * //=> true
 * ```
 */
export function renderReportHtml(report: Report, options: RenderReportHtmlOptions = {}): string {
  assertReport(report);
  const language = report.language;
  const format: FormatValueOptions = {
    language,
    ...(options.locale ? { locale: options.locale } : {}),
  };
  const meta = [
    [message(language, 'program'), report.program.name],
    [message(language, 'scope'), report.scope.label],
    [
      message(language, 'period'),
      `${report.period.label} (${formatReportValue(report.period.start, 'date', format)} – ${formatReportValue(report.period.end, 'date', format)})`,
    ],
    [message(language, 'generatedAt'), report.generatedAt],
  ]
    .map(([term, value]) => `<dt>${text(term ?? '')}</dt><dd>${text(value ?? '')}</dd>`)
    .join('');
  const sections = report.sections.map((section) => {
    const headingId = `section-${escapeHtml(section.id)}`;
    const blocks = section.blocks.map((block) => {
      if (block.type === 'text') return `<p>${text(block.text)}</p>`;
      if (block.type === 'key-figures') return renderFigures(block.figures, format, language);
      if (block.type === 'table') return renderTable(block.table, format, language);
      return renderChart(block.chart, format);
    });
    return `<section aria-labelledby="${headingId}"><h2 id="${headingId}">${text(section.title)}</h2>${blocks.join('')}</section>`;
  });
  const suppression =
    report.privacy.suppression === 'off'
      ? `<p><strong>${text(message(language, 'suppressionOff'))}</strong></p>`
      : report.suppressionNotes.length === 0
        ? `<p>${text(message(language, 'noSuppression'))}</p>`
        : `<p>${text(message(language, 'suppressedLegend'))}</p><ul>${report.suppressionNotes
            .map((note) => `<li>${text(note.message)}</li>`)
            .join('')}</ul>`;
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${report.title} · ${report.program.name} · ${report.period.label}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${text(report.title)}</h1><dl class="meta">${meta}</dl></header>`,
    `<main>${sections.join('')}</main>`,
    `<footer><h2 id="notes">${text(message(language, 'footnotes'))}</h2><ul>${report.footnotes
      .map((note) => `<li>${text(note)}</li>`)
      .join(
        '',
      )}</ul><h2 id="privacy">${text(message(language, 'suppressionNotes'))}</h2>${suppression}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
