export type {
  AssignMatchesOptions,
  AssignmentObjective,
  AssignmentStrategy,
  MatchAssignment,
  MatchProposal,
  PinnedPair,
  UnmatchedParent,
  UnmatchedReason,
} from './assign-matches';
export { assignMatches } from './assign-matches';
export type {
  AssignmentChange,
  CompareRuleSetsOptions,
  ProgramSnapshot,
  RuleConfigurationChange,
  RuleSetComparison,
  StandingChange,
  TopCandidatesChange,
} from './compare-rule-sets';
export { compareRuleSets } from './compare-rule-sets';
export type {
  AsOfOperand,
  ComparisonOperator,
  Condition,
  ConditionLiteral,
  ConditionOperand,
  DateOperand,
  FieldComparison,
  MonthsBetweenComparison,
  NumericOperator,
  PathOperand,
} from './condition-language';
export { ConditionSchema } from './condition-language';
export type { DeclarativeRuleDefinition, MissingValuePolicy } from './declarative-rule';
export { createDeclarativeRule } from './declarative-rule';
export type { EvaluatePairOptions, PairEvaluation } from './evaluate-pair';
export { evaluatePair } from './evaluate-pair';
export type {
  CreateMatchDecisionOptions,
  ExplainRankingOptions,
  ExplanationOptions,
} from './explain';
export {
  createMatchDecision,
  describeRuleResult,
  explainEvaluation,
  explainRanking,
} from './explain';
export type { FieldPathProblem, FieldType, ResolvedFieldPath } from './field-path';
export { resolveFieldPath } from './field-path';
export type { CreateProposedMatchesOptions, WaitingParentRecords } from './match-proposals';
export { createProposedMatches, listWaitingParents } from './match-proposals';
export type { MatchingOptions } from './matching-context';
export { createMatchingPolicy } from './matching-context';
export type { RuleResult } from './pair-evaluator';
export type {
  ExcludedPartner,
  PartnerRanking,
  RankedCandidate,
  RankPartnersOptions,
} from './rank-partners';
export { rankPartners } from './rank-partners';
export type {
  CandidateKeys,
  ConditionTrace,
  ConstraintDefinition,
  ConstraintOutcome,
  ConstraintRule,
  ExplanationLanguage,
  FindingValue,
  FindingValues,
  LocalizedMessage,
  MatchingPolicy,
  MessageTemplate,
  PreferenceDefinition,
  PreferenceOutcome,
  PreferenceRule,
  Rule,
  RuleContext,
  RuleMessages,
} from './rule';
export { defineRule, ruleIdPattern } from './rule';
export type {
  ConfiguredRule,
  CreateRuleSetOptions,
  ExtendRuleSetOptions,
  RuleSet,
} from './rule-set';
export { builtInRules, createRuleSet, defaultRuleSet, extendRuleSet } from './rule-set';
export type { ParseRuleSetOptions, RuleSetConfig } from './rule-set-config';
export {
  createRuleSetJsonSchema,
  loadRuleSet,
  parseRuleSet,
  RuleSetConfigSchema,
  safeParseRuleSet,
} from './rule-set-config';
export type { RuleSetProblem } from './rule-set-error';
export { RuleSetError } from './rule-set-error';
export {
  backgroundCheckValidRule,
  hasCapacityRule,
  ownCaseResolvedRule,
  partnerActiveRule,
  recoveryTimeRule,
  trainingsCurrentRule,
} from './rules/eligibility-rules';
export {
  languageRule,
  meetingModeRule,
  noKnownRelationshipRule,
  notPreviouslyDeclinedRule,
  notSameHouseholdRule,
  partnerGenderRequirementRule,
  servesCountyRule,
} from './rules/pairing-rules';
export {
  availabilityOverlapRule,
  caseloadBalanceRule,
  continuityRule,
  culturalMatchRule,
  primaryLanguageRule,
  proximityRule,
  sharedLivedExperienceRule,
  similarChildAgesRule,
  similarPlacementRule,
} from './rules/preference-rules';
