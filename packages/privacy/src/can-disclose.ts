import { toValidationIssues, ValidationError } from '@parent-partner/core';
import * as z from 'zod';
import { type Consent, type ConsentProvision, type Party, TimestampSchema } from './consent';
import { PrivacyError, UnknownCodeError } from './errors';
import {
  GENERAL_RECORDS,
  type InformationCategory,
  type InformationCategoryDefinition,
  type InformationCategoryOptions,
  resolveInformationCategory,
  type SensitivityCode,
} from './information-category';
import { defaultNotices, type NoticeCatalog, type NoticeDefinition } from './notice';
import {
  type Purpose,
  type PurposeDefinition,
  type PurposeOfUseCode,
  type PurposeOptions,
  resolvePurpose,
} from './purpose';

/** Who would receive a disclosure: their organisation, their roles and, where known, the person. */
export interface DisclosureRecipient {
  /** The receiving organisation. */
  readonly organizationId?: string | undefined;
  /** The recipient's roles, for example `caseworker` or `guardian-ad-litem`. */
  readonly roles?: readonly string[] | undefined;
  /** The receiving person. */
  readonly personId?: string | undefined;
}

/** An event that ends consents expiring on it, for example `case-closed`, and when it occurred. */
export interface ConsentEventOccurrence {
  /** Event code, matched against a consent's `expiry.event`. */
  readonly event: string;
  /** When it occurred (ISO timestamp with offset). */
  readonly occurredAt: string;
}

/** A question to {@link canDisclose}: may these categories about this subject go to this recipient for this purpose at `asOf`? */
export interface DisclosureRequest {
  /** The consents on file (only those whose subject matches are considered). */
  readonly consents: readonly Consent[];
  /** Id of the person the information is about. */
  readonly subject: string;
  /** Who would receive it. */
  readonly recipient: DisclosureRecipient;
  /** The information categories to be disclosed. */
  readonly categories: readonly InformationCategory[];
  /** Why. */
  readonly purpose: Purpose;
  /** The instant of the disclosure (ISO timestamp with offset). */
  readonly asOf: string;
  /** Expiry events that have occurred for the subject. */
  readonly events?: readonly ConsentEventOccurrence[] | undefined;
}

/** Options for {@link canDisclose}: program-defined categories, purposes and notice texts. */
export interface CanDiscloseOptions extends InformationCategoryOptions, PurposeOptions {
  /** Notice texts by code, replacing {@link defaultNotices} when given. */
  readonly notices?: NoticeCatalog;
}

/** Stable codes of the reasons a category is denied. */
export type DenialReasonCode =
  | 'no-consent'
  | 'not-yet-effective'
  | 'expired'
  | 'revoked'
  | 'recipient-not-named'
  | 'purpose-not-covered'
  | 'category-not-covered'
  | 'category-needs-explicit-consent'
  | 'legal-basis-insufficient'
  | 'denied-by-provision'
  | 'never-released-by-consent'
  | 'prohibited-purpose';

/** Why a category was denied, with the consent the reason comes from when there is one. */
export interface DenialReason {
  /** Stable machine code. */
  readonly code: DenialReasonCode;
  /** Human-readable explanation (no personal data). */
  readonly message: string;
  /** The consent this reason is about. */
  readonly consentId?: string;
}

/** The decision for one requested category. */
export interface CategoryDecision {
  /** The category. */
  readonly category: InformationCategory;
  /** Permit or deny. */
  readonly decision: 'permit' | 'deny';
  /** Its HL7 sensitivity code, where one exists. */
  readonly sensitivity?: SensitivityCode;
  /** The consents that permit it (empty when denied). */
  readonly consentIds: readonly string[];
  /** Why it was denied (empty when permitted). */
  readonly reasons: readonly DenialReason[];
}

/** A notice that must travel with the disclosure, and the permitted categories that require it. */
export interface RequiredNotice extends NoticeDefinition {
  /** The permitted categories that require this notice. */
  readonly categories: readonly InformationCategory[];
}

