import { parseParent, parseProgram, parseReferral } from '@parent-partner/core';
import { describe, expect, test } from 'vitest';
import { buildContact, buildLakeshoreRecords, buildMatch, DOOR, ROCK } from '../test/fixtures';
import { computeMetric } from './compute-metric';
import type { ReportScope } from './metric';

// The Lakeshore program (test/fixtures.ts) for SFY2026-Q2: 2025-10-01 to 2025-12-31.
const records = buildLakeshoreRecords();
const period = 'SFY2026-Q2';
const door: ReportScope = { kind: 'county', countyFips: DOOR };
const rock: ReportScope = { kind: 'county', countyFips: ROCK };
const value = (metric: string, scope: ReportScope = { kind: 'program' }) =>
  computeMetric(metric, records, { period, scope });

describe('referral metrics', () => {
  test('referrals received: the last minute of the quarter counts, the last minute before it does not', () => {
    // r1 (10-01), r3 (12-31 23:59 local), r4 (11-15), r5 (10-20); r2 is 09-30 23:30 local.
    const received = value('referrals.received');
    expect(received.value).toBe(4);
    const bySource = Object.fromEntries(
      (received.breakdowns?.source ?? []).map((entry) => [entry.code, entry.value]),
    );
    expect(bySource).toMatchObject({ caseworker: 2, self: 1, court: 1, parent_attorney: 0 });
    expect(value('referrals.received', door).value).toBe(2); // r1, r4
    expect(value('referrals.received', rock).value).toBe(2); // r3, r5
    expect(value('referrals.received', { kind: 'partner', partnerId: 'pp1' }).value).toBeNull();
  });

  test('days to first contact: median and nearest-rank 90th percentile', () => {
    // r1: 10-01 → 10-03 = 2; r3: 12-31 → 01-02 = 2; r5: 10-20 → 10-30 = 10. Sorted 2, 2, 10.
    expect(value('referrals.days-to-first-contact.median')).toMatchObject({
      value: 2,
      observations: 3,
    });
    // rank ceil(0.9 × 3) = 3 → 10
    expect(value('referrals.days-to-first-contact.p90').value).toBe(10);
    // Rock: r3 (2) and r5 (10) → median (2 + 10) / 2
    expect(value('referrals.days-to-first-contact.median', rock).value).toBe(6);
  });

  test('days to match: linked matches only', () => {
    // r1 → m1 starts 10-10: 9 days; r5 → m4 starts 11-01: 12 days. Median 10.5, p90 rank 2 → 12.
    expect(value('referrals.days-to-match.median')).toMatchObject({ value: 10.5, observations: 2 });
    expect(value('referrals.days-to-match.p90').value).toBe(12);
  });

  test('declined and unable to reach', () => {
    expect(value('referrals.declined').value).toBe(1); // r4
    expect(value('referrals.declined', rock).value).toBe(0);
    expect(value('referrals.unable-to-reach').value).toBe(0);
  });
});

