import type { Consent } from './consent';
import type { MissingElement } from './errors';
import type { LegalBasis } from './legal-basis';

/** Who may sign a release for a subject of a given age under one legal basis. */
export interface SigningRule {
  /** The age from which a minor subject may sign alone (a parent or guardian may still sign for them). */
  readonly selfConsentAge: number;
  /** When true, a minor subject and a parent or guardian must both sign (VAWA: 34 U.S.C. 12291(b)(2)(B)(ii)). */
  readonly minorAndParentMustBothSign?: boolean;
}

/** The who-may-sign rules of one jurisdiction: an age of majority, a default rule and per-basis rules. */
export interface SignerPolicy {
  /** Jurisdiction code, for example `US` or `US-WI`. */
  readonly jurisdiction: string;
  /** Age of majority. */
  readonly adultAge: number;
  /** The rule for legal bases without their own. */
  readonly defaultRule: SigningRule;
  /** Rules for particular legal bases. */
  readonly rules: Readonly<Partial<Record<LegalBasis, SigningRule>>>;
}

/** The federal baseline: adults sign for themselves; minors need a parent or guardian; a VAWA release for a minor needs both. */
export const defaultSignerPolicy: SignerPolicy = {
  jurisdiction: 'US',
  adultAge: 18,
  defaultRule: { selfConsentAge: 18 },
  rules: { 'vawa-release': { selfConsentAge: 18, minorAndParentMustBothSign: true } },
};

/** Wisconsin: a child aged 14 or older may release their own child-welfare records (Wis. Stat. 48.78(2)(a)); VAWA still needs both signatures. */
export const wisconsinSignerPolicy: SignerPolicy = {
  jurisdiction: 'US-WI',
  adultAge: 18,
  defaultRule: { selfConsentAge: 18 },
  rules: {
    'state-child-welfare-release': { selfConsentAge: 14 },
    'vawa-release': { selfConsentAge: 18, minorAndParentMustBothSign: true },
  },
};

/** Checks a consent's signers against a jurisdiction's who-may-sign rules and lists what is missing. */
export function checkSigners(
  consent: Consent,
  policy: SignerPolicy = defaultSignerPolicy,
): MissingElement[] {
  const rule = policy.rules[consent.legalBasis] ?? policy.defaultRule;
  // A subject without a recorded age is treated as an adult: parents are usually adults, and a program
  // that serves minor parents records `ageAtSigning` so the stricter rules apply.
  const age = consent.subject.ageAtSigning ?? policy.adultAge;
  const roles = new Set(consent.signers.map((signer) => signer.role));
  const subjectSigned = roles.has('subject');
  const parentSigned = roles.has('parent-of-subject') || roles.has('guardian');
  const representativeSigned = parentSigned || roles.has('legal-representative');
  const missing: MissingElement[] = [];
  if (age >= policy.adultAge) {
    if (!subjectSigned && !representativeSigned) {
      missing.push({
        path: 'signers',
        element: 'subject-signature',
        message: 'an adult subject or their legal representative must sign',
      });
    }
    return missing;
  }
  if (rule.minorAndParentMustBothSign === true) {
    if (!subjectSigned) {
      missing.push({
        path: 'signers',
        element: 'subject-signature',
        message: `under ${policy.jurisdiction} rules a minor subject must sign this release as well as a parent or guardian`,
      });
    }
    if (!parentSigned) {
      missing.push({
        path: 'signers',
        element: 'parent-signature',
        message: `under ${policy.jurisdiction} rules a parent or guardian must sign this release as well as the minor`,
      });
    }
    return missing;
  }
  const subjectMaySignAlone = age >= rule.selfConsentAge;
  if (!parentSigned && !(subjectMaySignAlone && subjectSigned)) {
    missing.push({
      path: 'signers',
      element: 'parent-signature',
      message: subjectMaySignAlone
        ? 'the subject or a parent or guardian must sign'
        : `under ${policy.jurisdiction} rules a parent or guardian must sign for a subject below the age of ${rule.selfConsentAge}`,
    });
  }
  return missing;
}
