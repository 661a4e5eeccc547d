import { parseRecord } from '@parent-partner/core';
import { describe, expect, it } from 'vitest';
import { createEmptyDataFolderRecords } from './data-folder';
import { listWaitingParents } from './match-proposals';

const parent = (id: string) =>
  parseRecord('parent', {
    id,
    name: { given: 'Sample', family: 'Parent' },
    languages: ['en'],
    countyFips: '55029',
  });
const referral = (parentId: string, status: string) =>
  parseRecord('referral', {
    id: `referral-${parentId}`,
    parentId,
    source: 'caseworker',
    countyFips: '55029',
    removalOccurred: true,
    receivedAt: '2026-01-05T09:00:00-06:00',
    status,
  });
const match = (parentId: string, status: string) =>
  parseRecord('match', {
    id: `match-${parentId}`,
    parentId,
    partnerId: 'partner-1',
    countyFips: '55029',
    status,
    proposedAt: '2026-01-06T09:00:00-06:00',
    ...(status === 'closed' ? { closureReason: 'reunified' } : {}),
  });

describe('listWaitingParents', () => {
  it('keeps parents who said yes (or have no referral) and have no match other than a declined one', () => {
    const records = createEmptyDataFolderRecords();
    records.parent.push(
      ...[
        'accepted',
        'waitlisted',
        'no-referral',
        'declined-referral',
        'matched',
        'closed',
        'declined-match',
      ].map(parent),
    );
    records.referral.push(
      referral('accepted', 'accepted'),
      referral('waitlisted', 'waitlisted'),
      referral('declined-referral', 'declined'),
      referral('matched', 'accepted'),
      referral('closed', 'accepted'),
      referral('declined-match', 'accepted'),
    );
    records.match.push(
      match('matched', 'active'),
      match('closed', 'closed'),
      match('declined-match', 'declined'),
    );
    expect(listWaitingParents(records).map((entry) => entry.id)).toEqual([
      'accepted',
      'waitlisted',
      'no-referral',
      'declined-match',
    ]);
  });
});
