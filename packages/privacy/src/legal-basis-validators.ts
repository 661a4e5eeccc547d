import type { Consent, ConsentStatement } from './consent';
import type { MissingElement } from './errors';
import type { StandardLegalBasis } from './legal-basis';
import { treatmentPaymentOperationsPurposes } from './purpose';

/** Settings the required-element validators read. */
export interface LegalBasisValidatorContext {
  /** Longest a VAWA release may run, in days ("reasonably time-limited"; a program setting, 365 by default). */
  readonly vawaMaximumDurationDays: number;
}

/** Checks one legal basis's required elements and returns what the consent lacks (empty when complete). */
export type LegalBasisValidator = (
  consent: Consent,
  context: LegalBasisValidatorContext,
) => MissingElement[];

const DAY_MS = 86_400_000;

function missing(path: string, element: string, message: string): MissingElement {
  return { path, element, message };
}

function requireNonEmpty(
  consent: Consent,
  field: 'disclosingParties' | 'recipients' | 'purposes' | 'categories' | 'signers',
  element: string,
  rule: string,
): MissingElement[] {
  return consent[field].length === 0
    ? [missing(field, element, `${rule} requires at least one entry`)]
    : [];
}

function requireDescription(consent: Consent, rule: string): MissingElement[] {
  return consent.informationDescription === undefined
    ? [
        missing(
          'informationDescription',
          'information-description',
          `${rule} requires a specific description of the information to be disclosed`,
        ),
      ]
    : [];
}

function requireStatements(
  consent: Consent,
  statements: readonly ConsentStatement[],
  rule: string,
): MissingElement[] {
  const present = new Set(consent.statements);
  return statements
    .filter((statement) => !present.has(statement))
    .map((statement) =>
      missing('statements', statement, `${rule} requires the statement "${statement}"`),
    );
}

function requireExpiry(consent: Consent, rule: string, allowNone: boolean): MissingElement[] {
  if (consent.expiry === undefined || (consent.expiry.type === 'none' && !allowNone)) {
    return [missing('expiry', 'expiry', `${rule} requires an expiration date or event`)];
  }
  return [];
}

function requireRepresentativeAuthority(consent: Consent, rule: string): MissingElement[] {
  return consent.signers.flatMap((signer, index) =>
    signer.role !== 'subject' && signer.authority === undefined
      ? [
          missing(
            `signers.${index}.authority`,
            'representative-authority',
            `${rule} requires a description of the authority of a representative who signs`,
          ),
        ]
      : [],
  );
}

function requireWrittenSignatures(consent: Consent, rule: string): MissingElement[] {
  return consent.signers.flatMap((signer, index) =>
    signer.method === 'verbal-witnessed'
      ? [
          missing(
            `signers.${index}.method`,
            'written-signature',
            `${rule} requires a written or electronic signature`,
          ),
        ]
      : [],
  );
}

const hipaaAuthorization: LegalBasisValidator = (consent) => {
  const rule = '45 CFR 164.508(c)';
  return [
    ...requireDescription(consent, rule),
    ...requireNonEmpty(consent, 'categories', 'category', rule),
    ...requireNonEmpty(consent, 'disclosingParties', 'disclosing-party', rule),
    ...requireNonEmpty(consent, 'recipients', 'recipient', rule),
    ...requireNonEmpty(consent, 'purposes', 'purpose', rule),
    ...requireExpiry(consent, rule, false),
    ...requireNonEmpty(consent, 'signers', 'signature', rule),
    ...requireRepresentativeAuthority(consent, rule),
    ...requireStatements(consent, ['right-to-revoke', 'conditioning', 'redisclosure-risk'], rule),
  ];
};

const part2Consent: LegalBasisValidator = (consent) => {
  const rule = '42 CFR 2.31';
  const tpoOnly =
    consent.purposes.length > 0 &&
    consent.purposes.every((purpose) =>
      (treatmentPaymentOperationsPurposes as readonly string[]).includes(purpose),
    );
  return [
    ...requireDescription(consent, rule),
    ...requireNonEmpty(consent, 'categories', 'category', rule),
    ...requireNonEmpty(consent, 'disclosingParties', 'disclosing-party', rule),
    ...requireNonEmpty(consent, 'recipients', 'recipient', rule),
    ...requireNonEmpty(consent, 'purposes', 'purpose', rule),
    // "none" and "end of treatment" are accepted only for a single consent for treatment, payment and operations.
    ...requireExpiry(consent, rule, tpoOnly),
    ...requireNonEmpty(consent, 'signers', 'signature', rule),
    ...requireRepresentativeAuthority(consent, rule),
    ...requireStatements(
      consent,
      ['right-to-revoke', 'revocation-procedure', 'reliance-exception'],
      rule,
    ),
    ...(tpoOnly
      ? requireStatements(
          consent,
          ['redisclosure-risk', 'consequences-of-refusal'],
          `${rule} (TPO consent)`,
        )
      : []),
  ];
};

const stateChildWelfareRelease: LegalBasisValidator = (consent) => {
  const rule = 'state child-welfare release (for example Wis. Stat. 48.78(2)(a))';
  return [
    ...requireDescription(consent, rule),
    ...requireNonEmpty(consent, 'categories', 'category', rule),
    ...requireNonEmpty(consent, 'recipients', 'recipient', rule),
    ...requireNonEmpty(consent, 'purposes', 'purpose', rule),
    ...requireNonEmpty(consent, 'signers', 'signature', rule),
    ...requireWrittenSignatures(consent, rule),
  ];
};

const vawaRelease: LegalBasisValidator = (consent, context) => {
  const rule = '34 U.S.C. 12291(b)(2)';
  const found = [
    ...requireDescription(consent, rule),
    ...requireNonEmpty(consent, 'categories', 'category', rule),
    ...requireNonEmpty(consent, 'recipients', 'recipient', rule),
    ...requireNonEmpty(consent, 'purposes', 'purpose', rule),
    ...requireNonEmpty(consent, 'signers', 'signature', rule),
    ...requireWrittenSignatures(consent, rule),
    ...requireStatements(consent, ['right-to-revoke', 'not-condition-of-service'], rule),
  ];
  const expiry = consent.expiry;
  if (expiry === undefined || (expiry.type !== 'date' && expiry.type !== 'date-or-event')) {
    found.push(
      missing(
        'expiry',
        'expiry-date',
        `${rule} requires a reasonably time-limited release with an end date`,
      ),
    );
  } else {
    const days = (Date.parse(expiry.at) - Date.parse(consent.effectiveFrom)) / DAY_MS;
    if (days > context.vawaMaximumDurationDays) {
      found.push(
        missing(
          'expiry.at',
          'time-limit',
          `${rule} release runs longer than the program's limit of ${context.vawaMaximumDurationDays} days`,
        ),
      );
    }
  }
  return found;
};

const programParticipationAgreement: LegalBasisValidator = (consent) => {
  const rule = 'program participation agreement';
  return [
    ...requireNonEmpty(consent, 'categories', 'category', rule),
    ...requireNonEmpty(consent, 'recipients', 'recipient', rule),
    ...requireNonEmpty(consent, 'purposes', 'purpose', rule),
    ...requireNonEmpty(consent, 'signers', 'signature', rule),
  ];
};

/** The required-element validator of each standard legal basis. */
export const legalBasisValidators: Readonly<Record<StandardLegalBasis, LegalBasisValidator>> = {
  'hipaa-authorization': hipaaAuthorization,
  'part2-consent': part2Consent,
  'state-child-welfare-release': stateChildWelfareRelease,
  'vawa-release': vawaRelease,
  'program-participation-agreement': programParticipationAgreement,
};
