import {
  type Match,
  type MatchEvent,
  ParentPartnerError,
  type RecordKind,
  recordKinds,
  type StatusChange,
  transitionMatch,
  validateChildHistory,
  validateRecords,
} from '@parent-partner/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSyntheticProgram,
  iterateSyntheticContacts,
  type SyntheticProgram,
} from './synthetic-program';

const asOf = '2026-06-30';
const synthetic = createSyntheticProgram({
  seed: 'invariants',
  asOf,
  months: 24,
  parents: 400,
  partners: 40,
  counties: 8,
});

function recordsOf(program: SyntheticProgram): Record<RecordKind, readonly unknown[]> {
  return {
    parent: program.parents,
    parentPartner: program.partners,
    staff: program.staff,
    referral: program.referrals,
    match: program.matches,
    contact: program.contacts,
    removalEpisode: program.removalEpisodes,
    placement: program.placements,
    maltreatmentReport: program.maltreatmentReports,
    supportSession: program.supportSessions,
    engagement: program.engagements,
    groupEvent: program.groupEvents,
    program: [program.program],
  };
}

function ids(records: readonly { id: string }[]): Set<string> {
  return new Set(records.map((record) => record.id));
}

describe('example: createSyntheticProgram', () => {
  it('returns the default sizes', () => {
    const example = createSyntheticProgram({ seed: 'demo', asOf: '2026-06-30' });
    expect([
      example.program.counties.length,
      example.parents.length,
      example.partners.length,
    ]).toEqual([3, 60, 12]);
  });
});

describe('example: iterateSyntheticContacts', () => {
  it('yields as many contacts as the program holds', () => {
    let count = 0;
    for (const _contact of iterateSyntheticContacts({ seed: 'demo', asOf: '2026-06-30' }))
      count += 1;
    expect(
      count === createSyntheticProgram({ seed: 'demo', asOf: '2026-06-30' }).contacts.length,
    ).toBe(true);
  });
});

describe('iterateSyntheticContacts', () => {
  it('yields exactly the contacts of createSyntheticProgram, in order', () => {
    const options = { seed: 'stream', asOf, parents: 200, partners: 20, contacts: 5_000 } as const;
    expect([...iterateSyntheticContacts(options)]).toStrictEqual(
      createSyntheticProgram(options).contacts,
    );
  });

  it('checks its options before the first contact', () => {
    expect(() => iterateSyntheticContacts({ seed: 1, asOf: '2026-13-01' }).next()).toThrow(
      ParentPartnerError,
    );
  });
});

describe('createSyntheticProgram determinism', () => {
  it('gives byte-identical JSON for the same options', () => {
    const options = { seed: 42, asOf, parents: 150, partners: 15, counties: 4 } as const;
    expect(JSON.stringify(createSyntheticProgram(options))).toBe(
      JSON.stringify(createSyntheticProgram(options)),
    );
  });

  it('gives different programs for different seeds', () => {
    const first = createSyntheticProgram({ seed: 1, asOf });
    const second = createSyntheticProgram({ seed: 2, asOf });
    expect(JSON.stringify(first.parents)).not.toBe(JSON.stringify(second.parents));
    expect(JSON.stringify(first.contacts)).not.toBe(JSON.stringify(second.contacts));
  });

  it('treats the number 7 and the string "7" as different seeds', () => {
    expect(JSON.stringify(createSyntheticProgram({ seed: 7, asOf }).parents)).not.toBe(
      JSON.stringify(createSyntheticProgram({ seed: '7', asOf }).parents),
    );
  });
});

