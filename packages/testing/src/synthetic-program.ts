import type {
  CalendarDate,
  Contact,
  Engagement,
  GroupEvent,
  MaltreatmentReport,
  Match,
  Parent,
  ParentPartner,
  PartnerId,
  Placement,
  Program,
  ProgramId,
  Referral,
  RemovalEpisode,
  Staff,
  StaffId,
  SupportSession,
} from '@parent-partner/core';
import { ParentPartnerError } from '@parent-partner/core';
import type { StateCounty } from './county-table';
import { pickCountyByPopulation } from './county-table';
import { addMonthsToDay, readDay } from './day-numbers';
import type { SyntheticState } from './demographics';
import { type GenerationContext, idWidth } from './generation-context';
import { groupCountiesIntoRegions, type ProgramRegion } from './program-regions';
import { deriveRandom, type Random } from './random';
import { listStateCounties } from './state-counties';
import { type MatchPlan, scheduleCasework } from './synthetic-casework';
import { drawChildHistory } from './synthetic-child-history';
import {
  drawMatchContacts,
  scaleContactVolume,
  syntheticContactTarget,
} from './synthetic-contacts';
import { drawEngagements, type GraduateParent } from './synthetic-engagements';
import { drawGroupEvents } from './synthetic-group-events';
import { draftSyntheticParent } from './synthetic-parent';
import {
  buildSyntheticPartner,
  type PartnerDraft,
  syntheticRequiredTrainings,
} from './synthetic-partner';
import { buildSyntheticStaff } from './synthetic-staff';
import { drawSupportSessions } from './synthetic-support-sessions';

/** Options of {@link createSyntheticProgram}. */
export interface SyntheticProgramOptions {
  /** Seed: the same options with the same seed give byte-identical output. */
  seed: number | string;
  /** Reference date (`YYYY-MM-DD`): the last day of history; nothing happens after it. */
  asOf: CalendarDate;
  /** Number of counties served, a connected cluster of the state's counties (1 to all of them). Default 3. */
  counties?: number;
  /** Number of parents referred during the history. Default 60. */
  parents?: number;
  /** Number of parent partners. Default 12. */
  partners?: number;
  /** Length of the history in months, ending on `asOf` (1–120). Default 12. */
  months?: number;
  /** State whose counties are used. Default `WI`. */
  state?: SyntheticState;
  /** Average contacts per active match-month; by default about 8 in the first months, tapering to about 4. */
  contactsPerMatchMonth?: number;
  /** Total number of contacts to aim for (overrides `contactsPerMatchMonth`); reached within a fraction of a percent. */
  contacts?: number;
}

/** A whole synthetic program: every record kind, consistent with each other, in the parsed shape. */
export interface SyntheticProgram {
  /** The program: state, counties with neighbours, required trainings, eligibility policy, contact targets. */
  program: Program;
  /** Coordinators, clinical support, a supervisor and county caseworkers. */
  staff: Staff[];
  /** Parents served, in referral order. */
  parents: Parent[];
  /** Parent partners. */
  partners: ParentPartner[];
  /** One referral per parent, in parent order. */
  referrals: Referral[];
  /** Matches in the order they were proposed. */
  matches: Match[];
  /** Contacts, grouped by match and in date order within each match. */
  contacts: Contact[];
  /** Removal episodes of the children of the parents served (some began before the history window). */
  removalEpisodes: RemovalEpisode[];
  /** Placements within those episodes, trial home visits and runaways included. */
  placements: Placement[];
  /** Maltreatment reports about those children. */
  maltreatmentReports: MaltreatmentReport[];
  /** Workforce support sessions, in date order. */
  supportSessions: SupportSession[];
  /** Systems and community engagements, in date order. */
  engagements: Engagement[];
  /** Group events, in date order. */
  groupEvents: GroupEvent[];
}

interface Settings {
  readonly seed: number | string;
  readonly state: SyntheticState;
  readonly countyCount: number;
  readonly parentCount: number;
  readonly partnerCount: number;
  readonly context: GenerationContext;
  readonly contactsPerMatchMonth?: number;
  readonly contacts?: number;
}

