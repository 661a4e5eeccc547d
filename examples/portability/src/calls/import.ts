import { importCsvRecords } from '@parent-partner/import';

/** Imports a CSV export (semicolon-separated, one row with an empty required cell) into records. */
export async function run(): Promise<unknown> {
  const csv =
    'id;parentId;childId;disposition;reportDate\r\nr-1;p-1;c-1;substantiated;2026-03-01\r\nr-2;p-1;c-1;;2026-03-02\r\n';
  return JSON.parse(JSON.stringify(importCsvRecords('maltreatmentReport', csv)));
}
