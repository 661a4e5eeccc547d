import type {
  Match,
  Parent,
  ParentId,
  ParentPartner,
  PartnerId,
  Program,
} from '@parent-partner/core';
import { type AssignmentObjective, assignMatches } from './assign-matches';
import { buildCandidateIndex, candidatesOf } from './candidate-index';
import { type MatchingOptions, resolveMatchingSession } from './matching-context';
import {
  collectConstraintResults,
  collectPreferenceResults,
  computeScore,
  createPairEvaluator,
  type PairEvaluator,
  passesPairConstraints,
  passesPartnerConstraints,
} from './pair-evaluator';
import { compareIds, requireUniqueIds } from './rank-partners';
import type { RuleSet } from './rule-set';

/** The people a rule change is tried on: a program's current (or synthetic) parents and partners. */
export interface ProgramSnapshot {
  /** The program (policy, required trainings, county neighbours). */
  readonly program?: Program;
  /** Parents to match. */
  readonly parents: readonly Parent[];
  /** Partners. */
  readonly partners: readonly ParentPartner[];
  /** Recorded matches (caseloads and declined pairs). */
  readonly matches?: readonly Match[];
}

/** Options of {@link compareRuleSets}. */
export interface CompareRuleSetsOptions extends Omit<MatchingOptions, 'program' | 'matches'> {
  /** How many top candidates to compare per parent (default 3). */
  readonly topCount?: number;
  /** Also compare the batch assignments (default true). */
  readonly compareAssignments?: boolean;
  /** Objective of the assignments compared (default `max-total-score`). */
  readonly objective?: AssignmentObjective;
}

/** A difference in configuration between the two rule sets. */
export interface RuleConfigurationChange {
  /** The rule. */
  readonly ruleId: string;
  /** What changed. */
  readonly change: 'added' | 'removed' | 'enabled' | 'disabled' | 'weight' | 'params';
  /** The weight before, for a weight change. */
  readonly weightBefore?: number;
  /** The weight after, for a weight change. */
  readonly weightAfter?: number;
}

/** Why a partner's standing changed: a rule that contributes differently, or excludes or no longer excludes them. */
export interface StandingChange {
  /** The partner. */
  readonly partnerId: PartnerId;
  /** The rule. */
  readonly ruleId: string;
  /** `contribution`: points changed; `excluded`: the rule now excludes; `no_longer_excluded`: it did, it no longer does. */
  readonly kind: 'contribution' | 'excluded' | 'no_longer_excluded';
  /** Points before (contributions). */
  readonly before: number;
  /** Points after (contributions). */
  readonly after: number;
}

/** A parent whose top candidates change. */
export interface TopCandidatesChange {
  /** The parent. */
  readonly parentId: ParentId;
  /** Top candidates before, best first. */
  readonly before: readonly PartnerId[];
  /** Top candidates after, best first. */
  readonly after: readonly PartnerId[];
  /** What changed for the first candidate before and the first candidate after. */
  readonly why: readonly StandingChange[];
}

/** A parent whose proposed partner changes in the batch assignment. */
export interface AssignmentChange {
  /** The parent. */
  readonly parentId: ParentId;
  /** Partner proposed before, if any. */
  readonly before?: PartnerId;
  /** Partner proposed after, if any. */
  readonly after?: PartnerId;
}

/** The dry run of a rule change. */
export interface RuleSetComparison {
  /** The rule set before: id and version. */
  readonly before: { readonly id: string; readonly version: string };
  /** The rule set after: id and version. */
  readonly after: { readonly id: string; readonly version: string };
  /** Configuration differences. */
  readonly ruleChanges: readonly RuleConfigurationChange[];
  /** Parents whose top candidates change, by ascending id. */
  readonly topCandidateChanges: readonly TopCandidatesChange[];
  /** Parents whose assignment changes, by ascending id (empty when assignments are not compared). */
  readonly assignmentChanges: readonly AssignmentChange[];
  /** Counts. */
  readonly summary: {
    /** Parents compared. */
    readonly parents: number;
    /** Parents whose top candidates change. */
    readonly topCandidatesChanged: number;
    /** Parents whose assignment changes. */
    readonly assignmentsChanged: number;
    /** Parents matched by the assignment before. */
    readonly matchedBefore: number;
    /** Parents matched by the assignment after. */
    readonly matchedAfter: number;
  };
}

