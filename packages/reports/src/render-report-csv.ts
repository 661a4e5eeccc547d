// Through the package's `imports` map: csv-stringify's Node build under the `node` condition, its
// portable ESM build everywhere else (browsers, edge runtimes), so the main entry needs no Buffer.
import { stringify } from '#csv-stringify';
import { assertReport, listReportTables } from './assert-report';
import { ReportError } from './errors';
import { message } from './messages';
import type { Report, ReportCell, ReportTable } from './report';
import { neutralizeSpreadsheetText } from './text-safety';

/** Options of {@link renderReportCsv}. */
export interface RenderReportCsvOptions {
  /** Render one table (by id) as a plain grid with a header row; without it, every table in long form. */
  readonly table?: string;
  /** Start with a UTF-8 byte-order mark so that spreadsheet programs read the accents right; true when omitted. */
  readonly byteOrderMark?: boolean;
}

function textCell(value: string): string {
  return neutralizeSpreadsheetText(value);
}

function valueCell(value: ReportCell): string | number {
  if (value === null) return '';
  return typeof value === 'number' ? value : textCell(value);
}

function renderGrid(report: Report, table: ReportTable): (string | number)[][] {
  const marker = message(report.language, 'suppressedMarker');
  const header = table.columns.map((column) => textCell(column.label));
  const rows = table.rows.map((row) =>
    row.cells.map((cell, position) =>
      row.suppressed?.includes(table.columns[position]?.key ?? '') ? marker : valueCell(cell),
    ),
  );
  return [header, ...rows];
}

const LONG_HEADER = [
  'section',
  'table',
  'caption',
  'row',
  'row_label',
  'column',
  'column_label',
  'type',
  'value',
  'suppressed',
];

function renderLong(report: Report): (string | number)[][] {
  const records: (string | number)[][] = [LONG_HEADER];
  for (const section of report.sections) {
    for (const block of section.blocks) {
      if (block.type !== 'table') continue;
      const table = block.table;
      const headerColumn = Math.max(
        0,
        table.columns.findIndex((column) => column.rowHeader),
      );
      table.rows.forEach((row, rowPosition) => {
        const rowLabel = row.cells[headerColumn];
        table.columns.forEach((column, position) => {
          if (position === headerColumn && column.rowHeader) return;
          const suppressed = row.suppressed?.includes(column.key) === true;
          records.push([
            section.id,
            table.id,
            textCell(table.caption),
            rowPosition + 1,
            typeof rowLabel === 'string' ? textCell(rowLabel) : valueCell(rowLabel ?? null),
            column.key,
            textCell(column.label),
            column.type,
            suppressed ? '' : valueCell(row.cells[position] ?? null),
            suppressed ? 'true' : 'false',
          ]);
        });
      });
    }
  }
  return records;
}

/**
 * Renders a report as RFC 4180 CSV (UTF-8, CRLF line ends), with every text cell neutralised against formula injection.
 *
 * Without `table`, every table is written in long form: one line per cell, with the section, table, row, column,
 * type, raw value and whether it was suppressed. With `table`, that one table is written as a grid.
 *
 * @throws ReportError `REPORT_INVALID_DOCUMENT` for a malformed report; `REPORT_UNKNOWN_TABLE` for an unknown table id.
 * @example
 * ```ts
 * import { parseProgram } from '@parent-partner/core';
 *
 * const records = {
 *   program: parseProgram({ id: 'demo', name: 'Demo County Parent Partners', state: 'WI', counties: [{ fips: '55029', name: 'Door' }] }),
 *   parents: [],
 * };
 * const report = buildProgramReport(records, { period: 'SFY2026-Q2', generatedAt: '2026-01-05T09:00:00-06:00' });
 * renderReportCsv(report, { table: 'referrals-by-source', byteOrderMark: false }).split('\r\n')[0];
 * //=> 'Referral source,Referrals'
 * ```
 */
export function renderReportCsv(report: Report, options: RenderReportCsvOptions = {}): string {
  assertReport(report);
  let records: (string | number)[][];
  if (options.table !== undefined) {
    const table = listReportTables(report).find((candidate) => candidate.id === options.table);
    if (table === undefined)
      throw new ReportError('REPORT_UNKNOWN_TABLE', 'table: the report has no table with this id');
    records = renderGrid(report, table);
  } else {
    records = renderLong(report);
  }
  return stringify(records, {
    bom: options.byteOrderMark ?? true,
    record_delimiter: '\r\n',
    cast: { number: (value) => String(value) },
  });
}
