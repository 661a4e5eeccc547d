import {
  renderReportCsv,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
} from '@parent-partner/reports';
import { buildCallReport } from './report';

/** Builds the report and renders it as HTML, CSV (long form and one table), Markdown and JSON. */
export async function run(): Promise<unknown> {
  const report = buildCallReport();
  return {
    html: renderReportHtml(report),
    csv: renderReportCsv(report),
    csvTable: renderReportCsv(report, { table: 'referrals-by-source', byteOrderMark: false }),
    markdown: renderReportMarkdown(report),
    json: renderReportJson(report),
  };
}
