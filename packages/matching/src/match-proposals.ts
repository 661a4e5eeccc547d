import { type Match, type Parent, parseMatch, type Referral } from '@parent-partner/core';
import type { MatchAssignment } from './assign-matches';
import { compareIds } from './rank-partners';

// Referral statuses meaning the parent said yes and is waiting for (or has) a partner.
const waitingReferralStatuses: ReadonlySet<string> = new Set(['accepted', 'waitlisted']);

/** The most recent accepted or waitlisted referral of each parent (latest `receivedAt`, then highest id). */
function indexWaitingReferrals(referrals: readonly Referral[]): Map<string, Referral> {
  const latest = new Map<string, Referral>();
  for (const referral of referrals) {
    if (!waitingReferralStatuses.has(referral.status)) continue;
    const known = latest.get(referral.parentId);
    // Timestamps carry their own offsets: compare instants, not strings.
    const order =
      known === undefined
        ? 1
        : Date.parse(referral.receivedAt) - Date.parse(known.receivedAt) ||
          compareIds(referral.id, known.id);
    if (order > 0) latest.set(referral.parentId, referral);
  }
  return latest;
}

/** The records {@link listWaitingParents} reads. */
export interface WaitingParentRecords {
  /** Parents served. */
  readonly parents: readonly Parent[];
  /** Referrals (absent means none on file). */
  readonly referrals?: readonly Referral[];
  /** Recorded matches (absent means none). */
  readonly matches?: readonly Match[];
}

/**
 * Lists the parents who still need a partner: no match other than declined ones, and either an accepted or waitlisted referral or no referral on file at all.
 *
 * Parents keep their order. A parent whose only referral was declined, withdrawn or closed is left out.
 *
 * @example
 * ```ts
 * const where = { asOf: '2026-03-01', countyFips: '55029' };
 * const parent = testing.createSyntheticParent(1, {}, where);
 * const otherParent = testing.createSyntheticParent(2, {}, where);
 * const partner = testing.createSyntheticPartner(1, { status: 'active' }, where);
 * const assignment = assignMatches([otherParent], [partner], defaultRuleSet, { asOf: '2026-03-01' });
 * const matches = createProposedMatches(assignment, { proposedAt: '2026-03-01T09:00:00-06:00' });
 * listWaitingParents({ parents: [parent, otherParent], matches }).map((waiting) => waiting.id);
 * //=> [parent.id]
 * ```
 */
export function listWaitingParents(records: WaitingParentRecords): Parent[] {
  const matched = new Set<string>();
  for (const match of records.matches ?? []) {
    if (match.status !== 'declined') matched.add(match.parentId);
  }
  const referrals = records.referrals ?? [];
  const referred = new Set<string>(referrals.map((referral) => referral.parentId));
  const waiting = indexWaitingReferrals(referrals);
  return records.parents.filter(
    (parent) => !matched.has(parent.id) && (!referred.has(parent.id) || waiting.has(parent.id)),
  );
}

/** Options of {@link createProposedMatches}. */
export interface CreateProposedMatchesOptions {
  /** When the proposals were made (an ISO 8601 timestamp with offset); the caller reads the clock. */
  readonly proposedAt: string;
  /** Referrals: each match records the parent's most recent accepted or waitlisted referral. */
  readonly referrals?: readonly Referral[];
  /** Prefix of the match ids, followed by `-0001`, `-0002`...; default `proposal-<asOf>`. */
  readonly idPrefix?: string;
}

/**
 * Turns the proposals of an assignment into core match records: status `proposed`, the decision with its reasons, and the parent's waiting referral, ready to be stored once a coordinator has reviewed them.
 *
 * @throws ValidationError (core) listing every issue by path when a record does not validate, for example a `proposedAt` without a time-zone offset.
 * @example
 * ```ts
 * const where = { asOf: '2026-03-01', countyFips: '55029' };
 * const parent = testing.createSyntheticParent(1, {}, where);
 * const partner = testing.createSyntheticPartner(1, { status: 'active' }, where);
 * const assignment = assignMatches([parent], [partner], defaultRuleSet, { asOf: '2026-03-01' });
 * const [match] = createProposedMatches(assignment, { proposedAt: '2026-03-01T09:00:00-06:00' });
 * [match?.id, match?.status, match?.decision?.proposedBy, match?.statusHistory];
 * //=> ['proposal-2026-03-01-0001', 'proposed', { kind: 'rules' }, [{ status: 'proposed', at: '2026-03-01T09:00:00-06:00' }]]
 * ```
 */
export function createProposedMatches(
  assignment: MatchAssignment,
  options: CreateProposedMatchesOptions,
): Match[] {
  const waiting = indexWaitingReferrals(options.referrals ?? []);
  const prefix = options.idPrefix ?? `proposal-${assignment.asOf}`;
  return assignment.proposals.map((proposal, index) => {
    const referral = waiting.get(proposal.parentId);
    return parseMatch({
      id: `${prefix}-${String(index + 1).padStart(4, '0')}`,
      parentId: proposal.parentId,
      partnerId: proposal.partnerId,
      ...(referral === undefined ? {} : { referralId: referral.id }),
      countyFips: proposal.countyFips,
      status: 'proposed',
      proposedAt: options.proposedAt,
      decision: proposal.decision,
      statusHistory: [{ status: 'proposed', at: options.proposedAt }],
    });
  });
}
