import * as z from 'zod';
import { CalendarDateSchema } from './calendar-date';
import {
  contactActivities,
  contactModes,
  contactParticipants,
  createCodeSchema,
} from './code-lists';
import { ContactIdSchema, MatchIdSchema, ParentIdSchema, PartnerIdSchema } from './primitives';

/** One row of the monthly activity form: a single contact or activity of a partner with or for a parent. */
export const ContactSchema = z.strictObject({
  id: ContactIdSchema,
  matchId: MatchIdSchema.optional(),
  parentId: ParentIdSchema,
  partnerId: PartnerIdSchema,
  date: CalendarDateSchema,
  minutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  mode: createCodeSchema(contactModes),
  activity: createCodeSchema(contactActivities),
  participants: z.array(createCodeSchema(contactParticipants)).max(10).default(['parent']),
  /** Free-text notes: sensitive, never leave the program unredacted. */
  notes: z.string().max(10_000).optional(),
});
/** One row of the monthly activity form. */
export type Contact = z.infer<typeof ContactSchema>;