describe('service metrics', () => {
  test('a parent served in two counties is counted once in the program total', () => {
    // p1 (m1), p2 (m2 spans the quarter), p3 (contact c8 without a match), p4 (m4 in Rock, m5 in Door).
    expect(value('service.parents-served').value).toBe(4);
    expect(value('service.parents-served', door).value).toBe(3); // p1, p2, p4
    expect(value('service.parents-served', rock).value).toBe(2); // p3, p4
    expect(value('service.parents-served', { kind: 'partner', partnerId: 'pp1' }).value).toBe(3);
  });

  test('new, active at the end, closed and their length', () => {
    expect(value('service.new-matches').value).toBe(3); // m1, m4, m5
    // m2 spans the whole quarter; m4 ends on the last day and was active on it.
    expect(value('service.active-matches-at-end').value).toBe(4); // m1, m2, m4, m5
    const closed = value('service.matches-closed');
    expect(closed.value).toBe(1); // m4; m6 ended the day before the quarter
    expect(closed.breakdowns?.reason?.find((entry) => entry.code === 'reunified')?.value).toBe(1);
    // m4: 2025-11-01 → 2025-12-31 = 60 days
    expect(value('service.average-match-length')).toMatchObject({ value: 60, denominator: 1 });
  });

  test('contacts and hours by activity and mode; the last day of the quarter counts', () => {
    // c1 c2 c3 c4 (12-31) c6 c7 c8 c10 c11 c12; c5 (01-01) and c9 (09-30) fall outside.
    const contacts = value('service.contacts');
    expect(contacts.value).toBe(10);
    const byMode = Object.fromEntries(
      (contacts.breakdowns?.mode ?? []).map((entry) => [entry.code, entry.value]),
    );
    expect(byMode).toEqual({ in_person: 7, phone: 2, video: 1, text_email: 0 });
    // 60 + 90 + 30 + 120 + 90 + 45 + 15 + 60 + 60 + 30 = 600 minutes
    const hours = value('service.contact-hours');
    expect(hours.value).toBe(10);
    const mentoring = hours.breakdowns?.activity?.find((entry) => entry.code === 'mentoring');
    expect(mentoring?.value).toBe(285 / 60); // c1 c2 c3 c7 c10
    expect(value('service.contacts', door).value).toBe(5); // c1 c2 c3 c4 c7
    expect(value('service.contacts', rock).value).toBe(5); // c6 c8 c10 c11 c12
    expect(value('service.family-team-meetings').value).toBe(1);
    expect(value('service.court-hearings').value).toBe(1);
  });

  test('share of active matches with a contact in each month', () => {
    // Active: Oct m1 m2; Nov m1 m2 m4; Dec m1 m2 m4 m5 → 9 match-months.
    // Contacted: Oct m1; Nov m1 m4; Dec m2 m4 m5 → 6.
    const share = value('service.match-months-with-contact');
    expect(share).toMatchObject({ numerator: 6, denominator: 9 });
    expect(share.value).toBeCloseTo(6 / 9, 10);
    expect(share.breakdowns?.contactedByMonth?.map((entry) => entry.value)).toEqual([1, 2, 3]);
  });
});

describe('outcome metrics (CFSR definitions)', () => {
  test('permanency in 12 months, with the trial home visit rule and the exclusions', () => {
    // Entries whose 12 months end in the quarter: k1 (reunified in 9 months) ✓, k2 (trial home visit
    // from 10-15; day 30 is 11-14, before its window ends 11-30) ✓, k3 (still in care) ✗.
    // k4 entered at 18 and k5 stayed 5 days: excluded.
    expect(value('outcomes.permanency-in-12-months')).toMatchObject({
      numerator: 2,
      denominator: 3,
    });
  });

  test('reunification at discharge', () => {
    // Discharges in the quarter: k4 aged out, k8 adopted, k9 reunified.
    expect(value('outcomes.reunification-at-discharge')).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
  });

  test('re-entry within 12 months', () => {
    // k6 reunified 2024-12-01 and re-entered 2025-06-01 ✓; k7 to guardianship 2024-10-15, no re-entry.
    expect(value('outcomes.re-entry-in-12-months')).toMatchObject({ numerator: 1, denominator: 2 });
  });

  test('maltreatment recurrence: a second report within 14 days is the same incident', () => {
    // k1: 11-10 and 11-20 (same incident) → no recurrence; k5: 2024-12-01 then 2025-06-01 → recurrence.
    expect(value('outcomes.maltreatment-recurrence-in-12-months')).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    // p4 was matched in Rock (m4) and Door (m5): the child counts in both counties.
    expect(value('outcomes.maltreatment-recurrence-in-12-months', rock)).toMatchObject({
      numerator: 1,
      denominator: 1,
    });
  });
});