function requireInteger(
  value: number | undefined,
  fallback: number,
  least: number,
  most: number,
  path: string,
): number {
  const result = value ?? fallback;
  if (!Number.isInteger(result) || result < least || result > most) {
    throw new ParentPartnerError(
      'INVALID_ARGUMENT',
      `${path}: expected a whole number from ${String(least)} to ${String(most)}`,
    );
  }
  return result;
}

function readSettings(options: SyntheticProgramOptions): Settings {
  if (typeof options.seed !== 'string' && !Number.isFinite(options.seed)) {
    throw new ParentPartnerError('INVALID_ARGUMENT', 'seed: expected a finite number or a string');
  }
  const state = options.state ?? 'WI';
  if (state !== 'WI' && state !== 'IA') {
    throw new ParentPartnerError('INVALID_ARGUMENT', 'state: expected WI or IA');
  }
  const asOfDay = readDay(options.asOf, 'asOf');
  const months = requireInteger(options.months, 12, 1, 120, 'months');
  const rate = options.contactsPerMatchMonth;
  if (rate !== undefined && !(Number.isFinite(rate) && rate >= 0 && rate <= 200)) {
    throw new ParentPartnerError(
      'INVALID_ARGUMENT',
      'contactsPerMatchMonth: expected a number from 0 to 200',
    );
  }
  return {
    seed: options.seed,
    state,
    countyCount: requireInteger(
      options.counties,
      3,
      1,
      listStateCounties(state).length,
      'counties',
    ),
    parentCount: requireInteger(options.parents, 60, 0, 1_000_000, 'parents'),
    partnerCount: requireInteger(options.partners, 12, 0, 100_000, 'partners'),
    context: { state, asOfDay, startDay: addMonthsToDay(asOfDay, -months) + 1 },
    ...(rate === undefined ? {} : { contactsPerMatchMonth: rate }),
    ...(options.contacts === undefined
      ? {}
      : { contacts: requireInteger(options.contacts, 0, 0, 100_000_000, 'contacts') }),
  };
}

/** Picks a connected cluster of `count` counties, grown from a populous seed county through land borders. */
function selectCounties(
  random: Random,
  table: readonly StateCounty[],
  count: number,
): StateCounty[] {
  if (count >= table.length) return table.slice();
  const byFips = new Map(table.map((county) => [county.fips, county]));
  const chosen = new Set<string>([pickCountyByPopulation(random, table).fips]);
  while (chosen.size < count) {
    const frontier = table.filter(
      (county) =>
        !chosen.has(county.fips) && county.neighbors.some((neighbor) => chosen.has(neighbor)),
    );
    const next =
      frontier.length > 0
        ? pickCountyByPopulation(random, frontier)
        : random.pick(table.filter((county) => !chosen.has(county.fips)));
    chosen.add(next.fips);
  }
  return [...chosen].sort().map((fips) => byFips.get(fips) as StateCounty);
}

function buildProgram(state: SyntheticState, counties: readonly StateCounty[]): Program {
  return {
    id: `program-${state.toLowerCase()}-synthetic` as ProgramId,
    name:
      state === 'WI'
        ? 'Synthetic Parents Supporting Parents (Wisconsin)'
        : 'Synthetic Parent Partner Program (Iowa)',
    state,
    counties: counties.map((county) => ({
      fips: county.fips,
      name: county.name,
      neighbors: county.neighbors.slice(),
    })),
    fiscalYearStartMonth: 7,
    requiredTrainings: syntheticRequiredTrainings.slice(),
    eligibility: {
      monthsSinceCaseResolved: 12,
      requireCaseClosed: true,
      backgroundCheckValidityMonths: 24,
      defaultMaxCaseload: 4,
    },
    contactTargets: [
      {
        phase: 'initial',
        fromMonth: 1,
        toMonth: syntheticContactTarget.months,
        faceToFacePerMonth: syntheticContactTarget.faceToFace,
        contactsPerMonth: syntheticContactTarget.contacts,
      },
      { phase: 'ongoing', fromMonth: 4, faceToFacePerMonth: 2, contactsPerMonth: 4 },
    ],
    reportOnlyConsentingParents: false,
  };
}

/** Everything but the contacts, and what is needed to draw them. */
interface ProgramDraft {
  readonly records: Omit<SyntheticProgram, 'contacts'>;
  readonly plans: readonly MatchPlan[];
  readonly scale: number;
  readonly seed: number | string;
}

