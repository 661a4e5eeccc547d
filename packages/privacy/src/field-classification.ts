import { isRecordKind, type RecordKind } from '@parent-partner/core';
import { UnknownCodeError } from './errors';
import type { InformationCategory } from './information-category';

/** How a field can identify someone or expose something: the four tags of the classification. */
export type FieldTag = 'direct-identifier' | 'quasi-identifier' | 'sensitive' | 'free-text';

/** The 18 kinds of identifier HIPAA Safe Harbor removes (45 CFR 164.514(b)(2)(i)). */
export type SafeHarborIdentifierKind =
  | 'names'
  | 'geographic-subdivisions'
  | 'dates'
  | 'telephone-numbers'
  | 'fax-numbers'
  | 'email-addresses'
  | 'social-security-numbers'
  | 'medical-record-numbers'
  | 'health-plan-numbers'
  | 'account-numbers'
  | 'license-numbers'
  | 'vehicle-identifiers'
  | 'device-identifiers'
  | 'urls'
  | 'ip-addresses'
  | 'biometric-identifiers'
  | 'full-face-photographs'
  | 'other-unique-identifiers';

/**
 * What Safe Harbor de-identification does to a field: `remove` it, keep only the `year` of a date, keep a birth date's
 * year unless it reveals an age over 89 (`birth-date`), cut a ZIP code to 3 digits (`zip3`), collapse an `age` over 89,
 * or `keep` it.
 */
export type SafeHarborTreatment = 'remove' | 'year' | 'birth-date' | 'zip3' | 'age' | 'keep';

/** The classification of one leaf field of a core record. */
export interface FieldClassification {
  /** Dotted path, with `[]` for the elements of an array of objects, for example `children[].birthDate`. */
  readonly path: string;
  /** Its tags (empty for fields that neither identify nor expose anyone). */
  readonly tags: readonly FieldTag[];
  /** The information categories the field belongs to: every one must be permitted for `redactRecord` to keep it. */
  readonly categories: readonly InformationCategory[];
  /** For an array of codes: extra categories a value needs, by code (for example `substance_use` needs `substance-use-disorder`). */
  readonly valueCategories?: Readonly<Record<string, readonly InformationCategory[]>>;
  /** When the record's flag at `path` is true, the field also needs `categories` (an address held by an address-confidentiality program). */
  readonly confidentialWhen?: {
    readonly path: string;
    readonly categories: readonly InformationCategory[];
  };
  /** Which Safe Harbor identifier kind the field is, if any. */
  readonly identifierKind?: SafeHarborIdentifierKind;
  /** What Safe Harbor de-identification does with it. */
  readonly safeHarbor: SafeHarborTreatment;
}

interface FieldOptions {
  readonly tags?: readonly FieldTag[];
  readonly categories?: readonly InformationCategory[];
  readonly valueCategories?: FieldClassification['valueCategories'];
  readonly confidentialWhen?: FieldClassification['confidentialWhen'];
  readonly identifierKind?: SafeHarborIdentifierKind;
  readonly safeHarbor?: SafeHarborTreatment;
}

const DEFAULT_CATEGORIES: readonly InformationCategory[] = ['program-participation'];

function field(path: string, options: FieldOptions = {}): FieldClassification {
  const tags = options.tags ?? [];
  return Object.freeze({
    path,
    tags,
    categories: options.categories ?? DEFAULT_CATEGORIES,
    ...(options.valueCategories ? { valueCategories: options.valueCategories } : {}),
    ...(options.confidentialWhen ? { confidentialWhen: options.confidentialWhen } : {}),
    ...(options.identifierKind ? { identifierKind: options.identifierKind } : {}),
    // Direct identifiers and free text are removed unless told otherwise: free text can hold any identifier.
    safeHarbor:
      options.safeHarbor ??
      (tags.includes('direct-identifier') || tags.includes('free-text') ? 'remove' : 'keep'),
  });
}

const id = (path: string, categories?: readonly InformationCategory[]) =>
  field(path, {
    tags: ['direct-identifier'],
    identifierKind: 'other-unique-identifiers',
    ...(categories ? { categories } : {}),
  });
