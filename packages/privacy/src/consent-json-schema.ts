import * as z from 'zod';
import { ConsentSchema } from './consent';

/** Options of {@link createConsentJsonSchema}. */
export interface ConsentJsonSchemaOptions {
  /** Describe the input shape (defaults optional) or the parsed output shape (defaults filled). Default `input`. */
  readonly io?: 'input' | 'output';
}

/**
 * Generates the JSON Schema (draft 2020-12) of a consent record's structure, so apps in other languages
 * validate the same consents; like `ConsentSchema`, it leaves the legal basis's required elements to
 * `createConsent`, and the nesting rules of provisions and the witness of a verbal consent to `parseConsent`.
 *
 * @example
 * const schema = createConsentJsonSchema();
 * [schema.$schema, schema.$id, schema.title];
 * //=> ['https://json-schema.org/draft/2020-12/schema', 'https://parent-partner.dev/schemas/consent.json', 'consent']
 */
export function createConsentJsonSchema(
  options: ConsentJsonSchemaOptions = {},
): Record<string, unknown> {
  const schema = z.toJSONSchema(ConsentSchema, {
    target: 'draft-2020-12',
    io: options.io ?? 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return { ...schema, $id: 'https://parent-partner.dev/schemas/consent.json', title: 'consent' };
}
