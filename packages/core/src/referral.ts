import * as z from 'zod';
import { createCodeSchema, referralSources, referralStatuses } from './code-lists';
import {
  CountyFipsSchema,
  ParentIdSchema,
  ReferralIdSchema,
  StaffIdSchema,
  TimestampSchema,
} from './primitives';

/** One step of a lifecycle: the status entered and when. */
export const StatusChangeSchema = z.strictObject({
  status: z.string().min(1).max(64),
  at: TimestampSchema,
});
/** One step of a lifecycle. */
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** A referral of a parent to the program. */
export const ReferralSchema = z
  .strictObject({
    id: ReferralIdSchema,
    parentId: ParentIdSchema,
    source: createCodeSchema(referralSources),
    referredById: StaffIdSchema.optional(),
    countyFips: CountyFipsSchema,
    /** Whether a child has been removed; some programs serve families before removal. */
    removalOccurred: z.boolean(),
    receivedAt: TimestampSchema,
    reason: z.string().max(2000).optional(),
    firstContactAt: TimestampSchema.optional(),
    status: createCodeSchema(referralStatuses, { allowCustom: false }),
    statusHistory: z.array(StatusChangeSchema).max(100).default([]),
  })
  .refine(
    (referral) =>
      !referral.firstContactAt ||
      Date.parse(referral.firstContactAt) >= Date.parse(referral.receivedAt),
    {
      message: 'first contact must not be before the referral was received',
      path: ['firstContactAt'],
    },
  );
/** A referral. */
export type Referral = z.infer<typeof ReferralSchema>;
