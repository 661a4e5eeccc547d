import { parseReferral, ValidationError } from '@parent-partner/core';
import { createSyntheticParent, createSyntheticPartner } from '@parent-partner/testing';
import { describe, expect, test } from 'vitest';
import { makeMatch, makeParent, makePartner } from '../test/fixtures';
import { assignMatches } from './assign-matches';
import { createProposedMatches, listWaitingParents } from './match-proposals';
import { defaultRuleSet } from './rule-set';

const referral = (
  parentId: string,
  status: string,
  receivedAt: string,
  id = `referral-${parentId}`,
) =>
  parseReferral({
    id,
    parentId,
    source: 'caseworker',
    countyFips: '55029',
    removalOccurred: true,
    receivedAt,
    status,
  });
const received = '2026-01-05T09:00:00-06:00';
const proposedAt = '2026-03-01T09:00:00-06:00';

describe('listWaitingParents', () => {
  test('example: listWaitingParents', () => {
    const where = { asOf: '2026-03-01', countyFips: '55029' };
    const parent = createSyntheticParent(1, {}, where);
    const otherParent = createSyntheticParent(2, {}, where);
    const partner = createSyntheticPartner(1, { status: 'active' }, where);
    const assignment = assignMatches([otherParent], [partner], defaultRuleSet, {
      asOf: '2026-03-01',
    });
    const matches = createProposedMatches(assignment, { proposedAt });
    expect(
      listWaitingParents({ parents: [parent, otherParent], matches }).map((waiting) => waiting.id),
    ).toEqual([parent.id]);
  });

  test('keeps parents who said yes (or have no referral) and have no match other than a declined one', () => {
    const ids = [
      'accepted',
      'waitlisted',
      'no-referral',
      'declined-referral',
      'matched',
      'closed',
      'declined-match',
    ];
    const parents = ids.map((id) => makeParent({ id }));
    const referrals = [
      referral('accepted', 'accepted', received),
      referral('waitlisted', 'waitlisted', received),
      referral('declined-referral', 'declined', received),
      referral('matched', 'accepted', received),
      referral('closed', 'accepted', received),
      referral('declined-match', 'accepted', received),
    ];
    const matches = [
      makeMatch('matched', 'partner-1', 'active', 1),
      makeMatch('closed', 'partner-1', 'closed', 2),
      makeMatch('declined-match', 'partner-1', 'declined', 3),
    ];
    expect(listWaitingParents({ parents, referrals, matches }).map((entry) => entry.id)).toEqual([
      'accepted',
      'waitlisted',
      'no-referral',
      'declined-match',
    ]);
    expect(listWaitingParents({ parents }).map((entry) => entry.id)).toEqual(ids);
  });
});

describe('createProposedMatches', () => {
  const parent = makeParent();
  const partner = makePartner();
  const assignment = assignMatches([parent], [partner], defaultRuleSet, { asOf: '2026-03-01' });

  test('example: createProposedMatches', () => {
    const where = { asOf: '2026-03-01', countyFips: '55029' };
    const example = createSyntheticParent(1, {}, where);
    const examplePartner = createSyntheticPartner(1, { status: 'active' }, where);
    const [match] = createProposedMatches(
      assignMatches([example], [examplePartner], defaultRuleSet, { asOf: '2026-03-01' }),
      { proposedAt },
    );
    expect([match?.id, match?.status, match?.decision?.proposedBy, match?.statusHistory]).toEqual([
      'proposal-2026-03-01-0001',
      'proposed',
      { kind: 'rules' },
      [{ status: 'proposed', at: proposedAt }],
    ]);
  });

  test('records the decision, the county and the most recent waiting referral (by instant)', () => {
    const referrals = [
      // 15:30 UTC, the latest instant although its text sorts first.
      referral('parent-1', 'accepted', '2026-02-01T09:30:00-06:00', 'referral-b'),
      referral('parent-1', 'waitlisted', '2026-02-01T10:00:00-05:00', 'referral-c'),
      referral('parent-1', 'declined', '2026-02-20T09:00:00-06:00', 'referral-d'),
      referral('parent-2', 'accepted', '2026-02-25T09:00:00-06:00', 'referral-e'),
    ];
    const [match] = createProposedMatches(assignment, {
      proposedAt,
      referrals,
      idPrefix: 'batch-7',
    });
    expect(match).toMatchObject({
      id: 'batch-7-0001',
      parentId: 'parent-1',
      partnerId: 'partner-1',
      referralId: 'referral-b',
      countyFips: parent.countyFips,
      status: 'proposed',
      proposedAt,
      decision: assignment.proposals[0]?.decision,
    });
    const [tied] = createProposedMatches(assignment, {
      proposedAt,
      referrals: [
        referral('parent-1', 'accepted', received, 'referral-a'),
        referral('parent-1', 'accepted', '2026-01-05T10:00:00-05:00', 'referral-z'),
      ],
    });
    expect(tied?.referralId).toBe('referral-z');
    const [none] = createProposedMatches(assignment, {
      proposedAt,
      referrals: [referral('parent-1', 'declined', received)],
    });
    expect(none !== undefined && 'referralId' in none).toBe(false);
  });

  test('refuses a timestamp without an offset, naming the field', () => {
    expect(() => createProposedMatches(assignment, { proposedAt: '2026-03-01 09:00' })).toThrow(
      ValidationError,
    );
    expect(() => createProposedMatches(assignment, { proposedAt: '2026-03-01 09:00' })).toThrow(
      /proposedAt/,
    );
  });
});
