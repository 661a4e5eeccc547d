// Small hand-built fictitious programs for the reports tests. Every name is
// invented; every record passes core's schemas.
import {
  type Contact,
  type Engagement,
  type GroupEvent,
  type MaltreatmentReport,
  type Match,
  type Parent,
  type ParentPartner,
  type Placement,
  type Program,
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
  parseSupportSession,
  type Referral,
  type RemovalEpisode,
  type SupportSession,
} from '@parent-partner/core';
import type { ProgramRecords } from '../src/program-records';

export const DOOR = '55029';
export const ROCK = '55105';

export function buildProgram(overrides: Record<string, unknown> = {}): Program {
  return parseProgram({
    id: 'lakeshore',
    name: 'Lakeshore Parents Supporting Parents',
    state: 'WI',
    counties: [
      { fips: DOOR, name: 'Door' },
      { fips: ROCK, name: 'Rock' },
    ],
    requiredTrainings: ['orientation', 'confidentiality'],
    contactTargets: [{ phase: 'early', fromMonth: 1, toMonth: 2, faceToFacePerMonth: 2 }],
    ...overrides,
  });
}

export function buildParent(
  id: string,
  countyFips: string,
  extra: Record<string, unknown> = {},
): Parent {
  return parseParent({
    id,
    name: { given: 'Test', family: `Parent ${id}` },
    languages: ['en'],
    countyFips,
    ...extra,
  });
}

export function buildPartner(
  id: string,
  countiesServed: string[],
  extra: Record<string, unknown> = {},
): ParentPartner {
  return parseParentPartner({
    id,
    name: { given: 'Test', family: `Partner ${id}` },
    languages: ['en'],
    countyFips: countiesServed[0],
    ownCase: { resolution: 'reunification', resolvedOn: '2019-05-01', closedOn: '2019-09-01' },
    status: 'active',
    countiesServed,
    ...extra,
  });
}

export function buildReferral(
  id: string,
  parentId: string,
  countyFips: string,
  receivedAt: string,
  extra: Record<string, unknown> = {},
): Referral {
  return parseReferral({
    id,
    parentId,
    countyFips,
    source: 'caseworker',
    removalOccurred: true,
    receivedAt,
    status: 'accepted',
    ...extra,
  });
}

export function buildMatch(
  id: string,
  parentId: string,
  partnerId: string,
  countyFips: string,
  extra: Record<string, unknown> = {},
): Match {
  return parseMatch({
    id,
    parentId,
    partnerId,
    countyFips,
    status: 'active',
    proposedAt: '2025-01-01T09:00:00-06:00',
    ...extra,
  });
}

export function buildContact(
  id: string,
  parentId: string,
  partnerId: string,
  date: string,
  extra: Record<string, unknown> = {},
): Contact {
  return parseContact({
    id,
    parentId,
    partnerId,
    date,
    minutes: 60,
    mode: 'in_person',
    activity: 'mentoring',
    ...extra,
  });
}

export function buildEpisode(
  id: string,
  parentId: string,
  childId: string,
  entryDate: string,
  exit?: readonly [exitDate: string, exitReason: string],
): RemovalEpisode {
  return parseRemovalEpisode({
    id,
    parentId,
    childId,
    entryDate,
    ...(exit ? { exitDate: exit[0], exitReason: exit[1] } : {}),
  });
}

export function buildPlacement(
  id: string,
  episodeId: string,
  setting: string,
  startDate: string,
  endDate?: string,
): Placement {
  return parsePlacement({ id, episodeId, setting, startDate, ...(endDate ? { endDate } : {}) });
}

export function buildReport(
  id: string,
  parentId: string,
  childId: string,
  reportDate: string,
  disposition = 'substantiated',
): MaltreatmentReport {
  return parseMaltreatmentReport({ id, parentId, childId, reportDate, disposition });
}

export function buildSession(input: Record<string, unknown>): SupportSession {
  return parseSupportSession(input);
}

export function buildEngagement(input: Record<string, unknown>): Engagement {
  return parseEngagement(input);
}

export function buildGroupEvent(input: Record<string, unknown>): GroupEvent {
  return parseGroupEvent(input);
}

/**
 * The worked program of the metric tests, for SFY2026-Q2 (2025-10-01 to 2025-12-31).
 * The expected figures are worked out by hand in `compute-metric.test.ts`.
 */
