import { createJsonSchema } from '@parent-partner/core/json-schema';

/** Generates the JSON Schemas of two record kinds, input and output shapes. */
export async function run(): Promise<unknown> {
  return {
    maltreatmentReport: createJsonSchema('maltreatmentReport'),
    parentOutput: createJsonSchema('parent', { io: 'output' }),
  };
}
