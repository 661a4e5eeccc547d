import {
  type CalendarDate,
  type CountyFips,
  type MatchDecision,
  type Parent,
  type ParentId,
  type ParentPartner,
  ParentPartnerError,
  type PartnerId,
  type StaffId,
} from '@parent-partner/core';
import {
  type AssignmentObjective,
  type AssignmentProblem,
  solveAssignment,
  solveAssignmentGreedily,
} from './assignment-solver';
import { buildCandidateIndex, candidatesOf } from './candidate-index';
import { createMatchDecision } from './explain';
import { type MatchingOptions, resolveMatchingSession } from './matching-context';
import { normalizeParent, normalizePartner } from './normalize-records';
import {
  collectConstraintResults,
  collectPreferenceResults,
  computeScore,
  createPairEvaluator,
  passesPairConstraints,
  runConstraint,
} from './pair-evaluator';
import { compareIds, requireUniqueIds } from './rank-partners';
import type { ExplanationLanguage } from './rule';
import type { RuleSet } from './rule-set';

export type { AssignmentObjective } from './assignment-solver';

/** How the assignment is computed: `exact` (optimal, min-cost flow) or `greedy` (fast, not optimal). */
export type AssignmentStrategy = 'exact' | 'greedy';

/** A pair a coordinator has already fixed: kept as is, counted against capacity, and the rest is optimised around it. */
export interface PinnedPair {
  /** The parent. */
  readonly parentId: ParentId;
  /** The partner. */
  readonly partnerId: PartnerId;
  /** The coordinator who fixed the pair. */
  readonly staffId: StaffId;
}

/** Options of {@link assignMatches}. */
export interface AssignMatchesOptions extends MatchingOptions {
  /** `max-total-score` (default; ties: more parents matched) or `max-matched-then-score`. */
  readonly objective?: AssignmentObjective;
  /** `exact` (default) or `greedy`. */
  readonly strategy?: AssignmentStrategy;
  /** Pairs fixed by coordinators. */
  readonly pinned?: readonly PinnedPair[];
  /** Language of the reasons recorded in each decision (default English). */
  readonly language?: ExplanationLanguage;
}

/** A proposed match: status `proposed` until a coordinator accepts it, with the decision that records why. */
export interface MatchProposal {
  /** The parent. */
  readonly parentId: ParentId;
  /** The partner. */
  readonly partnerId: PartnerId;
  /** The parent's county. */
  readonly countyFips: CountyFips;
  /** Always `proposed`: results are proposals until accepted. */
  readonly status: 'proposed';
  /** Whether a coordinator pinned the pair. */
  readonly pinned: boolean;
  /** Whether the pair passes every constraint (a pinned pair may not: the coordinator decided). */
  readonly eligible: boolean;
  /** The pair's score. */
  readonly score: number;
  /** Rule set id and version, score, reasons, and who proposed it (the rules or the coordinator). */
  readonly decision: MatchDecision;
}

/** Why a parent was left without a proposal. */
export type UnmatchedReason = 'no_eligible_partner' | 'capacity_exhausted';

/** A parent left without a proposal, and why. */
export interface UnmatchedParent {
  /** The parent. */
  readonly parentId: ParentId;
  /** `no_eligible_partner`: no partner passes the constraints (capacity aside); `capacity_exhausted`: some do, but they have no room left. */
  readonly reason: UnmatchedReason;
  /** Partners who pass every constraint apart from capacity. */
  readonly eligiblePartnerCount: number;
}

/** The assignment of a batch of parents. */
export interface MatchAssignment {
  /** Id of the rule set. */
  readonly ruleSetId: string;
  /** Version of the rule set. */
  readonly ruleSetVersion: string;
  /** Date of the decision. */
  readonly asOf: CalendarDate;
  /** The objective optimised. */
  readonly objective: AssignmentObjective;
  /** The strategy used. */
  readonly strategy: AssignmentStrategy;
  /** Proposals by ascending parent id (pinned pairs included). */
  readonly proposals: readonly MatchProposal[];
  /** Parents without a proposal, by ascending parent id. */
  readonly unmatched: readonly UnmatchedParent[];
  /** Objective value: total score and number of parents matched, pinned pairs included. */
  readonly objectiveValue: { readonly totalScore: number; readonly matchedCount: number };
  /** Scores are compared in whole multiples of this many points (10^-6 unless the batch is very large). */
  readonly scoreResolution: number;
}

const capacityRuleId = 'has-capacity';

