import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula } from './formula-injection';

describe('looksLikeFormula', () => {
  it.each([
    '=HYPERLINK("http://example.invalid","x")',
    '=1+1',
    '@SUM(A1:A2)',
    '+A1',
    '-2+3',
    "-cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1',
    ' =1+1',
    '\u200B=1+1',
    '\uFEFF@x',
    '\uFF1D1+1',
    '|calc',
    '%0A',
    ' -1',
  ])('flags %j', (value) => {
    expect(looksLikeFormula(value)).toBe(true);
  });

  it.each(['Ana', 'Parent-One', '+1 (608) 555-0100', '-12.5', '608-555-0100', 'a=b', ''])(
    'lets %j through',
    (value) => {
      expect(looksLikeFormula(value)).toBe(false);
    },
  );

  it('flags every value that starts with = or @, whatever follows', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '@'), fc.string(), (start, rest) => {
        expect(looksLikeFormula(`${start}${rest}`)).toBe(true);
      }),
    );
  });

  it('never flags a value that starts with a letter or a digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]/), (value) => {
        expect(looksLikeFormula(value)).toBe(false);
      }),
    );
  });
});
