import { toValidationIssues, ValidationError } from '@parent-partner/core';
import { ReportError } from './errors';
import { type Report, ReportSchema, type ReportTable } from './report';

/**
 * Checks that a value is a well-formed report document (built or assembled by hand) before it is rendered.
 *
 * @throws ReportError `REPORT_INVALID_DOCUMENT` listing the paths of the problems, never their values.
 */
export function assertReport(report: unknown): asserts report is Report {
  const result = ReportSchema.safeParse(report);
  if (!result.success) {
    const issues = toValidationIssues(result.error.issues);
    throw new ReportError(
      'REPORT_INVALID_DOCUMENT',
      `report: not a valid report document (${issues
        .slice(0, 5)
        .map((issue) => issue.path || '(document)')
        .join(', ')})`,
      { cause: new ValidationError('report', issues) },
    );
  }
  const ids = new Set<string>();
  result.data.sections.forEach((section, sectionPosition) => {
    section.blocks.forEach((block, blockPosition) => {
      if (block.type !== 'table' && block.type !== 'chart') return;
      const id = block.type === 'table' ? block.table.id : block.chart.id;
      if (ids.has(id)) {
        throw new ReportError(
          'REPORT_INVALID_DOCUMENT',
          `report: sections.${sectionPosition}.blocks.${blockPosition}: the id is used twice`,
        );
      }
      ids.add(id);
      if (block.type === 'table') {
        block.table.rows.forEach((row, rowPosition) => {
          if (row.cells.length !== block.table.columns.length) {
            throw new ReportError(
              'REPORT_INVALID_DOCUMENT',
              `report: sections.${sectionPosition}.blocks.${blockPosition}.table.rows.${rowPosition}: expected one cell per column`,
            );
          }
        });
      } else {
        block.chart.series.forEach((series, seriesPosition) => {
          if (series.values.length !== block.chart.categories.length) {
            throw new ReportError(
              'REPORT_INVALID_DOCUMENT',
              `report: sections.${sectionPosition}.blocks.${blockPosition}.chart.series.${seriesPosition}: expected one value per category`,
            );
          }
        });
      }
    });
  });
}

/** Lists every table of a report, in order. */
export function listReportTables(report: Report): ReportTable[] {
  return report.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.type === 'table' ? [block.table] : [])),
  );
}
