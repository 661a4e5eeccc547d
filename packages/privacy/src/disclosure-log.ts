import { type SafeResult, toValidationIssues, ValidationError } from '@parent-partner/core';
import * as z from 'zod';
import { canonicalizeJson } from './canonical-json';
import { TimestampSchema } from './consent';
import { UnknownCodeError } from './errors';
import {
  type InformationCategoryOptions,
  InformationCategorySchema,
  resolveInformationCategory,
} from './information-category';
import { type PurposeOptions, PurposeSchema, resolvePurpose } from './purpose';
import { sha256Hex } from './web-crypto';

const IdSchema = z.string().min(1).max(200);
const HashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** The hash a log's first entry points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** Named legal exceptions under which a disclosure may be made without consent. */
export const disclosureExceptions = [
  'court-order',
  'mandated-report',
  'permitted-child-welfare-recipient',
  'to-the-subject',
  'medical-emergency',
  'required-by-law',
] as const;

/** Zod schema of a {@link DisclosureLegalBasis}. */
export const DisclosureLegalBasisSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('consent'),
    consentId: IdSchema,
    consentVersion: z.number().int().min(1).optional(),
  }),
  z.strictObject({
    type: z.literal('exception'),
    exception: z.union([
      z.enum(disclosureExceptions),
      z.templateLiteral(['custom:', z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)]),
    ]),
    reference: z.string().min(1).max(500).optional(),
  }),
]);

/** Why a disclosure was lawful: a consent (by id and version), or a named exception such as a court order or mandated report. */
export type DisclosureLegalBasis = z.infer<typeof DisclosureLegalBasisSchema>;

/** Zod schema of a {@link DisclosureInput}. */
export const DisclosureInputSchema = z.strictObject({
  disclosedAt: TimestampSchema,
  subjectId: IdSchema,
  recipient: z.strictObject({
    name: z.string().min(1).max(500),
    id: IdSchema.optional(),
    address: z.string().min(1).max(1000).optional(),
  }),
  categories: z.array(InformationCategorySchema).min(1).readonly(),
  description: z.string().min(1).max(2000).optional(),
  purpose: PurposeSchema,
  legalBasis: DisclosureLegalBasisSchema,
  disclosedBy: z.strictObject({ id: IdSchema, role: z.string().min(1).max(200).optional() }),
  notices: z
    .array(z.strictObject({ code: z.string().min(1), version: z.string().min(1) }))
    .readonly()
    .optional(),
});

/**
 * What an accounting of disclosures needs: when, to whom (and their address where known), what by category, why,
 * on what legal basis, and who disclosed it.
 */
export type DisclosureInput = z.infer<typeof DisclosureInputSchema>;

/** Zod schema of a {@link DisclosureLogEntry}. */
export const DisclosureLogEntrySchema = DisclosureInputSchema.extend({
  sequence: z.number().int().min(0),
  previousHash: HashSchema,
  hash: HashSchema,
});

/** One entry of the hash-chained disclosure log: the disclosure, its position, and the chain hashes. */
export type DisclosureLogEntry = z.infer<typeof DisclosureLogEntrySchema>;

/** Computes an entry's hash: SHA-256 over the previous hash, a newline and the canonical JSON of the entry without its hash. */
export async function hashDisclosureEntry(
  entry: Omit<DisclosureLogEntry, 'hash'> & { readonly hash?: string },
): Promise<string> {
  const { hash: _hash, ...body } = entry;
  return sha256Hex(`${entry.previousHash}\n${canonicalizeJson(body)}`);
}

/** Options for {@link createDisclosureEntry} and `recordDisclosure`: program-defined categories and purposes. */
export interface DisclosureEntryOptions extends InformationCategoryOptions, PurposeOptions {}

/** Validates a disclosure and chains it after `previous` (or starts a log when `previous` is undefined). */
export async function createDisclosureEntry(
  previous: DisclosureLogEntry | undefined,
  input: DisclosureInput,
  options: DisclosureEntryOptions = {},
): Promise<DisclosureLogEntry> {
  const parsed = parseDisclosureInput(input, options);
  const body = {
    ...parsed,
    sequence: previous === undefined ? 0 : previous.sequence + 1,
    previousHash: previous?.hash ?? GENESIS_HASH,
  };
  return Object.freeze({ ...body, hash: await hashDisclosureEntry(body) });
}

