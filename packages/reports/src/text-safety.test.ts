import { startsLikeFormula } from '@parent-partner/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeHtml, escapeMarkdown, neutralizeSpreadsheetText } from './text-safety';

describe('spreadsheet formula neutralisation', () => {
  test.each([
    '=1+1',
    '+1',
    '-1+1',
    '@SUM(A1)',
    '|calc',
    '%0A',
    ' =1+1',
    '\t=1+1',
    '\r\n=1+1',
    '\uFEFF=1+1',
    '\u00A0=1+1',
    '\u200F=1+1',
    '\u202E=1+1',
    '\u0000=1+1',
    '\uFF1D1+1',
  ])('%j is neutralised', (payload) => {
    expect(startsLikeFormula(payload)).toBe(true);
    expect(neutralizeSpreadsheetText(payload).startsWith("'")).toBe(true);
  });

  test('plain text is left alone, except control and bidirectional characters', () => {
    expect(neutralizeSpreadsheetText('Door County')).toBe('Door County');
    expect(neutralizeSpreadsheetText('a-b=c')).toBe('a-b=c');
    expect(neutralizeSpreadsheetText('abc\u202Edef')).toBe('abcdef');
  });

  test('property: a neutralised text never reads as a formula once its apostrophe is accounted for', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const safe = neutralizeSpreadsheetText(text);
        expect(safe.startsWith("'") || !startsLikeFormula(safe)).toBe(true);
      }),
    );
  });
});

test('example: neutralizeSpreadsheetText', () => {
  expect(neutralizeSpreadsheetText(' =HYPERLINK("http://example.test","click")')).toBe(
    '\' =HYPERLINK("http://example.test","click")',
  );
});

describe('escaping', () => {
  test('HTML', () => {
    expect(escapeHtml('<a href="x">\'&</a>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&lt;/a&gt;',
    );
  });

  test('Markdown keeps one line and escapes markup', () => {
    const escaped = escapeMarkdown('a | b\n<script>*x*</script>');
    expect(escaped).not.toContain('\n');
    expect(escaped).not.toMatch(/(^|[^\\])\|/);
    expect(escaped).not.toContain('<');
  });
});
