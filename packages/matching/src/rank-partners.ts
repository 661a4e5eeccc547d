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

interface Scored {
  readonly partner: ParentPartner;
  readonly score: number;
  /** Offset of this partner's preference outcomes in the shared outcome list. */
  readonly offset: number;
}

/**
 * Ranks partners for one parent: eligible partners by descending score with each preference's contribution, and every excluded partner with every reason.
 *
 * Deterministic: equal scores are ordered by ascending partner id, so the ranking is the same for any order of `partners`.
 *
 * @example
 * ```ts
 * const ranking = rankPartners(parent, [partner, otherPartner], defaultRuleSet, { asOf: '2026-03-01' });
 * [ranking.candidates.map((candidate) => candidate.partnerId), ranking.excluded.length];
 * //=> [['partner-1', 'partner-2'], 0]
 * ```
 */
export function rankPartners(
  parent: Parent,
  partners: readonly ParentPartner[],
  ruleSet: RuleSet,
  options: RankPartnersOptions,
): PartnerRanking {
  requireUniqueIds(partners, 'partners');
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
  const shaped = normalizePartners(partners);
  const shapedParent = normalizeParent(parent);
  const partnerOnly = evaluatePartnerScope(ruleSet, shaped, shapedParent, evaluator, options);
  const partnerPreferences = partnerOnly.preferences;
  const excluded: ExcludedPartner[] = [];
  const scored: Scored[] = [];
  const outcomes: PreferenceOutcome[] = [];
  let ruleOrder: ((left: RuleResult, right: RuleResult) => number) | undefined;
  for (let index = 0; index < shaped.length; index += 1) {
    const partner = shaped[index] as ParentPartner;
    const known = partnerOnly.exclusions[index];
    let exclusions: RuleResult[] | undefined = known === undefined ? undefined : [...known];
    for (const compiled of pairConstraints) {
      const outcome = runConstraint(compiled, shapedParent, partner);
      if (outcome.passed !== true)
        exclusions = appendItem(exclusions, toConstraintResult(compiled, outcome));
    }
    if (exclusions) {
      if (known !== undefined && exclusions.length > known.length) {
        ruleOrder ??= byRuleOrder(constraints);
        exclusions.sort(ruleOrder);
      }
      excluded.push({ partnerId: partner.id, exclusions });
      continue;
    }
    // Outcomes are kept; explanations are built only for the candidates kept, after sorting.
    const offset = outcomes.length;
    let score = 0;
    let partnerPreference = index * partnerOnly.preferenceCount;
    for (const compiled of preferences) {
      const outcome = compiled.partnerOnly
        ? (partnerPreferences[partnerPreference++] as PreferenceOutcome)
        : runPreference(compiled, shapedParent, partner);
      outcomes.push(outcome);
      if (outcome.skipped !== true) score += compiled.weight * clampScore(outcome.score);
    }
    scored.push({ partner, score, offset });
  }
  scored.sort(
    (left, right) => right.score - left.score || compareIds(left.partner.id, right.partner.id),
  );
  excluded.sort((left, right) => compareIds(left.partnerId, right.partnerId));
  const kept = limit === undefined ? scored : scored.slice(0, limit);
  const candidates = kept.map((entry, index) =>
    explainCandidate(
      entry,
      index + 1,
      shapedParent,
      preferences,
      outcomes,
      trace ? constraints : undefined,
    ),
  );
  return {
    parentId: parent.id,
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    asOf: session.asOf,
    candidates,
    excluded,
  };
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
  lastScope = { key, exclusions, preferences, preferenceCount: partnerPreferences.length };
  return lastScope;
}

function explainCandidate(
  entry: Scored,
  rank: number,
  parent: Parent,
  preferences: readonly CompiledRule[],
  outcomes: readonly PreferenceOutcome[],
  constraints: readonly CompiledRule[] | undefined,
): RankedCandidate {
  const contributions = preferences.map((compiled, position) =>
    toPreferenceResult(compiled, outcomes[entry.offset + position] as PreferenceOutcome),
  );
  const candidate: RankedCandidate = {
    rank,
    partnerId: entry.partner.id,
    score: entry.score,
    contributions,
  };
  if (!constraints) return candidate;
  return {
    ...candidate,
    passedConstraints: constraints.map((compiled) =>
      toConstraintResult(compiled, runConstraint(compiled, parent, entry.partner)),
    ),
  };
}
