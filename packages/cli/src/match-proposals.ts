import { type Match, type Parent, parseRecord, type Referral } from '@parent-partner/core';
import type { MatchAssignment } from '@parent-partner/matching';
import type { DataFolderRecords } from './data-folder';

// Referral statuses meaning the parent said yes and is waiting for (or has) a partner.
const waitingReferralStatuses: ReadonlySet<string> = new Set(['accepted', 'waitlisted']);

function findWaitingReferral(referrals: readonly Referral[], parent: Parent): Referral | undefined {
  return referrals
    .filter(
      (referral) => referral.parentId === parent.id && waitingReferralStatuses.has(referral.status),
    )
    .sort((left, right) => (left.receivedAt < right.receivedAt ? 1 : -1))[0];
}

/**
 * Lists the parents who still need a partner: no match other than declined ones, and either an accepted or
 * waitlisted referral or no referral on file at all.
 */
export function listWaitingParents(records: DataFolderRecords): Parent[] {
  const matched = new Set<string>(
    records.match.filter((match) => match.status !== 'declined').map((match) => match.parentId),
  );
  const referred = new Set<string>(records.referral.map((referral) => referral.parentId));
  return records.parent.filter(
    (parent) =>
      !matched.has(parent.id) &&
      (!referred.has(parent.id) || findWaitingReferral(records.referral, parent) !== undefined),
  );
}

/**
 * Turns the proposals of an assignment into core match records (status `proposed`, with their decision and
 * reasons), ready to be appended to `matches.ndjson` once a coordinator has reviewed them.
 */
export function createProposedMatchRecords(
  assignment: MatchAssignment,
  records: DataFolderRecords,
  proposedAt: string,
): Match[] {
  const parents = new Map(records.parent.map((parent) => [parent.id as string, parent]));
  return assignment.proposals.map((proposal, index) => {
    const parent = parents.get(proposal.parentId);
    const referral =
      parent === undefined ? undefined : findWaitingReferral(records.referral, parent);
    return parseRecord('match', {
      id: `proposal-${assignment.asOf}-${String(index + 1).padStart(4, '0')}`,
      parentId: proposal.parentId,
      partnerId: proposal.partnerId,
      ...(referral === undefined ? {} : { referralId: referral.id }),
      countyFips: proposal.countyFips,
      status: 'proposed',
      proposedAt,
      decision: proposal.decision,
      statusHistory: [{ status: 'proposed', at: proposedAt }],
    });
  });
}
