import { describe, expect, test } from 'vitest';
import { buildSampleReport } from '../test/sample-report';
import { renderReportHtml } from './render-report-html';

describe('renderReportHtml', () => {
  test('one standalone file: no script, no external asset, a content security policy', () => {
    const html = renderReportHtml(buildSampleReport());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
    expect(html).toContain('@media print');
  });

  test('accessible tables and charts', () => {
    const html = renderReportHtml(buildSampleReport());
    expect(html).toMatch(/<table><caption id="table-payload-table">/);
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('<th scope="row">');
    expect(html).toMatch(
      /<svg[^>]+role="img"[^>]+aria-labelledby="payload-chart-title payload-chart-description"/,
    );
    expect(html).toContain('<title id="payload-chart-title">');
    expect(html).toContain('<desc id="payload-chart-description">');
  });

  test('injection payloads come out inert', () => {
    const html = renderReportHtml(buildSampleReport());
    expect(html).not.toMatch(/<(script|img|b)\b/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/[\u202A-\u202E\u200F]/);
    expect(html).not.toContain('onerror=alert(1)>');
  });
});
