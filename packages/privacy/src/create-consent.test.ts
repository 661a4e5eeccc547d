import { ValidationError } from '@parent-partner/core';
import { describe, expect, test } from 'vitest';
import { generalConsentInput, hipaaAuthorizationInput, part2ConsentInput } from '../test/fixtures';
import {
  createConsent,
  findMissingConsentElements,
  revokeConsent,
  safeCreateConsent,
} from './create-consent';
import { IncompleteConsentError } from './errors';
import { wisconsinSignerPolicy } from './signer-policy';

function without(input: object, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(input) as Record<string, unknown>;
  delete copy[key];
  return copy;
}

function missingElements(input: unknown, options = {}): string[] {
  const result = safeCreateConsent(input, options);
  if (result.success) return [];
  expect(result.error).toBeInstanceOf(IncompleteConsentError);
  return (result.error as IncompleteConsentError).missing.map((item) => item.element);
}

describe('createConsent', () => {
  test('example: createConsent', () => {
    const consent = createConsent({
      id: 'consent-example-1',
      legalBasis: 'program-participation-agreement',
      subject: { kind: 'parent', id: 'parent-example-1' },
      signers: [{ role: 'subject', method: 'written', signedOn: '2025-01-06' }],
      disclosingParties: [],
      recipients: [{ kind: 'role', id: 'caseworker' }],
      categories: ['general-records'],
      purposes: ['mentoring-coordination'],
      effectiveFrom: '2025-01-06T09:00:00-06:00',
      statements: [],
    });
    expect(Object.isFrozen(consent)).toBe(true);
    expect(Object.isFrozen(consent.signers[0])).toBe(true);
  });

  test('accepts complete consents for each standard basis', () => {
    expect(createConsent(part2ConsentInput).legalBasis).toBe('part2-consent');
    expect(createConsent(hipaaAuthorizationInput).legalBasis).toBe('hipaa-authorization');
    expect(createConsent(generalConsentInput).legalBasis).toBe('program-participation-agreement');
  });

  test('a HIPAA authorization without an expiry is refused with what it lacks', () => {
    const result = safeCreateConsent(without(hipaaAuthorizationInput, 'expiry'));
    expect(result.success).toBe(false);
    const error = result.error as IncompleteConsentError;
    expect(IncompleteConsentError.isInstance(error)).toBe(true);
    expect(error.missing).toEqual([
      {
        path: 'expiry',
        element: 'expiry',
        message: '45 CFR 164.508(c) requires an expiration date or event',
      },
    ]);
    expect(error.issues[0]).toMatchObject({ path: 'expiry', code: 'missing_expiry' });
    expect(() => createConsent(without(hipaaAuthorizationInput, 'expiry'))).toThrow(/expiry/);
  });

  test('a HIPAA authorization with expiry "none" is refused', () => {
    expect(missingElements({ ...hipaaAuthorizationInput, expiry: { type: 'none' } })).toEqual([
      'expiry',
    ]);
  });

  test('a HIPAA authorization lacks each required statement and a representative’s authority', () => {
    expect(
      missingElements({
        ...hipaaAuthorizationInput,
        statements: [],
        signers: [{ role: 'legal-representative', method: 'written', signedOn: '2025-01-06' }],
      }),
    ).toEqual(['representative-authority', 'right-to-revoke', 'conditioning', 'redisclosure-risk']);
  });

  test('a Part 2 consent without the information’s description is refused', () => {
    const result = safeCreateConsent(without(part2ConsentInput, 'informationDescription'));
    expect(result.success).toBe(false);
    expect((result.error as IncompleteConsentError).missing).toEqual([
      {
        path: 'informationDescription',
        element: 'information-description',
        message: '42 CFR 2.31 requires a specific description of the information to be disclosed',
      },
    ]);
  });

  test('a Part 2 consent lists every missing element at once', () => {
    expect(
      missingElements({
        ...without(part2ConsentInput, 'informationDescription'),
        disclosingParties: [],
        recipients: [],
        purposes: [],
        signers: [],
        statements: [],
        expiry: { type: 'none' },
      }),
    ).toEqual([
      'information-description',
      'disclosing-party',
      'recipient',
      'purpose',
      'expiry',
      'signature',
      'right-to-revoke',
      'revocation-procedure',
      'reliance-exception',
      'subject-signature',
    ]);
  });

  test('a Part 2 TPO consent may have no expiry but needs the TPO statements', () => {
    const tpo = {
      ...part2ConsentInput,
      purposes: ['treatment', 'payment'],
      expiry: { type: 'none' },
    };
    expect(missingElements(tpo)).toEqual(['redisclosure-risk', 'consequences-of-refusal']);
    expect(
      missingElements({
        ...tpo,
        statements: [
          ...part2ConsentInput.statements,
          'redisclosure-risk',
          'consequences-of-refusal',
        ],
      }),
    ).toEqual([]);
  });

  test('a state child-welfare release needs a written signature, a named recipient and the record identified', () => {
    const release = {
      ...generalConsentInput,
      id: 'consent-example-state',
      legalBasis: 'state-child-welfare-release',
      signers: [
        {
          role: 'subject',
          method: 'verbal-witnessed',
          signedOn: '2025-01-06',
          witnessId: 'staff-example-1',
        },
      ],
      recipients: [],
    };
    expect(missingElements(release)).toEqual([
      'information-description',
      'recipient',
      'written-signature',
    ]);
  });

  test('a VAWA release must be written, time-limited and not a condition of service', () => {
    const release = {
      ...generalConsentInput,
      id: 'consent-example-vawa',
      legalBasis: 'vawa-release',
      categories: ['domestic-violence-location'],
      informationDescription: 'Current shelter location, fictitious example',
      statements: ['right-to-revoke'],
    };
    expect(missingElements(release)).toEqual(['not-condition-of-service', 'expiry-date']);
    const tooLong = {
      ...release,
      statements: ['right-to-revoke', 'not-condition-of-service'],
      expiry: { type: 'date', at: '2027-01-06T09:00:00-06:00' },
    };
    expect(missingElements(tooLong)).toEqual(['time-limit']);
    expect(missingElements(tooLong, { vawaMaximumDurationDays: 800 })).toEqual([]);
  });

  test('a program participation agreement needs recipients, purposes, categories and a signature', () => {
    expect(
      missingElements({
        ...generalConsentInput,
        recipients: [],
        purposes: [],
        categories: [],
        signers: [],
      }),
    ).toEqual(['category', 'recipient', 'purpose', 'signature', 'subject-signature']);
  });

  test('a custom legal basis needs a registered validator', () => {
    const custom = { ...generalConsentInput, legalBasis: 'custom:tribal-release' };
    expect(missingElements(custom)).toEqual(['legal-basis-validator']);
    const validators = {
      'custom:tribal-release': () => [
        {
          path: 'statements',
          element: 'tribal-notice',
          message: 'tribal policy requires a notice',
        },
      ],
    };
    expect(missingElements(custom, { validators })).toEqual(['tribal-notice']);
  });
});

