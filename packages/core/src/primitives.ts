import * as z from 'zod';
import { isValidCalendarDate } from './calendar-date';

/** An ISO calendar date string `YYYY-MM-DD` (see {@link CalendarDateSchema}). */
export type CalendarDate = string;

const timestampPattern =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** Tells whether a string is an ISO 8601 date-time with a `Z` or `±hh:mm` offset and a real calendar date. */
export function isTimestamp(value: string): boolean {
  const match = timestampPattern.exec(value);
  return match !== null && isValidCalendarDate(match[1]);
}

/** An instant: an ISO 8601 date-time that carries its offset (`2026-03-01T10:00:00-06:00` or `...Z`). */
export const TimestampSchema = z
  .string()
  .refine(isTimestamp, {
    message: 'must be an ISO date-time with an offset, e.g. 2026-03-01T10:00:00-06:00',
  })
  .meta({ format: 'date-time', description: 'ISO 8601 date-time with offset.' });

/** An ISO 8601 date-time string with an offset. */
export type Timestamp = z.infer<typeof TimestampSchema>;

// Canonicalising a tag through Intl is slow and the same few tags recur in every record,
// so verdicts are remembered (bounded, so hostile input cannot grow it without limit).
const languageTagVerdicts = new Map<string, boolean>();
const languageTagVerdictLimit = 4096;

/** Tells whether a string is a well-formed BCP 47 language tag (for example `en`, `es-MX`, `hmn`, `so`). */
export function isLanguageTag(value: string): boolean {
  const known = languageTagVerdicts.get(value);
  if (known !== undefined) return known;
  let verdict = false;
  if (/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(value)) {
    try {
      verdict = Intl.getCanonicalLocales(value).length === 1;
    } catch {
      verdict = false;
    }
  }
  if (languageTagVerdicts.size >= languageTagVerdictLimit) languageTagVerdicts.clear();
  languageTagVerdicts.set(value, verdict);
  return verdict;
}

/** A BCP 47 language tag, such as `en`, `es`, `hmn` (Hmong) or `so` (Somali). */
export const LanguageTagSchema = z
  .string()
  .refine(isLanguageTag, { message: 'must be a BCP 47 language tag such as en or es-MX' })
  .meta({ description: 'BCP 47 language tag.' });

/** A five-digit county FIPS code (state + county), for example `55029` for Door County, Wisconsin. */
export const CountyFipsSchema = z
  .string()
  .regex(/^\d{5}$/, { message: 'must be a five-digit county FIPS code' })
  .meta({ description: 'Five-digit county FIPS code.' });

/** A five-digit county FIPS code. */
export type CountyFips = z.infer<typeof CountyFipsSchema>;

/** A two-letter United States state or territory postal code. */
export const StateCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be a two-letter state code' });

/** Clock time of day `HH:MM` (24-hour). */
export const TimeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a 24-hour time HH:MM' });

function idSchema<Brand extends string>(brand: Brand) {
  return z
    .string()
    .min(1, { message: 'must not be empty' })
    .max(128, { message: 'must be at most 128 characters' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, {
      message: 'may hold only letters, digits and . _ : -',
    })
    .meta({ description: `Identifier (${brand}).` })
    .brand<Brand>();
}

/** Identifier of a parent served by the program. */
export const ParentIdSchema = idSchema('ParentId');
/** Identifier of a parent served by the program. */
export type ParentId = z.infer<typeof ParentIdSchema>;
/** Identifier of a parent partner (peer mentor). */
export const PartnerIdSchema = idSchema('PartnerId');
/** Identifier of a parent partner (peer mentor). */
export type PartnerId = z.infer<typeof PartnerIdSchema>;
/** Identifier of a staff member (coordinator, clinical support, supervisor, caseworker). */
export const StaffIdSchema = idSchema('StaffId');
/** Identifier of a staff member. */
export type StaffId = z.infer<typeof StaffIdSchema>;
/** Identifier of a child of a parent served. */
export const ChildIdSchema = idSchema('ChildId');
/** Identifier of a child of a parent served. */
export type ChildId = z.infer<typeof ChildIdSchema>;
/** Identifier of a referral. */
export const ReferralIdSchema = idSchema('ReferralId');
/** Identifier of a referral. */
export type ReferralId = z.infer<typeof ReferralIdSchema>;
/** Identifier of a match between a parent and a parent partner. */
export const MatchIdSchema = idSchema('MatchId');
/** Identifier of a match. */
export type MatchId = z.infer<typeof MatchIdSchema>;
/** Identifier of a contact (one row of the monthly activity form). */
export const ContactIdSchema = idSchema('ContactId');
/** Identifier of a contact. */
export type ContactId = z.infer<typeof ContactIdSchema>;
/** Identifier of a child's removal episode (one stay in out-of-home care, from removal to exit). */
export const RemovalEpisodeIdSchema = idSchema('RemovalEpisodeId');
/** Identifier of a removal episode. */
export type RemovalEpisodeId = z.infer<typeof RemovalEpisodeIdSchema>;
/** Identifier of a placement (one setting a child lived in during a removal episode). */
export const PlacementIdSchema = idSchema('PlacementId');
/** Identifier of a placement. */
export type PlacementId = z.infer<typeof PlacementIdSchema>;
/** Identifier of a maltreatment report about a child. */
export const MaltreatmentReportIdSchema = idSchema('MaltreatmentReportId');
/** Identifier of a maltreatment report. */
export type MaltreatmentReportId = z.infer<typeof MaltreatmentReportIdSchema>;
/** Identifier of a placement provider (a foster home, relative caregiver or facility), as the agency records it. */
export const ProviderIdSchema = idSchema('ProviderId');
/** Identifier of a placement provider. */
export type ProviderId = z.infer<typeof ProviderIdSchema>;
/** Identifier of a workforce-support session. */
export const SupportSessionIdSchema = idSchema('SupportSessionId');
/** Identifier of a workforce-support session. */
export type SupportSessionId = z.infer<typeof SupportSessionIdSchema>;
/** Identifier of a systems or community engagement. */
export const EngagementIdSchema = idSchema('EngagementId');
/** Identifier of a systems or community engagement. */
export type EngagementId = z.infer<typeof EngagementIdSchema>;
/** Identifier of a group event. */
export const GroupEventIdSchema = idSchema('GroupEventId');
/** Identifier of a group event. */
export type GroupEventId = z.infer<typeof GroupEventIdSchema>;
/** Identifier of a program. */
export const ProgramIdSchema = idSchema('ProgramId');
/** Identifier of a program. */
export type ProgramId = z.infer<typeof ProgramIdSchema>;
/** Identifier of a household, used for conflict-of-interest checks. */
export const HouseholdIdSchema = idSchema('HouseholdId');
/** Identifier of a household. */
export type HouseholdId = z.infer<typeof HouseholdIdSchema>;
