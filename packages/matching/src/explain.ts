import type { MatchDecision, Proposer } from '@parent-partner/core';
import type { PairEvaluation } from './evaluate-pair';
import type { RuleResult } from './pair-evaluator';
import type { PartnerRanking } from './rank-partners';
import type { ExplanationLanguage, FindingValues, MessageTemplate, Rule } from './rule';
import type { RuleSet } from './rule-set';

/** Options of the explanation functions. */
export interface ExplanationOptions {
  /** Language of the text (default English). */
  readonly language?: ExplanationLanguage;
}

/** Options of {@link explainRanking}. */
export interface ExplainRankingOptions extends ExplanationOptions {
  /** Show at most this many candidates (default all). */
  readonly limit?: number;
  /** List the excluded partners with their reasons (default true). */
  readonly includeExcluded?: boolean;
}

/** Options of {@link createMatchDecision}. */
export interface CreateMatchDecisionOptions extends ExplanationOptions {
  /** Who proposes the match: the rules, or a named coordinator. */
  readonly proposedBy: Proposer;
}

const rulesById = new WeakMap<RuleSet, ReadonlyMap<string, Rule>>();

function findRule(ruleSet: RuleSet, ruleId: string): Rule | undefined {
  let map = rulesById.get(ruleSet);
  if (!map) {
    map = new Map(ruleSet.rules.map((configured) => [configured.rule.id, configured.rule]));
    rulesById.set(ruleSet, map);
  }
  return map.get(ruleId);
}

function render(
  template: MessageTemplate,
  values: FindingValues,
  language: ExplanationLanguage,
): string {
  if (typeof template === 'function') return template(values, language);
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name];
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

/**
 * Renders the message of one rule result in English or Spanish (English when the rule has no Spanish text).
 *
 * @example
 * ```ts
 * // Fictitious records from @parent-partner/testing, in Door County, Wisconsin, as of the decision date.
 * const where = { asOf: '2026-03-01', countyFips: '55029' };
 * const parent = testing.createSyntheticParent(1, { livedExperience: ['substance_use', 'child_removal'] }, where);
 * const partner = testing.createSyntheticPartner(1, { status: 'active', livedExperience: ['substance_use', 'child_removal'] }, where);
 * const evaluation = evaluatePair(parent, partner, defaultRuleSet, { asOf: '2026-03-01' });
 * const lived = evaluation.contributions.find((result) => result.ruleId === 'shared-lived-experience');
 * lived && describeRuleResult(lived, defaultRuleSet, { language: 'es' });
 * //=> 'Comparte experiencias vividas: uso de sustancias y recuperación, retiro de los hijos.'
 * ```
 */
export function describeRuleResult(
  result: RuleResult,
  ruleSet: RuleSet,
  options: ExplanationOptions = {},
): string {
  const language = options.language ?? 'en';
  const message = findRule(ruleSet, result.ruleId)?.messages[result.code];
  if (!message) return `${result.ruleId}: ${result.code}`;
  const template = (language === 'es' ? message.es : undefined) ?? message.en;
  return render(template, result.values ?? {}, language);
}

const words = {
  en: {
    score: 'score',
    candidates: (count: number) => `${count} candidate${count === 1 ? '' : 's'}`,
    excludedCount: (count: number) => `${count} excluded`,
    header: (parentId: string) => `Parent ${parentId}`,
    ruleSet: (id: string, version: string, asOf: string) =>
      `rule set ${id} ${version}, as of ${asOf}`,
    excluded: 'Excluded partners:',
    noCandidates: 'No partner meets every rule.',
    eligible: 'eligible',
    notEligible: 'not eligible',
    pair: (parentId: string, partnerId: string) => `Parent ${parentId} and partner ${partnerId}`,
    more: (count: number) => `… and ${count} more candidates`,
  },
  es: {
    score: 'puntuación',
    candidates: (count: number) => `${count} candidato${count === 1 ? '' : 's'}`,
    excludedCount: (count: number) => `${count} excluido${count === 1 ? '' : 's'}`,
    header: (parentId: string) => `Familia ${parentId}`,
    ruleSet: (id: string, version: string, asOf: string) =>
      `conjunto de reglas ${id} ${version}, al ${asOf}`,
    excluded: 'Personas mentoras excluidas:',
    noCandidates: 'Ninguna persona mentora cumple todas las reglas.',
    eligible: 'elegible',
    notEligible: 'no elegible',
    pair: (parentId: string, partnerId: string) =>
      `Familia ${parentId} y persona mentora ${partnerId}`,
    more: (count: number) => `… y ${count} candidatos más`,
  },
} as const;

function formatPoints(value: number): string {
  return value.toFixed(2);
}

function contributionLines(
  results: readonly RuleResult[],
  ruleSet: RuleSet,
  options: ExplanationOptions,
): string[] {
  return results
    .filter((result) => !result.skipped && result.contribution > 0)
    .map(
      (result) =>
        `   + ${formatPoints(result.contribution)} ${describeRuleResult(result, ruleSet, options)}`,
    );
}

function exclusionLines(
  results: readonly RuleResult[],
  ruleSet: RuleSet,
  options: ExplanationOptions,
): string[] {
  return results.map((result) => `   × ${describeRuleResult(result, ruleSet, options)}`);
}

