import * as z from 'zod';
import { CalendarDateSchema } from './calendar-date';
import { createCodeSchema, matchClosureReasons, matchStatuses } from './code-lists';
import {
  CountyFipsSchema,
  MatchIdSchema,
  ParentIdSchema,
  PartnerIdSchema,
  ReferralIdSchema,
  StaffIdSchema,
  TimestampSchema,
} from './primitives';
import { StatusChangeSchema } from './referral';

/** A reason recorded with a decision: stable code, the rule that gave it, and a message. */
export const DecisionReasonSchema = z.strictObject({
  code: z.string().min(1).max(100),
  ruleId: z.string().min(1).max(100),
  message: z.string().max(500),
  /** Points this rule contributed to the score (preferences only). */
  contribution: z.number().finite().optional(),
});
/** A reason recorded with a decision. */
export type DecisionReason = z.infer<typeof DecisionReasonSchema>;

/** Who proposed a match: the matching rules, or a named coordinator. */
export const ProposerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rules') }),
  z.strictObject({ kind: z.literal('coordinator'), staffId: StaffIdSchema }),
]);
/** Who proposed a match. */
export type Proposer = z.infer<typeof ProposerSchema>;

/** How a match was decided: the rule set (id and version), the score and a snapshot of the reasons. */
export const MatchDecisionSchema = z.strictObject({
  ruleSetId: z.string().min(1).max(100),
  ruleSetVersion: z.string().min(1).max(50),
  score: z.number().finite(),
  reasons: z.array(DecisionReasonSchema).max(200).default([]),
  proposedBy: ProposerSchema,
});
/** How a match was decided. */
export type MatchDecision = z.infer<typeof MatchDecisionSchema>;

/** A match between a parent and a parent partner, with its lifecycle. */
export const MatchSchema = z
  .strictObject({
    id: MatchIdSchema,
    parentId: ParentIdSchema,
    partnerId: PartnerIdSchema,
    referralId: ReferralIdSchema.optional(),
    countyFips: CountyFipsSchema,
    status: createCodeSchema(matchStatuses, { allowCustom: false }),
    proposedAt: TimestampSchema,
    /** First day of active mentoring. */
    startDate: CalendarDateSchema.optional(),
    /** Last day of the match (closed or declined). */
    endDate: CalendarDateSchema.optional(),
    closureReason: createCodeSchema(matchClosureReasons).optional(),
    decision: MatchDecisionSchema.optional(),
    statusHistory: z.array(StatusChangeSchema).max(100).default([]),
  })
  .refine((match) => !match.startDate || !match.endDate || match.endDate >= match.startDate, {
    message: 'end date must not be before the start date',
    path: ['endDate'],
  })
  .refine((match) => match.status !== 'closed' || match.closureReason !== undefined, {
    message: 'a closed match needs a closure reason',
    path: ['closureReason'],
  });
/** A match between a parent and a parent partner. */
export type Match = z.infer<typeof MatchSchema>;
