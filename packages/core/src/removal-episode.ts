import * as z from 'zod';
import { CalendarDateSchema } from './calendar-date';
import { createCodeSchema, episodeExitReasons } from './code-lists';
import { ChildIdSchema, ParentIdSchema, RemovalEpisodeIdSchema } from './primitives';

/**
 * A child's removal episode: one continuous stay in out-of-home care (foster care, in AFCARS terms), from the
 * removal (entry into care) to the discharge (exit), with the reason of the exit.
 *
 * A trial home visit or a runaway is a placement inside the episode, not an exit; the episode ends on the
 * discharge date. An episode without an exit date is still open.
 */
export const RemovalEpisodeSchema = z
  .strictObject({
    id: RemovalEpisodeIdSchema,
    /** The parent served whose child this is. */
    parentId: ParentIdSchema,
    /** The child, one of the parent's `children`. */
    childId: ChildIdSchema,
    /** Date of the removal: the first day in care (AFCARS: date of latest removal). */
    entryDate: CalendarDateSchema,
    /** Date of the discharge from care: the first day out of care (AFCARS: date of discharge from foster care). */
    exitDate: CalendarDateSchema.optional(),
    /** Why the episode ended (AFCARS: reason for discharge); given exactly when the exit date is. */
    exitReason: createCodeSchema(episodeExitReasons, { allowCustom: false }).optional(),
  })
  .refine((episode) => episode.exitDate === undefined || episode.exitDate >= episode.entryDate, {
    message: 'the exit must not be before the entry',
    path: ['exitDate'],
  })
  .refine((episode) => episode.exitDate !== undefined || episode.exitReason === undefined, {
    message: 'an exit reason needs an exit date',
    path: ['exitDate'],
  })
  .refine((episode) => episode.exitDate === undefined || episode.exitReason !== undefined, {
    message: 'an exit date needs an exit reason',
    path: ['exitReason'],
  });
/** A child's removal episode. */
export type RemovalEpisode = z.infer<typeof RemovalEpisodeSchema>;
