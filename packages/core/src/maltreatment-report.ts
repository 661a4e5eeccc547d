import * as z from 'zod';
import { CalendarDateSchema } from './calendar-date';
import { createCodeSchema, maltreatmentDispositions } from './code-lists';
import { ChildIdSchema, MaltreatmentReportIdSchema, ParentIdSchema } from './primitives';

/**
 * A maltreatment report about a child (one report–child pair, as NCANDS counts them), with its disposition.
 *
 * Whether the child was in foster care on the report date is not stored: it follows from the child's removal
 * episodes (see {@link findChildrenInCare}).
 */
export const MaltreatmentReportSchema = z.strictObject({
  id: MaltreatmentReportIdSchema,
  /** The parent served whose child is the victim. */
  parentId: ParentIdSchema,
  /** The child the report is about (the alleged victim). */
  childId: ChildIdSchema,
  /** The date the report was received. */
  reportDate: CalendarDateSchema,
  /** What the investigation or assessment concluded. */
  disposition: createCodeSchema(maltreatmentDispositions, { allowCustom: false }),
});
/** A maltreatment report about a child. */
export type MaltreatmentReport = z.infer<typeof MaltreatmentReportSchema>;
