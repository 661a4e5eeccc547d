import * as z from 'zod';
import { CalendarDateSchema } from './calendar-date';
import { createCodeSchema, outcomeEvents } from './code-lists';
import { ChildIdSchema, OutcomeIdSchema, ParentIdSchema } from './primitives';

/** A child-level permanency or safety event (entry into care, discharge, re-entry, maltreatment recurrence). */
export const OutcomeSchema = z.strictObject({
  id: OutcomeIdSchema,
  parentId: ParentIdSchema,
  childId: ChildIdSchema,
  event: createCodeSchema(outcomeEvents),
  date: CalendarDateSchema,
});
/** A child-level outcome event. */
export type Outcome = z.infer<typeof OutcomeSchema>;
