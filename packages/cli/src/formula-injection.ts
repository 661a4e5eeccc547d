// A spreadsheet treats a cell starting with = + - @ | % (also behind leading spaces, control, zero-width
// or bidirectional characters, and in their full-width forms) as a formula, which can run commands or
// leak data when the file is opened (CSV injection). A leading + or - followed only by digits, spaces
// and ( ) . / - is a phone number or a signed number, which a spreadsheet evaluates as arithmetic at
// worst, so it is let through. The trigger set is the one @parent-partner/reports neutralises on output.
const hiddenLead =
  '[\\s\\uFEFF\\u0000-\\u001F\\u007F-\\u009F\\u00A0\\u061C\\u180E\\u200B-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u3000]*';
const alwaysFormulaStart = new RegExp(`^${hiddenLead}[=@|%\\uFF1D\\uFF0B\\uFF0D\\uFF20]`);
const signedStart = new RegExp(`^${hiddenLead}[+-]`);
const numericBody = /^[+-][\d ()./-]*$/;

/** The issue code reported for a text cell a spreadsheet would run as a formula. */
export const formulaInjectionCode = 'formula_injection';

/** The message reported with {@link formulaInjectionCode}; it never repeats the cell. */
export const formulaInjectionMessage =
  'starts with = + - @ | or %, which a spreadsheet runs as a formula; remove the leading character';

/**
 * Tells whether a text value would be run as a formula by a spreadsheet (CSV injection); a phone number or a
 * signed number is not.
 *
 * @example
 * [looksLikeFormula('=HYPERLINK("http://x")'), looksLikeFormula('+1 (608) 555-0100'), looksLikeFormula('Ana')]
 * //=> [true, false, false]
 */
export function looksLikeFormula(value: string): boolean {
  if (alwaysFormulaStart.test(value)) return true;
  return signedStart.test(value) && !numericBody.test(value);
}
