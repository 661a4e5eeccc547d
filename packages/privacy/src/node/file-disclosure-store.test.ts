import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { disclosure } from '../../test/fixtures';
import { verifyDisclosureLog } from '../disclosure-log';
import { recordDisclosure } from '../disclosure-store';
import { PrivacyError } from '../errors';
import { openFileDisclosureStore } from './file-disclosure-store';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'privacy-log-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

test('example: openFileDisclosureStore', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'example-disclosures-'));
  const store = await openFileDisclosureStore(join(directory, 'disclosures.ndjson'));
  const entry = await recordDisclosure(store, {
    disclosedAt: '2025-03-03T10:01:00-06:00',
    subjectId: 'parent-example-1',
    recipient: { name: 'Example County Court' },
    categories: ['program-participation'],
    purpose: 'court',
    legalBasis: { type: 'exception', exception: 'court-order' },
    disclosedBy: { id: 'staff-example-1' },
  });
  await store.close();
  await rm(directory, { recursive: true });
  expect(entry.sequence).toEqual(0);
});

describe('openFileDisclosureStore', () => {
  test('appends one canonical line per entry and reopens with the same chain', async () => {
    const path = join(directory, 'log.ndjson');
    const store = await openFileDisclosureStore(path);
    await Promise.all(
      [0, 1, 2].map((index) =>
        recordDisclosure(store, { ...disclosure, subjectId: `parent-example-${index}` }),
      ),
    );
    await store.close();
    const text = await readFile(path, 'utf8');
    expect(text.split('\n')).toHaveLength(4);
    const reopened = await openFileDisclosureStore(path);
    expect(reopened.recoveredBytes).toBe(0);
    expect((await reopened.readHead())?.sequence).toBe(2);
    await recordDisclosure(reopened, disclosure);
    const all = await reopened.readAll();
    expect(all.map((entry) => entry.sequence)).toEqual([0, 1, 2, 3]);
    expect((await verifyDisclosureLog(all)).valid).toBe(true);
    await reopened.close();
  });

  test('a crash mid-write leaves earlier entries intact; the torn line is cut off on reopening', async () => {
    const path = join(directory, 'log.ndjson');
    const store = await openFileDisclosureStore(path);
    await recordDisclosure(store, disclosure);
    await recordDisclosure(store, disclosure);
    await store.close();
    const before = await readFile(path, 'utf8');
    // Simulate the process dying halfway through writing a third line.
    const line = before.split('\n')[1]!;
    await appendFile(path, line.slice(0, Math.floor(line.length / 2)));
    const reopened = await openFileDisclosureStore(path);
    expect(reopened.recoveredBytes).toBe(
      Buffer.byteLength(line.slice(0, Math.floor(line.length / 2))),
    );
    expect(await readFile(path, 'utf8')).toBe(before);
    const entry = await recordDisclosure(reopened, disclosure);
    expect(entry.sequence).toBe(2);
    expect((await verifyDisclosureLog(await reopened.readAll())).valid).toBe(true);
    await reopened.close();
  });

  test('a damaged complete line is reported by line number, never skipped', async () => {
    const path = join(directory, 'log.ndjson');
    const store = await openFileDisclosureStore(path);
    await recordDisclosure(store, disclosure);
    await store.close();
    await writeFile(path, `${await readFile(path, 'utf8')}{"not":"an entry"}\n`);
    await expect(openFileDisclosureStore(path)).rejects.toThrow(/line 2/);
    await expect(openFileDisclosureStore(path)).rejects.toSatisfy(PrivacyError.isInstance);
  });

  test('refuses entries that do not follow the head, and appends after close', async () => {
    const path = join(directory, 'log.ndjson');
    const store = await openFileDisclosureStore(path);
    const first = await recordDisclosure(store, disclosure);
    await expect(store.append(first)).rejects.toThrow(/not_next/);
    await store.close();
    await expect(recordDisclosure(store, disclosure)).rejects.toThrow(/closed/);
  });

  test('a process killed while appending leaves a log that reopens and verifies', async () => {
    const path = join(directory, 'killed.ndjson');
    const script = fileURLToPath(new URL('../../test/append-forever.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--conditions=@parent-partner/source', '--import', 'tsx', script, path],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const deadline = Date.now() + 60_000;
    let lines = 0;
    while (lines < 50 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      lines = ((await readFile(path, 'utf8').catch(() => '')).match(/\n/g) ?? []).length;
    }
    child.kill('SIGKILL');
    await exited;
    expect(lines).toBeGreaterThanOrEqual(50);
    const store = await openFileDisclosureStore(path);
    const entries = await store.readAll();
    expect(entries.length).toBeGreaterThanOrEqual(50);
    expect((await verifyDisclosureLog(entries)).valid).toBe(true);
    const next = await recordDisclosure(store, disclosure);
    expect(next.sequence).toBe(entries.length);
    await store.close();
  }, 90_000);
});
