import type { ParentId } from '@parent-partner/core';
import {
  type Consent,
  canDisclose,
  createConsent,
  type DisclosureDecision,
} from '@parent-partner/privacy';

/** The consent the demo checks before a disclosure, and the decision `canDisclose` gave. */
export interface DemoConsentCheck {
  /** A general program participation agreement signed by the parent. */
  readonly consent: Consent;
  /** What the agreement permits of a request for the case plan and substance-use information. */
  readonly decision: DisclosureDecision;
}

/**
 * Creates a general participation agreement for a parent (case plan and general records to the caseworker,
 * for case planning) and asks whether the case plan and substance-use treatment information may go to the
 * caseworker: the case plan may, substance-use information may not without a 42 CFR Part 2 consent.
 */
export function checkDemoConsent(parentId: ParentId, asOf: string): DemoConsentCheck {
  const consent = createConsent({
    id: `consent-${parentId}-participation`,
    legalBasis: 'program-participation-agreement',
    subject: { kind: 'parent', id: parentId },
    signers: [{ role: 'subject', method: 'written', signedOn: asOf }],
    disclosingParties: [],
    recipients: [{ kind: 'role', id: 'caseworker' }],
    categories: ['general-records'],
    purposes: ['case-planning', 'mentoring-coordination'],
    effectiveFrom: `${asOf}T09:00:00-05:00`,
    statements: [],
  });
  const decision = canDisclose({
    consents: [consent],
    subject: parentId,
    recipient: { roles: ['caseworker'] },
    categories: ['case-plan', 'substance-use-disorder'],
    purpose: 'case-planning',
    asOf: `${asOf}T10:00:00-05:00`,
  });
  return { consent, decision };
}
