import { type FileHandle, mkdir, open, readFile, stat, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { canonicalizeJson } from '../canonical-json';
import { type DisclosureLogEntry, DisclosureLogEntrySchema } from '../disclosure-log';
import { assertFollowsHead, type DisclosureLogStore } from '../disclosure-store';
import { PrivacyError } from '../errors';

/** A disclosure log kept in an append-only NDJSON file, one canonical entry per line, each append fsynced. */
export interface FileDisclosureStore extends DisclosureLogStore {
  /** The file's path. */
  readonly path: string;
  /** Bytes of a torn last line (from a crash mid-write) that were cut off when the file was opened; 0 normally. */
  readonly recoveredBytes: number;
  /** Closes the file; later appends are refused. */
  close(): Promise<void>;
}

function parseLines(text: string): DisclosureLogEntry[] {
  const entries: DisclosureLogEntry[] = [];
  const lines = text.split('\n');
  lines.pop(); // Text after the last newline: empty, or a torn line that `openFileDisclosureStore` cuts off.
  lines.forEach((line, index) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    const parsed = DisclosureLogEntrySchema.safeParse(value);
    if (!parsed.success) {
      throw new PrivacyError(
        'DISCLOSURE_LOG_CORRUPT',
        `line ${index + 1} of the disclosure log file is not a log entry [corrupt_line]`,
      );
    }
    entries.push(parsed.data);
  });
  return entries;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function syncDirectory(path: string): Promise<void> {
  // Makes the new file's directory entry durable. Some platforms cannot open a directory; there the file's own
  // fsync is all the operating system offers.
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    await handle.sync();
  } catch {
    // Nothing more can be done on such platforms.
  } finally {
    await handle?.close();
  }
}

/**
 * Opens (or creates) an append-only NDJSON disclosure log file.
 *
 * Each append writes one line with `O_APPEND` and waits for `fsync`, so an acknowledged entry survives a crash. Earlier
 * bytes are never rewritten: a crash mid-write can only leave a torn last line, which is cut off when the file is next
 * opened (`recoveredBytes`) and was never acknowledged. A damaged complete line is reported, never skipped.
 *
 * @example
 * ```ts
 * import { mkdtemp, rm } from 'node:fs/promises';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 *
 * const directory = await mkdtemp(join(tmpdir(), 'example-disclosures-'));
 * const store = await openFileDisclosureStore(join(directory, 'disclosures.ndjson'));
 * const entry = await recordDisclosure(store, {
 *   disclosedAt: '2025-03-03T10:01:00-06:00',
 *   subjectId: 'parent-example-1',
 *   recipient: { name: 'Example County Court' },
 *   categories: ['program-participation'],
 *   purpose: 'court',
 *   legalBasis: { type: 'exception', exception: 'court-order' },
 *   disclosedBy: { id: 'staff-example-1' },
 * });
 * await store.close();
 * await rm(directory, { recursive: true });
 * entry.sequence;
 * //=> 0
 * ```
 */
export async function openFileDisclosureStore(path: string): Promise<FileDisclosureStore> {
  await mkdir(dirname(path), { recursive: true });
  const existing = await readText(path);
  let recoveredBytes = 0;
  if (existing !== undefined && existing.length > 0 && !existing.endsWith('\n')) {
    const keep = Buffer.byteLength(existing.slice(0, existing.lastIndexOf('\n') + 1), 'utf8');
    recoveredBytes = (await stat(path)).size - keep;
    await truncate(path, keep);
  }
  const entries = existing === undefined ? [] : parseLines(existing);
  let head = entries.at(-1);
  const handle = await open(path, 'a');
  await handle.sync();
  if (existing === undefined) await syncDirectory(dirname(path));
  let closed = false;
  let failed = false;
  let queue: Promise<unknown> = Promise.resolve();

  const append = (entry: DisclosureLogEntry): Promise<void> => {
    const next = queue
      .catch(() => undefined)
      .then(async () => {
        if (closed)
          throw new PrivacyError(
            'INVALID_ARGUMENT',
            'append: the disclosure log file is closed [closed]',
          );
        if (failed) {
          throw new PrivacyError(
            'DISCLOSURE_LOG_CORRUPT',
            'append: an earlier write failed; reopen the file [write_failed]',
          );
        }
        assertFollowsHead(head, entry);
        const parsed = DisclosureLogEntrySchema.parse(entry);
        try {
          await handle.write(`${canonicalizeJson(parsed)}\n`);
          await handle.sync();
        } catch (error) {
          // The line may be torn; reopening cuts it off before anything else is written.
          failed = true;
          throw error;
        }
        head = parsed;
      });
    queue = next;
    return next;
  };

  return {
    path,
    recoveredBytes,
    readHead: async () => {
      await queue.catch(() => undefined);
      return head;
    },
    append,
    readAll: async () => {
      await queue.catch(() => undefined);
      return parseLines((await readText(path)) ?? '');
    },
    close: async () => {
      await queue.catch(() => undefined);
      if (closed) return;
      closed = true;
      await handle.close();
    },
  };
}