export function buildLakeshoreRecords(
  programOverrides: Record<string, unknown> = {},
): ProgramRecords {
  const child = (id: string, birthDate: string) => ({ id, birthDate });
  return {
    program: buildProgram(programOverrides),
    parents: [
      buildParent('p1', DOOR, {
        reportingConsent: true,
        children: [child('k1', '2015-05-01'), child('k3', '2007-06-01'), child('k6', '2018-01-01')],
      }),
      buildParent('p2', DOOR, {
        children: [
          { id: 'k2', ageYears: 17 },
          child('k7', '2016-02-01'),
          child('k8', '2019-03-01'),
          child('k9', '2017-04-01'),
        ],
      }),
      buildParent('p3', ROCK, { reportingConsent: true }),
      buildParent('p4', ROCK, {
        reportingConsent: true,
        children: [child('k4', '2006-01-01'), child('k5', '2020-01-01')],
      }),
      buildParent('p5', DOOR, { reportingConsent: true }),
    ],
    partners: [
      buildPartner('pp1', [DOOR], {
        maxCaseload: 2,
        trainings: [
          { course: 'orientation', completedOn: '2024-01-10' },
          { course: 'confidentiality', completedOn: '2024-02-01', expiresOn: '2025-12-31' },
        ],
      }),
      buildPartner('pp2', [ROCK, DOOR], {
        trainings: [{ course: 'orientation', completedOn: '2024-03-01' }],
      }),
      buildPartner('pp3', [DOOR], { status: 'inactive' }),
    ],
    referrals: [
      buildReferral('r1', 'p1', DOOR, '2025-10-01T09:00:00-05:00', {
        firstContactAt: '2025-10-03T10:00:00-05:00',
      }),
      buildReferral('r2', 'p2', DOOR, '2025-09-30T23:30:00-05:00', { source: 'court' }),
      buildReferral('r3', 'p3', ROCK, '2025-12-31T23:59:00-06:00', {
        source: 'self',
        firstContactAt: '2026-01-02T09:00:00-06:00',
        status: 'contacted',
      }),
      buildReferral('r4', 'p5', DOOR, '2025-11-15T11:00:00-06:00', {
        source: 'court',
        status: 'declined',
      }),
      buildReferral('r5', 'p4', ROCK, '2025-10-20T08:00:00-05:00', {
        firstContactAt: '2025-10-30T08:00:00-05:00',
      }),
    ],
    matches: [
      buildMatch('m1', 'p1', 'pp1', DOOR, { referralId: 'r1', startDate: '2025-10-10' }),
      buildMatch('m2', 'p2', 'pp1', DOOR, { startDate: '2025-06-01' }),
      buildMatch('m3', 'p3', 'pp2', ROCK, { status: 'proposed' }),
      buildMatch('m4', 'p4', 'pp2', ROCK, {
        referralId: 'r5',
        startDate: '2025-11-01',
        endDate: '2025-12-31',
        status: 'closed',
        closureReason: 'reunified',
      }),
      buildMatch('m5', 'p4', 'pp1', DOOR, { startDate: '2025-12-01' }),
      buildMatch('m6', 'p2', 'pp2', DOOR, {
        startDate: '2025-01-05',
        endDate: '2025-09-30',
        status: 'closed',
        closureReason: 'rematched',
      }),
    ],
    contacts: [
      buildContact('c1', 'p1', 'pp1', '2025-10-10', { matchId: 'm1', minutes: 60 }),
      buildContact('c2', 'p1', 'pp1', '2025-10-20', { matchId: 'm1', minutes: 90 }),
      buildContact('c3', 'p1', 'pp1', '2025-11-05', { matchId: 'm1', minutes: 30, mode: 'phone' }),
      buildContact('c4', 'p2', 'pp1', '2025-12-31', {
        matchId: 'm2',
        minutes: 120,
        activity: 'court_hearing',
      }),
      buildContact('c5', 'p2', 'pp1', '2026-01-01', { matchId: 'm2' }),
      buildContact('c6', 'p4', 'pp2', '2025-11-10', {
        matchId: 'm4',
        minutes: 90,
        activity: 'family_team_meeting',
      }),
      buildContact('c7', 'p4', 'pp1', '2025-12-02', { matchId: 'm5', minutes: 45, mode: 'video' }),
      buildContact('c8', 'p3', 'pp2', '2025-10-15', {
        minutes: 15,
        mode: 'phone',
        activity: 'other',
      }),
      buildContact('c9', 'p2', 'pp1', '2025-09-30', { matchId: 'm2' }),
      buildContact('c10', 'p4', 'pp2', '2025-11-20', { matchId: 'm4', minutes: 60 }),
      buildContact('c11', 'p4', 'pp2', '2025-12-05', {
        matchId: 'm4',
        minutes: 60,
        activity: 'visitation_support',
      }),
      buildContact('c12', 'p4', 'pp2', '2025-12-19', {
        matchId: 'm4',
        minutes: 30,
        activity: 'transport',
      }),
    ],
    removalEpisodes: [
      buildEpisode('e1', 'p1', 'k1', '2024-11-01', ['2025-08-15', 'reunification']),
      buildEpisode('e2', 'p2', 'k2', '2024-12-01', ['2026-01-20', 'reunification']),
      buildEpisode('e3', 'p1', 'k3', '2024-12-15'),
      buildEpisode('e4', 'p4', 'k4', '2024-11-20', ['2025-12-15', 'emancipation']),
      buildEpisode('e5', 'p4', 'k5', '2024-10-10', ['2024-10-15', 'reunification']),
      buildEpisode('e6', 'p1', 'k6', '2024-10-01', ['2024-12-01', 'reunification']),
      buildEpisode('e7', 'p1', 'k6', '2025-06-01'),
      buildEpisode('e8', 'p2', 'k7', '2024-06-01', ['2024-10-15', 'guardianship']),
      buildEpisode('e9', 'p2', 'k8', '2025-03-01', ['2025-11-01', 'adoption']),
      buildEpisode('e10', 'p2', 'k9', '2025-05-01', ['2025-10-31', 'reunification']),
    ],
    placements: [
      buildPlacement('pl1', 'e2', 'non_relative_foster_home', '2024-12-01', '2025-10-15'),
      buildPlacement('pl2', 'e2', 'trial_home_visit', '2025-10-15', '2026-01-20'),
    ],
    maltreatmentReports: [
      buildReport('r1', 'p1', 'k1', '2024-11-10'),
      buildReport('r2', 'p1', 'k1', '2024-11-20'),
      buildReport('r3', 'p4', 'k5', '2024-12-01'),
      buildReport('r4', 'p4', 'k5', '2025-06-01'),
    ],
    supportSessions: [
      buildSession({
        id: 's1',
        kind: 'clinical_support_session',
        date: '2025-11-12',
        minutes: 90,
        attendeeIds: ['pp1', 'pp2'],
      }),
      buildSession({
        id: 's2',
        kind: 'individual_supervision',
        date: '2025-12-03',
        minutes: 60,
        attendeeIds: ['pp1'],
      }),
      buildSession({
        id: 's3',
        kind: 'training',
        course: 'orientation',
        date: '2025-09-30',
        minutes: 120,
        attendeeIds: ['pp2'],
      }),
    ],
    engagements: [
      buildEngagement({
        id: 'e1',
        kind: 'advisory_council_meeting',
        countyFips: DOOR,
        date: '2025-10-14',
        hours: 1.5,
        attendance: [
          { role: 'agency_staff', count: 5 },
          { role: 'parent', count: 3 },
          { role: 'judge', count: 1 },
        ],
      }),
      buildEngagement({
        id: 'e2',
        kind: 'board_membership',
        date: '2025-03-01',
        graduateParentIds: ['g1'],
      }),
      buildEngagement({
        id: 'e3',
        kind: 'committee_membership',
        date: '2024-01-01',
        endDate: '2025-09-30',
        graduateParentIds: ['g2'],
      }),
      buildEngagement({
        id: 'e4',
        kind: 'committee_membership',
        date: '2025-11-01',
        endDate: '2026-06-30',
        graduateParentIds: ['g1', 'g3'],
      }),
    ],
    groupEvents: [
      buildGroupEvent({
        id: 'ge1',
        kind: 'parent_cafe',
        date: '2025-12-10',
        minutes: 90,
        countyFips: DOOR,
        attendeeParentIds: ['p1', 'p2'],
        attendanceCount: 12,
      }),
      buildGroupEvent({
        id: 'ge2',
        kind: 'orientation_class',
        date: '2025-10-05',
        minutes: 120,
        countyFips: ROCK,
        attendeeParentIds: ['p3'],
        attendanceCount: 6,
      }),
    ],
  };
}
