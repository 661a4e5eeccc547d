import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startsLikeFormula } from './spreadsheet-formula';

describe('startsLikeFormula', () => {
  it('example: startsLikeFormula', () => {
    expect([
      startsLikeFormula('=HYPERLINK("http://example.test")'),
      startsLikeFormula('\u200B@SUM(A1)'),
      startsLikeFormula('Ana'),
    ]).toEqual([true, true, false]);
  });

  it.each([
    ['full-width =', '\uFF1D1+1'],
    ['full-width +', '\uFF0B1'],
    ['full-width -', '\uFF0D1'],
    ['full-width @', '\uFF20SUM(A1)'],
    ['full-width |', '\uFF5Ccmd'],
    ['full-width %', '\uFF050A'],
    ['small =', '\uFE661'],
    ['small +', '\uFE621'],
    ['small -', '\uFE631'],
    ['small @', '\uFE6Bx'],
    ['small %', '\uFE6A0A'],
  ])('flags a %s', (_, text) => {
    expect(startsLikeFormula(text)).toBe(true);
  });

  it.each([
    ['a soft hyphen', '\u00AD'],
    ['a zero-width space', '\u200B'],
    ['a zero-width non-joiner', '\u200C'],
    ['a zero-width joiner', '\u200D'],
    ['a word joiner', '\u2060'],
    ['a left-to-right mark', '\u200E'],
    ['a right-to-left mark', '\u200F'],
    ['an Arabic letter mark', '\u061C'],
    ['a right-to-left override', '\u202E'],
    ['a first-strong isolate', '\u2068'],
    ['a pop directional isolate', '\u2069'],
    ['a combining grapheme joiner', '\u034F'],
    ['a Mongolian vowel separator', '\u180E'],
    ['a variation selector', '\uFE0F'],
    ['a Hangul filler', '\u3164'],
    ['a byte-order mark', '\uFEFF'],
    ['an ideographic space', '\u3000'],
    ['a tag character', '\u{E0041}'],
    ['several of them', '\u00AD\u200B\u202E \u2066'],
  ])('looks past %s before the trigger', (_, lead) => {
    for (const trigger of ['=', '+', '-', '@', '|', '%', '\uFF5C', '\uFF05']) {
      expect(startsLikeFormula(`${lead}${trigger}cmd`)).toBe(true);
    }
    expect(startsLikeFormula(`${lead}Ana`)).toBe(false);
  });

  it.each([
    '=1+1',
    '+A1',
    '-2+3',
    '@SUM(A1:A2)',
    '|calc',
    '%0A',
    '\t=1+1',
    '\r=1',
    ' -1',
    '\u00A0=1',
    '\u202E=1',
    '\uFEFF@x',
    '\uFF1D1+1',
    '\uFF0B1',
    '\uFF0D1',
    '\uFF20x',
    '+1 (608) 555-0100',
  ])('flags %j', (text) => {
    expect(startsLikeFormula(text)).toBe(true);
  });

  it.each(['Ana', 'Parent-One', 'a=b', '608-555-0100', '', '   '])('lets %j through', (text) => {
    expect(startsLikeFormula(text)).toBe(false);
  });

  it('flags every text that starts with a trigger, whatever follows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', ' ', '\u00AD', '\u200B', '\u202E', '\u2066', '\uFEFF', '\t'),
        fc.constantFrom(
          '=',
          '+',
          '-',
          '@',
          '|',
          '%',
          '\uFF1D',
          '\uFF0B',
          '\uFF0D',
          '\uFF20',
          '\uFF5C',
          '\uFF05',
        ),
        fc.string(),
        (lead, start, rest) => {
          expect(startsLikeFormula(`${lead}${start}${rest}`)).toBe(true);
        },
      ),
    );
  });

  it('never flags a text that starts with a letter or a digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]/), (text) => {
        expect(startsLikeFormula(text)).toBe(false);
      }),
    );
  });
});
