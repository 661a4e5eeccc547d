import type {
  BackgroundCheckResult,
  CalendarDate,
  CaseResolution,
  HouseholdId,
  MeetingMode,
  ParentPartner,
  PartnerId,
  PartnerStatus,
  StaffId,
  TrainingCourse,
  TrainingRecord,
} from '@parent-partner/core';
import { drawAvailability } from './availability';
import { pickCountyByPopulation } from './county-table';
import {
  addMonthsToDay,
  dayFromParts,
  formatDay,
  nthWeekdayOfMonth,
  partsFromDay,
  readDay,
} from './day-numbers';
import {
  createExampleEmail,
  drawContactPoints,
  drawCulturalProfile,
  drawFictitiousAddress,
  drawGender,
  drawLivedExperience,
  type SyntheticState,
} from './demographics';
import { createFictitiousName } from './fictitious-names';
import { DEFAULT_SYNTHETIC_AS_OF, formatId } from './generation-context';
import { createRandom, createWeightedList, type Random } from './random';
import { listStateCounties } from './state-counties';

/** The trainings a synthetic program requires (Iowa's topics), in the order they are taught. */
export const syntheticRequiredTrainings: readonly TrainingCourse[] = [
  'orientation',
  'domestic_violence',
  'mandatory_reporting',
  'boundaries_and_safety',
  'substance_abuse',
  'agency_processes',
  'mental_health',
  'ethics',
  'confidentiality',
  'cultural_competency',
];

/** Courses that must be renewed, with their validity in months. */
const expiringCourses: Partial<Record<TrainingCourse, number>> = {
  mandatory_reporting: 24,
  confidentiality: 24,
};

/** Where a synthetic partner lives and works; the builder draws everything else. */
export interface PartnerSetting {
  /** State of residence. */
  readonly state: SyntheticState;
  /** Day number of the reference date. */
  readonly asOfDay: number;
  /** Home county (five-digit FIPS). */
  readonly countyFips: string;
  /** Counties served, home county first. */
  readonly countiesServed: readonly string[];
  /** The coordinator who supervises the partner. */
  readonly coordinatorId?: StaffId;
  /** Sequence number used in the partner's ids. */
  readonly number: number;
  /** Zero-padding width of the sequence number. */
  readonly width: number;
}

/** A synthetic partner and the days between which the generator may give them new matches. */
export interface PartnerDraft {
  /** The partner record, in the parsed shape. */
  readonly partner: ParentPartner;
  /** First day the partner is eligible, trained and available. */
  readonly availableFrom: number;
  /** Day the partner stops working (leave or inactivity); open matches end then. */
  readonly availableUntil: number;
  /** Day the partner stops taking new families (also a lapsed training or a stale background check). */
  readonly newMatchesUntil: number;
}

const statuses = createWeightedList<PartnerStatus>([
  ['active', 74],
  ['on_leave', 7],
  ['in_training', 10],
  ['inactive', 8],
  ['applicant', 1],
]);
const resolutions = createWeightedList<CaseResolution>([
  ['reunification', 85],
  ['tpr_resolved', 10],
  ['other_permanency', 5],
]);
const caseloads = createWeightedList<number>([
  [1, 5],
  [2, 15],
  [3, 25],
  [4, 25],
  [5, 18],
  [6, 12],
]);
const meetingModeSets = createWeightedList<readonly MeetingMode[]>([
  [['either'], 50],
  [['in_person'], 30],
  [['in_person', 'remote'], 15],
  [['remote'], 5],
]);
const checkResults = createWeightedList<BackgroundCheckResult>([
  ['cleared', 88],
  ['cleared_with_review', 12],
]);

/** First Wednesday of the month of a day: trainings are held as monthly cohorts. */
function trainingDayOfMonth(dayNumber: number): number {
  const [year, month] = partsFromDay(dayNumber);
  return nthWeekdayOfMonth(year, month, 2, 1);
}

const NEVER = Number.MAX_SAFE_INTEGER;