describe('createSyntheticProgram validity', () => {
  it.each(recordKinds.map((kind) => [kind]))('every %s record passes the core schema', (kind) => {
    const records = recordsOf(synthetic)[kind];
    const result = validateRecords(kind, records);
    expect(result.invalid).toEqual([]);
    expect(result.valid).toHaveLength(records.length);
  });

  it('generates valid Iowa programs too', () => {
    const iowa = createSyntheticProgram({ seed: 'ia', asOf, state: 'IA', counties: 6 });
    expect(iowa.program.state).toBe('IA');
    expect(iowa.program.counties.every((county) => county.fips.startsWith('19'))).toBe(true);
    for (const [kind, records] of Object.entries(recordsOf(iowa)) as [RecordKind, unknown[]][]) {
      expect(validateRecords(kind, records).invalid).toEqual([]);
    }
  });
});

describe('createSyntheticProgram consistency', () => {
  const parentIds = ids(synthetic.parents);
  const partnerIds = ids(synthetic.partners);
  const staffIds = ids(synthetic.staff);
  const referralIds = ids(synthetic.referrals);
  const matchById = new Map<string, Match>(synthetic.matches.map((match) => [match.id, match]));
  const countyFips = new Set(synthetic.program.counties.map((county) => county.fips));
  const childIds = new Set(
    synthetic.parents.flatMap((parent) => parent.children.map((child) => child.id)),
  );

  it('gives every record a unique id', () => {
    for (const records of Object.values(recordsOf(synthetic))) {
      const list = records as { id: string }[];
      expect(ids(list).size).toBe(list.length);
    }
  });

  it('references only records that exist', () => {
    for (const referral of synthetic.referrals) {
      expect(parentIds.has(referral.parentId)).toBe(true);
      if (referral.referredById) expect(staffIds.has(referral.referredById)).toBe(true);
    }
    for (const match of synthetic.matches) {
      expect(parentIds.has(match.parentId)).toBe(true);
      expect(partnerIds.has(match.partnerId)).toBe(true);
      expect(match.referralId && referralIds.has(match.referralId)).toBe(true);
      if (match.decision?.proposedBy.kind === 'coordinator') {
        expect(staffIds.has(match.decision.proposedBy.staffId)).toBe(true);
      }
    }
    for (const contact of synthetic.contacts) {
      const match = matchById.get(contact.matchId ?? '');
      expect(match?.parentId).toBe(contact.parentId);
      expect(match?.partnerId).toBe(contact.partnerId);
    }
    for (const record of [...synthetic.removalEpisodes, ...synthetic.maltreatmentReports]) {
      expect(parentIds.has(record.parentId)).toBe(true);
      expect(childIds.has(record.childId)).toBe(true);
    }
    const episodeIds = ids(synthetic.removalEpisodes);
    for (const placement of synthetic.placements)
      expect(episodeIds.has(placement.episodeId)).toBe(true);
    for (const partner of synthetic.partners) {
      if (partner.coordinatorId) expect(staffIds.has(partner.coordinatorId)).toBe(true);
      for (const relation of partner.relationships) {
        if (relation.parentId) expect(parentIds.has(relation.parentId)).toBe(true);
      }
    }
    for (const session of synthetic.supportSessions) {
      if (session.facilitatorId) expect(staffIds.has(session.facilitatorId)).toBe(true);
      for (const id of session.attendeeIds) expect(partnerIds.has(id)).toBe(true);
    }
    for (const engagement of synthetic.engagements) {
      for (const id of engagement.partnerIds) expect(partnerIds.has(id)).toBe(true);
      for (const id of engagement.graduateParentIds) expect(parentIds.has(id)).toBe(true);
    }
    for (const event of synthetic.groupEvents) {
      for (const id of event.facilitatorPartnerIds) expect(partnerIds.has(id)).toBe(true);
      for (const id of event.facilitatorStaffIds) expect(staffIds.has(id)).toBe(true);
      for (const id of event.attendeeParentIds) expect(parentIds.has(id)).toBe(true);
    }
  });

  it('keeps every county within the program', () => {
    const used = [
      ...synthetic.parents.map((parent) => parent.countyFips),
      ...synthetic.partners.flatMap((partner) => partner.countiesServed),
      ...synthetic.matches.map((match) => match.countyFips),
      ...synthetic.groupEvents.map((event) => event.countyFips),
    ];
    for (const fips of used) expect(countyFips.has(fips)).toBe(true);
  });

  it('puts nothing after asOf', () => {
    const dates = [
      ...synthetic.contacts.map((contact) => contact.date),
      ...synthetic.removalEpisodes.flatMap((episode) => [
        episode.entryDate,
        episode.exitDate ?? episode.entryDate,
      ]),
      ...synthetic.placements.flatMap((placement) => [
        placement.startDate,
        placement.endDate ?? placement.startDate,
      ]),
      ...synthetic.maltreatmentReports.map((report) => report.reportDate),
      ...synthetic.supportSessions.map((session) => session.date),
      ...synthetic.engagements.flatMap((engagement) => [
        engagement.date,
        engagement.endDate ?? engagement.date,
      ]),
      ...synthetic.groupEvents.map((event) => event.date),
      ...synthetic.referrals.flatMap((referral) =>
        referral.statusHistory.map((change) => change.at.slice(0, 10)),
      ),
      ...synthetic.matches.flatMap((match) => [
        ...match.statusHistory.map((change) => change.at.slice(0, 10)),
        match.endDate ?? match.proposedAt.slice(0, 10),
      ]),
      ...synthetic.partners.flatMap((partner) => [
        partner.ownCase.resolvedOn,
        ...partner.trainings.map((training) => training.completedOn),
        partner.backgroundCheck?.checkedOn ?? asOf,
      ]),
    ];
    expect(dates.filter((date) => date > asOf)).toEqual([]);
  });

  it('keeps lifecycles in order and replayable through the core transitions', () => {
    for (const referral of synthetic.referrals) {
      const times = referral.statusHistory.map((change) => Date.parse(change.at));
      expect(times).toEqual([...times].sort((left, right) => left - right));
      expect(referral.statusHistory.at(-1)?.status).toBe(referral.status);
    }
    const events = {
      active: 'activate',
      paused: 'pause',
      declined: 'decline',
      closed: 'close',
    } as const;
    for (const match of synthetic.matches) {
      const times = match.statusHistory.map((change) => Date.parse(change.at));
      expect(times).toEqual([...times].sort((left, right) => left - right));
      const { startDate: _start, endDate: _end, ...rest } = match;
      let replay: Match = {
        ...rest,
        status: 'proposed',
        statusHistory: [match.statusHistory[0] as StatusChange],
      };
      for (const change of match.statusHistory.slice(1)) {
        const type =
          change.status === 'active' && replay.status === 'paused'
            ? 'resume'
            : events[change.status as keyof typeof events];
        const event: MatchEvent =
          type === 'close' ? { type, reason: match.closureReason ?? 'other' } : { type };
        const next = transitionMatch(replay, event, change.at);
        expect(next.success).toBe(true);
        if (next.success) replay = next.data;
      }
      expect(replay.status).toBe(match.status);
      expect(replay.statusHistory).toEqual(match.statusHistory);
      expect(replay.startDate).toBe(match.startDate);
      expect(replay.endDate).toBe(match.endDate);
    }
  });

  it('dates contacts within their match and never during a pause', () => {
    for (const contact of synthetic.contacts) {
      const match = matchById.get(contact.matchId ?? '');
      expect(match?.startDate).toBeDefined();
      expect(contact.date >= (match?.startDate ?? '')).toBe(true);
      expect(contact.date <= (match?.endDate ?? asOf)).toBe(true);
      const history = match?.statusHistory ?? [];
      history.forEach((change, index) => {
        if (change.status !== 'paused') return;
        const resumed =
          history[index + 1]?.status === 'active' ? history[index + 1]?.at : undefined;
        const inPause =
          contact.date >= change.at.slice(0, 10) &&
          (resumed === undefined || contact.date < resumed.slice(0, 10));
        expect(inPause).toBe(false);
      });
    }
    expect(
      synthetic.matches.some((match) =>
        match.statusHistory.some((change) => change.status === 'paused'),
      ),
    ).toBe(true);
  });

  it('never exceeds a partner caseload on any day', () => {
    const byPartner = new Map<string, [string, string][]>();
    for (const match of synthetic.matches) {
      if (!match.startDate) continue;
      const list = byPartner.get(match.partnerId) ?? [];
      list.push([match.startDate, match.endDate ?? '9999-12-31']);
      byPartner.set(match.partnerId, list);
    }
    for (const partner of synthetic.partners) {
      const spans = byPartner.get(partner.id) ?? [];
      const capacity = partner.maxCaseload ?? synthetic.program.eligibility.defaultMaxCaseload;
      for (const [start] of spans) {
        const open = spans.filter(([from, to]) => from <= start && start < to).length;
        expect(open).toBeLessThanOrEqual(capacity);
      }
    }
  });

  it('never matches a partner with a known conflict or a parent who required another gender', () => {
    const parentById = new Map(synthetic.parents.map((parent) => [parent.id, parent]));
    const partnerById = new Map(synthetic.partners.map((partner) => [partner.id, partner]));
    for (const match of synthetic.matches) {
      const parent = parentById.get(match.parentId);
      const partner = partnerById.get(match.partnerId);
      if (!parent || !partner) throw new Error('missing record');
      expect(partner.relationships.some((relation) => relation.parentId === parent.id)).toBe(false);
      expect(
        partner.relationships.some(
          (relation) => relation.caseNumber === parent.caseReference?.caseNumber,
        ),
      ).toBe(false);
      expect(partner.connectedHouseholdIds).not.toContain(parent.householdId);
      if (parent.languages[0] !== 'en' && !parent.matchingPreferences.interpreterAccepted) {
        expect(partner.languages).toContain(parent.languages[0]);
      }
      expect(partner.countiesServed).toContain(parent.countyFips);
      if (parent.matchingPreferences.partnerGenderRequired) {
        expect(parent.matchingPreferences.partnerGenders).toContain(partner.genderIdentity);
      }
    }
  });

  it('has the realistic mixes the SDK tests rely on', () => {
    const statuses = new Set(synthetic.matches.map((match) => match.status));
    for (const status of ['active', 'closed', 'declined']) expect(statuses).toContain(status);
    const languages = new Set(synthetic.parents.map((parent) => parent.languages[0]));
    expect(languages).toContain('en');
    expect(languages).toContain('es');
    const exits = new Set(synthetic.removalEpisodes.map((episode) => episode.exitReason));
    for (const reason of [undefined, 'reunification', 'guardianship', 'adoption', 'emancipation'])
      expect(exits).toContain(reason);
    const settings = new Set(synthetic.placements.map((placement) => placement.setting));
    for (const setting of [
      'relative_home',
      'non_relative_foster_home',
      'trial_home_visit',
      'runaway',
    ])
      expect(settings).toContain(setting);
    const dispositions = new Set(synthetic.maltreatmentReports.map((report) => report.disposition));
    expect(dispositions).toEqual(
      new Set(['substantiated', 'indicated', 'unsubstantiated', 'alternative_response']),
    );
    const partnerStatuses = new Set(synthetic.partners.map((partner) => partner.status));
    expect(partnerStatuses).toContain('active');
    expect(synthetic.partners.some((partner) => partner.ownCase.resolvedOn > '2025-06-30')).toBe(
      true,
    );
    expect(
      synthetic.parents.some((parent) => parent.matchingPreferences.partnerGenderRequired),
    ).toBe(true);
    expect(synthetic.partners.some((partner) => partner.relationships.length > 0)).toBe(true);
    const kinds = new Set(synthetic.supportSessions.map((session) => session.kind));
    expect(kinds).toContain('clinical_support_session');
    expect(kinds).toContain('training');
    expect(
      synthetic.engagements.some((engagement) => engagement.kind === 'advisory_council_meeting'),
    ).toBe(true);
    expect(new Set(synthetic.groupEvents.map((event) => event.kind))).toEqual(
      new Set(['orientation_class', 'parent_cafe', 'support_group']),
    );
  });

  it('keeps the child history consistent: no overlap, placements inside their episodes, births before entries', () => {
    expect(
      validateChildHistory(synthetic, { parents: synthetic.parents }).map((found) => found.code),
    ).toEqual([]);
  });

  it('keeps goals, referrals and case closure in line with the history', () => {
    const openChildren = new Set(
      synthetic.removalEpisodes
        .filter((episode) => episode.exitDate === undefined)
        .map((episode) => episode.childId),
    );
    const removedParents = new Set(synthetic.removalEpisodes.map((episode) => episode.parentId));
    for (const referral of synthetic.referrals) {
      expect(referral.removalOccurred).toBe(removedParents.has(referral.parentId));
    }
    const lastExit = new Map<string, string>();
    for (const episode of synthetic.removalEpisodes) {
      const known = lastExit.get(episode.childId);
      if (episode.exitDate !== undefined && (known === undefined || episode.exitDate > known))
        lastExit.set(episode.childId, episode.exitDate);
      if (episode.exitReason === 'adoption') {
        const child = synthetic.parents
          .find((parent) => parent.id === episode.parentId)
          ?.children.find((candidate) => candidate.id === episode.childId);
        expect(child?.permanencyGoal).toBe('adoption');
      }
    }
    for (const parent of synthetic.parents) {
      const closedOn = parent.caseReference?.closedOn;
      if (closedOn === undefined) continue;
      expect(closedOn <= asOf).toBe(true);
      for (const child of parent.children) {
        expect(openChildren.has(child.id)).toBe(false);
        expect((lastExit.get(child.id) ?? '') <= closedOn).toBe(true);
      }
    }
  });

  it('front-loads face-to-face contact in the first three months of a match', () => {
    const early: number[] = [];
    const late: number[] = [];
    for (const contact of synthetic.contacts) {
      const start = matchById.get(contact.matchId ?? '')?.startDate ?? contact.date;
      const days = (Date.parse(contact.date) - Date.parse(start)) / 86_400_000;
      if (contact.mode === 'in_person') (days < 90 ? early : late).push(days);
    }
    expect(early.length / 3).toBeGreaterThan(late.length / 18);
  });

  it('has most new matches, not all, meet the contact target in each of their first months', () => {
    const [target] = synthetic.program.contactTargets;
    expect(target).toMatchObject({ fromMonth: 1, toMonth: 3, faceToFacePerMonth: 4 });
    const perMatchMonth = new Map<string, { inPerson: number; all: number }>();
    for (const contact of synthetic.contacts) {
      const key = `${contact.matchId} ${contact.date.slice(0, 7)}`;
      const counts = perMatchMonth.get(key) ?? { inPerson: 0, all: 0 };
      counts.all += 1;
      if (contact.mode === 'in_person') counts.inPerson += 1;
      perMatchMonth.set(key, counts);
    }
    let judged = 0;
    let met = 0;
    for (const match of synthetic.matches) {
      if (match.startDate === undefined) continue;
      const [year, month] = match.startDate.split('-').map(Number) as [number, number];
      const months = [0, 1, 2].map((offset) => {
        const index = year * 12 + month - 1 + offset;
        return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
      });
      // Only matches that went on past their third month, which ended before asOf's month.
      const third = months[2] ?? '';
      if (third >= asOf.slice(0, 7) || (match.endDate ?? asOf).slice(0, 7) <= third) continue;
      judged += 1;
      const meets = months.every((key) => {
        const counts = perMatchMonth.get(`${match.id} ${key}`) ?? { inPerson: 0, all: 0 };
        return counts.inPerson >= 4 && counts.all >= (target?.contactsPerMonth ?? 0);
      });
      if (meets) met += 1;
    }
    expect(judged).toBeGreaterThan(100);
    expect(met / judged).toBeGreaterThan(0.5);
    expect(met / judged).toBeLessThan(0.75);
  });
});

