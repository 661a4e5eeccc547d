import type { MatchClosureReason, MatchStatus, ReferralStatus } from './code-lists';
import { ParentPartnerError, type SafeResult } from './errors';
import type { Match } from './match';
import { isTimestamp, type Timestamp } from './primitives';
import type { Referral } from './referral';

/** One allowed move of a lifecycle: from a status, on an event, to a status. */
export interface Transition<Status extends string, Event extends string> {
  /** Status the record must be in. */
  readonly from: Status;
  /** Name of the event. */
  readonly event: Event;
  /** Status the record moves to. */
  readonly to: Status;
}

/** Events of a referral's lifecycle. */
export type ReferralEvent = 'contact' | 'accept' | 'decline' | 'mark_unable_to_reach' | 'waitlist';

/** The referral lifecycle as data: received → contacted → accepted / declined / unable to reach / waitlisted. */
export const referralTransitions: readonly Transition<ReferralStatus, ReferralEvent>[] = [
  { from: 'received', event: 'contact', to: 'contacted' },
  { from: 'received', event: 'mark_unable_to_reach', to: 'unable_to_reach' },
  { from: 'contacted', event: 'accept', to: 'accepted' },
  { from: 'contacted', event: 'decline', to: 'declined' },
  { from: 'contacted', event: 'waitlist', to: 'waitlisted' },
  { from: 'contacted', event: 'mark_unable_to_reach', to: 'unable_to_reach' },
  { from: 'waitlisted', event: 'accept', to: 'accepted' },
  { from: 'waitlisted', event: 'decline', to: 'declined' },
  { from: 'unable_to_reach', event: 'contact', to: 'contacted' },
];

/** Names of the events of a match's lifecycle. */
export type MatchEventType = 'activate' | 'decline' | 'pause' | 'resume' | 'close';

/** An event applied to a match; closing needs a reason. */
export type MatchEvent =
  | { readonly type: 'activate' | 'decline' | 'pause' | 'resume' }
  | { readonly type: 'close'; readonly reason: MatchClosureReason | `custom:${string}` };

/** The match lifecycle as data: proposed → active ⇄ paused → closed, and proposed → declined. */
export const matchTransitions: readonly Transition<MatchStatus, MatchEventType>[] = [
  { from: 'proposed', event: 'activate', to: 'active' },
  { from: 'proposed', event: 'decline', to: 'declined' },
  { from: 'active', event: 'pause', to: 'paused' },
  { from: 'paused', event: 'resume', to: 'active' },
  { from: 'active', event: 'close', to: 'closed' },
  { from: 'paused', event: 'close', to: 'closed' },
];

/** Error returned when an event is not allowed from a record's current status. */
export class TransitionError extends ParentPartnerError {
  override readonly name: string = 'TransitionError';
  /** The status the record was in. */
  readonly from: string;
  /** The event that was refused. */
  readonly event: string;

  /** Creates an `INVALID_TRANSITION` error for `event` from `from`. */
  constructor(kind: string, from: string, event: string) {
    super('INVALID_TRANSITION', `A ${kind} in status ${from} cannot take the event ${event}.`);
    this.from = from;
    this.event = event;
  }
}

function findTarget<Status extends string, Event extends string>(
  transitions: readonly Transition<Status, Event>[],
  from: Status,
  event: Event,
): Status | undefined {
  return transitions.find((transition) => transition.from === from && transition.event === event)
    ?.to;
}

function checkTimestamp(at: Timestamp): void {
  if (!isTimestamp(at)) {
    throw new ParentPartnerError('INVALID_ARGUMENT', 'at must be an ISO date-time with an offset.');
  }
}

/**
 * Moves a referral through its lifecycle, returning the new record or an `INVALID_TRANSITION` error; the input is not changed.
 *
 * @example
 * const referral = parseReferral({
 *   id: 'r-1', parentId: 'p-1', source: 'caseworker', countyFips: '55029',
 *   removalOccurred: true, receivedAt: '2026-03-01T08:00:00-06:00', status: 'received',
 * });
 * const next = transitionReferral(referral, 'contact', '2026-03-02T09:30:00-06:00');
 * next.success && [next.data.status, next.data.firstContactAt]
 * //=> ['contacted', '2026-03-02T09:30:00-06:00']
 */
export function transitionReferral(
  referral: Referral,
  event: ReferralEvent,
  at: Timestamp,
): SafeResult<Referral, TransitionError> {
  checkTimestamp(at);
  const to = findTarget(referralTransitions, referral.status, event);
  if (!to)
    return { success: false, error: new TransitionError('referral', referral.status, event) };
  const next: Referral = {
    ...referral,
    status: to,
    statusHistory: [...referral.statusHistory, { status: to, at }],
  };
  if (event === 'contact' && referral.firstContactAt === undefined) next.firstContactAt = at;
  return { success: true, data: next };
}

/**
 * Moves a match through its lifecycle, returning the new record or an `INVALID_TRANSITION` error; the input is not changed.
 *
 * Activating sets `startDate` and closing or declining sets `endDate` to the calendar date written in `at`
 * (the local date where the event happened), so dates never shift with the reader's time zone.
 *
 * @example
 * const activeMatch = parseMatch({
 *   id: 'm-1', parentId: 'p-1', partnerId: 'pp-1', countyFips: '55029', status: 'active',
 *   proposedAt: '2026-01-05T10:00:00-06:00', startDate: '2026-01-06',
 * });
 * const closed = transitionMatch(activeMatch, { type: 'close', reason: 'reunified' }, '2026-06-30T17:00:00-05:00');
 * closed.success && [closed.data.status, closed.data.endDate, closed.data.closureReason]
 * //=> ['closed', '2026-06-30', 'reunified']
 */
export function transitionMatch(
  match: Match,
  event: MatchEvent,
  at: Timestamp,
): SafeResult<Match, TransitionError> {
  checkTimestamp(at);
  const to = findTarget(matchTransitions, match.status, event.type);
  if (!to) return { success: false, error: new TransitionError('match', match.status, event.type) };
  const date = at.slice(0, 10);
  const next: Match = {
    ...match,
    status: to,
    statusHistory: [...match.statusHistory, { status: to, at }],
  };
  if (event.type === 'activate' && match.startDate === undefined) next.startDate = date;
  if (event.type === 'close') {
    next.endDate = date;
    next.closureReason = event.reason;
  }
  if (event.type === 'decline') next.endDate = date;
  return { success: true, data: next };
}
