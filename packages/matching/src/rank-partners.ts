import {
  type CalendarDate,
  type Parent,
  type ParentId,
  type ParentPartner,
  ParentPartnerError,
  type PartnerId,
} from '@parent-partner/core';
import { type MatchingOptions, resolveMatchingSession } from './matching-context';
import { normalizeParent, normalizePartners } from './normalize-records';
import {
  type CompiledRule,
  clampScore,
  createPairEvaluator,
  type PairEvaluator,
  type RuleResult,
  runConstraint,
  runPreference,
  toConstraintResult,
  toPreferenceResult,
} from './pair-evaluator';
import { appendItem } from './record-index';
import type { PreferenceOutcome } from './rule';
import type { RuleSet } from './rule-set';

/** Options of {@link rankPartners}. */
export interface RankPartnersOptions extends MatchingOptions {
  /** Also list each candidate's passed constraints, and attach per-condition traces to declarative rules. */
  readonly trace?: boolean;
  /** Keep only the first `limit` candidates (the excluded partners are always all listed). */
  readonly limit?: number;
}

/** A partner the rules allow, with their rank, score and each preference's contribution. */
export interface RankedCandidate {
  /** 1 for the best candidate. */
  readonly rank: number;
  /** The partner. */
  readonly partnerId: PartnerId;
  /** Total score (sum of contributions). */
  readonly score: number;
  /** Each preference's result, in rule order. */
  readonly contributions: readonly RuleResult[];
  /** The passed constraints, when `trace` was asked for. */
  readonly passedConstraints?: readonly RuleResult[];
}

/** A partner the rules exclude, with every constraint that excluded them. */
export interface ExcludedPartner {
  /** The partner. */
  readonly partnerId: PartnerId;
  /** Every failed constraint. */
  readonly exclusions: readonly RuleResult[];
}

/** The partners for one parent: candidates best first, and the excluded partners with their reasons. */
export interface PartnerRanking {
  /** The parent. */
  readonly parentId: ParentId;
  /** Id of the rule set that ranked. */
  readonly ruleSetId: string;
  /** Version of the rule set that ranked. */
  readonly ruleSetVersion: string;
  /** Date of the decision. */
  readonly asOf: CalendarDate;
  /** Eligible partners by descending score; equal scores by ascending partner id. */
  readonly candidates: readonly RankedCandidate[];
  /** Excluded partners by ascending partner id. */
  readonly excluded: readonly ExcludedPartner[];
}

