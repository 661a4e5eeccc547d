import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PrivacyError } from './errors';
import { createPseudonymizer } from './pseudonymizer';

// A fixed, obviously fictitious test key: bytes 1..32.
const exampleKey = Uint8Array.from({ length: 32 }, (_, index) => index + 1);
const evaluation = { kind: 'parent', purpose: 'evaluation' } as const;

test('example: createPseudonymizer', async () => {
  const key = crypto.getRandomValues(new Uint8Array(32)); // kept apart from the data, for example in a key vault
  const pseudonymizer = await createPseudonymizer({ key });
  const pseudonym = await pseudonymizer.pseudonymize('parent-example-1', {
    kind: 'parent',
    purpose: 'evaluation',
  });
  expect([pseudonym.status, pseudonym.value.length]).toEqual(['pseudonymised', 43]);
});

describe('createPseudonymizer', () => {
  test('is HMAC-SHA-256 over the namespaced id, stable across instances', async () => {
    const first = await createPseudonymizer({ key: exampleKey });
    const second = await createPseudonymizer({ key: exampleKey.slice().buffer });
    const a = await first.pseudonymize('parent-example-1', evaluation);
    const b = await second.pseudonymize('parent-example-1', evaluation);
    expect(a).toEqual(b);
    const expected = createHmac('sha256', exampleKey)
      .update('parent-partner/pseudonym/v1\u0000parent\u0000evaluation\u0000parent-example-1')
      .digest('base64url');
    expect(a.value).toBe(expected);
    expect(a).toEqual({
      value: expected,
      status: 'pseudonymised',
      kind: 'parent',
      purpose: 'evaluation',
      keyVersion: 'v1',
    });
  });

  test('is never a plain hash of the id', async () => {
    const pseudonymizer = await createPseudonymizer({ key: exampleKey });
    const pseudonym = await pseudonymizer.pseudonymize('Example Name', evaluation);
    expect(pseudonym.value).not.toBe(
      createHash('sha256').update('Example Name').digest('base64url'),
    );
  });

  test('separates namespaces by id kind and by purpose, and depends on the key', async () => {
    const pseudonymizer = await createPseudonymizer({ key: exampleKey });
    const other = await createPseudonymizer({
      key: exampleKey.map((byte) => byte + 100),
      keyVersion: 'v2',
    });
    const values = await Promise.all([
      pseudonymizer.pseudonymize('id-example-7', evaluation),
      pseudonymizer.pseudonymize('id-example-7', { kind: 'child', purpose: 'evaluation' }),
      pseudonymizer.pseudonymize('id-example-7', { kind: 'parent', purpose: 'state-reporting' }),
      other.pseudonymize('id-example-7', evaluation),
    ]);
    expect(new Set(values.map((item) => item.value)).size).toBe(4);
    expect(values[3]?.keyVersion).toBe('v2');
  });

  test('normalises ids (NFC, trimmed) unless told otherwise', async () => {
    const pseudonymizer = await createPseudonymizer({ key: exampleKey });
    const composed = await pseudonymizer.pseudonymize('Jos\u00e9-example', evaluation);
    const decomposed = await pseudonymizer.pseudonymize(' Jose\u0301-example ', evaluation);
    expect(decomposed.value).toBe(composed.value);
    const exact = await createPseudonymizer({ key: exampleKey, normalize: (id) => id });
    expect((await exact.pseudonymize(' Jose\u0301-example ', evaluation)).value).not.toBe(
      composed.value,
    );
  });

  test('pseudonymizeMany keeps order and matches pseudonymize', async () => {
    const pseudonymizer = await createPseudonymizer({ key: exampleKey });
    const ids = Array.from({ length: 1200 }, (_, index) => `parent-example-${index}`);
    const many = await pseudonymizer.pseudonymizeMany(ids, evaluation);
    expect(many).toHaveLength(1200);
    expect(many[1100]).toEqual(await pseudonymizer.pseudonymize('parent-example-1100', evaluation));
  });

  test('property: distinct ids get distinct pseudonyms', async () => {
    const pseudonymizer = await createPseudonymizer({ key: exampleKey });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.string({ minLength: 1 }).map((id) => `x${id}`),
          { minLength: 2, maxLength: 20 },
        ),
        async (ids) => {
          const normalized = new Set(ids.map((id) => id.normalize('NFC').trim()));
          const values = await pseudonymizer.pseudonymizeMany([...normalized], evaluation);
          expect(new Set(values.map((item) => item.value)).size).toBe(normalized.size);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('bad input', () => {
  test('a missing, short, textual or constant key refuses to build a pseudonymizer', async () => {
    await expect(createPseudonymizer({} as never)).rejects.toThrow(/missing_key/);
    await expect(
      createPseudonymizer({ key: new Uint8Array(31).fill(7).map((_, i) => i) }),
    ).rejects.toThrow(/key_too_short/);
    await expect(
      createPseudonymizer({ key: 'correct horse battery staple, long enough' as never }),
    ).rejects.toThrow(/invalid_key_type/);
    await expect(createPseudonymizer({ key: new Uint8Array(32) })).rejects.toThrow(
      /key_not_random/,
    );
    await expect(createPseudonymizer({ key: new Uint8Array(8) })).rejects.toSatisfy(
      (error) => PrivacyError.isInstance(error) && error.code === 'INVALID_KEY',
    );
  });

  test('the key’s bytes never appear in an error', async () => {
    const key = new TextEncoder().encode('SECRET-');
    const error = await createPseudonymizer({ key }).catch((caught: Error) => caught);
    expect(String(error)).not.toContain('SECRET');
  });

  test('invalid namespaces and empty ids are refused', async () => {
    const pseudonymizer = await createPseudonymizer({ key: exampleKey });
    await expect(
      pseudonymizer.pseudonymize('id-example', { kind: 'Parent', purpose: 'evaluation' }),
    ).rejects.toThrow(/namespace\.kind/);
    await expect(
      pseudonymizer.pseudonymize('id-example', { kind: 'parent', purpose: 'a\u0000b' }),
    ).rejects.toThrow(/namespace\.purpose/);
    await expect(pseudonymizer.pseudonymize('   ', evaluation)).rejects.toThrow(/empty_id/);
  });
});
