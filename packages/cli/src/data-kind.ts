import {
  type BatchValidationResult,
  isRecordKind,
  type RecordKind,
  recordKinds,
  toValidationIssues,
  validateRecords,
} from '@parent-partner/core';
import { ConsentSchema } from '@parent-partner/privacy';

/** A kind of record the command reads: a core record kind, or `consent` (a consent record of the privacy package). */
export type DataKind = RecordKind | 'consent';

/** Every kind of record the command reads, core record kinds first. */
export const dataKinds: readonly DataKind[] = [...recordKinds, 'consent'];

/** Tells whether a string names a kind of record the command reads. */
export function isDataKind(value: string): value is DataKind {
  return value === 'consent' || isRecordKind(value);
}

/** Validates a batch of records of a kind; one bad record never loses the good ones. */
export function validateDataRecords(
  kind: DataKind,
  inputs: readonly unknown[],
): BatchValidationResult<unknown> {
  if (kind !== 'consent') return validateRecords(kind, inputs);
  const result: {
    valid: unknown[];
    validIndexes: number[];
    invalid: BatchValidationResult<unknown>['invalid'][number][];
  } = {
    valid: [],
    validIndexes: [],
    invalid: [],
  };
  inputs.forEach((input, index) => {
    const parsed = ConsentSchema.safeParse(input);
    if (parsed.success) {
      result.valid.push(parsed.data);
      result.validIndexes.push(index);
    } else {
      result.invalid.push({ index, issues: toValidationIssues(parsed.error.issues) });
    }
  });
  return result;
}
