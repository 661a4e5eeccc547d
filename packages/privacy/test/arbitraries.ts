import fc from 'fast-check';
import type { Consent, ConsentProvision } from '../src/consent';
import { parseConsent } from '../src/consent';
import { standardInformationCategories } from '../src/information-category';
import { standardLegalBases } from '../src/legal-basis';
import { standardPurposes } from '../src/purpose';

const base = Date.parse('2025-01-01T00:00:00Z');
const HOUR = 3_600_000;

/** An instant within about 60 days of 1 January 2025, rendered with a random offset. */
export const timestampArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 60 * 24 }), fc.constantFrom(-6, -5, 0, 1, 5.5))
  .map(([hours, offset]) => formatWithOffset(base + hours * HOUR, offset));

/** Formats an instant as ISO 8601 with the given offset in hours. */
export function formatWithOffset(instant: number, offsetHours: number): string {
  const local = new Date(instant + offsetHours * HOUR).toISOString().slice(0, 19);
  if (offsetHours === 0) return `${local}Z`;
  const sign = offsetHours < 0 ? '-' : '+';
  const minutes = Math.abs(offsetHours) * 60;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/** Pools of fictitious recipients. */
export const recipientPool = [
  { organizationId: 'org-a', roles: ['caseworker'] },
  { organizationId: 'org-b', roles: ['guardian-ad-litem'], personId: 'person-b' },
  { organizationId: 'org-a', roles: ['supervisor', 'caseworker'], personId: 'person-c' },
] as const;

const partyArbitrary = fc.oneof(
  fc.constantFrom('org-a', 'org-b').map((id) => ({ kind: 'organization' as const, id })),
  fc
    .constantFrom('caseworker', 'guardian-ad-litem', 'supervisor')
    .map((id) => ({ kind: 'role' as const, id })),
  fc.constantFrom('person-b', 'person-c').map((id) => ({ kind: 'person' as const, id })),
);

const categoryArbitrary = fc.constantFrom(...standardInformationCategories);
const purposeArbitrary = fc.constantFrom(...standardPurposes);

function provisionArbitrary(
  type: 'permit' | 'deny',
  depth: number,
): fc.Arbitrary<ConsentProvision> {
  const opposite = type === 'permit' ? 'deny' : 'permit';
  return fc.record(
    {
      type: fc.constant(type),
      categories: fc.uniqueArray(categoryArbitrary, { minLength: 1, maxLength: 3 }),
      recipients: fc.array(partyArbitrary, { minLength: 1, maxLength: 2 }),
      purposes: fc.uniqueArray(purposeArbitrary, { minLength: 1, maxLength: 3 }),
      provisions:
        depth > 0
          ? fc.array(provisionArbitrary(opposite, depth - 1), { maxLength: 2 })
          : fc.constant([]),
    },
    { requiredKeys: ['type'] },
  );
}

/** Options for {@link consentArbitrary}. */
export interface ConsentArbitraryOptions {
  readonly subject?: string;
  readonly extraCategories?: readonly string[];
}

/** Random structurally valid consents about one subject, with random time bounds, revocation and nested provisions. */
export function consentArbitrary(options: ConsentArbitraryOptions = {}): fc.Arbitrary<Consent> {
  return fc
    .record({
      id: fc.uuid(),
      legalBasis: fc.constantFrom(...standardLegalBases),
      categories: fc.uniqueArray(
        fc.constantFrom(
          ...standardInformationCategories,
          'general-records',
          ...(options.extraCategories ?? []),
        ),
        { minLength: 1, maxLength: 5 },
      ),
      recipients: fc.array(partyArbitrary, { minLength: 1, maxLength: 3 }),
      purposes: fc.uniqueArray(purposeArbitrary, { minLength: 1, maxLength: 5 }),
      effectiveFrom: timestampArbitrary,
      expiry: fc.option(
        fc.oneof(
          timestampArbitrary.map((at) => ({ type: 'date' as const, at })),
          fc.constant({ type: 'event' as const, event: 'case-closed' }),
        ),
        { nil: undefined },
      ),
      revocation: fc.option(
        timestampArbitrary.map((receivedAt) => ({ receivedAt, method: 'written' as const })),
        { nil: undefined },
      ),
      provisions: fc.array(provisionArbitrary('deny', 2), { maxLength: 2 }),
    })
    .map((fields) =>
      parseConsent({
        ...fields,
        ...(fields.expiry === undefined ? {} : { expiry: fields.expiry }),
        ...(fields.revocation === undefined ? {} : { revocation: fields.revocation }),
        subject: { kind: 'parent', id: options.subject ?? 'parent-example-1' },
        signers: [{ role: 'subject', method: 'written', signedOn: '2025-01-01' }],
        disclosingParties: [],
        statements: [],
      }),
    );
}

/** A random disclosure request (without consents) about `parent-example-1`. */
export const requestArbitrary = fc.record({
  recipient: fc.constantFrom(...recipientPool),
  categories: fc.uniqueArray(categoryArbitrary, { minLength: 1, maxLength: 4 }),
  purpose: purposeArbitrary,
  asOf: timestampArbitrary,
  events: fc.option(
    timestampArbitrary.map((occurredAt) => [{ event: 'case-closed', occurredAt }]),
    { nil: undefined },
  ),
});
