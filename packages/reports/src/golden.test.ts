import { createSyntheticProgram } from '@parent-partner/testing';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { buildProgramReport } from './build-program-report';
import { renderReportCsv } from './render-report-csv';
import { renderReportHtml } from './render-report-html';
import { renderReportJson } from './render-report-json';
import { renderReportMarkdown } from './render-report-markdown';
import { renderReportXlsx } from './render-report-xlsx';

// Golden files: one fixed synthetic program (fixed seed and generatedAt), rendered in every format.
// Update them with `npx vitest run --project reports -u` after an intended change, and review the diff.
const program = createSyntheticProgram({
  seed: 'reports-golden',
  asOf: '2026-01-15',
  counties: 3,
  parents: 400,
  partners: 24,
  months: 18,
});
const report = buildProgramReport(program, {
  period: 'SFY2026-Q2',
  generatedAt: '2026-01-20T09:00:00-06:00',
});
const spanish = buildProgramReport(program, {
  period: 'SFY2026-Q2',
  generatedAt: '2026-01-20T09:00:00-06:00',
  language: 'es',
  scope: { kind: 'county', countyFips: program.program.counties[0]!.fips },
});

/** The structure of a workbook: sheets, and every cell's address, type and value (not the zip bytes). */
async function describeWorkbook(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook.worksheets.map((sheet) => {
    const cells: string[] = [];
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const value = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
        const type =
          Object.entries(ExcelJS.ValueType).find(([, code]) => code === cell.type)?.[0] ??
          String(cell.type);
        const entry = cell.numFmt
          ? [cell.address, type, value, cell.numFmt]
          : [cell.address, type, value];
        cells.push(JSON.stringify(entry));
      });
    });
    return `${JSON.stringify(sheet.name)}\n${cells.join('\n')}`;
  });
}

describe('golden files', () => {
  test('CSV (long form and one table)', async () => {
    await expect(renderReportCsv(report)).toMatchFileSnapshot('./__golden__/program-report.csv');
    await expect(renderReportCsv(report, { table: 'by-county' })).toMatchFileSnapshot(
      './__golden__/program-report.by-county.csv',
    );
  });

  test('Markdown, English and Spanish', async () => {
    await expect(renderReportMarkdown(report)).toMatchFileSnapshot(
      './__golden__/program-report.md',
    );
    await expect(renderReportMarkdown(spanish)).toMatchFileSnapshot(
      './__golden__/county-report.es.md',
    );
  });

  test('HTML', async () => {
    await expect(renderReportHtml(report)).toMatchFileSnapshot('./__golden__/program-report.html');
  });

  test('JSON', async () => {
    await expect(renderReportJson(report)).toMatchFileSnapshot('./__golden__/program-report.json');
  });

  test('XLSX, compared by structure', async () => {
    const structure = await describeWorkbook(await renderReportXlsx(report));
    await expect(`${structure.join('\n\n')}\n`).toMatchFileSnapshot(
      './__golden__/program-report.xlsx.txt',
    );
  });
});