/** Something other than a notice that must travel with the disclosure: a copy or clear summary of a consent. */
export interface RequiredAttachment {
  /** What to attach. */
  readonly kind: 'consent-copy';
  /** The consent to copy or summarise. */
  readonly consentId: string;
  /** The permitted categories that require it. */
  readonly categories: readonly InformationCategory[];
}

/** The answer of {@link canDisclose}: a permit or deny per category, with reasons, the exact permitted subset and what must travel with it. */
export interface DisclosureDecision {
  /** `permit` when every requested category is permitted, `deny` when none is, `partial` otherwise. */
  readonly decision: 'permit' | 'partial' | 'deny';
  /** Exactly the permitted categories (minimum necessary: disclose nothing else). */
  readonly permittedCategories: readonly InformationCategory[];
  /** The denied categories. */
  readonly deniedCategories: readonly InformationCategory[];
  /** One decision per requested category, in request order. */
  readonly categories: readonly CategoryDecision[];
  /** Notices that must travel with the disclosure of the permitted categories. */
  readonly notices: readonly RequiredNotice[];
  /** Consent copies that must travel with it. */
  readonly attachments: readonly RequiredAttachment[];
  /** The purpose, and its HL7 PurposeOfUse code. */
  readonly purpose: Purpose;
  /** HL7 v3 PurposeOfUse code of the purpose. */
  readonly purposeOfUse: PurposeOfUseCode;
  /** The subject id the decision is about. */
  readonly subject: string;
  /** The instant the decision holds for. */
  readonly asOf: string;
}

const RequestShapeSchema = z.object({
  subject: z.string().min(1),
  recipient: z.strictObject({
    organizationId: z.string().min(1).optional(),
    roles: z.array(z.string().min(1)).optional(),
    personId: z.string().min(1).optional(),
  }),
  categories: z.array(z.string()).min(1),
  purpose: z.string(),
  asOf: TimestampSchema,
  events: z
    .array(z.strictObject({ event: z.string().min(1), occurredAt: TimestampSchema }))
    .optional(),
});

/** Tells whether a party named in a consent designates this recipient. */
export function matchesRecipient(party: Party, recipient: DisclosureRecipient): boolean {
  if (party.organizationId !== undefined && party.organizationId !== recipient.organizationId)
    return false;
  switch (party.kind) {
    case 'organization':
      return recipient.organizationId === party.id;
    case 'role':
      return recipient.roles?.includes(party.id) === true;
    case 'person':
      return recipient.personId === party.id;
  }
}

type ConsentOutcome =
  | { readonly kind: 'permit' }
  | { readonly kind: 'deny'; readonly reason: DenialReason }
  | { readonly kind: 'not-applicable'; readonly reason: DenialReason };

interface EvaluationContext {
  readonly request: DisclosureRequest;
  readonly asOf: number;
  readonly eventTimes: ReadonlyMap<string, number>;
}

function withinPeriod(period: ConsentProvision['period'], asOf: number): boolean {
  if (period === undefined) return true;
  if (period.start !== undefined && asOf < Date.parse(period.start)) return false;
  return period.end === undefined || asOf < Date.parse(period.end);
}

function provisionMatches(
  provision: ConsentProvision,
  category: string,
  context: EvaluationContext,
): boolean {
  const { request } = context;
  return (
    (provision.categories === undefined ||
      provision.categories.includes(category as InformationCategory)) &&
    (provision.purposes === undefined || provision.purposes.includes(request.purpose)) &&
    (provision.recipients === undefined ||
      namesRecipient(provision.recipients, request.recipient)) &&
    withinPeriod(provision.period, context.asOf)
  );
}

// FHIR R5 semantics: a matching nested provision negates its parent; a deny anywhere on a matching path wins.
function decideProvisions(
  provisions: readonly ConsentProvision[] | undefined,
  inherited: 'permit' | 'deny',
  category: string,
  context: EvaluationContext,
): 'permit' | 'deny' {
  if (provisions === undefined) return inherited;
  let matched = false;
  for (const provision of provisions) {
    if (!provisionMatches(provision, category, context)) continue;
    matched = true;
    if (decideProvisions(provision.provisions, provision.type, category, context) === 'deny')
      return 'deny';
  }
  return matched ? 'permit' : inherited;
}

