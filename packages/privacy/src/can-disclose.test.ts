import { ValidationError } from '@parent-partner/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { consentArbitrary, requestArbitrary } from '../test/arbitraries';
import {
  caseworker,
  generalConsentInput,
  hipaaAuthorizationInput,
  makeConsent,
  part2ConsentInput,
} from '../test/fixtures';
import { type CanDiscloseOptions, canDisclose, type DisclosureRequest } from './can-disclose';
import type { Consent } from './consent';
import { createConsent, revokeConsent } from './create-consent';
import { UnknownCodeError } from './errors';

const part2 = createConsent(part2ConsentInput);
const general = createConsent(generalConsentInput);
const hipaa = createConsent(hipaaAuthorizationInput);

function ask(
  consents: readonly Consent[],
  overrides: Partial<DisclosureRequest> = {},
  options: CanDiscloseOptions = {},
) {
  return canDisclose(
    {
      consents,
      subject: 'parent-example-1',
      recipient: caseworker,
      categories: ['case-plan'],
      purpose: 'case-planning',
      asOf: '2025-03-03T10:01:00-06:00',
      ...overrides,
    },
    options,
  );
}

test('example: canDisclose', () => {
  const consent = createConsent({
    id: 'consent-example-1',
    legalBasis: 'part2-consent',
    subject: { kind: 'parent', id: 'parent-example-1' },
    signers: [{ role: 'subject', method: 'written', signedOn: '2025-01-06' }],
    disclosingParties: [{ kind: 'organization', id: 'org-example-treatment' }],
    recipients: [{ kind: 'role', id: 'caseworker' }],
    categories: ['substance-use-disorder'],
    informationDescription: 'Treatment attendance (fictitious example)',
    purposes: ['case-planning'],
    effectiveFrom: '2025-01-06T09:00:00-06:00',
    expiry: { type: 'date', at: '2026-01-06T09:00:00-06:00' },
    statements: ['right-to-revoke', 'revocation-procedure', 'reliance-exception'],
  });
  const decision = canDisclose({
    consents: [consent],
    subject: 'parent-example-1',
    recipient: { organizationId: 'org-example-agency', roles: ['caseworker'] },
    categories: ['substance-use-disorder', 'mental-health'],
    purpose: 'case-planning',
    asOf: '2025-03-03T10:01:00-06:00',
  });
  expect([
    decision.decision,
    decision.permittedCategories,
    decision.notices.map((notice) => notice.code),
  ]).toEqual(['partial', ['substance-use-disorder'], ['part2-redisclosure']]);
});

const revokedAtTen = revokeConsent(part2, {
  receivedAt: '2025-03-03T10:00:00-06:00',
  method: 'written',
});
const endsAtCaseClosure = makeConsent(generalConsentInput, {
  id: 'consent-example-event',
  expiry: { type: 'event', event: 'case-closed' },
});
const nestedDeny = makeConsent(generalConsentInput, {
  id: 'consent-example-nested',
  provisions: [
    {
      type: 'deny',
      categories: ['court-information'],
      recipients: [{ kind: 'organization', id: 'org-example-agency' }],
      provisions: [{ type: 'permit', purposes: ['mentoring-coordination'] }],
    },
  ],
});

