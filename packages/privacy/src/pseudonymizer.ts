import { PrivacyError } from './errors';
import { encodeUtf8 } from './web-crypto';

/** The shortest HMAC key accepted, in bytes (the output size of SHA-256). */
export const MINIMUM_KEY_BYTES = 32;

/** Options for {@link createPseudonymizer}. */
export interface PseudonymizerOptions {
  /**
   * Secret key of at least 32 random bytes (for example from `crypto.getRandomValues`), kept apart from the data:
   * whoever holds it can re-identify every pseudonym. Passphrases (strings) are refused.
   */
  readonly key: Uint8Array | ArrayBuffer;
  /** Label of the key, carried on every pseudonym so keys can be rotated; `v1` by default. */
  readonly keyVersion?: string;
  /** How ids are normalised before hashing; Unicode NFC with surrounding whitespace trimmed by default. */
  readonly normalize?: (id: string) => string;
}

/** A namespace of pseudonyms: the same id gets unrelated pseudonyms for different id kinds or purposes. */
export interface PseudonymNamespace {
  /** Kind of id, for example `parent` or `child`. */
  readonly kind: string;
  /** Purpose the pseudonyms serve, for example `evaluation`. */
  readonly purpose: string;
}

/** A pseudonymised id: still personal data (whoever holds the key can re-identify it), never de-identified. */
export interface Pseudonym {
  /** The pseudonym: base64url of the HMAC-SHA-256 of the namespaced id. */
  readonly value: string;
  /** Always `pseudonymised`: pseudonymised data remains personal data (GDPR Art. 4(5)); it is not de-identified. */
  readonly status: 'pseudonymised';
  /** Kind of id. */
  readonly kind: string;
  /** Purpose. */
  readonly purpose: string;
  /** Version of the key that made it. */
  readonly keyVersion: string;
}

/** Turns ids into keyed, namespaced pseudonyms, stable across runs for the same key. */
export interface Pseudonymizer {
  /** Version of the key in use. */
  readonly keyVersion: string;
  /** Pseudonymises one id in a namespace. */
  pseudonymize(id: string, namespace: PseudonymNamespace): Promise<Pseudonym>;
  /** Pseudonymises many ids in one namespace, in order. */
  pseudonymizeMany(ids: readonly string[], namespace: PseudonymNamespace): Promise<Pseudonym[]>;
}

const NAMESPACE_PATTERN = /^[a-z0-9]+(?:[-:][a-z0-9]+)*$/;
const DOMAIN = 'parent-partner/pseudonym/v1';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index]!;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    text += BASE64URL[a >> 2]! + BASE64URL[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) text += BASE64URL[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) text += BASE64URL[c & 63]!;
  }
  return text;
}

function readKey(key: unknown): Uint8Array<ArrayBuffer> {
  if (key === undefined || key === null) {
    throw new PrivacyError('INVALID_KEY', 'key: a secret key is required [missing_key]');
  }
  let bytes: Uint8Array<ArrayBuffer>;
  if (key instanceof ArrayBuffer) bytes = new Uint8Array(key.slice(0));
  else if (key instanceof Uint8Array) bytes = new Uint8Array(key);
  else
    throw new PrivacyError(
      'INVALID_KEY',
      'key: must be bytes (Uint8Array or ArrayBuffer), not a passphrase [invalid_key_type]',
    );
  if (bytes.length < MINIMUM_KEY_BYTES) {
    throw new PrivacyError(
      'INVALID_KEY',
      `key: must be at least ${MINIMUM_KEY_BYTES} bytes [key_too_short]`,
    );
  }
  if (bytes.every((byte) => byte === bytes[0])) {
    throw new PrivacyError(
      'INVALID_KEY',
      'key: every byte is the same; use random bytes [key_not_random]',
    );
  }
  return bytes;
}

function checkNamespace(namespace: PseudonymNamespace): void {
  for (const field of ['kind', 'purpose'] as const) {
    const value = namespace?.[field];
    if (typeof value !== 'string' || !NAMESPACE_PATTERN.test(value)) {
      throw new PrivacyError(
        'INVALID_ARGUMENT',
        `namespace.${field}: must be lowercase words joined by hyphens or colons [invalid_namespace]`,
      );
    }
  }
}

/**
 * Creates a pseudonymizer: keyed HMAC-SHA-256 through Web Crypto (Node, browsers, edge runtimes), with a separate
 * namespace per id kind and purpose. Never a plain hash: hashes of common names and dates are reversed by guessing.
 *
 * Refuses a missing key, a key shorter than 32 bytes, a passphrase, or a key of one repeated byte.
 *
 * @example
 * ```ts
 * const key = crypto.getRandomValues(new Uint8Array(32)); // kept apart from the data, for example in a key vault
 * const pseudonymizer = await createPseudonymizer({ key });
 * const pseudonym = await pseudonymizer.pseudonymize('parent-example-1', { kind: 'parent', purpose: 'evaluation' });
 * [pseudonym.status, pseudonym.value.length];
 * //=> ['pseudonymised', 43]
 * ```
 */
export async function createPseudonymizer(options: PseudonymizerOptions): Promise<Pseudonymizer> {
  const bytes = readKey((options as PseudonymizerOptions | undefined)?.key);
  const keyVersion = options.keyVersion ?? 'v1';
  const normalize = options.normalize ?? ((id: string) => id.normalize('NFC').trim());
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    bytes,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  bytes.fill(0);

  const sign = async (id: string, namespace: PseudonymNamespace): Promise<Pseudonym> => {
    if (typeof id !== 'string')
      throw new PrivacyError('INVALID_ARGUMENT', 'id: must be a string [invalid_type]');
    const normalized = normalize(id);
    if (normalized.length === 0)
      throw new PrivacyError('INVALID_ARGUMENT', 'id: must not be empty [empty_id]');
    const message = encodeUtf8(
      `${DOMAIN}\u0000${namespace.kind}\u0000${namespace.purpose}\u0000${normalized}`,
    );
    const signature = await globalThis.crypto.subtle.sign('HMAC', key, message);
    return {
      value: toBase64Url(signature),
      status: 'pseudonymised',
      kind: namespace.kind,
      purpose: namespace.purpose,
      keyVersion,
    };
  };

  return {
    keyVersion,
    pseudonymize: async (id, namespace) => {
      checkNamespace(namespace);
      return sign(id, namespace);
    },
    pseudonymizeMany: async (ids, namespace) => {
      checkNamespace(namespace);
      const results: Pseudonym[] = [];
      const batch = 8192;
      for (let start = 0; start < ids.length; start += batch) {
        results.push(
          ...(await Promise.all(ids.slice(start, start + batch).map((id) => sign(id, namespace)))),
        );
      }
      return results;
    },
  };
}