describe('who may sign', () => {
  const minorRelease = {
    ...generalConsentInput,
    id: 'consent-example-minor',
    legalBasis: 'state-child-welfare-release',
    subject: { kind: 'child', id: 'child-example-1', ageAtSigning: 15 },
    informationDescription: 'Placement history, fictitious example',
  };

  test('under Wisconsin law a child aged 14 or older may release their own child-welfare records', () => {
    expect(missingElements(minorRelease, { signerPolicy: wisconsinSignerPolicy })).toEqual([]);
    expect(missingElements(minorRelease)).toEqual(['parent-signature']);
    const younger = { ...minorRelease, subject: { ...minorRelease.subject, ageAtSigning: 13 } };
    expect(missingElements(younger, { signerPolicy: wisconsinSignerPolicy })).toEqual([
      'parent-signature',
    ]);
    const parentSigned = {
      ...younger,
      signers: [
        {
          role: 'parent-of-subject',
          method: 'written',
          signedOn: '2025-01-06',
          authority: 'parent',
        },
      ],
    };
    expect(missingElements(parentSigned, { signerPolicy: wisconsinSignerPolicy })).toEqual([]);
  });

  test('a VAWA release for a minor needs both the minor and a parent', () => {
    const release = {
      ...minorRelease,
      legalBasis: 'vawa-release',
      categories: ['domestic-violence-location'],
      statements: ['right-to-revoke', 'not-condition-of-service'],
      expiry: { type: 'date', at: '2025-06-06T09:00:00-06:00' },
    };
    expect(missingElements(release, { signerPolicy: wisconsinSignerPolicy })).toEqual([
      'parent-signature',
    ]);
    const both = {
      ...release,
      signers: [
        { role: 'subject', method: 'written', signedOn: '2025-01-06' },
        {
          role: 'guardian',
          method: 'written',
          signedOn: '2025-01-06',
          authority: 'court-appointed guardian',
        },
      ],
    };
    expect(missingElements(both, { signerPolicy: wisconsinSignerPolicy })).toEqual([]);
  });

  test('findMissingConsentElements reports nothing for a complete consent', () => {
    expect(findMissingConsentElements(createConsent(part2ConsentInput))).toEqual([]);
  });
});

