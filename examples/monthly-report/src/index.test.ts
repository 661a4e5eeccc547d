import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, expect, test } from 'vitest';
import { main } from './index';

const outDirectories: string[] = [];
afterEach(() => {
  for (const directory of outDirectories.splice(0)) rmSync(directory, { recursive: true });
});

async function run() {
  const outDirectory = mkdtempSync(join(tmpdir(), 'monthly-report-'));
  outDirectories.push(outDirectory);
  const lines: string[] = [];
  const result = await main(
    { outDirectory, month: '2026-05', generatedAt: '2026-06-01T08:00:00-05:00' },
    (line) => lines.push(line),
  );
  return { result, lines };
}

test('reads the CSV exports, keeps the good rows and reports the bad one by line and field', async () => {
  const { result, lines } = await run();
  expect(result.recordCounts).toEqual({
    parents: 16,
    partners: 5,
    referrals: 16,
    matches: 8,
    contacts: 231,
  });
  expect(result.rejected).toEqual([
    { file: 'contacts.csv', line: 233, problems: ['date: invalid_value'] },
  ]);
  expect(lines).toContain('  refused contacts.csv line 233: date: invalid_value');
});

test('writes the month as a standalone HTML page and a typed XLSX workbook', async () => {
  const { result } = await run();
  expect(readFileSync(result.htmlPath, 'utf8')).toBe(result.html);
  expect(result.html).toContain('<title>Monthly activity report, 2026-05');
  expect(result.html).toContain('<table');
  // Standalone: no external stylesheet or script.
  expect(result.html).not.toMatch(/<(link|script)[^>]+(href|src)=/);

  const workbook = new ExcelJS.Workbook();
  const bytes = readFileSync(result.xlsxPath);
  expect(new Uint8Array(bytes)).toEqual(result.xlsx);
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  expect(workbook.worksheets.length).toBeGreaterThan(1);
  const numbers: number[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Number) numbers.push(cell.value as number);
      }),
    ),
  );
  expect(numbers.length).toBeGreaterThan(0);
});

test('the report names no parent or partner of the exports', async () => {
  const { result } = await run();
  const fixtures = join(import.meta.dirname, '..', 'fixtures');
  const names = ['parents.csv', 'partners.csv'].flatMap((file) =>
    readFileSync(join(fixtures, file), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').slice(1, 3).join(' ')),
  );
  expect(names.length).toBe(21);
  expect(names.filter((name) => result.html.includes(name))).toEqual([]);
});