describe('createSyntheticProgram for any small options', () => {
  it('stays valid and consistent at the edges (one county, no parents, one month...)', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.oneof(fc.integer(), fc.string({ maxLength: 8 })),
          counties: fc.integer({ min: 1, max: 6 }),
          parents: fc.integer({ min: 0, max: 40 }),
          partners: fc.integer({ min: 0, max: 8 }),
          months: fc.integer({ min: 1, max: 8 }),
          state: fc.constantFrom('WI' as const, 'IA' as const),
          asOf: fc.constantFrom('2024-02-29', '2025-12-31', '2026-06-30'),
        }),
        (options) => {
          const program = createSyntheticProgram(options);
          expect(program.parents).toHaveLength(options.parents);
          expect(program.partners).toHaveLength(options.partners);
          expect(program.program.counties).toHaveLength(options.counties);
          for (const [kind, records] of Object.entries(recordsOf(program)) as [
            RecordKind,
            unknown[],
          ][]) {
            expect(validateRecords(kind, records).invalid).toEqual([]);
          }
          const last = options.asOf;
          for (const contact of program.contacts) expect(contact.date <= last).toBe(true);
          for (const episode of program.removalEpisodes)
            expect((episode.exitDate ?? episode.entryDate) <= last).toBe(true);
          for (const report of program.maltreatmentReports)
            expect(report.reportDate <= last).toBe(true);
          expect(validateChildHistory(program, { parents: program.parents })).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('createSyntheticProgram privacy guard', () => {
  it('uses only example.org emails and 555-01xx phone numbers', () => {
    const points = [...synthetic.parents, ...synthetic.partners].flatMap(
      (person) => person.contactPoints,
    );
    for (const point of points) {
      if (point.system === 'email') expect(point.value).toMatch(/@example\.org$/);
      else expect(point.value).toMatch(/^\(\d{3}\) 555-01\d{2}$/);
    }
    for (const member of synthetic.staff) expect(member.email).toMatch(/@example\.org$/);
  });
});

describe('createSyntheticProgram volume', () => {
  it('reaches a requested total of contacts closely', () => {
    const target = 20_000;
    const program = createSyntheticProgram({
      seed: 'volume',
      asOf,
      parents: 300,
      partners: 30,
      counties: 5,
      contacts: target,
    });
    expect(Math.abs(program.contacts.length - target) / target).toBeLessThan(0.02);
  });

  it('scales contacts with contactsPerMatchMonth', () => {
    const base = { seed: 'rate', asOf, parents: 200, partners: 20 } as const;
    const light = createSyntheticProgram({ ...base, contactsPerMatchMonth: 2 }).contacts.length;
    const heavy = createSyntheticProgram({ ...base, contactsPerMatchMonth: 12 }).contacts.length;
    expect(heavy / light).toBeGreaterThan(5);
    expect(heavy / light).toBeLessThan(7);
  });
});

describe('createSyntheticProgram options', () => {
  it.each([
    [{ asOf: '2026-02-30' }],
    [{ months: 0 }],
    [{ counties: 73 }],
    [{ parents: -1 }],
    [{ partners: 1.5 }],
    [{ contactsPerMatchMonth: -1 }],
    [{ state: 'MN' as never }],
  ])('rejects %j with INVALID_ARGUMENT', (override) => {
    const run = () => createSyntheticProgram({ seed: 1, asOf, ...override });
    expect(run).toThrow(ParentPartnerError);
    try {
      run();
    } catch (error) {
      expect(ParentPartnerError.isInstance(error) && error.code).toBe('INVALID_ARGUMENT');
    }
  });

  it('handles a program with no partners: referrals wait, nothing is matched', () => {
    const empty = createSyntheticProgram({ seed: 'none', asOf, partners: 0, parents: 20 });
    expect(empty.matches).toEqual([]);
    expect(empty.contacts).toEqual([]);
    expect(empty.referrals.some((referral) => referral.status === 'waitlisted')).toBe(true);
  });
});