describe('fidelity, workforce and community', () => {
  test('contact target in the first two months (two face-to-face visits a month)', () => {
    // m1 (Oct–Nov): Oct 2 in person, Nov 0 → not met. m4 (Nov–Dec): 2 and 2 → met.
    expect(value('fidelity.contact-target-met')).toMatchObject({ numerator: 1, denominator: 2 });
  });

  test('contact target of a match started before the quarter: its earlier month counts', () => {
    // m9 and m10 start in September, so their two months end in October and are judged in Q2.
    // m9: Sep 2 in person, Oct 2 → met. m10: Sep 1 in person (and one by phone), Oct 2 → not met.
    const withSeptemberStarts = {
      ...records,
      matches: [
        ...(records.matches ?? []),
        buildMatch('m9', 'p5', 'pp2', DOOR, { startDate: '2025-09-15' }),
        buildMatch('m10', 'p3', 'pp2', ROCK, { startDate: '2025-09-01' }),
      ],
      contacts: [
        ...(records.contacts ?? []),
        buildContact('c91', 'p5', 'pp2', '2025-09-16', { matchId: 'm9' }),
        buildContact('c92', 'p5', 'pp2', '2025-09-30', { matchId: 'm9' }),
        buildContact('c93', 'p5', 'pp2', '2025-10-01', { matchId: 'm9' }),
        buildContact('c94', 'p5', 'pp2', '2025-10-31', { matchId: 'm9' }),
        buildContact('c101', 'p3', 'pp2', '2025-09-02', { matchId: 'm10' }),
        buildContact('c102', 'p3', 'pp2', '2025-09-09', { matchId: 'm10', mode: 'phone' }),
        buildContact('c103', 'p3', 'pp2', '2025-10-07', { matchId: 'm10' }),
        buildContact('c104', 'p3', 'pp2', '2025-10-14', { matchId: 'm10' }),
      ],
    };
    const met = computeMetric('fidelity.contact-target-met', withSeptemberStarts, { period });
    expect(met).toMatchObject({ numerator: 2, denominator: 4 });
    // A custom range starting mid-October judges m9 and m10 too, from their September contacts on.
    const range = computeMetric('fidelity.contact-target-met', withSeptemberStarts, {
      period: '2025-10-15..2025-12-31',
    });
    expect(range).toMatchObject({ numerator: 2, denominator: 4 });
  });

  test('workforce on the last day of the quarter', () => {
    expect(value('workforce.active-partners').value).toBe(2); // pp1, pp2
    // pp1: m1 m2 m5 over 2; pp2: m4 over the program default 12 → 4 / 14
    expect(value('workforce.caseload-use')).toMatchObject({ numerator: 4, denominator: 14 });
    // pp1's confidentiality training expires on 12-31 and is still valid that day; pp2 lacks it.
    expect(value('workforce.training-compliance')).toMatchObject({ numerator: 1, denominator: 2 });
    // s1: 1.5 h × 2 partners; s2: 1 h × 1; s3 is before the quarter → 4 partner-hours over 2 partners
    expect(value('workforce.support-hours').value).toBe(4);
    expect(value('workforce.support-hours-per-partner').value).toBe(2);
  });

  test('systems and community', () => {
    const council = value('community.council-meetings');
    expect(council.value).toBe(1);
    expect(
      council.breakdowns?.attendanceByRole?.find((entry) => entry.code === 'agency_staff')?.value,
    ).toBe(5);
    // g1 (board, open-ended; and a committee), g3 (committee from 11-01); g2's seat ended 09-30
    expect(value('community.graduate-parents-on-boards').value).toBe(2);
    expect(value('community.engagement-hours').value).toBe(1.5);
    expect(value('community.group-events').value).toBe(2);
    expect(value('community.group-event-attendance').value).toBe(18);
    expect(value('community.group-event-parents').value).toBe(3);
    expect(value('community.group-event-parents', rock).value).toBe(1);
  });
});

describe('consent policy', () => {
  test('only consenting parents are counted when the program says so', () => {
    const consenting = buildLakeshoreRecords({ reportOnlyConsentingParents: true });
    // p2 did not consent: m2's parent and c4 drop out; p1, p3, p4 remain.
    expect(computeMetric('service.parents-served', consenting, { period }).value).toBe(3);
    expect(computeMetric('service.contacts', consenting, { period }).value).toBe(9);
    expect(computeMetric('community.group-event-parents', consenting, { period }).value).toBe(2);
  });
});

test('example: computeMetric', () => {
  const records = {
    program: parseProgram({
      id: 'demo',
      name: 'Demo County Parent Partners',
      state: 'WI',
      counties: [{ fips: '55029', name: 'Door' }],
    }),
    parents: [
      parseParent({
        id: 'p-1',
        name: { given: 'Ana', family: 'Example' },
        languages: ['en'],
        countyFips: '55029',
      }),
    ],
    referrals: [
      parseReferral({
        id: 'r-1',
        parentId: 'p-1',
        source: 'court',
        countyFips: '55029',
        removalOccurred: true,
        receivedAt: '2025-10-02T09:00:00-05:00',
        status: 'received',
      }),
    ],
  };
  expect(computeMetric('referrals.received', records, { period: 'SFY2026-Q2' }).value).toBe(1);
});
