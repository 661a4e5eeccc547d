import type { Contact } from './contact';
import type { Engagement } from './engagement';
import type { SafeResult } from './errors';
import type { GroupEvent } from './group-event';
import type { MaltreatmentReport } from './maltreatment-report';
import type { Match } from './match';
import type { Parent } from './parent';
import type { ParentPartner } from './parent-partner';
import type { Placement } from './placement';
import type { Program } from './program';
import { parseRecord, safeParseRecord } from './record-kinds';
import type { Referral } from './referral';
import type { RemovalEpisode } from './removal-episode';
import type { Staff } from './staff';
import type { SupportSession } from './support-session';

/** Parses a parent served, throwing a `ValidationError` that lists every issue by path. */
export function parseParent(input: unknown): Parent {
  return parseRecord('parent', input);
}

/** Parses a parent served without throwing. */
export function safeParseParent(input: unknown): SafeResult<Parent> {
  return safeParseRecord('parent', input);
}

/** Parses a parent partner, throwing a `ValidationError` that lists every issue by path. */
export function parseParentPartner(input: unknown): ParentPartner {
  return parseRecord('parentPartner', input);
}

/** Parses a parent partner without throwing. */
export function safeParseParentPartner(input: unknown): SafeResult<ParentPartner> {
  return safeParseRecord('parentPartner', input);
}

/** Parses a staff member, throwing a `ValidationError` that lists every issue by path. */
export function parseStaff(input: unknown): Staff {
  return parseRecord('staff', input);
}

/** Parses a staff member without throwing. */
export function safeParseStaff(input: unknown): SafeResult<Staff> {
  return safeParseRecord('staff', input);
}

/** Parses a referral, throwing a `ValidationError` that lists every issue by path. */
export function parseReferral(input: unknown): Referral {
  return parseRecord('referral', input);
}

/** Parses a referral without throwing. */
export function safeParseReferral(input: unknown): SafeResult<Referral> {
  return safeParseRecord('referral', input);
}

/** Parses a match, throwing a `ValidationError` that lists every issue by path. */
export function parseMatch(input: unknown): Match {
  return parseRecord('match', input);
}

/** Parses a match without throwing. */
export function safeParseMatch(input: unknown): SafeResult<Match> {
  return safeParseRecord('match', input);
}

/** Parses a contact (one row of the monthly activity form), throwing a `ValidationError` that lists every issue by path. */
export function parseContact(input: unknown): Contact {
  return parseRecord('contact', input);
}

/** Parses a contact (one row of the monthly activity form) without throwing. */
export function safeParseContact(input: unknown): SafeResult<Contact> {
  return safeParseRecord('contact', input);
}

/** Parses a child's removal episode, throwing a `ValidationError` that lists every issue by path. */
export function parseRemovalEpisode(input: unknown): RemovalEpisode {
  return parseRecord('removalEpisode', input);
}

/** Parses a child's removal episode without throwing. */
export function safeParseRemovalEpisode(input: unknown): SafeResult<RemovalEpisode> {
  return safeParseRecord('removalEpisode', input);
}

/** Parses a placement within a removal episode, throwing a `ValidationError` that lists every issue by path. */
export function parsePlacement(input: unknown): Placement {
  return parseRecord('placement', input);
}

/** Parses a placement within a removal episode without throwing. */
export function safeParsePlacement(input: unknown): SafeResult<Placement> {
  return safeParseRecord('placement', input);
}

/** Parses a maltreatment report, throwing a `ValidationError` that lists every issue by path. */
export function parseMaltreatmentReport(input: unknown): MaltreatmentReport {
  return parseRecord('maltreatmentReport', input);
}

/** Parses a maltreatment report without throwing. */
export function safeParseMaltreatmentReport(input: unknown): SafeResult<MaltreatmentReport> {
  return safeParseRecord('maltreatmentReport', input);
}

/** Parses a workforce-support session, throwing a `ValidationError` that lists every issue by path. */
export function parseSupportSession(input: unknown): SupportSession {
  return parseRecord('supportSession', input);
}

/** Parses a workforce-support session without throwing. */
export function safeParseSupportSession(input: unknown): SafeResult<SupportSession> {
  return safeParseRecord('supportSession', input);
}

/** Parses a systems or community engagement, throwing a `ValidationError` that lists every issue by path. */
export function parseEngagement(input: unknown): Engagement {
  return parseRecord('engagement', input);
}

/** Parses a systems or community engagement without throwing. */
export function safeParseEngagement(input: unknown): SafeResult<Engagement> {
  return safeParseRecord('engagement', input);
}

/** Parses a group event, throwing a `ValidationError` that lists every issue by path. */
export function parseGroupEvent(input: unknown): GroupEvent {
  return parseRecord('groupEvent', input);
}

/** Parses a group event without throwing. */
export function safeParseGroupEvent(input: unknown): SafeResult<GroupEvent> {
  return safeParseRecord('groupEvent', input);
}

/** Parses a program, throwing a `ValidationError` that lists every issue by path. */
export function parseProgram(input: unknown): Program {
  return parseRecord('program', input);
}

/** Parses a program without throwing. */
export function safeParseProgram(input: unknown): SafeResult<Program> {
  return safeParseRecord('program', input);
}
