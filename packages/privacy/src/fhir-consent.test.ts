import { describe, expect, test } from 'vitest';
import { generalConsentInput, makeConsent, part2ConsentInput } from '../test/fixtures';
import { createConsent, revokeConsent } from './create-consent';
import {
  type FhirConsentProvisionR4,
  type FhirConsentProvisionR5,
  toFhirConsent,
  toFhirConsentR4,
} from './fhir-consent';

const part2 = createConsent(part2ConsentInput);
const nested = makeConsent(generalConsentInput, {
  purposes: ['case-planning', 'court'],
  provisions: [
    {
      type: 'deny',
      categories: ['court-information'],
      recipients: [{ kind: 'organization', id: 'org-example-agency', label: 'Example agency' }],
      provisions: [
        { type: 'permit', purposes: ['court'], period: { start: '2025-02-01T00:00:00Z' } },
      ],
    },
  ],
});

test('example: toFhirConsent', () => {
  const consent = createConsent({
    id: 'consent-example-1',
    legalBasis: 'program-participation-agreement',
    subject: { kind: 'parent', id: 'parent-example-1' },
    signers: [{ role: 'subject', method: 'written', signedOn: '2025-01-06' }],
    disclosingParties: [],
    recipients: [{ kind: 'role', id: 'caseworker' }],
    categories: ['case-plan'],
    purposes: ['case-planning'],
    effectiveFrom: '2025-01-06T09:00:00-06:00',
    statements: [],
  });
  const resource = toFhirConsent(consent);
  expect([
    resource.decision,
    resource.provision[0]?.purpose?.[0]?.code,
    resource.provision[0]?.securityLabel?.[0]?.code,
  ]).toEqual(['deny', 'CAREMGT', 'SOC']);
});

describe('toFhirConsent (R5)', () => {
  test('maps subject, period, parties, legal basis and scope', () => {
    const resource = toFhirConsent(part2);
    expect(resource).toMatchObject({
      resourceType: 'Consent',
      id: 'consent-example-part2',
      status: 'active',
      subject: { reference: 'Patient/parent-example-1' },
      date: '2025-01-06',
      period: { start: '2025-01-06T09:00:00-06:00', end: '2026-01-06T09:00:00-06:00' },
      controller: [{ reference: 'Organization/org-example-treatment' }],
      regulatoryBasis: [
        {
          coding: [
            { system: 'urn:parent-partner:legal-basis', code: 'part2-consent' },
            { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: '42CFRPart2' },
          ],
        },
      ],
    });
    const provision = resource.provision[0]!;
    expect(provision.actor).toEqual([
      {
        role: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
              code: 'IRCP',
              display: 'information recipient',
            },
          ],
        },
        reference: {
          type: 'PractitionerRole',
          identifier: { system: 'urn:parent-partner:role', value: 'caseworker' },
        },
      },
    ]);
    expect(provision.code?.[0]?.coding[0]).toMatchObject({ code: 'substance-use-disorder' });
  });

  test('nested provisions alternate permit, deny, permit by nesting alone', () => {
    const resource = toFhirConsent(nested);
    // Two purposes: FHIR requires an operation to carry every listed purpose, so each gets its own provision.
    expect(resource.provision.map((provision) => provision.purpose?.[0]?.code)).toEqual([
      'CAREMGT',
      'HLEGAL',
    ]);
    const deny: FhirConsentProvisionR5 = resource.provision[0]!.provision![0]!;
    expect(deny.code?.[0]?.coding[0]?.code).toBe('court-information');
    expect(deny.actor?.[0]?.reference).toEqual({
      reference: 'Organization/org-example-agency',
      display: 'Example agency',
    });
    const permit = deny.provision![0]!;
    expect(permit).toEqual({
      period: { start: '2025-02-01T00:00:00Z' },
      purpose: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
          code: 'HLEGAL',
          display: 'Court hearings and reports to the court',
        },
      ],
    });
    expect(JSON.stringify(resource)).not.toContain('"type":"deny"');
  });

  test('a revoked consent is inactive and its period ends at the revocation', () => {
    const revoked = revokeConsent(part2, {
      receivedAt: '2025-03-03T10:00:00-06:00',
      method: 'written',
    });
    const resource = toFhirConsent(revoked);
    expect(resource.status).toBe('inactive');
    expect(resource.period.end).toBe('2025-03-03T10:00:00-06:00');
  });

  test('an expired consent is inactive as of a later instant', () => {
    expect(toFhirConsent(part2, { asOf: '2026-02-01T00:00:00Z' }).status).toBe('inactive');
    expect(toFhirConsent(part2, { asOf: '2025-02-01T00:00:00Z' }).status).toBe('active');
  });
});

describe('toFhirConsentR4', () => {
  test('root deny with a nested permit per purpose and explicit types below', () => {
    const resource = toFhirConsentR4(nested);
    expect(resource.scope.coding[0]?.code).toBe('patient-privacy');
    expect(resource.patient).toEqual({ reference: 'Patient/parent-example-1' });
    expect(resource.policyRule.coding[0]?.code).toBe('program-participation-agreement');
    const types = (provision: FhirConsentProvisionR4): unknown => [
      provision.type,
      (provision.provision ?? []).map(types),
    ];
    expect(types(resource.provision)).toEqual([
      'deny',
      [
        ['permit', [['deny', [['permit', []]]]]],
        ['permit', [['deny', [['permit', []]]]]],
      ],
    ]);
    expect(resource.provision.period).toEqual({ start: '2025-01-06T09:00:00-06:00' });
  });

  test('the general-records scope is exported as its own code, never as sensitivity labels', () => {
    const permit = toFhirConsentR4(nested).provision.provision![0]!;
    expect(permit.code).toEqual([
      { coding: [{ system: 'urn:parent-partner:information-category', code: 'general-records' }] },
    ]);
    expect(permit.securityLabel).toBeUndefined();
  });
});
