import { describe, expect, test } from 'vitest';
import { disclosure } from '../test/fixtures';
import { createDisclosureEntry, GENESIS_HASH, verifyDisclosureLog } from './disclosure-log';
import { createMemoryDisclosureStore, recordDisclosure } from './disclosure-store';
import { PrivacyError } from './errors';

test('example: recordDisclosure', async () => {
  const disclosure = {
    disclosedAt: '2025-03-03T10:01:00-06:00',
    subjectId: 'parent-example-1',
    recipient: { name: 'Example County Court' },
    categories: ['program-participation'],
    purpose: 'court',
    legalBasis: { type: 'exception', exception: 'court-order' },
    disclosedBy: { id: 'staff-example-1' },
  } as const;
  const store = createMemoryDisclosureStore();
  const entry = await recordDisclosure(store, disclosure);
  expect([entry.sequence, entry.previousHash === GENESIS_HASH, entry.hash.length]).toEqual([
    0,
    true,
    64,
  ]);
});

describe('recordDisclosure with the in-memory store', () => {
  test('concurrent disclosures are serialised into one verifiable chain', async () => {
    const store = createMemoryDisclosureStore();
    const entries = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        recordDisclosure(store, { ...disclosure, subjectId: `parent-example-${index}` }),
      ),
    );
    expect(entries.map((entry) => entry.sequence)).toEqual(
      Array.from({ length: 20 }, (_, index) => index),
    );
    const all = await store.readAll();
    expect(all).toHaveLength(20);
    expect((await verifyDisclosureLog(all)).valid).toBe(true);
  });

  test('a failed disclosure does not block the next one', async () => {
    const store = createMemoryDisclosureStore();
    await expect(recordDisclosure(store, { ...disclosure, disclosedAt: 'soon' })).rejects.toThrow(
      /disclosedAt/,
    );
    expect((await recordDisclosure(store, disclosure)).sequence).toBe(0);
  });

  test('the store refuses an entry that does not follow its head', async () => {
    const store = createMemoryDisclosureStore();
    const first = await createDisclosureEntry(undefined, disclosure);
    await store.append(first);
    await expect(store.append(first)).rejects.toThrow(PrivacyError);
    const fork = await createDisclosureEntry(undefined, { ...disclosure, purpose: 'evaluation' });
    await expect(store.append({ ...fork, sequence: 1 })).rejects.toThrow(/not_next/);
  });

  test('entries read back are copies the caller cannot change', async () => {
    const store = createMemoryDisclosureStore();
    await recordDisclosure(store, disclosure);
    const [entry] = await store.readAll();
    expect(Object.isFrozen(entry)).toBe(true);
    expect(await store.readHead()).toEqual(entry);
  });
});
