import { importXlsxRecords } from '@parent-partner/import/xlsx';
// As the SDK's packages do (see this package's `imports`): exceljs's `bare` build outside Node.js.
import ExcelJS from '#exceljs';

/**
 * Writes a small workbook in the runtime (typed cells: text, a date, a number, yes/no, a formula and an
 * empty required cell), then imports its parents and its maltreatment reports from the bytes.
 */
export async function run(): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  const parents = workbook.addWorksheet('Parents');
  parents.addRow([
    'id',
    'name.given',
    'name.family',
    'languages',
    'countyFips',
    'interpreterNeeded',
  ]);
  parents.addRow(['p-1', 'Sample', 'Parent', 'es;en', 55029, true]);
  parents.addRow(['p-2', 'Other', 'Parent', 'en', 55025, 'no']);
  const reports = workbook.addWorksheet('Reports');
  reports.addRow(['id', 'parentId', 'childId', 'disposition', 'reportDate']);
  reports.addRow(['r-1', 'p-1', 'c-1', 'substantiated', new Date(Date.UTC(2026, 2, 1))]);
  reports.addRow(['r-2', 'p-1', 'c-1', 'indicated', { formula: 'TODAY()' }]);
  reports.addRow(['r-3', 'p-1', 'c-1', '', '2026-03-03']);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return JSON.parse(
    JSON.stringify({
      parents: await importXlsxRecords('parent', bytes, { sheet: 'Parents' }),
      reports: await importXlsxRecords('maltreatmentReport', bytes, { sheet: 2 }),
    }),
  );
}
