import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { buildSampleReport, PAYLOADS } from '../test/sample-report';
import { listReportTables } from './assert-report';
import { renderReportCsv } from './render-report-csv';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters can hide a formula trigger.
const FORMULA = /^[\s\uFEFF\u0000-\u001F\u200B-\u200F\u202A-\u202E]*[=+\-@|%]/;

describe('renderReportCsv', () => {
  test('long form parses back to the same values, cell by cell', () => {
    const report = buildSampleReport();
    const csv = renderReportCsv(report, { byteOrderMark: false });
    expect(csv).toContain('\r\n');
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    const table = listReportTables(report)[0]!;
    const cells = records.filter((record) => record.table === table.id);
    expect(cells).toHaveLength(table.rows.length * (table.columns.length - 1));
    for (const record of cells) {
      const row = table.rows[Number(record.row) - 1]!;
      const position = table.columns.findIndex((column) => column.key === record.column);
      const expected = row.cells[position];
      if (record.suppressed === 'true') {
        expect(row.suppressed).toContain(record.column);
        expect(record.value).toBe('');
      } else if (typeof expected === 'number') {
        expect(Number(record.value)).toBe(expected);
      } else {
        expect(record.value).toBe(expected ?? '');
      }
    }
  });

  test('one table as a grid, with the suppression marker', () => {
    const report = buildSampleReport();
    const csv = renderReportCsv(report, { table: 'payload-table' });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]).toEqual(['Label =1+1', 'Count', 'Hours', 'Share', 'Date']);
    expect(rows[1]?.slice(1)).toEqual(['11', '0.25', '0', '2025-10-10']);
    const hidden = rows.find((row) => row[0] === 'Hidden');
    expect(hidden?.[1]).toBe('*');
    expect(() => renderReportCsv(report, { table: 'nope' })).toThrow(/no table/);
  });

  test('injection payloads come out inert: no text cell starts a formula, quotes and newlines survive', () => {
    const report = buildSampleReport();
    for (const csv of [
      renderReportCsv(report),
      renderReportCsv(report, { table: 'payload-table' }),
    ]) {
      const rows = parse(csv, { bom: true, relax_column_count: true }) as string[][];
      for (const row of rows) {
        for (const cell of row) {
          if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
          expect(FORMULA.test(cell), cell).toBe(false);
        }
      }
      expect(csv).not.toMatch(/[\u202A-\u202E\u200F]/);
    }
    const grid = parse(renderReportCsv(report, { table: 'payload-table' }), {
      bom: true,
    }) as string[][];
    expect(grid[1]?.[0]).toBe(`'${PAYLOADS[0]}`);
    expect(grid[3]?.[0]).toBe(PAYLOADS[2]);
    expect(grid[6]?.[0]).toBe(`' \t@SUM(A1:A9)`);
  });

  test('a malformed report is refused', () => {
    const report = buildSampleReport();
    const broken = {
      ...report,
      sections: [
        {
          id: 'x',
          title: 'x',
          blocks: [
            {
              type: 'table',
              table: {
                id: 'bad',
                caption: 'x',
                columns: [{ key: 'a', label: 'a', type: 'text' }],
                rows: [{ cells: ['a', 'b'] }],
              },
            },
          ],
        },
      ],
    };
    expect(() => renderReportCsv(broken as never)).toThrow(/one cell per column/);
    expect(() => renderReportCsv({ ...report, generatedAt: 'yesterday' })).toThrow(/generatedAt/);
  });
});
