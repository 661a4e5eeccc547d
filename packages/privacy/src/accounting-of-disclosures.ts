import { toValidationIssues, ValidationError } from '@parent-partner/core';
import * as z from 'zod';
import { TimestampSchema } from './consent';
import type { DisclosureLegalBasis, DisclosureLogEntry } from './disclosure-log';
import type { InformationCategory } from './information-category';
import type { Purpose } from './purpose';

/** How long a program keeps disclosure records (a program setting). */
export interface RetentionPolicy {
  /** Years of history to keep and to cover in an accounting. */
  readonly years: number;
  /** Where the figure comes from. */
  readonly citation: string;
}

/** Common retention policies: HIPAA (6 years of disclosures) and 42 CFR Part 2 (3 years of consented disclosures). */
export const retentionPolicies = {
  hipaa: { years: 6, citation: '45 CFR 164.528(a), 164.530(j)' },
  part2: { years: 3, citation: '42 CFR 2.24, 2.25' },
} as const satisfies Record<string, RetentionPolicy>;

/** The earliest instant a retention policy still covers at `asOf` (ISO timestamp in UTC). */
export function findRetentionStart(asOf: string, policy: RetentionPolicy): string {
  const parsed = TimestampSchema.safeParse(asOf);
  if (!parsed.success) throw new ValidationError('asOf', toValidationIssues(parsed.error.issues));
  const date = new Date(Date.parse(asOf));
  date.setUTCFullYear(date.getUTCFullYear() - policy.years);
  return date.toISOString();
}

/** One line of an accounting of disclosures, in the form HIPAA 164.528(b) asks for. */
export interface AccountingLine {
  /** When the disclosure was made. */
  readonly disclosedAt: string;
  /** Who received it. */
  readonly recipient: string;
  /** Their address, where known. */
  readonly recipientAddress?: string;
  /** What was disclosed, by category. */
  readonly categories: readonly InformationCategory[];
  /** A brief description, where recorded. */
  readonly description?: string;
  /** Why. */
  readonly purpose: Purpose;
  /** On what legal basis. */
  readonly legalBasis: DisclosureLegalBasis;
  /** Sequence number of the log entry, to trace the line back. */
  readonly sequence: number;
}

/** A half-open reporting period `[start, end)` of ISO timestamps with offsets. */
export interface AccountingPeriod {
  /** First instant covered. */
  readonly start: string;
  /** First instant not covered. */
  readonly end: string;
}

/** Options for {@link accountingOfDisclosures}. */
export interface AccountingOptions {
  /** Which disclosures to leave out (HIPAA lets a covered entity omit some, such as those under an authorization); none by default. */
  readonly exclude?: (entry: DisclosureLogEntry) => boolean;
}

const PeriodSchema = z.strictObject({ start: TimestampSchema, end: TimestampSchema });

/**
 * Lists the disclosures about a subject within a period, oldest first: the accounting a parent is entitled to ask for.
 *
 * @example
 * ```ts
 * const disclosure = {
 *   disclosedAt: '2025-03-03T10:01:00-06:00',
 *   subjectId: 'parent-example-1',
 *   recipient: { name: 'Example County Court' },
 *   categories: ['program-participation'],
 *   purpose: 'court',
 *   legalBasis: { type: 'exception', exception: 'court-order' },
 *   disclosedBy: { id: 'staff-example-1' },
 * } as const;
 * const store = createMemoryDisclosureStore();
 * await recordDisclosure(store, disclosure);
 * await recordDisclosure(store, { ...disclosure, subjectId: 'parent-example-2' });
 * const lines = accountingOfDisclosures(await store.readAll(), 'parent-example-1', {
 *   start: '2025-01-01T00:00:00-06:00',
 *   end: '2026-01-01T00:00:00-06:00',
 * });
 * lines.map((line) => [line.recipient, line.purpose]);
 * //=> [['Example County Court', 'court']]
 * ```
 */
export function accountingOfDisclosures(
  log: readonly DisclosureLogEntry[],
  subject: string,
  period: AccountingPeriod,
  options: AccountingOptions = {},
): AccountingLine[] {
  const parsed = PeriodSchema.safeParse(period);
  if (!parsed.success) throw new ValidationError('period', toValidationIssues(parsed.error.issues));
  const start = Date.parse(period.start);
  const end = Date.parse(period.end);
  return log
    .filter((entry) => {
      const at = Date.parse(entry.disclosedAt);
      return (
        entry.subjectId === subject && at >= start && at < end && options.exclude?.(entry) !== true
      );
    })
    .sort(
      (a, b) => Date.parse(a.disclosedAt) - Date.parse(b.disclosedAt) || a.sequence - b.sequence,
    )
    .map((entry) => ({
      disclosedAt: entry.disclosedAt,
      recipient: entry.recipient.name,
      ...(entry.recipient.address === undefined
        ? {}
        : { recipientAddress: entry.recipient.address }),
      categories: entry.categories,
      ...(entry.description === undefined ? {} : { description: entry.description }),
      purpose: entry.purpose,
      legalBasis: entry.legalBasis,
      sequence: entry.sequence,
    }));
}
