import { parseProgram } from '@parent-partner/core';
import { expect, test } from 'vitest';
import { buildProgramReport } from './build-program-report';
import { ReportError } from './errors';
import { formatReportValue } from './format-value';
import { renderReportCsv } from './render-report-csv';
import { renderReportHtml } from './render-report-html';
import { renderReportJson } from './render-report-json';
import { renderReportMarkdown } from './render-report-markdown';
import { renderReportXlsx } from './render-report-xlsx';

// The @example blocks of the renderers and helpers, run as written.

function buildExampleReport() {
  const records = {
    program: parseProgram({
      id: 'demo',
      name: 'Demo County Parent Partners',
      state: 'WI',
      counties: [{ fips: '55029', name: 'Door' }],
    }),
    parents: [],
  };
  return buildProgramReport(records, {
    period: 'SFY2026-Q2',
    generatedAt: '2026-01-05T09:00:00-06:00',
  });
}

test('example: renderReportCsv', () => {
  const report = buildExampleReport();
  expect(
    renderReportCsv(report, { table: 'referrals-by-source', byteOrderMark: false }).split(
      '\r\n',
    )[0],
  ).toBe('Referral source,Referrals');
});

test('example: renderReportMarkdown', () => {
  expect(renderReportMarkdown(buildExampleReport()).split('\n')[0]).toBe('# Program report');
});

test('example: renderReportHtml', () => {
  expect(renderReportHtml(buildExampleReport()).startsWith('<!doctype html>')).toBe(true);
});

test('example: renderReportJson', () => {
  expect(JSON.parse(renderReportJson(buildExampleReport())).period.label).toBe('SFY2026-Q2');
});

test('example: renderReportXlsx', async () => {
  const bytes = await renderReportXlsx(buildExampleReport());
  expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
});

test('example: formatReportValue', () => {
  expect([
    formatReportValue(0.405, 'proportion', { language: 'es' }),
    formatReportValue('2025-12-31', 'date', { language: 'es' }),
  ]).toEqual(['40.5%', '31 de diciembre de 2025']);
});

test('example: ReportError', () => {
  expect(new ReportError('REPORT_UNKNOWN_METRIC', 'metric: no metric has this id').code).toBe(
    'REPORT_UNKNOWN_METRIC',
  );
});