describe('malformed consents are refused with paths', () => {
  test('wrong types, bad timestamps, unknown fields', () => {
    const result = safeCreateConsent({
      ...part2ConsentInput,
      effectiveFrom: '2025-01-06T09:00:00',
      signers: [{ role: 'subject', method: 'smoke-signal', signedOn: '2025-01-06' }],
      recipients: 'caseworker',
      favouriteColour: 'teal',
    });
    expect(result.success).toBe(false);
    expect(result.error).toBeInstanceOf(ValidationError);
    expect(result.error).not.toBeInstanceOf(IncompleteConsentError);
    const paths = result.error?.issues.map((issue) => issue.path).sort();
    expect(paths).toEqual(['effectiveFrom', 'favouriteColour', 'recipients', 'signers.0.method']);
    expect(result.error?.message).not.toContain('smoke-signal');
    expect(result.error?.message).not.toContain('teal');
  });

  test('an unregistered custom category or purpose is an unknown code', () => {
    const result = safeCreateConsent({
      ...generalConsentInput,
      categories: ['custom:housing-plan'],
      purposes: ['custom:bake-sale'],
    });
    expect(result.error?.issues).toEqual([
      { path: 'categories.0', code: 'unknown_code', message: 'not a known information category' },
      { path: 'purposes.0', code: 'unknown_code', message: 'not a known purpose' },
    ]);
  });

  test('a nested provision must negate its parent, and a verbal signature needs a witness', () => {
    const result = safeCreateConsent({
      ...generalConsentInput,
      signers: [{ role: 'subject', method: 'verbal-witnessed', signedOn: '2025-01-06' }],
      provisions: [{ type: 'permit', categories: ['case-plan'] }],
    });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([
      'provisions.0.type',
      'signers.0.witnessId',
    ]);
  });

  test('an expiry before the effective date is refused', () => {
    const result = safeCreateConsent({
      ...hipaaAuthorizationInput,
      expiry: { type: 'date', at: '2025-01-06T08:00:00-07:00' },
    });
    expect(result.error?.issues).toEqual([
      { path: 'expiry.at', code: 'invalid_period', message: 'expiry must be after effectiveFrom' },
    ]);
  });
});

describe('revokeConsent', () => {
  const consent = createConsent(part2ConsentInput);

  test('appends a revocation and leaves the original untouched', () => {
    const revoked = revokeConsent(consent, {
      receivedAt: '2025-03-03T10:00:00-06:00',
      method: 'written',
    });
    expect(revoked.revocation).toEqual({
      receivedAt: '2025-03-03T10:00:00-06:00',
      method: 'written',
    });
    expect(consent.revocation).toBeUndefined();
    expect(Object.isFrozen(revoked)).toBe(true);
  });

  test('a Part 2 consent is not revoked by a verbal revocation', () => {
    expect(() =>
      revokeConsent(consent, { receivedAt: '2025-03-03T10:00:00-06:00', method: 'verbal' }),
    ).toThrow(/written_required/);
  });

  test('a consent is revoked only once, and the revocation is validated', () => {
    const revoked = revokeConsent(consent, {
      receivedAt: '2025-03-03T10:00:00-06:00',
      method: 'written',
    });
    expect(() =>
      revokeConsent(revoked, { receivedAt: '2025-03-04T10:00:00-06:00', method: 'written' }),
    ).toThrow(/already_revoked/);
    expect(() => revokeConsent(consent, { receivedAt: 'yesterday', method: 'written' })).toThrow(
      ValidationError,
    );
  });

  test('a new consent cannot arrive already revoked', () => {
    const result = safeCreateConsent({
      ...part2ConsentInput,
      revocation: { receivedAt: '2025-03-03T10:00:00-06:00', method: 'written' },
    });
    expect(result.error?.issues[0]?.code).toBe('not_allowed');
  });
});
