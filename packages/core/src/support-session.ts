import * as z from 'zod';
import { CalendarDateSchema } from './calendar-date';
import { createCodeSchema, supportSessionKinds, trainingCourses } from './code-lists';
import { PartnerIdSchema, StaffIdSchema, SupportSessionIdSchema } from './primitives';

/** Workforce support for the parent partners: a training, a supervision session or the monthly clinical support session. */
export const SupportSessionSchema = z
  .strictObject({
    id: SupportSessionIdSchema,
    kind: createCodeSchema(supportSessionKinds),
    date: CalendarDateSchema,
    minutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    facilitatorId: StaffIdSchema.optional(),
    attendeeIds: z.array(PartnerIdSchema).min(1).max(500),
    /** The course, for trainings. */
    course: createCodeSchema(trainingCourses).optional(),
  })
  .refine((session) => session.kind !== 'training' || session.course !== undefined, {
    message: 'a training needs a course',
    path: ['course'],
  });
/** A workforce-support session. */
export type SupportSession = z.infer<typeof SupportSessionSchema>;
