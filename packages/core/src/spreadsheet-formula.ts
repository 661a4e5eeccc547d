// Leading characters a spreadsheet skips or does not show before it looks at the first one: whitespace
// (with the no-break and ideographic spaces), control characters, format characters (the soft hyphen,
// zero-width spaces and joiners, bidirectional marks, embeddings, overrides and isolates, the
// byte-order mark) and every other default-ignorable code point (variation selectors, Hangul fillers).
const hiddenLead = '[\\s\\p{Cc}\\p{Cf}\\p{Default_Ignorable_Code_Point}]*';
// = + - @ | % with their full-width forms (＝ ＋ － ＠ ｜ ％) and their small forms (﹦ ﹢ ﹣ ﹫ ﹪).
const triggers =
  '[=+\\-@|%\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFF5C\\uFF05\\uFE66\\uFE62\\uFE63\\uFE6B\\uFE6A]';
const formulaStart = new RegExp(`^${hiddenLead}${triggers}`, 'u');

/**
 * Tells whether a spreadsheet would read a text as a formula (CSV injection): after any leading whitespace,
 * control, format or other invisible characters (a soft hyphen, a zero-width space, a bidirectional
 * control, the byte-order mark), the first character is `=`, `+`, `-`, `@`, `|` or `%`, or one of their
 * full-width or small forms (`＝ ＋ － ＠ ｜ ％`).
 *
 * @example
 * [startsLikeFormula('=HYPERLINK("http://example.test")'), startsLikeFormula('\u00AD\uFF5Ccalc'), startsLikeFormula('Ana')]
 * //=> [true, true, false]
 */
export function startsLikeFormula(text: string): boolean {
  return formulaStart.test(text);
}