describe('consent rules, scenario by scenario', () => {
  const scenarios: {
    name: string;
    consents: readonly Consent[];
    request: Partial<DisclosureRequest>;
    decision: 'permit' | 'deny';
    reason?: string;
  }[] = [
    {
      name: 'a general consent covers a general category',
      consents: [general],
      request: { categories: ['case-plan'] },
      decision: 'permit',
    },
    {
      name: 'a general consent does not cover substance-use records',
      consents: [general],
      request: { categories: ['substance-use-disorder'] },
      decision: 'deny',
      reason: 'category-needs-explicit-consent',
    },
    {
      name: 'a Part 2 consent naming substance-use records covers them',
      consents: [general, part2],
      request: { categories: ['substance-use-disorder'] },
      decision: 'permit',
    },
    {
      name: 'a HIPAA authorization naming substance-use records is not a Part 2 consent',
      consents: [
        makeConsent(hipaaAuthorizationInput, {
          categories: ['substance-use-disorder'],
          purposes: ['case-planning'],
          recipients: [{ kind: 'role', id: 'caseworker' }],
        }),
      ],
      request: { categories: ['substance-use-disorder'] },
      decision: 'deny',
      reason: 'legal-basis-insufficient',
    },
    {
      name: 'a revocation received at 10:00 denies a disclosure at 10:01',
      consents: [revokedAtTen],
      request: { categories: ['substance-use-disorder'], asOf: '2025-03-03T10:01:00-06:00' },
      decision: 'deny',
      reason: 'revoked',
    },
    {
      name: 'the same instants across offsets: 09:01-07:00 is after 10:00-06:00',
      consents: [revokedAtTen],
      request: { categories: ['substance-use-disorder'], asOf: '2025-03-03T09:01:00-07:00' },
      decision: 'deny',
      reason: 'revoked',
    },
    {
      name: 'a disclosure made before the revocation stays permitted (11:59+01:00 is 10:59 Z, before 16:00 Z)',
      consents: [revokedAtTen],
      request: { categories: ['substance-use-disorder'], asOf: '2025-03-03T11:59:00+01:00' },
      decision: 'permit',
    },
    {
      name: 'a revocation is effective at the very instant it is received',
      consents: [revokedAtTen],
      request: { categories: ['substance-use-disorder'], asOf: '2025-03-03T16:00:00Z' },
      decision: 'deny',
      reason: 'revoked',
    },
    {
      name: 'an expiry event that has occurred ends the consent',
      consents: [endsAtCaseClosure],
      request: { events: [{ event: 'case-closed', occurredAt: '2025-03-01T12:00:00-06:00' }] },
      decision: 'deny',
      reason: 'expired',
    },
    {
      name: 'an expiry event that occurs after the disclosure does not',
      consents: [endsAtCaseClosure],
      request: { events: [{ event: 'case-closed', occurredAt: '2025-03-04T12:00:00-06:00' }] },
      decision: 'permit',
    },
    {
      name: 'an expiry date ends the consent at that instant',
      consents: [part2],
      request: { categories: ['substance-use-disorder'], asOf: '2026-01-06T15:00:00Z' },
      decision: 'deny',
      reason: 'expired',
    },
    {
      name: 'a consent is not in effect before its effective date',
      consents: [part2],
      request: { categories: ['substance-use-disorder'], asOf: '2025-01-06T08:59:59-06:00' },
      decision: 'deny',
      reason: 'not-yet-effective',
    },
    {
      name: 'a recipient named by role: a caseworker is named',
      consents: [general],
      request: { recipient: { organizationId: 'org-example-other', roles: ['caseworker'] } },
      decision: 'permit',
    },
    {
      name: 'a recipient named by role: a foster parent is not',
      consents: [general],
      request: { recipient: { organizationId: 'org-example-agency', roles: ['foster-parent'] } },
      decision: 'deny',
      reason: 'recipient-not-named',
    },
    {
      name: 'a role limited to one organisation does not name the same role elsewhere',
      consents: [part2],
      request: {
        categories: ['substance-use-disorder'],
        recipient: { organizationId: 'org-example-other', roles: ['caseworker'] },
      },
      decision: 'deny',
      reason: 'recipient-not-named',
    },
    {
      name: 'a purpose the consent does not cover',
      consents: [general],
      request: { purpose: 'court' },
      decision: 'deny',
      reason: 'purpose-not-covered',
    },
    {
      name: 'a category the consent does not cover',
      consents: [part2],
      request: { categories: ['case-plan'] },
      decision: 'deny',
      reason: 'category-not-covered',
    },
    {
      name: 'a nested deny overrides the permit',
      consents: [nestedDeny],
      request: { categories: ['court-information'] },
      decision: 'deny',
      reason: 'denied-by-provision',
    },
    {
      name: 'a permit nested in the deny restores it for its own purpose',
      consents: [nestedDeny],
      request: { categories: ['court-information'], purpose: 'mentoring-coordination' },
      decision: 'permit',
    },
    {
      name: 'the nested deny does not touch other categories',
      consents: [nestedDeny],
      request: { categories: ['case-plan'] },
      decision: 'permit',
    },
    {
      name: 'a deny in one consent overrides a permit in another',
      consents: [general, nestedDeny],
      request: { categories: ['court-information'] },
      decision: 'deny',
      reason: 'denied-by-provision',
    },
    {
      name: 'a deny provision applies even outside its own consent’s scope',
      consents: [
        general,
        makeConsent(part2ConsentInput, {
          provisions: [{ type: 'deny', categories: ['case-plan'] }],
        }),
      ],
      request: { categories: ['case-plan'] },
      decision: 'deny',
      reason: 'denied-by-provision',
    },
    {
      name: 'no consent on file',
      consents: [],
      request: {},
      decision: 'deny',
      reason: 'no-consent',
    },
    {
      name: 'consents about someone else do not count',
      consents: [
        makeConsent(generalConsentInput, { subject: { kind: 'parent', id: 'parent-example-2' } }),
      ],
      request: {},
      decision: 'deny',
      reason: 'no-consent',
    },
    {
      name: 'an abuse reporter’s identity is never released, even when a consent names it',
      consents: [makeConsent(part2ConsentInput, { categories: ['abuse-reporter-identity'] })],
      request: { categories: ['abuse-reporter-identity'] },
      decision: 'deny',
      reason: 'never-released-by-consent',
    },
    {
      name: 'a victim’s location is never shared for evaluation, even under a VAWA release',
      consents: [
        makeConsent(generalConsentInput, {
          legalBasis: 'vawa-release',
          categories: ['domestic-violence-location'],
          purposes: ['evaluation'],
        }),
      ],
      request: { categories: ['domestic-violence-location'], purpose: 'evaluation' },
      decision: 'deny',
      reason: 'prohibited-purpose',
    },
    {
      name: 'a VAWA release naming the location permits it for case planning',
      consents: [
        makeConsent(generalConsentInput, {
          legalBasis: 'vawa-release',
          categories: ['domestic-violence-location'],
        }),
      ],
      request: { categories: ['domestic-violence-location'] },
      decision: 'permit',
    },
    {
      name: 'mental health needs its own explicit consent',
      consents: [general],
      request: { categories: ['mental-health'], purpose: 'mentoring-coordination' },
      decision: 'deny',
      reason: 'category-needs-explicit-consent',
    },
    {
      name: 'a HIPAA authorization naming mental health to the program',
      consents: [hipaa],
      request: {
        categories: ['mental-health'],
        purpose: 'mentoring-coordination',
        recipient: { organizationId: 'org-example-program' },
      },
      decision: 'permit',
    },
  ];

  test.each(scenarios)('$name', ({ consents, request, decision, reason }) => {
    const result = ask(consents, request);
    expect(result.categories).toHaveLength(1);
    const category = result.categories[0]!;
    expect(category.decision).toBe(decision);
    if (reason === undefined) {
      expect(category.reasons).toEqual([]);
      expect(category.consentIds.length).toBeGreaterThan(0);
    } else {
      expect(category.reasons.map((item) => item.code)).toContain(reason);
      expect(category.consentIds).toEqual([]);
    }
  });
});

