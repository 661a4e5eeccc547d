import * as z from 'zod';
import { CalendarDateSchema } from './calendar-date';
import {
  createCodeSchema,
  genderIdentities,
  livedExperienceTopics,
  meetingModes,
  permanencyGoals,
} from './code-lists';
import { personFields } from './person';
import { ChildIdSchema, LanguageTagSchema, ParentIdSchema, PartnerIdSchema } from './primitives';

/**
 * A child of a parent served: birth date (or, when it is not held, an age in years) and permanency goal.
 *
 * The child's time in care (removals, placements, exits) and maltreatment reports are records of their own
 * (`removalEpisode`, `placement`, `maltreatmentReport`); the current placement and removal date follow from
 * them ({@link findChildrenInCare}). Child ids identify a child across the program.
 */
export const ChildSchema = z
  .strictObject({
    id: ChildIdSchema,
    /** Birth date: every age (at entry, at exit, at a report) is computed from it, on that date. */
    birthDate: CalendarDateSchema.optional(),
    /** Age in whole years when the birth date is not held (used for matching only, never for federal measures). */
    ageYears: z.number().int().min(0).max(25).optional(),
    permanencyGoal: createCodeSchema(permanencyGoals).optional(),
  })
  .refine((child) => child.birthDate !== undefined || child.ageYears !== undefined, {
    message: 'needs a birth date or an age',
    path: ['birthDate'],
  });
/** A child of a parent served. */
export type Child = z.infer<typeof ChildSchema>;

/** What the parent asked for in a parent partner; `required` preferences are hard constraints in matching. */
export const MatchingPreferencesSchema = z.strictObject({
  partnerGenders: z.array(createCodeSchema(genderIdentities)).max(8).default([]),
  /** When true, only partners of the listed genders may be proposed (often asked by survivors of domestic violence). */
  partnerGenderRequired: z.boolean().default(false),
  /** Languages the parent wants to work in, preferred first; defaults to the parent's own languages. */
  languages: z.array(LanguageTagSchema).max(10).default([]),
  /** Whether the parent accepts working through an interpreter with a partner who does not share their language. */
  interpreterAccepted: z.boolean().default(false),
  meetingMode: createCodeSchema(meetingModes, { allowCustom: false }).default('either'),
  /** Whether the parent asked for a partner who shares their culture or tribal affiliation. */
  culturalMatchRequested: z.boolean().default(false),
  /** Partners the parent worked with before (continuity on re-referral). */
  previousPartnerIds: z.array(PartnerIdSchema).max(20).default([]),
  /** Partners the parent declined before; never proposed again. */
  declinedPartnerIds: z.array(PartnerIdSchema).max(50).default([]),
});
/** What the parent asked for in a parent partner. */
export type MatchingPreferences = z.infer<typeof MatchingPreferencesSchema>;

/** The child-welfare case a parent is involved in. */
export const CaseReferenceSchema = z.strictObject({
  /** The agency's case number (sensitive). */
  caseNumber: z.string().min(1).max(64),
  /** Court case type, for example CHIPS in Wisconsin. */
  courtCaseType: z.string().min(1).max(64).optional(),
  openedOn: CalendarDateSchema.optional(),
  closedOn: CalendarDateSchema.optional(),
});
/** The child-welfare case a parent is involved in. */
export type CaseReference = z.infer<typeof CaseReferenceSchema>;

/** A parent served by the program (the mentee). */
export const ParentSchema = z
  .strictObject({
    id: ParentIdSchema,
    ...personFields,
    caseReference: CaseReferenceSchema.optional(),
    children: z.array(ChildSchema).max(20).default([]),
    livedExperience: z.array(createCodeSchema(livedExperienceTopics)).max(30).default([]),
    matchingPreferences: MatchingPreferencesSchema.default(() =>
      MatchingPreferencesSchema.parse({}),
    ),
    /** Whether the parent consented to being counted in reports (some programs count only those who did). */
    reportingConsent: z.boolean().default(false),
  })
  .refine(
    (parent) =>
      !parent.caseReference?.closedOn ||
      !parent.caseReference.openedOn ||
      parent.caseReference.closedOn >= parent.caseReference.openedOn,
    {
      message: 'case closure must not be before the case opened',
      path: ['caseReference', 'closedOn'],
    },
  );
/** A parent served by the program. */
export type Parent = z.infer<typeof ParentSchema>;
/** A parent as accepted on input (defaults not yet applied). */
export type ParentInput = z.input<typeof ParentSchema>;
