import * as z from 'zod';
import { createCodeSchema, trainingCourses } from './code-lists';
import { CountyFipsSchema, ProgramIdSchema, StateCodeSchema } from './primitives';

/** Eligibility policy values for parent partners (thresholds are program settings, not constants). */
export const EligibilityPolicySchema = z.strictObject({
  /** Months the partner's own case must have been resolved (Iowa and Wisconsin: 12). */
  monthsSinceCaseResolved: z.number().int().min(0).max(240).default(12),
  /** Whether the partner's own case must also be closed. */
  requireCaseClosed: z.boolean().default(true),
  /** Months of recovery or sobriety required, where the program asks (Kentucky START: 36; Oregon: 24). */
  sobrietyMonths: z.number().int().min(0).max(240).optional(),
  /** Months a background check stays valid. */
  backgroundCheckValidityMonths: z.number().int().min(1).max(240).default(24),
  /** Caseload for partners who have not set their own. */
  defaultMaxCaseload: z.number().int().min(0).max(50).default(12),
});
/** Eligibility policy values. */
export type EligibilityPolicy = z.infer<typeof EligibilityPolicySchema>;

/** A contact target for one phase of a match (Iowa: about four face-to-face visits a month in the first months). */
export const ContactTargetSchema = z
  .strictObject({
    phase: z.string().min(1).max(100),
    /** First month of the match the target applies to (1 = the month the match started). */
    fromMonth: z.number().int().min(1).max(120),
    /** Last month it applies to; open-ended when absent. */
    toMonth: z.number().int().min(1).max(120).optional(),
    faceToFacePerMonth: z.number().int().min(0).max(100),
    contactsPerMonth: z.number().int().min(0).max(200).optional(),
  })
  .refine((target) => target.toMonth === undefined || target.toMonth >= target.fromMonth, {
    message: 'toMonth must not be before fromMonth',
    path: ['toMonth'],
  });
/** A contact target for one phase of a match. */
export type ContactTarget = z.infer<typeof ContactTargetSchema>;

/** A county a program serves, with its neighbours (for proximity rules). */
export const ProgramCountySchema = z.strictObject({
  fips: CountyFipsSchema,
  name: z.string().min(1).max(100),
  neighbors: z.array(CountyFipsSchema).max(30).default([]),
});
/** A county a program serves. */
export type ProgramCounty = z.infer<typeof ProgramCountySchema>;

/** A Parent Partner program: where it runs, its fiscal year, required trainings, eligibility policy and contact targets. */
export const ProgramSchema = z.strictObject({
  id: ProgramIdSchema,
  name: z.string().min(1).max(200),
  state: StateCodeSchema,
  counties: z.array(ProgramCountySchema).min(1).max(200),
  /** Month the state fiscal year starts (July = 7 in Wisconsin and Iowa). */
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(7),
  requiredTrainings: z.array(createCodeSchema(trainingCourses)).max(50).default([]),
  eligibility: EligibilityPolicySchema.default(() => EligibilityPolicySchema.parse({})),
  contactTargets: z.array(ContactTargetSchema).max(20).default([]),
  /** Count only parents who consented to reporting in reports. */
  reportOnlyConsentingParents: z.boolean().default(false),
});
/** A Parent Partner program. */
export type Program = z.infer<typeof ProgramSchema>;
