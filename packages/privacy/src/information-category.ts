import * as z from 'zod';
import { type CustomCode, CustomCodeSchema } from './custom-code';
import type { LegalBasis } from './legal-basis';
import type { NoticeCode } from './notice';

/** Categories of information a consent can cover and a disclosure can contain. */
export const standardInformationCategories = [
  'program-participation',
  'contact-notes',
  'case-plan',
  'court-information',
  'substance-use-disorder',
  'mental-health',
  'hiv',
  'sexually-transmitted-infection',
  'domestic-violence-location',
  'address-confidentiality-address',
  'education-records',
  'child-abuse-report',
  'abuse-reporter-identity',
] as const;

/** One of the information categories the package knows. */
export type StandardInformationCategory = (typeof standardInformationCategories)[number];

/** An information category: a standard one or a program-defined `custom:` code registered in the catalogue in force. */
export type InformationCategory = StandardInformationCategory | CustomCode;

/** Zod schema of an {@link InformationCategory} (well-formedness only; whether a `custom:` code is registered is checked where it is used). */
export const InformationCategorySchema = z.union([
  z.enum(standardInformationCategories),
  CustomCodeSchema,
]);

/**
 * The scope code a consent may list instead of naming categories: every category whose protection is `general`.
 *
 * It never covers a specially protected category, which a consent must name explicitly.
 */
export const GENERAL_RECORDS = 'general-records';

/** A category a consent may list: an information category or the {@link GENERAL_RECORDS} scope. */
export type ConsentCategory = InformationCategory | typeof GENERAL_RECORDS;

/** Zod schema of a {@link ConsentCategory}. */
export const ConsentCategorySchema = z.union([
  InformationCategorySchema,
  z.literal(GENERAL_RECORDS),
]);

/** HL7 v3 ActCode sensitivity labels (system `http://terminology.hl7.org/CodeSystem/v3-ActCode`). */
export const sensitivityCodes = [
  'ETH',
  'HIV',
  'STD',
  'PSY',
  'MH',
  'BH',
  'SDV',
  'SOC',
  'SEX',
  'GDIS',
] as const;

/** An HL7 sensitivity code, for example `ETH` (substance use) or `SDV` (sexual assault, abuse or domestic violence). */
export type SensitivityCode = (typeof sensitivityCodes)[number];

/**
 * How a category may be released:
 * `general` by any consent that covers it (including a general-records consent);
 * `explicit` only by a consent that names the category itself;
 * `never` by no consent at all (only a named legal exception such as a court order, outside `canDisclose`).
 */
export type CategoryProtection = 'general' | 'explicit' | 'never';

/** The rules for one information category: its sensitivity label, protection level and required notices. */
export interface InformationCategoryDefinition {
  /** The category code. */
  readonly code: InformationCategory;
  /** Human-readable label. */
  readonly label: string;
  /** HL7 sensitivity code, where one exists. */
  readonly sensitivity?: SensitivityCode;
  /** Which consents can release it. */
  readonly protection: CategoryProtection;
  /** When set, only consents resting on one of these legal bases can release the category. */
  readonly requiredLegalBases?: readonly LegalBasis[];
  /** When true, the category is never released for a reporting or evaluation purpose, whatever the consent says. */
  readonly neverForReportingOrEvaluation?: boolean;
  /** Notices that must travel with any disclosure of the category. */
  readonly notices: readonly NoticeCode[];
  /** Whether a copy (or clear summary) of the consent must travel with the disclosure. */
  readonly requiresConsentCopy: boolean;
  /** The rule behind the protection. */
  readonly citation: string;
}

/** A catalogue of information categories by code. */
export type InformationCategoryCatalog = Readonly<Record<string, InformationCategoryDefinition>>;

/** The standard information categories and their protection rules. */
export const defaultInformationCategories: Readonly<
  Record<StandardInformationCategory, InformationCategoryDefinition>
