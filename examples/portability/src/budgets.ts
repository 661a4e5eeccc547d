/**
 * Size budgets, in KB of 1,024 bytes, minified and gzipped, of each entry point with everything it
 * pulls in (zod included). They hold what the README promises: light enough for a browser app.
 */
export const sizeBudgets: Readonly<Record<string, number>> = {
  '@parent-partner/core': 45,
  '@parent-partner/matching': 70,
  '@parent-partner/privacy': 65,
  // Without XLSX: exceljs is only behind `@parent-partner/reports/xlsx`.
  '@parent-partner/reports': 110,
};
