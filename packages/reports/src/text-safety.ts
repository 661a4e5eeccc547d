import { startsLikeFormula } from '@parent-partner/core';

// Text from records (program and county names, custom codes, hand-written
// captions) reaches spreadsheets, Markdown and HTML. These helpers make it inert. Which text a
// spreadsheet runs as a formula is core's `startsLikeFormula`, the rule the CLI's import check uses too.

/** Bidirectional formatting characters (marks, embeddings, overrides, isolates) and invisible zero-width ones. */
const BIDI_CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
/** C0 and C1 control characters other than tab, line feed and carriage return. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the purpose.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Removes bidirectional formatting and control characters (keeping tab and line breaks). */
export function removeControlCharacters(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(CONTROL_CHARACTERS, '');
}

/**
 * Makes a text cell safe for a spreadsheet: control and bidirectional characters are removed and a text that would
 * start a formula is prefixed with an apostrophe, so it is shown as typed.
 *
 * @example
 * ```ts
 * neutralizeSpreadsheetText(' =HYPERLINK("http://example.test","click")');
 * //=> '\' =HYPERLINK("http://example.test","click")'
 * ```
 */
export function neutralizeSpreadsheetText(text: string): string {
  // Checked before and after cleaning: a trigger hidden behind a mark must not survive either way.
  const cleaned = removeControlCharacters(text);
  return startsLikeFormula(text) || startsLikeFormula(cleaned) ? `'${cleaned}` : cleaned;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes a text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return removeControlCharacters(text).replace(
    /[&<>"']/g,
    (character) => HTML_ESCAPES[character] ?? character,
  );
}

/**
 * Escapes a text for a Markdown paragraph or table cell: one line, inline markup, HTML and autolinks escaped, and
 * the characters that would open a block (a list, a heading, a quote) escaped at the start.
 */
export function escapeMarkdown(text: string): string {
  return removeControlCharacters(text)
    .replace(/\r\n|\r|\n|\t/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#!|~@]/g, (character) => `\\${character}`)
    .replace(/:\/\//g, '\\:\\/\\/')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(
      /^(\s*)([-+=]|\d+[.)])/,
      (_, space: string, marker: string) => `${space}${marker.replace(/([-+=.)])$/, '\\$1')}`,
    );
}