function chooseScale(maximumScore: number, rowCount: number): number {
  // Keep every path cost of the solver an exact integer in a double (see assignment-solver.ts).
  const budget = 2 ** 50 / (4 * (rowCount + 1) ** 2);
  let scale = 1e6;
  while (scale > 1 && maximumScore * scale > budget) scale /= 10;
  return scale;
}

/**
 * Assigns parents to partners: the assignment that maximises the objective subject to every constraint and every partner's remaining capacity.
 *
 * Exact by default (successive shortest paths on a min-cost flow, over eligible pairs only). Deterministic: inputs are sorted by id first, so any order of `parents` and `partners` gives the same result; scores are compared at `scoreResolution`, and among equally good assignments, parents are served in order of their best score, then ascending id, and a parent served earlier keeps its partner (equal path costs go to the lower partner id). Pinned pairs are kept and counted against capacity, as are `active`, `paused` and `proposed` matches; declined pairs are never proposed.
 *
 * @example
 * ```ts
 * // Fictitious records from @parent-partner/testing, in Door County, Wisconsin, as of the decision date.
 * const where = { asOf: '2026-03-01', countyFips: '55029' };
 * const parent = testing.createSyntheticParent(1, { livedExperience: ['substance_use', 'child_removal'] }, where);
 * const otherParent = testing.createSyntheticParent(2, {}, where);
 * // A partner with three places, two of them taken.
 * const partner = testing.createSyntheticPartner(1, { status: 'active', maxCaseload: 3, livedExperience: ['substance_use', 'child_removal'] }, where);
 * const caseloads = new Map([[partner.id, 2]]);
 * const result = assignMatches([parent, otherParent], [partner], defaultRuleSet, { asOf: '2026-03-01', caseloads });
 * [result.proposals.map((proposal) => [proposal.parentId, proposal.partnerId]), result.unmatched.map((entry) => [entry.parentId, entry.reason])];
 * //=> [[[parent.id, partner.id]], [[otherParent.id, 'capacity_exhausted']]]
 * ```
 */
