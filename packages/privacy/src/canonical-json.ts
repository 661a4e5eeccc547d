import { PrivacyError } from './errors';

/**
 * Serialises a JSON value canonically: object keys sorted by UTF-16 code units, no whitespace, `undefined` properties
 * left out (as JSON.stringify does), so equal data always gives equal bytes to hash.
 *
 * Numbers must be finite; values that JSON cannot hold (functions, symbols, bigints) are refused.
 *
 * @example
 * ```ts
 * canonicalizeJson({ b: 1, a: [true, null, 'x'] });
 * //=> '{"a":[true,null,"x"],"b":1}'
 * ```
 */
export function canonicalizeJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) {
        throw new PrivacyError(
          'INVALID_ARGUMENT',
          'canonical JSON: numbers must be finite [not_finite]',
        );
      }
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((item) => (item === undefined ? 'null' : canonicalizeJson(item))).join(',')}]`;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort();
      return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalizeJson(record[key])}`).join(',')}}`;
    }
    default:
      throw new PrivacyError(
        'INVALID_ARGUMENT',
        `canonical JSON: a ${typeof value} cannot be serialised [not_json]`,
      );
  }
}
