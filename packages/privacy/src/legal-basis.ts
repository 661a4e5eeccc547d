import * as z from 'zod';
import { type CustomCode, CustomCodeSchema } from './custom-code';

/** The legal bases a consent can rest on, each with its own required-element validator. */
export const standardLegalBases = [
  'hipaa-authorization',
  'part2-consent',
  'state-child-welfare-release',
  'vawa-release',
  'program-participation-agreement',
] as const;

/** One of the legal bases the package knows: a HIPAA authorization, a 42 CFR Part 2 consent, a state child-welfare release, a VAWA release or a program participation agreement. */
export type StandardLegalBasis = (typeof standardLegalBases)[number];

/** The legal basis of a consent: a standard basis or a program-defined `custom:` basis. */
export type LegalBasis = StandardLegalBasis | CustomCode;

/** Zod schema of a {@link LegalBasis}. */
export const LegalBasisSchema = z.union([z.enum(standardLegalBases), CustomCodeSchema]);

/** What the package knows about a legal basis: its label, the rule it comes from, and how it may be revoked. */
export interface LegalBasisDefinition {
  /** The basis code. */
  readonly code: StandardLegalBasis;
  /** Human-readable name. */
  readonly label: string;
  /** The rule that sets the required elements. */
  readonly citation: string;
  /** Whether a revocation must be in writing (electronic counts as writing) to take effect. */
  readonly revocationMustBeWritten: boolean;
}

/** The standard legal bases with their citations and revocation rules. */
export const legalBasisDefinitions: Readonly<Record<StandardLegalBasis, LegalBasisDefinition>> = {
  'hipaa-authorization': {
    code: 'hipaa-authorization',
    label: 'HIPAA authorization',
    citation: '45 CFR 164.508(c)',
    revocationMustBeWritten: true,
  },
  'part2-consent': {
    code: 'part2-consent',
    label: '42 CFR Part 2 consent',
    citation: '42 CFR 2.31 (as amended, 89 FR 12472, 2024)',
    revocationMustBeWritten: true,
  },
  'state-child-welfare-release': {
    code: 'state-child-welfare-release',
    label: 'State child-welfare records release',
    citation: 'for example Wis. Stat. 48.78(2)(a); Iowa Code 235A.15',
    revocationMustBeWritten: false,
  },
  'vawa-release': {
    code: 'vawa-release',
    label: 'VAWA / FVPSA release of a victim’s personally identifying information',
    citation: '34 U.S.C. 12291(b)(2); 42 U.S.C. 10406(c)(5)',
    revocationMustBeWritten: false,
  },
  'program-participation-agreement': {
    code: 'program-participation-agreement',
    label: 'Program participation agreement',
    citation: 'program policy',
    revocationMustBeWritten: false,
  },
};
