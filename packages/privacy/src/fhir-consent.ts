import type { Consent, ConsentProvision, Party } from './consent';
import {
  type ConsentCategory,
  GENERAL_RECORDS,
  type InformationCategoryOptions,
  resolveInformationCategory,
} from './information-category';
import { legalBasisDefinitions, type StandardLegalBasis } from './legal-basis';
import { type Purpose, type PurposeOptions, resolvePurpose } from './purpose';

/** A FHIR `Coding`. */
export interface FhirCoding {
  /** Code system URI. */
  readonly system: string;
  /** The code. */
  readonly code: string;
  /** Human-readable display. */
  readonly display?: string;
}

/** A FHIR `CodeableConcept`. */
export interface FhirCodeableConcept {
  /** Codings for the concept. */
  readonly coding: readonly FhirCoding[];
  /** Plain text. */
  readonly text?: string;
}

/** A FHIR `Reference`: a literal reference, or a logical one by identifier. */
export interface FhirReference {
  /** Literal reference, for example `Organization/org-1`. */
  readonly reference?: string;
  /** Resource type of the target. */
  readonly type?: string;
  /** Logical reference. */
  readonly identifier?: { readonly system: string; readonly value: string };
  /** Text alternative. */
  readonly display?: string;
}

/** A FHIR `Period`. */
export interface FhirPeriod {
  /** Start, inclusive. */
  readonly start?: string;
  /** End. */
  readonly end?: string;
}

/** A FHIR `Consent.provision.actor`. */
export interface FhirConsentActor {
  /** How the actor is involved (information recipient). */
  readonly role: FhirCodeableConcept;
  /** Who. */
  readonly reference: FhirReference;
}

/** A FHIR R5 `Consent.provision`: nested provisions negate the level above. */
export interface FhirConsentProvisionR5 {
  /** When the provision applies. */
  readonly period?: FhirPeriod;
  /** Who it applies to. */
  readonly actor?: readonly FhirConsentActor[];
  /** Security labels (HL7 sensitivity codes) of the data it applies to. */
  readonly securityLabel?: readonly FhirCoding[];
  /** Purposes of use (HL7 PurposeOfUse); an operation must carry every listed purpose, so each provision lists one. */
  readonly purpose?: readonly FhirCoding[];
  /** Information categories it applies to. */
  readonly code?: readonly FhirCodeableConcept[];
  /** Exceptions to this provision. */
  readonly provision?: readonly FhirConsentProvisionR5[];
}

/** A FHIR R5 `Consent` resource. */
export interface FhirConsentR5 {
  /** Always `Consent`. */
  readonly resourceType: 'Consent';
  /** Logical id (the consent id). */
  readonly id: string;
  /** `active`, or `inactive` once revoked or expired. */
  readonly status: 'active' | 'inactive';
  /** Kind of consent: a release of information (LOINC 64292-6). */
  readonly category: readonly FhirCodeableConcept[];
  /** The person the consent is about. */
  readonly subject: FhirReference;
  /** Date signed. */
  readonly date?: string;
  /** When the consent is in force. */
  readonly period: FhirPeriod;
  /** Who granted it: the subject and anyone signing for them. */
  readonly grantor: readonly FhirReference[];
  /** Named recipients (organisations and persons; roles are actors in the provision). */
  readonly grantee?: readonly FhirReference[];
  /** Disclosing organisations. */
  readonly controller?: readonly FhirReference[];
  /** The legal basis. */
  readonly regulatoryBasis: readonly FhirCodeableConcept[];
  /** Default decision: `deny`, to which the provisions are exceptions. */
  readonly decision: 'deny';
  /** The permitted scope, one permit provision per purpose, with nested deny exceptions. */
  readonly provision: readonly FhirConsentProvisionR5[];
}

/** A FHIR R4 `Consent.provision`, with an explicit `type` at every level. */
export interface FhirConsentProvisionR4 {
  /** Permit or deny. */
  readonly type: 'permit' | 'deny';
  /** When the provision applies. */
  readonly period?: FhirPeriod;
  /** Who it applies to. */
  readonly actor?: readonly FhirConsentActor[];
  /** Security labels (HL7 sensitivity codes) of the data it applies to. */
  readonly securityLabel?: readonly FhirCoding[];
  /** Purposes of use (HL7 PurposeOfUse). */
  readonly purpose?: readonly FhirCoding[];
  /** Information categories it applies to. */
  readonly code?: readonly FhirCodeableConcept[];
  /** Nested provisions. */
  readonly provision?: readonly FhirConsentProvisionR4[];
}

