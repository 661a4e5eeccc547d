import { importCsvRecords } from '@parent-partner/import';

/** Imports a CSV export (semicolon-separated, one row with an empty required cell) into records. */
export async function run(): Promise<unknown> {
  const csv =
    'id;parentId;childId;event;date\r\no-1;p-1;c-1;reunified;2026-03-01\r\no-2;p-1;c-1;;2026-03-02\r\n';
  return JSON.parse(JSON.stringify(importCsvRecords('outcome', csv)));
}