function diffConfiguration(before: RuleSet, after: RuleSet): RuleConfigurationChange[] {
  const changes: RuleConfigurationChange[] = [];
  const previous = new Map(before.rules.map((configured) => [configured.rule.id, configured]));
  const next = new Map(after.rules.map((configured) => [configured.rule.id, configured]));
  for (const configured of after.rules) {
    const old = previous.get(configured.rule.id);
    const ruleId = configured.rule.id;
    if (!old || old.rule !== configured.rule) {
      if (old) changes.push({ ruleId, change: 'removed' });
      changes.push({ ruleId, change: 'added' });
      continue;
    }
    if (old.enabled !== configured.enabled)
      changes.push({ ruleId, change: configured.enabled ? 'enabled' : 'disabled' });
    if (old.weight !== configured.weight) {
      changes.push({
        ruleId,
        change: 'weight',
        weightBefore: old.weight,
        weightAfter: configured.weight,
      });
    }
    if (JSON.stringify(old.params) !== JSON.stringify(configured.params))
      changes.push({ ruleId, change: 'params' });
  }
  for (const configured of before.rules) {
    if (!next.has(configured.rule.id))
      changes.push({ ruleId: configured.rule.id, change: 'removed' });
  }
  return changes;
}

function topCandidates(
  evaluator: PairEvaluator,
  parent: Parent,
  partners: readonly ParentPartner[],
  allowed: Uint8Array,
  index: ReturnType<typeof buildCandidateIndex>,
  topCount: number,
): PartnerId[] {
  const scored: { partner: ParentPartner; score: number }[] = [];
  for (const position of candidatesOf(index, parent, partners.length)) {
    if (allowed[position] !== 1) continue;
    const partner = partners[position] as ParentPartner;
    if (!passesPairConstraints(evaluator, parent, partner)) continue;
    scored.push({ partner, score: computeScore(evaluator, parent, partner) });
  }
  scored.sort(
    (left, right) => right.score - left.score || compareIds(left.partner.id, right.partner.id),
  );
  return scored.slice(0, topCount).map((entry) => entry.partner.id);
}

function explainStanding(
  partner: ParentPartner,
  parent: Parent,
  before: PairEvaluator,
  after: PairEvaluator,
): StandingChange[] {
  const changes: StandingChange[] = [];
  const excludedBefore = new Set(
    collectConstraintResults(before, parent, partner, false).exclusions.map(
      (result) => result.ruleId,
    ),
  );
  const excludedAfter = new Set(
    collectConstraintResults(after, parent, partner, false).exclusions.map(
      (result) => result.ruleId,
    ),
  );
  for (const ruleId of excludedAfter) {
    if (!excludedBefore.has(ruleId))
      changes.push({ partnerId: partner.id, ruleId, kind: 'excluded', before: 0, after: 0 });
  }
  for (const ruleId of excludedBefore) {
    if (!excludedAfter.has(ruleId))
      changes.push({
        partnerId: partner.id,
        ruleId,
        kind: 'no_longer_excluded',
        before: 0,
        after: 0,
      });
  }
  const contributionsBefore = new Map(
    collectPreferenceResults(before, parent, partner).contributions.map((result) => [
      result.ruleId,
      result.contribution,
    ]),
  );
  const contributionsAfter = new Map(
    collectPreferenceResults(after, parent, partner).contributions.map((result) => [
      result.ruleId,
      result.contribution,
    ]),
  );
  for (const ruleId of new Set([...contributionsBefore.keys(), ...contributionsAfter.keys()])) {
    const old = contributionsBefore.get(ruleId) ?? 0;
    const next = contributionsAfter.get(ruleId) ?? 0;
    if (old !== next)
      changes.push({
        partnerId: partner.id,
        ruleId,
        kind: 'contribution',
        before: old,
        after: next,
      });
  }
  return changes;
}

/**
 * Dry-runs a rule change against a program's parents and partners: whose top candidates and whose assignment would change, and why.
 *
 * @example
 * ```ts
 * // Fictitious records from @parent-partner/testing, in Door County, Wisconsin, as of the decision date.
 * const where = { asOf: '2026-03-01', countyFips: '55029' };
 * const parent = testing.createSyntheticParent(1, { livedExperience: ['substance_use', 'child_removal'] }, where);
 * const partner = testing.createSyntheticPartner(1, { status: 'active', livedExperience: ['substance_use', 'child_removal'] }, where);
 * const otherPartner = testing.createSyntheticPartner(6, { status: 'active' }, where);
 * // On re-referral, the parent had the other partner before.
 * const returningParent = { ...parent, matchingPreferences: { ...parent.matchingPreferences, previousPartnerIds: [otherPartner.id] } };
 * const after = extendRuleSet(defaultRuleSet, { id: 'no-continuity', version: '1', disable: ['continuity'] });
 * const comparison = compareRuleSets(defaultRuleSet, after, { parents: [returningParent], partners: [partner, otherPartner] }, { asOf: '2026-03-01' });
 * [comparison.ruleChanges, comparison.topCandidateChanges.map((change) => [change.before[0], change.after[0]])];
 * //=> [[{ ruleId: 'continuity', change: 'disabled' }], [[otherPartner.id, partner.id]]]
 * ```
 */