const date = (path: string, options: FieldOptions = {}) =>
  field(path, {
    tags: ['quasi-identifier'],
    identifierKind: 'dates',
    safeHarbor: 'year',
    ...options,
  });
const county = (path: string) =>
  field(path, {
    tags: ['quasi-identifier'],
    identifierKind: 'geographic-subdivisions',
    safeHarbor: 'remove',
  });
const plain = (path: string, options: FieldOptions = {}) => field(path, options);

const confidentialAddress = {
  path: 'address.confidential',
  categories: ['address-confidentiality-address'],
} as const satisfies FieldClassification['confidentialWhen'];

const livedExperienceValues = {
  substance_use: ['substance-use-disorder'],
  mental_health: ['mental-health'],
  // Conservative: a survivor's history travels only under a VAWA release.
  domestic_violence: ['domestic-violence-location'],
} as const satisfies FieldClassification['valueCategories'];

const personFields: readonly FieldClassification[] = [
  field('name.given', { tags: ['direct-identifier'], identifierKind: 'names' }),
  field('name.family', { tags: ['direct-identifier'], identifierKind: 'names' }),
  field('name.preferred', { tags: ['direct-identifier'], identifierKind: 'names' }),
  plain('pronouns', { tags: ['quasi-identifier'] }),
  plain('genderIdentity', { tags: ['quasi-identifier'] }),
  date('dateOfBirth', { safeHarbor: 'birth-date' }),
  plain('languages', { tags: ['quasi-identifier'] }),
  plain('interpreterNeeded', { tags: ['quasi-identifier'] }),
  plain('raceEthnicity', { tags: ['quasi-identifier', 'sensitive'] }),
  plain('tribalAffiliation.status', { tags: ['quasi-identifier', 'sensitive'] }),
  plain('tribalAffiliation.tribes', { tags: ['quasi-identifier', 'sensitive'] }),
  plain('tribalAffiliation.icwaApplies', {
    tags: ['quasi-identifier', 'sensitive'],
    categories: ['case-plan'],
  }),
  plain('contactPoints[].system'),
  field('contactPoints[].value', {
    tags: ['direct-identifier'],
    identifierKind: 'telephone-numbers',
  }),
  plain('contactPoints[].preferred'),
  plain('contactPoints[].safeToUse', { tags: ['sensitive'] }),
  field('address.line1', {
    tags: ['direct-identifier'],
    identifierKind: 'geographic-subdivisions',
    confidentialWhen: confidentialAddress,
  }),
  field('address.line2', {
    tags: ['direct-identifier'],
    identifierKind: 'geographic-subdivisions',
    confidentialWhen: confidentialAddress,
  }),
  field('address.city', {
    tags: ['quasi-identifier'],
    identifierKind: 'geographic-subdivisions',
    safeHarbor: 'remove',
    confidentialWhen: confidentialAddress,
  }),
  plain('address.state', { tags: ['quasi-identifier'], confidentialWhen: confidentialAddress }),
  field('address.postalCode', {
    tags: ['quasi-identifier'],
    identifierKind: 'geographic-subdivisions',
    safeHarbor: 'zip3',
    confidentialWhen: confidentialAddress,
  }),
  field('address.countyFips', {
    tags: ['quasi-identifier'],
    identifierKind: 'geographic-subdivisions',
    safeHarbor: 'remove',
    confidentialWhen: confidentialAddress,
  }),
  field('address.latitude', {
    tags: ['direct-identifier'],
    identifierKind: 'geographic-subdivisions',
    confidentialWhen: confidentialAddress,
  }),
  field('address.longitude', {
    tags: ['direct-identifier'],
    identifierKind: 'geographic-subdivisions',
    confidentialWhen: confidentialAddress,
  }),
  plain('address.confidential', {
    tags: ['sensitive'],
    categories: ['address-confidentiality-address'],
  }),
  county('countyFips'),
  id('householdId'),
  plain('availability[].day'),
  plain('availability[].start'),
  plain('availability[].end'),
];

const statusHistory = [plain('statusHistory[].status'), date('statusHistory[].at')];

/**
 * The classification of every leaf field of every core record kind (the single list the redaction and
 * de-identification helpers read; a test checks it against the core schemas so the two cannot drift apart).
 */