/**
 * Renders a ranking as plain text for a coordinator's screen: each candidate with its score and the reasons behind it, then each excluded partner with every reason.
 *
 * @example
 * ```ts
 * // Fictitious records from @parent-partner/testing, in Door County, Wisconsin, as of the decision date.
 * const where = { asOf: '2026-03-01', countyFips: '55029' };
 * const parent = testing.createSyntheticParent(1, { livedExperience: ['substance_use', 'child_removal'] }, where);
 * const partner = testing.createSyntheticPartner(1, { status: 'active', livedExperience: ['substance_use', 'child_removal'] }, where);
 * const ranking = rankPartners(parent, [partner], defaultRuleSet, { asOf: '2026-03-01' });
 * explainRanking(ranking, defaultRuleSet).split('\n').slice(0, 2);
 * //=> ['Parent parent-561387: 1 candidate, 0 excluded (rule set default 1.0.0, as of 2026-03-01)', '1. partner-09679, score 7.32']
 * ```
 */
export function explainRanking(
  ranking: PartnerRanking,
  ruleSet: RuleSet,
  options: ExplainRankingOptions = {},
): string {
  const text = words[options.language ?? 'en'];
  const lines = [
    `${text.header(ranking.parentId)}: ${text.candidates(ranking.candidates.length)}, ${text.excludedCount(ranking.excluded.length)} (${text.ruleSet(ranking.ruleSetId, ranking.ruleSetVersion, ranking.asOf)})`,
  ];
  const shown =
    options.limit === undefined ? ranking.candidates : ranking.candidates.slice(0, options.limit);
  if (ranking.candidates.length === 0) lines.push(text.noCandidates);
  for (const candidate of shown) {
    lines.push(
      `${candidate.rank}. ${candidate.partnerId}, ${text.score} ${formatPoints(candidate.score)}`,
    );
    lines.push(...contributionLines(candidate.contributions, ruleSet, options));
  }
  if (shown.length < ranking.candidates.length)
    lines.push(text.more(ranking.candidates.length - shown.length));
  if (options.includeExcluded !== false && ranking.excluded.length > 0) {
    lines.push(text.excluded);
    for (const excluded of ranking.excluded) {
      lines.push(`- ${excluded.partnerId}`);
      lines.push(...exclusionLines(excluded.exclusions, ruleSet, options));
    }
  }
  return lines.join('\n');
}

/**
 * Renders one pair's evaluation as plain text: eligible or not, the score, each contribution and each exclusion.
 *
 * @example
 * ```ts
 * // Fictitious records from @parent-partner/testing, in Door County, Wisconsin, as of the decision date.
 * const where = { asOf: '2026-03-01', countyFips: '55029' };
 * const parent = testing.createSyntheticParent(1, { livedExperience: ['substance_use', 'child_removal'] }, where);
 * const partner = testing.createSyntheticPartner(1, { status: 'active', livedExperience: ['substance_use', 'child_removal'] }, where);
 * const evaluation = evaluatePair(parent, partner, defaultRuleSet, { asOf: '2026-03-01' });
 * explainEvaluation(evaluation, defaultRuleSet, { language: 'es' }).split('\n')[0];
 * //=> 'Familia parent-561387 y persona mentora partner-09679: elegible, puntuación 7.32'
 * ```
 */
export function explainEvaluation(
  evaluation: PairEvaluation,
  ruleSet: RuleSet,
  options: ExplanationOptions = {},
): string {
  const text = words[options.language ?? 'en'];
  const lines = [
    `${text.pair(evaluation.parentId, evaluation.partnerId)}: ${evaluation.eligible ? text.eligible : text.notEligible}, ${text.score} ${formatPoints(evaluation.score)}`,
    ...exclusionLines(evaluation.exclusions, ruleSet, options),
    ...contributionLines(evaluation.contributions, ruleSet, options),
  ];
  return lines.join('\n');
}

/**
 * Builds the decision recorded on a match (core's `MatchDecision`): rule set id and version, score, reasons with messages, and who proposed it.
 *
 * Reasons list every exclusion first, then every preference that contributed, at most 200.
 *
 * @example
 * ```ts
 * // Fictitious records from @parent-partner/testing, in Door County, Wisconsin, as of the decision date.
 * const where = { asOf: '2026-03-01', countyFips: '55029' };
 * const parent = testing.createSyntheticParent(1, { livedExperience: ['substance_use', 'child_removal'] }, where);
 * const partner = testing.createSyntheticPartner(1, { status: 'active', livedExperience: ['substance_use', 'child_removal'] }, where);
 * const evaluation = evaluatePair(parent, partner, defaultRuleSet, { asOf: '2026-03-01' });
 * const decision = createMatchDecision(evaluation, defaultRuleSet, { proposedBy: { kind: 'rules' } });
 * [decision.ruleSetId, decision.ruleSetVersion, decision.reasons[0]?.ruleId];
 * //=> ['default', '1.0.0', 'shared-lived-experience']
 * ```
 */
export function createMatchDecision(
  evaluation: Pick<PairEvaluation, 'score' | 'exclusions' | 'contributions'>,
  ruleSet: RuleSet,
  options: CreateMatchDecisionOptions,
): MatchDecision {
  const reasons = [
    ...evaluation.exclusions.map((result) => ({
      code: result.code,
      ruleId: result.ruleId,
      message: describeRuleResult(result, ruleSet, options).slice(0, 500),
    })),
    ...evaluation.contributions
      .filter((result) => !result.skipped && result.contribution > 0)
      .map((result) => ({
        code: result.code,
        ruleId: result.ruleId,
        message: describeRuleResult(result, ruleSet, options).slice(0, 500),
        contribution: result.contribution,
      })),
  ].slice(0, 200);
  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    score: evaluation.score,
    reasons,
    proposedBy: options.proposedBy,
  };
}
