import type {
  DecisionReason,
  Match,
  MatchClosureReason,
  MatchId,
  Parent,
  Referral,
  ReferralId,
  ReferralSource,
  StaffId,
  StatusChange,
} from '@parent-partner/core';
import { formatCentralTimestamp, formatDay as formatDayText } from './day-numbers';
import type { GenerationContext } from './generation-context';
import { formatId, idWidth } from './generation-context';
import { createWeightedList, type Random } from './random';
import type { PartnerDraft } from './synthetic-partner';

/** A match as scheduled: the record and the days its contacts may fall on. */
export interface MatchPlan {
  /** The match record, in the parsed shape. */
  readonly match: Match;
  /** Index of the parent in the parents list. */
  readonly parentIndex: number;
  /** Index of the partner in the partners list. */
  readonly partnerIndex: number;
  /** First day of active mentoring, when the match became active. */
  readonly startDay?: number;
  /** Last day contacts may fall on: the end date, or the reference date for open matches. */
  readonly lastDay?: number;
  /** A pause `[from, to)` during which no contact happens. */
  readonly pause?: readonly [from: number, to: number];
  /** Day the match closed, when it did. */
  readonly closedDay?: number;
}

/** Everything the casework step needs: the people and who serves where. */
export interface CaseworkInput {
  /** State and window of history. */
  readonly context: GenerationContext;
  /** Parents, in referral order. */
  readonly parents: readonly Parent[];
  /** Day each parent's referral is received, by parent index. */
  readonly referralDays: readonly number[];
  /** Whether each parent's children were removed from the home, by parent index. */
  readonly removals: readonly boolean[];
  /** Partners with their availability windows. */
  readonly partners: readonly PartnerDraft[];
  /** Caseload for partners without their own maximum. */
  readonly defaultCaseload: number;
  /** Partner indexes serving each county. */
  readonly partnersByCounty: ReadonlyMap<string, readonly number[]>;
  /** Caseworkers of each county. */
  readonly caseworkersByCounty: ReadonlyMap<string, readonly StaffId[]>;
  /** Coordinator of each county. */
  readonly coordinatorByCounty: ReadonlyMap<string, StaffId>;
}

/** Referrals and matches of a synthetic program, and the plans contacts are drawn from. */
export interface CaseworkResult {
  /** One referral per parent, in parent order. */
  readonly referrals: Referral[];
  /** Matches in the order they were proposed. */
  readonly matches: Match[];
  /** The schedule behind each match, in the same order. */
  readonly plans: MatchPlan[];
}

const sources = createWeightedList<ReferralSource>([
  ['caseworker', 55],
  ['family_team_meeting', 10],
  ['court', 8],
  ['parent_attorney', 5],
  ['self', 8],
  ['treatment_provider', 7],
  ['community_partner', 5],
  ['other', 2],
]);
const reasons: readonly string[] = [
  'Parent asked for support with the case plan.',
  'Caseworker suggested a mentor with similar experience.',
  'Parent wants help getting ready for court.',
  'Parent asked for help finding housing resources.',
  'Family team suggested peer support during visitation.',
  'Parent is new to the child welfare system and has questions.',
];
const closuresAfterRemoval = createWeightedList<MatchClosureReason>([
  ['reunified', 38],
  ['goals_met', 18],
  ['other_permanency', 8],
  ['parent_declined', 10],
  ['lost_contact', 13],
  ['other', 4],
  ['rematched', 3],
]);
const closuresWithoutRemoval = createWeightedList<MatchClosureReason>([
  ['goals_met', 60],
  ['parent_declined', 14],
  ['lost_contact', 16],
  ['other', 6],
  ['rematched', 4],
]);

interface PartnerState {
  readonly capacity: number;
  /** While the caseload is full: the first day a place frees up. */
  fullUntil: number;
  readonly ends: number[];
  readonly modes: ReadonlySet<string>;
  readonly conflictParents: ReadonlySet<string>;
  readonly conflictCases: ReadonlySet<string>;
  readonly conflictHouseholds: ReadonlySet<string>;
}

const NEVER = Number.MAX_SAFE_INTEGER;

/** Counts the bookings still open on `day`, dropping finished ones (days only move forward). */
function countOpenMatches(ends: number[], day: number): number {
  let kept = 0;
  for (const end of ends) {
    if (end > day) {
      ends[kept] = end;
      kept += 1;
    }
  }
  if (kept < ends.length) ends.length = kept;
  return kept;
}

function timestamp(day: number, minute: number): string {
  return formatCentralTimestamp(day, minute);
}