export const fieldClassifications: Readonly<Record<RecordKind, readonly FieldClassification[]>> = {
  parent: [
    id('id'),
    ...personFields,
    id('caseReference.caseNumber', ['case-plan']),
    plain('caseReference.courtCaseType', {
      tags: ['quasi-identifier'],
      categories: ['court-information'],
    }),
    date('caseReference.openedOn', { categories: ['case-plan'] }),
    date('caseReference.closedOn', { categories: ['case-plan'] }),
    id('children[].id'),
    date('children[].birthDate', { safeHarbor: 'birth-date' }),
    field('children[].ageYears', { tags: ['quasi-identifier'], safeHarbor: 'age' }),
    plain('children[].permanencyGoal', { tags: ['sensitive'], categories: ['case-plan'] }),
    plain('livedExperience', { tags: ['sensitive'], valueCategories: livedExperienceValues }),
    plain('matchingPreferences.partnerGenders', { tags: ['sensitive'] }),
    plain('matchingPreferences.partnerGenderRequired', { tags: ['sensitive'] }),
    plain('matchingPreferences.languages', { tags: ['quasi-identifier'] }),
    plain('matchingPreferences.interpreterAccepted'),
    plain('matchingPreferences.meetingMode'),
    plain('matchingPreferences.culturalMatchRequested'),
    id('matchingPreferences.previousPartnerIds'),
    id('matchingPreferences.declinedPartnerIds'),
    plain('reportingConsent'),
  ],
  parentPartner: [
    id('id'),
    ...personFields,
    plain('livedExperience', { tags: ['sensitive'], valueCategories: livedExperienceValues }),
    field('children[].ageYears', { tags: ['quasi-identifier'], safeHarbor: 'age' }),
    plain('ownCase.resolution', { tags: ['sensitive'], categories: ['case-plan'] }),
    date('ownCase.resolvedOn', { categories: ['case-plan'] }),
    date('ownCase.closedOn', { categories: ['case-plan'] }),
    date('recoveryDate', {
      tags: ['quasi-identifier', 'sensitive'],
      categories: ['substance-use-disorder'],
    }),
    plain('trainings[].course'),
    date('trainings[].completedOn'),
    date('trainings[].expiresOn'),
    date('backgroundCheck.checkedOn', { categories: ['court-information'] }),
    plain('backgroundCheck.result', { tags: ['sensitive'], categories: ['court-information'] }),
    plain('status'),
    county('countiesServed'),
    plain('maxCaseload'),
    plain('meetingModes'),
    id('coordinatorId'),
    plain('relationships[].kind', { tags: ['sensitive'] }),
    id('relationships[].parentId'),
    id('relationships[].caseNumber', ['case-plan']),
    id('connectedHouseholdIds'),
  ],
  staff: [
    id('id'),
    field('name.given', { tags: ['direct-identifier'], identifierKind: 'names' }),
    field('name.family', { tags: ['direct-identifier'], identifierKind: 'names' }),
    field('name.preferred', { tags: ['direct-identifier'], identifierKind: 'names' }),
    plain('role'),
    plain('agency', { tags: ['quasi-identifier'] }),
    field('email', { tags: ['direct-identifier'], identifierKind: 'email-addresses' }),
    county('countiesServed'),
    plain('active'),
  ],
  referral: [
    id('id'),
    id('parentId'),
    plain('source', { tags: ['quasi-identifier'] }),
    id('referredById'),
    county('countyFips'),
    plain('removalOccurred', { tags: ['sensitive'], categories: ['case-plan'] }),
    date('receivedAt'),
    field('reason', { tags: ['free-text', 'sensitive'], categories: ['case-plan'] }),
    date('firstContactAt'),
    plain('status'),
    ...statusHistory,
  ],
  match: [
    id('id'),
    id('parentId'),
    id('partnerId'),
    id('referralId'),
    county('countyFips'),
    plain('status'),
    date('proposedAt'),
    date('startDate'),
    date('endDate'),
    plain('closureReason', { tags: ['sensitive'] }),
    plain('decision.ruleSetId'),
    plain('decision.ruleSetVersion'),
    plain('decision.score'),
    plain('decision.reasons[].code'),
    plain('decision.reasons[].ruleId'),
    field('decision.reasons[].message', { tags: ['free-text'] }),
    plain('decision.reasons[].contribution'),
    plain('decision.proposedBy.kind'),
    id('decision.proposedBy.staffId'),
    ...statusHistory,
  ],
  contact: [
    id('id'),
    id('matchId'),
    id('parentId'),
    id('partnerId'),
    date('date'),
    plain('minutes'),
    plain('mode'),
    plain('activity', { categories: ['contact-notes'] }),
    plain('participants', { categories: ['contact-notes'] }),
    field('notes', { tags: ['free-text', 'sensitive'], categories: ['contact-notes'] }),
  ],
  removalEpisode: [
    id('id'),
    id('parentId'),
    id('childId'),
    date('entryDate', { tags: ['quasi-identifier', 'sensitive'], categories: ['case-plan'] }),
    date('exitDate', { tags: ['quasi-identifier', 'sensitive'], categories: ['case-plan'] }),
    plain('exitReason', { tags: ['sensitive'], categories: ['case-plan'] }),
  ],
  placement: [
    id('id'),
    id('episodeId'),
    plain('setting', { tags: ['quasi-identifier', 'sensitive'], categories: ['case-plan'] }),
    date('startDate', { categories: ['case-plan'] }),
    date('endDate', { categories: ['case-plan'] }),
    // A foster home or facility identifies where the child lives.
    id('providerId', ['case-plan']),
  ],
  // Child abuse and neglect records are confidential under CAPTA and state law: every field needs the category.
  maltreatmentReport: [
    id('id', ['child-abuse-report']),
    id('parentId', ['child-abuse-report']),
    id('childId', ['child-abuse-report']),
    date('reportDate', {
      tags: ['quasi-identifier', 'sensitive'],
      categories: ['child-abuse-report'],
    }),
    plain('disposition', { tags: ['sensitive'], categories: ['child-abuse-report'] }),
  ],
  supportSession: [
    id('id'),
    plain('kind'),
    date('date'),
    plain('minutes'),
    id('facilitatorId'),
    id('attendeeIds'),
    plain('course'),
  ],
  engagement: [
    id('id'),
    plain('kind'),
    plain('level'),
    county('countyFips'),
    date('date'),
    date('endDate'),
    plain('hours'),
    id('partnerIds'),
    id('graduateParentIds'),
    plain('attendance[].role'),
    plain('attendance[].count'),
    plain('recommendationsMade'),
    plain('recommendationsAdopted'),
  ],
  groupEvent: [
    id('id'),
    plain('kind'),
    date('date'),
    plain('minutes'),
    county('countyFips'),
    plain('language'),
    id('facilitatorPartnerIds'),
    id('facilitatorStaffIds'),
    id('attendeeParentIds'),
    plain('attendanceCount'),
  ],
  // A program's own settings describe no person.
  program: [
    'id',
    'name',
    'state',
    'counties[].fips',
    'counties[].name',
    'counties[].neighbors',
    'fiscalYearStartMonth',
    'requiredTrainings',
    'eligibility.monthsSinceCaseResolved',
    'eligibility.requireCaseClosed',
    'eligibility.sobrietyMonths',
    'eligibility.backgroundCheckValidityMonths',
    'eligibility.defaultMaxCaseload',
    'contactTargets[].phase',
    'contactTargets[].fromMonth',
    'contactTargets[].toMonth',
    'contactTargets[].faceToFacePerMonth',
    'contactTargets[].contactsPerMonth',
    'reportOnlyConsentingParents',
  ].map((path) => plain(path)),
};

/**
 * Returns the classification of every leaf field of a core record kind: direct identifiers, quasi-identifiers,
 * sensitive categories and free text, with the information categories and Safe Harbor treatment of each.
 *
 * @example
 * ```ts
 * classifyFields('contact')
 *   .filter((item) => item.tags.includes('free-text'))
 *   .map((item) => [item.path, item.categories]);
 * //=> [['notes', ['contact-notes']]]
 * ```
 */
export function classifyFields(kind: RecordKind): readonly FieldClassification[] {
  if (typeof kind !== 'string' || !isRecordKind(kind))
    throw new UnknownCodeError('record-kind', 'kind');
  return fieldClassifications[kind];
}
