export type { CalendarDateParts } from './calendar-date';
export {
  addDaysToDate,
  addMonthsToDate,
  CalendarDateSchema,
  compareCalendarDates,
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
  GenderIdentity,
  GroupEventKind,
  IcwaApplicability,
  LivedExperienceTopic,
  MatchClosureReason,
  MatchStatus,
  MeetingMode,
  OutcomeEvent,
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
  genderIdentities,
  groupEventKinds,
  icwaApplicabilities,
  labelCode,
  livedExperienceTopics,
  matchClosureReasons,
  matchStatuses,
  meetingModes,
  outcomeEvents,
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
export type { FlatRow, FlatRowOptions, FlatRowRecord } from './flat-row';
export { createRecordFromFlatRow } from './flat-row';
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
export type { DecisionReason, Match, MatchDecision, Proposer } from './match';
export { DecisionReasonSchema, MatchDecisionSchema, MatchSchema, ProposerSchema } from './match';
export type { Outcome } from './outcome';
export { OutcomeSchema } from './outcome';
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
  parseMatch,
  parseOutcome,
  parseParent,
  parseParentPartner,
  parseProgram,
  parseReferral,
  parseStaff,
  parseSupportSession,
  safeParseContact,
  safeParseEngagement,
  safeParseGroupEvent,
  safeParseMatch,
  safeParseOutcome,
  safeParseParent,
  safeParseParentPartner,
  safeParseProgram,
  safeParseReferral,
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
export type {
  CalendarDate,
  ChildId,
  ContactId,
  CountyFips,
  EngagementId,
  GroupEventId,
  HouseholdId,
  MatchId,
  OutcomeId,
  ParentId,
  PartnerId,
  ProgramId,
  ReferralId,
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
  MatchIdSchema,
  OutcomeIdSchema,
  ParentIdSchema,
  PartnerIdSchema,
  ProgramIdSchema,
  ReferralIdSchema,
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
  JsonSchemaOptions,
  RecordErrors,
  RecordKind,
  RecordOf,
  RecordResult,
} from './record-kinds';
export {
  createJsonSchema,
  isRecordKind,
  parseRecord,
  recordKinds,
  recordSchemas,
  safeParseRecord,
  validateRecords,
} from './record-kinds';
export type { Referral, StatusChange } from './referral';
export { ReferralSchema, StatusChangeSchema } from './referral';
export { startsLikeFormula } from './spreadsheet-formula';
export type { Staff } from './staff';
export { StaffSchema } from './staff';
export type { SupportSession } from './support-session';
export { SupportSessionSchema } from './support-session';
export { toValidationIssues } from './validation';
