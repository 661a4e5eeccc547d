import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validInputs } from './__fixtures__/records';
import { ParentPartnerError } from './errors';
import { createJsonSchema } from './json-schema';
import { type RecordKind, recordKinds } from './record-kinds';

describe('createJsonSchema', () => {
  it.each(recordKinds)(
    '%s: the generated JSON Schema is draft 2020-12 and accepts the fixture',
    (kind) => {
      const schema = createJsonSchema(kind);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://parent-partner.dev/schemas/${kind}.json`);
      const ajv = new Ajv2020({ strict: false, validateFormats: false });
      const validate = ajv.compile(schema);
      expect(validate(validInputs[kind]), JSON.stringify(validate.errors)).toBe(true);
      expect(validate({ ...validInputs[kind], unexpectedField: 1 })).toBe(false);
    },
  );

  it('describes the output shape on request: defaults are filled, so they are required', () => {
    const input = createJsonSchema('parent');
    const output = createJsonSchema('parent', { io: 'output' });
    const required = (schema: Record<string, unknown>) => (schema.required ?? []) as string[];
    expect(required(output).length).toBeGreaterThanOrEqual(required(input).length);
    expect(required(input).every((name) => required(output).includes(name))).toBe(true);
  });

  it('refuses an unknown kind with the SDK error, naming no value', () => {
    for (const kind of ['nope', '__proto__', 'toString', '']) {
      let caught: unknown;
      try {
        createJsonSchema(kind as RecordKind);
      } catch (error) {
        caught = error;
      }
      expect(ParentPartnerError.isInstance(caught)).toBe(true);
      if (kind !== '') expect((caught as Error).message).not.toContain(kind);
    }
  });

  it('example: createJsonSchema', () => {
    expect(createJsonSchema('contact').$schema).toBe(
      'https://json-schema.org/draft/2020-12/schema',
    );
  });
});