function draftSyntheticProgram(options: SyntheticProgramOptions): ProgramDraft {
  const settings = readSettings(options);
  const { seed, state, context } = settings;
  const { asOfDay, startDay } = context;
  const counties = selectCounties(
    deriveRandom(seed, 'counties'),
    listStateCounties(state),
    settings.countyCount,
  );
  const program = buildProgram(state, counties);
  const countyByFips = new Map(counties.map((county) => [county.fips, county]));

  // Staff: a coordinator per region of up to three counties, clinical support per two regions, one supervisor.
  const staffRandom = deriveRandom(seed, 'staff');
  const staff: Staff[] = [];
  const staffWidth = idWidth(settings.countyCount * 8 + Math.ceil(settings.parentCount / 15));
  const addStaff = (
    role: Staff['role'],
    countiesServed: readonly string[],
    countyName?: string,
  ): StaffId => {
    const member = buildSyntheticStaff(staffRandom, {
      state,
      role,
      countiesServed,
      ...(countyName === undefined ? {} : { countyName }),
      number: staff.length + 1,
      width: staffWidth,
    });
    staff.push(member);
    return member.id;
  };
  const allFips = counties.map((county) => county.fips);
  const supervisorId = addStaff('supervisor', allFips);
  const regionCounties = groupCountiesIntoRegions(counties, 3);
  const regions: ProgramRegion[] = [];
  let clinicalSupportId = supervisorId;
  regionCounties.forEach((members, index) => {
    if (index % 2 === 0) {
      clinicalSupportId = addStaff(
        'clinical_support',
        regionCounties.slice(index, index + 2).flat(),
      );
    }
    regions.push({
      counties: members,
      coordinatorId: addStaff('coordinator', members),
      clinicalSupportId,
      partnerIndexes: [],
    });
  });
  const regionByFips = new Map<string, ProgramRegion>();
  for (const region of regions) for (const fips of region.counties) regionByFips.set(fips, region);

  // Partners: home county by population, serving it and up to two neighbouring program counties.
  const partnerRandom = deriveRandom(seed, 'partners');
  const partnerWidth = idWidth(settings.partnerCount);
  const drafts: PartnerDraft[] = [];
  const partnersByCounty = new Map<string, number[]>(allFips.map((fips) => [fips, []]));
  for (let index = 0; index < settings.partnerCount; index += 1) {
    // Spread the first partners over every county so none is left without one.
    const home =
      index < counties.length
        ? (counties[index] as StateCounty)
        : pickCountyByPopulation(partnerRandom, counties);
    const nearby = home.neighbors.filter((fips) => countyByFips.has(fips));
    const countiesServed = [
      home.fips,
      ...partnerRandom.sample(nearby, partnerRandom.integer(0, 2)),
    ];
    const region = regionByFips.get(home.fips) as ProgramRegion;
    const draft = buildSyntheticPartner(partnerRandom, {
      state,
      asOfDay,
      countyFips: home.fips,
      countiesServed,
      coordinatorId: region.coordinatorId,
      number: index + 1,
      width: partnerWidth,
    });
    drafts.push(draft);
    region.partnerIndexes.push(index);
    for (const fips of countiesServed) partnersByCounty.get(fips)?.push(index);
  }

  // Parents: county by population, referral days spread over the history, in referral order.
  const parentRandom = deriveRandom(seed, 'parents');
  const parentWidth = idWidth(settings.parentCount);
  const span = asOfDay - startDay + 1;
  const referralDays = Array.from(
    { length: settings.parentCount },
    () => startDay + Math.floor(parentRandom.next() * span),
  ).sort((left, right) => left - right);
  const parentDrafts = referralDays.map((referralDay, index) =>
    draftSyntheticParent(parentRandom, {
      state,
      countyFips: pickCountyByPopulation(parentRandom, counties).fips,
      referralDay,
      number: index + 1,
      width: parentWidth,
    }),
  );
  const parents: Parent[] = parentDrafts.map((draft) => draft.parent);

  // Caseworkers: about one per twenty families in each county.
  const caseworkersByCounty = new Map<string, StaffId[]>();
  const parentsPerCounty = new Map<string, number>();
  for (const parent of parents)
    parentsPerCounty.set(parent.countyFips, (parentsPerCounty.get(parent.countyFips) ?? 0) + 1);
  for (const county of counties) {
    const count = 1 + Math.floor((parentsPerCounty.get(county.fips) ?? 0) / 20);
    const ids: StaffId[] = [];
    for (let index = 0; index < count; index += 1)
      ids.push(addStaff('caseworker', [county.fips], county.name));
    caseworkersByCounty.set(county.fips, ids);
  }

  // Conflicts of interest: a few partners know a parent of their counties (relative, friend, own case...).
  const conflictRandom = deriveRandom(seed, 'conflicts');
  const parentsByCounty = new Map<string, number[]>();
  parents.forEach((parent, index) => {
    const list = parentsByCounty.get(parent.countyFips);
    if (list) list.push(index);
    else parentsByCounty.set(parent.countyFips, [index]);
  });
  for (const { partner } of drafts) {
    if (!conflictRandom.chance(0.1)) continue;
    const nearby = partner.countiesServed.flatMap((fips) => parentsByCounty.get(fips) ?? []);
    for (const parentIndex of conflictRandom.sample(nearby, conflictRandom.integer(1, 2))) {
      const parent = parents[parentIndex] as Parent;
      const kind = conflictRandom.pick([
        'relative',
        'friend',
        'former_partner',
        'household_member',
        'own_case',
      ] as const);
      if (kind === 'own_case' && parent.caseReference) {
        partner.relationships.push({ kind, caseNumber: parent.caseReference.caseNumber });
      } else if (kind === 'household_member' && parent.householdId) {
        partner.connectedHouseholdIds.push(parent.householdId);
        partner.relationships.push({ kind, parentId: parent.id });
      } else {
        partner.relationships.push({
          kind: kind === 'own_case' ? 'other' : kind,
          parentId: parent.id,
        });
      }
    }
  }

  const casework = scheduleCasework(deriveRandom(seed, 'casework'), {
    context,
    parents,
    referralDays,
    removals: parentDrafts.map((draft) => draft.removedChildren.length > 0),
    partners: drafts,
    defaultCaseload: program.eligibility.defaultMaxCaseload,
    partnersByCounty,
    caseworkersByCounty,
    coordinatorByCounty: new Map(
      [...regionByFips].map(([fips, region]) => [fips, region.coordinatorId]),
    ),
  });

  const history = drawChildHistory(deriveRandom(seed, 'child-history'), {
    drafts: parentDrafts,
    referralDays,
    plans: casework.plans,
    asOfDay,
  });

  const scale = scaleContactVolume(casework.plans, {
    ...(settings.contactsPerMatchMonth === undefined
      ? {}
      : { perMatchMonth: settings.contactsPerMatchMonth }),
    ...(settings.contacts === undefined ? {} : { total: settings.contacts }),
  });

  const workingPartnersOf = createWorkingPartnersLookup(drafts, partnersByCounty);
  const supportSessions = drawSupportSessions(
    deriveRandom(seed, 'support'),
    regions,
    drafts,
    supervisorId,
    startDay,
    asOfDay,
  );
  const engagements = drawEngagements(
    deriveRandom(seed, 'engagement'),
    allFips,
    listGraduates(parents, casework.plans),
    workingPartnersOf,
    startDay,
    asOfDay,
  );
  const groupEvents = drawGroupEvents(
    deriveRandom(seed, 'groups'),
    regions,
    { parents, referralDays, servedSpans: listServedSpans(parents.length, casework.plans) },
    workingPartnersOf,
    startDay,
    asOfDay,
  );

  return {
    records: {
      program,
      staff,
      parents,
      partners: drafts.map((draft) => draft.partner),
      referrals: casework.referrals,
      matches: casework.matches,
      removalEpisodes: history.removalEpisodes,
      placements: history.placements,
      maltreatmentReports: history.maltreatmentReports,
      supportSessions,
      engagements,
      groupEvents,
    },
    plans: casework.plans,
    scale,
    seed,
  };
}

