import {
  type SafeResult,
  toValidationIssues,
  ValidationError,
  type ValidationIssue,
} from '@parent-partner/core';
import {
  type Consent,
  type ConsentProvision,
  deepFreeze,
  type Revocation,
  RevocationSchema,
  safeParseConsent,
} from './consent';
import { IncompleteConsentError, type MissingElement, PrivacyError } from './errors';
import {
  GENERAL_RECORDS,
  type InformationCategoryOptions,
  resolveInformationCategory,
} from './information-category';
import { legalBasisDefinitions, type StandardLegalBasis } from './legal-basis';
import { type LegalBasisValidator, legalBasisValidators } from './legal-basis-validators';
import { type PurposeOptions, resolvePurpose } from './purpose';
import { checkSigners, defaultSignerPolicy, type SignerPolicy } from './signer-policy';

/** Options for {@link createConsent}: the jurisdiction's signing rules and any program-defined codes and bases. */
export interface CreateConsentOptions extends InformationCategoryOptions, PurposeOptions {
  /** Who may sign, by jurisdiction; {@link defaultSignerPolicy} when omitted. */
  readonly signerPolicy?: SignerPolicy;
  /** Validators for program-defined `custom:` legal bases (a custom basis without one is refused). */
  readonly validators?: Readonly<Record<string, LegalBasisValidator>>;
  /** Longest a VAWA release may run, in days; 365 when omitted. */
  readonly vawaMaximumDurationDays?: number;
}

/** Lists the required elements a structurally valid consent lacks under its legal basis and the signing rules. */
export function findMissingConsentElements(
  consent: Consent,
  options: CreateConsentOptions = {},
): MissingElement[] {
  const validator = Object.hasOwn(legalBasisValidators, consent.legalBasis)
    ? legalBasisValidators[consent.legalBasis as StandardLegalBasis]
    : options.validators?.[consent.legalBasis];
  if (validator === undefined) {
    return [
      {
        path: 'legalBasis',
        element: 'legal-basis-validator',
        message: 'no validator is registered for this legal basis',
      },
    ];
  }
  return [
    ...validator(consent, { vawaMaximumDurationDays: options.vawaMaximumDurationDays ?? 365 }),
    ...checkSigners(consent, options.signerPolicy ?? defaultSignerPolicy),
  ];
}

function findUnknownCodes(consent: Consent, options: CreateConsentOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const category = (code: string, path: string) => {
    if (code !== GENERAL_RECORDS && resolveInformationCategory(code, options) === undefined) {
      issues.push({ path, code: 'unknown_code', message: 'not a known information category' });
    }
  };
  const purpose = (code: string, path: string) => {
    if (resolvePurpose(code, options) === undefined) {
      issues.push({ path, code: 'unknown_code', message: 'not a known purpose' });
    }
  };
  for (const [index, code] of consent.categories.entries()) category(code, `categories.${index}`);
  for (const [index, code] of consent.purposes.entries()) purpose(code, `purposes.${index}`);
  const walk = (provisions: readonly ConsentProvision[] | undefined, path: string) => {
    provisions?.forEach((provision, index) => {
      const here = `${path}.${index}`;
      for (const [inner, code] of (provision.categories ?? []).entries()) {
        category(code, `${here}.categories.${inner}`);
      }
      for (const [inner, code] of (provision.purposes ?? []).entries()) {
        purpose(code, `${here}.purposes.${inner}`);
      }
      walk(provision.provisions, `${here}.provisions`);
    });
  };
  walk(consent.provisions, 'provisions');
  const expiry = consent.expiry;
  if (
    expiry !== undefined &&
    (expiry.type === 'date' || expiry.type === 'date-or-event') &&
    Date.parse(expiry.at) <= Date.parse(consent.effectiveFrom)
  ) {
    issues.push({
      path: 'expiry.at',
      code: 'invalid_period',
      message: 'expiry must be after effectiveFrom',
    });
  }
  return issues;
}

/**
 * Validates a new consent: its structure, its codes, its legal basis's required elements and who signed it.
 *
 * Returns a deeply frozen record; an incomplete consent is refused with an {@link IncompleteConsentError} listing what it lacks.
 *
 * @example
 * ```ts
 * const consent = createConsent({
 *   id: 'consent-example-1',
 *   legalBasis: 'program-participation-agreement',
 *   subject: { kind: 'parent', id: 'parent-example-1' },
 *   signers: [{ role: 'subject', method: 'written', signedOn: '2025-01-06' }],
 *   disclosingParties: [],
 *   recipients: [{ kind: 'role', id: 'caseworker' }],
 *   categories: ['general-records'],
 *   purposes: ['mentoring-coordination'],
 *   effectiveFrom: '2025-01-06T09:00:00-06:00',
 *   statements: [],
 * });
 * Object.isFrozen(consent);
 * //=> true
 * ```
 */
export function createConsent(input: unknown, options: CreateConsentOptions = {}): Consent {
  const result = safeCreateConsent(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/** Like {@link createConsent}, but returns a result instead of throwing. */
export function safeCreateConsent(
  input: unknown,
  options: CreateConsentOptions = {},
): SafeResult<Consent> {
  const parsed = safeParseConsent(input);
  if (!parsed.success) return parsed;
  const consent = parsed.data;
  const unknown = findUnknownCodes(consent, options);
  if (unknown.length > 0) return { success: false, error: new ValidationError('consent', unknown) };
  if (consent.revocation !== undefined) {
    return {
      success: false,
      error: new ValidationError('consent', [
        {
          path: 'revocation',
          code: 'not_allowed',
          message: 'a new consent cannot carry a revocation; use revokeConsent',
        },
      ]),
    };
  }
  const missing = findMissingConsentElements(consent, options);
  if (missing.length > 0) return { success: false, error: new IncompleteConsentError(missing) };
  return { success: true, data: consent };
}

/**
 * Appends a revocation to a consent and returns the revoked copy; the original record is never edited.
 *
 * HIPAA authorizations and Part 2 consents accept only written (or electronic) revocations; a consent is revoked once.
 */
export function revokeConsent(consent: Consent, revocation: Revocation): Consent {
  const parsed = RevocationSchema.safeParse(revocation);
  if (!parsed.success)
    throw new ValidationError('revocation', toValidationIssues(parsed.error.issues));
  if (consent.revocation !== undefined) {
    throw new PrivacyError(
      'INVALID_ARGUMENT',
      'revocation: the consent is already revoked [already_revoked]',
    );
  }
  const basis = Object.hasOwn(legalBasisDefinitions, consent.legalBasis)
    ? legalBasisDefinitions[consent.legalBasis as StandardLegalBasis]
    : undefined;
  if (basis?.revocationMustBeWritten === true && parsed.data.method === 'verbal') {
    throw new ValidationError('revocation', [
      {
        path: 'method',
        code: 'written_required',
        message: `${basis.citation} requires a written revocation`,
      },
    ]);
  }
  return deepFreeze({ ...structuredClone(consent), revocation: parsed.data });
}
