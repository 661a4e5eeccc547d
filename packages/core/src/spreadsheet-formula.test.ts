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
      fc.property(fc.constantFrom('=', '+', '-', '@', '|', '%'), fc.string(), (start, rest) => {
        expect(startsLikeFormula(`${start}${rest}`)).toBe(true);
      }),
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
