import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { buildSampleReport, PAYLOADS } from '../test/sample-report';
import { renderReportXlsx } from './render-report-xlsx';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

describe('renderReportXlsx', () => {
  test('a summary sheet and one sheet per table, with typed cells', async () => {
    const workbook = await open(await renderReportXlsx(buildSampleReport()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Report', 'payload-table']);
    expect(workbook.created.toISOString()).toBe('2026-01-05T15:00:00.000Z');
    const sheet = workbook.getWorksheet('payload-table')!;
    expect(sheet.getCell('B3').value).toBe('Count');
    const count = sheet.getCell('B4');
    expect(count.type).toBe(ExcelJS.ValueType.Number);
    expect(count.value).toBe(11);
    expect(sheet.getCell('C4').value).toBe(0.25);
    const share = sheet.getCell('D5');
    expect(share.type).toBe(ExcelJS.ValueType.Number);
    expect(share.numFmt).toBe('0.0%');
    const date = sheet.getCell('E4');
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect((date.value as Date).toISOString()).toBe('2025-10-10T00:00:00.000Z');
    const hiddenRow = 4 + PAYLOADS.length;
    expect(sheet.getCell(hiddenRow, 2).value).toBe('*');
    expect(sheet.getCell(hiddenRow + 1, 2).value).toBe(258);
    const summary = workbook.getWorksheet('Report')!;
    expect(summary.getCell('A1').value).toContain('Sample report');
  });

  test('injection payloads come out inert: text cells, never formulas', async () => {
    const workbook = await open(await renderReportXlsx(buildSampleReport()));
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') {
            expect(cell.value).not.toMatch(/^[\s\uFEFF\u200B-\u200F\u202A-\u202E]*[=+\-@|%]/);
          }
        });
      });
    }
    const sheet = workbook.getWorksheet('payload-table')!;
    expect(sheet.getCell('A4').value).toBe(`'${PAYLOADS[0]}`);
    expect(sheet.getCell('A6').value).toBe(PAYLOADS[2].replace('\r\n', '\n'));
  });
});
