import * as z from 'zod';
import { CalendarDateSchema } from './calendar-date';
import {
  contactSystems,
  createCodeSchema,
  genderIdentities,
  icwaApplicabilities,
  raceEthnicities,
  tribalAffiliationStatuses,
  weekdays,
} from './code-lists';
import {
  CountyFipsSchema,
  HouseholdIdSchema,
  LanguageTagSchema,
  StateCodeSchema,
  TimeOfDaySchema,
} from './primitives';

/** A person's name: given and family name, and the name they prefer to be called. */
export const PersonNameSchema = z.strictObject({
  given: z.string().min(1).max(100),
  family: z.string().min(1).max(100),
  preferred: z.string().min(1).max(100).optional(),
});
/** A person's name. */
export type PersonName = z.infer<typeof PersonNameSchema>;

/** A way to reach a person, and whether it is safe to use (domestic-violence safety planning). */
export const ContactPointSchema = z.strictObject({
  system: createCodeSchema(contactSystems, { allowCustom: false }),
  value: z.string().min(1).max(200),
  preferred: z.boolean().default(false),
  /** False when using this channel could put the person at risk (for example a shared phone). */
  safeToUse: z.boolean().default(true),
});
/** A way to reach a person. */
export type ContactPoint = z.infer<typeof ContactPointSchema>;

/** A postal address with its county; coordinates are optional and used only for distance rules. */
export const AddressSchema = z.strictObject({
  line1: z.string().min(1).max(200),
  line2: z.string().min(1).max(200).optional(),
  city: z.string().min(1).max(100),
  state: StateCodeSchema,
  postalCode: z
    .string()
    .regex(/^\d{5}(-\d{4})?$/, { message: 'must be a ZIP code (12345 or 12345-6789)' }),
  countyFips: CountyFipsSchema,
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  /** True when the address is held by a state address-confidentiality program and must never leave the program. */
  confidential: z.boolean().default(false),
});
/** A postal address with its county. */
export type Address = z.infer<typeof AddressSchema>;

/** Tribal affiliation, which makes the Indian Child Welfare Act relevant. */
export const TribalAffiliationSchema = z.strictObject({
  status: createCodeSchema(tribalAffiliationStatuses, { allowCustom: false }),
  tribes: z.array(z.string().min(1).max(200)).max(10).default([]),
  /** Whether ICWA applies or may apply to the children's case. */
  icwaApplies: createCodeSchema(icwaApplicabilities, { allowCustom: false }).default('unknown'),
});
/** Tribal affiliation. */
export type TribalAffiliation = z.infer<typeof TribalAffiliationSchema>;

/** A weekly time window when a person is available. */
export const AvailabilityWindowSchema = z
  .strictObject({
    day: createCodeSchema(weekdays, { allowCustom: false }),
    start: TimeOfDaySchema,
    end: TimeOfDaySchema,
  })
  .refine((window) => window.end > window.start, {
    message: 'end must be after start',
    path: ['end'],
  });
/** A weekly availability window. */
export type AvailabilityWindow = z.infer<typeof AvailabilityWindowSchema>;

const raceSchema = z
  .array(createCodeSchema(raceEthnicities, { allowCustom: false }))
  .max(raceEthnicities.entries.length)
  .refine((codes) => new Set(codes).size === codes.length, {
    message: 'must not repeat a category',
  })
  .refine((codes) => !codes.includes('declined') || codes.length === 1, {
    message: 'declined cannot be combined with another category',
  });

/**
 * Fields shared by parents and parent partners: identity, languages, demographics, contact and availability.
 * Spread into each person record's object schema.
 */
export const personFields = {
  name: PersonNameSchema,
  pronouns: z.string().min(1).max(40).optional(),
  genderIdentity: createCodeSchema(genderIdentities).optional(),
  dateOfBirth: CalendarDateSchema.optional(),
  /** Languages the person speaks, primary first. */
  languages: z.array(LanguageTagSchema).min(1).max(10),
  /** Whether the person needs an interpreter to work in English. */
  interpreterNeeded: z.boolean().default(false),
  raceEthnicity: raceSchema.default([]),
  tribalAffiliation: TribalAffiliationSchema.optional(),
  contactPoints: z.array(ContactPointSchema).max(10).default([]),
  address: AddressSchema.optional(),
  /** County of residence (five-digit FIPS); required even when the street address is not held. */
  countyFips: CountyFipsSchema,
  householdId: HouseholdIdSchema.optional(),
  availability: z.array(AvailabilityWindowSchema).max(50).default([]),
};
