import * as z from 'zod';
import { type CustomCode, CustomCodeSchema } from './custom-code';

/** Purposes of use a consent can cover and a disclosure can serve. */
export const standardPurposes = [
  'mentoring-coordination',
  'peer-support',
  'family-team-meeting',
  'case-planning',
  'court',
  'legal-representation',
  'referral-to-services',
  'treatment',
  'payment',
  'health-care-operations',
  'at-subject-request',
  'family-request',
  'evaluation',
  'state-reporting',
] as const;

/** One of the purposes the package knows. */
export type StandardPurpose = (typeof standardPurposes)[number];

/** A purpose of use: a standard one or a program-defined `custom:` code. */
export type Purpose = StandardPurpose | CustomCode;

/** Zod schema of a {@link Purpose}. */
export const PurposeSchema = z.union([z.enum(standardPurposes), CustomCodeSchema]);

/** HL7 v3 PurposeOfUse codes (system `http://terminology.hl7.org/CodeSystem/v3-ActReason`) used by the mapping. */
export type PurposeOfUseCode =
  | 'TREAT'
  | 'HPAYMT'
  | 'HOPERAT'
  | 'CAREMGT'
  | 'COC'
  | 'SUPNWK'
  | 'HLEGAL'
  | 'PATRQT'
  | 'FAMRQT'
  | 'HRESCH'
  | 'GOV'
  | 'PUBHLTH'
  | (string & {});

/** A purpose's label, its HL7 PurposeOfUse code, and whether it is a reporting or evaluation purpose. */
export interface PurposeDefinition {
  /** The purpose code. */
  readonly code: Purpose;
  /** Human-readable label. */
  readonly label: string;
  /** The HL7 v3 PurposeOfUse code it maps to. */
  readonly purposeOfUse: PurposeOfUseCode;
  /** True for reporting and evaluation purposes, for which VAWA forbids sharing a victim's identifying details. */
  readonly reportingOrEvaluation: boolean;
}

/** Every standard purpose with its HL7 PurposeOfUse mapping. */
export const defaultPurposes: Readonly<Record<StandardPurpose, PurposeDefinition>> = {
  'mentoring-coordination': {
    code: 'mentoring-coordination',
    label: 'Coordinating peer mentoring with the parent’s team',
    purposeOfUse: 'COC',
    reportingOrEvaluation: false,
  },
  'peer-support': {
    code: 'peer-support',
    label: 'Peer support by the parent partner',
    purposeOfUse: 'SUPNWK',
    reportingOrEvaluation: false,
  },
  'family-team-meeting': {
    code: 'family-team-meeting',
    label: 'Family team meetings and staffings',
    purposeOfUse: 'CAREMGT',
    reportingOrEvaluation: false,
  },
  'case-planning': {
    code: 'case-planning',
    label: 'Case planning with the child-welfare agency',
    purposeOfUse: 'CAREMGT',
    reportingOrEvaluation: false,
  },
  court: {
    code: 'court',
    label: 'Court hearings and reports to the court',
    purposeOfUse: 'HLEGAL',
    reportingOrEvaluation: false,
  },
  'legal-representation': {
    code: 'legal-representation',
    label: 'The parent’s legal representation',
    purposeOfUse: 'HLEGAL',
    reportingOrEvaluation: false,
  },
  'referral-to-services': {
    code: 'referral-to-services',
    label: 'Referral to community services',
    purposeOfUse: 'COC',
    reportingOrEvaluation: false,
  },
  treatment: {
    code: 'treatment',
    label: 'Treatment',
    purposeOfUse: 'TREAT',
    reportingOrEvaluation: false,
  },
  payment: {
    code: 'payment',
    label: 'Payment',
    purposeOfUse: 'HPAYMT',
    reportingOrEvaluation: false,
  },
  'health-care-operations': {
    code: 'health-care-operations',
    label: 'Health care operations',
    purposeOfUse: 'HOPERAT',
    reportingOrEvaluation: false,
  },
  'at-subject-request': {
    code: 'at-subject-request',
    label: 'At the request of the parent',
    purposeOfUse: 'PATRQT',
    reportingOrEvaluation: false,
  },
  'family-request': {
    code: 'family-request',
    label: 'At the request of the parent’s family',
    purposeOfUse: 'FAMRQT',
    reportingOrEvaluation: false,
  },
  evaluation: {
    code: 'evaluation',
    label: 'Program evaluation and research',
    purposeOfUse: 'HRESCH',
    reportingOrEvaluation: true,
  },
  'state-reporting': {
    code: 'state-reporting',
    label: 'Reporting to the state or a funder',
    purposeOfUse: 'GOV',
    reportingOrEvaluation: true,
  },
};

/** The purposes that make up "treatment, payment and health care operations" (a Part 2 TPO consent covers only these). */
export const treatmentPaymentOperationsPurposes: readonly StandardPurpose[] = [
  'treatment',
  'payment',
  'health-care-operations',
];

/** A catalogue of purposes by code. */
export type PurposeCatalog = Readonly<Record<string, PurposeDefinition>>;

/** Options for the functions that look purposes up. */
export interface PurposeOptions {
  /** Program-defined `custom:` purposes (or overrides of standard ones), merged over the defaults. */
  readonly purposes?: PurposeCatalog;
}

/** Looks a purpose up in the catalogue in force, or returns undefined when it is unknown. */
export function resolvePurpose(
  code: string,
  options: PurposeOptions = {},
): PurposeDefinition | undefined {
  const catalog: PurposeCatalog =
    options.purposes === undefined ? defaultPurposes : { ...defaultPurposes, ...options.purposes };
  return Object.hasOwn(catalog, code) ? catalog[code] : undefined;
}
