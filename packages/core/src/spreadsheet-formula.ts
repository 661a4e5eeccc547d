// Leading characters a spreadsheet skips or hides before it looks at the first one: whitespace, the
// byte-order mark, control, zero-width and bidirectional characters.
const hiddenLead =
  '[\\s\\uFEFF\\u0000-\\u001F\\u007F-\\u009F\\u00A0\\u061C\\u180E\\u200B-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u3000]*';
// = + - @ | % and the full-width forms of = + - @.
const formulaStart = new RegExp(`^${hiddenLead}[=+\\-@|%\\uFF1D\\uFF0B\\uFF0D\\uFF20]`);

/**
 * Tells whether a spreadsheet would read a text as a formula (CSV injection): after any leading whitespace,
 * byte-order mark, control, zero-width or bidirectional characters, the first character is `=`, `+`, `-`,
 * `@`, `|` or `%` (or a full-width `=`, `+`, `-`, `@`).
 *
 * @example
 * [startsLikeFormula('=HYPERLINK("http://example.test")'), startsLikeFormula('\u200B@SUM(A1)'), startsLikeFormula('Ana')]
 * //=> [true, true, false]
 */
export function startsLikeFormula(text: string): boolean {
  return formulaStart.test(text);
}