/** Compares partner ids in code-unit order (the documented tie-break; independent of locale). */
export function compareIds(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Throws when two records share an id; batch results would be ambiguous. */
export function requireUniqueIds(records: readonly { readonly id: string }[], name: string): void {
  const seen = new Set<string>();
  for (let index = 0; index < records.length; index += 1) {
    const id = (records[index] as { id: string }).id;
    if (seen.has(id)) {
      throw new ParentPartnerError(
        'INVALID_ARGUMENT',
        `${name}.${index}.id: the same id appears twice`,
      );
    }
    seen.add(id);
  }
}

let lastCheckedPartners: readonly ParentPartner[] | undefined;

/**
 * Ranks partners for one parent: eligible partners by descending score with each preference's contribution, and every excluded partner with every reason.
 *
 * Deterministic: equal scores are ordered by ascending partner id, so the ranking is the same for any order of `partners`.
 *
 * The ranking itself only decides and scores. A candidate's `contributions` and an excluded partner's `exclusions` are built when first read (then kept), by running that pair's rules again: rules are pure functions of the parent, the partner and the context, so they are the same reasons. Reading a few candidates costs a few pairs; reading all of them costs about one more pass.
 *
 * @example
 * ```ts
 * // Fictitious records from @parent-partner/testing, in Door County, Wisconsin, as of the decision date.
 * const where = { asOf: '2026-03-01', countyFips: '55029' };
 * const parent = testing.createSyntheticParent(1, { livedExperience: ['substance_use', 'child_removal'] }, where);
 * const partner = testing.createSyntheticPartner(1, { status: 'active', livedExperience: ['substance_use', 'child_removal'] }, where);
 * const otherPartner = testing.createSyntheticPartner(6, { status: 'active' }, where);
 * const ranking = rankPartners(parent, [partner, otherPartner], defaultRuleSet, { asOf: '2026-03-01' });
 * [ranking.candidates.map((candidate) => candidate.partnerId), ranking.excluded.length];
 * //=> [[partner.id, otherPartner.id], 0]
 * ```
 */
export function rankPartners(
  parent: Parent,
  partners: readonly ParentPartner[],
  ruleSet: RuleSet,
  options: RankPartnersOptions,
): PartnerRanking {
  const shaped = normalizePartners(partners);
  // The fixed-shape copies are remembered for the same list of the same records, whose ids were checked.
  if (shaped !== lastCheckedPartners) {
    requireUniqueIds(partners, 'partners');
    lastCheckedPartners = shaped;
  }
  const limit = options.limit;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new ParentPartnerError('INVALID_ARGUMENT', 'limit: expected a whole number not below 0');
  }
  const session = resolveMatchingSession(options);
  const trace = options.trace === true;
  const evaluator = createPairEvaluator(ruleSet, session, trace);
  const constraints = evaluator.constraints;
  const pairConstraints = evaluator.pairConstraints;
  const preferences = evaluator.preferences;
  const shapedParent = normalizeParent(parent);
  const partnerOnly = evaluatePartnerScope(ruleSet, shaped, shapedParent, evaluator, options);
  const partnerPreferences = partnerOnly.preferences;
  const preferenceCount = partnerOnly.preferenceCount;
  // The first pass only decides and scores: rule outcomes die young (no explanation is kept), and a
  // pair already excluded by a partner-only constraint runs no pair rule at all. Reasons and
  // contributions are built from the same pure rules when first read (see describeCandidate).
  const candidateIndexes: number[] = [];
  const scores = new Float64Array(shaped.length);
  const isExcluded = new Uint8Array(shaped.length);
  for (let index = 0; index < shaped.length; index += 1) {
    if (partnerOnly.exclusions[index] !== undefined) {
      isExcluded[index] = 1;
      continue;
    }
    const partner = shaped[index] as ParentPartner;
    let passes = true;
    for (const compiled of pairConstraints) {
      if (runConstraint(compiled, shapedParent, partner).passed !== true) {
        passes = false;
        break;
      }
    }
    if (!passes) {
      isExcluded[index] = 1;
      continue;
    }
    let score = 0;
    let partnerPreference = index * preferenceCount;
    for (const compiled of preferences) {
      const outcome = compiled.partnerOnly
        ? (partnerPreferences[partnerPreference++] as PreferenceOutcome)
        : runPreference(compiled, shapedParent, partner);
      if (outcome.skipped !== true) score += compiled.weight * clampScore(outcome.score);
    }
    candidateIndexes.push(index);
    scores[index] = score;
  }
  // Ties and the excluded list follow partner ids, ranked once per partner list (see evaluatePartnerScope).
  const idRanks = partnerOnly.idRanks;
  candidateIndexes.sort(
    (left, right) =>
      (scores[right] as number) - (scores[left] as number) ||
      (idRanks[left] as number) - (idRanks[right] as number),
  );
  const excludedIndexes: number[] = [];
  for (const index of partnerOnly.byId) if (isExcluded[index] === 1) excludedIndexes.push(index);
  const explanation: Explanation = {
    parent: shapedParent,
    partners: shaped,
    constraints,
    pairConstraints,
    preferences,
    partnerExclusions: partnerOnly.exclusions,
    partnerPreferences,
    preferenceCount,
  };
  const kept = limit === undefined ? candidateIndexes : candidateIndexes.slice(0, limit);
  const candidates = kept.map((partnerIndex, position) =>
    describeCandidate(
      explanation,
      partnerIndex,
      position + 1,
      scores[partnerIndex] as number,
      trace,
    ),
  );
  return {
    parentId: parent.id,
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    asOf: session.asOf,
    candidates,
    excluded: excludedIndexes.map((partnerIndex) => describeExcluded(explanation, partnerIndex)),
  };
}

/** What the lazily built reasons of one ranking need (the rules are pure: running them again gives the same outcomes). */
interface Explanation {
  readonly parent: Parent;
  readonly partners: readonly ParentPartner[];
  readonly constraints: readonly CompiledRule[];
  readonly pairConstraints: readonly CompiledRule[];
  readonly preferences: readonly CompiledRule[];
  readonly partnerExclusions: readonly (readonly RuleResult[] | undefined)[];
  readonly partnerPreferences: readonly PreferenceOutcome[];
  readonly preferenceCount: number;
  /** Orders exclusions by rule position; made when first needed. */
  ruleOrder?: (left: RuleResult, right: RuleResult) => number;
}

function describeCandidate(
  explanation: Explanation,
  partnerIndex: number,
  rank: number,
  score: number,
  trace: boolean,
): RankedCandidate {
  const partner = explanation.partners[partnerIndex] as ParentPartner;
  // A full ranking has a thousand candidates and a screen reads a few: contributions are built on
  // first read and remembered. The getter is an own enumerable property, so a candidate still
  // compares, spreads and serializes as a plain object.
  let contributions: readonly RuleResult[] | undefined;
  const candidate: RankedCandidate = {
    rank,
    partnerId: partner.id,
    score,
    get contributions() {
      contributions ??= listContributions(explanation, partnerIndex);
      return contributions;
    },
  };
  if (!trace) return candidate;
  return {
    rank,
    partnerId: partner.id,
    score,
    contributions: candidate.contributions,
    passedConstraints: explanation.constraints.map((compiled) =>
      toConstraintResult(compiled, runConstraint(compiled, explanation.parent, partner)),
    ),
  };
}

