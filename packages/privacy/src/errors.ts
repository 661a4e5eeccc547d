import {
  ParentPartnerError,
  type ParentPartnerErrorOptions,
  ValidationError,
} from '@parent-partner/core';

/** Machine-readable codes of the errors thrown by the privacy package. */
export type PrivacyErrorCode =
  | 'UNKNOWN_CODE'
  | 'INVALID_KEY'
  | 'INVALID_ARGUMENT'
  | 'DISCLOSURE_LOG_CONFLICT'
  | 'DISCLOSURE_LOG_CORRUPT';

/** Base class of the errors specific to the privacy package; messages hold paths and codes, never values. */
export class PrivacyError extends ParentPartnerError {
  override readonly name: string = 'PrivacyError';
  /** Stable machine-readable code. */
  declare readonly code: PrivacyErrorCode;

  /** Creates a privacy error with a stable code and a message that holds no input values. */
  constructor(code: PrivacyErrorCode, message: string, options: ParentPartnerErrorOptions = {}) {
    super(code, message, options);
  }
}

/** The kinds of code list an {@link UnknownCodeError} can refer to. */
export type CodeListName = 'information-category' | 'purpose' | 'legal-basis' | 'record-kind';

/** Thrown when a code is not in the code list in force (an unknown category is an error, never a silent permit). */
export class UnknownCodeError extends PrivacyError {
  override readonly name: string = 'UnknownCodeError';
  /** Which code list the code was looked up in. */
  readonly list: CodeListName;
  /** Where the unknown code was found in the input, for example `categories.1`. */
  readonly path: string;

  /** Creates an error for an unknown code at `path` (the code itself is not repeated). */
  constructor(list: CodeListName, path: string) {
    super('UNKNOWN_CODE', `${path || '(input)'}: not a known ${list} code [unknown_code]`);
    this.list = list;
    this.path = path;
  }
}

/** One required element a consent lacks, as reported by its legal basis's validator. */
export interface MissingElement {
  /** Dotted path of the element in the consent record, for example `expiry`. */
  readonly path: string;
  /** Stable code of the missing element, for example `expiry` or `information-description`. */
  readonly element: string;
  /** Why the element is required (the rule it comes from), without any input value. */
  readonly message: string;
}

/** Thrown (or returned by `safeCreateConsent`) when a consent lacks elements its legal basis requires. */
export class IncompleteConsentError extends ValidationError {
  override readonly name: string = 'IncompleteConsentError';
  /** Every element the consent lacks, in the order the validator checked them. */
  readonly missing: readonly MissingElement[];

  /** Creates an error listing what the consent lacks. */
  constructor(missing: readonly MissingElement[]) {
    super(
      'consent',
      missing.map((item) => ({
        path: item.path,
        code: `missing_${item.element}`,
        message: item.message,
      })),
    );
    this.missing = missing;
  }
}
