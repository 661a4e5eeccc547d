import * as z from 'zod';
import { CalendarDateSchema } from './calendar-date';
import { councilRoles, createCodeSchema, engagementKinds, engagementLevels } from './code-lists';
import {
  CountyFipsSchema,
  EngagementIdSchema,
  ParentIdSchema,
  PartnerIdSchema,
} from './primitives';

/** Attendance at a meeting by role. */
export const RoleAttendanceSchema = z.strictObject({
  role: createCodeSchema(councilRoles),
  count: z.number().int().min(0).max(10_000),
});
/** Attendance at a meeting by role. */
export type RoleAttendance = z.infer<typeof RoleAttendanceSchema>;

/** Systems and community engagement: advisory council meetings, committee or board seats, speaking, training, events. */
export const EngagementSchema = z
  .strictObject({
    id: EngagementIdSchema,
    kind: createCodeSchema(engagementKinds),
    level: createCodeSchema(engagementLevels, { allowCustom: false }).default('local'),
    countyFips: CountyFipsSchema.optional(),
    date: CalendarDateSchema,
    /** Last day, for memberships that span time. */
    endDate: CalendarDateSchema.optional(),
    hours: z.number().min(0).max(10_000).default(0),
    partnerIds: z.array(PartnerIdSchema).max(500).default([]),
    /** Graduate parents (formerly served) taking part in shared decision-making. */
    graduateParentIds: z.array(ParentIdSchema).max(500).default([]),
    attendance: z.array(RoleAttendanceSchema).max(50).default([]),
    recommendationsMade: z.number().int().min(0).max(1000).default(0),
    recommendationsAdopted: z.number().int().min(0).max(1000).default(0),
  })
  .refine((engagement) => !engagement.endDate || engagement.endDate >= engagement.date, {
    message: 'end date must not be before the start date',
    path: ['endDate'],
  })
  .refine((engagement) => engagement.recommendationsAdopted <= engagement.recommendationsMade, {
    message: 'cannot adopt more recommendations than were made',
    path: ['recommendationsAdopted'],
  });
/** A systems or community engagement. */
export type Engagement = z.infer<typeof EngagementSchema>;