/**
 * Generates a whole synthetic Parent Partner program from a seed: staff, parents, partners, referrals,
 * matches, weekly contacts, the children's removal episodes, placements and maltreatment reports, workforce
 * support, council engagement and group events,
 * all consistent with each other, in the parsed shape of the core schemas, and nothing after `asOf`.
 * Names, addresses, phones (555-01xx) and emails (example.org) are fictitious.
 *
 * @example
 * const synthetic = createSyntheticProgram({ seed: 'demo', asOf: '2026-06-30' });
 * [synthetic.program.counties.length, synthetic.parents.length, synthetic.partners.length]
 * //=> [3, 60, 12]
 */
export function createSyntheticProgram(options: SyntheticProgramOptions): SyntheticProgram {
  const { records, plans, scale, seed } = draftSyntheticProgram(options);
  const contacts: Contact[] = [];
  const random = deriveRandom(seed, 'contacts');
  const pushContact = (contact: Contact): void => {
    contacts.push(contact);
  };
  let number = 1;
  for (const plan of plans) number = drawMatchContacts(random, plan, scale, number, 7, pushContact);
  return {
    program: records.program,
    staff: records.staff,
    parents: records.parents,
    partners: records.partners,
    referrals: records.referrals,
    matches: records.matches,
    contacts,
    removalEpisodes: records.removalEpisodes,
    placements: records.placements,
    maltreatmentReports: records.maltreatmentReports,
    supportSessions: records.supportSessions,
    engagements: records.engagements,
    groupEvents: records.groupEvents,
  };
}