/** A FHIR R4 `Consent` resource. */
export interface FhirConsentR4 {
  /** Always `Consent`. */
  readonly resourceType: 'Consent';
  /** Logical id (the consent id). */
  readonly id: string;
  /** `active`, or `inactive` once revoked or expired. */
  readonly status: 'active' | 'inactive';
  /** Always patient privacy. */
  readonly scope: FhirCodeableConcept;
  /** Kind of consent: a release of information (LOINC 64292-6). */
  readonly category: readonly FhirCodeableConcept[];
  /** The person the consent is about. */
  readonly patient: FhirReference;
  /** Date signed. */
  readonly dateTime?: string;
  /** Who granted it. */
  readonly performer: readonly FhirReference[];
  /** Disclosing organisations (custodians). */
  readonly organization?: readonly FhirReference[];
  /** The legal basis. */
  readonly policyRule: FhirCodeableConcept;
  /** Root provision: `deny` by default, with the consent's period, and nested permits per purpose. */
  readonly provision: FhirConsentProvisionR4;
}

/** Options for {@link toFhirConsent} and {@link toFhirConsentR4}. */
export interface FhirConsentOptions extends InformationCategoryOptions, PurposeOptions {
  /** When given, a consent expired at this instant is exported as `inactive`. */
  readonly asOf?: string;
  /** FHIR resource type for the subject reference; `Patient` by default. */
  readonly subjectResourceType?: string;
}

/** Code system of this package's information categories. */
export const INFORMATION_CATEGORY_SYSTEM = 'urn:parent-partner:information-category';
/** Code system of this package's legal bases. */
export const LEGAL_BASIS_SYSTEM = 'urn:parent-partner:legal-basis';
const ROLE_SYSTEM = 'urn:parent-partner:role';
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
const RECIPIENT_ROLE: FhirCodeableConcept = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
      code: 'IRCP',
      display: 'information recipient',
    },
  ],
};
const RELEASE_CATEGORY: FhirCodeableConcept = {
  coding: [
    { system: 'http://loinc.org', code: '64292-6', display: 'Release of information consent' },
  ],
};
const HL7_LEGAL_BASIS: Partial<Record<StandardLegalBasis, string>> = {
  'hipaa-authorization': 'HIPAAAuth',
  'part2-consent': '42CFRPart2',
};

function partyReference(party: Party): FhirReference {
  const label = party.label === undefined ? {} : { display: party.label };
  switch (party.kind) {
    case 'organization':
      return { reference: `Organization/${party.id}`, ...label };
    case 'person':
      return { reference: `RelatedPerson/${party.id}`, ...label };
    case 'role':
      return {
        type: 'PractitionerRole',
        identifier: { system: ROLE_SYSTEM, value: party.id },
        ...label,
      };
  }
}

function categoryCodes(categories: readonly ConsentCategory[], options: FhirConsentOptions) {
  const codes: FhirCodeableConcept[] = [];
  const labels: FhirCoding[] = [];
  for (const category of categories) {
    if (category === GENERAL_RECORDS) {
      codes.push({ coding: [{ system: INFORMATION_CATEGORY_SYSTEM, code: GENERAL_RECORDS }] });
      continue;
    }
    const definition = resolveInformationCategory(category, options);
    codes.push({
      coding: [
        {
          system: INFORMATION_CATEGORY_SYSTEM,
          code: category,
          ...(definition ? { display: definition.label } : {}),
        },
      ],
    });
    const sensitivity = definition?.sensitivity;
    if (sensitivity !== undefined && !labels.some((label) => label.code === sensitivity)) {
      labels.push({ system: ACT_CODE, code: sensitivity });
    }
  }
  return { codes, labels };
}

function purposeCoding(purpose: Purpose, options: FhirConsentOptions): FhirCoding {
  const definition = resolvePurpose(purpose, options);
  return definition === undefined
    ? { system: 'urn:parent-partner:purpose', code: purpose }
    : { system: ACT_REASON, code: definition.purposeOfUse, display: definition.label };
}