/** Builds one synthetic parent partner; a few are recently resolved, expired or stale so eligibility rules have work. */
export function buildSyntheticPartner(random: Random, setting: PartnerSetting): PartnerDraft {
  const { asOfDay } = setting;
  const id = formatId('partner', setting.number, setting.width) as PartnerId;
  const status = random.pickWeighted(statuses);
  const profile = drawCulturalProfile(random, setting.state, 'partner');
  const native = profile.raceEthnicity.includes('american_indian_alaska_native');
  const gender = drawGender(random, 'partner', native);
  const resolution = random.pickWeighted(resolutions);
  const recent = status !== 'applicant' && random.chance(0.08);
  const resolvedDay = recent
    ? asOfDay - random.integer(60, 330)
    : asOfDay - random.integer(365 + 90, 8 * 365);
  const closedDay = recent
    ? random.chance(0.5)
      ? Math.min(asOfDay, resolvedDay + random.integer(20, 50))
      : undefined
    : random.chance(0.97)
      ? Math.min(asOfDay, resolvedDay + random.integer(30, 270))
      : undefined;
  const eligibleFrom = Math.max(addMonthsToDay(resolvedDay, 12), closedDay ?? NEVER);
  const newcomer = status === 'applicant' || status === 'in_training';
  const onboardDay = newcomer
    ? asOfDay - random.integer(10, 100)
    : recent
      ? Math.min(asOfDay - 5, resolvedDay + random.integer(30, 60))
      : random.integer(Math.min(eligibleFrom + 30, asOfDay - 60), asOfDay - 60);
  const livedExperience = drawLivedExperience(random, 'partner', [
    'child_removal',
    ...(resolution === 'tpr_resolved' ? (['termination_of_parental_rights'] as const) : []),
    ...(profile.immigrant && random.chance(0.5) ? (['immigration'] as const) : []),
  ]);
  const recoveryDay =
    livedExperience.includes('substance_use') && random.chance(0.85)
      ? random.chance(0.1)
        ? asOfDay - random.integer(200, 600)
        : resolvedDay - random.integer(0, 720)
      : undefined;

  let availableUntil = NEVER;
  if (status === 'on_leave') availableUntil = asOfDay - random.integer(5, 90);
  if (status === 'inactive') availableUntil = asOfDay - random.integer(30, 600);
  const stopDay = Math.min(availableUntil, asOfDay);
  const adjustedOnboard =
    status === 'inactive'
      ? Math.min(onboardDay, availableUntil - random.integer(90, 400))
      : onboardDay;

  // Trainings: everything in the onboarding cohort, renewals for expiring courses;
  // a few partners let one lapse. Newcomers have part of the curriculum.
  const trainings: TrainingRecord[] = [];
  const lapses = !newcomer && random.chance(0.08);
  let lapsedOn = NEVER;
  if (status !== 'applicant') {
    const courses = newcomer
      ? syntheticRequiredTrainings.slice(
          0,
          random.integer(2, syntheticRequiredTrainings.length - 1),
        )
      : syntheticRequiredTrainings;
    const cohortDay = trainingDayOfMonth(adjustedOnboard);
    for (const course of courses) {
      const validity = expiringCourses[course];
      let completedDay = cohortDay;
      for (;;) {
        const expiresDay =
          validity === undefined ? undefined : addMonthsToDay(completedDay, validity);
        trainings.push({
          course,
          completedOn: formatDay(completedDay),
          ...(expiresDay === undefined ? {} : { expiresOn: formatDay(expiresDay) }),
        });
        if (expiresDay === undefined || expiresDay >= asOfDay) break;
        if (lapses || expiresDay > stopDay) {
          lapsedOn = Math.min(lapsedOn, expiresDay);
          break;
        }
        const renewed = trainingDayOfMonth(expiresDay - random.integer(10, 60));
        if (renewed <= completedDay) break;
        completedDay = renewed;
      }
    }
    trainings.sort((left, right) =>
      left.completedOn < right.completedOn ? -1 : left.completedOn > right.completedOn ? 1 : 0,
    );
  }

  // Background checks are redone every two years; a few are left stale.
  const stale = !newcomer && random.chance(0.07);
  let checkedDay = adjustedOnboard - random.integer(7, 45);
  let staleFrom = NEVER;
  for (;;) {
    const dueDay = addMonthsToDay(checkedDay, 24);
    if (dueDay >= asOfDay) break;
    if (stale || dueDay > stopDay) {
      staleFrom = dueDay;
      break;
    }
    checkedDay = dueDay - random.integer(0, 30);
  }
  const checkResult: BackgroundCheckResult =
    newcomer && random.chance(0.4) ? 'pending' : random.pickWeighted(checkResults);

  const name = createFictitiousName(random);
  const survivor = livedExperience.includes('domestic_violence');
  const [resolvedYear] = partsFromDay(resolvedDay);
  const birthDay = dayFromParts(
    resolvedYear - random.integer(24, 45),
    random.integer(1, 12),
    random.integer(1, 28),
  );
  // A separate stream, so adding this field left every other generated value unchanged.
  const childRandom = createRandom(`${id}:children`);
  const children = Array.from({ length: childRandom.integer(1, 4) }, () => ({
    ageYears: childRandom.integer(2, 22),
  })).sort((left, right) => left.ageYears - right.ageYears);
  const partner: ParentPartner = {
    id,
    name,
    ...(gender.pronouns === undefined ? {} : { pronouns: gender.pronouns }),
    ...(gender.genderIdentity === undefined ? {} : { genderIdentity: gender.genderIdentity }),
    dateOfBirth: formatDay(birthDay),
    languages: profile.languages,
    interpreterNeeded: profile.interpreterNeeded,
    raceEthnicity: profile.raceEthnicity,
    ...(profile.tribalAffiliation ? { tribalAffiliation: profile.tribalAffiliation } : {}),
    contactPoints: drawContactPoints(
      random,
      setting.state,
      createExampleEmail(name.given, name.family, setting.number),
      false,
    ),
    address: drawFictitiousAddress(
      random,
      setting.state,
      setting.countyFips,
      survivor && random.chance(0.1),
    ),
    countyFips: setting.countyFips,
    householdId: formatId('household-pp', setting.number, setting.width) as HouseholdId,
    availability: drawAvailability(random, 5),
    livedExperience,
    children,
    ownCase: {
      resolution,
      resolvedOn: formatDay(resolvedDay),
      ...(closedDay === undefined ? {} : { closedOn: formatDay(closedDay) }),
    },
    ...(recoveryDay === undefined ? {} : { recoveryDate: formatDay(recoveryDay) }),
    trainings,
    ...(status === 'applicant'
      ? {}
      : { backgroundCheck: { checkedOn: formatDay(checkedDay), result: checkResult } }),
    status,
    countiesServed: setting.countiesServed.slice(),
    ...(random.chance(0.9) ? { maxCaseload: random.pickWeighted(caseloads) } : {}),
    meetingModes: random.pickWeighted(meetingModeSets).slice(),
    ...(setting.coordinatorId === undefined ? {} : { coordinatorId: setting.coordinatorId }),
    relationships: [],
    connectedHouseholdIds: [],
  };
  const availableFrom = newcomer ? NEVER : Math.max(adjustedOnboard, eligibleFrom);
  return {
    partner,
    availableFrom,
    availableUntil,
    newMatchesUntil: Math.min(availableUntil, lapsedOn, staleFrom),
  };
}