/**
 * Yields the contacts of `createSyntheticProgram(options)` one by one, without holding them all: the same
 * records, in the same order, for volumes (ten million and more) that should be streamed to a file.
 *
 * @example
 * let count = 0;
 * for (const _contact of iterateSyntheticContacts({ seed: 'demo', asOf: '2026-06-30' })) count += 1;
 * count === createSyntheticProgram({ seed: 'demo', asOf: '2026-06-30' }).contacts.length
 * //=> true
 */
export function* iterateSyntheticContacts(
  options: SyntheticProgramOptions,
): Generator<Contact, void, undefined> {
  const { plans, scale, seed } = draftSyntheticProgram(options);
  const random = deriveRandom(seed, 'contacts');
  const batch: Contact[] = [];
  const pushContact = (contact: Contact): void => {
    batch.push(contact);
  };
  let number = 1;
  for (const plan of plans) {
    number = drawMatchContacts(random, plan, scale, number, 7, pushContact);
    yield* batch;
    batch.length = 0;
  }
}

function createWorkingPartnersLookup(
  drafts: readonly PartnerDraft[],
  partnersByCounty: ReadonlyMap<string, readonly number[]>,
): (countyFips: string, day: number) => PartnerId[] {
  return (countyFips, day) =>
    (partnersByCounty.get(countyFips) ?? [])
      .filter((index) => {
        const draft = drafts[index] as PartnerDraft;
        return draft.availableFrom <= day && day < draft.availableUntil;
      })
      .map((index) => (drafts[index] as PartnerDraft).partner.id);
}

function listGraduates(parents: readonly Parent[], plans: readonly MatchPlan[]): GraduateParent[] {
  const graduates: GraduateParent[] = [];
  for (const plan of plans) {
    const reason = plan.match.closureReason;
    if (plan.closedDay === undefined) continue;
    if (reason !== 'goals_met' && reason !== 'reunified' && reason !== 'other_permanency') continue;
    const parent = parents[plan.parentIndex] as Parent;
    graduates.push({
      parentId: parent.id,
      countyFips: parent.countyFips,
      graduatedDay: plan.closedDay,
    });
  }
  return graduates;
}

function listServedSpans(
  count: number,
  plans: readonly MatchPlan[],
): ([number, number] | undefined)[] {
  const spans: ([number, number] | undefined)[] = Array.from({ length: count }, () => undefined);
  for (const plan of plans) {
    if (plan.startDay === undefined || plan.lastDay === undefined) continue;
    const current = spans[plan.parentIndex];
    spans[plan.parentIndex] = current
      ? [Math.min(current[0], plan.startDay), Math.max(current[1], plan.lastDay)]
      : [plan.startDay, plan.lastDay];
  }
  return spans;
}
