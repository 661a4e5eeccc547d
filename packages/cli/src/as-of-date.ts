import { isValidCalendarDate } from '@parent-partner/core';
import { CliError } from './cli-error';

/** Formats an instant as the calendar date `YYYY-MM-DD` it falls on in the machine's time zone. */
export function formatLocalDate(instant: Date): string {
  const month = String(instant.getMonth() + 1).padStart(2, '0');
  const day = String(instant.getDate()).padStart(2, '0');
  return `${instant.getFullYear()}-${month}-${day}`;
}

/**
 * Reads the `--as-of` option: a calendar date `YYYY-MM-DD`, or today (from `now`) when it is not given.
 *
 * @throws {CliError} when the date is not a real calendar date.
 */
export function resolveAsOfDate(value: string | undefined, now: () => Date): string {
  if (value === undefined) return formatLocalDate(now());
  if (!isValidCalendarDate(value)) {
    throw new CliError(
      '--as-of must be a calendar date written YYYY-MM-DD, for example 2026-03-01.',
    );
  }
  return value;
}
