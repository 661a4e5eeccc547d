import * as z from 'zod';
import { CalendarDateSchema } from './calendar-date';
import { createCodeSchema, groupEventKinds } from './code-lists';
import {
  CountyFipsSchema,
  GroupEventIdSchema,
  LanguageTagSchema,
  ParentIdSchema,
  PartnerIdSchema,
  StaffIdSchema,
} from './primitives';

/** A group event: orientation class, Parent Café or support group, with facilitators and attendance. */
export const GroupEventSchema = z
  .strictObject({
    id: GroupEventIdSchema,
    kind: createCodeSchema(groupEventKinds),
    date: CalendarDateSchema,
    minutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    countyFips: CountyFipsSchema,
    language: LanguageTagSchema.default('en'),
    facilitatorPartnerIds: z.array(PartnerIdSchema).max(20).default([]),
    facilitatorStaffIds: z.array(StaffIdSchema).max(20).default([]),
    /** Parents served who attended (known attendees). */
    attendeeParentIds: z.array(ParentIdSchema).max(1000).default([]),
    /** Total attendance, including people not enrolled in the program. */
    attendanceCount: z.number().int().min(0).max(10_000),
  })
  .refine((event) => event.attendanceCount >= event.attendeeParentIds.length, {
    message: 'attendance count must include the listed attendees',
    path: ['attendanceCount'],
  });
/** A group event. */
export type GroupEvent = z.infer<typeof GroupEventSchema>;
