// A spreadsheet treats a cell starting with = + - @ (or a tab or carriage return before them) as a
// formula, which can run commands or leak data when the file is opened (CSV injection). A leading
// + or - followed only by digits, spaces and ( ) . / - is a phone number or a signed number,
// which a spreadsheet evaluates as arithmetic at worst, so it is let through.
const alwaysFormulaStart = /^[\t\r]*[=@\t\r]/;
const signedStart = /^[\t\r ]*[+-]/;
const numericBody = /^[\t\r ]*[+-][\d\s()./-]*$/;

/** The issue code reported for a text cell a spreadsheet would run as a formula. */
export const formulaInjectionCode = 'formula_injection';

/** The message reported with {@link formulaInjectionCode}; it never repeats the cell. */
export const formulaInjectionMessage =
  'starts with = + - @ or a tab, which a spreadsheet runs as a formula; remove the leading character';

/**
 * Tells whether a text value would be run as a formula by a spreadsheet (CSV injection).
 *
 * @example
 * [looksLikeFormula('=HYPERLINK("http://x")'), looksLikeFormula('+1 (608) 555-0100'), looksLikeFormula('Ana')]
 * //=> [true, false, false]
 */
export function looksLikeFormula(value: string): boolean {
  if (alwaysFormulaStart.test(value)) return true;
  return signedStart.test(value) && !numericBody.test(value);
}
