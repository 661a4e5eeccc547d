import type { RecordKind } from '@parent-partner/core';
import { PrivacyError } from './errors';
import { classifyFields } from './field-classification';
import { rebuildRecord } from './record-fields';
import { type RestrictedZipPrefixTable, restrictedZipPrefixes } from './restricted-zip-prefixes';

/** Options for {@link deidentifyRecord}. */
export interface DeidentifyRecordOptions {
  /** The core record kind of the record, which selects its field classification. */
  readonly kind: RecordKind;
  /** The date ages are computed at (`YYYY-MM-DD` or an ISO timestamp), for the over-89 rule. */
  readonly asOf: string;
  /** The restricted three-digit ZIP prefixes in force; {@link restrictedZipPrefixes} by default. */
  readonly zipPrefixes?: RestrictedZipPrefixTable;
}

/** A record de-identified by the HIPAA Safe Harbor method, with what was done to it. */
export interface DeidentifiedRecord {
  /** The de-identified record (a new object). */
  readonly record: Record<string, unknown>;
  /** Always `hipaa-safe-harbor`. */
  readonly method: 'hipaa-safe-harbor';
  /** Version of the ZIP prefix table used. */
  readonly zipTableVersion: string;
  /** Paths whose values were removed. */
  readonly removedPaths: readonly string[];
}

/** The value that replaces an age over 89, and a birth year that reveals one. */
export const AGE_90_OR_OLDER = '90 or older';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})/;

function parseDate(value: unknown): { year: number; month: number; day: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function ageAt(
  birth: { year: number; month: number; day: number },
  asOf: { year: number; month: number; day: number },
): number {
  const hadBirthday =
    asOf.month > birth.month || (asOf.month === birth.month && asOf.day >= birth.day);
  return asOf.year - birth.year - (hadBirthday ? 0 : 1);
}

/**
 * De-identifies a record by HIPAA Safe Harbor (45 CFR 164.514(b)(2)): removes the 18 kinds of identifier of the parent,
 * the children, relatives and household members (names, geography below the state, ids, contact points, free text),
 * keeps only the year of dates, cuts ZIP codes to three digits (`000` for restricted prefixes), and turns ages over 89,
 * and birth dates that reveal them, into "90 or older". Fields the classification does not know are removed.
 *
 * Safe Harbor also requires that the program has no actual knowledge that what remains could identify the person;
 * small groups still need small-cell suppression. Pseudonyms are not de-identification.
 *
 * @example
 * ```ts
 * const episode = deidentifyRecord(
 *   { id: 'episode-example-1', parentId: 'parent-example-1', childId: 'child-example-1', entryDate: '2025-01-10', exitDate: '2025-03-01', exitReason: 'reunification' },
 *   { kind: 'removalEpisode', asOf: '2025-06-30' },
 * );
 * [episode.record, episode.removedPaths];
 * //=> [{ entryDate: 2025, exitDate: 2025, exitReason: 'reunification' }, ['childId', 'id', 'parentId']]
 * ```
 */
export function deidentifyRecord(
  record: Readonly<Record<string, unknown>>,
  options: DeidentifyRecordOptions,
): DeidentifiedRecord {
  const asOf = parseDate(options.asOf);
  if (asOf === undefined) {
    throw new PrivacyError(
      'INVALID_ARGUMENT',
      'options.asOf: must be a date or timestamp [invalid_date]',
    );
  }
  const table = options.zipPrefixes ?? restrictedZipPrefixes;
  const restricted = new Set(table.prefixes);
  const result = rebuildRecord(record, classifyFields(options.kind), (classification, value) => {
    switch (classification.safeHarbor) {
      case 'remove':
        return { keep: false };
      case 'keep':
        return { keep: true, value };
      case 'year': {
        const date = parseDate(value);
        return date === undefined ? { keep: false } : { keep: true, value: date.year };
      }
      case 'birth-date': {
        const date = parseDate(value);
        if (date === undefined) return { keep: false };
        return { keep: true, value: ageAt(date, asOf) > 89 ? AGE_90_OR_OLDER : date.year };
      }
      case 'age':
        if (typeof value !== 'number') return { keep: false };
        return { keep: true, value: value > 89 ? AGE_90_OR_OLDER : value };
      case 'zip3': {
        if (typeof value !== 'string' || !/^\d{5}/.test(value)) return { keep: false };
        const prefix = value.slice(0, 3);
        return { keep: true, value: restricted.has(prefix) ? '000' : prefix };
      }
    }
  });
  return {
    record: result.record,
    method: 'hipaa-safe-harbor',
    zipTableVersion: table.version,
    removedPaths: result.removedPaths,
  };
}
