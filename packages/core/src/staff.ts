import * as z from 'zod';
import { createCodeSchema, staffRoles } from './code-lists';
import { PersonNameSchema } from './person';
import { CountyFipsSchema, StaffIdSchema } from './primitives';

/** A staff member: coordinator, clinical support, supervisor or caseworker, with their agency. */
export const StaffSchema = z.strictObject({
  id: StaffIdSchema,
  name: PersonNameSchema,
  role: createCodeSchema(staffRoles),
  agency: z.string().min(1).max(200),
  email: z.email().optional(),
  countiesServed: z.array(CountyFipsSchema).max(100).default([]),
  active: z.boolean().default(true),
});
/** A staff member. */
export type Staff = z.infer<typeof StaffSchema>;