export function compareRuleSets(
  before: RuleSet,
  after: RuleSet,
  program: ProgramSnapshot,
  options: CompareRuleSetsOptions,
): RuleSetComparison {
  requireUniqueIds(program.parents, 'parents');
  requireUniqueIds(program.partners, 'partners');
  const topCount = options.topCount ?? 3;
  const matchingOptions: MatchingOptions = {
    ...options,
    ...(program.program === undefined ? {} : { program: program.program }),
    ...(program.matches === undefined ? {} : { matches: program.matches }),
  };
  const session = resolveMatchingSession(matchingOptions);
  const parents = [...program.parents].sort((left, right) => compareIds(left.id, right.id));
  const partners = [...program.partners].sort((left, right) => compareIds(left.id, right.id));
  const partnerById = new Map(partners.map((partner) => [partner.id as string, partner]));
  const prepare = (ruleSet: RuleSet) => {
    const evaluator = createPairEvaluator(ruleSet, session, false);
    const allowed = new Uint8Array(partners.length);
    const probe = parents[0];
    partners.forEach((partner, position) => {
      allowed[position] = probe && passesPartnerConstraints(evaluator, probe, partner) ? 1 : 0;
    });
    return { evaluator, allowed, index: buildCandidateIndex(evaluator, partners) };
  };
  const old = prepare(before);
  const next = prepare(after);
  const topCandidateChanges: TopCandidatesChange[] = [];
  for (const parent of parents) {
    const topBefore = topCandidates(
      old.evaluator,
      parent,
      partners,
      old.allowed,
      old.index,
      topCount,
    );
    const topAfter = topCandidates(
      next.evaluator,
      parent,
      partners,
      next.allowed,
      next.index,
      topCount,
    );
    if (
      topBefore.length === topAfter.length &&
      topBefore.every((id, position) => id === topAfter[position])
    )
      continue;
    const involved = [
      ...new Set([topBefore[0], topAfter[0]].filter((id): id is PartnerId => id !== undefined)),
    ];
    const why = involved.flatMap((partnerId) =>
      explainStanding(
        partnerById.get(partnerId) as ParentPartner,
        parent,
        old.evaluator,
        next.evaluator,
      ),
    );
    topCandidateChanges.push({ parentId: parent.id, before: topBefore, after: topAfter, why });
  }
  const assignmentChanges: AssignmentChange[] = [];
  let matchedBefore = 0;
  let matchedAfter = 0;
  if (options.compareAssignments !== false) {
    const assignmentOptions = {
      ...matchingOptions,
      objective: options.objective ?? 'max-total-score',
    } as const;
    const first = assignMatches(parents, partners, before, assignmentOptions);
    const second = assignMatches(parents, partners, after, assignmentOptions);
    matchedBefore = first.objectiveValue.matchedCount;
    matchedAfter = second.objectiveValue.matchedCount;
    const beforeByParent = new Map(
      first.proposals.map((proposal) => [proposal.parentId as string, proposal.partnerId]),
    );
    const afterByParent = new Map(
      second.proposals.map((proposal) => [proposal.parentId as string, proposal.partnerId]),
    );
    for (const parent of parents) {
      const oldPartner = beforeByParent.get(parent.id);
      const newPartner = afterByParent.get(parent.id);
      if (oldPartner === newPartner) continue;
      assignmentChanges.push({
        parentId: parent.id,
        ...(oldPartner === undefined ? {} : { before: oldPartner }),
        ...(newPartner === undefined ? {} : { after: newPartner }),
      });
    }
  }
  return {
    before: { id: before.id, version: before.version },
    after: { id: after.id, version: after.version },
    ruleChanges: diffConfiguration(before, after),
    topCandidateChanges,
    assignmentChanges,
    summary: {
      parents: parents.length,
      topCandidatesChanged: topCandidateChanges.length,
      assignmentsChanged: assignmentChanges.length,
      matchedBefore,
      matchedAfter,
    },
  };
}