describe('what travels with a permit', () => {
  test('a Part 2 disclosure carries the redisclosure notice and a copy of the consent', () => {
    const decision = ask([part2], { categories: ['substance-use-disorder'] });
    expect(decision.notices.map((notice) => [notice.code, notice.categories])).toEqual([
      ['part2-redisclosure', ['substance-use-disorder']],
    ]);
    expect(decision.notices[0]?.text).toContain('42 CFR part 2');
    expect(decision.attachments).toEqual([
      {
        kind: 'consent-copy',
        consentId: 'consent-example-part2',
        categories: ['substance-use-disorder'],
      },
    ]);
  });

  test('an HIV disclosure carries the no-redisclosure statement; notice texts are data', () => {
    const consent = makeConsent(hipaaAuthorizationInput, { categories: ['hiv'] });
    const request = {
      categories: ['hiv'],
      purpose: 'mentoring-coordination',
      recipient: { organizationId: 'org-example-program' },
    } as const;
    expect(ask([consent], request).notices.map((notice) => notice.code)).toEqual([
      'hiv-redisclosure',
    ]);
    const notices = {
      'hiv-redisclosure': {
        code: 'hiv-redisclosure',
        title: 'Program wording',
        text: 'Program-approved wording, version 7.',
        citation: 'program counsel',
        version: '7',
        wording: 'exact' as const,
      },
    };
    expect(ask([consent], request, { notices }).notices[0]?.text).toBe(
      'Program-approved wording, version 7.',
    );
    expect(() => ask([consent], request, { notices: {} })).toThrow(/missing_notice/);
  });

  test('a denied category carries no notice', () => {
    const decision = ask([general], { categories: ['substance-use-disorder', 'case-plan'] });
    expect(decision.decision).toBe('partial');
    expect(decision.permittedCategories).toEqual(['case-plan']);
    expect(decision.deniedCategories).toEqual(['substance-use-disorder']);
    expect(decision.notices).toEqual([]);
    expect(decision.attachments).toEqual([]);
  });

  test('the decision carries the purpose and its HL7 PurposeOfUse code', () => {
    expect(ask([general]).purposeOfUse).toBe('CAREMGT');
    expect(ask([general], { purpose: 'court' }).purposeOfUse).toBe('HLEGAL');
  });

  test('duplicate requested categories are decided once', () => {
    expect(ask([general], { categories: ['case-plan', 'case-plan'] }).categories).toHaveLength(1);
  });
});

