import { describe, expect, it } from 'vitest';
import { validInputs } from './__fixtures__/records';
import {
  matchTransitions,
  referralTransitions,
  transitionMatch,
  transitionReferral,
} from './lifecycle';
import { parseMatch, parseReferral } from './parsers';

const received = parseReferral({
  ...validInputs.referral,
  status: 'received',
  firstContactAt: undefined,
});
const proposed = parseMatch({ ...validInputs.match, status: 'proposed', startDate: undefined });
const activeMatch = parseMatch(validInputs.match);

describe('transitionReferral', () => {
  it('example: transitionReferral', () => {
    const referral = parseReferral({
      id: 'r-1',
      parentId: 'p-1',
      source: 'caseworker',
      countyFips: '55029',
      removalOccurred: true,
      receivedAt: '2026-03-01T08:00:00-06:00',
      status: 'received',
    });
    const next = transitionReferral(referral, 'contact', '2026-03-02T09:30:00-06:00');
    expect(next.success && [next.data.status, next.data.firstContactAt]).toEqual([
      'contacted',
      '2026-03-02T09:30:00-06:00',
    ]);
  });

  it('follows received → contacted → accepted and records the history', () => {
    const contacted = transitionReferral(received, 'contact', '2026-02-03T10:00:00-06:00');
    expect(contacted.success).toBe(true);
    const accepted = transitionReferral(contacted.data!, 'accept', '2026-02-05T10:00:00-06:00');
    expect(accepted.data?.status).toBe('accepted');
    expect(accepted.data?.statusHistory.map((step) => step.status)).toEqual([
      'contacted',
      'accepted',
    ]);
    expect(received.status).toBe('received');
  });

  it('keeps the first contact time when contacted again after unable to reach', () => {
    const first = transitionReferral(received, 'contact', '2026-02-03T10:00:00-06:00').data!;
    const lost = transitionReferral(first, 'mark_unable_to_reach', '2026-02-10T10:00:00-06:00')
      .data!;
    const again = transitionReferral(lost, 'contact', '2026-02-20T10:00:00-06:00').data!;
    expect(again.firstContactAt).toBe('2026-02-03T10:00:00-06:00');
  });

  it('refuses an event the lifecycle does not allow, with INVALID_TRANSITION', () => {
    const result = transitionReferral(received, 'accept', '2026-02-03T10:00:00-06:00');
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe('INVALID_TRANSITION');
    expect(result.error?.message).toBe(
      'A referral in status received cannot take the event accept.',
    );
  });

  it('refuses a timestamp without an offset', () => {
    expect(() => transitionReferral(received, 'contact', '2026-02-03T10:00:00')).toThrow(/offset/);
  });

  it('has a transition out of every non-terminal status', () => {
    const sources = new Set(referralTransitions.map((transition) => transition.from));
    expect([...sources].sort()).toEqual(['contacted', 'received', 'unable_to_reach', 'waitlisted']);
  });
});

describe('transitionMatch', () => {
  it('example: transitionMatch', () => {
    const activeMatch = parseMatch({
      id: 'm-1',
      parentId: 'p-1',
      partnerId: 'pp-1',
      countyFips: '55029',
      status: 'active',
      proposedAt: '2026-01-05T10:00:00-06:00',
      startDate: '2026-01-06',
    });
    const closed = transitionMatch(
      activeMatch,
      { type: 'close', reason: 'reunified' },
      '2026-06-30T17:00:00-05:00',
    );
    expect(
      closed.success && [closed.data.status, closed.data.endDate, closed.data.closureReason],
    ).toEqual(['closed', '2026-06-30', 'reunified']);
  });

  it('sets the start date from the local date written in the timestamp, whatever the machine zone', () => {
    const late = transitionMatch(proposed, { type: 'activate' }, '2026-02-12T23:30:00-06:00');
    expect(late.data?.startDate).toBe('2026-02-12');
  });

  it('goes active ⇄ paused and closes from either', () => {
    const paused = transitionMatch(activeMatch, { type: 'pause' }, '2026-03-01T10:00:00-06:00')
      .data!;
    const resumed = transitionMatch(paused, { type: 'resume' }, '2026-03-15T10:00:00-06:00').data!;
    expect(resumed.status).toBe('active');
    const closedFromPause = transitionMatch(
      paused,
      { type: 'close', reason: 'lost_contact' },
      '2026-04-01T10:00:00-06:00',
    );
    expect(closedFromPause.data?.closureReason).toBe('lost_contact');
  });

  it('a declined proposal ends and cannot be activated again', () => {
    const declined = transitionMatch(proposed, { type: 'decline' }, '2026-02-11T10:00:00-06:00')
      .data!;
    expect(declined.status).toBe('declined');
    expect(
      transitionMatch(declined, { type: 'activate' }, '2026-02-12T10:00:00-06:00').error?.code,
    ).toBe('INVALID_TRANSITION');
  });

  it('a closed match is final', () => {
    const closed = transitionMatch(
      activeMatch,
      { type: 'close', reason: 'goals_met' },
      '2026-06-01T10:00:00-05:00',
    ).data!;
    for (const transition of matchTransitions) {
      expect(
        transitionMatch(closed, { type: transition.event } as never, '2026-06-02T10:00:00-05:00')
          .success,
      ).toBe(false);
    }
  });
});