export function assignMatches(
  parents: readonly Parent[],
  partners: readonly ParentPartner[],
  ruleSet: RuleSet,
  options: AssignMatchesOptions,
): MatchAssignment {
  requireUniqueIds(parents, 'parents');
  requireUniqueIds(partners, 'partners');
  const objective = options.objective ?? 'max-total-score';
  const strategy = options.strategy ?? 'exact';
  if (objective !== 'max-total-score' && objective !== 'max-matched-then-score') {
    throw new ParentPartnerError(
      'INVALID_ARGUMENT',
      'objective: expected max-total-score or max-matched-then-score',
    );
  }
  if (strategy !== 'exact' && strategy !== 'greedy') {
    throw new ParentPartnerError('INVALID_ARGUMENT', 'strategy: expected exact or greedy');
  }
  const session = resolveMatchingSession(options);
  const evaluator = createPairEvaluator(ruleSet, session, false);
  const language = options.language ?? 'en';
  // Fixed-shape copies keep property reads monomorphic in the rules (see normalize-records.ts).
  const sortedParents = parents
    .map(normalizeParent)
    .sort((left, right) => compareIds(left.id, right.id));
  const sortedPartners = partners
    .map(normalizePartner)
    .sort((left, right) => compareIds(left.id, right.id));
  const partnerPosition = new Map(
    sortedPartners.map((partner, index) => [partner.id as string, index]),
  );
  const parentById = new Map(sortedParents.map((parent) => [parent.id as string, parent]));

  // Pinned pairs: kept as the coordinator fixed them, counted against capacity.
  const pinnedByParent = new Map<string, PinnedPair>();
  const pinnedCount = new Int32Array(sortedPartners.length);
  (options.pinned ?? []).forEach((pin, index) => {
    if (!parentById.has(pin.parentId)) {
      throw new ParentPartnerError(
        'INVALID_ARGUMENT',
        `pinned.${index}.parentId: not among the parents`,
      );
    }
    const position = partnerPosition.get(pin.partnerId);
    if (position === undefined) {
      throw new ParentPartnerError(
        'INVALID_ARGUMENT',
        `pinned.${index}.partnerId: not among the partners`,
      );
    }
    if (pinnedByParent.has(pin.parentId)) {
      throw new ParentPartnerError(
        'INVALID_ARGUMENT',
        `pinned.${index}.parentId: the parent is pinned twice`,
      );
    }
    pinnedByParent.set(pin.parentId, pin);
    pinnedCount[position] = pinnedCount[position]! + 1;
  });

  // Partner-scope constraints once per partner; capacity kept apart to tell the two unmatched reasons apart.
  const probeParent = sortedParents[0];
  const partnerAllowed = new Uint8Array(sortedPartners.length);
  const capacities = new Int32Array(sortedPartners.length);
  sortedPartners.forEach((partner, index) => {
    let allowed = true;
    let hasRoom = true;
    if (probeParent) {
      for (const compiled of evaluator.partnerConstraints) {
        if (runConstraint(compiled, probeParent, partner).passed === true) continue;
        if (compiled.rule.id === capacityRuleId) hasRoom = false;
        else allowed = false;
      }
    }
    partnerAllowed[index] = allowed ? 1 : 0;
    const maximum = partner.maxCaseload ?? session.policy.defaultMaxCaseload;
    const used = (session.caseloads.get(partner.id) ?? 0) + pinnedCount[index]!;
    capacities[index] = hasRoom ? Math.max(0, maximum - used) : 0;
  });

  const index = buildCandidateIndex(evaluator, sortedPartners);
  const rows: Parent[] = [];
  const eligibleCounts: number[] = [];
  const rowStart: number[] = [0];
  const edgeColumn: number[] = [];
  const edgeScore: number[] = [];
  let maximumScore = 0;
  for (const parent of sortedParents) {
    if (pinnedByParent.has(parent.id)) continue;
    let eligible = 0;
    for (const position of candidatesOf(index, parent, sortedPartners.length)) {
      if (partnerAllowed[position] !== 1) continue;
      const partner = sortedPartners[position] as ParentPartner;
      if (!passesPairConstraints(evaluator, parent, partner)) continue;
      eligible += 1;
      if (capacities[position]! <= 0) continue;
      const score = computeScore(evaluator, parent, partner);
      edgeColumn.push(position);
      edgeScore.push(score);
      if (score > maximumScore) maximumScore = score;
    }
    rows.push(parent);
    eligibleCounts.push(eligible);
    rowStart.push(edgeColumn.length);
  }
  const scale = chooseScale(maximumScore, rows.length);
  const problem: AssignmentProblem = {
    rowCount: rows.length,
    columnCapacities: capacities,
    rowStart,
    edgeColumn,
    edgeProfit: edgeScore.map((score) => Math.round(score * scale)),
    objective,
  };
  const solution =
    strategy === 'exact' ? solveAssignment(problem) : solveAssignmentGreedily(problem);

  const proposals: MatchProposal[] = [];
  const unmatched: UnmatchedParent[] = [];
  const chosen = new Map<string, { partner: ParentPartner; score: number }>();
  rows.forEach((parent, row) => {
    const column = solution[row]!;
    if (column >= 0) {
      let score = 0;
      for (let edge = rowStart[row]!; edge < rowStart[row + 1]!; edge += 1) {
        if (edgeColumn[edge] === column) score = edgeScore[edge]!;
      }
      chosen.set(parent.id, { partner: sortedPartners[column] as ParentPartner, score });
    } else {
      const eligiblePartnerCount = eligibleCounts[row]!;
      unmatched.push({
        parentId: parent.id,
        reason: eligiblePartnerCount > 0 ? 'capacity_exhausted' : 'no_eligible_partner',
        eligiblePartnerCount,
      });
    }
  });
  let totalScore = 0;
  for (const parent of sortedParents) {
    const pin = pinnedByParent.get(parent.id);
    const partner = pin
      ? (sortedPartners[partnerPosition.get(pin.partnerId) as number] as ParentPartner)
      : chosen.get(parent.id)?.partner;
    if (!partner) continue;
    const { exclusions } = collectConstraintResults(evaluator, parent, partner, false);
    const { contributions, score } = collectPreferenceResults(evaluator, parent, partner);
    totalScore += score;
    proposals.push({
      parentId: parent.id,
      partnerId: partner.id,
      countyFips: parent.countyFips,
      status: 'proposed',
      pinned: pin !== undefined,
      eligible: exclusions.length === 0,
      score,
      decision: createMatchDecision({ score, exclusions, contributions }, ruleSet, {
        language,
        proposedBy: pin ? { kind: 'coordinator', staffId: pin.staffId } : { kind: 'rules' },
      }),
    });
  }
  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    asOf: session.asOf,
    objective,
    strategy,
    proposals,
    unmatched,
    objectiveValue: { totalScore, matchedCount: proposals.length },
    scoreResolution: 1 / scale,
  };
}