function namesRecipient(parties: readonly Party[], recipient: DisclosureRecipient): boolean {
  for (const party of parties) if (matchesRecipient(party, recipient)) return true;
  return false;
}

function notApplicable(consent: Consent, code: DenialReasonCode, message: string): ConsentOutcome {
  return { kind: 'not-applicable', reason: { code, message, consentId: consent.id } };
}

function denyCategory(
  definition: InformationCategoryDefinition,
  reasons: readonly DenialReason[],
): CategoryDecision {
  return {
    category: definition.code,
    decision: 'deny',
    ...(definition.sensitivity === undefined ? {} : { sensitivity: definition.sensitivity }),
    consentIds: [],
    reasons,
  };
}

interface ConsentInstants {
  readonly effective: number;
  readonly revoked: number;
  readonly expires: number;
}

// Consents are frozen once created, so their instants are parsed once and remembered.
const instantsCache = new WeakMap<Consent, ConsentInstants>();

function consentInstants(consent: Consent): ConsentInstants {
  let instants = instantsCache.get(consent);
  if (instants === undefined) {
    const expiry = consent.expiry;
    instants = {
      effective: Date.parse(consent.effectiveFrom),
      revoked:
        consent.revocation === undefined
          ? Number.POSITIVE_INFINITY
          : Date.parse(consent.revocation.receivedAt),
      expires:
        expiry !== undefined && (expiry.type === 'date' || expiry.type === 'date-or-event')
          ? Date.parse(expiry.at)
          : Number.POSITIVE_INFINITY,
    };
    if (Object.isFrozen(consent)) instantsCache.set(consent, instants);
  }
  return instants;
}

// Why a consent is not in force at the request's instant, or undefined when it is.
function findTimeReason(consent: Consent, context: EvaluationContext): DenialReason | undefined {
  const { asOf } = context;
  const instants = consentInstants(consent);
  const expiry = consent.expiry;
  const byEvent =
    expiry !== undefined && (expiry.type === 'event' || expiry.type === 'date-or-event')
      ? (context.eventTimes.get(expiry.event) ?? Number.POSITIVE_INFINITY)
      : Number.POSITIVE_INFINITY;
  if (asOf < instants.effective) {
    return {
      code: 'not-yet-effective',
      message: 'the consent is not yet in effect',
      consentId: consent.id,
    };
  }
  if (asOf >= instants.revoked) {
    return {
      code: 'revoked',
      message: 'the consent was revoked before the disclosure',
      consentId: consent.id,
    };
  }
  if (asOf >= Math.min(instants.expires, byEvent)) {
    return { code: 'expired', message: 'the consent had expired', consentId: consent.id };
  }
  return undefined;
}

function evaluateConsent(
  consent: Consent,
  timeReason: DenialReason | undefined,
  definition: InformationCategoryDefinition,
  context: EvaluationContext,
): ConsentOutcome {
  if (timeReason !== undefined) return { kind: 'not-applicable', reason: timeReason };
  const { request } = context;
  const category = definition.code;
  // A deny provision of a consent in force is the subject's explicit restriction: it applies even where the
  // consent's own root would not have permitted the request, so it overrides permits from any other consent.
  if (decideProvisions(consent.provisions, 'permit', category, context) === 'deny') {
    return {
      kind: 'deny',
      reason: {
        code: 'denied-by-provision',
        message: 'a deny provision of the consent applies',
        consentId: consent.id,
      },
    };
  }
  const named = consent.categories.includes(category);
  if (!named) {
    if (consent.categories.includes(GENERAL_RECORDS) && definition.protection !== 'general') {
      return notApplicable(
        consent,
        'category-needs-explicit-consent',
        'a general consent does not cover this specially protected category; it needs a consent that names it',
      );
    }
    if (!consent.categories.includes(GENERAL_RECORDS)) {
      return notApplicable(
        consent,
        'category-not-covered',
        'the consent does not cover this category',
      );
    }
  }
  if (
    definition.requiredLegalBases !== undefined &&
    !definition.requiredLegalBases.includes(consent.legalBasis)
  ) {
    return notApplicable(
      consent,
      'legal-basis-insufficient',
      'this category needs a consent on a different legal basis',
    );
  }
  if (!namesRecipient(consent.recipients, request.recipient)) {
    return notApplicable(
      consent,
      'recipient-not-named',
      'the consent does not name this recipient',
    );
  }
  if (!consent.purposes.includes(request.purpose)) {
    return notApplicable(consent, 'purpose-not-covered', 'the consent does not cover this purpose');
  }
  return { kind: 'permit' };
}

