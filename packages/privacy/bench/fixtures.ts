// Shared inputs of the privacy benchmarks: 20 consents for one fictitious parent, 100,000 ids and a 100,000-entry
// disclosure log.
import {
  type Consent,
  createDisclosureEntry,
  createPseudonymizer,
  type DisclosureInput,
  type DisclosureLogEntry,
  parseConsent,
  standardInformationCategories,
  standardLegalBases,
  standardPurposes,
} from '../src/index';

/** Twenty structurally valid consents about `parent-bench-1`, with nested provisions, some revoked or expired. */
export function createBenchConsents(): Consent[] {
  return Array.from({ length: 20 }, (_, index) =>
    parseConsent({
      id: `consent-bench-${index}`,
      legalBasis: standardLegalBases[index % standardLegalBases.length],
      subject: { kind: 'parent', id: 'parent-bench-1' },
      signers: [{ role: 'subject', method: 'written', signedOn: '2025-01-06' }],
      disclosingParties: [],
      recipients: [
        { kind: 'role', id: index % 2 === 0 ? 'caseworker' : 'guardian-ad-litem' },
        { kind: 'organization', id: `org-bench-${index % 4}` },
      ],
      categories: [
        index % 3 === 0
          ? 'general-records'
          : standardInformationCategories[index % standardInformationCategories.length],
        standardInformationCategories[(index * 5) % standardInformationCategories.length],
      ],
      purposes: [standardPurposes[index % standardPurposes.length], 'case-planning'],
      effectiveFrom: '2025-01-06T09:00:00-06:00',
      ...(index % 5 === 0 ? { expiry: { type: 'date', at: '2025-06-01T00:00:00Z' } } : {}),
      ...(index % 7 === 0
        ? { revocation: { receivedAt: '2025-04-01T10:00:00-05:00', method: 'written' } }
        : {}),
      statements: [],
      provisions: [
        {
          type: 'deny',
          categories: ['court-information'],
          purposes: ['evaluation'],
          provisions: [{ type: 'permit', recipients: [{ kind: 'role', id: 'caseworker' }] }],
        },
      ],
    }),
  );
}

/** The disclosure request the canDisclose benchmark decides. */
export const benchRequest = {
  subject: 'parent-bench-1',
  recipient: { organizationId: 'org-bench-0', roles: ['caseworker'] },
  categories: ['case-plan', 'substance-use-disorder', 'court-information', 'mental-health'],
  purpose: 'case-planning',
  asOf: '2025-03-03T10:01:00-06:00',
} as const;

/** `count` fictitious ids. */
export function createBenchIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `parent-bench-${index}`);
}

/** A pseudonymizer with a fixed, fictitious benchmark key. */
export function createBenchPseudonymizer() {
  return createPseudonymizer({
    key: Uint8Array.from({ length: 32 }, (_, index) => (index * 7 + 3) % 256),
  });
}

/** A valid hash-chained log of `count` fictitious disclosures. */
export async function createBenchLog(count: number): Promise<DisclosureLogEntry[]> {
  const log: DisclosureLogEntry[] = [];
  const start = Date.parse('2025-01-01T00:00:00Z');
  for (let index = 0; index < count; index += 1) {
    const input: DisclosureInput = {
      disclosedAt: new Date(start + index * 60_000).toISOString(),
      subjectId: `parent-bench-${index % 500}`,
      recipient: { name: 'Example County Court', id: 'org-bench-court' },
      categories: ['program-participation', 'contact-notes'],
      purpose: 'court',
      legalBasis: { type: 'consent', consentId: `consent-bench-${index % 20}`, consentVersion: 1 },
      disclosedBy: { id: 'staff-bench-1', role: 'coordinator' },
    };
    log.push(await createDisclosureEntry(log.at(-1), input));
  }
  return log;
}
