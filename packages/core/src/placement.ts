import * as z from 'zod';
import { CalendarDateSchema } from './calendar-date';
import { createCodeSchema, placementSettings } from './code-lists';
import { PlacementIdSchema, ProviderIdSchema, RemovalEpisodeIdSchema } from './primitives';

/**
 * One placement within a removal episode: the setting the child lived in from a start date to an end date.
 *
 * Trial home visits and runaways are placements too, with their own start and end, so the final placement
 * before a discharge is known. A placement without an end date is the current one.
 */
export const PlacementSchema = z
  .strictObject({
    id: PlacementIdSchema,
    /** The removal episode the placement belongs to. */
    episodeId: RemovalEpisodeIdSchema,
    /** The kind of setting (AFCARS: current placement setting). */
    setting: createCodeSchema(placementSettings, { allowCustom: false }),
    /** First day in the setting (AFCARS: date of placement in current foster care setting). */
    startDate: CalendarDateSchema,
    /** The day the child left the setting (the next placement's start, or the discharge date). */
    endDate: CalendarDateSchema.optional(),
    /**
     * The home or facility, as the agency identifies it: a child who returns to the same provider after a trial
     * home visit or a runaway has not moved.
     */
    providerId: ProviderIdSchema.optional(),
  })
  .refine(
    (placement) => placement.endDate === undefined || placement.endDate >= placement.startDate,
    {
      message: 'the end must not be before the start',
      path: ['endDate'],
    },
  );
/** One placement within a removal episode. */
export type Placement = z.infer<typeof PlacementSchema>;
