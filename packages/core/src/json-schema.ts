// `@parent-partner/core/json-schema`: the JSON Schemas of the record kinds, for apps in other languages and for
// files that describe the data. It has its own entry point because generating JSON Schema pulls in zod's
// converter, which an app that only parses records does not need.
import * as z from 'zod';
import { assertKind, type RecordKind, recordSchemas } from './record-kinds';

/** Options of {@link createJsonSchema}. */
export interface JsonSchemaOptions {
  /** Describe the input shape (defaults optional) or the parsed output shape (defaults filled). Default `input`. */
  io?: 'input' | 'output';
}

/**
 * Generates the JSON Schema (draft 2020-12) of a record kind, so apps in other languages validate the same data.
 *
 * @example
 * createJsonSchema('contact').$schema
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 */
export function createJsonSchema(
  kind: RecordKind,
  options: JsonSchemaOptions = {},
): Record<string, unknown> {
  assertKind(kind);
  const schema = z.toJSONSchema(recordSchemas[kind], {
    target: 'draft-2020-12',
    io: options.io ?? 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return { ...schema, $id: `https://parent-partner.dev/schemas/${kind}.json`, title: kind };
}
