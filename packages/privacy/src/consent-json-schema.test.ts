import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { generalConsentInput, hipaaAuthorizationInput, part2ConsentInput } from '../test/fixtures';
import { createConsentJsonSchema } from './consent-json-schema';

function compile(io: 'input' | 'output' = 'input') {
  return new Ajv2020({ strict: false, validateFormats: false }).compile(
    createConsentJsonSchema({ io }),
  );
}

describe('createConsentJsonSchema', () => {
  it('example: createConsentJsonSchema', () => {
    const schema = createConsentJsonSchema();
    expect([schema.$schema, schema.$id, schema.title]).toEqual([
      'https://json-schema.org/draft/2020-12/schema',
      'https://parent-partner.dev/schemas/consent.json',
      'consent',
    ]);
  });

  it.each([
    ['Part 2 consent', part2ConsentInput],
    ['HIPAA authorization', hipaaAuthorizationInput],
    ['general agreement', generalConsentInput],
  ])('accepts the %s fixture', (_, consent) => {
    const validate = compile();
    expect(validate(consent), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses an unknown field, a missing subject and an unknown legal basis', () => {
    const validate = compile();
    expect(validate({ ...part2ConsentInput, unexpectedField: 1 })).toBe(false);
    const { subject: _, ...withoutSubject } = part2ConsentInput;
    expect(validate(withoutSubject)).toBe(false);
    expect(validate({ ...part2ConsentInput, legalBasis: 'handshake' })).toBe(false);
  });

  it('describes the output shape on request', () => {
    expect(createConsentJsonSchema({ io: 'output' }).$schema).toBe(
      'https://json-schema.org/draft/2020-12/schema',
    );
  });
});