/** Parses a disclosure, throwing a `ValidationError` (paths and codes) or an {@link UnknownCodeError}. */
export function parseDisclosureInput(
  input: unknown,
  options: DisclosureEntryOptions = {},
): DisclosureInput {
  const result = safeParseDisclosureInput(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/** Parses a disclosure without throwing. */
export function safeParseDisclosureInput(
  input: unknown,
  options: DisclosureEntryOptions = {},
): SafeResult<DisclosureInput, ValidationError | UnknownCodeError> {
  const result = DisclosureInputSchema.safeParse(input);
  if (!result.success) {
    return {
      success: false,
      error: new ValidationError('disclosure', toValidationIssues(result.error.issues)),
    };
  }
  const index = result.data.categories.findIndex(
    (code) => resolveInformationCategory(code, options) === undefined,
  );
  if (index >= 0)
    return {
      success: false,
      error: new UnknownCodeError('information-category', `categories.${index}`),
    };
  if (resolvePurpose(result.data.purpose, options) === undefined) {
    return { success: false, error: new UnknownCodeError('purpose', 'purpose') };
  }
  return { success: true, data: result.data };
}

/** Kinds of tampering (or damage) {@link verifyDisclosureLog} reports. */
export type DisclosureLogProblemKind =
  | 'edited'
  | 'deleted'
  | 'inserted'
  | 'reordered'
  | 'malformed';

/** One problem found in a log: what kind, where (index in the given list and/or sequence number), and a message. */
export interface DisclosureLogProblem {
  /** What happened. */
  readonly kind: DisclosureLogProblemKind;
  /** Position in the list that was verified, when the problem is about an entry that is present. */
  readonly index?: number;
  /** Sequence number concerned (the first missing one, for a deletion). */
  readonly sequence?: number;
  /** For a deletion: how many consecutive entries are missing from `sequence` on. */
  readonly missing?: number;
  /** Human-readable explanation (no personal data). */
  readonly message: string;
}

/** The result of {@link verifyDisclosureLog}. */
export interface DisclosureLogVerification {
  /** True when no problem was found. */
  readonly valid: boolean;
  /** Number of entries checked. */
  readonly entries: number;
  /** Every problem found, by position. */
  readonly problems: readonly DisclosureLogProblem[];
}

/** A point of the chain kept apart from the log (for example printed in a monthly report): its sequence and hash. */
export interface DisclosureLogAnchor {
  /** Sequence number of the anchored entry. */
  readonly sequence: number;
  /** Hash of that entry. */
  readonly hash: string;
}

/** Options for {@link verifyDisclosureLog}. */
export interface VerifyDisclosureLogOptions {
  /**
   * A head recorded earlier, outside the log. Without one, removing the newest entries leaves a shorter chain that is
   * still consistent; with one, the truncation is found.
   */
  readonly anchor?: DisclosureLogAnchor;
  /** Where the given entries start when older entries were archived: the first sequence and the hash it points back to. */
  readonly start?: { readonly sequence: number; readonly previousHash: string };
  /** How many hashes to compute concurrently; 4096 by default. */
  readonly concurrency?: number;
}

/**
 * Verifies a hash-chained disclosure log and names every edited, deleted, inserted or reordered entry.
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
 * const first = await createDisclosureEntry(undefined, disclosure);
 * const second = await createDisclosureEntry(first, disclosure);
 * const tampered = [first, { ...second, purpose: 'evaluation' }];
 * (await verifyDisclosureLog(tampered)).problems.map((problem) => [problem.kind, problem.sequence]);
 * //=> [['edited', 1]]
 * ```
 */
export async function verifyDisclosureLog(
  entries: readonly unknown[],
  options: VerifyDisclosureLogOptions = {},
): Promise<DisclosureLogVerification> {
  const problems: DisclosureLogProblem[] = [];
  const valid: { index: number; entry: DisclosureLogEntry }[] = [];
  entries.forEach((raw, index) => {
    // Only the chain fields are checked here: every other field is covered by the entry's hash, so a change to it
    // is reported as an edit, and a full schema parse of each entry would triple the cost of verifying.
    if (hasChainFields(raw)) valid.push({ index, entry: raw });
    else
      problems.push({
        kind: 'malformed',
        index,
        message: `entry at index ${index} is not a well-formed log entry`,
      });
  });

  const hashes = await hashAll(
    valid.map((item) => item.entry),
    options.concurrency ?? 4096,
  );
  const edited = new Set<number>();
  const markEdited = (item: { readonly index: number }, sequence: number, message: string) => {
    if (edited.has(item.index)) return;
    edited.add(item.index);
    problems.push({ kind: 'edited', index: item.index, sequence, message });
  };
  valid.forEach((item, position) => {
    if (hashes[position] !== item.entry.hash) {
      markEdited(
        item,
        item.entry.sequence,
        `entry ${item.entry.sequence} (index ${item.index}) does not match its hash: it was changed after it was written`,
      );
    }
  });

  // An entry that links by hash to the entry before it holds the next position, whatever its sequence field says;
  // a sequence field that disagrees was changed (and re-hashed, or the hash check above caught it).
  const first = options.start?.sequence ?? 0;
  const startHash = options.start?.previousHash ?? GENESIS_HASH;
  const located: Located[] = [];
  valid.forEach((item, position) => {
    const before = located[position - 1];
    const links =
      before === undefined
        ? item.entry.previousHash === startHash
        : item.entry.previousHash === before.entry.hash;
    const sequence = links
      ? before === undefined
        ? first
        : before.sequence + 1
      : item.entry.sequence;
    const here = { ...item, sequence };
    located.push(here);
    if (sequence !== item.entry.sequence) {
      markEdited(
        here,
        sequence,
        `entry ${sequence} (index ${item.index}) has a changed sequence number`,
      );
    }
  });

  for (let position = 1; position < located.length; position += 1) {
    const before = located[position - 1]!;
    const here = located[position]!;
    if (here.sequence < before.sequence) {
      problems.push({
        kind: 'reordered',
        index: here.index,
        sequence: here.sequence,
        message: `entry ${here.sequence} (index ${here.index}) comes after entry ${before.sequence}: the log was reordered`,
      });
    }
  }

  const referenced = new Set(valid.map((item) => item.entry.previousHash));
  const bySequence = new Map<number, Located[]>();
  for (const item of located) {
    const list = bySequence.get(item.sequence) ?? [];
    list.push(item);
    bySequence.set(item.sequence, list);
  }
  const genuine = new Map<number, Located>();
  for (const [sequence, list] of bySequence) {
    const kept =
      list.find((item) => referenced.has(item.entry.hash) && !edited.has(item.index)) ?? list[0]!;
    genuine.set(sequence, kept);
    for (const item of list) {
      if (item === kept) continue;
      problems.push({
        kind: 'inserted',
        index: item.index,
        sequence,
        message: `entry at index ${item.index} repeats sequence ${sequence}: it was inserted`,
      });
    }
  }

  const sequences = [...genuine.keys()].sort((a, b) => a - b);
  let expected = first;
  for (const sequence of [
    ...sequences,
    Math.max(options.anchor?.sequence ?? -1, sequences.at(-1) ?? first - 1) + 1,
  ]) {
    if (sequence < first) {
      const item = genuine.get(sequence)!;
      problems.push({
        kind: 'inserted',
        index: item.index,
        sequence,
        message: `entry at index ${item.index} precedes the start of the log: it was inserted`,
      });
      continue;
    }
    if (sequence > expected) {
      const count = sequence - expected;
      problems.push({
        kind: 'deleted',
        sequence: expected,
        missing: count,
        message:
          count === 1
            ? `entry ${expected} is missing: it was deleted`
            : `entries ${expected} to ${sequence - 1} are missing: they were deleted`,
      });
    }
    expected = Math.max(expected, sequence + 1);
    const item = genuine.get(sequence);
    const predecessor = genuine.get(sequence - 1);
    if (
      item !== undefined &&
      predecessor !== undefined &&
      item.entry.previousHash !== predecessor.entry.hash
    ) {
      markEdited(
        predecessor,
        predecessor.sequence,
        `entry ${predecessor.sequence} (index ${predecessor.index}) breaks the chain: it was changed and re-hashed`,
      );
    }
  }

  const anchor = options.anchor;
  if (anchor !== undefined) {
    const item = genuine.get(anchor.sequence);
    if (item !== undefined && item.entry.hash !== anchor.hash) {
      markEdited(
        item,
        anchor.sequence,
        `entry ${anchor.sequence} does not match the anchor: the log was rewritten up to it`,
      );
    }
  }

  problems.sort((a, b) => (a.sequence ?? a.index ?? 0) - (b.sequence ?? b.index ?? 0));
  return { valid: problems.length === 0, entries: entries.length, problems };
}

const HEX_64 = /^[0-9a-f]{64}$/;

function hasChainFields(value: unknown): value is DisclosureLogEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entry = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(entry.sequence) &&
    (entry.sequence as number) >= 0 &&
    typeof entry.previousHash === 'string' &&
    HEX_64.test(entry.previousHash) &&
    typeof entry.hash === 'string' &&
    HEX_64.test(entry.hash)
  );
}

interface Located {
  readonly index: number;
  readonly entry: DisclosureLogEntry;
  readonly sequence: number;
}

async function hashAll(
  entries: readonly DisclosureLogEntry[],
  concurrency: number,
): Promise<string[]> {
  const hashes: string[] = new Array(entries.length);
  const batch = Math.max(1, Math.floor(concurrency));
  for (let start = 0; start < entries.length; start += batch) {
    const slice = entries.slice(start, start + batch);
    const results = await Promise.all(slice.map((entry) => hashDisclosureEntry(entry)));
    results.forEach((hash, offset) => {
      hashes[start + offset] = hash;
    });
  }
  return hashes;
}