/** Options of {@link createSyntheticPartner}. */
export interface SyntheticPartnerOptions {
  /** Reference date (`YYYY-MM-DD`) the partner's history is drawn against. Default `2026-07-01`. */
  asOf?: CalendarDate;
  /** State of residence. Default `WI`. */
  state?: SyntheticState;
  /** Home county (five-digit FIPS of the state); drawn by population when absent. */
  countyFips?: string;
}

/**
 * Creates one synthetic parent partner from a seed, with fields replaced by `overrides` (handy for matching tests).
 *
 * @example
 * const partner = createSyntheticPartner('p1', { status: 'active', maxCaseload: 3 });
 * [partner.status, partner.maxCaseload, partner.countiesServed.includes(partner.countyFips)]
 * //=> ['active', 3, true]
 */
export function createSyntheticPartner(
  seed: number | string,
  overrides: Partial<ParentPartner> = {},
  options: SyntheticPartnerOptions = {},
): ParentPartner {
  const random = createRandom(seed);
  const state = options.state ?? 'WI';
  const asOfDay = readDay(options.asOf ?? DEFAULT_SYNTHETIC_AS_OF, 'asOf');
  const counties = listStateCounties(state);
  const home = options.countyFips ?? pickCountyByPopulation(random, counties).fips;
  const neighbors = counties.find((county) => county.fips === home)?.neighbors ?? [];
  const { partner } = buildSyntheticPartner(random, {
    state,
    asOfDay,
    countyFips: home,
    countiesServed: [home, ...random.sample(neighbors, random.integer(0, 2))],
    number: random.integer(1, 99_999),
    width: 5,
  });
  return { ...partner, ...overrides };
}