interface ScopeParts {
  readonly period?: FhirPeriod;
  readonly actor?: readonly FhirConsentActor[];
  readonly securityLabel?: readonly FhirCoding[];
  readonly code?: readonly FhirCodeableConcept[];
}

function scopeParts(
  scope: {
    readonly recipients?: readonly Party[] | undefined;
    readonly categories?: readonly ConsentCategory[] | undefined;
    readonly period?:
      | { readonly start?: string | undefined; readonly end?: string | undefined }
      | undefined;
  },
  options: FhirConsentOptions,
): ScopeParts {
  const parts: { -readonly [K in keyof ScopeParts]: ScopeParts[K] } = {};
  if (scope.period !== undefined) {
    parts.period = {
      ...(scope.period.start === undefined ? {} : { start: scope.period.start }),
      ...(scope.period.end === undefined ? {} : { end: scope.period.end }),
    };
  }
  if (scope.recipients !== undefined && scope.recipients.length > 0) {
    parts.actor = scope.recipients.map((party) => ({
      role: RECIPIENT_ROLE,
      reference: partyReference(party),
    }));
  }
  if (scope.categories !== undefined && scope.categories.length > 0) {
    const { codes, labels } = categoryCodes(scope.categories, options);
    parts.code = codes;
    if (labels.length > 0) parts.securityLabel = labels;
  }
  return parts;
}

function nestedR5(
  provisions: readonly ConsentProvision[] | undefined,
  options: FhirConsentOptions,
): FhirConsentProvisionR5[] {
  return (provisions ?? []).flatMap((provision) => {
    const base = scopeParts(provision, options);
    const children = nestedR5(provision.provisions, options);
    const withChildren = children.length > 0 ? { provision: children } : {};
    // FHIR: every listed purpose must be carried by the operation, so several purposes become sibling provisions.
    const purposes = provision.purposes ?? [undefined];
    return purposes.map((purpose) => ({
      ...base,
      ...(purpose === undefined ? {} : { purpose: [purposeCoding(purpose, options)] }),
      ...withChildren,
    }));
  });
}

function nestedR4(
  provisions: readonly ConsentProvision[] | undefined,
  options: FhirConsentOptions,
): FhirConsentProvisionR4[] {
  return (provisions ?? []).flatMap((provision) => {
    const base = scopeParts(provision, options);
    const children = nestedR4(provision.provisions, options);
    const withChildren = children.length > 0 ? { provision: children } : {};
    const purposes = provision.purposes ?? [undefined];
    return purposes.map((purpose) => ({
      type: provision.type,
      ...base,
      ...(purpose === undefined ? {} : { purpose: [purposeCoding(purpose, options)] }),
      ...withChildren,
    }));
  });
}

function consentStatus(consent: Consent, options: FhirConsentOptions): 'active' | 'inactive' {
  if (consent.revocation !== undefined) return 'inactive';
  const expiry = consent.expiry;
  if (
    options.asOf !== undefined &&
    expiry !== undefined &&
    (expiry.type === 'date' || expiry.type === 'date-or-event') &&
    Date.parse(options.asOf) >= Date.parse(expiry.at)
  ) {
    return 'inactive';
  }
  return 'active';
}

function consentPeriod(consent: Consent): FhirPeriod {
  const expiry = consent.expiry;
  const end = expiry?.type === 'date' || expiry?.type === 'date-or-event' ? expiry.at : undefined;
  const revokedAt = consent.revocation?.receivedAt;
  const ends = [end, revokedAt].filter((value): value is string => value !== undefined);
  const earliest = ends.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return { start: consent.effectiveFrom, ...(earliest === undefined ? {} : { end: earliest }) };
}

function legalBasisConcept(consent: Consent): FhirCodeableConcept {
  const standard = Object.hasOwn(legalBasisDefinitions, consent.legalBasis)
    ? legalBasisDefinitions[consent.legalBasis as StandardLegalBasis]
    : undefined;
  const hl7 = standard === undefined ? undefined : HL7_LEGAL_BASIS[standard.code];
  return {
    coding: [
      {
        system: LEGAL_BASIS_SYSTEM,
        code: consent.legalBasis,
        ...(standard ? { display: standard.label } : {}),
      },
      ...(hl7 === undefined ? [] : [{ system: ACT_CODE, code: hl7 }]),
    ],
    ...(standard ? { text: standard.citation } : {}),
  };
}

