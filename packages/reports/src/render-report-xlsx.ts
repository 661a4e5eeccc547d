// Through the package's `imports` map: exceljs's Node build under the `node` condition, elsewhere its
// `bare` browser build, which (unlike the one its `browser` field names) installs no polyfill over the
// app's globals: that one replaces `Symbol` in an edge runtime and breaks every later `for...of`.
import ExcelJS from '#exceljs';
import { assertReport } from './assert-report';
import { message } from './messages';
import type { Report, ReportColumnType, ReportTable } from './report';
import { neutralizeSpreadsheetText as neutralize } from './text-safety';

/** Neutralises a text for a cell; line breaks become LF, as the XML of the workbook would store them anyway. */
function neutralizeSpreadsheetText(text: string): string {
  return neutralize(text.replace(/\r\n?/g, '\n'));
}

/** Options of {@link renderReportXlsx}. */
export interface RenderReportXlsxOptions {
  /** Name of the first sheet (title, program, period, key figures, notes); "Report" or "Informe" when omitted. */
  readonly summarySheetName?: string;
}

const NUMBER_FORMATS: Record<ReportColumnType, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  number: '#,##0.0#',
  proportion: '0.0%',
  days: '#,##0.0',
  hours: '#,##0.0#',
  date: 'yyyy-mm-dd',
};

/** Sheet names: at most 31 characters, none of `[]:*?/\`, unique regardless of case. */
function createSheetNamer(): (wanted: string) => string {
  const used = new Set<string>();
  return (wanted) => {
    const base =
      wanted
        .replace(/[[\]:*?/\\']/g, ' ')
        .trim()
        .slice(0, 31) || 'Sheet';
    let name = base;
    for (let suffix = 2; used.has(name.toLowerCase()); suffix += 1) {
      name = `${base.slice(0, 31 - String(suffix).length - 1)}~${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  };
}

function toDate(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  table: ReportTable,
  marker: string,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  const caption = sheet.getCell(1, 1);
  caption.value = neutralizeSpreadsheetText(table.caption);
  caption.font = { bold: true, size: 13 };
  table.columns.forEach((column, position) => {
    const cell = sheet.getCell(3, position + 1);
    cell.value = neutralizeSpreadsheetText(column.label);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
    sheet.getColumn(position + 1).width = Math.min(60, Math.max(12, column.label.length + 2));
  });
  table.rows.forEach((row, rowPosition) => {
    row.cells.forEach((value, position) => {
      const column = table.columns[position]!;
      const cell = sheet.getCell(4 + rowPosition, position + 1);
      if (row.suppressed?.includes(column.key)) {
        cell.value = marker;
        cell.alignment = { horizontal: 'right' };
      } else if (typeof value === 'number') {
        cell.value = value;
        const format = NUMBER_FORMATS[column.type];
        if (format) cell.numFmt = format;
      } else if (typeof value === 'string') {
        const date = column.type === 'date' ? toDate(value) : undefined;
        if (date) {
          cell.value = date;
          cell.numFmt = NUMBER_FORMATS.date ?? 'yyyy-mm-dd';
        } else {
          cell.value = neutralizeSpreadsheetText(value);
        }
      }
      if (row.total) cell.font = { bold: true };
    });
  });
  (table.notes ?? []).forEach((note, position) => {
    sheet.getCell(5 + table.rows.length + position, 1).value = neutralizeSpreadsheetText(note);
  });
}

function addSummarySheet(workbook: ExcelJS.Workbook, name: string, report: Report): void {
  const language = report.language;
  const sheet = workbook.addWorksheet(name);
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 60;
  let row = 1;
  const put = (
    label: string,
    value: string | number | Date | null,
    numFmt?: string,
    bold = false,
  ) => {
    sheet.getCell(row, 1).value = neutralizeSpreadsheetText(label);
    if (bold) sheet.getCell(row, 1).font = { bold: true, size: 14 };
    const cell = sheet.getCell(row, 2);
    if (value !== null)
      cell.value = typeof value === 'string' ? neutralizeSpreadsheetText(value) : value;
    if (numFmt) cell.numFmt = numFmt;
    row += 1;
  };
  put(report.title, null, undefined, true);
  put(message(language, 'program'), report.program.name);
  put(message(language, 'scope'), report.scope.label);
  put(message(language, 'period'), report.period.label);
  put(
    message(language, 'periodStart'),
    toDate(report.period.start) ?? report.period.start,
    'yyyy-mm-dd',
  );
  put(message(language, 'periodEnd'), toDate(report.period.end) ?? report.period.end, 'yyyy-mm-dd');
  put(message(language, 'generatedAt'), report.generatedAt);
  row += 1;
  for (const section of report.sections) {
    for (const block of section.blocks) {
      if (block.type !== 'key-figures') continue;
      for (const figure of block.figures) {
        if (figure.suppressed) put(figure.label, message(language, 'suppressedMarker'));
        else put(figure.label, figure.value, NUMBER_FORMATS[figure.type]);
      }
    }
  }
  row += 1;
  put(message(language, 'footnotes'), null, undefined, true);
  for (const note of report.footnotes) put('', note);
  row += 1;
  put(message(language, 'suppressionNotes'), null, undefined, true);
  if (report.privacy.suppression === 'off') put('', message(language, 'suppressionOff'));
  else if (report.suppressionNotes.length === 0) put('', message(language, 'noSuppression'));
  else {
    put('', message(language, 'suppressedLegend'));
    for (const note of report.suppressionNotes) put(note.tableId, note.message);
  }
}

/**
 * Renders a report as an XLSX workbook with exceljs: a summary sheet, then one sheet per table with typed number and date cells.
 *
 * Text cells are neutralised against formula injection; suppressed cells hold the suppression marker. The workbook's
 * created and modified dates are the report's `generatedAt`.
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
 * const bytes = await renderReportXlsx(report);
 * [bytes[0], bytes[1]];
 * //=> [0x50, 0x4b]
 * ```
 */
export async function renderReportXlsx(
  report: Report,
  options: RenderReportXlsxOptions = {},
): Promise<Uint8Array> {
  assertReport(report);
  const workbook = new ExcelJS.Workbook();
  const generatedAt = new Date(report.generatedAt);
  workbook.creator = 'Parent Partner SDK';
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  workbook.title = report.title;
  const nameSheet = createSheetNamer();
  addSummarySheet(
    workbook,
    nameSheet(options.summarySheetName ?? (report.language === 'es' ? 'Informe' : 'Report')),
    report,
  );
  const marker = message(report.language, 'suppressedMarker');
  for (const section of report.sections) {
    for (const block of section.blocks) {
      if (block.type === 'table')
        addTableSheet(workbook, nameSheet(block.table.id), block.table, marker);
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