function decideCategory(
  definition: InformationCategoryDefinition,
  purpose: PurposeDefinition,
  consents: readonly Consent[],
  timeReasons: readonly (DenialReason | undefined)[],
  context: EvaluationContext,
): CategoryDecision {
  if (definition.protection === 'never') {
    return denyCategory(definition, [
      {
        code: 'never-released-by-consent',
        message: `this category is never released by consent (${definition.citation})`,
      },
    ]);
  }
  if (definition.neverForReportingOrEvaluation === true && purpose.reportingOrEvaluation) {
    return denyCategory(definition, [
      {
        code: 'prohibited-purpose',
        message: `this category may not be shared for reporting or evaluation, even hashed (${definition.citation})`,
      },
    ]);
  }
  if (consents.length === 0)
    return denyCategory(definition, [
      { code: 'no-consent', message: 'no consent on file for this subject' },
    ]);
  const permits: string[] = [];
  const denials: DenialReason[] = [];
  const other: DenialReason[] = [];
  for (const [index, consent] of consents.entries()) {
    const outcome = evaluateConsent(consent, timeReasons[index], definition, context);
    if (outcome.kind === 'permit') permits.push(consent.id);
    else if (outcome.kind === 'deny') denials.push(outcome.reason);
    else other.push(outcome.reason);
  }
  if (denials.length > 0) return denyCategory(definition, denials);
  if (permits.length > 0) {
    return {
      category: definition.code,
      decision: 'permit',
      ...(definition.sensitivity === undefined ? {} : { sensitivity: definition.sensitivity }),
      consentIds: permits,
      reasons: [],
    };
  }
  return denyCategory(definition, other);
}

/**
 * Decides, category by category, whether information about a subject may go to a recipient for a purpose at an instant.
 *
 * Deny by default; a deny provision in any consent overrides a permit in another; revocation and expiry take effect
 * to the instant; specially protected categories need a consent that names them, and some are never released by consent.
 * A permit lists the notices and consent copies that must travel with the disclosure.
 * Throws {@link UnknownCodeError} for an unknown category or purpose, and a `ValidationError` for a malformed request.
 *
 * @example
 * ```ts
 * const consent = createConsent({
 *   id: 'consent-example-1',
 *   legalBasis: 'part2-consent',
 *   subject: { kind: 'parent', id: 'parent-example-1' },
 *   signers: [{ role: 'subject', method: 'written', signedOn: '2025-01-06' }],
 *   disclosingParties: [{ kind: 'organization', id: 'org-example-treatment' }],
 *   recipients: [{ kind: 'role', id: 'caseworker' }],
 *   categories: ['substance-use-disorder'],
 *   informationDescription: 'Treatment attendance (fictitious example)',
 *   purposes: ['case-planning'],
 *   effectiveFrom: '2025-01-06T09:00:00-06:00',
 *   expiry: { type: 'date', at: '2026-01-06T09:00:00-06:00' },
 *   statements: ['right-to-revoke', 'revocation-procedure', 'reliance-exception'],
 * });
 * const decision = canDisclose({
 *   consents: [consent],
 *   subject: 'parent-example-1',
 *   recipient: { organizationId: 'org-example-agency', roles: ['caseworker'] },
 *   categories: ['substance-use-disorder', 'mental-health'],
 *   purpose: 'case-planning',
 *   asOf: '2025-03-03T10:01:00-06:00',
 * });
 * [decision.decision, decision.permittedCategories, decision.notices.map((notice) => notice.code)];
 * //=> ['partial', ['substance-use-disorder'], ['part2-redisclosure']]
 * ```
 */
