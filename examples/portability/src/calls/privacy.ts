import { canDisclose, createConsent, createPseudonymizer } from '@parent-partner/privacy';
import { createCallProgram } from './data';

/** The fixed, obviously fictitious key of the pseudonym call: bytes 1 to 32. */
export const pseudonymKey: Uint8Array = Uint8Array.from({ length: 32 }, (_, index) => index + 1);

/** A consent decision with reasons, and pseudonyms made with Web Crypto's HMAC. */
export async function run(): Promise<unknown> {
  const { parents } = createCallProgram();
  const parent = parents[0]!;
  const consent = createConsent({
    id: 'consent-portability-1',
    legalBasis: 'program-participation-agreement',
    subject: { kind: 'parent', id: parent.id },
    signers: [{ role: 'subject', method: 'written', signedOn: '2026-01-12' }],
    disclosingParties: [],
    recipients: [{ kind: 'role', id: 'caseworker' }],
    categories: ['general-records'],
    purposes: ['case-planning'],
    effectiveFrom: '2026-01-12T10:00:00-06:00',
    statements: [],
  });
  const decision = canDisclose({
    consents: [consent],
    subject: parent.id,
    recipient: { organizationId: 'org-example-county-agency', roles: ['caseworker'] },
    categories: ['program-participation', 'contact-notes', 'substance-use-disorder'],
    purpose: 'case-planning',
    asOf: '2026-03-31T15:00:00-05:00',
  });
  const pseudonymizer = await createPseudonymizer({ key: pseudonymKey });
  const pseudonyms = await pseudonymizer.pseudonymizeMany(
    parents.slice(0, 5).map((record) => record.id),
    { kind: 'parent', purpose: 'evaluation' },
  );
  return {
    decision: JSON.parse(JSON.stringify(decision)),
    pseudonyms: pseudonyms.map((pseudonym) => ({ ...pseudonym })),
    ids: parents.slice(0, 5).map((record) => record.id),
  };
}