function grantors(consent: Consent, subject: FhirReference): FhirReference[] {
  return [
    subject,
    ...consent.signers
      .filter((signer) => signer.role !== 'subject' && signer.personId !== undefined)
      .map((signer) => ({ reference: `RelatedPerson/${signer.personId}` })),
  ];
}

function latestSignature(consent: Consent): string | undefined {
  return consent.signers
    .map((signer) => signer.signedOn)
    .sort()
    .at(-1);
}

function permitScope(consent: Consent, options: FhirConsentOptions): ScopeParts {
  return scopeParts({ recipients: consent.recipients, categories: consent.categories }, options);
}

/**
 * Exports a consent as a FHIR R5 `Consent`: default decision `deny`, one permit provision per purpose for the consented
 * scope, and the consent's nested exceptions inside it, each level negating the one above.
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
 *   categories: ['case-plan'],
 *   purposes: ['case-planning'],
 *   effectiveFrom: '2025-01-06T09:00:00-06:00',
 *   statements: [],
 * });
 * const resource = toFhirConsent(consent);
 * [resource.decision, resource.provision[0]?.purpose?.[0]?.code, resource.provision[0]?.securityLabel?.[0]?.code];
 * //=> ['deny', 'CAREMGT', 'SOC']
 * ```
 */
export function toFhirConsent(consent: Consent, options: FhirConsentOptions = {}): FhirConsentR5 {
  const subject = {
    reference: `${options.subjectResourceType ?? 'Patient'}/${consent.subject.id}`,
  };
  const grantees = consent.recipients.filter((party) => party.kind !== 'role').map(partyReference);
  const controllers = consent.disclosingParties
    .filter((party) => party.kind === 'organization')
    .map(partyReference);
  const scope = permitScope(consent, options);
  const children = nestedR5(consent.provisions, options);
  const date = latestSignature(consent);
  return {
    resourceType: 'Consent',
    id: consent.id,
    status: consentStatus(consent, options),
    category: [RELEASE_CATEGORY],
    subject,
    ...(date === undefined ? {} : { date }),
    period: consentPeriod(consent),
    grantor: grantors(consent, subject),
    ...(grantees.length > 0 ? { grantee: grantees } : {}),
    ...(controllers.length > 0 ? { controller: controllers } : {}),
    regulatoryBasis: [legalBasisConcept(consent)],
    decision: 'deny',
    provision: consent.purposes.map((purpose) => ({
      ...scope,
      purpose: [purposeCoding(purpose, options)],
      ...(children.length > 0 ? { provision: children } : {}),
    })),
  };
}

/** Exports a consent as a FHIR R4 `Consent`: a root `deny` provision over the consent period with a nested permit per purpose. */
export function toFhirConsentR4(consent: Consent, options: FhirConsentOptions = {}): FhirConsentR4 {
  const patient = {
    reference: `${options.subjectResourceType ?? 'Patient'}/${consent.subject.id}`,
  };
  const organizations = consent.disclosingParties
    .filter((party) => party.kind === 'organization')
    .map(partyReference);
  const scope = permitScope(consent, options);
  const children = nestedR4(consent.provisions, options);
  const date = latestSignature(consent);
  return {
    resourceType: 'Consent',
    id: consent.id,
    status: consentStatus(consent, options),
    scope: {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' },
      ],
    },
    category: [RELEASE_CATEGORY],
    patient,
    ...(date === undefined ? {} : { dateTime: date }),
    performer: grantors(consent, patient),
    ...(organizations.length > 0 ? { organization: organizations } : {}),
    policyRule: legalBasisConcept(consent),
    provision: {
      type: 'deny',
      period: consentPeriod(consent),
      provision: consent.purposes.map((purpose) => ({
        type: 'permit' as const,
        ...scope,
        purpose: [purposeCoding(purpose, options)],
        ...(children.length > 0 ? { provision: children } : {}),
      })),
    },
  };
}
