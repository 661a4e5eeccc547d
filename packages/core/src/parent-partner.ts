import * as z from 'zod';
import { CalendarDateSchema } from './calendar-date';
import {
  backgroundCheckResults,
  caseResolutions,
  createCodeSchema,
  livedExperienceTopics,
  meetingModes,
  partnerStatuses,
  relationshipKinds,
  trainingCourses,
} from './code-lists';
import { personFields } from './person';
import {
  CountyFipsSchema,
  HouseholdIdSchema,
  ParentIdSchema,
  PartnerIdSchema,
  StaffIdSchema,
} from './primitives';

/** How the partner's own child-welfare case resolved, with its dates (eligibility depends on them). */
export const OwnCaseSchema = z
  .strictObject({
    resolution: createCodeSchema(caseResolutions),
    /** Date the resolution happened (for reunification, the date the children came home). */
    resolvedOn: CalendarDateSchema,
    /** Date the case was closed. */
    closedOn: CalendarDateSchema.optional(),
  })
  .refine((own) => !own.closedOn || own.closedOn >= own.resolvedOn, {
    message: 'case closure must not be before its resolution',
    path: ['closedOn'],
  });
/** How the partner's own case resolved. */
export type OwnCase = z.infer<typeof OwnCaseSchema>;

/** A completed training and when it expires. */
export const TrainingRecordSchema = z
  .strictObject({
    course: createCodeSchema(trainingCourses),
    completedOn: CalendarDateSchema,
    expiresOn: CalendarDateSchema.optional(),
  })
  .refine((training) => !training.expiresOn || training.expiresOn >= training.completedOn, {
    message: 'expiry must not be before completion',
    path: ['expiresOn'],
  });
/** A completed training. */
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;

/** A background check: when it was done and its result. */
export const BackgroundCheckSchema = z.strictObject({
  checkedOn: CalendarDateSchema,
  result: createCodeSchema(backgroundCheckResults, { allowCustom: false }),
});
/** A background check. */
export type BackgroundCheck = z.infer<typeof BackgroundCheckSchema>;

/** A person the partner knows, for conflict-of-interest checks: a parent by id, or a case number. */
export const KnownRelationshipSchema = z
  .strictObject({
    kind: createCodeSchema(relationshipKinds),
    parentId: ParentIdSchema.optional(),
    caseNumber: z.string().min(1).max(64).optional(),
  })
  .refine((relation) => relation.parentId !== undefined || relation.caseNumber !== undefined, {
    message: 'needs a parent id or a case number',
    path: ['parentId'],
  });
/** A person the partner knows. */
export type KnownRelationship = z.infer<typeof KnownRelationshipSchema>;

/** A parent partner: a parent with lived experience, trained and employed as a peer mentor. */
export const ParentPartnerSchema = z.strictObject({
  id: PartnerIdSchema,
  ...personFields,
  livedExperience: z.array(createCodeSchema(livedExperienceTopics)).max(30).default([]),
  /** Ages of the partner's own children, for the "children of similar ages" preference (no other detail is held). */
  children: z
    .array(z.strictObject({ ageYears: z.number().int().min(0).max(60) }))
    .max(20)
    .default([]),
  ownCase: OwnCaseSchema,
  /** Start of continuous recovery or sobriety, where the program asks for it. */
  recoveryDate: CalendarDateSchema.optional(),
  trainings: z.array(TrainingRecordSchema).max(100).default([]),
  backgroundCheck: BackgroundCheckSchema.optional(),
  status: createCodeSchema(partnerStatuses, { allowCustom: false }),
  countiesServed: z.array(CountyFipsSchema).min(1).max(100),
  /** Most families the partner mentors at once; the program default applies when absent. */
  maxCaseload: z.number().int().min(0).max(50).optional(),
  meetingModes: z
    .array(createCodeSchema(meetingModes, { allowCustom: false }))
    .min(1)
    .max(3)
    .default(['either']),
  coordinatorId: StaffIdSchema.optional(),
  relationships: z.array(KnownRelationshipSchema).max(100).default([]),
  /** Households the partner is connected to besides their own (for example a relative's). */
  connectedHouseholdIds: z.array(HouseholdIdSchema).max(20).default([]),
});
/** A parent partner. */
export type ParentPartner = z.infer<typeof ParentPartnerSchema>;
/** A parent partner as accepted on input (defaults not yet applied). */
export type ParentPartnerInput = z.input<typeof ParentPartnerSchema>;
