import { ValidationError } from '@parent-partner/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { disclosure } from '../test/fixtures';
import { canonicalizeJson } from './canonical-json';
import {
  createDisclosureEntry,
  type DisclosureInput,
  type DisclosureLogEntry,
  GENESIS_HASH,
  hashDisclosureEntry,
  safeParseDisclosureInput,
  verifyDisclosureLog,
} from './disclosure-log';
import { UnknownCodeError } from './errors';

async function buildLog(count: number): Promise<DisclosureLogEntry[]> {
  const log: DisclosureLogEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const input: DisclosureInput = {
      ...disclosure,
      disclosedAt: new Date(Date.parse('2025-01-01T00:00:00Z') + index * 3_600_000).toISOString(),
      subjectId: `parent-example-${index % 3}`,
    };
    log.push(await createDisclosureEntry(log.at(-1), input));
  }
  return log;
}

test('example: canonicalizeJson', () => {
  expect(canonicalizeJson({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}');
});

test('canonicalizeJson leaves out undefined properties and refuses what JSON cannot hold', () => {
  expect(canonicalizeJson({ z: undefined, y: 'é', x: { b: 2, a: 1 } })).toBe(
    '{"x":{"a":1,"b":2},"y":"é"}',
  );
  expect(() => canonicalizeJson({ a: Number.NaN })).toThrow(/not_finite/);
  expect(() => canonicalizeJson({ a: 1n })).toThrow(/not_json/);
});

test('example: verifyDisclosureLog', async () => {
  const disclosure = {
    disclosedAt: '2025-03-03T10:01:00-06:00',
    subjectId: 'parent-example-1',
    recipient: { name: 'Example County Court' },
    categories: ['program-participation'],
    purpose: 'court',
    legalBasis: { type: 'exception', exception: 'court-order' },
    disclosedBy: { id: 'staff-example-1' },
  } as const;
  const first = await createDisclosureEntry(undefined, disclosure);
  const second = await createDisclosureEntry(first, disclosure);
  const tampered = [first, { ...second, purpose: 'evaluation' }];
  expect(
    (await verifyDisclosureLog(tampered)).problems.map((problem) => [
      problem.kind,
      problem.sequence,
    ]),
  ).toEqual([['edited', 1]]);
});

describe('createDisclosureEntry', () => {
  test('chains entries with SHA-256 over the previous hash and the canonical entry', async () => {
    const [first, second] = await buildLog(2);
    expect(first).toMatchObject({ sequence: 0, previousHash: GENESIS_HASH });
    expect(second).toMatchObject({ sequence: 1, previousHash: first!.hash });
    const { hash: _hash, ...body } = second!;
    const bytes = new TextEncoder().encode(`${first!.hash}\n${canonicalizeJson(body)}`);
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    expect(second!.hash).toBe(digest);
    expect(await hashDisclosureEntry(second!)).toBe(digest);
  });

  test('refuses malformed disclosures with paths, and unknown categories', async () => {
    const result = safeParseDisclosureInput({
      ...disclosure,
      disclosedAt: 'last Tuesday',
      legalBasis: { type: 'vibes' },
    });
    expect(result.success).toBe(false);
    expect(result.error).toBeInstanceOf(ValidationError);
    expect((result.error as ValidationError).issues.map((issue) => issue.path).sort()).toEqual([
      'disclosedAt',
      'legalBasis.type',
    ]);
    await expect(
      createDisclosureEntry(undefined, { ...disclosure, categories: ['custom:unregistered'] }),
    ).rejects.toThrow(UnknownCodeError);
  });
});

describe('verifyDisclosureLog', () => {
  test('an intact log verifies', async () => {
    const log = await buildLog(5);
    expect(await verifyDisclosureLog(log, { anchor: { sequence: 4, hash: log[4]!.hash } })).toEqual(
      {
        valid: true,
        entries: 5,
        problems: [],
      },
    );
    expect((await verifyDisclosureLog([])).valid).toBe(true);
  });

  test('names an edited entry, even one edited and re-hashed', async () => {
    const log = await buildLog(4);
    const edited = structuredClone(log);
    edited[2] = { ...edited[2]!, recipient: { name: 'Somebody else' } };
    expect((await verifyDisclosureLog(edited)).problems).toMatchObject([
      { kind: 'edited', index: 2, sequence: 2 },
    ]);
    edited[2] = { ...edited[2]!, hash: await hashDisclosureEntry(edited[2]!) };
    expect((await verifyDisclosureLog(edited)).problems).toMatchObject([
      { kind: 'edited', index: 2, sequence: 2 },
    ]);
  });

  test('names a deleted entry, and a deleted newest entry against an anchor', async () => {
    const log = await buildLog(4);
    const withoutSecond = [log[0]!, log[2]!, log[3]!];
    expect((await verifyDisclosureLog(withoutSecond)).problems).toMatchObject([
      { kind: 'deleted', sequence: 1 },
    ]);
    const withoutFirst = log.slice(1);
    expect((await verifyDisclosureLog(withoutFirst)).problems).toMatchObject([
      { kind: 'deleted', sequence: 0 },
    ]);
    const truncated = log.slice(0, 3);
    expect((await verifyDisclosureLog(truncated)).valid).toBe(true);
    expect(
      (await verifyDisclosureLog(truncated, { anchor: { sequence: 3, hash: log[3]!.hash } }))
        .problems,
    ).toMatchObject([{ kind: 'deleted', sequence: 3, missing: 1 }]);
    const gap = [log[0]!, log[3]!];
    expect((await verifyDisclosureLog(gap)).problems).toMatchObject([
      { kind: 'deleted', sequence: 1, missing: 2 },
    ]);
  });

  test('names inserted and reordered entries', async () => {
    const log = await buildLog(4);
    const forged = await createDisclosureEntry(log[1], { ...disclosure, purpose: 'evaluation' });
    const inserted = [log[0]!, log[1]!, forged, log[2]!, log[3]!];
    expect((await verifyDisclosureLog(inserted)).problems).toMatchObject([
      { kind: 'inserted', index: 2, sequence: 2 },
    ]);
    const swapped = [log[0]!, log[2]!, log[1]!, log[3]!];
    expect((await verifyDisclosureLog(swapped)).problems).toMatchObject([
      { kind: 'reordered', index: 2, sequence: 1 },
    ]);
  });

  test('verifies a log whose oldest entries were archived, from a recorded start', async () => {
    const log = await buildLog(5);
    const recent = log.slice(2);
    expect((await verifyDisclosureLog(recent)).valid).toBe(false);
    expect(
      (await verifyDisclosureLog(recent, { start: { sequence: 2, previousHash: log[1]!.hash } }))
        .valid,
    ).toBe(true);
  });

  test('a far-out sequence number does not flood the report', async () => {
    const log = await buildLog(3);
    const edited = structuredClone(log);
    edited[1] = { ...edited[1]!, sequence: 1_000_000_000 };
    edited[1] = { ...edited[1]!, hash: await hashDisclosureEntry(edited[1]!) };
    const result = await verifyDisclosureLog(edited, {
      anchor: { sequence: 2, hash: log[2]!.hash },
    });
    expect(result.problems).toMatchObject([{ kind: 'edited', index: 1, sequence: 1 }]);
  });

  test('reports malformed entries', async () => {
    const log = await buildLog(2);
    const result = await verifyDisclosureLog([log[0], { nonsense: true }, log[1]]);
    expect(result.problems).toMatchObject([{ kind: 'malformed', index: 1 }]);
  });

  test('property: detects every single edit, deletion, insertion and swap', async () => {
    const log = await buildLog(12);
    const anchor = { sequence: 11, hash: log[11]!.hash };
    const fields = [
      'disclosedAt',
      'subjectId',
      'purpose',
      'categories',
      'recipient',
      'sequence',
      'previousHash',
      'hash',
    ] as const;
    const tamper = fc.oneof(
      fc.record({
        type: fc.constant('edit' as const),
        index: fc.nat(11),
        field: fc.constantFrom(...fields),
        rehash: fc.boolean(),
      }),
      fc.record({ type: fc.constant('delete' as const), index: fc.nat(11) }),
      fc.record({ type: fc.constant('insert' as const), index: fc.nat(11) }),
      fc
        .tuple(fc.nat(11), fc.nat(11))
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => ({
          type: 'swap' as const,
          first: Math.min(a, b),
          second: Math.max(a, b),
        })),
    );
    await fc.assert(
      fc.asyncProperty(tamper, async (change) => {
        const copy: DisclosureLogEntry[] = structuredClone(log);
        let expected: string;
        if (change.type === 'edit') {
          const entry = { ...copy[change.index]! } as Record<string, unknown>;
          const value = entry[change.field];
          entry[change.field] =
            change.field === 'sequence'
              ? (value as number) + 100
              : change.field === 'previousHash' || change.field === 'hash'
                ? (value as string).replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))
                : change.field === 'categories'
                  ? ['mental-health']
                  : change.field === 'recipient'
                    ? { name: 'Another recipient' }
                    : change.field === 'purpose'
                      ? 'evaluation'
                      : change.field === 'subjectId'
                        ? 'parent-example-99'
                        : '2024-12-31T23:00:00Z';
          if (change.rehash && change.field !== 'hash') {
            entry.hash = await hashDisclosureEntry(entry as DisclosureLogEntry);
          }
          copy[change.index] = entry as DisclosureLogEntry;
          expected = 'edited';
        } else if (change.type === 'delete') {
          copy.splice(change.index, 1);
          expected = 'deleted';
        } else if (change.type === 'insert') {
          const forged = await createDisclosureEntry(copy[change.index - 1], {
            ...disclosure,
            purpose: 'evaluation',
          });
          copy.splice(change.index, 0, forged);
          expected = 'inserted';
        } else {
          [copy[change.first], copy[change.second]] = [copy[change.second]!, copy[change.first]!];
          expected = 'reordered';
        }
        const result = await verifyDisclosureLog(copy, { anchor });
        expect(result.valid).toBe(false);
        expect(result.problems.map((problem) => problem.kind)).toContain(expected);
      }),
      { numRuns: 300 },
    );
  });
});