describe('bad input', () => {
  test('an unknown category is an error, never a silent permit', () => {
    const request = {
      categories: ['case-plan', 'custom:unregistered'],
    } as unknown as Partial<DisclosureRequest>;
    expect(() => ask([general], request)).toThrow(UnknownCodeError);
    expect(() => ask([general], { categories: ['no-such-category' as 'case-plan'] })).toThrow(
      /categories\.0/,
    );
  });

  test('a registered custom category is decided like any other', () => {
    const categories = {
      'custom:housing-plan': {
        code: 'custom:housing-plan' as const,
        label: 'Housing plan',
        protection: 'explicit' as const,
        notices: [],
        requiresConsentCopy: false,
        citation: 'program policy',
      },
    };
    const consent = makeConsent(generalConsentInput, { categories: ['custom:housing-plan'] });
    expect(ask([general], { categories: ['custom:housing-plan'] }, { categories }).decision).toBe(
      'deny',
    );
    expect(ask([consent], { categories: ['custom:housing-plan'] }, { categories }).decision).toBe(
      'permit',
    );
  });

  test('an unknown purpose is an error', () => {
    expect(() => ask([general], { purpose: 'custom:unregistered' })).toThrow(UnknownCodeError);
  });

  test('a malformed request is refused with paths', () => {
    expect(() => ask([general], { asOf: '2025-03-03 10:01' })).toThrow(ValidationError);
    expect(() => ask([general], { categories: [] })).toThrow(/categories/);
  });
});

function active(consent: Consent): Consent {
  // Strip time bounds so the consent is in effect at any instant of the generated range.
  const { revocation: _revocation, expiry: _expiry, ...rest } = structuredClone(consent);
  return makeConsent({ ...rest, effectiveFrom: '2024-01-01T00:00:00Z' });
}

