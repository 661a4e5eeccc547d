const marker = Symbol.for('@parent-partner/error');

/** Machine-readable codes carried by every error the SDK throws or returns. */
export type ParentPartnerErrorCode =
  | 'VALIDATION_FAILED'
  | 'INVALID_TRANSITION'
  | 'INVALID_PERIOD'
  | 'INVALID_ARGUMENT'
  | (string & {});

/** Options accepted by {@link ParentPartnerError}. */
export interface ParentPartnerErrorOptions {
  /** The underlying error, if any (standard `Error.cause`). */
  cause?: unknown;
}

/**
 * Base class of every error in the Parent Partner SDK, recognisable with {@link ParentPartnerError.isInstance} even across two installed copies.
 *
 * Messages name field paths and codes, never the values that failed: those may be personal data.
 */
export class ParentPartnerError extends Error {
  override readonly name: string = 'ParentPartnerError';
  /** Stable machine-readable code. */
  readonly code: ParentPartnerErrorCode;

  /** Creates an error with a stable code and a message that holds no input values. */
  constructor(
    code: ParentPartnerErrorCode,
    message: string,
    options: ParentPartnerErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    Object.defineProperty(this, marker, { value: true, enumerable: false });
  }

  /** Tells whether a value is an SDK error, even one thrown by another copy of the package. */
  static isInstance(value: unknown): value is ParentPartnerError {
    return typeof value === 'object' && value !== null && marker in value;
  }
}

/** One problem found while validating input: where, what kind, and a message without the input's value. */
export interface ValidationIssue {
  /** Dotted field path, for example `children.0.birthDate`; empty for the record itself. */
  readonly path: string;
  /** Stable issue code, for example `invalid_type` or `unknown_code`. */
  readonly code: string;
  /** Human-readable explanation that never repeats the input value. */
  readonly message: string;
}

/** Thrown (or returned by `safe*` functions) when input does not match a schema; lists every issue. */
export class ValidationError extends ParentPartnerError {
  override readonly name: string = 'ValidationError';
  /** Every issue found, each with a path and a code. */
  readonly issues: readonly ValidationIssue[];
  /** The record kind or input being validated, for example `parent`. */
  readonly subject: string;

  /** Creates a validation error for `subject` listing `issues`. */
  constructor(
    subject: string,
    issues: readonly ValidationIssue[],
    options: ParentPartnerErrorOptions = {},
  ) {
    super('VALIDATION_FAILED', formatIssues(subject, issues), options);
    this.subject = subject;
    this.issues = issues;
  }
}

function formatIssues(subject: string, issues: readonly ValidationIssue[]): string {
  const shown = issues
    .slice(0, 10)
    .map((issue) => `${issue.path || '(record)'}: ${issue.message} [${issue.code}]`);
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '';
  return `Invalid ${subject}: ${shown.join('; ')}${more}`;
}

/** Result of a `safe*` function: the value, or the error that would have been thrown (zod's shape). */
export type SafeResult<T, E = ValidationError> =
  | { success: true; data: T; error?: never }
  | { success: false; error: E; data?: never };
