import { type FormatValueOptions, formatReportValue } from './format-value';
import type { ReportChart } from './report';
import { escapeHtml } from './text-safety';

// Inline SVG charts for the HTML report: no script, no external asset, a
// title and a description that assistive technology reads instead of the drawing.

const COLORS = ['#1d4f91', '#a04a12', '#2c6e3f', '#6b3b8c'];
const WIDTH = 640;

function number(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function scaleMaximum(values: readonly (number | null)[]): number {
  const maximum = Math.max(0, ...values.filter((value): value is number => value !== null));
  return maximum === 0 ? 1 : maximum;
}

function renderBars(
  chart: ReportChart,
  format: FormatValueOptions,
): { height: number; body: string } {
  const labelWidth = 250;
  const rowHeight = 26;
  const top = 10;
  const plotWidth = WIDTH - labelWidth - 70;
  const values = chart.series[0]?.values ?? [];
  const maximum = scaleMaximum(values);
  const rows = chart.categories.map((category, position) => {
    const value = values[position] ?? null;
    const y = top + position * rowHeight;
    const width = value === null ? 0 : (value / maximum) * plotWidth;
    const shown = value === null ? '*' : formatReportValue(value, chart.type, format);
    return [
      `<text x="${labelWidth - 8}" y="${number(y + 17)}" text-anchor="end">${escapeHtml(category)}</text>`,
      `<rect x="${labelWidth}" y="${number(y + 4)}" width="${number(width)}" height="${rowHeight - 8}" fill="${COLORS[0]}"/>`,
      `<text x="${number(labelWidth + width + 6)}" y="${number(y + 17)}">${escapeHtml(shown)}</text>`,
    ].join('');
  });
  return { height: top * 2 + chart.categories.length * rowHeight, body: rows.join('') };
}

function renderLines(
  chart: ReportChart,
  format: FormatValueOptions,
): { height: number; body: string } {
  const left = 60;
  const right = 40;
  const top = 20;
  const plotHeight = 180;
  const legendHeight = 24 * chart.series.length;
  const plotWidth = WIDTH - left - right;
  const maximum = scaleMaximum(chart.series.flatMap((series) => series.values));
  const count = chart.categories.length;
  const x = (position: number) =>
    left + (count <= 1 ? plotWidth / 2 : (position / (count - 1)) * plotWidth);
  const y = (value: number) => top + plotHeight - (value / maximum) * plotHeight;
  const axis = [
    `<line x1="${left}" y1="${top + plotHeight}" x2="${WIDTH - right}" y2="${top + plotHeight}" stroke="#333333"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotHeight}" stroke="#333333"/>`,
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end">${escapeHtml(formatReportValue(maximum, chart.type, format))}</text>`,
    `<text x="${left - 6}" y="${top + plotHeight + 4}" text-anchor="end">${escapeHtml(formatReportValue(0, chart.type, format))}</text>`,
    ...chart.categories.map(
      (category, position) =>
        `<text x="${number(x(position))}" y="${top + plotHeight + 18}" text-anchor="middle">${escapeHtml(category)}</text>`,
    ),
  ];
  const lines = chart.series.map((series, seriesPosition) => {
    const color = COLORS[seriesPosition % COLORS.length];
    const points = series.values
      .map((value, position) =>
        value === null ? undefined : `${number(x(position))},${number(y(value))}`,
      )
      .filter((point): point is string => point !== undefined);
    const marks = series.values
      .map((value, position) =>
        value === null
          ? ''
          : `<circle cx="${number(x(position))}" cy="${number(y(value))}" r="3.5" fill="${color}"/>`,
      )
      .join('');
    const legendY = top + plotHeight + 40 + seriesPosition * 24;
    return [
      points.length > 1
        ? `<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="2.5"/>`
        : '',
      marks,
      `<rect x="${left}" y="${legendY - 10}" width="14" height="14" fill="${color}"/>`,
      `<text x="${left + 20}" y="${legendY + 2}">${escapeHtml(series.label)}</text>`,
    ].join('');
  });
  return { height: top + plotHeight + 36 + legendHeight, body: [...axis, ...lines].join('') };
}

/** Renders a chart as an accessible inline SVG element whose title and description carry its content. */
export function renderChartSvg(chart: ReportChart, format: FormatValueOptions): string {
  const { height, body } =
    chart.kind === 'bar' ? renderBars(chart, format) : renderLines(chart, format);
  const titleId = `${chart.id}-title`;
  const descriptionId = `${chart.id}-description`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-labelledby="${titleId} ${descriptionId}" font-family="system-ui, sans-serif" font-size="12" fill="#1a1a1a">`,
    `<title id="${titleId}">${escapeHtml(chart.title)}</title>`,
    `<desc id="${descriptionId}">${escapeHtml(chart.description)}</desc>`,
    body,
    '</svg>',
  ].join('');
}
