import type * as z from 'zod';
import { ContactSchema } from './contact';
import { EngagementSchema } from './engagement';
import type { SafeResult, ValidationError, ValidationIssue } from './errors';
import { ParentPartnerError } from './errors';
import { GroupEventSchema } from './group-event';
import { MaltreatmentReportSchema } from './maltreatment-report';
import { MatchSchema } from './match';
import { ParentSchema } from './parent';
import { ParentPartnerSchema } from './parent-partner';
import { PlacementSchema } from './placement';
import { ProgramSchema } from './program';
import { ReferralSchema } from './referral';
import { RemovalEpisodeSchema } from './removal-episode';
import { StaffSchema } from './staff';
import { SupportSessionSchema } from './support-session';
import { parseWithSchema, safeParseWithSchema, toValidationIssues } from './validation';

/** Every record schema in core, by record kind. */
export const recordSchemas = {
  parent: ParentSchema,
  parentPartner: ParentPartnerSchema,
  staff: StaffSchema,
  referral: ReferralSchema,
  match: MatchSchema,
  contact: ContactSchema,
  removalEpisode: RemovalEpisodeSchema,
  placement: PlacementSchema,
  maltreatmentReport: MaltreatmentReportSchema,
  supportSession: SupportSessionSchema,
  engagement: EngagementSchema,
  groupEvent: GroupEventSchema,
  program: ProgramSchema,
} as const;

/** The name of a record kind, for example `parent` or `contact`. */
export type RecordKind = keyof typeof recordSchemas;

/** The parsed record type of a record kind. */
export type RecordOf<Kind extends RecordKind> = z.output<(typeof recordSchemas)[Kind]>;

/** Every record kind, in a stable order. */
export const recordKinds: readonly RecordKind[] = Object.keys(recordSchemas) as RecordKind[];

/** Tells whether a string names a record kind. */
export function isRecordKind(value: string): value is RecordKind {
  return Object.hasOwn(recordSchemas, value);
}

/** Throws the SDK's `INVALID_ARGUMENT` error when `kind` is not a record kind. */
export function assertKind(kind: string): asserts kind is RecordKind {
  if (!isRecordKind(kind)) {
    throw new ParentPartnerError(
      'INVALID_ARGUMENT',
      `Unknown record kind; expected one of ${recordKinds.join(', ')}.`,
    );
  }
}

/**
 * Parses one record of the given kind, throwing a `ValidationError` that lists every issue by path.
 *
 * @example
 * parseRecord('removalEpisode', { id: 'e-1', parentId: 'p-1', childId: 'c-1', entryDate: '2026-01-05', exitDate: '2026-03-01', exitReason: 'reunification' }).exitReason
 * //=> 'reunification'
 */
export function parseRecord<Kind extends RecordKind>(kind: Kind, input: unknown): RecordOf<Kind> {
  assertKind(kind);
  return parseWithSchema(kind, recordSchemas[kind], input) as RecordOf<Kind>;
}

/** Parses one record of the given kind without throwing. */
export function safeParseRecord<Kind extends RecordKind>(
  kind: Kind,
  input: unknown,
): SafeResult<RecordOf<Kind>> {
  assertKind(kind);
  return safeParseWithSchema(kind, recordSchemas[kind], input) as SafeResult<RecordOf<Kind>>;
}

/** The issues found in one input of a batch, by its index. */
export interface RecordErrors {
  /** Zero-based index of the input in the batch. */
  readonly index: number;
  /** Every issue found in that input. */
  readonly issues: readonly ValidationIssue[];
}

/** The outcome of {@link validateRecords}: every valid record, and the errors of every invalid one. */
export interface BatchValidationResult<Record> {
  /** The records that passed, parsed, in input order. */
  readonly valid: Record[];
  /** The zero-based input index of each valid record. */
  readonly validIndexes: number[];
  /** The errors of each invalid input, in input order. */
  readonly invalid: RecordErrors[];
}

/**
 * Validates a batch of inputs of one kind; one bad row never loses the good ones.
 *
 * @example
 * const result = validateRecords('maltreatmentReport', [
 *   { id: 'r-1', parentId: 'p-1', childId: 'c-1', reportDate: '2026-03-01', disposition: 'substantiated' },
 *   { id: 'r-2', parentId: 'p-1', childId: 'c-1', reportDate: '2026-02-30', disposition: 'substantiated' },
 * ]);
 * [result.valid.length, result.invalid[0]?.index, result.invalid[0]?.issues[0]?.path]
 * //=> [1, 1, 'reportDate']
 */
export function validateRecords<Kind extends RecordKind>(
  kind: Kind,
  inputs: Iterable<unknown>,
): BatchValidationResult<RecordOf<Kind>> {
  assertKind(kind);
  const schema: z.ZodType = recordSchemas[kind];
  const valid: RecordOf<Kind>[] = [];
  const validIndexes: number[] = [];
  const invalid: RecordErrors[] = [];
  let index = 0;
  for (const input of inputs) {
    const result = schema.safeParse(input);
    if (result.success) {
      valid.push(result.data as RecordOf<Kind>);
      validIndexes.push(index);
    } else {
      invalid.push({ index, issues: toValidationIssues(result.error.issues) });
    }
    index += 1;
  }
  return { valid, validIndexes, invalid };
}

/** A `ValidationError` or a parsed record: the result of the `safeParse*` functions. */
export type RecordResult<Kind extends RecordKind> = SafeResult<RecordOf<Kind>, ValidationError>;