describe('properties', () => {
  test('a revoked or expired consent never permits', () => {
    fc.assert(
      fc.property(
        fc.array(consentArbitrary(), { maxLength: 6 }),
        requestArbitrary,
        (consents, request) => {
          const asOf = Date.parse(request.asOf);
          const ended = new Set(
            consents
              .filter((consent) => {
                const revoked =
                  consent.revocation !== undefined &&
                  Date.parse(consent.revocation.receivedAt) <= asOf;
                const expired =
                  consent.expiry?.type === 'date'
                    ? Date.parse(consent.expiry.at) <= asOf
                    : consent.expiry?.type === 'event' &&
                      request.events !== undefined &&
                      Date.parse(request.events[0]!.occurredAt) <= asOf;
                return revoked || expired;
              })
              .map((consent) => consent.id),
          );
          const decision = canDisclose({ consents, subject: 'parent-example-1', ...request });
          for (const item of decision.categories) {
            for (const id of item.consentIds) expect(ended.has(id)).toBe(false);
          }
          if (ended.size === consents.length) expect(decision.permittedCategories).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('deny overrides permit in any order of consents', () => {
    fc.assert(
      fc.property(
        fc.array(consentArbitrary().map(active), { maxLength: 5 }),
        requestArbitrary,
        fc.nat(),
        (others, request, seed) => {
          const category = request.categories[0]!;
          const denying = makeConsent(generalConsentInput, {
            id: 'consent-example-denying',
            legalBasis: 'part2-consent',
            categories: [category],
            recipients: [{ kind: 'role', id: request.recipient.roles[0] }],
            purposes: [request.purpose],
            effectiveFrom: '2024-01-01T00:00:00Z',
            provisions: [{ type: 'deny', categories: [category] }],
          });
          const all = [...others, denying];
          const shuffled = [...all].sort((a, b) => (hash(a.id, seed) - hash(b.id, seed)) | 0);
          const first = canDisclose({ consents: all, subject: 'parent-example-1', ...request });
          const second = canDisclose({
            consents: shuffled,
            subject: 'parent-example-1',
            ...request,
          });
          expect(first.deniedCategories).toContain(category);
          expect(second.permittedCategories).toEqual(first.permittedCategories);
          expect(second.deniedCategories).toEqual(first.deniedCategories);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('no set of consents ever releases an abuse reporter’s identity', () => {
    let otherPermits = 0;
    fc.assert(
      fc.property(
        fc.array(consentArbitrary().map(active), { minLength: 1, maxLength: 6 }),
        requestArbitrary,
        (consents, request) => {
          const withReporter = consents.map((consent) =>
            makeConsent(consent, {
              categories: [...consent.categories, 'abuse-reporter-identity'],
            }),
          );
          const decision = canDisclose({
            consents: withReporter,
            subject: 'parent-example-1',
            ...request,
            categories: [...new Set([...request.categories, 'abuse-reporter-identity' as const])],
          });
          expect(decision.permittedCategories).not.toContain('abuse-reporter-identity');
          otherPermits += decision.permittedCategories.length;
        },
      ),
      { numRuns: 300 },
    );
    expect(otherPermits).toBeGreaterThan(0);
  });

  test('every permit that includes substance-use records carries the redisclosure notice and a consent copy', () => {
    let permits = 0;
    fc.assert(
      fc.property(
        fc.array(consentArbitrary().map(active), { minLength: 1, maxLength: 6 }),
        requestArbitrary,
        (consents, request) => {
          const decision = canDisclose({
            consents,
            subject: 'parent-example-1',
            ...request,
            categories: [...new Set(['substance-use-disorder' as const, ...request.categories])],
          });
          if (decision.permittedCategories.includes('substance-use-disorder')) {
            permits += 1;
            const notice = decision.notices.find((item) => item.code === 'part2-redisclosure');
            expect(notice?.categories).toContain('substance-use-disorder');
            expect(
              decision.attachments.some((item) =>
                item.categories.includes('substance-use-disorder'),
              ),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
    // The generator must reach the interesting case, or the property would hold vacuously.
    expect(permits).toBeGreaterThan(0);
  });

  test('the permitted and denied categories partition the request', () => {
    fc.assert(
      fc.property(
        fc.array(consentArbitrary(), { maxLength: 6 }),
        requestArbitrary,
        (consents, request) => {
          const decision = canDisclose({ consents, subject: 'parent-example-1', ...request });
          expect([...decision.permittedCategories, ...decision.deniedCategories].sort()).toEqual(
            [...request.categories].sort(),
          );
        },
      ),
    );
  });
});

function hash(text: string, seed: number): number {
  let value = seed | 0;
  for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 16777619);
  return value;
}
