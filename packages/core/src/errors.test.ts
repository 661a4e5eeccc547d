import { describe, expect, it } from 'vitest';
import { ParentPartnerError, ValidationError } from './errors';

describe('ParentPartnerError', () => {
  it('is recognised by isInstance even when created by another copy of the package', () => {
    const foreign = Object.assign(new Error('x'), { code: 'VALIDATION_FAILED' });
    Object.defineProperty(foreign, Symbol.for('@parent-partner/error'), { value: true });
    expect(ParentPartnerError.isInstance(foreign)).toBe(true);
    expect(ParentPartnerError.isInstance(new Error('plain'))).toBe(false);
    expect(ParentPartnerError.isInstance(null)).toBe(false);
  });

  it('keeps the standard cause and does not serialise the marker', () => {
    const cause = new Error('inner');
    const error = new ParentPartnerError('INVALID_ARGUMENT', 'outer', { cause });
    expect(error.cause).toBe(cause);
    expect(Object.keys(error)).toEqual(['name', 'code']);
  });

  it('summarises at most ten issues in the message', () => {
    const issues = Array.from({ length: 12 }, (_, index) => ({
      path: `field${index}`,
      code: 'invalid_type',
      message: 'expected string',
    }));
    const error = new ValidationError('parent', issues);
    expect(error.message.endsWith('; and 2 more')).toBe(true);
    expect(error.issues).toHaveLength(12);
  });
});