> = {
  'program-participation': {
    code: 'program-participation',
    label: 'Participation in the parent partner program',
    sensitivity: 'SOC',
    protection: 'general',
    notices: [],
    requiresConsentCopy: false,
    citation: 'program policy',
  },
  'contact-notes': {
    code: 'contact-notes',
    label: 'Notes of contacts with the parent partner',
    sensitivity: 'SOC',
    protection: 'general',
    notices: [],
    requiresConsentCopy: false,
    citation: 'program policy',
  },
  'case-plan': {
    code: 'case-plan',
    label: 'Case plan',
    sensitivity: 'SOC',
    protection: 'general',
    notices: [],
    requiresConsentCopy: false,
    citation: '45 CFR 1355.21(a), 205.50',
  },
  'court-information': {
    code: 'court-information',
    label: 'Court information',
    protection: 'general',
    notices: [],
    requiresConsentCopy: false,
    citation: 'for example Wis. Stat. 48.78, 48.396',
  },
  'substance-use-disorder': {
    code: 'substance-use-disorder',
    label: 'Substance use disorder treatment records',
    sensitivity: 'ETH',
    protection: 'explicit',
    requiredLegalBases: ['part2-consent'],
    notices: ['part2-redisclosure'],
    requiresConsentCopy: true,
    citation: '42 CFR 2.31, 2.32',
  },
  'mental-health': {
    code: 'mental-health',
    label: 'Mental health information',
    sensitivity: 'MH',
    protection: 'explicit',
    notices: [],
    requiresConsentCopy: false,
    citation: 'state mental health confidentiality law',
  },
  hiv: {
    code: 'hiv',
    label: 'HIV-related information',
    sensitivity: 'HIV',
    protection: 'explicit',
    notices: ['hiv-redisclosure'],
    requiresConsentCopy: false,
    citation: 'for example N.Y. Public Health Law 2782; 9 NYCRR 164.8',
  },
  'sexually-transmitted-infection': {
    code: 'sexually-transmitted-infection',
    label: 'Other sexually transmitted infections',
    sensitivity: 'STD',
    protection: 'explicit',
    notices: [],
    requiresConsentCopy: false,
    citation: 'state public health law',
  },
  'domestic-violence-location': {
    code: 'domestic-violence-location',
    label: 'A domestic-violence victim’s location and identifying details',
    sensitivity: 'SDV',
    protection: 'explicit',
    requiredLegalBases: ['vawa-release'],
    neverForReportingOrEvaluation: true,
    notices: ['domestic-violence-confidentiality'],
    requiresConsentCopy: false,
    citation: '34 U.S.C. 12291(b)(2); 42 U.S.C. 10406(c)(5)',
  },
  'address-confidentiality-address': {
    code: 'address-confidentiality-address',
    label: 'Actual address of an address-confidentiality-program participant',
    sensitivity: 'SDV',
    protection: 'explicit',
    requiredLegalBases: ['vawa-release'],
    neverForReportingOrEvaluation: true,
    notices: ['domestic-violence-confidentiality'],
    requiresConsentCopy: false,
    citation: 'state address confidentiality program statutes',
  },
  'education-records': {
    code: 'education-records',
    label: 'Education records',
    protection: 'explicit',
    notices: ['education-record-redisclosure'],
    requiresConsentCopy: false,
    citation: '34 CFR 99.30, 99.33',
  },
  'child-abuse-report': {
    code: 'child-abuse-report',
    label: 'Child abuse and neglect report information',
    sensitivity: 'SOC',
    protection: 'explicit',
    notices: ['child-abuse-record-confidentiality'],
    requiresConsentCopy: false,
    citation: 'CAPTA 106(b)(2)(B)(viii); for example Wis. Stat. 48.981(7), Iowa Code 235A.15',
  },
  'abuse-reporter-identity': {
    code: 'abuse-reporter-identity',
    label: 'Identity of whoever reported child abuse or neglect',
    sensitivity: 'SOC',
    protection: 'never',
    notices: [],
    requiresConsentCopy: false,
    citation: 'CAPTA 106(b)(3); for example Wis. Stat. 48.981(7), Iowa Code 235A.15',
  },
};

/** Options for {@link resolveInformationCategory} and the functions that look categories up. */
export interface InformationCategoryOptions {
  /** Program-defined `custom:` categories (or overrides of standard ones), merged over the defaults. */
  readonly categories?: InformationCategoryCatalog;
}

/** Builds the catalogue in force: the defaults plus any program categories. */
export function resolveCategoryCatalog(
  options: InformationCategoryOptions = {},
): InformationCategoryCatalog {
  return options.categories === undefined
    ? defaultInformationCategories
    : { ...defaultInformationCategories, ...options.categories };
}

/** Looks a category up in the catalogue in force, or returns undefined when it is unknown. */
export function resolveInformationCategory(
  code: string,
  options: InformationCategoryOptions = {},
): InformationCategoryDefinition | undefined {
  const catalog = resolveCategoryCatalog(options);
  return Object.hasOwn(catalog, code) ? catalog[code] : undefined;
}
