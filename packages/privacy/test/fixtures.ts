import type { Consent } from '../src/consent';
import { parseConsent } from '../src/consent';
import type { DisclosureInput } from '../src/disclosure-log';

/** A complete Part 2 consent for a fictitious parent, releasing SUD records to caseworkers for case planning. */
export const part2ConsentInput = {
  id: 'consent-example-part2',
  legalBasis: 'part2-consent',
  subject: { kind: 'parent', id: 'parent-example-1' },
  signers: [{ role: 'subject', method: 'written', signedOn: '2025-01-06' }],
  disclosingParties: [{ kind: 'organization', id: 'org-example-treatment' }],
  recipients: [{ kind: 'role', id: 'caseworker', organizationId: 'org-example-agency' }],
  categories: ['substance-use-disorder'],
  informationDescription: 'Attendance and progress in outpatient treatment, fictitious example',
  purposes: ['case-planning'],
  effectiveFrom: '2025-01-06T09:00:00-06:00',
  expiry: { type: 'date', at: '2026-01-06T09:00:00-06:00' },
  statements: ['right-to-revoke', 'revocation-procedure', 'reliance-exception'],
} as const;

/** A complete HIPAA authorization for a fictitious parent. */
export const hipaaAuthorizationInput = {
  id: 'consent-example-hipaa',
  legalBasis: 'hipaa-authorization',
  subject: { kind: 'parent', id: 'parent-example-1' },
  signers: [{ role: 'subject', method: 'electronic', signedOn: '2025-01-06' }],
  disclosingParties: [{ kind: 'organization', id: 'org-example-clinic' }],
  recipients: [{ kind: 'organization', id: 'org-example-program' }],
  categories: ['mental-health'],
  informationDescription: 'Therapy attendance dates, fictitious example',
  purposes: ['mentoring-coordination'],
  effectiveFrom: '2025-01-06T09:00:00-06:00',
  expiry: { type: 'date', at: '2026-01-06T09:00:00-06:00' },
  statements: ['right-to-revoke', 'conditioning', 'redisclosure-risk'],
} as const;

/** A general program participation agreement: general records to caseworkers and the program, for coordination. */
export const generalConsentInput = {
  id: 'consent-example-general',
  legalBasis: 'program-participation-agreement',
  subject: { kind: 'parent', id: 'parent-example-1' },
  signers: [{ role: 'subject', method: 'written', signedOn: '2025-01-06' }],
  disclosingParties: [],
  recipients: [{ kind: 'role', id: 'caseworker' }],
  categories: ['general-records'],
  purposes: ['case-planning', 'mentoring-coordination', 'evaluation'],
  effectiveFrom: '2025-01-06T09:00:00-06:00',
  statements: [],
} as const;

/** Parses a fixture, with overrides, into a consent record (structure only). */
export function makeConsent(base: object, overrides: Record<string, unknown> = {}): Consent {
  return parseConsent({ ...structuredClone(base), ...overrides });
}

/** A recipient who is a caseworker at the fictitious agency. */
export const caseworker = { organizationId: 'org-example-agency', roles: ['caseworker'] } as const;

/** A fictitious disclosure to a court. */
export const disclosure = {
  disclosedAt: '2025-03-03T10:01:00-06:00',
  subjectId: 'parent-example-1',
  recipient: {
    name: 'Example County Court',
    id: 'org-example-court',
    address: '1 Example Plaza, Exampleville',
  },
  categories: ['program-participation', 'contact-notes'],
  description: 'Attendance summary for the review hearing',
  purpose: 'court',
  legalBasis: { type: 'exception', exception: 'court-order', reference: 'order-example-7' },
  disclosedBy: { id: 'staff-example-1', role: 'coordinator' },
} as const satisfies DisclosureInput;