export function canDisclose(
  request: DisclosureRequest,
  options: CanDiscloseOptions = {},
): DisclosureDecision {
  const { consents: allConsents, ...rest } = request;
  const shape = RequestShapeSchema.safeParse(rest);
  if (!shape.success) {
    throw new ValidationError('disclosure request', toValidationIssues(shape.error.issues));
  }
  // Consents come from createConsent or parseConsent; only what selecting them needs is checked again here.
  if (
    !Array.isArray(allConsents) ||
    allConsents.some((consent) => typeof consent?.subject?.id !== 'string')
  ) {
    throw new ValidationError('disclosure request', [
      { path: 'consents', code: 'invalid_type', message: 'expected an array of parsed consents' },
    ]);
  }
  const purpose = resolvePurpose(request.purpose, options);
  if (purpose === undefined) throw new UnknownCodeError('purpose', 'purpose');
  const definitions = request.categories.map((code, index) => {
    const definition = resolveInformationCategory(code, options);
    if (definition === undefined)
      throw new UnknownCodeError('information-category', `categories.${index}`);
    return definition;
  });
  const eventTimes = new Map<string, number>();
  for (const occurrence of request.events ?? []) {
    const time = Date.parse(occurrence.occurredAt);
    eventTimes.set(
      occurrence.event,
      Math.min(time, eventTimes.get(occurrence.event) ?? Number.POSITIVE_INFINITY),
    );
  }
  const context: EvaluationContext = { request, asOf: Date.parse(request.asOf), eventTimes };
  const consents = allConsents.filter((consent) => consent.subject.id === request.subject);
  const unique = [
    ...new Map(definitions.map((definition) => [definition.code, definition])).values(),
  ];
  const timeReasons = consents.map((consent) => findTimeReason(consent, context));
  const categories = unique.map((definition) =>
    decideCategory(definition, purpose, consents, timeReasons, context),
  );
  const permitted = categories.filter((item) => item.decision === 'permit');
  const notices = collectNotices(permitted, definitions, options.notices ?? defaultNotices);
  const attachments = collectAttachments(permitted, definitions);
  return {
    decision:
      permitted.length === categories.length
        ? 'permit'
        : permitted.length === 0
          ? 'deny'
          : 'partial',
    permittedCategories: permitted.map((item) => item.category),
    deniedCategories: categories
      .filter((item) => item.decision === 'deny')
      .map((item) => item.category),
    categories,
    notices,
    attachments,
    purpose: request.purpose,
    purposeOfUse: purpose.purposeOfUse,
    subject: request.subject,
    asOf: request.asOf,
  };
}

function definitionOf(
  definitions: readonly InformationCategoryDefinition[],
  category: InformationCategory,
): InformationCategoryDefinition {
  // Every decided category came from `definitions`, so the lookup cannot miss.
  return definitions.find((definition) => definition.code === category)!;
}

function collectNotices(
  permitted: readonly CategoryDecision[],
  definitions: readonly InformationCategoryDefinition[],
  catalog: NoticeCatalog,
): RequiredNotice[] {
  const byCode = new Map<string, InformationCategory[]>();
  for (const item of permitted) {
    for (const code of definitionOf(definitions, item.category).notices) {
      const list = byCode.get(code) ?? [];
      list.push(item.category);
      byCode.set(code, list);
    }
  }
  return [...byCode].map(([code, categories]) => {
    const notice = Object.hasOwn(catalog, code) ? catalog[code] : undefined;
    if (notice === undefined) {
      throw new PrivacyError(
        'INVALID_ARGUMENT',
        'notices: a required notice has no text in the notice catalogue [missing_notice]',
      );
    }
    return { ...notice, categories };
  });
}

function collectAttachments(
  permitted: readonly CategoryDecision[],
  definitions: readonly InformationCategoryDefinition[],
): RequiredAttachment[] {
  const byConsent = new Map<string, InformationCategory[]>();
  for (const item of permitted) {
    if (!definitionOf(definitions, item.category).requiresConsentCopy) continue;
    for (const consentId of item.consentIds) {
      const list = byConsent.get(consentId) ?? [];
      list.push(item.category);
      byConsent.set(consentId, list);
    }
  }
  return [...byConsent].map(([consentId, categories]) => ({
    kind: 'consent-copy',
    consentId,
    categories,
  }));
}