function listContributions(explanation: Explanation, partnerIndex: number): RuleResult[] {
  const partner = explanation.partners[partnerIndex] as ParentPartner;
  let partnerPreference = partnerIndex * explanation.preferenceCount;
  return explanation.preferences.map((compiled) =>
    toPreferenceResult(
      compiled,
      compiled.partnerOnly
        ? (explanation.partnerPreferences[partnerPreference++] as PreferenceOutcome)
        : runPreference(compiled, explanation.parent, partner),
    ),
  );
}

function describeExcluded(explanation: Explanation, partnerIndex: number): ExcludedPartner {
  const partner = explanation.partners[partnerIndex] as ParentPartner;
  let exclusions: readonly RuleResult[] | undefined;
  return {
    partnerId: partner.id,
    get exclusions() {
      exclusions ??= listExclusions(explanation, partnerIndex);
      return exclusions;
    },
  };
}

/** Every failed constraint of an excluded partner, in rule order. */
function listExclusions(explanation: Explanation, partnerIndex: number): RuleResult[] {
  const partner = explanation.partners[partnerIndex] as ParentPartner;
  const known = explanation.partnerExclusions[partnerIndex];
  const exclusions: RuleResult[] = known === undefined ? [] : [...known];
  for (const compiled of explanation.pairConstraints) {
    const outcome = runConstraint(compiled, explanation.parent, partner);
    if (outcome.passed !== true) exclusions.push(toConstraintResult(compiled, outcome));
  }
  if (known !== undefined && known.length > 0 && exclusions.length > known.length) {
    explanation.ruleOrder ??= byRuleOrder(explanation.constraints);
    exclusions.sort(explanation.ruleOrder);
  }
  return exclusions;
}

function byRuleOrder(
  constraints: readonly CompiledRule[],
): (left: RuleResult, right: RuleResult) => number {
  const order = new Map(constraints.map((compiled) => [compiled.rule.id, compiled.position]));
  return (left, right) => (order.get(left.ruleId) ?? 0) - (order.get(right.ruleId) ?? 0);
}

interface PartnerScope {
  readonly key: readonly unknown[];
  /** Failed partner-only constraints per partner (`undefined` when none failed). */
  readonly exclusions: readonly (readonly RuleResult[] | undefined)[];
  /** Outcomes of the partner-only preferences, partner by partner. */
  readonly preferences: readonly PreferenceOutcome[];
  /** Number of partner-only preferences. */
  readonly preferenceCount: number;
  /** Partner positions in ascending id order. */
  readonly byId: Int32Array;
  /** Each partner's place in ascending id order. */
  readonly idRanks: Int32Array;
}

let lastScope: PartnerScope | undefined;

/**
 * Runs the partner-only rules once per partner list, rule set, date, program, policy and caseloads:
 * ranking many parents against the same partners does not repeat them (a one-entry memo; the key is compared by identity).
 */
function evaluatePartnerScope(
  ruleSet: RuleSet,
  partners: readonly ParentPartner[],
  parent: Parent,
  evaluator: PairEvaluator,
  options: RankPartnersOptions,
): PartnerScope {
  const key = [
    ruleSet,
    partners,
    options.asOf,
    options.program,
    options.policy,
    options.caseloads,
    options.matches,
    options.trace === true,
  ];
  if (
    lastScope &&
    lastScope.key.length === key.length &&
    lastScope.key.every((part, index) => part === key[index])
  ) {
    return lastScope;
  }
  const partnerPreferences = evaluator.preferences.filter((compiled) => compiled.partnerOnly);
  const exclusions: (RuleResult[] | undefined)[] = [];
  const preferences: PreferenceOutcome[] = [];
  for (const partner of partners) {
    let failed: RuleResult[] | undefined;
    for (const compiled of evaluator.partnerConstraints) {
      const outcome = runConstraint(compiled, parent, partner);
      if (outcome.passed !== true)
        failed = appendItem(failed, toConstraintResult(compiled, outcome));
    }
    exclusions.push(failed);
    for (const compiled of partnerPreferences)
      preferences.push(runPreference(compiled, parent, partner));
  }
  const byId = Int32Array.from(partners.keys()).sort((left, right) =>
    compareIds((partners[left] as ParentPartner).id, (partners[right] as ParentPartner).id),
  );
  const idRanks = new Int32Array(partners.length);
  byId.forEach((partnerIndex, rank) => {
    idRanks[partnerIndex] = rank;
  });
  lastScope = {
    key,
    exclusions,
    preferences,
    preferenceCount: partnerPreferences.length,
    byId,
    idRanks,
  };
  return lastScope;
}
