import {
  createDisclosureEntry,
  type DisclosureEntryOptions,
  type DisclosureInput,
  type DisclosureLogEntry,
} from './disclosure-log';
import { PrivacyError } from './errors';

/**
 * Where an app keeps its disclosure log. Implementations must be append-only: `append` adds one entry after the
 * current head and must refuse an entry that does not follow it (sequence and previous hash), so two writers cannot
 * fork the chain.
 */
export interface DisclosureLogStore {
  /** The newest entry, or undefined for an empty log. */
  readHead(): Promise<DisclosureLogEntry | undefined>;
  /** Appends one entry that follows the head; rejects with `DISCLOSURE_LOG_CONFLICT` otherwise. */
  append(entry: DisclosureLogEntry): Promise<void>;
  /** Every entry, oldest first. */
  readAll(): Promise<readonly DisclosureLogEntry[]>;
}

/** Checks that `entry` follows `head`; stores call it before appending. */
export function assertFollowsHead(
  head: DisclosureLogEntry | undefined,
  entry: DisclosureLogEntry,
): void {
  const sequence = head === undefined ? 0 : head.sequence + 1;
  const previousHash = head?.hash;
  if (
    entry.sequence !== sequence ||
    (previousHash !== undefined && entry.previousHash !== previousHash)
  ) {
    throw new PrivacyError(
      'DISCLOSURE_LOG_CONFLICT',
      `append: entry ${entry.sequence} does not follow the head of the log [not_next]`,
    );
  }
}

/** Creates a disclosure log store held in memory (for tests, demos and apps that persist elsewhere). */
export function createMemoryDisclosureStore(
  initial: readonly DisclosureLogEntry[] = [],
): DisclosureLogStore {
  const entries: DisclosureLogEntry[] = [...initial];
  return {
    readHead: async () => entries.at(-1),
    append: async (entry) => {
      assertFollowsHead(entries.at(-1), entry);
      entries.push(Object.freeze(structuredClone(entry)));
    },
    readAll: async () => [...entries],
  };
}

// One queue per store: entries are chained to the head, so appends through this module run one at a time.
const queues = new WeakMap<DisclosureLogStore, Promise<unknown>>();

/**
 * Records a disclosure: validates it, chains it to the store's head with SHA-256, appends it, and returns the entry.
 *
 * Calls on the same store are serialised, so concurrent disclosures never fork the chain.
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
 * const entry = await recordDisclosure(store, disclosure);
 * [entry.sequence, entry.previousHash === GENESIS_HASH, entry.hash.length];
 * //=> [0, true, 64]
 * ```
 */
export function recordDisclosure(
  store: DisclosureLogStore,
  input: DisclosureInput,
  options: DisclosureEntryOptions = {},
): Promise<DisclosureLogEntry> {
  const previous = queues.get(store) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const entry = await createDisclosureEntry(await store.readHead(), input, options);
      await store.append(entry);
      return entry;
    });
  queues.set(store, next);
  return next;
}
