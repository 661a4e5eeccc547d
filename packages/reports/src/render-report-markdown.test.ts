import { describe, expect, test } from 'vitest';
import { buildSampleReport } from '../test/sample-report';
import { renderReportMarkdown } from './render-report-markdown';

describe('renderReportMarkdown', () => {
  test('headings, key figures, tables with one cell per column, chart descriptions', () => {
    const markdown = renderReportMarkdown(buildSampleReport());
    expect(markdown.startsWith('# Sample report')).toBe(true);
    expect(markdown).toContain('- **Parents served:** 42');
    expect(markdown).toContain('- **Share reached:** 40.5%');
    const tableLines = markdown.split('\n').filter((line) => line.startsWith('| '));
    for (const line of tableLines) {
      // Five columns: six unescaped pipes on every line, whatever the cells held.
      expect(line.match(/(?<!\\)\|/g)).toHaveLength(6);
    }
    expect(markdown).toContain('| **Total** | **258** | **60.8** | **50%** | **—** |');
    expect(markdown).toContain('| Hidden | \\* | 1.5 | \\* | — |');
  });

  test('injection payloads come out inert', () => {
    const markdown = renderReportMarkdown(buildSampleReport());
    expect(markdown).not.toMatch(/<(script|img|b)\b/i);
    expect(markdown).not.toMatch(/[\u202A-\u202E\u200F\uFEFF]/);
    expect(markdown).not.toContain('](javascript');
    expect(markdown).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
  });

  test('Spanish labels and number formats', () => {
    const markdown = renderReportMarkdown({ ...buildSampleReport(), language: 'es' });
    expect(markdown).toContain('**Período:**');
    expect(markdown).toContain('1 de octubre de 2025');
  });
});