function acceptsMode(parentMode: string, partnerModes: ReadonlySet<string>): boolean {
  if (partnerModes.has('either') || parentMode === 'either') return true;
  return partnerModes.has(parentMode);
}

/**
 * Schedules referrals and matches day by day: partners take new families only while eligible,
 * available and under their caseload, and never a parent they have a conflict with.
 */
export function scheduleCasework(random: Random, input: CaseworkInput): CaseworkResult {
  const { context, parents, referralDays, partners } = input;
  const { asOfDay, startDay } = context;
  const referralWidth = idWidth(parents.length);
  const matchWidth = idWidth(parents.length * 2);
  const states: PartnerState[] = partners.map(({ partner }) => ({
    capacity: partner.maxCaseload ?? input.defaultCaseload,
    fullUntil: 0,
    ends: [],
    modes: new Set<string>(partner.meetingModes),
    conflictParents: new Set(
      partner.relationships.flatMap((relation) =>
        relation.parentId === undefined ? [] : [relation.parentId],
      ),
    ),
    conflictCases: new Set(
      partner.relationships.flatMap((relation) =>
        relation.caseNumber === undefined ? [] : [relation.caseNumber],
      ),
    ),
    conflictHouseholds: new Set(partner.connectedHouseholdIds),
  }));
  const referrals: Referral[] = [];
  const matches: Match[] = [];
  const plans: MatchPlan[] = [];
  const agenda = new Map<number, number[]>();
  const attempts = new Uint8Array(parents.length);
  const schedule = (day: number, parentIndex: number): void => {
    if (day > asOfDay) return;
    const list = agenda.get(day);
    if (list) list.push(parentIndex);
    else agenda.set(day, [parentIndex]);
  };

  // Referrals: received, contacted, then declined, unreachable, or on to matching.
  for (let index = 0; index < parents.length; index += 1) {
    const parent = parents[index] as Parent;
    const day = referralDays[index] as number;
    const receivedMinute = random.integer(8 * 60, 16 * 60);
    const receivedAt = timestamp(day, receivedMinute);
    const statusHistory: StatusChange[] = [{ status: 'received', at: receivedAt }];
    const source = random.pickWeighted(sources);
    const caseworkers = input.caseworkersByCounty.get(parent.countyFips) ?? [];
    const referral: Referral = {
      id: formatId('referral', index + 1, referralWidth) as ReferralId,
      parentId: parent.id,
      source,
      ...((source === 'caseworker' || source === 'family_team_meeting') && caseworkers.length > 0
        ? { referredById: random.pick(caseworkers) }
        : {}),
      countyFips: parent.countyFips,
      removalOccurred: input.removals[index] === true,
      receivedAt,
      ...(random.chance(0.7) ? { reason: random.pick(reasons) } : {}),
      status: 'received',
      statusHistory,
    };
    referrals.push(referral);
    const fate = random.next();
    if (fate < 0.06) {
      const lostDay = day + random.integer(7, 21);
      if (lostDay <= asOfDay) {
        referral.status = 'unable_to_reach';
        statusHistory.push({
          status: 'unable_to_reach',
          at: timestamp(lostDay, random.integer(540, 960)),
        });
      }
      continue;
    }
    const contactDay = day + random.integer(0, 7);
    if (contactDay > asOfDay) continue;
    const contactMinute =
      contactDay === day
        ? random.integer(receivedMinute + 15, 17 * 60 + 30)
        : random.integer(540, 1020);
    const firstContactAt = timestamp(contactDay, contactMinute);
    referral.firstContactAt = firstContactAt;
    referral.status = 'contacted';
    statusHistory.push({ status: 'contacted', at: firstContactAt });
    const answer = random.next();
    if (answer < 0.13) {
      const answerDay = contactDay + random.integer(1, answer < 0.1 ? 10 : 30);
      if (answerDay <= asOfDay) {
        referral.status = answer < 0.1 ? 'declined' : 'unable_to_reach';
        statusHistory.push({
          status: referral.status,
          at: timestamp(answerDay, random.integer(540, 960)),
        });
      }
      continue;
    }
    schedule(contactDay + random.integer(1, 7), index);
  }

  const findPartner = (parent: Parent, day: number): number => {
    const candidates = input.partnersByCounty.get(parent.countyFips) ?? [];
    const preferences = parent.matchingPreferences;
    const primary = parent.languages[0] as string;
    let best = -1;
    let bestScore = -1;
    for (const partnerIndex of candidates) {
      const { partner, availableFrom, newMatchesUntil } = partners[partnerIndex] as PartnerDraft;
      if (availableFrom > day || newMatchesUntil < day + 30) continue;
      const state = states[partnerIndex] as PartnerState;
      if (day < state.fullUntil) continue;
      const load = countOpenMatches(state.ends, day);
      if (load >= state.capacity) {
        // Bookings only add to the caseload, so it stays full until the first open match ends.
        state.fullUntil = Math.min(...state.ends);
        continue;
      }
      if (
        state.conflictParents.has(parent.id) ||
        (parent.householdId !== undefined && state.conflictHouseholds.has(parent.householdId)) ||
        (parent.caseReference !== undefined &&
          state.conflictCases.has(parent.caseReference.caseNumber))
      ) {
        continue;
      }
      if (
        preferences.declinedPartnerIds.includes(partner.id) ||
        preferences.previousPartnerIds.includes(partner.id)
      ) {
        continue;
      }
      if (
        preferences.partnerGenderRequired &&
        (partner.genderIdentity === undefined ||
          !preferences.partnerGenders.includes(partner.genderIdentity))
      ) {
        continue;
      }
      const sharesLanguage = partner.languages.includes(primary);
      if (!sharesLanguage && primary !== 'en' && !preferences.interpreterAccepted) continue;
      if (!acceptsMode(preferences.meetingMode, state.modes)) continue;
      let shared = 0;
      for (const topic of parent.livedExperience)
        if (partner.livedExperience.includes(topic)) shared += 1;
      const score =
        shared * 10 +
        (sharesLanguage && primary !== 'en' ? 15 : 0) +
        (partner.countyFips === parent.countyFips ? 5 : 0) +
        (state.capacity - load) * 2 +
        random.next() * 3;
      if (score > bestScore) {
        bestScore = score;
        best = partnerIndex;
      }
    }
    return best;
  };

  const describeDecision = (
    parent: Parent,
    partnerIndex: number,
    day: number,
  ): Match['decision'] => {
    const { partner } = partners[partnerIndex] as PartnerDraft;
    const state = states[partnerIndex] as PartnerState;
    const load = countOpenMatches(state.ends, day);
    const shared = parent.livedExperience.filter((topic) =>
      partner.livedExperience.includes(topic),
    );
    const primary = parent.languages[0] as string;
    const sharesLanguage = partner.languages.includes(primary);
    const reasonsList: DecisionReason[] = [
      {
        code: 'shared_lived_experience',
        ruleId: 'shared-lived-experience',
        message: `Shares ${String(shared.length)} lived-experience topic(s) with the parent.`,
        contribution: shared.length * 10,
      },
      {
        code: sharesLanguage ? 'shared_language' : 'interpreter_accepted',
        ruleId: 'language',
        message: sharesLanguage
          ? "Speaks the parent's primary language."
          : 'The parent accepted working through an interpreter.',
        contribution: sharesLanguage && primary !== 'en' ? 15 : 0,
      },
      {
        code: partner.countyFips === parent.countyFips ? 'same_county' : 'serves_county',
        ruleId: 'proximity',
        message:
          partner.countyFips === parent.countyFips
            ? "Lives in the parent's county."
            : "Serves the parent's county from a neighbouring county.",
        contribution: partner.countyFips === parent.countyFips ? 5 : 0,
      },
      {
        code: 'caseload_room',
        ruleId: 'caseload',
        message: `Has ${String(state.capacity - load)} open place(s) of ${String(state.capacity)}.`,
        contribution: (state.capacity - load) * 2,
      },
    ];
    const coordinator = input.coordinatorByCounty.get(parent.countyFips);
    return {
      ruleSetId: 'synthetic-default',
      ruleSetVersion: '1.0.0',
      score: reasonsList.reduce((sum, reason) => sum + (reason.contribution ?? 0), 0),
      reasons: reasonsList,
      proposedBy:
        coordinator !== undefined && random.chance(0.3)
          ? { kind: 'coordinator', staffId: coordinator }
          : { kind: 'rules' },
    };
  };

  const book = (parentIndex: number, partnerIndex: number, proposeDay: number): void => {
    const parent = parents[parentIndex] as Parent;
    const draft = partners[partnerIndex] as PartnerDraft;
    const state = states[partnerIndex] as PartnerState;
    const referral = referrals[parentIndex] as Referral;
    const proposedAt = timestamp(proposeDay, random.integer(11 * 60, 16 * 60));
    const statusHistory: StatusChange[] = [{ status: 'proposed', at: proposedAt }];
    const match: Match = {
      id: formatId('match', matches.length + 1, matchWidth) as MatchId,
      parentId: parent.id,
      partnerId: draft.partner.id,
      referralId: referral.id,
      countyFips: parent.countyFips,
      status: 'proposed',
      proposedAt,
      decision: describeDecision(parent, partnerIndex, proposeDay),
      statusHistory,
    };
    matches.push(match);
    if (random.chance(0.06)) {
      const declineDay = proposeDay + random.integer(1, 5);
      if (declineDay <= asOfDay) {
        match.status = 'declined';
        match.endDate = formatDayText(declineDay);
        statusHistory.push({
          status: 'declined',
          at: timestamp(declineDay, random.integer(540, 1020)),
        });
        parent.matchingPreferences.declinedPartnerIds.push(draft.partner.id);
        schedule(declineDay + random.integer(1, 5), parentIndex);
      }
      state.ends.push(declineDay);
      plans.push({ match, parentIndex, partnerIndex });
      return;
    }
    const start = proposeDay + random.integer(1, 7);
    if (start > asOfDay) {
      state.ends.push(NEVER);
      plans.push({ match, parentIndex, partnerIndex });
      return;
    }
    const duration = random.integer(60, 240) + random.integer(30, 240);
    let end = start + duration;
    let pause: [number, number] | undefined;
    if (random.chance(0.12)) {
      const from = start + random.integer(30, Math.max(31, duration - 30));
      const length = random.integer(14, 60);
      pause = [from, from + length];
      end += length;
    }
    const clipped = end > draft.availableUntil;
    if (clipped) {
      end = Math.max(start + 1, draft.availableUntil);
      if (pause && pause[0] >= end - 1) pause = undefined;
      else if (pause && pause[1] > end) pause = [pause[0], end];
    }
    state.ends.push(end);
    match.startDate = formatDayText(start);
    statusHistory.push({ status: 'active', at: timestamp(start, random.integer(540, 1080)) });
    if (pause && pause[0] <= asOfDay) {
      statusHistory.push({ status: 'paused', at: timestamp(pause[0], random.integer(540, 1080)) });
      if (pause[1] <= asOfDay && pause[1] < end) {
        statusHistory.push({
          status: 'active',
          at: timestamp(pause[1], random.integer(540, 1080)),
        });
      }
    }
    if (end <= asOfDay) {
      const reason: MatchClosureReason = clipped
        ? 'partner_unavailable'
        : random.pickWeighted(
            referral.removalOccurred ? closuresAfterRemoval : closuresWithoutRemoval,
          );
      match.status = 'closed';
      match.endDate = formatDayText(end);
      match.closureReason = reason;
      statusHistory.push({ status: 'closed', at: timestamp(end, random.integer(540, 1080)) });
      if (reason === 'partner_unavailable' || reason === 'rematched') {
        parent.matchingPreferences.previousPartnerIds.push(draft.partner.id);
        schedule(end + random.integer(3, 14), parentIndex);
      }
      plans.push({
        match,
        parentIndex,
        partnerIndex,
        startDay: start,
        lastDay: end,
        ...(pause ? { pause } : {}),
        closedDay: end,
      });
      return;
    }
    match.status = pause && pause[0] <= asOfDay && asOfDay < pause[1] ? 'paused' : 'active';
    plans.push({
      match,
      parentIndex,
      partnerIndex,
      startDay: start,
      lastDay: asOfDay,
      ...(pause ? { pause } : {}),
    });
  };

  // Matching, day by day, so caseloads are counted at the right time.
  for (let day = startDay; day <= asOfDay; day += 1) {
    const queue = agenda.get(day);
    if (!queue) continue;
    agenda.delete(day);
    for (const parentIndex of queue) {
      const parent = parents[parentIndex] as Parent;
      const referral = referrals[parentIndex] as Referral;
      const partnerIndex = findPartner(parent, day);
      if (partnerIndex < 0) {
        if (referral.status === 'contacted') {
          referral.status = 'waitlisted';
          referral.statusHistory.push({
            status: 'waitlisted',
            at: timestamp(day, random.integer(540, 660)),
          });
        }
        attempts[parentIndex] = (attempts[parentIndex] ?? 0) + 1;
        if ((attempts[parentIndex] ?? 0) < 6) {
          schedule(day + random.integer(14, 35), parentIndex);
        } else if (referral.status === 'waitlisted' && random.chance(0.5)) {
          // After months on the waitlist, some parents stop waiting.
          referral.status = 'declined';
          referral.statusHistory.push({
            status: 'declined',
            at: timestamp(day, random.integer(661, 960)),
          });
        }
        continue;
      }
      if (referral.status === 'contacted' || referral.status === 'waitlisted') {
        referral.status = 'accepted';
        referral.statusHistory.push({
          status: 'accepted',
          at: timestamp(day, random.integer(540, 660)),
        });
      }
      book(parentIndex, partnerIndex, day);
    }
  }
  return { referrals, matches, plans };
}
