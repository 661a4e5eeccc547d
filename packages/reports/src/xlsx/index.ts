export type { RenderReportXlsxOptions } from '../render-report-xlsx';
export { renderReportXlsx } from '../render-report-xlsx';
