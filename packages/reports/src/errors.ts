import { ParentPartnerError, type ParentPartnerErrorOptions } from '@parent-partner/core';

/** Machine-readable codes of the errors the reports package throws. */
export type ReportErrorCode =
  | 'REPORT_INVALID_OPTIONS'
  | 'REPORT_INVALID_METRIC'
  | 'REPORT_UNKNOWN_METRIC'
  | 'REPORT_INVALID_DOCUMENT'
  | 'REPORT_UNKNOWN_TABLE'
  | 'REPORT_RECORDS_NOT_FROZEN';

/**
 * Thrown when a report cannot be built or rendered; its message names the option or path, never a record value.
 *
 * @example
 * ```ts
 * new ReportError('REPORT_UNKNOWN_METRIC', 'metric: no metric has this id').code;
 * //=> 'REPORT_UNKNOWN_METRIC'
 * ```
 */
export class ReportError extends ParentPartnerError {
  override readonly name: string = 'ReportError';

  /** Creates a report error with a stable code and a message that holds no record values. */
  constructor(code: ReportErrorCode, message: string, options: ParentPartnerErrorOptions = {}) {
    super(code, message, options);
  }
}
