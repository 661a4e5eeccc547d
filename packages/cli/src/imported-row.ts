import type { ValidationIssue } from '@parent-partner/core';

/** A problem found while reading a file, at a physical line (the CSV header is line 1). */
export interface LineIssue extends ValidationIssue {
  /** Physical line the problem is on; 0 when the file as a whole is at fault. */
  readonly line: number;
}

/** One record read from a file, before schema validation. */
export interface ImportedRow {
  /** Physical line the record starts on. */
  readonly line: number;
  /** The record as read, to be validated against its kind's schema. */
  readonly input: unknown;
  /** Problems found while reading the record (for example a formula-injection cell). */
  readonly issues: readonly ValidationIssue[];
  /** Field paths left out of `input` because of those problems; schema issues under them are not repeated. */
  readonly withheldPaths: readonly string[];
}

/** Everything read from one file: its records, and the problems that belong to no single record. */
export interface ImportedFile {
  /** The record kind the file declares itself (`{ "kind": ..., "records": [...] }`), if any. */
  readonly declaredKind?: string;
  /** The records, in file order. */
  readonly rows: readonly ImportedRow[];
  /** Problems with the file itself (syntax, header). */
  readonly problems: readonly LineIssue[];
}
