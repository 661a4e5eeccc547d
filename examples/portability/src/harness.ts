import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type Bundle, type BundleTarget, bundleCall } from './bundle';
import type { EntryPoint } from './entries';

const callsDirectory = join(import.meta.dirname, 'calls');

/** The module a bundle is made from: the entry's call, or one that loads the entry and lists its exports. */
function callSource(entry: EntryPoint): { file: string } | { contents: string } {
  if (entry.call !== undefined) return { file: join(callsDirectory, `${entry.call}.ts`) };
  return {
    contents: `import * as entry from '${entry.specifier}';\nexport async function run() { return Object.keys(entry).sort(); }\n`,
  };
}

/** Bundles the entry's call for a runtime. */
export function bundleEntryCall(entry: EntryPoint, target: BundleTarget): Promise<Bundle> {
  return bundleCall(callSource(entry), target, callsDirectory);
}

/** Runs the entry's call in this Node.js process (the packages from source), for the reference result. */
export async function runCallInNode(entry: EntryPoint): Promise<unknown> {
  if (entry.call === undefined) {
    const module = (await import(entry.specifier)) as Record<string, unknown>;
    return Object.keys(module).sort();
  }
  const module = (await import(join(callsDirectory, `${entry.call}.ts`))) as {
    run: () => Promise<unknown>;
  };
  return JSON.parse(JSON.stringify(await module.run()));
}

function describeCell(value: ExcelJS.CellValue): unknown {
  if (value instanceof Date) return { date: value.toISOString() };
  return value ?? null;
}

/** The sheets of a workbook, with every cell's value and number format: what a reader of it sees. */
export async function describeWorkbook(bytes: Uint8Array): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return {
    creator: workbook.creator,
    created: workbook.created?.toISOString(),
    sheets: workbook.worksheets.map((sheet) => {
      const cells: unknown[] = [];
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
          cells.push([rowNumber, columnNumber, describeCell(cell.value), cell.numFmt ?? null]);
        });
      });
      return { name: sheet.name, cells };
    }),
  };
}

/**
 * What two runtimes must agree on: the call's result as it is, except the workbook, compared by
 * what it holds (exceljs stamps each zip entry with the time it was written).
 */
export async function comparableResult(entry: EntryPoint, result: unknown): Promise<unknown> {
  if (entry.call !== 'reports-xlsx') return result;
  const { xlsx, ...rest } = result as { xlsx: string };
  return { ...rest, workbook: await describeWorkbook(new Uint8Array(Buffer.from(xlsx, 'base64'))) };
}
