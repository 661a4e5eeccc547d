export type { CalendarDateParts } from './calendar-date';
export {
  addDaysToDate,
  addMonthsToDate,
  CalendarDateSchema,
  compareCalendarDates,
  computeAgeInYears,
  countDaysInMonth,
  daysBetweenDates,
  fromDayNumber,
  isLeapYear,
  isValidCalendarDate,
  monthsBetweenDates,
  readCalendarDate,
  toDayNumber,
  writeCalendarDate,
} from './calendar-date';
export type {
  ChildHistory,
  ChildHistoryProblem,
  ChildHistoryProblemCode,
  ChildInCare,
  FindChildrenInCareOptions,
  ValidateChildHistoryOptions,
} from './child-history';
export {
  ChildHistorySchema,
  findChildrenInCare,
  parseChildHistory,
  safeParseChildHistory,
  validateChildHistory,
} from './child-history';
export type {
  BackgroundCheckResult,
  CaseResolution,
  CodeEntry,
  CodeList,
  CodeOf,
  ContactActivity,
  ContactMode,
  ContactParticipant,
  ContactSystem,
  CouncilRole,
  CustomCode,
  EngagementKind,
  EngagementLevel,
  EpisodeExitReason,
  GenderIdentity,
  GroupEventKind,
  IcwaApplicability,
  LivedExperienceTopic,
  MaltreatmentDisposition,
  MatchClosureReason,
  MatchStatus,
  MeetingMode,
  PartnerStatus,
  PermanencyGoal,
  PlacementSetting,
  RaceEthnicity,
  ReferralSource,
  ReferralStatus,
  RelationshipKind,
  StaffRole,
  SupportSessionKind,
  TrainingCourse,
  TribalAffiliationStatus,
  Weekday,
} from './code-lists';
export {
  backgroundCheckResults,
  caseResolutions,
  codeLists,
  contactActivities,
  contactModes,
  contactParticipants,
  contactSystems,
  councilRoles,
  createCodeSchema,
  customCodePattern,
  engagementKinds,
  engagementLevels,
  episodeExitReasons,
  genderIdentities,
  groupEventKinds,
  icwaApplicabilities,
  labelCode,
  livedExperienceTopics,
  maltreatmentDispositions,
  matchClosureReasons,
  matchStatuses,
  meetingModes,
  partnerStatuses,
  permanencyGoals,
  placementSettings,
  raceEthnicities,
  referralSources,
  referralStatuses,
  relationshipKinds,
  staffRoles,
  supportSessionKinds,
  trainingCourses,
  tribalAffiliationStatuses,
  weekdays,
} from './code-lists';
export type { Contact } from './contact';
export { ContactSchema } from './contact';
export type { Engagement, RoleAttendance } from './engagement';
export { EngagementSchema, RoleAttendanceSchema } from './engagement';
export type {
  ParentPartnerErrorCode,
  ParentPartnerErrorOptions,
  SafeResult,
  ValidationIssue,
} from './errors';
export { ParentPartnerError, ValidationError } from './errors';
export type { Frozen } from './frozen';
export { findUnfrozenPath, freezeRecord, isDeeplyFrozen } from './frozen';
export type { GroupEvent } from './group-event';
export { GroupEventSchema } from './group-event';
export type { MatchEvent, MatchEventType, ReferralEvent, Transition } from './lifecycle';
export {
  matchTransitions,
  referralTransitions,
  TransitionError,
  transitionMatch,
  transitionReferral,
} from './lifecycle';
export type { MaltreatmentReport } from './maltreatment-report';
export { MaltreatmentReportSchema } from './maltreatment-report';
export type { DecisionReason, Match, MatchDecision, Proposer } from './match';
export { DecisionReasonSchema, MatchDecisionSchema, MatchSchema, ProposerSchema } from './match';
export type { CaseReference, Child, MatchingPreferences, Parent, ParentInput } from './parent';
export {
  CaseReferenceSchema,
  ChildSchema,
  MatchingPreferencesSchema,
  ParentSchema,
} from './parent';
export type {
  BackgroundCheck,
  KnownRelationship,
  OwnCase,
  ParentPartner,
  ParentPartnerInput,
  TrainingRecord,
} from './parent-partner';
export {
  BackgroundCheckSchema,
  KnownRelationshipSchema,
  OwnCaseSchema,
  ParentPartnerSchema,
  TrainingRecordSchema,
} from './parent-partner';
export {
  parseContact,
  parseEngagement,
  parseGroupEvent,
  parseMaltreatmentReport,
  parseMatch,
  parseParent,
  parseParentPartner,
  parsePlacement,
  parseProgram,
  parseReferral,
  parseRemovalEpisode,
  parseStaff,
  parseSupportSession,
  safeParseContact,
  safeParseEngagement,
  safeParseGroupEvent,
  safeParseMaltreatmentReport,
  safeParseMatch,
  safeParseParent,
  safeParseParentPartner,
  safeParsePlacement,
  safeParseProgram,
  safeParseReferral,
  safeParseRemovalEpisode,
  safeParseStaff,
  safeParseSupportSession,
} from './parsers';
export type {
  FiscalYearOptions,
  InvalidPeriodReason,
  RecurringPeriodKind,
  ReportingPeriod,
  ReportingPeriodKind,
} from './periods';
export {
  countDaysInPeriod,
  createCustomPeriod,
  createFederalFiscalQuarter,
  createFederalFiscalYear,
  createMonthPeriod,
  createPeriodContainingDate,
  createQuarterPeriod,
  createStateFiscalQuarter,
  createStateFiscalYear,
  DEFAULT_FISCAL_YEAR_START_MONTH,
  FEDERAL_FISCAL_YEAR_START_MONTH,
  fiscalYearOfDate,
  formatPeriodLabel,
  InvalidPeriodError,
  listMonthsInPeriod,
  parsePeriod,
  periodContainsDate,
  periodContainsTimestamp,
  ReportingPeriodKindSchema,
  ReportingPeriodSchema,
  safeParsePeriod,
  shiftPeriod,
} from './periods';
export type {
  Address,
  AvailabilityWindow,
  ContactPoint,
  PersonName,
  TribalAffiliation,
} from './person';
export {
  AddressSchema,
  AvailabilityWindowSchema,
  ContactPointSchema,
  PersonNameSchema,
  TribalAffiliationSchema,
} from './person';
export type { Placement } from './placement';
export { PlacementSchema } from './placement';
export type {
  CalendarDate,
  ChildId,
  ContactId,
  CountyFips,
  EngagementId,
  GroupEventId,
  HouseholdId,
  MaltreatmentReportId,
  MatchId,
  ParentId,
  PartnerId,
  PlacementId,
  ProgramId,
  ProviderId,
  ReferralId,
  RemovalEpisodeId,
  StaffId,
  SupportSessionId,
  Timestamp,
} from './primitives';
export {
  ChildIdSchema,
  ContactIdSchema,
  CountyFipsSchema,
  EngagementIdSchema,
  GroupEventIdSchema,
  HouseholdIdSchema,
  isLanguageTag,
  isTimestamp,
  LanguageTagSchema,
  MaltreatmentReportIdSchema,
  MatchIdSchema,
  ParentIdSchema,
  PartnerIdSchema,
  PlacementIdSchema,
  ProgramIdSchema,
  ProviderIdSchema,
  ReferralIdSchema,
  RemovalEpisodeIdSchema,
  StaffIdSchema,
  StateCodeSchema,
  SupportSessionIdSchema,
  TimeOfDaySchema,
  TimestampSchema,
} from './primitives';
export type { ContactTarget, EligibilityPolicy, Program, ProgramCounty } from './program';
export {
  ContactTargetSchema,
  EligibilityPolicySchema,
  ProgramCountySchema,
  ProgramSchema,
} from './program';
export type {
  BatchValidationResult,
  RecordErrors,
  RecordKind,
  RecordOf,
  RecordResult,
} from './record-kinds';
export {
  isRecordKind,
  parseRecord,
  recordKinds,
  recordSchemas,
  safeParseRecord,
  validateRecords,
} from './record-kinds';
export type { Referral, StatusChange } from './referral';
export { ReferralSchema, StatusChangeSchema } from './referral';
export type { RemovalEpisode } from './removal-episode';
export { RemovalEpisodeSchema } from './removal-episode';
export { startsLikeFormula } from './spreadsheet-formula';
export type { Staff } from './staff';
export { StaffSchema } from './staff';
export type { SupportSession } from './support-session';
export { SupportSessionSchema } from './support-session';
export { toValidationIssues } from './validation';
